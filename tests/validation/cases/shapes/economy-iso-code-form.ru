# An economy's ISO code has two letters.
# expect: focus=<https://w3id.org/ctkg/id/economy/united-states> path=ctkg:iso3 severity=Violation shape=ctkgsh:Economy-iso3Form value=US message="The economy's ISO code is not one three-letter code (such as MEX)"
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

DELETE WHERE { <https://w3id.org/ctkg/id/economy/united-states> ctkg:iso3 ?code } ;
INSERT DATA { <https://w3id.org/ctkg/id/economy/united-states> ctkg:iso3 "US" }
