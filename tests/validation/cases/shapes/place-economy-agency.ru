# A port is attached to an agency instead of an economy.
# expect: focus=<https://w3id.org/ctkg/id/place/mx-port-tampico> path=ctkg:economy severity=Violation shape=ctkgsh:Place-economy value=<https://w3id.org/ctkg/id/agency/mx-sct> line=155 message="The place is attached to something other than one APEC economy"
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

DELETE WHERE { <https://w3id.org/ctkg/id/place/mx-port-tampico> ctkg:economy ?economy } ;
INSERT DATA { <https://w3id.org/ctkg/id/place/mx-port-tampico> ctkg:economy <https://w3id.org/ctkg/id/agency/mx-sct> }
