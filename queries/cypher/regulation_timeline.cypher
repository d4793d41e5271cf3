// @title Regulations issued and amended
// @answers Which regulations (e.g. the AML/CFT General Provisions for each financial sector) were issued or amended, and when, according to which report and line?
// @param sector string "money remitters" -- part of the sector or title, any case; unbound lists every regulation
MATCH (reg:Regulation)-[:LEGISLATIVE_EVENT]->(e)-[:WAS_DERIVED_FROM]->(span),
      (span)-[:IN_REPORT]->(r:Report)-[:ECONOMY]->(eco)
WHERE reg.title IS NOT NULL AND e.eventDate IS NOT NULL AND e.action IS NOT NULL
  AND span.startLine IS NOT NULL AND r.calendarYear IS NOT NULL
  AND ($sector IS NULL OR toLower(reg.title + ' ' + coalesce(reg.sector, '')) CONTAINS toLower($sector))
WITH reg, e, span, r, eco, e.action AS a
RETURN $sector AS sector,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       reg.title AS regulation,
       reg.sector AS regulation_sector,
       toString(e.eventDate) AS date,
       // "ApprovedWithChanges" -> "approved with changes"
       toLower(reduce(s = '', i IN range(0, size(a) - 1) |
         s + CASE WHEN i > 0 AND substring(a, i, 1) =~ '[A-Z]' AND substring(a, i - 1, 1) =~ '[a-z]'
                  THEN ' ' ELSE '' END + substring(a, i, 1))) AS action,
       span.startLine AS line
ORDER BY economy, year, date, regulation, action
