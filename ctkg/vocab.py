"""The ctkg vocabulary as Python names, so a misspelt term fails at import, not in a query.

The ontology (ontology/ctkg.ttl) declares every term listed here, with a label and a comment;
a test keeps the two in step.
"""

from __future__ import annotations

from rdflib import Namespace
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
    Report: object
    Meeting: object
    Economy: object
    PolicyArea: object
    ContactPoint: object
    Commitment: object
    Measure: object
    CapacityBuildingNeed: object
    ExpertiseOffer: object
    SummaryItem: object
    Agency: object
    InternationalOrganization: object
    Company: object
    Instrument: object
    ExportControlRegime: object
    Convention: object
    CodeOrStandard: object
    Recommendation: object
    Framework: object
    Guidance: object
    SanctionsList: object
    Membership: object
    Law: object
    Bill: object
    Regulation: object
    LegislativeEvent: object
    Programme: object
    Place: object
    Port: object
    Airport: object
    Inspection: object
    SourceSpan: object
    # controlled-list classes and their members
    MeasureStatus: object
    Undertaken: object
    Planned: object
    MembershipStatus: object
    Member: object
    Applicant: object
    Prospective: object
    LegislativeAction: object
    Presented: object
    Approved: object
    ApprovedWithChanges: object
    Issued: object
    Amended: object
    ContactRole: object
    ContactPointRole: object
    EmergencyContactRole: object
    SummaryKind: object
    Achievement: object
    ForwardWork: object
    NeedSummary: object
    OfferSummary: object
    # object properties
    economy: object
    submittedBy: object
    presentedAt: object
    policyArea: object
    reportedIn: object
    role: object
    fax: object
    status: object
    mentions: object
    regime: object
    membershipStatus: object
    legislativeEvent: object
    action: object
    actor: object
    amends: object
    covers: object
    partner: object
    administeredBy: object
    place: object
    partOf: object
    summaryKind: object
    inReport: object
    commitment: object
    # datatype properties
    code: object
    calendarYear: object
    lastUpdated: object
    agendaItem: object
    purpose: object
    objective: object
    sourceFile: object
    sha256: object
    startDate: object
    endDate: object
    location: object
    statement: object
    yearMade: object
    text: object
    telephoneText: object
    faxText: object
    acronym: object
    domain: object
    iso3: object
    callingCode: object
    entityKind: object
    statusDate: object
    eventDate: object
    eventOrder: object
    subject: object
    sector: object
    outcome: object
    startLine: object
    endLine: object
    position: object
