# An agency's parent body is an economy.
# expect: focus=<https://w3id.org/ctkg/id/agency/mx-dgac> path=org:subOrganizationOf severity=Violation shape=ctkgsh:Organization-parent value=<https://w3id.org/ctkg/id/economy/mexico> line=206 message="The organisation's parent body is not described as an organisation"
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

DELETE WHERE { <https://w3id.org/ctkg/id/agency/mx-dgac> org:subOrganizationOf ?parent } ;
INSERT DATA { <https://w3id.org/ctkg/id/agency/mx-dgac> org:subOrganizationOf <https://w3id.org/ctkg/id/economy/mexico> }
