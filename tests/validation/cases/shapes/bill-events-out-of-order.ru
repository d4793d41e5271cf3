# The approval by the Senate is dated 2009, before the bill was presented in 2010 (graph form of the mutated-report case).
# expect: focus=<https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1> path=ctkg:legislativeEvent severity=Violation shape=ctkgsh:LegalResource-eventsInOrder value=<https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1/event/2011-04-28-approved-senate> line=347 message="The legislative steps are out of date order: step 1 is dated 2010-08-26 but the later step 2 is dated 2009-04-28"
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX ctkg: <https://w3id.org/ctkg/ontology#>

DELETE WHERE { <https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1/event/2011-04-28-approved-senate> ctkg:eventDate ?date } ;
INSERT DATA { <https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1/event/2011-04-28-approved-senate> ctkg:eventDate "2009-04-28"^^xsd:date }
