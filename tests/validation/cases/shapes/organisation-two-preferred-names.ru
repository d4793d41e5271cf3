# An agency has two English preferred names.
# expect: focus=<https://w3id.org/ctkg/id/agency/mx-sct> path=skos:prefLabel severity=Violation shape=ctkgsh:Organization-prefLabel line=139 message="The organisation has two preferred names in the same language"
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

INSERT DATA { <https://w3id.org/ctkg/id/agency/mx-sct> skos:prefLabel "SCT"@en }
