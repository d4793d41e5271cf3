// @title Bills and where they stand
// @answers Where does each bill stand: its latest legislative step (presented, approved, approved with changes, …), when, by whom, and how many steps it has taken?
// @param title string "Criminal Proceeds" -- part of the bill's title, any case; unbound lists every bill
MATCH (b:Bill)-[:LEGISLATIVE_EVENT]->(e)
WHERE b.title IS NOT NULL AND e.eventDate IS NOT NULL
  AND ($title IS NULL OR toLower(b.title) CONTAINS toLower($title))
WITH b, count(DISTINCT e) AS steps, min(e.eventDate) AS first, max(e.eventDate) AS last
MATCH (b)-[:LEGISLATIVE_EVENT]->(latest)
WHERE latest.eventDate = last AND latest.action IS NOT NULL
  // of two steps on the same last day, the later one in the report's order
  AND NOT EXISTS {
    MATCH (b)-[:LEGISLATIVE_EVENT]->(other)
    WHERE other.eventDate = last AND other.eventOrder > latest.eventOrder
  }
OPTIONAL MATCH (latest)-[:ACTOR]->(actor) WHERE actor.label IS NOT NULL
OPTIONAL MATCH (b)-[:ECONOMY]->(eco)
WITH b, steps, first, last, actor, eco, latest.action AS a
RETURN $title AS title,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       b.title AS bill,
       b.subject AS subject,
       // "ApprovedWithChanges" -> "approved with changes"
       toLower(reduce(s = '', i IN range(0, size(a) - 1) |
         s + CASE WHEN i > 0 AND substring(a, i, 1) =~ '[A-Z]' AND substring(a, i - 1, 1) =~ '[a-z]'
                  THEN ' ' ELSE '' END + substring(a, i, 1))) AS status,
       toString(last) AS status_date,
       actor.label AS status_actor,
       steps,
       toString(first) AS first_date
ORDER BY economy IS NOT NULL, economy, first_date, bill, subject IS NOT NULL, subject
