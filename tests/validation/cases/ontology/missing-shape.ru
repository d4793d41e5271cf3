# No shape targets ctkg:Meeting any more, though the loaders emit meetings.
# expect: level=ERROR check=missing_shape term=ctkg:Meeting
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sh: <http://www.w3.org/ns/shacl#>
PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
PREFIX ctkg: <https://w3id.org/ctkg/ontology#>
PREFIX ctkgsh: <https://w3id.org/ctkg/shapes#>

DELETE DATA { GRAPH <urn:ctkg:shapes> { ctkgsh:MeetingShape sh:targetClass ctkg:Meeting } }
