// @title International organisations an economy cooperates with
// @answers Which international organisations does an economy report working with — named in its measures, needs, offers or executive summary (how often, from which line on), or partners in the programmes those items mention?
// @param economy_iri iri https://w3id.org/ctkg/id/economy/mexico -- the economy IRI (or the short form economy/mexico); unbound lists every economy
CALL () {
  // named directly in items of the report
  MATCH (item)-[:MENTIONS]->(org:InternationalOrganization),
        (item)-[:REPORTED_IN]->(r), (item)-[:WAS_DERIVED_FROM]->(span)
  WHERE (item:Measure OR item:CapacityBuildingNeed OR item:ExpertiseOffer OR item:SummaryItem)
    AND span.startLine IS NOT NULL
  RETURN r, org, 'named in the report' AS via, count(DISTINCT item) AS items,
         min(span.startLine) AS first_line, null AS programme
  UNION ALL
  // partner in a programme that items of the report mention
  MATCH (item)-[:MENTIONS]->(prog:Programme)-[:PARTNER]->(org:InternationalOrganization),
        (item)-[:REPORTED_IN]->(r)
  WHERE (item:Measure OR item:CapacityBuildingNeed OR item:ExpertiseOffer OR item:SummaryItem)
    AND prog.label IS NOT NULL
  RETURN DISTINCT r, org, 'programme partner' AS via, null AS items, null AS first_line,
         prog.label AS programme
}
MATCH (r)-[:ECONOMY]->(eco)
WHERE r.calendarYear IS NOT NULL AND org.label IS NOT NULL
  AND ($economy_iri IS NULL OR eco.uri = $economy_iri)
RETURN eco.uri AS economy_iri,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       org.label AS organization,
       CASE WHEN size(coalesce(org.acronym, [])) = 0 THEN null
            ELSE reduce(s = head(org.acronym), a IN tail(org.acronym) | s + ', ' + a) END AS acronyms,
       via,
       items,
       first_line,
       programme
ORDER BY economy, year, organization, via, programme IS NOT NULL, programme
