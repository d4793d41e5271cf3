# A legislative step was taken by a policy area.
# expect: focus=<https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1/event/2011-04-28-approved-senate> path=ctkg:actor severity=Violation shape=ctkgsh:LegislativeEvent-actor value=<https://w3id.org/ctkg/id/policy-area/b> line=347 message="The body said to take the legislative step is not one organisation"
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

DELETE WHERE { <https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1/event/2011-04-28-approved-senate> ctkg:actor ?actor } ;
INSERT DATA { <https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1/event/2011-04-28-approved-senate> ctkg:actor <https://w3id.org/ctkg/id/policy-area/b> }
