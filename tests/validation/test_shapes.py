"""The shapes accept the bundled report and catch every defect in cases/shapes/ (one file each)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH

from ctkg.validate import SHAPES_NS, Finding, validate_graph
from tests.helpers import BUNDLED
from tests.validation.casefiles import is_mutation, load_case, mutated_report, shape_cases
from tests.validation.conftest import load_report_graph

KEYS = ("focus", "path", "severity", "shape", "message")


def _key(values: dict[str, str | None]) -> tuple[str | None, ...]:
    return tuple(values.get(k) for k in KEYS)


def _found(finding: Finding) -> dict[str, str | None]:
    return {"focus": finding.focus, "path": finding.path, "severity": finding.severity,
            "shape": finding.shape, "message": finding.message}


def _expected(fields: dict[str, str]) -> dict[str, str | None]:
    return {"focus": fields["focus"].strip("<>"), "path": fields.get("path"),
            "severity": fields["severity"], "shape": fields["shape"],
            "message": fields["message"]}


def test_bundled_report_conforms_without_warnings(bundled_graph: Graph, shapes: Graph) -> None:
    report = validate_graph(bundled_graph, shapes)
    assert report.conforms
    assert [f.message for f in report.findings] == []
    assert report.counts() == {"Violation": 0, "Warning": 0, "Info": 0}


@pytest.mark.parametrize("path", shape_cases(), ids=lambda p: p.name)
def test_shape_case(path: Path, bundled_graph: Graph, shapes: Graph, tmp_path: Path) -> None:
    case = load_case(path)
    assert bool(case.expect) != case.none, f"{path.name}: say what is expected, or 'none'"
    if is_mutation(path):
        graph = load_report_graph(mutated_report(path, tmp_path))
    else:
        graph = bundled_graph
        graph.update(path.read_text("utf-8"))
    report = validate_graph(graph, shapes)
    findings = report.findings
    assert sorted(map(_key, map(_found, findings)), key=str) == \
        sorted((_key(_expected(e)) for e in case.expect), key=str)
    for fields in case.expect:
        finding = next(f for f in findings if _key(_found(f)) == _key(_expected(fields)))
        if "value" in fields:
            assert finding.value == fields["value"]
        if "line" in fields:
            assert finding.line == int(fields["line"])
            if is_mutation(path):
                assert finding.where == f"{BUNDLED.name}:{fields['line']}"
    assert report.conforms == all(e["severity"] != "Violation" for e in case.expect)


def test_every_constraint_has_a_failing_case(shapes: Graph) -> None:
    """Each property shape and SPARQL constraint is expected to fail in at least one case."""
    constraints = {
        f"ctkgsh:{str(s)[len(SHAPES_NS):]}"
        for kind in (SH.PropertyShape, SH.SPARQLConstraint)
        for s in shapes.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(SHAPES_NS)
    }
    covered = {e["shape"] for p in shape_cases() for e in load_case(p).expect}
    assert sorted(constraints - covered) == []
    assert sorted(covered - constraints) == []


def test_every_shape_is_documented_with_message_and_severity(shapes: Graph) -> None:
    """Node shapes have a label and comment; every constraint a message and a chosen severity."""
    severities = (SH.Violation, SH.Warning, SH.Info)
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        assert isinstance(shape, URIRef) and str(shape).startswith(SHAPES_NS), shape
        assert shapes.value(shape, RDFS.label) is not None, shape
        assert shapes.value(shape, RDFS.comment) is not None, shape
    for shape in shapes.subjects(RDF.type, SH.PropertyShape):
        assert shapes.value(shape, SH.message) is not None, shape
        assert shapes.value(shape, SH.severity) in severities, shape
    for constraint in shapes.subjects(RDF.type, SH.SPARQLConstraint):
        assert shapes.value(constraint, SH.message) is not None, constraint
        # pySHACL (like the SHACL spec) takes the severity of a SPARQL-based constraint from
        # the shape that holds it, so that shape must state it.
        holders = list(shapes.subjects(SH.sparql, constraint))
        assert holders, constraint
        for holder in holders:
            assert shapes.value(holder, SH.severity) in severities, (holder, constraint)
