# The 2010 and the 2012 report both state a commitment, which accumulates the years 2004 and 2011: 2011 is after the 2010 report but not after the latest report (2012), so nothing is wrong.
# expect: none
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

INSERT DATA {
    <https://w3id.org/ctkg/id/report/mexico-2010> a ctkg:Report ;
        rdfs:label "Counter-Terrorism Action Plan – Mexico 2010"@en ;
        dcterms:identifier "2011/SOM1/CTTF/010" ;
        ctkg:economy <https://w3id.org/ctkg/id/economy/mexico> ;
        ctkg:calendarYear "2010"^^xsd:gYear ;
        ctkg:lastUpdated "2010-09"^^xsd:gYearMonth ;
        ctkg:sourceFile "apec-ctap-2010-mexico.md" ;
        ctkg:sha256 "0000000000000000000000000000000000000000000000000000000000000000" ;
        ctkg:presentedAt <https://w3id.org/ctkg/id/meeting/28th-counter-terrorism-task-force-meeting> ;
        prov:wasDerivedFrom <https://w3id.org/ctkg/id/span/mexico-2010/1-38> .
    <https://w3id.org/ctkg/id/span/mexico-2010/1-38> a ctkg:SourceSpan ;
        ctkg:inReport <https://w3id.org/ctkg/id/report/mexico-2010> ; ctkg:startLine 1 ; ctkg:endLine 38 .
    <https://w3id.org/ctkg/id/report/mexico-2010> ctkg:commitment <https://w3id.org/ctkg/id/commitment/review-ship-and-port-facility-security-plans-aut-36229181a7> .
    <https://w3id.org/ctkg/id/commitment/review-ship-and-port-facility-security-plans-aut-36229181a7> ctkg:yearMade "2011"^^xsd:gYear }
