-- Per flow: budget, commitments and net payments (payments minus recoveries), side by side.
WITH flows AS (
    SELECT stroom FROM budget UNION SELECT stroom FROM uitgaven
),
b AS (SELECT stroom, sum(bedrag) AS budget FROM budget GROUP BY stroom),
u AS (
    SELECT stroom,
           sum(bedrag) FILTER (WHERE fase = 'vastlegging') AS vastgelegd,
           sum(bedrag) FILTER (WHERE fase IN ('vereffening', 'terugvordering')) AS betaald
    FROM uitgaven GROUP BY stroom
)
SELECT f.stroom,
       coalesce(b.budget, 0) AS budget,
       coalesce(u.vastgelegd, 0) AS vastgelegd,
       coalesce(u.betaald, 0) AS betaald,
       CASE WHEN coalesce(b.budget, 0) > 0 THEN coalesce(u.betaald, 0) / b.budget END AS benutting
FROM flows AS f LEFT JOIN b USING (stroom) LEFT JOIN u USING (stroom)
ORDER BY f.stroom
