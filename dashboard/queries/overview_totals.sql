-- Key figures of everything published: trajectories, participating municipalities, and the
-- three budget stages (budget, commitments, payments), each on its own, never summed.
SELECT
    (SELECT count(*) FROM trajecten) AS trajecten,
    (SELECT count(*) FROM trajecten WHERE status NOT IN ('aangevraagd', 'afgewezen')) AS trajecten_toegekend,
    (SELECT count(DISTINCT nis) FROM (
        SELECT aanbiedend_bestuur_nis_2025 AS nis FROM trajecten WHERE status NOT IN ('aangevraagd', 'afgewezen')
        UNION ALL
        SELECT ontvangend_bestuur_nis_2025 FROM trajecten WHERE status NOT IN ('aangevraagd', 'afgewezen')
    )) AS gemeenten,
    (SELECT coalesce(sum(bedrag), 0) FROM budget) AS budget,
    (SELECT coalesce(sum(bedrag), 0) FROM uitgaven WHERE fase = 'vastlegging') AS vastgelegd,
    (SELECT coalesce(sum(bedrag), 0) FROM uitgaven WHERE fase IN ('vereffening', 'terugvordering')) AS betaald
