"""Extract facts from a parsed report: entity links, memberships, legislation, inspections.

Reads the document model and the gazetteer; knows nothing of RDF. Rules are phrased on the
template's recurring wording (e.g. "was admitted to the Wassenaar Arrangement in January 2012",
"was presented by the Federal Executive to Congress on August 26, 2010"), not on one report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from rapidfuzz import fuzz, process

from loaders.dates import day_range, find_dates
from loaders.gazetteer import Entity, Gazetteer, Mention, fold, local_id, slug
from loaders.model import Block, Document, PolicyArea, Span

AGENCY_WORDS = re.compile(
    r"\b(Ministry|Secretariat|Secretary|Department|Agency|Office|Unit|Institute|Bureau|Service|"
    r"Authority|Commission|Committee|Council|Directorate|Direction|Administration|Police|Customs|"
    r"Centre|Center|Team|Guard|Forces?|Navy|Army|Coordination|Intelligence)\b"
)
_DEFINITION = re.compile(
    r"(?P<name>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|on|the|de|del|y|[A-Z][\w’'.-]*))*)"
    r"\s+\((?P<acr>[A-Z][A-Z0-9&/-]{1,11})(?:,?\s+for\s+its\s+acronym\s+in\s+\w+)?\)"
)
# "the CUCI and the National Police (ISIVA)": the acronym names only the last body
_LAST_OF_LIST = re.compile(r"^.*\b(?:and|or|with|by|through)\s+the\s+(?=[A-Z])")
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-ZÀ-ÖØ-Þ(])")
_APPLY = re.compile(
    r"formal\s+request|\bapplied\s+(?:for|to)\b|\bapplication\s+(?:for|to)\s+(?:membership|join)"
    r"|request(?:ed)?\s+(?:to\s+(?:become|join)|admission|membership)",
    re.I,
)
_CLAUSE_END = re.compile(r";|,?\s+(?:but|while|whereas|however)\b")
_NEGATED = re.compile(r"\b(?:not|no\s+longer|never|neither|nor)\b", re.I)
_BARE_YEAR = re.compile(r"\b(?:since|in|from)\s+((?:19|20)\d\d)\b")
_MEMBER = re.compile(
    r"\badmitted\b|\bjoined\b|became\s+(?:a\s+)?(?:full\s+)?(?:member|participant)|"
    r"\bacceded\b|\baccession\b|\b(?:is|has\s+been)\s+(?:a\s+)?(?:full\s+)?member\b|"
    r"member\s+since|participating\s+State\s+of",
    re.I,
)
_INTEND = re.compile(
    r"expects?\s+to\s+(?:participate|join)|intends?\s+to|plans?\s+to\s+join|will\s+seek|"
    r"considering\s+joining|"
    r"aims?\s+to\s+join|decided\s+to\s+participate|remaining\s+.*regimes",
    re.I,
)
STATUS_RANK = {"prospective": 1, "applicant": 2, "member": 3}
_LEG_VERB = re.compile(
    r"\b(?P<verb>presented|submitted|introduced|sent|approved|passed|adopted|issued|published|"
    r"amended|enacted)\b",
    re.I,
)
_ACTOR = re.compile(
    r"\b(?:by|within|in)\s+the\s+(?P<actor>[A-Z][\w ]+?)(?=\s+(?:to|on|in)\b|[,.]|$)"
)
_BILL_TITLE = re.compile(
    r"^(?P<title>(?:Bill|Draft\s+Law|Initiative)\s+of\s+.+?)\s*"
    r"(?:\((?P<subject>related\s+to[^)]*)\))?\s*\.?\s*(?=$|The\s+Bill|\n)",
    re.S,
)
_PROVISIONS = re.compile(
    r"^(?P<title>General\s+Provisions\s+applicable\s+to\s+(?P<sector>.+?))"
    r"(?:\s*\(also\s+known\s+as\s+[\"“](?P<aka>[^\"”]+)[\"”]\))?\s*:\s*(?P<rest>.+)$",
    re.S,
)
_PLACE_DATES = re.compile(
    r"\((?P<dates>\d{1,2}\s*(?:[A-Z][a-z]+\s*)?[-–]\s*\d{1,2}\s+[A-Z][a-z]+)\)"
)


@dataclass
class ContactLinks:
    """What a contact point is tied to: its organisation and other evidence."""

    organization: str | None
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (entity id, why)


@dataclass
class MembershipFact:
    regime: str
    status: str
    date: str | None
    evidence: str
    area: str
    span: Span


@dataclass
class LegalEventFact:
    date: str
    action: str  # presented | approved | approved-with-changes | issued | amended
    actor: str | None
    actor_text: str | None
    order: int


@dataclass
class LegalResourceFact:
    kind: str  # "bill" | "regulation"
    title: str
    subject: str | None
    sector: str | None
    amends: list[str]
    events: list[LegalEventFact]
    area: str
    span: Span


@dataclass
class InspectionFact:
    place: str
    start: str
    end: str
    outcome: str | None
    programme: str | None
    area: str
    span: Span


@dataclass
class Facts:
    """Everything extracted from one report, keyed to the document model."""

    doc: Document
    economy: str | None
    submitted_by: str | None
    contacts: dict[tuple[str, int], ContactLinks]
    mentions: dict[int, list[str]]  # id(block or summary item) -> entity ids
    memberships: list[MembershipFact]
    legal: list[LegalResourceFact]
    inspections: list[InspectionFact]
    covers: set[tuple[str, str]]  # (programme, place)
    used: set[str]  # every entity id the report refers to


def extract(doc: Document, gazetteer: Gazetteer) -> Facts:
    """Link the report to the gazetteer and pull out structured facts."""
    economy = _economy(doc.header.economy, gazetteer)
    submitted = _economy(doc.header.submitted_by, gazetteer)
    gazetteer.economy = economy
    _learn_definitions(doc, gazetteer, economy)
    facts = Facts(doc, economy, submitted, {}, {}, [], [], [], set(), set())
    for item in doc.summary:
        facts.mentions[id(item)] = _entity_ids(gazetteer.local_mentions(item.text))
    for area in doc.areas:
        for index, contact in enumerate(area.contacts):
            links = _contact_links(contact.organization, contact.title, contact.email,
                                   gazetteer, economy)
            if links.organization is None and contact.organization:
                links.organization = _mint_agency(contact.organization, gazetteer, economy)
            facts.contacts[(area.code, index)] = links
        for block in _blocks(area):
            facts.mentions[id(block)] = _entity_ids(gazetteer.local_mentions(block.text))
        for commitment in area.commitments:
            facts.mentions[id(commitment)] = _entity_ids(
                gazetteer.local_mentions(commitment.text))
        facts.memberships.extend(_memberships(area, gazetteer))
        facts.legal.extend(_legislation(area, gazetteer))
        facts.inspections.extend(_inspections(area, gazetteer, economy, doc.header.calendar_year))
        facts.covers |= _coverage(area, gazetteer)
    facts.covers |= {(i.programme, i.place) for i in facts.inspections if i.programme}
    facts.memberships = _strongest(facts.memberships)
    _collect_used(facts, gazetteer)
    return facts


def _economy(name: str | None, gazetteer: Gazetteer) -> str | None:
    """The gazetteer economy the report names, or a new one for an economy it does not know."""
    if not name:
        return None
    found = gazetteer.find_by_name(name)
    if found and gazetteer.get(found).type == "economy":
        return found
    entity_id = slug(name)
    if entity_id not in gazetteer.entities:
        gazetteer.add(Entity(entity_id, "economy", name))
    return entity_id


def _blocks(area: PolicyArea) -> list[Block]:
    return [*area.undertaken, *area.planned, *area.needs, *area.offers]


def _entity_ids(mentions: list[Mention]) -> list[str]:
    seen: dict[str, None] = {}
    for m in mentions:
        seen.setdefault(m.entity, None)
    return list(seen)


def _learn_definitions(doc: Document, gazetteer: Gazetteer, economy: str | None) -> None:
    """Register 'Long Agency Name (ACR)' definitions the gazetteer lacks, as agencies."""
    texts = [b.text for a in doc.areas for b in _blocks(a)]
    texts += [c.title or "" for a in doc.areas for c in a.contacts]
    for text in texts:
        for m in _DEFINITION.finditer(text):
            name = _LAST_OF_LIST.sub("", m.group("name").strip())
            name = re.sub(r"^the\s+", "", name, flags=re.I)
            acronym = m.group("acr")
            if gazetteer.find_by_name(acronym) or gazetteer.find_by_name(name):
                continue
            if not AGENCY_WORDS.search(name) or len(name.split()) < 2:
                continue
            entity_id = local_id(economy, name)
            if entity_id not in gazetteer.entities:
                gazetteer.add(Entity(entity_id, "agency", name, acronyms=[acronym],
                                     economy=economy, kind="agency"))


def _contact_links(
    organization: str | None, title: str | None, email: str | None, gazetteer: Gazetteer,
    economy: str | None,
) -> ContactLinks:
    links = ContactLinks(None)
    if organization:
        links.organization = gazetteer.find_by_name(organization, local=True) or _fuzzy_agency(
            organization, gazetteer, economy
        )
    if email and "@" in email:
        by_domain = gazetteer.find_by_domain(email)
        if by_domain and by_domain != links.organization:
            links.evidence.append((by_domain, f"email domain {email.rsplit('@', 1)[1]}"))
    for mention in gazetteer.local_mentions(title or ""):
        if gazetteer.get(mention.entity).type in ("agency", "organization") and (
            mention.entity != links.organization
        ):
            links.evidence.append((mention.entity, "job title"))
    return links


def _fuzzy_agency(name: str, gazetteer: Gazetteer, economy: str | None) -> str | None:
    """Close spellings of an agency name ('Secretary of Finance and Public Credits')."""
    choices = {
        fold(n): e.id
        for e in gazetteer.of_type("agency")
        if economy is None or e.economy in (economy, None)
        for n in e.names
    }
    best = process.extractOne(fold(name), list(choices), scorer=fuzz.token_sort_ratio,
                              score_cutoff=92)
    return choices[best[0]] if best else None


def _mint_agency(name: str, gazetteer: Gazetteer, economy: str | None) -> str:
    entity_id = local_id(economy, name)
    if entity_id not in gazetteer.entities:
        gazetteer.add(Entity(entity_id, "agency", name, economy=economy, kind="agency"))
    return entity_id


def _regimes(text: str, gazetteer: Gazetteer) -> list[Mention]:
    return [m for m in gazetteer.mentions(text)
            if gazetteer.get(m.entity).type == "instrument"
            and gazetteer.get(m.entity).kind == "export-control-regime"]


def _memberships(area: PolicyArea, gazetteer: Gazetteer) -> list[MembershipFact]:
    """Regime statuses, read clause by clause: 'joined the NSG in 2009; it does not intend to
    join the Australia Group' makes the NSG a membership and the Australia Group nothing."""
    out: list[MembershipFact] = []
    for block in _blocks(area):
        for sentence in _SENTENCE.split(block.text.replace("\n", " ")):
            regimes = _regimes(sentence, gazetteer)
            if not regimes:
                continue
            bounds = [0, *(m.end() for m in _CLAUSE_END.finditer(sentence)), len(sentence)]
            for i, mention in enumerate(regimes):
                start = max(b for b in bounds if b <= mention.start)
                end = min(b for b in bounds if b >= mention.end)
                clause = sentence[start:end]
                status = _status(clause) or (None if len(bounds) > 2 else _status(sentence))
                if status is None or _NEGATED.search(sentence[start:mention.start]):
                    continue
                date = None
                if status != "prospective":
                    limit = regimes[i + 1].start if i + 1 < len(regimes) else end
                    date = _status_date(sentence, mention.start, mention.end, min(limit, end),
                                        start)
                out.append(MembershipFact(mention.entity, status, date, sentence.strip(),
                                          area.code, block.span))
    return out


