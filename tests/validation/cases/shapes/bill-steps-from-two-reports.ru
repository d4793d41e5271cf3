# The 2013 report tells a later step of the bill as its step 1; steps are only ordered within the account of one report, so nothing is wrong.
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
    <https://w3id.org/ctkg/id/report/mexico-2013> a ctkg:Report ;
        rdfs:label "Counter-Terrorism Action Plan – Mexico 2013"@en ;
        dcterms:identifier "2014/SOM1/CTTF/013" ;
        ctkg:economy <https://w3id.org/ctkg/id/economy/mexico> ;
        ctkg:calendarYear "2013"^^xsd:gYear ;
        ctkg:lastUpdated "2013-09"^^xsd:gYearMonth ;
        ctkg:sourceFile "apec-ctap-2013-mexico.md" ;
        ctkg:sha256 "0000000000000000000000000000000000000000000000000000000000000000" ;
        ctkg:presentedAt <https://w3id.org/ctkg/id/meeting/28th-counter-terrorism-task-force-meeting> ;
        prov:wasDerivedFrom <https://w3id.org/ctkg/id/span/mexico-2013/1-38> .
    <https://w3id.org/ctkg/id/span/mexico-2013/1-38> a ctkg:SourceSpan ;
        ctkg:inReport <https://w3id.org/ctkg/id/report/mexico-2013> ; ctkg:startLine 1 ; ctkg:endLine 38 .
    <https://w3id.org/ctkg/id/span/mexico-2013/b-20-22> a ctkg:SourceSpan ; ctkg:inReport <https://w3id.org/ctkg/id/report/mexico-2013> ;
        ctkg:startLine 20 ; ctkg:endLine 22 ; ctkg:policyArea <https://w3id.org/ctkg/id/policy-area/b> .
    <https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1> ctkg:legislativeEvent <https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1/event/2012-12-01-approved> .
    <https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1/event/2012-12-01-approved> a ctkg:LegislativeEvent ;
        ctkg:eventDate "2012-12-01"^^xsd:date ; ctkg:action ctkg:Approved ; ctkg:eventOrder 1 ;
        ctkg:actor <https://w3id.org/ctkg/id/agency/mx-senate> ; prov:wasDerivedFrom <https://w3id.org/ctkg/id/span/mexico-2013/b-20-22> }
