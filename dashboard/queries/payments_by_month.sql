-- Net payments (payments and recoveries) per month of booking, per flow, for the cumulative curve.
SELECT date_trunc('month', boekingsdatum)::DATE AS maand, stroom, sum(bedrag) AS betaald
FROM f_uitgaven($jaren::BIGINT[], $provincies::VARCHAR[], $gemeenten::VARCHAR[], $indeling, $tot::DATE)
WHERE fase IN ('vereffening', 'terugvordering')
GROUP BY ALL
ORDER BY maand, stroom
