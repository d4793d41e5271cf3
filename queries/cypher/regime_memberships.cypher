// @title Export-control regime memberships
// @answers Which export-control regimes has an economy joined, applied to or said it will join, with the status date and the sentence (and line) that says so, report by report?
// @param economy_iri iri https://w3id.org/ctkg/id/economy/mexico -- the economy IRI (or the short form economy/mexico); unbound lists every economy
MATCH (m:Membership)-[:MEMBER]->(eco), (m)-[:REGIME]->(reg), (m)-[:REPORTED_IN]->(r)
WHERE m.membershipStatus IS NOT NULL AND reg.label IS NOT NULL AND r.calendarYear IS NOT NULL
  AND ($economy_iri IS NULL OR eco.uri = $economy_iri)
UNWIND CASE WHEN size(coalesce(reg.acronym, [])) = 0 THEN [null] ELSE reg.acronym END AS regime_acronym
OPTIONAL MATCH (m)-[:WAS_DERIVED_FROM]->(span) WHERE span.startLine IS NOT NULL
RETURN eco.uri AS economy_iri,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       reg.label AS regime,
       regime_acronym,
       toLower(m.membershipStatus) AS status,
       toString(m.statusDate) AS status_date,
       m.text AS evidence,
       span.startLine AS line
ORDER BY economy, year, regime
