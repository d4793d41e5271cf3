# The loaders start emitting a property (ctkg:nickname) the ontology does not declare.
# expect: level=ERROR check=undeclared_property term=ctkg:nickname
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sh: <http://www.w3.org/ns/shacl#>
PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
PREFIX ctkg: <https://w3id.org/ctkg/ontology#>
PREFIX ctkgsh: <https://w3id.org/ctkg/shapes#>

INSERT DATA { GRAPH <urn:ctkg:data> {
    <https://w3id.org/ctkg/id/contact/mexico-2012/a-3/sergio-romero-orozco> ctkg:nickname "Checo" } }
