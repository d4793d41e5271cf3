# A legislative step belongs to no bill or regulation.
# expect: focus=<https://w3id.org/ctkg/id/bill/mexico/bill-of-decree-by-which-the-federal-crim-c6f6a04dd3> path=ctkg:legislativeEvent severity=Violation shape=ctkgsh:Bill-events line=357 message="The bill has no dated legislative step (presented, approved, ...)"
# expect: focus=<https://w3id.org/ctkg/id/bill/mexico/bill-of-decree-by-which-the-federal-crim-c6f6a04dd3/event/2011-09-06-presented-chamber-of-deputies> path=^ctkg:legislativeEvent severity=Violation shape=ctkgsh:LegislativeEvent-resource line=357 message="The legislative step does not belong to exactly one bill or regulation"
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

DELETE DATA { <https://w3id.org/ctkg/id/bill/mexico/bill-of-decree-by-which-the-federal-crim-c6f6a04dd3> ctkg:legislativeEvent <https://w3id.org/ctkg/id/bill/mexico/bill-of-decree-by-which-the-federal-crim-c6f6a04dd3/event/2011-09-06-presented-chamber-of-deputies> }
