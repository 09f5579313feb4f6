-- How many municipalities the chosen boundaries have, in the chosen provinces.
SELECT count(*) AS gemeenten
FROM gemeenten
WHERE vintage = $indeling
  AND (len($provincies::VARCHAR[]) = 0 OR list_contains($provincies::VARCHAR[], province))
