# An inspection ends on 20 September but starts on 22 September.
# expect: focus=<https://w3id.org/ctkg/id/inspection/mexico-2012/mx-airport-bajio-2011-09-22> path=ctkg:startDate severity=Violation shape=ctkgsh:Inspection-order value=2011-09-22 line=198 message="The inspection ends before it starts"
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

DELETE WHERE { <https://w3id.org/ctkg/id/inspection/mexico-2012/mx-airport-bajio-2011-09-22> ctkg:endDate ?date } ;
INSERT DATA { <https://w3id.org/ctkg/id/inspection/mexico-2012/mx-airport-bajio-2011-09-22> ctkg:endDate "2011-09-20"^^xsd:date }
