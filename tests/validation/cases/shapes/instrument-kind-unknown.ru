# The gazetteer does not say what kind of instrument this is.
# expect: focus=<https://w3id.org/ctkg/id/instrument/test-accord> severity=Warning shape=ctkgsh:Instrument-kind message="The instrument's kind (export-control regime, convention, code or standard, recommendation, framework, guidance, sanctions list) is not known"
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

INSERT DATA { <https://w3id.org/ctkg/id/instrument/test-accord> a ctkg:Instrument ; rdfs:label "Test Accord"@en }
