# A contact point's role is a measure status.
# expect: focus=<https://w3id.org/ctkg/id/contact/mexico-2012/a-3/sergio-romero-orozco> path=ctkg:role severity=Violation shape=ctkgsh:ContactPoint-roleKind value=ctkg:Planned line=171 message="The contact point's role is not one of: contact point, emergency contact"
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

DELETE WHERE { <https://w3id.org/ctkg/id/contact/mexico-2012/a-3/sergio-romero-orozco> ctkg:role ?role } ;
INSERT DATA { <https://w3id.org/ctkg/id/contact/mexico-2012/a-3/sergio-romero-orozco> ctkg:role ctkg:Planned }