def _status(text: str) -> str | None:
    if _APPLY.search(text):
        return "applicant"
    if _MEMBER.search(text):
        return "member"
    if _INTEND.search(text):
        return "prospective"
    return None


def _status_date(sentence: str, begin: int, end: int, limit: int, floor: int) -> str | None:
    """The date written after the regime (before the next one), else the nearest before it;
    a bare year ('since 2005') when no fuller date is written."""
    dates = find_dates(sentence)
    after = [d for d in dates if end <= d.start < limit]
    before = [d for d in dates if floor <= d.start and d.end <= begin]
    if after or before:
        return (after[0] if after else before[-1]).iso
    year = _BARE_YEAR.search(sentence, end, limit) or _BARE_YEAR.search(sentence, floor, begin)
    return year.group(1) if year else None


def _strongest(facts: list[MembershipFact]) -> list[MembershipFact]:
    """One membership per regime: the strongest status said anywhere in the report."""
    best: dict[str, MembershipFact] = {}
    for fact in facts:
        have = best.get(fact.regime)
        if have is None or STATUS_RANK[fact.status] > STATUS_RANK[have.status] or (
            fact.status == have.status and have.date is None and fact.date
        ):
            best[fact.regime] = fact
    return sorted(best.values(), key=lambda f: f.regime)


