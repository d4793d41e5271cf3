"""Exact facts of the bundled Mexico 2012 report, as the source document states them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from loaders.extract import Facts
from loaders.gazetteer import Gazetteer
from loaders.model import Document
from tests.helpers import BUNDLED, CASES
from tests.truth import load


@pytest.fixture(scope="module")
def loaded() -> Iterator[tuple[Document, Facts, Gazetteer]]:
    yield load(BUNDLED)


def test_counts(loaded: tuple[Document, Facts, Gazetteer]) -> None:
    doc, _, _ = loaded
    assert [a.code for a in doc.areas] == ["A.1", "A.2", "A.3", "A.4", "A.5", "B", "C"]
    assert sum(len(a.contacts) for a in doc.areas) == 8
    assert sum(len(a.commitments) for a in doc.areas) == 38


def test_header(loaded: tuple[Document, Facts, Gazetteer]) -> None:
    h = loaded[0].header
    assert (h.document_id, h.economy, h.calendar_year, h.last_updated) == (
        "2013/SOM1/CTTF/012", "Mexico", 2012, "2012-09")
    assert h.meeting is not None
    assert (h.meeting.name, h.meeting.location, h.meeting.start, h.meeting.end) == (
        "28th Counter Terrorism Task Force Meeting", "Jakarta, Indonesia",
        "2013-01-29", "2013-01-30")


def test_piracy_commitment_years(loaded: tuple[Document, Facts, Gazetteer]) -> None:
    area = next(a for a in loaded[0].areas if a.code == "A.2")
    piracy = [c for c in area.commitments
              if c.statement == "Support international efforts to fight piracy"]
    assert [c.years for c in piracy] == [[2002, 2008]]
    assert piracy[0].span.start == 146


def test_memberships(loaded: tuple[Document, Facts, Gazetteer]) -> None:
    _, facts, gaz = loaded
    got = {gaz.get(m.regime).name: (m.status, m.date) for m in facts.memberships}
    assert got == {
        "Wassenaar Arrangement": ("member", "2012-01"),
        "Nuclear Suppliers Group": ("member", "2012-10"),
        "Australia Group": ("applicant", "2012-06-05"),
        "Missile Technology Control Regime": ("prospective", None),
    }


def test_bill_on_criminal_proceeds(loaded: tuple[Document, Facts, Gazetteer]) -> None:
    _, facts, gaz = loaded
    bill = next(b for b in facts.legal if "Criminal Proceeds" in b.title)
    assert [(e.date, e.action, e.actor_text, e.actor) for e in bill.events] == [
        ("2010-08-26", "presented", "Federal Executive", "mx-federal-executive"),
        ("2011-04-28", "approved", "Senate", "mx-senate"),
        ("2012-04-30", "approved-with-changes", "Chamber of Deputies", "mx-chamber-of-deputies"),
    ]
    assert gaz.get("mx-senate").name == "Senate of the Republic"


def test_contact_organisations_and_evidence(loaded: tuple[Document, Facts, Gazetteer]) -> None:
    _, facts, gaz = loaded
    acronyms = {key: gaz.get(links.organization).acronym
                for key, links in facts.contacts.items() if links.organization}
    assert acronyms == {("A.1", 0): "SHCP", ("A.2", 0): "SCT", ("A.3", 0): "SCT",
                        ("A.3", 1): "SCT", ("A.4", 0): "INM", ("A.5", 0): "SRE",
                        ("B", 0): "SHCP", ("C", 0): "SEGOB"}
    evidence = {gaz.get(e).acronym for e, _ in facts.contacts[("A.1", 0)].evidence}
    assert evidence == {"SAT"}  # the email domain sat.gob.mx


def test_airport_verification_visits(loaded: tuple[Document, Facts, Gazetteer]) -> None:
    _, facts, gaz = loaded
    toluca = [i for i in facts.inspections if gaz.get(i.place).name == "Toluca Airport"]
    assert [(i.start, i.end, i.outcome) for i in toluca] == [
        ("2011-07-18", "2011-07-22", "Administrative act")]


def test_shared_names_resolve_within_the_reporting_economy() -> None:
    """A made-up economy's "Senate" is its own senate, not Mexico's."""
    _doc, facts, gaz = load(CASES / "reports" / "tamarind-islands-2013.txt")
    actors = {e.actor for b in facts.legal for e in b.events if e.actor}
    assert actors
    assert all(gaz.get(a).economy == facts.economy for a in actors), actors
    for links in facts.contacts.values():
        assert links.organization is not None
        assert gaz.get(links.organization).economy == facts.economy


def test_same_person_in_two_roles_is_two_contact_points() -> None:
    """If the emergency aviation contact is the area's contact point too, each role keeps
    its own phone and email instead of merging into one node."""
    from rdflib.namespace import RDF

    from ctkg.build import load_gazetteer
    from ctkg.vocab import CTKG, VCARD
    from loaders.extract import extract
    from loaders.mapping import map_report
    from loaders.parse import parse_text

    text = BUNDLED.read_text("utf-8").replace("Name: Carlos Espinosa Schillinger",
                                              "Name: Sergio Romero Orozco")
    doc, _ = parse_text(text, "same-person.md")
    gaz = load_gazetteer()
    graph = map_report(extract(doc, gaz), gaz)
    people = {
        str(graph.value(node, CTKG.role)).rsplit("#", 1)[1]: str(graph.value(node, VCARD.hasEmail))
        for node in graph.subjects(RDF.type, CTKG.ContactPoint)
        if str(graph.value(node, VCARD.fn)) == "Sergio Romero Orozco"
    }
    assert people == {"ContactPointRole": "mailto:sromero@sct.gob.mx",
                      "EmergencyContactRole": "mailto:cschillinger@sct.gob.mx"}
    # seven people now, one of them in two roles: still eight contact points
    assert len(set(graph.subjects(RDF.type, CTKG.ContactPoint))) == 8


def test_other_economies_bodies_need_their_economy_named() -> None:
    """Mexico's report names the US Transportation Security Administration together with the
    United States, so it links; a made-up economy's "Financial Intelligence Unit" or "Senate"
    never links to Mexico's."""
    _, facts, gaz = load(BUNDLED)
    linked = {gaz.get(e).name for ids in facts.mentions.values() for e in ids}
    assert "Transportation Security Administration" in linked
    for case in ("zubrowka-2011.md", "tamarind-islands-2013.txt"):
        _, facts, gaz = load(CASES / "reports" / case)
        foreign = {gaz.get(e).id for ids in facts.mentions.values() for e in ids
                   if gaz.get(e).economy not in (None, facts.economy)}
        foreign |= {e for links in facts.contacts.values() for e, _ in links.evidence
                    if gaz.get(e).economy not in (None, facts.economy)}
        assert foreign == set(), case


def test_acronym_defined_after_a_list_names_the_last_body() -> None:
    _, _facts, gaz = load(CASES / "reports" / "zubrowka-2011.md")
    assert gaz.get(gaz.find_by_name("ISIVA") or "").name == "National Police"
    assert gaz.get(gaz.find_by_name("SBOBO") or "").name == "Immigration and Border Service"
