-- Rows per published dataset.
SELECT 'trajecten' AS dataset, count(*) AS rijen FROM trajecten
UNION ALL SELECT 'uitgaven', count(*) FROM uitgaven
UNION ALL SELECT 'budget', count(*) FROM budget
UNION ALL SELECT 'indicatoren', count(*) FROM indicatoren