_LEGAL_START = re.compile(
    r"(?<![Tt]he )(?<![Tt]his )(?=\b(?:Bill|Draft\s+Law)\s+of\s+(?:a\s+|the\s+)?[A-Z])"
    r"|(?=\bGeneral\s+Provisions\s+applicable\s+to\b)"
)


def _legal_segments(area: PolicyArea) -> list[tuple[str, Block]]:
    """Blocks, further split where a bill title or a General Provisions item starts, so text
    that lost its bullets (flattened PDF) still yields one segment per legal resource."""
    segments: list[tuple[str, Block]] = []
    for block in _blocks(area):
        text = block.text.replace("\n", " ").strip()
        cuts = [0, *(m.start() for m in _LEGAL_START.finditer(text) if m.start() > 0), len(text)]
        segments += [(text[a:b].strip(), block) for a, b in pairwise(cuts) if text[a:b].strip()]
    return segments


def _legislation(area: PolicyArea, gazetteer: Gazetteer) -> list[LegalResourceFact]:
    out: list[LegalResourceFact] = []
    current: LegalResourceFact | None = None
    for text, block in _legal_segments(area):
        provisions = _PROVISIONS.match(text)
        if provisions:
            events = _legal_events(provisions.group("rest"), gazetteer, any_sentence=True)
            if events:
                out.append(LegalResourceFact(
                    "regulation", provisions.group("title").strip(), None,
                    provisions.group("sector").strip(), [], events, area.code, block.span))
            current = None
            continue
        title = _BILL_TITLE.match(text)
        if title:
            bill_title = " ".join(title.group("title").split()).rstrip(" .")
            subject = title.group("subject")
            amends = [m.entity for m in gazetteer.mentions(bill_title)
                      if gazetteer.get(m.entity).type == "law"
                      ] if re.search(r"\bamend", bill_title, re.I) else []
            current = LegalResourceFact("bill", bill_title, subject, None, amends, [],
                                        area.code, block.span)
            out.append(current)
            text = text[title.end():]
        elif current is None or "Bill" not in text:
            current = None
            continue
        current.events.extend(_legal_events(text, gazetteer, any_sentence=False,
                                            start=len(current.events)))
        current.span = Span(current.span.start, block.span.end)
    return [r for r in out if r.kind == "regulation" or r.events or r.title]


