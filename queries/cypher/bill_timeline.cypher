// @title A bill's full legislative timeline
// @answers What steps has a bill gone through, in order: each date, action (presented, approved, approved with changes, …), the chamber or body that acted, and the report and lines that say so?
// @param title string "Criminal Proceeds" -- part of the bill's title, any case; unbound lists the steps of every bill
MATCH (b:Bill)-[:LEGISLATIVE_EVENT]->(e)-[:WAS_DERIVED_FROM]->(span),
      (span)-[:IN_REPORT]->(r:Report)-[:ECONOMY]->(eco)
WHERE b.title IS NOT NULL AND e.eventDate IS NOT NULL AND e.action IS NOT NULL
  AND span.startLine IS NOT NULL AND span.endLine IS NOT NULL AND r.calendarYear IS NOT NULL
  AND ($title IS NULL OR toLower(b.title) CONTAINS toLower($title))
OPTIONAL MATCH (e)-[:ACTOR]->(actor) WHERE actor.label IS NOT NULL
WITH b, e, actor, span, r, eco, e.action AS a
RETURN $title AS title,
       b.title AS bill,
       b.subject AS subject,
       e.eventOrder AS step,
       toString(e.eventDate) AS date,
       // "ApprovedWithChanges" -> "approved with changes"
       toLower(reduce(s = '', i IN range(0, size(a) - 1) |
         s + CASE WHEN i > 0 AND substring(a, i, 1) =~ '[A-Z]' AND substring(a, i - 1, 1) =~ '[a-z]'
                  THEN ' ' ELSE '' END + substring(a, i, 1))) AS action,
       actor.label AS actor,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       span.startLine AS start_line,
       span.endLine AS end_line
ORDER BY economy, bill, subject IS NOT NULL, subject, date, step IS NOT NULL, step, year
