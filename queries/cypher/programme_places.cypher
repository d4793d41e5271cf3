// @title Programmes and the ports or airports they cover
// @answers Which ports and airports does a programme (Megaports, the CICTE Maritime Security Program, the Verification Plan to Airports, …) cover, and when was each place inspected or evaluated under it?
// @param programme string "Maritime Security Program" -- name, alternative name or acronym of the programme, any case; unbound lists every programme that covers places
MATCH (prog:Programme)
WITH prog, [n IN coalesce(prog.acronym, []) + [prog.label, prog.prefLabel] + coalesce(prog.altLabel, [])
            WHERE n IS NOT NULL] AS names
WHERE size(names) > 0
  AND ($programme IS NULL OR any(n IN names WHERE toLower(n) = toLower($programme)))
CALL (prog) {
  MATCH (prog)-[:COVERS]->(pl)
  RETURN pl
  UNION
  MATCH (visit)-[:PART_OF]->(prog), (visit)-[:PLACE]->(pl)
  RETURN pl
}
WITH prog, pl
WHERE prog.label IS NOT NULL AND pl.label IS NOT NULL
OPTIONAL MATCH (inspection)-[:PART_OF]->(prog), (inspection)-[:PLACE]->(pl)
RETURN $programme AS programme,
       prog.label AS programme_name,
       pl.label AS place,
       CASE WHEN pl:Port THEN 'port' WHEN pl:Airport THEN 'airport' ELSE 'place' END AS kind,
       toString(inspection.startDate) AS start_date,
       toString(inspection.endDate) AS end_date,
       inspection.outcome AS outcome
ORDER BY programme_name, place, start_date IS NOT NULL, start_date
