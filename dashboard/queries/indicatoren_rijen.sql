-- Every published indicator value on the code it was given for (the boundaries of its year);
-- dashboard/evaluation.py places them in the chosen boundaries (merged municipalities combined).
SELECT gemeente_nis AS nis, jaar, indicator, coalesce(eenheid, '') AS eenheid, waarde, teller, noemer
FROM indicatoren
ORDER BY indicator, nis, jaar
