# The loaders start emitting a class (ctkg:Exercise) the ontology does not declare and no
# shape targets.
# expect: level=ERROR check=undeclared_class term=ctkg:Exercise
# expect: level=ERROR check=missing_shape term=ctkg:Exercise
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sh: <http://www.w3.org/ns/shacl#>
PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
PREFIX ctkg: <https://w3id.org/ctkg/ontology#>
PREFIX ctkgsh: <https://w3id.org/ctkg/shapes#>

INSERT DATA { GRAPH <urn:ctkg:data> {
    <https://w3id.org/ctkg/id/exercise/mexico-2012/tabletop-1> a ctkg:Exercise ;
        rdfs:label "Tabletop exercise" } }
