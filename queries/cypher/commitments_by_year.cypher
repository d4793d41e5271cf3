// @title Commitments by the year they were made
// @answers Which Leaders' and Ministers' commitments were made (or reaffirmed) in a given year, in which policy area, with every year each was made and how many reports list it?
// @param year year 2002 -- the year, four digits; unbound lists every year
MATCH (c:Commitment)-[:POLICY_AREA]->(pa)
WHERE c.statement IS NOT NULL AND pa.code IS NOT NULL AND pa.prefLabel IS NOT NULL
UNWIND c.yearMade AS year
WITH c, pa, year
WHERE $year IS NULL OR year = $year
MATCH (r)-[:COMMITMENT]->(c)
WITH c, pa, year, count(DISTINCT r) AS reports
RETURN year,
       pa.code AS code,
       pa.prefLabel AS area,
       c.statement AS commitment,
       reduce(s = head(c.yearMade), y IN tail(c.yearMade) | s + ', ' + y) AS years,
       reports
ORDER BY year, code, commitment
