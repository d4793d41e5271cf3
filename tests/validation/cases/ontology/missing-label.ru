# The ontology's class ctkg:Report loses its label.
# expect: level=ERROR check=missing_label term=ctkg:Report
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sh: <http://www.w3.org/ns/shacl#>
PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
PREFIX ctkg: <https://w3id.org/ctkg/ontology#>
PREFIX ctkgsh: <https://w3id.org/ctkg/shapes#>

DELETE WHERE { GRAPH <urn:ctkg:ontology> { ctkg:Report rdfs:label ?label } }
