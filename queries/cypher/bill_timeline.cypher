// @title A bill's full legislative timeline
// @answers What steps has a bill gone through, in order: each date, action (presented, approved, approved with changes, …), the chamber or body that acted, and the source lines?
// @param title string "Criminal Proceeds" -- part of the bill's title, any case; unbound lists the steps of every bill
MATCH (b:Bill)-[:LEGISLATIVE_EVENT]->(e)
WHERE b.title IS NOT NULL AND e.eventDate IS NOT NULL AND e.action IS NOT NULL
  AND ($title IS NULL OR toLower(b.title) CONTAINS toLower($title))
OPTIONAL MATCH (e)-[:ACTOR]->(actor) WHERE actor.label IS NOT NULL
OPTIONAL MATCH (e)-[:WAS_DERIVED_FROM]->(span)
  WHERE span.startLine IS NOT NULL AND span.endLine IS NOT NULL
WITH b, e, actor, span, e.action AS a
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
       span.startLine AS start_line,
       span.endLine AS end_line
ORDER BY bill, subject IS NOT NULL, subject, date, step IS NOT NULL, step
