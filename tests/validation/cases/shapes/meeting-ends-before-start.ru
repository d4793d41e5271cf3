# The meeting ends on 28 January but starts on 29 January.
# expect: focus=<https://w3id.org/ctkg/id/meeting/28th-counter-terrorism-task-force-meeting> path=ctkg:startDate severity=Violation shape=ctkgsh:Meeting-order value=2013-01-29 line=1 message="The meeting ends before it starts"
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

DELETE DATA { <https://w3id.org/ctkg/id/meeting/28th-counter-terrorism-task-force-meeting> ctkg:endDate "2013-01-30"^^xsd:date } ;
INSERT DATA { <https://w3id.org/ctkg/id/meeting/28th-counter-terrorism-task-force-meeting> ctkg:endDate "2013-01-28"^^xsd:date }
