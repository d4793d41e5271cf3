# A fax number keeps its hyphens and is too short.
# expect: focus=<https://w3id.org/ctkg/id/contact/mexico-2012/b/jose-alberto-balbuena-balbuena> path=ctkg:fax severity=Violation shape=ctkgsh:ContactPoint-faxForm value=<tel:+52-55-3688> line=300 message="The contact point's fax number is not an international number (expected + country code and 6 to 15 digits)"
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

DELETE WHERE { <https://w3id.org/ctkg/id/contact/mexico-2012/b/jose-alberto-balbuena-balbuena> ctkg:fax ?fax } ;
INSERT DATA { <https://w3id.org/ctkg/id/contact/mexico-2012/b/jose-alberto-balbuena-balbuena> ctkg:fax <tel:+52-55-3688> }
