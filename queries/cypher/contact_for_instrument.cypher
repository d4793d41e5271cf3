// @title Contact points for an instrument
// @answers Who is the contact point for an instrument (a convention, code, standard or export-control regime): the contact points of every policy area whose commitments, measures, needs, offers or regime memberships mention it, with how many items do?
// @param instrument string "ISPS Code" -- part of a name, alternative name or acronym of the instrument, any case (ISPS Code, Wassenaar, MTCR); unbound lists every instrument
MATCH (inst:Instrument)
WITH inst, [n IN coalesce(inst.acronym, []) + [inst.label, inst.prefLabel] + coalesce(inst.altLabel, [])
            WHERE n IS NOT NULL] AS names
WHERE size(names) > 0
  AND ($instrument IS NULL OR any(n IN names WHERE toLower(n) CONTAINS toLower($instrument)))
CALL (inst) {
  MATCH (item)-[:MENTIONS]->(inst)
  WHERE item:Measure OR item:CapacityBuildingNeed OR item:ExpertiseOffer
  MATCH (item)-[:REPORTED_IN]->(r), (item)-[:POLICY_AREA]->(pa)
  RETURN item, r, pa
  UNION ALL
  MATCH (item:Commitment)-[:MENTIONS]->(inst)
  MATCH (item)-[:WAS_DERIVED_FROM]->(span)-[:IN_REPORT]->(r), (span)-[:POLICY_AREA]->(pa)
  RETURN item, r, pa
  UNION ALL
  MATCH (item)-[:REGIME]->(inst)
  MATCH (item)-[:REPORTED_IN]->(r), (item)-[:WAS_DERIVED_FROM]->()-[:POLICY_AREA]->(pa)
  RETURN item, r, pa
}
WITH inst, r, pa, count(DISTINCT item) AS items
WHERE inst.label IS NOT NULL AND pa.code IS NOT NULL AND pa.prefLabel IS NOT NULL
  AND r.calendarYear IS NOT NULL
MATCH (cp:ContactPoint)-[:POLICY_AREA]->(pa), (cp)-[:REPORTED_IN]->(r), (r)-[:ECONOMY]->(eco)
WHERE cp.role IS NOT NULL AND cp.fn IS NOT NULL
OPTIONAL MATCH (cp)-[:MEMBER_OF]->(org) WHERE org.label IS NOT NULL
RETURN $instrument AS instrument,
       inst.label AS instrument_name,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       pa.code AS code,
       pa.prefLabel AS area,
       items,
       CASE cp.role WHEN 'EmergencyContactRole' THEN 'emergency contact' ELSE 'contact point' END AS role,
       cp.fn AS name,
       cp.title AS title,
       org.label AS organization,
       cp.telephoneText AS telephone,
       cp.email AS email
ORDER BY instrument_name, items DESC, economy, year, code, role, name
