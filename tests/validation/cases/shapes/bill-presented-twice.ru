# A report adds that the bill was presented again on 30 November 2010: the bill now has two dates for being presented.
# expect: focus=<https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1> path=ctkg:legislativeEvent severity=Warning shape=ctkgsh:LegalResource-oneOffStepsOnce line=347 message="The bill or regulation is given 2 different dates for the step 'presented', from 2010-08-26 to 2010-11-30"
# expect: focus=<https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1> path=ctkg:legislativeEvent severity=Violation shape=ctkgsh:LegalResource-eventsInOrder value=<https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1/event/2010-11-30-presented> line=347 message="The legislative steps are out of date order: step 2 is dated 2011-04-28 but the later step 4 is dated 2010-11-30"
# expect: focus=<https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1> path=ctkg:legislativeEvent severity=Violation shape=ctkgsh:LegalResource-eventsInOrder value=<https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1/event/2010-11-30-presented> line=347 message="The legislative steps are out of date order: step 3 is dated 2012-04-30 but the later step 4 is dated 2010-11-30"
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
    <https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1> ctkg:legislativeEvent <https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1/event/2010-11-30-presented> .
    <https://w3id.org/ctkg/id/bill/mexico/bill-of-a-federal-law-for-the-prevention-22ab0685a1/event/2010-11-30-presented> a ctkg:LegislativeEvent ;
        ctkg:eventDate "2010-11-30"^^xsd:date ; ctkg:action ctkg:Presented ; ctkg:eventOrder 4 ;
        prov:wasDerivedFrom <https://w3id.org/ctkg/id/span/mexico-2012/b-347-351> }