def _legal_events(
    text: str, gazetteer: Gazetteer, any_sentence: bool, start: int = 0
) -> list[LegalEventFact]:
    """Dated steps: '(was) presented by the Federal Executive to Congress on August 26, 2010'."""
    events: list[LegalEventFact] = []
    changed_by: set[str] = set()
    sentences = _SENTENCE.split(text)
    for sentence in sentences:
        if not any_sentence and "bill" not in sentence.lower():
            continue
        if re.search(r"\bchanges?\b", sentence) and not find_dates(sentence):
            for m in re.finditer(r"approved\s+by\s+the\s+(?P<a>[A-Z][\w ]+?)\s+included", sentence):
                changed_by.add(fold(m.group("a")))
        verb: str | None = None
        clause_start = 0
        for date in find_dates(sentence):
            if date.precision != "day":
                clause_start = date.end
                continue
            clause = sentence[clause_start:date.start]
            clause_start = date.end
            verbs = list(_LEG_VERB.finditer(clause))
            continuation = re.search(r"\b(?:and|then)\b.*\bby\s+the\b", clause)
            if verbs:
                verb = verbs[-1].group("verb").lower()
            elif not (continuation and verb):
                continue
            actor_match = _ACTOR.search(clause)
            actor_text = actor_match.group("actor").strip() if actor_match else None
            action = _action(verb or "", clause)
            actor = None
            if actor_text:
                actor = gazetteer.find_by_name(actor_text, local=True) or _mint_agency(
                    actor_text, gazetteer, gazetteer.economy)
            events.append(LegalEventFact(date.iso, action, actor, actor_text,
                                         start + len(events) + 1))
    for event in events:
        if event.action == "approved" and event.actor_text and fold(event.actor_text) in changed_by:
            event.action = "approved-with-changes"
    return events


