-- Per flow: budget, commitments and net payments (payments minus recoveries), side by side.
WITH b AS (
    SELECT stroom, sum(bedrag) AS budget FROM f_budget($jaren::BIGINT[]) GROUP BY stroom
),
u AS (
    SELECT stroom,
           sum(bedrag) FILTER (WHERE fase = 'vastlegging') AS vastgelegd,
           sum(bedrag) FILTER (WHERE fase IN ('vereffening', 'terugvordering')) AS betaald
    FROM f_uitgaven($jaren::BIGINT[], $provincies::VARCHAR[], $gemeenten::VARCHAR[], $indeling, $tot::DATE) GROUP BY stroom
)
SELECT stroom,
       coalesce(b.budget, 0) AS budget,
       coalesce(u.vastgelegd, 0) AS vastgelegd,
       coalesce(u.betaald, 0) AS betaald,
       CASE WHEN coalesce(b.budget, 0) > 0 THEN coalesce(u.betaald, 0) / b.budget END AS benutting
FROM b FULL OUTER JOIN u USING (stroom)
ORDER BY stroom
