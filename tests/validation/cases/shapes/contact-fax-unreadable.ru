# The fax number as written could not be made a tel: IRI.
# expect: focus=<https://w3id.org/ctkg/id/contact/mexico-2012/b/jose-alberto-balbuena-balbuena> path=ctkg:faxText severity=Violation shape=ctkgsh:ContactPoint-faxReadable value="+52 55 36883568" line=300 message="The contact point's fax number \"+52 55 36883568\" could not be read as a telephone number"
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

DELETE WHERE { <https://w3id.org/ctkg/id/contact/mexico-2012/b/jose-alberto-balbuena-balbuena> ctkg:fax ?fax }
