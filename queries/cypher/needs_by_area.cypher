// @title Capacity-building needs by policy area
// @answers What capacity-building needs does each report list under a policy area, and how often is the very same need listed (in other areas or other reports)?
// @param code string A.5 -- policy-area code (A.1 … A.5, B, C); unbound lists every area
// "recurs": how many CapacityBuildingNeed nodes have the same text, ignoring case and trailing
// whitespace or . ; : (the SPARQL query's LCASE(REPLACE(?text, "[\\s.;:]+$", "")))
MATCH (other:CapacityBuildingNeed)
WHERE other.text IS NOT NULL
WITH other, other.text AS t
WITH other, t, [i IN range(size(t) - 1, 0, -1)
                WHERE NOT substring(t, i, 1) IN [' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '.', ';', ':']] AS kept
WITH toLower(CASE WHEN size(kept) = 0 THEN '' ELSE left(t, kept[0] + 1) END) AS key, collect(other) AS same
UNWIND same AS n
WITH n, size(same) AS recurs
MATCH (n)-[:POLICY_AREA]->(pa), (n)-[:REPORTED_IN]->(r)-[:ECONOMY]->(eco)
WHERE n.position IS NOT NULL AND pa.code IS NOT NULL AND pa.prefLabel IS NOT NULL
  AND r.calendarYear IS NOT NULL AND ($code IS NULL OR pa.code = $code)
OPTIONAL MATCH (n)-[:WAS_DERIVED_FROM]->(span)
  WHERE span.startLine IS NOT NULL AND span.endLine IS NOT NULL
RETURN pa.code AS code,
       pa.prefLabel AS area,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       n.position AS position,
       n.text AS need,
       recurs,
       span.startLine AS start_line,
       span.endLine AS end_line
ORDER BY code, economy, year, position
