# A policy area has a code the template does not have.
# expect: focus=<https://w3id.org/ctkg/id/policy-area/a-1> path=ctkg:code severity=Violation shape=ctkgsh:PolicyArea-code value=A.6 message="The policy area's code is not one of the template's codes A.1, A.2, A.3, A.4, A.5, B or C"
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

DELETE DATA { <https://w3id.org/ctkg/id/policy-area/a-1> ctkg:code "A.1" } ;
INSERT DATA { <https://w3id.org/ctkg/id/policy-area/a-1> ctkg:code "A.6" }
