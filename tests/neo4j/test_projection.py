"""The RDF -> property-graph mapping itself (no server needed): names, values, lists, languages."""

from __future__ import annotations

import datetime
from pathlib import Path

import pyoxigraph as ox
import pytest

from ctkg.neo4j.projection import (
    ONTOLOGY_GRAPH,
    Vocabulary,
    camel,
    project,
    quote,
    upper_snake,
)
from ctkg.store import StoreDir

pytestmark = pytest.mark.neo4j

ID = "https://w3id.org/ctkg/id/"
CTKG = "https://w3id.org/ctkg/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.mark.parametrize(("name", "expected"), [
    ("memberOf", "MEMBER_OF"), ("wasDerivedFrom", "WAS_DERIVED_FROM"),
    ("subOrganizationOf", "SUB_ORGANIZATION_OF"), ("policyArea", "POLICY_AREA"),
    ("mentions", "MENTIONS"), ("honorific-prefix", "HONORIFIC_PREFIX"),
])
def test_relationship_types_are_upper_snake(name: str, expected: str) -> None:
    assert upper_snake(name) == expected


def test_property_keys_are_camel_case_and_names_are_quoted() -> None:
    assert camel("honorific-prefix") == "honorificPrefix"
    assert camel("fn") == "fn"
    assert quote("ContactPoint") == "`ContactPoint`"
    with pytest.raises(ValueError):
        quote("Agency`) DETACH DELETE (n")


def test_the_bundled_report_projects_to_readable_names(built_store: Path) -> None:
    projection = project(StoreDir(built_store).current().open_graph())
    assert projection.skipped == {}
    labels = {label for node in projection.nodes.values() for label in node["labels"]}
    assert {"ContactPoint", "Individual", "Agency", "Organization", "Commitment", "Measure",
            "LegalResource", "Bill", "SourceSpan", "PolicyArea", "Concept"} <= labels
    assert all(label.isidentifier() and "__" not in label for label in labels)
    assert {"MEMBER_OF", "POLICY_AREA", "MENTIONS", "LEGISLATIVE_EVENT", "WAS_DERIVED_FROM",
            "IN_REPORT"} <= set(projection.relationships)

    sct = projection.nodes[ID + "agency/mx-sct"]
    assert sct["labels"] == ("Agency", "Organization")
    assert sct["props"]["acronym"] == ["SCT"]
    assert sct["props"]["prefLabel"] == "Secretariat of Communications and Transportation"
    assert "Secretaría de Comunicaciones y Transportes" in sct["props"]["altLabel"]
    assert len(sct["props"]["altLabel"]) == len(set(sct["props"]["altLabel"])) >= 2

    sergio = projection.nodes[ID + "contact/mexico-2012/a-3/sergio-romero-orozco"]["props"]
    assert (sergio["email"], sergio["telephone"], sergio["role"]) == \
        ("sromero@sct.gob.mx", "+525557239300;ext=18000", "ContactPointRole")
    assert (ID + "contact/mexico-2012/a-3/sergio-romero-orozco", ID + "agency/mx-sct") \
        in projection.relationships["MEMBER_OF"]

    report = projection.nodes[ID + "report/mexico-2012"]["props"]
    assert (report["calendarYear"], report["lastUpdated"]) == ("2012", "2012-09")
    events = [n["props"] for n in projection.nodes.values() if "LegislativeEvent" in n["labels"]]
    assert datetime.date(2010, 8, 26) in {e["eventDate"] for e in events}
    assert all(isinstance(e["eventOrder"], int) for e in events)
    piracy = [n["props"] for n in projection.nodes.values()
              if n["props"].get("statement") == "Support international efforts to fight piracy"]
    assert [p["yearMade"] for p in piracy] == [["2002", "2008"]]


def test_the_bundled_ontology_stands_in_when_the_store_has_none(built_store: Path) -> None:
    graph = StoreDir(built_store).current().open_graph()
    data_only = ox.Store()
    data_only.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                     for q in graph.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert not list(data_only.quads_for_pattern(None, None, None, ox.NamedNode(ONTOLOGY_GRAPH)))
    assert project(data_only).nodes == project(graph).nodes


def _tiny(*triples: tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]) -> ox.Store:
    store = ox.Store()
    store.extend(ox.Quad(s, p, o, ox.DefaultGraph()) for s, p, o in triples)
    return store


def test_languages_lists_and_undeclared_terms() -> None:
    vocab = Vocabulary.from_types([
        (CTKG + "Meeting", "http://www.w3.org/2002/07/owl#Class"),
        (SKOS + "prefLabel", "http://www.w3.org/2002/07/owl#AnnotationProperty"),
        (CTKG + "startDate", "http://www.w3.org/2002/07/owl#DatatypeProperty"),
    ])
    meeting, other = ox.NamedNode(ID + "meeting/m"), ox.NamedNode(ID + "meeting/n")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    date = ox.NamedNode(XSD + "date")
    store = _tiny(
        (meeting, rdf_type, ox.NamedNode(CTKG + "Meeting")),
        (meeting, ox.NamedNode(SKOS + "prefLabel"), ox.Literal("Meeting", language="en")),
        (meeting, ox.NamedNode(SKOS + "prefLabel"), ox.Literal("Reunión", language="es")),
        # two reports give the meeting different dates: the first stays a date, all are kept
        (meeting, ox.NamedNode(CTKG + "startDate"), ox.Literal("2018-05-22", datatype=date)),
        (meeting, ox.NamedNode(CTKG + "startDate"), ox.Literal("2018-05-13", datatype=date)),
        (other, ox.NamedNode(CTKG + "startDate"), ox.Literal("2018-06-01", datatype=date)),
        (other, ox.NamedNode("http://example.org/undeclared"), ox.Literal("x")),
    )
    projection = project(store, vocab)
    assert projection.nodes[meeting.value] == {"labels": ("Meeting",), "props": {
        "uri": meeting.value, "prefLabel": "Meeting", "prefLabel_es": "Reunión",
        "startDate": datetime.date(2018, 5, 13),
        "startDateAll": [datetime.date(2018, 5, 13), datetime.date(2018, 5, 22)]}}
    assert projection.nodes[other.value]["props"]["startDate"] == datetime.date(2018, 6, 1)
    assert projection.skipped == {"http://example.org/undeclared": 1}
