# A Wikidata link points at the web page, not the item.
# expect: focus=<https://w3id.org/ctkg/id/organization/icao> path=skos:exactMatch severity=Violation shape=ctkgsh:Organization-wikidata value=<https://www.wikidata.org/wiki/Q180328> line=182 message="The organisation's Wikidata link is not a Wikidata item (http://www.wikidata.org/entity/Q...)"
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

DELETE WHERE { <https://w3id.org/ctkg/id/organization/icao> skos:exactMatch ?item } ;
INSERT DATA { <https://w3id.org/ctkg/id/organization/icao> skos:exactMatch <https://www.wikidata.org/wiki/Q180328> }
