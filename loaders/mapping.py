"""Map extracted facts to RDF with the ctkg ontology, deterministic IRIs and provenance.

Instance IRIs are slugs of stable keys (economy, year, area, normalised text), so rebuilding gives
the same graph and two reports naming the same agency or commitment meet on one node.
"""

from __future__ import annotations

import hashlib
import re

import phonenumbers
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from ctkg.vocab import CTKG, ELI, ID, ORG, VCARD
from loaders.extract import Facts, LegalResourceFact
from loaders.gazetteer import Entity, Gazetteer, fold, slug
from loaders.model import Block, PolicyArea, Span
from loaders.template import AREA_TITLES

ENTITY_CLASSES = {
    "agency": CTKG.Agency,
    "organization": CTKG.InternationalOrganization,
    "programme": CTKG.Programme,
    "law": CTKG.Law,
    "economy": CTKG.Economy,
}
INSTRUMENT_KINDS = {
    "export-control-regime": CTKG.ExportControlRegime,
    "convention": CTKG.Convention,
    "code-or-standard": CTKG.CodeOrStandard,
    "recommendation": CTKG.Recommendation,
    "framework": CTKG.Framework,
    "guidance": CTKG.Guidance,
    "sanctions-list": CTKG.SanctionsList,
}
MEMBERSHIP_STATUS = {
    "member": CTKG.Member,
    "applicant": CTKG.Applicant,
    "prospective": CTKG.Prospective,
}
ACTIONS = {
    "presented": CTKG.Presented,
    "approved": CTKG.Approved,
    "approved-with-changes": CTKG.ApprovedWithChanges,
    "issued": CTKG.Issued,
    "amended": CTKG.Amended,
}
SUMMARY_KINDS = {
    "achievement": CTKG.Achievement,
    "forward_work": CTKG.ForwardWork,
    "need": CTKG.NeedSummary,
    "offer": CTKG.OfferSummary,
}
BINDINGS = {"ctkg": CTKG._NS, "org": ORG, "vcard": VCARD, "eli": ELI, "skos": SKOS,
            "dcterms": DCTERMS, "prov": PROV, "id": ID}


def _digest(text: str) -> str:
    return hashlib.sha1(fold(text).encode()).hexdigest()[:10]


def area_iri(code: str) -> URIRef:
    return ID[f"policy-area/{slug(code)}"]


def entity_iri(entity: Entity) -> URIRef:
    kind = "instrument" if entity.type == "instrument" else entity.type
    return ID[f"{kind}/{entity.id}"]


def commitment_iri(statement: str) -> URIRef:
    return ID[f"commitment/{slug(statement, 48)}-{_digest(statement)}"]


def report_key(facts: Facts) -> str:
    """'mexico-2012': the stable key of a report (economy and calendar year)."""
    header = facts.doc.header
    economy = facts.economy or slug(header.economy or "unknown-economy")
    return f"{economy}-{header.calendar_year or 0}"


def contact_iri(key: str, code: str, name: str, role: str = "contact point") -> URIRef:
    """One node per person and role: the same person may also be the emergency contact."""
    suffix = "" if role == "contact point" else f"/{slug(role)}"
    return ID[f"contact/{key}/{slug(code)}/{slug(name)}{suffix}"]


def tel_uri(number: str | None, region: str | None = None) -> str | None:
    """'+52 55 58020000 Ext. 53658' -> 'tel:+525558020000;ext=53658' (RFC 3966).

    Only the first number written counts ('+52 55 57239300 / 57239301'); a number without a
    country code is read in `region` (the reporting economy's ISO 3166 code) or not at all;
    text that is no telephone number gives None."""
    if not number:
        return None
    first = re.split(r"\s*(?:/|;|,|\bor\b)\s*", number.strip())[0]
    try:
        parsed = phonenumbers.parse(first, region)
    except phonenumbers.NumberParseException:
        return None
    digits = f"{parsed.country_code}{parsed.national_number}"
    if not 7 <= len(digits) <= 15:
        return None
    uri = f"tel:+{digits}"
    return f"{uri};ext={parsed.extension}" if parsed.extension else uri


