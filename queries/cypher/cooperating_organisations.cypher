// @title International organisations an economy cooperates with
// @answers Which international organisations does an economy report working with — named in its measures, needs, offers or executive summary, or partners in the programmes those items mention — and where in the report?
// @param economy_iri iri https://w3id.org/ctkg/id/economy/mexico -- the economy IRI (or the short form economy/mexico); unbound lists every economy
CALL () {
  MATCH (item)-[:REPORTED_IN]->(r), (item)-[:MENTIONS]->(org:InternationalOrganization)
  WHERE item:Measure OR item:CapacityBuildingNeed OR item:ExpertiseOffer OR item:SummaryItem
  RETURN r, org
  UNION
  MATCH (item)-[:REPORTED_IN]->(r),
        (item)-[:MENTIONS]->(:Programme)-[:PARTNER]->(org:InternationalOrganization)
  WHERE item:Measure OR item:CapacityBuildingNeed OR item:ExpertiseOffer OR item:SummaryItem
  RETURN r, org
}
MATCH (r)-[:ECONOMY]->(eco)
WHERE r.calendarYear IS NOT NULL AND org.label IS NOT NULL
  AND ($economy_iri IS NULL OR eco.uri = $economy_iri)
CALL (r, org) {
  OPTIONAL MATCH (item)-[:REPORTED_IN]->(r), (item)-[:MENTIONS]->(org)
  WHERE item:Measure OR item:CapacityBuildingNeed OR item:ExpertiseOffer OR item:SummaryItem
  OPTIONAL MATCH (item)-[:WAS_DERIVED_FROM]->(span) WHERE span.startLine IS NOT NULL
  RETURN count(DISTINCT item) AS items, min(span.startLine) AS first_line
}
CALL (r, org) {
  OPTIONAL MATCH (item)-[:REPORTED_IN]->(r), (item)-[:MENTIONS]->(p:Programme)-[:PARTNER]->(org)
  WHERE (item:Measure OR item:CapacityBuildingNeed OR item:ExpertiseOffer OR item:SummaryItem)
    AND p.label IS NOT NULL
  WITH DISTINCT p.label AS name
  ORDER BY name
  RETURN collect(name) AS programmeNames
}
RETURN eco.uri AS economy_iri,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       org.label AS organization,
       CASE WHEN size(coalesce(org.acronym, [])) = 0 THEN null
            ELSE reduce(s = head(org.acronym), a IN tail(org.acronym) | s + ', ' + a) END AS acronyms,
       items,
       first_line,
       CASE WHEN size(programmeNames) = 0 THEN null
            ELSE reduce(s = head(programmeNames), p IN tail(programmeNames) | s + ', ' + p) END
         AS programmes
ORDER BY economy, year, organization
