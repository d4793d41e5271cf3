# The report names an economy the graph does not describe (not in the gazetteer).
# expect: focus=<https://w3id.org/ctkg/id/report/mexico-2012> path=ctkg:economy severity=Violation shape=ctkgsh:Report-economy value=<https://w3id.org/ctkg/id/economy/zubrowka> line=1 message="The report does not name exactly one known APEC economy"
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

DELETE DATA { <https://w3id.org/ctkg/id/report/mexico-2012> ctkg:economy <https://w3id.org/ctkg/id/economy/mexico> } ;
INSERT DATA { <https://w3id.org/ctkg/id/report/mexico-2012> ctkg:economy <https://w3id.org/ctkg/id/economy/zubrowka> }
