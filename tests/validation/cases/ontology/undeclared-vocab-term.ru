# ctkg:eventOrder is named in ctkg/vocab.py and emitted, but the ontology drops it.
# expect: level=ERROR check=undeclared_property term=ctkg:eventOrder
# expect: level=ERROR check=undeclared_vocab_term term=ctkg:eventOrder
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sh: <http://www.w3.org/ns/shacl#>
PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
PREFIX ctkg: <https://w3id.org/ctkg/ontology#>
PREFIX ctkgsh: <https://w3id.org/ctkg/shapes#>

DELETE WHERE { GRAPH <urn:ctkg:ontology> { ctkg:eventOrder ?p ?o } }
