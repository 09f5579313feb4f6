-- Trajectories of the selection per status, in the order of their life cycle (pipelines/rules.py
-- LIFE_CYCLE, through the macro status_volgorde), every status listed even when none has it.
WITH statuses AS (SELECT unnest(levensloop()) AS status)
SELECT s.status, count(t.traject_id) AS trajecten
FROM statuses AS s
LEFT JOIN f_trajecten($jaren::BIGINT[], $provincies::VARCHAR[], $gemeenten::VARCHAR[], $indeling, $tot::DATE) AS t USING (status)
GROUP BY s.status
ORDER BY status_volgorde(s.status)
