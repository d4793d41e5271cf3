// @title Agencies active in each policy area
// @answers Which agencies are active in a policy area of a report — as the contact point's organisation (or named by the contact's email domain or title) or mentioned by its measures, needs and offers — and how strongly?
// @param code string A.3 -- policy-area code (A.1 … A.5, B, C); unbound lists every area
CALL () {
  MATCH (cp:ContactPoint)-[:MEMBER_OF|MENTIONS]->(ag:Agency),
        (cp)-[:REPORTED_IN]->(r), (cp)-[:POLICY_AREA]->(pa)
  RETURN r, pa, ag, cp, null AS item
  UNION ALL
  MATCH (item)-[:MENTIONS]->(ag:Agency),
        (item)-[:REPORTED_IN]->(r), (item)-[:POLICY_AREA]->(pa)
  WHERE item:Measure OR item:CapacityBuildingNeed OR item:ExpertiseOffer
  RETURN r, pa, ag, null AS cp, item
}
WITH r, pa, ag, count(DISTINCT cp) AS contact_points, count(DISTINCT item) AS items
WHERE pa.code IS NOT NULL AND pa.prefLabel IS NOT NULL AND ag.label IS NOT NULL
  AND r.calendarYear IS NOT NULL AND ($code IS NULL OR pa.code = $code)
MATCH (r)-[:ECONOMY]->(eco)
RETURN pa.code AS code,
       pa.prefLabel AS area,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       ag.label AS agency,
       CASE WHEN size(coalesce(ag.acronym, [])) = 0 THEN null
            ELSE reduce(s = head(ag.acronym), a IN tail(ag.acronym) | s + ', ' + a) END AS acronyms,
       contact_points,
       items
ORDER BY code, economy, year, contact_points DESC, items DESC, agency
