// @title Contact points for a policy area
// @answers Who is the contact point (and the emergency contact) for a policy area in each report, with title, organisation, telephone, fax and email?
// @param code string A.3 -- policy-area code as printed in the report (A.1 … A.5, B, C); unbound lists every area
MATCH (cp:ContactPoint)-[:POLICY_AREA]->(pa),
      (cp)-[:REPORTED_IN]->(r)-[:ECONOMY]->(eco)
WHERE cp.role IS NOT NULL AND cp.fn IS NOT NULL
  AND pa.code IS NOT NULL AND pa.prefLabel IS NOT NULL AND r.calendarYear IS NOT NULL
  AND ($code IS NULL OR pa.code = $code)
OPTIONAL MATCH (cp)-[:MEMBER_OF]->(org) WHERE org.label IS NOT NULL
RETURN pa.code AS code,
       pa.prefLabel AS area,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       CASE cp.role WHEN 'EmergencyContactRole' THEN 'emergency contact' ELSE 'contact point' END AS role,
       cp.fn AS name,
       cp.honorificPrefix AS honorific,
       cp.title AS title,
       org.label AS organization,
       cp.telephoneText AS telephone,
       cp.faxText AS fax,
       cp.email AS email
ORDER BY code, economy, year, role, name
