# A measure loses the link to the lines it was read from.
# expect: focus=<https://w3id.org/ctkg/id/measure/mexico-2012/a-1/undertaken-2> path=prov:wasDerivedFrom severity=Violation shape=ctkgsh:Provenance-present message="This item does not say which report and lines it was read from"
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

DELETE DATA { <https://w3id.org/ctkg/id/measure/mexico-2012/a-1/undertaken-2> prov:wasDerivedFrom <https://w3id.org/ctkg/id/span/mexico-2012/a-1-91-91> }
