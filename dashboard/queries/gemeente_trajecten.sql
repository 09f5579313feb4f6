-- The trajectories of one municipality (in the chosen boundaries), on either side.
SELECT traject_id, oproep, status, model,
       CASE WHEN aanbieder_code = $gemeente THEN 'aanbiedend' ELSE 'ontvangend' END AS rol,
       aanbieder_naam, ontvanger_naam, startdatum, einddatum, toegekend_bedrag
FROM f_trajecten($jaren::BIGINT[], $provincies::VARCHAR[], $gemeenten::VARCHAR[], $indeling, $tot::DATE)
WHERE aanbieder_code = $gemeente OR ontvanger_code = $gemeente
ORDER BY traject_id
