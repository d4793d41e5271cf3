# A measure's status is a membership status.
# expect: focus=<https://w3id.org/ctkg/id/measure/mexico-2012/a-1/undertaken-2> path=ctkg:status severity=Violation shape=ctkgsh:Measure-status value=ctkg:Member line=91 message="The measure is not marked as either undertaken or planned"
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

DELETE WHERE { <https://w3id.org/ctkg/id/measure/mexico-2012/a-1/undertaken-2> ctkg:status ?status } ;
INSERT DATA { <https://w3id.org/ctkg/id/measure/mexico-2012/a-1/undertaken-2> ctkg:status ctkg:Member }
