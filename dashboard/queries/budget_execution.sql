-- Per budget year and flow: budget, commitments, gross payments, recoveries and net payments,
-- each stage on its own; with the explanation the budget data gives ("toelichting").
WITH b AS (
    SELECT begrotingsjaar, stroom, sum(bedrag) AS budget,
           string_agg(NULLIF(trim(toelichting), ''), ' · ') AS toelichting
    FROM f_budget($jaren::BIGINT[]) GROUP BY ALL
),
u AS (
    SELECT begrotingsjaar, stroom,
           sum(bedrag) FILTER (WHERE fase = 'vastlegging') AS vastgelegd,
           sum(bedrag) FILTER (WHERE fase = 'vereffening') AS betaald_bruto,
           sum(bedrag) FILTER (WHERE fase = 'terugvordering') AS teruggevorderd,
           max(boekingsdatum) AS laatste_boeking
    FROM f_uitgaven($jaren::BIGINT[], $provincies::VARCHAR[], $gemeenten::VARCHAR[], $indeling, $tot::DATE) GROUP BY ALL
)
SELECT begrotingsjaar, stroom,
       coalesce(b.budget, 0) AS budget,
       coalesce(u.vastgelegd, 0) AS vastgelegd,
       coalesce(u.betaald_bruto, 0) AS betaald_bruto,
       coalesce(u.teruggevorderd, 0) AS teruggevorderd,
       coalesce(u.betaald_bruto, 0) + coalesce(u.teruggevorderd, 0) AS betaald,
       b.toelichting,
       u.laatste_boeking
FROM b FULL OUTER JOIN u USING (begrotingsjaar, stroom)
ORDER BY begrotingsjaar, stroom
