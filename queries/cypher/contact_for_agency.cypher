// @title Contact points for an agency
// @answers Who is the contact point for an agency given by acronym or name: people whose organisation is that agency, or whose email domain or job title names it?
// @param acronym string SCT -- acronym or name of the agency, any case (SCT, UIF, Ministry of Interior); unbound lists every contact with each agency linked to them
MATCH (ag:Agency)
WITH ag, [n IN coalesce(ag.acronym, []) + [ag.label, ag.prefLabel] + coalesce(ag.altLabel, [])
          WHERE n IS NOT NULL] AS names
WHERE size(names) > 0
  AND ($acronym IS NULL OR any(n IN names WHERE toLower(n) = toLower($acronym)))
MATCH (cp:ContactPoint)-[link:MEMBER_OF|MENTIONS]->(ag)
MATCH (cp)-[:POLICY_AREA]->(pa),
      (cp)-[:REPORTED_IN]->(r)-[:ECONOMY]->(eco)
WHERE cp.role IS NOT NULL AND cp.fn IS NOT NULL AND ag.label IS NOT NULL
  AND pa.code IS NOT NULL AND pa.prefLabel IS NOT NULL AND r.calendarYear IS NOT NULL
RETURN $acronym AS acronym,
       ag.label AS agency,
       CASE WHEN size(coalesce(ag.acronym, [])) = 0 THEN null
            ELSE reduce(s = head(ag.acronym), a IN tail(ag.acronym) | s + ', ' + a) END AS agency_acronyms,
       CASE type(link) WHEN 'MEMBER_OF' THEN 'organisation' ELSE 'email domain or job title' END AS link,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       pa.code AS code,
       pa.prefLabel AS area,
       CASE cp.role WHEN 'EmergencyContactRole' THEN 'emergency contact' ELSE 'contact point' END AS role,
       cp.fn AS name,
       cp.title AS title,
       cp.telephoneText AS telephone,
       cp.faxText AS fax,
       cp.email AS email
ORDER BY agency, economy, year, code, role, name, link
