"""The ctkg vocabulary as Python names, so a misspelt term fails at import, not in a query.

The ontology (ontology/ctkg.ttl) declares every term listed here, with a label and a comment;
a test keeps the two in step.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/ctkg/ontology"
ID_BASE = "https://w3id.org/ctkg/id/"

ID = Namespace(ID_BASE)
ORG = Namespace("http://www.w3.org/ns/org#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")


class CTKG(DefinedNamespace):
    """Project terms: what W3C ORG, vCard, SKOS, DCTERMS, PROV-O and ELI do not say."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Report: URIRef
    Meeting: URIRef
    Economy: URIRef
    PolicyArea: URIRef
    ContactPoint: URIRef
    Commitment: URIRef
    Measure: URIRef
    CapacityBuildingNeed: URIRef
    ExpertiseOffer: URIRef
    SummaryItem: URIRef
    Agency: URIRef
    InternationalOrganization: URIRef
    Company: URIRef
    Instrument: URIRef
    ExportControlRegime: URIRef
    Convention: URIRef
    CodeOrStandard: URIRef
    Recommendation: URIRef
    Framework: URIRef
    Guidance: URIRef
    SanctionsList: URIRef
    Membership: URIRef
    Law: URIRef
    Bill: URIRef
    Regulation: URIRef
    LegislativeEvent: URIRef
    Programme: URIRef
    Place: URIRef
    Port: URIRef
    Airport: URIRef
    Inspection: URIRef
    SourceSpan: URIRef
    # controlled-list classes and their members
    MeasureStatus: URIRef
    Undertaken: URIRef
    Planned: URIRef
    MembershipStatus: URIRef
    Member: URIRef
    Applicant: URIRef
    Prospective: URIRef
    LegislativeAction: URIRef
    Presented: URIRef
    Approved: URIRef
    ApprovedWithChanges: URIRef
    Issued: URIRef
    Amended: URIRef
    ContactRole: URIRef
    ContactPointRole: URIRef
    EmergencyContactRole: URIRef
    SummaryKind: URIRef
    Achievement: URIRef
    ForwardWork: URIRef
    NeedSummary: URIRef
    OfferSummary: URIRef
    # object properties
    economy: URIRef
    submittedBy: URIRef
    presentedAt: URIRef
    policyArea: URIRef
    reportedIn: URIRef
    role: URIRef
    fax: URIRef
    status: URIRef
    mentions: URIRef
    regime: URIRef
    membershipStatus: URIRef
    legislativeEvent: URIRef
    action: URIRef
    actor: URIRef
    amends: URIRef
    covers: URIRef
    partner: URIRef
    administeredBy: URIRef
    place: URIRef
    partOf: URIRef
    summaryKind: URIRef
    inReport: URIRef
    commitment: URIRef
    # datatype properties
    code: URIRef
    calendarYear: URIRef
    lastUpdated: URIRef
    agendaItem: URIRef
    purpose: URIRef
    objective: URIRef
    sourceFile: URIRef
    sha256: URIRef
    startDate: URIRef
    endDate: URIRef
    location: URIRef
    statement: URIRef
    yearMade: URIRef
    text: URIRef
    telephoneText: URIRef
    faxText: URIRef
    acronym: URIRef
    domain: URIRef
    iso3: URIRef
    callingCode: URIRef
    entityKind: URIRef
    statusDate: URIRef
    eventDate: URIRef
    eventOrder: URIRef
    subject: URIRef
    sector: URIRef
    outcome: URIRef
    startLine: URIRef
    endLine: URIRef
    position: URIRef
