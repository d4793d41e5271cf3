# A source span ends (line 99) before it starts (line 103).
# expect: focus=<https://w3id.org/ctkg/id/span/mexico-2012/a-1-103-103> path=ctkg:startLine severity=Violation shape=ctkgsh:SourceSpan-order value=103 line=103 message="The source span ends before it starts (its first line is after its last line)"
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

DELETE DATA { <https://w3id.org/ctkg/id/span/mexico-2012/a-1-103-103> ctkg:endLine 103 } ;
INSERT DATA { <https://w3id.org/ctkg/id/span/mexico-2012/a-1-103-103> ctkg:endLine 99 }
