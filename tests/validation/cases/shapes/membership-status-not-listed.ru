# A membership status is outside the closed list.
# expect: focus=<https://w3id.org/ctkg/id/membership/mexico-2012/mtcr> path=ctkg:membershipStatus severity=Violation shape=ctkgsh:Membership-status value=ctkg:Planned line=268 message="The membership status is not one of: member, applicant, prospective"
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

DELETE WHERE { <https://w3id.org/ctkg/id/membership/mexico-2012/mtcr> ctkg:membershipStatus ?status } ;
INSERT DATA { <https://w3id.org/ctkg/id/membership/mexico-2012/mtcr> ctkg:membershipStatus ctkg:Planned }
