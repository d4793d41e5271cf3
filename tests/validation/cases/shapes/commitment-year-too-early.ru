# A commitment is dated 1999, before APEC's counter-terrorism commitments began.
# expect: focus=<https://w3id.org/ctkg/id/commitment/review-ship-and-port-facility-security-plans-aut-36229181a7> path=ctkg:yearMade severity=Violation shape=ctkgsh:Commitment-yearTooEarly value=1999 line=145 message="The commitment is dated 1999, before APEC's counter-terrorism commitments began in 2001"
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

DELETE WHERE { <https://w3id.org/ctkg/id/commitment/review-ship-and-port-facility-security-plans-aut-36229181a7> ctkg:yearMade ?year } ;
INSERT DATA { <https://w3id.org/ctkg/id/commitment/review-ship-and-port-facility-security-plans-aut-36229181a7> ctkg:yearMade "1999"^^xsd:gYear }
