-- Filtered views, created as temporary macros on every query cursor (after the dataset views),
-- so that every query filters the same way. Parameters:
--   p_jaren       BIGINT[]   budget year (uitgaven, budget) or call year (trajecten); [] = all
--   p_provincies  VARCHAR[]  province of the municipality; for trajecten either side; [] = all
--   p_gemeenten   VARCHAR[]  NIS codes of municipalities; for trajecten either side; [] = all.
--                            A code names a municipality of the chosen boundaries (2025: Hasselt
--                            71072 holds Kortessem's rows of before 2025) or the code recorded
--                            (Borsbeek 11007 is Borsbeek alone, on either boundaries)
--   p_indeling    VARCHAR    '2025' or '2019-2024': which municipal boundaries give the province
--   p_tot         DATE       as-of date: bookings up to and including that day, trajectories
--                            applied for by then with their status on that day (pipelines/rules.py,
--                            macros aangevraagd_op and status_op); NULL = everything, as recorded

-- Every NIS code, old or new, in the chosen boundaries, named for what it was: on the 2025
-- boundaries a code merged into a municipality of another name reads "Antwerpen (Borsbeek)".
CREATE TEMP MACRO f_indeling(p_indeling) AS TABLE
SELECT i.nis_code, i.code, i.provincie, i.naam AS gemeente,
       CASE WHEN oud.name_nl IS NOT NULL AND oud.name_nl <> i.naam THEN oud.name_nl END AS deelgemeente,
       CASE WHEN oud.name_nl IS NOT NULL AND oud.name_nl <> i.naam THEN i.naam || ' (' || oud.name_nl || ')'
            ELSE i.naam END AS naam
FROM gemeente_indeling AS i
LEFT JOIN gemeenten AS oud ON oud.nis_code = i.nis_code AND oud.vintage = '2019-2024'
WHERE i.indeling = p_indeling;

-- Whether a municipality (its recorded code, its code in the chosen boundaries) is one of
-- p_gemeenten, or no municipality is chosen.
CREATE TEMP MACRO f_gemeente(p_gemeenten, nis, code) AS
    len(p_gemeenten) = 0 OR list_contains(p_gemeenten, nis) OR list_contains(p_gemeenten, code);

-- A trajectory, with both sides in the chosen boundaries and its status on the as-of date.
CREATE TEMP MACRO f_trajecten(p_jaren, p_provincies, p_gemeenten, p_indeling, p_tot) AS TABLE
SELECT t.* REPLACE (status_op(t.status::VARCHAR, t.startdatum, t.einddatum, p_tot) AS status),
       t.status::VARCHAR AS status_nu,
       a.code AS aanbieder_code, a.naam AS aanbieder_naam, a.provincie AS aanbieder_provincie,
       a.gemeente AS aanbieder_gemeente, a.deelgemeente AS aanbieder_deelgemeente,
       o.code AS ontvanger_code, o.naam AS ontvanger_naam, o.provincie AS ontvanger_provincie,
       o.gemeente AS ontvanger_gemeente, o.deelgemeente AS ontvanger_deelgemeente
FROM trajecten AS t
LEFT JOIN f_indeling(p_indeling) AS a ON a.nis_code = t.aanbiedend_bestuur_nis
LEFT JOIN f_indeling(p_indeling) AS o ON o.nis_code = t.ontvangend_bestuur_nis
WHERE (len(p_jaren) = 0 OR list_contains(p_jaren, t.oproep))
  AND (len(p_provincies) = 0
       OR list_contains(p_provincies, a.provincie) OR list_contains(p_provincies, o.provincie))
  AND (f_gemeente(p_gemeenten, t.aanbiedend_bestuur_nis, a.code)
       OR f_gemeente(p_gemeenten, t.ontvangend_bestuur_nis, o.code))
  AND (p_tot IS NULL OR aangevraagd_op(t.aanvraagdatum, t.startdatum, t.oproep) <= p_tot);

-- A booking, with its beneficiary in the chosen boundaries. Bookings to VVSG (no province)
-- drop out as soon as provinces or municipalities are chosen.
CREATE TEMP MACRO f_uitgaven(p_jaren, p_provincies, p_gemeenten, p_indeling, p_tot) AS TABLE
SELECT u.*, g.code AS begunstigde_code, coalesce(g.naam, u.begunstigde_naam) AS begunstigde_label,
       g.provincie AS provincie
FROM uitgaven AS u
LEFT JOIN f_indeling(p_indeling) AS g ON g.nis_code = u.begunstigde_nis
WHERE (len(p_jaren) = 0 OR list_contains(p_jaren, u.begrotingsjaar))
  AND (len(p_provincies) = 0 OR list_contains(p_provincies, g.provincie))
  AND f_gemeente(p_gemeenten, u.begunstigde_nis, g.code)
  AND (p_tot IS NULL OR u.boekingsdatum <= p_tot);

-- The budget is set for all of Flanders: only the years filter it.
CREATE TEMP MACRO f_budget(p_jaren) AS TABLE
SELECT * FROM budget WHERE len(p_jaren) = 0 OR list_contains(p_jaren, begrotingsjaar);
