# A bill is said to amend an international instrument, not a law.
# expect: focus=<https://w3id.org/ctkg/id/bill/mexico/bill-of-decree-by-which-the-federal-crim-c6f6a04dd3> path=ctkg:amends severity=Violation shape=ctkgsh:Bill-amends value=<https://w3id.org/ctkg/id/instrument/icao-doc-9303> line=357 message="The bill is said to amend something that is not a law"
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

INSERT DATA { <https://w3id.org/ctkg/id/bill/mexico/bill-of-decree-by-which-the-federal-crim-c6f6a04dd3> ctkg:amends <https://w3id.org/ctkg/id/instrument/icao-doc-9303> }
