// @title Contact points of an agency and its sub-organisations
// @answers Which contact points belong to an agency, counting its units (e.g. a ministry and the institutes or offices under it), and through which unit?
// @param agency iri https://w3id.org/ctkg/id/agency/mx-shcp -- the agency IRI (or the short form agency/mx-shcp); unbound lists every agency that has contact points
MATCH (cp:ContactPoint)-[:MEMBER_OF|MENTIONS]->(unit:Agency)-[:SUB_ORGANIZATION_OF*0..]->(agency:Agency)
WHERE unit.label IS NOT NULL AND ($agency IS NULL OR agency.uri = $agency)
WITH DISTINCT agency, cp, unit.label AS unitName
ORDER BY unitName
WITH agency, cp, collect(unitName) AS unitNames
MATCH (cp)-[:POLICY_AREA]->(pa),
      (cp)-[:REPORTED_IN]->(r)-[:ECONOMY]->(eco)
WHERE agency.label IS NOT NULL AND cp.role IS NOT NULL AND cp.fn IS NOT NULL
  AND pa.code IS NOT NULL AND pa.prefLabel IS NOT NULL AND r.calendarYear IS NOT NULL
RETURN agency.uri AS agency,
       agency.label AS agency_name,
       reduce(s = head(unitNames), u IN tail(unitNames) | s + ', ' + u) AS units,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       pa.code AS code,
       pa.prefLabel AS area,
       CASE cp.role WHEN 'EmergencyContactRole' THEN 'emergency contact' ELSE 'contact point' END AS role,
       cp.fn AS name,
       cp.title AS title,
       cp.telephoneText AS telephone,
       cp.email AS email
ORDER BY agency_name, economy, year, code, role, name
