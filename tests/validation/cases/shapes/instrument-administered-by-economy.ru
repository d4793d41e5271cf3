# An instrument is said to be administered by an economy.
# expect: focus=<https://w3id.org/ctkg/id/instrument/icao-doc-9303> path=ctkg:administeredBy severity=Violation shape=ctkgsh:Instrument-administeredBy value=<https://w3id.org/ctkg/id/economy/mexico> line=209 message="The body said to administer the instrument is not described as an organisation"
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

INSERT DATA { <https://w3id.org/ctkg/id/instrument/icao-doc-9303> ctkg:administeredBy <https://w3id.org/ctkg/id/economy/mexico> }
