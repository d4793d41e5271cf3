# A measure says it was reported in a meeting, not a report.
# expect: focus=<https://w3id.org/ctkg/id/measure/mexico-2012/a-1/undertaken-2> path=ctkg:reportedIn severity=Violation shape=ctkgsh:AreaEntry-report value=<https://w3id.org/ctkg/id/meeting/28th-counter-terrorism-task-force-meeting> line=91 message="The entry is not tied to exactly one report"
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

DELETE WHERE { <https://w3id.org/ctkg/id/measure/mexico-2012/a-1/undertaken-2> ctkg:reportedIn ?report } ;
INSERT DATA { <https://w3id.org/ctkg/id/measure/mexico-2012/a-1/undertaken-2> ctkg:reportedIn <https://w3id.org/ctkg/id/meeting/28th-counter-terrorism-task-force-meeting> }