def phone_region(facts: Facts, gazetteer: Gazetteer) -> str | None:
    """The telephone region of the reporting economy, from its calling code ('+52' -> 'MX')."""
    if not facts.economy:
        return None
    code = gazetteer.get(facts.economy).calling_code
    if not code or not code.strip("+").isdigit():
        return None
    region = phonenumbers.region_code_for_country_code(int(code.strip("+")))
    return None if region == "ZZ" else region


def mailto(email: str | None) -> URIRef | None:
    return URIRef(f"mailto:{email}") if email else None


def date_literal(iso: str) -> Literal:
    """A date at the precision written: xsd:date, xsd:gYearMonth or xsd:gYear."""
    if len(iso) == 10:
        return Literal(iso, datatype=XSD.date)
    if len(iso) == 7:
        return Literal(iso, datatype=XSD.gYearMonth)
    return Literal(iso, datatype=XSD.gYear)


class ReportMapper:
    """Builds the triples of one report into a shared graph."""

    def __init__(self, graph: Graph, facts: Facts, gazetteer: Gazetteer) -> None:
        self.g = graph
        self.facts = facts
        self.gaz = gazetteer
        self.key = report_key(facts)
        self.region = phone_region(facts, gazetteer)
        self.report = ID[f"report/{self.key}"]
        self.economy_iri = (
            entity_iri(gazetteer.get(facts.economy)) if facts.economy
            else ID[f"economy/{slug(facts.doc.header.economy or 'unknown-economy')}"]
        )

    def add(self, subject: URIRef, predicate: URIRef, obj: object) -> None:
        if obj is None:
            return
        self.g.add((subject, predicate, obj if isinstance(obj, (URIRef, Literal))
                    else Literal(obj)))

    def span(self, node: URIRef, span: Span, area: str | None) -> None:
        """prov:wasDerivedFrom a SourceSpan naming report, policy area and lines."""
        suffix = f"{slug(area)}-" if area else ""
        s = ID[f"span/{self.key}/{suffix}{span.start}-{span.end}"]
        self.add(node, PROV.wasDerivedFrom, s)
        self.add(s, RDF.type, CTKG.SourceSpan)
        self.add(s, CTKG.inReport, self.report)
        self.add(s, CTKG.startLine, Literal(span.start))
        self.add(s, CTKG.endLine, Literal(span.end))
        if area:
            self.add(s, CTKG.policyArea, area_iri(area))

    def map(self) -> None:
        self._report()
        self._summary()
        for area in self.facts.doc.areas:
            self._area(area.code)
            self._contacts(area)
            self._commitments(area)
            self._blocks(area)
        self._memberships()
        for resource in self.facts.legal:
            self._legal(resource)
        self._inspections()
        for programme, place in sorted(self.facts.covers):
            self.add(entity_iri(self.gaz.get(programme)), CTKG.covers,
                     entity_iri(self.gaz.get(place)))
        for entity_id in sorted(self.facts.used):
            self.entity(self.gaz.get(entity_id))

    def _report(self) -> None:
        doc, h, r = self.facts.doc, self.facts.doc.header, self.report
        self.add(r, RDF.type, CTKG.Report)
        title = f"Counter-Terrorism Action Plan – {h.economy or '?'} {h.calendar_year or ''}"
        self.add(r, RDFS.label, Literal(title.strip(), lang="en"))
        self.add(r, DCTERMS.identifier, h.document_id)
        self.add(r, CTKG.economy, self.economy_iri)
        if h.calendar_year:
            self.add(r, CTKG.calendarYear, Literal(str(h.calendar_year), datatype=XSD.gYear))
        if h.last_updated:
            self.add(r, CTKG.lastUpdated, date_literal(h.last_updated))
        self.add(r, CTKG.agendaItem, h.agenda_item)
        self.add(r, CTKG.purpose, h.purpose)
        self.add(r, CTKG.objective, h.objective)
        self.add(r, CTKG.sourceFile, doc.source)
        self.add(r, CTKG.sha256, doc.sha256 or None)
        if self.facts.submitted_by:
            self.add(r, CTKG.submittedBy, entity_iri(self.gaz.get(self.facts.submitted_by)))
        if h.meeting:
            m = h.meeting
            meeting = ID[f"meeting/{slug(m.name)}"]
            self.add(r, CTKG.presentedAt, meeting)
            self.add(meeting, RDF.type, CTKG.Meeting)
            self.add(meeting, RDFS.label, Literal(m.name, lang="en"))
            self.add(meeting, CTKG.location, m.location)
            for prop, value in ((CTKG.startDate, m.start), (CTKG.endDate, m.end)):
                if value:
                    self.add(meeting, prop, date_literal(value))
        self.span(r, h.span, None)

    def _summary(self) -> None:
        counters: dict[str, int] = {}
        for item in self.facts.doc.summary:
            counters[item.kind] = counters.get(item.kind, 0) + 1
            node = ID[f"summary/{self.key}/{slug(item.kind)}-{counters[item.kind]}"]
            self.add(node, RDF.type, CTKG.SummaryItem)
            self.add(node, CTKG.summaryKind, SUMMARY_KINDS[item.kind])
            self.add(node, CTKG.text, item.text)
            self.add(node, CTKG.position, Literal(counters[item.kind]))
            self.add(node, CTKG.reportedIn, self.report)
            self._mentions(node, id(item))
            self.span(node, item.span, None)

    def _area(self, code: str) -> None:
        node = area_iri(code)
        self.add(node, RDF.type, CTKG.PolicyArea)
        self.add(node, RDF.type, SKOS.Concept)
        self.add(node, CTKG.code, code)
        self.add(node, SKOS.notation, code)
        self.add(node, SKOS.prefLabel, Literal(AREA_TITLES[code], lang="en"))
        self.add(node, RDFS.label, Literal(f"{code} {AREA_TITLES[code]}", lang="en"))

    def _contacts(self, area: PolicyArea) -> None:
        code = area.code
        for index, contact in enumerate(area.contacts):
            node = contact_iri(self.key, code, contact.name, contact.role)
            links = self.facts.contacts[(code, index)]
            self.add(node, RDF.type, CTKG.ContactPoint)
            self.add(node, RDF.type, VCARD.Individual)
            self.add(node, VCARD.fn, contact.name)
            self.add(node, RDFS.label, contact.name)
            self.add(node, VCARD["honorific-prefix"], contact.honorific)
            self.add(node, VCARD.title, contact.title)
            self.add(node, VCARD.hasEmail, mailto(contact.email))
            self.add(node, CTKG.telephoneText, contact.telephone)
            tel = tel_uri(contact.telephone, self.region)
            self.add(node, VCARD.hasTelephone, URIRef(tel) if tel else None)
            self.add(node, CTKG.faxText, contact.fax)
            fax = tel_uri(contact.fax, self.region)
            self.add(node, CTKG.fax, URIRef(fax) if fax else None)
            self.add(node, CTKG.policyArea, area_iri(code))
            self.add(node, CTKG.reportedIn, self.report)
            self.add(node, CTKG.role, CTKG.EmergencyContactRole
                     if contact.role == "emergency contact" else CTKG.ContactPointRole)
            if links.organization:
                self.add(node, ORG.memberOf, entity_iri(self.gaz.get(links.organization)))
            for entity_id, _why in links.evidence:
                self.add(node, CTKG.mentions, entity_iri(self.gaz.get(entity_id)))
            self.span(node, contact.span, code)

    def _commitments(self, area: PolicyArea) -> None:
        code = area.code
        for commitment in area.commitments:
            node = commitment_iri(commitment.statement)
            self.add(node, RDF.type, CTKG.Commitment)
            self.add(node, CTKG.statement, commitment.statement)
            self.add(node, RDFS.label, commitment.statement)
            for year in commitment.years:
                self.add(node, CTKG.yearMade, Literal(str(year), datatype=XSD.gYear))
            self.add(node, CTKG.policyArea, area_iri(code))
            self.add(self.report, CTKG.commitment, node)
            # a commitment is shared by every economy: link only what is not one economy's own
            for entity_id in self.facts.mentions.get(id(commitment), []):
                if self.gaz.get(entity_id).economy is None:
                    self.add(node, CTKG.mentions, entity_iri(self.gaz.get(entity_id)))
            self.span(node, commitment.span, code)

    def _blocks(self, area: PolicyArea) -> None:
        code = area.code
        groups: list[tuple[str, list[Block], URIRef, URIRef | None]] = [
            ("undertaken", area.undertaken, CTKG.Measure, CTKG.Undertaken),
            ("planned", area.planned, CTKG.Measure, CTKG.Planned),
            ("need", area.needs, CTKG.CapacityBuildingNeed, None),
            ("offer", area.offers, CTKG.ExpertiseOffer, None),
        ]
        for kind, blocks, cls, status in groups:
            for n, block in enumerate(blocks, start=1):
                node = ID[f"{'measure' if status else kind}/{self.key}/{slug(code)}/{kind}-{n}"]
                self.add(node, RDF.type, cls)
                self.add(node, CTKG.text, block.text)
                self.add(node, CTKG.position, Literal(n))
                self.add(node, CTKG.status, status)
                self.add(node, CTKG.policyArea, area_iri(code))
                self.add(node, CTKG.reportedIn, self.report)
                self._mentions(node, id(block))
                self.span(node, block.span, code)

    def _mentions(self, node: URIRef, key: int) -> None:
        for entity_id in self.facts.mentions.get(key, []):
            self.add(node, CTKG.mentions, entity_iri(self.gaz.get(entity_id)))

    def _memberships(self) -> None:
        for fact in self.facts.memberships:
            node = ID[f"membership/{self.key}/{fact.regime}"]
            self.add(node, RDF.type, CTKG.Membership)
            self.add(node, RDF.type, ORG.Membership)
            self.add(node, ORG.member, self.economy_iri)
            self.add(node, CTKG.regime, entity_iri(self.gaz.get(fact.regime)))
            self.add(node, CTKG.membershipStatus, MEMBERSHIP_STATUS[fact.status])
            if fact.date:
                self.add(node, CTKG.statusDate, date_literal(fact.date))
            self.add(node, CTKG.text, fact.evidence)
            self.add(node, CTKG.reportedIn, self.report)
            regime = self.gaz.get(fact.regime).name
            self.add(node, RDFS.label, f"{self.gaz_name(self.facts.economy)} – {regime}")
            self.span(node, fact.span, fact.area)

    def gaz_name(self, entity_id: str | None) -> str:
        return self.gaz.get(entity_id).name if entity_id else "?"

    def _legal(self, fact: LegalResourceFact) -> None:
        economy = self.facts.economy or "unknown"
        if fact.kind == "bill":
            key = fact.title + (fact.subject or "")
            node = ID[f"bill/{economy}/{slug(fact.title, 40)}-{_digest(key)}"]
            self.add(node, RDF.type, CTKG.Bill)
        else:
            node = ID[f"regulation/{economy}/{slug(fact.sector or fact.title, 50)}"]
            self.add(node, RDF.type, CTKG.Regulation)
            self.add(node, CTKG.sector, fact.sector)
        self.add(node, RDF.type, ELI.LegalResource)
        self.add(node, DCTERMS.title, fact.title)
        self.add(node, RDFS.label, fact.title)
        self.add(node, CTKG.subject, fact.subject)
        self.add(node, CTKG.reportedIn, self.report)
        self.add(node, CTKG.economy, self.economy_iri)
        for law in fact.amends:
            self.add(node, CTKG.amends, entity_iri(self.gaz.get(law)))
        for event in fact.events:
            by = f"-{slug(event.actor_text, 30)}" if event.actor_text else ""
            ev = URIRef(f"{node}/event/{event.date}-{event.action}{by}")
            self.add(node, CTKG.legislativeEvent, ev)
            self.add(ev, RDF.type, CTKG.LegislativeEvent)
            self.add(ev, CTKG.eventDate, date_literal(event.date))
            self.add(ev, CTKG.action, ACTIONS[event.action])
            self.add(ev, CTKG.eventOrder, Literal(event.order))
            if event.actor:
                self.add(ev, CTKG.actor, entity_iri(self.gaz.get(event.actor)))
            label = f"{event.action} {event.date}" + (
                f" by {event.actor_text}" if event.actor_text else "")
            self.add(ev, RDFS.label, label)
            self.span(ev, fact.span, fact.area)
        self.span(node, fact.span, fact.area)

    def _inspections(self) -> None:
        for fact in self.facts.inspections:
            node = ID[f"inspection/{self.key}/{fact.place}-{fact.start}"]
            self.add(node, RDF.type, CTKG.Inspection)
            self.add(node, CTKG.place, entity_iri(self.gaz.get(fact.place)))
            self.add(node, CTKG.startDate, date_literal(fact.start))
            self.add(node, CTKG.endDate, date_literal(fact.end))
            self.add(node, CTKG.outcome, fact.outcome)
            if fact.programme:
                self.add(node, CTKG.partOf, entity_iri(self.gaz.get(fact.programme)))
            self.add(node, CTKG.reportedIn, self.report)
            self.add(node, RDFS.label, f"{self.gaz.get(fact.place).name} {fact.start}")
            self.span(node, fact.span, fact.area)

    def entity(self, e: Entity) -> None:
        """Describe a gazetteer entity: types, names, acronyms, parent, domains, Wikidata."""
        node = entity_iri(e)
        if e.type == "instrument":
            self.add(node, RDF.type, CTKG.Instrument)
            self.add(node, RDF.type, INSTRUMENT_KINDS.get(e.kind or "", CTKG.Instrument))
        elif e.type == "place":
            self.add(node, RDF.type, CTKG.Place)
            self.add(node, RDF.type, CTKG.Airport if e.kind == "airport" else CTKG.Port)
        elif e.type == "agency" and e.kind == "company":
            self.add(node, RDF.type, CTKG.Company)
        else:
            self.add(node, RDF.type, ENTITY_CLASSES[e.type])
        if e.type in ("agency", "organization"):
            self.add(node, RDF.type, ORG.Organization)
        self.add(node, RDFS.label, Literal(e.name, lang="en"))
        self.add(node, SKOS.prefLabel, Literal(e.name, lang="en"))
        if e.name_es:
            self.add(node, SKOS.altLabel, Literal(e.name_es, lang="es"))
        for alias in e.aliases:
            self.add(node, SKOS.altLabel, Literal(alias, lang="en"))
        for acronym in e.acronyms:
            self.add(node, CTKG.acronym, acronym)
            self.add(node, SKOS.altLabel, Literal(acronym))
        for domain in e.domains:
            self.add(node, CTKG.domain, domain)
        self.add(node, CTKG.entityKind, e.kind)
        self.add(node, CTKG.iso3, e.iso3)
        self.add(node, CTKG.callingCode, e.calling_code)
        if e.wikidata:
            self.add(node, SKOS.exactMatch, URIRef(f"http://www.wikidata.org/entity/{e.wikidata}"))
        refs = ((ORG.subOrganizationOf, e.parent), (CTKG.administeredBy, e.administered_by))
        for prop, ref in refs:
            if ref and ref in self.gaz.entities:
                self.add(node, prop, entity_iri(self.gaz.get(ref)))
        if e.economy and e.economy in self.gaz.entities and e.type != "economy":
            self.add(node, CTKG.economy, entity_iri(self.gaz.get(e.economy)))
        for partner in e.partners:
            if partner in self.gaz.entities:
                self.add(node, CTKG.partner, entity_iri(self.gaz.get(partner)))


def new_graph() -> Graph:
    graph = Graph()
    for prefix, ns in BINDINGS.items():
        graph.bind(prefix, ns)
    return graph


def map_report(facts: Facts, gazetteer: Gazetteer, graph: Graph | None = None) -> Graph:
    """Add one report's triples to `graph` (a new one if None) and return it."""
    graph = graph if graph is not None else new_graph()
    ReportMapper(graph, facts, gazetteer).map()
    return graph
