# The reused property vcard:fn loses its comment.
# expect: level=ERROR check=missing_comment term=vcard:fn
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sh: <http://www.w3.org/ns/shacl#>
PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
PREFIX ctkg: <https://w3id.org/ctkg/ontology#>
PREFIX ctkgsh: <https://w3id.org/ctkg/shapes#>

DELETE WHERE { GRAPH <urn:ctkg:ontology> { vcard:fn rdfs:comment ?comment } }
