-- Pairs of giving and receiving municipality (approved trajectories), in the chosen boundaries:
-- the lines on the map.
SELECT aanbieder_code, aanbieder_naam, ontvanger_code, ontvanger_naam, count(*) AS trajecten
FROM f_trajecten($jaren::BIGINT[], $provincies::VARCHAR[], $gemeenten::VARCHAR[], $indeling, $tot::DATE)
WHERE toegekend(status)
  AND aanbieder_code IS NOT NULL AND ontvanger_code IS NOT NULL
GROUP BY ALL
ORDER BY trajecten DESC, aanbieder_naam, ontvanger_naam
