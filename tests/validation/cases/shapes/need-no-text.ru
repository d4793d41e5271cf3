# A capacity-building need has no text.
# expect: focus=<https://w3id.org/ctkg/id/need/mexico-2012/a-1/need-13> path=ctkg:text severity=Violation shape=ctkgsh:AreaEntry-text line=117 message="The entry does not have exactly one text"
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

DELETE WHERE { <https://w3id.org/ctkg/id/need/mexico-2012/a-1/need-13> ctkg:text ?text }
