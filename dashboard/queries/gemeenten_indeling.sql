-- The municipalities of one boundary vintage with their name and province.
SELECT DISTINCT code, naam, provincie FROM gemeente_indeling WHERE indeling = $indeling ORDER BY code
