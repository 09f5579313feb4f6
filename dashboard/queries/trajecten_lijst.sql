-- The trajectories of the selection, with the page's own filters: status, model, theme, and on
-- which side the chosen provinces must lie ($kant: 'beide' = either side).
SELECT traject_id, oproep, model, status, thema,
       aanbieder_code, aanbieder_naam, aanbieder_provincie,
       ontvanger_code, ontvanger_naam, ontvanger_provincie,
       aanvraagdatum, startdatum, einddatum, fte_inzet, geplande_maanden, gepresteerde_uren,
       toegekend_bedrag, expert_criteria_voldaan, rapport_beschikbaar, rapport_link,
       doelen_gepland, doelen_bereikt, tevredenheid_ontvanger, tevredenheid_aanbieder, verankerd,
       opmerking
FROM f_trajecten($jaren::BIGINT[], $provincies::VARCHAR[], $gemeenten::VARCHAR[], $indeling, $tot::DATE)
WHERE (len($statussen::VARCHAR[]) = 0 OR list_contains($statussen::VARCHAR[], status))
  AND (len($modellen::VARCHAR[]) = 0 OR list_contains($modellen::VARCHAR[], model))
  AND (len($themas::VARCHAR[]) = 0 OR len(list_intersect(thema, $themas::VARCHAR[])) > 0)
  AND (len($provincies::VARCHAR[]) = 0 OR $kant = 'beide'
       OR ($kant = 'aanbiedend' AND list_contains($provincies::VARCHAR[], aanbieder_provincie))
       OR ($kant = 'ontvangend' AND list_contains($provincies::VARCHAR[], ontvanger_provincie)))
ORDER BY traject_id
