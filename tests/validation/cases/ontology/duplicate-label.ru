# ctkg:Bill is relabelled "Law", the label of ctkg:Law (labels compare without case).
# expect: level=ERROR check=duplicate_label term=ctkg:Bill
# expect: level=ERROR check=duplicate_label term=ctkg:Law
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sh: <http://www.w3.org/ns/shacl#>
PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
PREFIX ctkg: <https://w3id.org/ctkg/ontology#>
PREFIX ctkgsh: <https://w3id.org/ctkg/shapes#>

DELETE WHERE { GRAPH <urn:ctkg:ontology> { ctkg:Bill rdfs:label ?label } } ;
INSERT DATA { GRAPH <urn:ctkg:ontology> { ctkg:Bill rdfs:label "Law"@en } }
