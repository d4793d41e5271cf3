# The same person is both contact point and emergency contact of one area, so two roles meet on one node.
# expect: focus=<https://w3id.org/ctkg/id/contact/mexico-2012/a-3/sergio-romero-orozco> path=ctkg:role severity=Violation shape=ctkgsh:ContactPoint-role line=171 message="The contact point does not have exactly one role (contact point or emergency contact); a person named twice in one policy area may have been merged into one node"
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

INSERT DATA { <https://w3id.org/ctkg/id/contact/mexico-2012/a-3/sergio-romero-orozco> ctkg:role ctkg:EmergencyContactRole }
