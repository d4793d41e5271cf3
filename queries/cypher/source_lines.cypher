// @title The source lines behind a fact
// @answers Where in which report does a node come from — the report file, line span and policy area it was derived from — and, for an entity (agency, instrument, place, …), the lines of every extracted fact that points at it?
// @param node iri https://w3id.org/ctkg/id/membership/mexico-2012/wassenaar-arrangement -- (required) the node IRI, or its short form (agency/mx-sct, membership/mexico-2012/wassenaar-arrangement)
MATCH (node:Resource {uri: $node})
CALL (node) {
  MATCH (node)-[:WAS_DERIVED_FROM]->(span)
  RETURN 'derived from' AS via, node AS source, span
  UNION ALL
  MATCH (source)-[rel]->(node)
  WHERE type(rel) <> 'WAS_DERIVED_FROM'
  MATCH (source)-[:WAS_DERIVED_FROM]->(span)
  // the predicate's local name: MEMBER_OF -> memberOf
  RETURN reduce(s = '', w IN split(type(rel), '_') |
           s + CASE WHEN s = '' THEN toLower(w) ELSE left(w, 1) + toLower(substring(w, 1)) END) AS via,
         source, span
}
MATCH (span)-[:IN_REPORT]->(r)
WHERE span.startLine IS NOT NULL AND span.endLine IS NOT NULL
OPTIONAL MATCH (span)-[:POLICY_AREA]->(pa) WHERE pa.code IS NOT NULL
RETURN node.uri AS node,
       via,
       source.uri AS `from`,
       coalesce(r.identifier, r.uri) AS report,
       r.sourceFile AS file,
       span.startLine AS start_line,
       span.endLine AS end_line,
       pa.code AS code
ORDER BY report, start_line, end_line, via, `from`
