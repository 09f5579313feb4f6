-- Participating municipalities (in an approved trajectory), in the chosen boundaries, with
-- their role and their funding. With provinces chosen, only municipalities in those provinces;
-- with municipalities chosen, only those (not their partners).
-- On the 2025 boundaries a merged municipality is named with the old ones that took part:
-- "Antwerpen (Borsbeek)".
WITH t AS (
    SELECT * FROM f_trajecten($jaren::BIGINT[], $provincies::VARCHAR[], $gemeenten::VARCHAR[], $indeling, $tot::DATE)
    WHERE toegekend(status)
),
kanten AS (
    SELECT aanbieder_code AS code, aanbieder_gemeente AS naam, aanbieder_deelgemeente AS deel,
           aanbieder_provincie AS provincie, 'aanbiedend' AS kant, traject_id,
           aanbiedend_bestuur_nis AS nis FROM t
    UNION ALL
    SELECT ontvanger_code, ontvanger_gemeente, ontvanger_deelgemeente, ontvanger_provincie,
           'ontvangend', traject_id, ontvangend_bestuur_nis FROM t
),
geld AS (
    SELECT begunstigde_code AS code,
           sum(bedrag) FILTER (WHERE fase = 'vastlegging') AS vastgelegd,
           sum(bedrag) FILTER (WHERE fase IN ('vereffening', 'terugvordering')) AS betaald
    FROM f_uitgaven($jaren::BIGINT[], $provincies::VARCHAR[], $gemeenten::VARCHAR[], $indeling, $tot::DATE)
    WHERE begunstigde_code IS NOT NULL
    GROUP BY begunstigde_code
)
SELECT k.code AS nis_code,
       any_value(k.naam) || coalesce(' (' || string_agg(DISTINCT k.deel, ', ' ORDER BY k.deel) || ')', '')
           AS gemeente, any_value(k.provincie) AS provincie,
       CASE WHEN bool_or(k.kant = 'aanbiedend') AND bool_or(k.kant = 'ontvangend') THEN 'beide'
            WHEN bool_or(k.kant = 'aanbiedend') THEN 'aanbiedend' ELSE 'ontvangend' END AS rol,
       count(DISTINCT k.traject_id) FILTER (WHERE k.kant = 'aanbiedend') AS trajecten_aanbiedend,
       count(DISTINCT k.traject_id) FILTER (WHERE k.kant = 'ontvangend') AS trajecten_ontvangend,
       coalesce(any_value(g.vastgelegd), 0) AS vastgelegd,
       coalesce(any_value(g.betaald), 0) AS betaald
FROM kanten AS k LEFT JOIN geld AS g USING (code)
WHERE k.code IS NOT NULL AND (len($provincies::VARCHAR[]) = 0 OR list_contains($provincies::VARCHAR[], k.provincie))
  AND f_gemeente($gemeenten::VARCHAR[], k.nis, k.code)
GROUP BY k.code
ORDER BY gemeente
