// @title Agency–commitment links with evidence
// @answers Which agency carries which commitment, and by what evidence: the agency is the organisation of the contact point of the commitment's policy area (or named by that contact's email domain or job title), or a measure of that area in the same report mentions it?
// @param acronym string SCT -- acronym or name of the agency, any case (SCT, UIF); unbound lists every agency
// @param code string A.2 -- policy-area code (A.1 … A.5, B, C); unbound lists every area
MATCH (ag:Agency)
WITH ag, [n IN coalesce(ag.acronym, []) + [ag.label, ag.prefLabel] + coalesce(ag.altLabel, [])
          WHERE n IS NOT NULL] AS names
WHERE size(names) > 0
  AND ($acronym IS NULL OR any(n IN names WHERE toLower(n) = toLower($acronym)))
CALL (ag) {
  MATCH (cp:ContactPoint)-[link:MEMBER_OF|MENTIONS]->(ag)
  MATCH (cp)-[:REPORTED_IN]->(r), (cp)-[:POLICY_AREA]->(pa)
  WHERE cp.fn IS NOT NULL
  RETURN r, pa,
         CASE type(link) WHEN 'MEMBER_OF' THEN "contact point's organisation"
              ELSE "contact point's email domain or job title" END AS evidence,
         cp.fn AS source
  UNION ALL
  MATCH (m:Measure)-[:MENTIONS]->(ag)
  MATCH (m)-[:REPORTED_IN]->(r), (m)-[:POLICY_AREA]->(pa), (m)-[:WAS_DERIVED_FROM]->(ms)
  WHERE ms.startLine IS NOT NULL AND ms.endLine IS NOT NULL
  RETURN r, pa, 'measure mention' AS evidence,
         'measure at lines ' + toString(ms.startLine) + '-' + toString(ms.endLine) AS source
}
MATCH (r)-[:COMMITMENT]->(c)-[:WAS_DERIVED_FROM]->(span),
      (span)-[:IN_REPORT]->(r), (span)-[:POLICY_AREA]->(pa),
      (r)-[:ECONOMY]->(eco)
WHERE c.statement IS NOT NULL AND span.startLine IS NOT NULL AND pa.code IS NOT NULL
  AND r.calendarYear IS NOT NULL AND ag.label IS NOT NULL
  AND ($code IS NULL OR pa.code = $code)
RETURN $acronym AS acronym,
       ag.label AS agency,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       pa.code AS code,
       span.startLine AS commitment_line,
       c.statement AS commitment,
       evidence,
       source
ORDER BY agency, economy, year, code, commitment_line, evidence, source
