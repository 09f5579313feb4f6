-- Key figures of the selection. Budget, commitments and payments are three stages, each on its
-- own, never summed. Approved trajectories: the macro toegekend (pipelines/rules.py APPROVED).
WITH t AS (SELECT * FROM f_trajecten($jaren::BIGINT[], $provincies::VARCHAR[], $gemeenten::VARCHAR[], $indeling, $tot::DATE)),
toegekend AS (SELECT * FROM t WHERE toegekend(status)),
u AS (SELECT * FROM f_uitgaven($jaren::BIGINT[], $provincies::VARCHAR[], $gemeenten::VARCHAR[], $indeling, $tot::DATE))
SELECT
    (SELECT count(*) FROM t) AS trajecten,
    (SELECT count(*) FROM toegekend) AS trajecten_toegekend,
    (SELECT coalesce(sum(bedrag), 0) FROM f_budget($jaren::BIGINT[])) AS budget,
    (SELECT coalesce(sum(bedrag), 0) FROM u WHERE fase = 'vastlegging') AS vastgelegd,
    (SELECT coalesce(sum(bedrag), 0) FROM u WHERE fase IN ('vereffening', 'terugvordering')) AS betaald,
    (SELECT coalesce(sum(bedrag), 0) FROM u
      WHERE fase IN ('vereffening', 'terugvordering') AND stroom = 'compensatie_aanbieder') AS betaald_compensatie,
    (SELECT coalesce(sum(fte_inzet * geplande_maanden), 0) FROM toegekend) AS vte_maanden_gepland,
    (SELECT coalesce(sum(gepresteerde_uren), 0) FROM toegekend) AS uren_gepresteerd,
    (SELECT coalesce(sum(toegekend_bedrag), 0) FROM toegekend) AS toegekend_bedrag
