// @title Planned against undertaken measures
// @answers How many measures has each report undertaken, and how many does it plan, in each policy area?
// @param economy_iri iri https://w3id.org/ctkg/id/economy/mexico -- the economy IRI (or the short form economy/mexico); unbound lists every economy
MATCH (r:Report)-[:ECONOMY]->(eco)
WHERE r.calendarYear IS NOT NULL AND ($economy_iri IS NULL OR eco.uri = $economy_iri)
MATCH (pa:PolicyArea)
WHERE pa.code IS NOT NULL AND pa.prefLabel IS NOT NULL
RETURN eco.uri AS economy_iri,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       pa.code AS code,
       pa.prefLabel AS area,
       COUNT { MATCH (m:Measure {status: 'Undertaken'})-[:REPORTED_IN]->(r), (m)-[:POLICY_AREA]->(pa) }
         AS undertaken,
       COUNT { MATCH (m:Measure {status: 'Planned'})-[:REPORTED_IN]->(r), (m)-[:POLICY_AREA]->(pa) }
         AS planned
ORDER BY economy, year, code