def _action(verb: str, clause: str) -> str:
    if verb in ("approved", "passed", "adopted", "enacted"):
        return "approved-with-changes" if re.search(r"with\s+changes", clause) else "approved"
    if verb in ("issued", "published"):
        return "issued"
    if verb == "amended":
        return "amended"
    return "presented"


def _inspections(
    area: PolicyArea, gazetteer: Gazetteer, economy: str | None, report_year: int | None
) -> list[InspectionFact]:
    out: list[InspectionFact] = []
    for table in area.tables:
        if not table.header or "airport" not in table.header[0].lower():
            continue
        years = re.findall(r"\b(?:19|20)\d\d\b", table.context)
        year = int(years[-1]) if years else report_year
        programme = next((m.entity for m in gazetteer.mentions(table.context)
                          if gazetteer.get(m.entity).type == "programme"), None)
        for row in table.rows:
            if len(row) < 2 or year is None:
                continue
            dates = day_range(row[1], year)
            if not dates:
                continue
            place = _place(row[0], "airport", gazetteer, economy)
            out.append(InspectionFact(place, dates[0], dates[1], row[2] if len(row) > 2 else None,
                                      programme, area.code, table.span))
    for block in _blocks(area):
        programmes = [m.entity for m in gazetteer.mentions(block.text)
                      if gazetteer.get(m.entity).type == "programme"]
        if not programmes:
            continue
        for mention in gazetteer.mentions(block.text):
            if gazetteer.get(mention.entity).type != "place":
                continue
            gap = 1 if block.text[mention.end : mention.end + 1] == " " else 0
            after = _PLACE_DATES.match(block.text, mention.end + gap)
            if not after:
                continue
            years = re.findall(r"\b(?:19|20)\d\d\b", block.text[: mention.start])
            year = int(years[-1]) if years else report_year
            dates = day_range(after.group("dates"), year) if year else None
            if dates:
                out.append(InspectionFact(mention.entity, dates[0], dates[1], None,
                                          programmes[0], area.code, block.span))
    return out


def _place(name: str, kind: str, gazetteer: Gazetteer, economy: str | None) -> str:
    found = gazetteer.find_by_name(name)
    if found:
        return found
    entity_id = local_id(economy, name)
    if entity_id not in gazetteer.entities:
        gazetteer.add(Entity(entity_id, "place", name, economy=economy, kind=kind))
    return entity_id


def _coverage(area: PolicyArea, gazetteer: Gazetteer) -> set[tuple[str, str]]:
    """Programmes and the ports or airports named with them in one measure."""
    pairs: set[tuple[str, str]] = set()
    for block in [*area.undertaken, *area.planned]:
        mentioned = {m.entity for m in gazetteer.mentions(block.text)}
        programmes = [e for e in mentioned if gazetteer.get(e).type == "programme"]
        places = [e for e in mentioned if gazetteer.get(e).type == "place"]
        pairs |= {(p, q) for p in programmes for q in places}
    return pairs


def _collect_used(facts: Facts, gazetteer: Gazetteer) -> None:
    used: set[str] = set()
    for ids in facts.mentions.values():
        used.update(ids)
    for links in facts.contacts.values():
        if links.organization:
            used.add(links.organization)
        used.update(e for e, _ in links.evidence)
    used.update(m.regime for m in facts.memberships)
    for resource in facts.legal:
        used.update(resource.amends)
        used.update(e.actor for e in resource.events if e.actor)
    for inspection in facts.inspections:
        used.add(inspection.place)
        if inspection.programme:
            used.add(inspection.programme)
    for programme, place in facts.covers:
        used.update((programme, place))
    for eid in (facts.economy, facts.submitted_by):
        if eid:
            used.add(eid)
    # close over parents, administering bodies, partners and economies
    pending = list(used)
    while pending:
        entity = gazetteer.get(pending.pop())
        for ref in (entity.parent, entity.administered_by, entity.economy, *entity.partners):
            if ref and ref in gazetteer.entities and ref not in used:
                used.add(ref)
                pending.append(ref)
    facts.used = used
