-- Every municipality that gave or received in an approved trajectory, in all published data and
-- not only the selection: none of them belongs among the non-participants compared with.
WITH t AS (
    SELECT * FROM f_trajecten([]::BIGINT[], []::VARCHAR[], []::VARCHAR[], $indeling, NULL::DATE)
    WHERE toegekend(status)
)
SELECT aanbieder_code AS code, 'aanbiedend' AS rol FROM t WHERE aanbieder_code IS NOT NULL
UNION
SELECT ontvanger_code, 'ontvangend' FROM t WHERE ontvanger_code IS NOT NULL
ORDER BY code, rol
