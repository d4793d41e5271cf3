// @title Measures that mention an instrument
// @answers Which measures (undertaken or planned) mention an instrument — a convention, code, standard, recommendation or export-control regime — in which report, policy area and lines?
// @param instrument string "Budapest Convention" -- part of a name, alternative name or acronym of the instrument, any case; unbound lists every instrument
MATCH (inst:Instrument)
WITH inst, [n IN coalesce(inst.acronym, []) + [inst.label, inst.prefLabel] + coalesce(inst.altLabel, [])
            WHERE n IS NOT NULL] AS names
WHERE size(names) > 0
  AND ($instrument IS NULL OR any(n IN names WHERE toLower(n) CONTAINS toLower($instrument)))
MATCH (m:Measure)-[:MENTIONS]->(inst),
      (m)-[:POLICY_AREA]->(pa),
      (m)-[:REPORTED_IN]->(r)-[:ECONOMY]->(eco)
WHERE m.status IS NOT NULL AND m.position IS NOT NULL AND m.text IS NOT NULL
  AND inst.label IS NOT NULL AND pa.code IS NOT NULL AND r.calendarYear IS NOT NULL
// the instrument's kind: its labels other than Instrument (ExportControlRegime, Convention, ...)
WITH inst, m, pa, r, eco, [k IN labels(inst) WHERE NOT k IN ['Instrument', 'Resource']] AS kinds
UNWIND CASE WHEN size(kinds) = 0 THEN [null] ELSE kinds END AS k
OPTIONAL MATCH (m)-[:WAS_DERIVED_FROM]->(span)
  WHERE span.startLine IS NOT NULL AND span.endLine IS NOT NULL
RETURN $instrument AS instrument,
       inst.label AS instrument_name,
       // "CodeOrStandard" -> "code or standard"
       CASE WHEN k IS NULL THEN null ELSE
         toLower(reduce(s = '', i IN range(0, size(k) - 1) |
           s + CASE WHEN i > 0 AND substring(k, i, 1) =~ '[A-Z]' AND substring(k, i - 1, 1) =~ '[a-z]'
                    THEN ' ' ELSE '' END + substring(k, i, 1))) END AS kind,
       coalesce(eco.label, split(eco.uri, '/economy/')[1]) AS economy,
       r.calendarYear AS year,
       pa.code AS code,
       toLower(m.status) AS status,
       m.position AS position,
       span.startLine AS start_line,
       span.endLine AS end_line,
       m.text AS measure
ORDER BY instrument_name, economy, year, code, status DESC, position
