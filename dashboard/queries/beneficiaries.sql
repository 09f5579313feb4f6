-- Per beneficiary (VVSG or a municipality, in the chosen boundaries): its role in trajectories
-- and what was committed, paid and recovered (parliamentary sub-question 1).
WITH u AS (SELECT * FROM f_uitgaven($jaren::BIGINT[], $provincies::VARCHAR[], $gemeenten::VARCHAR[], $indeling, $tot::DATE)),
t AS (
    SELECT * FROM f_trajecten($jaren::BIGINT[], $provincies::VARCHAR[], $gemeenten::VARCHAR[], $indeling, $tot::DATE)
    WHERE toegekend(status)
),
rollen AS (
    SELECT code, count(*) FILTER (WHERE kant = 'aanbiedend') AS als_aanbieder,
           count(*) FILTER (WHERE kant = 'ontvangend') AS als_ontvanger
    FROM (
        SELECT aanbieder_code AS code, 'aanbiedend' AS kant FROM t
        UNION ALL SELECT ontvanger_code, 'ontvangend' FROM t
    ) GROUP BY code
)
SELECT coalesce(u.begunstigde_code, u.begunstigde_naam) AS begunstigde_id,
       any_value(u.begunstigde_label) AS begunstigde,
       any_value(u.begunstigde_type) AS soort,
       any_value(u.provincie) AS provincie,
       coalesce(any_value(r.als_aanbieder), 0) AS trajecten_aanbiedend,
       coalesce(any_value(r.als_ontvanger), 0) AS trajecten_ontvangend,
       coalesce(sum(u.bedrag) FILTER (WHERE u.fase = 'vastlegging'), 0) AS vastgelegd,
       coalesce(sum(u.bedrag) FILTER (WHERE u.fase = 'vereffening'), 0) AS betaald_bruto,
       coalesce(sum(u.bedrag) FILTER (WHERE u.fase = 'terugvordering'), 0) AS teruggevorderd,
       coalesce(sum(u.bedrag) FILTER (WHERE u.fase IN ('vereffening', 'terugvordering')), 0) AS betaald
FROM u LEFT JOIN rollen AS r ON r.code = u.begunstigde_code
GROUP BY ALL
ORDER BY betaald DESC, begunstigde
