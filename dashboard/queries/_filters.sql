-- Filtered views, created as temporary macros on every query cursor (after the dataset views),
-- so that every query filters the same way. Parameters:
--   p_jaren       BIGINT[]   budget year (uitgaven, budget) or call year (trajecten); [] = all
--   p_provincies  VARCHAR[]  province of the municipality; for trajecten either side; [] = all
--   p_indeling    VARCHAR    '2025' or '2019-2024': which municipal boundaries give the province
--   p_tot         DATE       as-of date: bookings up to that day, trajectories applied for by
--                            then (NULL = everything published)

-- A trajectory, with both sides in the chosen boundaries.
CREATE TEMP MACRO f_trajecten(p_jaren, p_provincies, p_indeling, p_tot) AS TABLE
SELECT t.*,
       a.code AS aanbieder_code, a.naam AS aanbieder_naam, a.provincie AS aanbieder_provincie,
       o.code AS ontvanger_code, o.naam AS ontvanger_naam, o.provincie AS ontvanger_provincie
FROM trajecten AS t
LEFT JOIN gemeente_indeling AS a ON a.nis_code = t.aanbiedend_bestuur_nis AND a.indeling = p_indeling
LEFT JOIN gemeente_indeling AS o ON o.nis_code = t.ontvangend_bestuur_nis AND o.indeling = p_indeling
WHERE (len(p_jaren) = 0 OR list_contains(p_jaren, t.oproep))
  AND (len(p_provincies) = 0
       OR list_contains(p_provincies, a.provincie) OR list_contains(p_provincies, o.provincie))
  AND (p_tot IS NULL OR coalesce(t.aanvraagdatum, t.startdatum, make_date(t.oproep, 1, 1)) <= p_tot);

-- A booking, with its beneficiary in the chosen boundaries. Bookings to VVSG (no province)
-- drop out as soon as provinces are chosen.
CREATE TEMP MACRO f_uitgaven(p_jaren, p_provincies, p_indeling, p_tot) AS TABLE
SELECT u.*, g.code AS begunstigde_code, coalesce(g.naam, u.begunstigde_naam) AS begunstigde_label,
       g.provincie AS provincie
FROM uitgaven AS u
LEFT JOIN gemeente_indeling AS g ON g.nis_code = u.begunstigde_nis AND g.indeling = p_indeling
WHERE (len(p_jaren) = 0 OR list_contains(p_jaren, u.begrotingsjaar))
  AND (len(p_provincies) = 0 OR list_contains(p_provincies, g.provincie))
  AND (p_tot IS NULL OR u.boekingsdatum <= p_tot);

-- The budget is set for all of Flanders: only the years filter it.
CREATE TEMP MACRO f_budget(p_jaren) AS TABLE
SELECT * FROM budget WHERE len(p_jaren) = 0 OR list_contains(p_jaren, begrotingsjaar);
