-- The years that occur in the data: budget years and call years (the options of the filter).
SELECT DISTINCT jaar FROM (
    SELECT begrotingsjaar AS jaar FROM budget
    UNION SELECT begrotingsjaar FROM uitgaven
    UNION SELECT oproep FROM trajecten
) WHERE jaar IS NOT NULL
ORDER BY jaar
