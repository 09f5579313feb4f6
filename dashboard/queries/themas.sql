-- All themes that occur in the published trajectories (the options of the theme filter).
SELECT DISTINCT unnest(thema) AS thema FROM trajecten ORDER BY thema
