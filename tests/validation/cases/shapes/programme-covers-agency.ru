# A programme is said to cover an agency instead of a port or airport.
# expect: focus=<https://w3id.org/ctkg/id/programme/mx-cicte-maritime-security-program> path=ctkg:covers severity=Violation shape=ctkgsh:Programme-covers value=<https://w3id.org/ctkg/id/agency/mx-sct> line=46 message="The programme is said to cover something that is not a port or airport"
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

INSERT DATA { <https://w3id.org/ctkg/id/programme/mx-cicte-maritime-security-program> ctkg:covers <https://w3id.org/ctkg/id/agency/mx-sct> }
