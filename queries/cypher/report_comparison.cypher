// @title Reports compared side by side
// @answers How do the reports in the store compare — per economy and year: contact points, commitments, undertaken and planned measures, capacity-building needs, expertise offers, regime memberships by status and bills?
// @param economy_iri iri https://w3id.org/ctkg/id/economy/mexico -- the economy IRI (or the short form economy/mexico) to compare one economy's reports over the years; unbound compares every report
MATCH (r:Report)-[:ECONOMY]->(eco)
WHERE r.calendarYear IS NOT NULL AND ($economy_iri IS NULL OR eco.uri = $economy_iri)
RETURN eco.uri AS economy_iri,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       r.identifier AS document,
       r.lastUpdated AS last_updated,
       COUNT { MATCH (x:ContactPoint)-[:REPORTED_IN]->(r) } AS contact_points,
       COUNT { MATCH (r)-[:COMMITMENT]->(x) } AS commitments,
       COUNT { MATCH (x:Measure {status: 'Undertaken'})-[:REPORTED_IN]->(r) } AS undertaken,
       COUNT { MATCH (x:Measure {status: 'Planned'})-[:REPORTED_IN]->(r) } AS planned,
       COUNT { MATCH (x:CapacityBuildingNeed)-[:REPORTED_IN]->(r) } AS needs,
       COUNT { MATCH (x:ExpertiseOffer)-[:REPORTED_IN]->(r) } AS offers,
       COUNT { MATCH (x:Membership {membershipStatus: 'Member'})-[:REPORTED_IN]->(r) } AS members,
       COUNT { MATCH (x:Membership {membershipStatus: 'Applicant'})-[:REPORTED_IN]->(r) } AS applicants,
       COUNT { MATCH (x:Membership {membershipStatus: 'Prospective'})-[:REPORTED_IN]->(r) } AS prospective,
       COUNT { MATCH (x:Bill)-[:REPORTED_IN]->(r) } AS bills
ORDER BY economy, year, document IS NOT NULL, document
