// @title Commitments shared between reports
// @answers Which commitments recur across reports — how many reports and economies list each, and in which calendar years — so that reports of different economies or years can be compared commitment by commitment?
MATCH (r)-[:COMMITMENT]->(c), (r)-[:ECONOMY]->(eco)
WHERE r.calendarYear IS NOT NULL
WITH c, count(DISTINCT r) AS reports, count(DISTINCT eco) AS economies,
     min(r.calendarYear) AS first_year, max(r.calendarYear) AS last_year
WHERE c.statement IS NOT NULL
OPTIONAL MATCH (c)-[:POLICY_AREA]->(pa) WHERE pa.code IS NOT NULL
WITH c, reports, economies, first_year, last_year, min(pa.code) AS code
RETURN code,
       c.statement AS commitment,
       reports,
       economies,
       first_year,
       last_year
ORDER BY reports DESC, economies DESC, code IS NOT NULL, code, commitment
