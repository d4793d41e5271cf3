// @title Contact points for a topic
// @answers Who is the contact point for a topic or phrase ("aviation security", "money laundering"): the contact points whose own job title contains it or whose policy area has commitments, measures, needs or offers that contain it, most matching items first?
// @param topic string "aviation security" -- a word or phrase, matched anywhere in the text, any case; unbound counts every item of every area
MATCH (cp:ContactPoint)-[:POLICY_AREA]->(pa), (cp)-[:REPORTED_IN]->(r)
WHERE cp.role IS NOT NULL AND cp.fn IS NOT NULL
WITH cp, pa, r, COUNT {
  MATCH (item)-[:REPORTED_IN]->(r), (item)-[:POLICY_AREA]->(pa)
  WHERE (item:Measure OR item:CapacityBuildingNeed OR item:ExpertiseOffer)
    AND item.text IS NOT NULL
    AND ($topic IS NULL OR toLower(item.text) CONTAINS toLower($topic))
  RETURN item
  UNION
  MATCH (item:Commitment)-[:WAS_DERIVED_FROM]->(span)-[:IN_REPORT]->(r), (span)-[:POLICY_AREA]->(pa)
  WHERE item.statement IS NOT NULL
    AND ($topic IS NULL OR toLower(item.statement) CONTAINS toLower($topic))
  RETURN item
} AS items
WITH cp, pa, r, items, coalesce(toLower(cp.title) CONTAINS toLower($topic), false) AS in_title
WHERE (items > 0 OR in_title)
  AND pa.code IS NOT NULL AND pa.prefLabel IS NOT NULL AND r.calendarYear IS NOT NULL
MATCH (r)-[:ECONOMY]->(eco)
OPTIONAL MATCH (cp)-[:MEMBER_OF]->(org) WHERE org.label IS NOT NULL
RETURN $topic AS topic,
       in_title,
       items,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       pa.code AS code,
       pa.prefLabel AS area,
       CASE cp.role WHEN 'EmergencyContactRole' THEN 'emergency contact' ELSE 'contact point' END AS role,
       cp.fn AS name,
       cp.title AS title,
       org.label AS organization,
       cp.telephoneText AS telephone,
       cp.email AS email
ORDER BY in_title DESC, items DESC, economy, year, code, role, name
