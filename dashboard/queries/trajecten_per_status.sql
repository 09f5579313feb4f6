-- Trajectories of the selection per status, in the order of their life cycle.
WITH statuses(status, volgorde) AS (
    VALUES ('aangevraagd', 1), ('goedgekeurd', 2), ('lopend', 3), ('afgerond', 4),
           ('stopgezet', 5), ('afgewezen', 6)
)
SELECT s.status, count(t.traject_id) AS trajecten
FROM statuses AS s
LEFT JOIN f_trajecten($jaren::BIGINT[], $provincies::VARCHAR[], $indeling, $tot::DATE) AS t USING (status)
GROUP BY s.status, s.volgorde
ORDER BY s.volgorde
