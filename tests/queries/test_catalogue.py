"""The SPARQL catalogue answers its competency questions exactly, on the bundled Mexico report.

Each case is a file, tests/queries/expected/NAME.json or NAME@CASE.json, holding the parameters and
the exact rows read off data/reports/apec-ctap-2012-mexico.md. Adding a query forces adding its
expected answer: a catalogue query without NAME.json fails the run.

Where the loader is known to get the document wrong, the file also holds "known_defect":
{"reason", "rows"} — the wrong answer the graph gives today. The case then xfails with the reason
as long as the graph answers exactly that, fails on any other answer, and fails once the graph
gives the right rows, so the note is removed when the loader is fixed.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from ctkg import query as q
from tests.helpers import ROOT

EXPECTED = Path(__file__).resolve().parent / "expected"
CATALOGUE = {c.name: c for c in q.catalogue()}
CASES = sorted(EXPECTED.glob("*.json"))
INJECTION = 'SCT" } UNION { ?s ?p ?o } #'


def _case_name(path: Path) -> str:
    return path.stem.split("@", 1)[0]


@pytest.fixture(scope="module")
def graph(built_store: Path) -> Any:
    from ctkg.store import StoreDir

    return StoreDir(built_store).current().open_graph()


def test_catalogue_has_at_least_fifteen_questions() -> None:
    assert len(CATALOGUE) >= 15
    assert q.catalogue_dir() == ROOT / "queries" / "sparql"


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_every_query_has_an_expected_answer(name: str) -> None:
    path = EXPECTED / f"{name}.json"
    where = path.relative_to(ROOT)
    assert path.is_file(), f"add {where} with the exact answer on the bundled report"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_expected_file_names_a_catalogue_query(path: Path) -> None:
    assert _case_name(path) in CATALOGUE, f"{path.name}: no queries/sparql/{_case_name(path)}.rq"
    data = json.loads(path.read_text("utf-8"))
    assert set(data) <= {"params", "rows", "known_defect"} and {"params", "rows"} <= set(data)
    if "known_defect" in data:
        assert set(data["known_defect"]) == {"reason", "rows"}
        assert data["known_defect"]["rows"] != data["rows"]
    assert isinstance(data["rows"], list) and data["rows"], "an empty answer proves nothing"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_query_answers_exactly(path: Path, graph: Any) -> None:
    data = json.loads(path.read_text("utf-8"))
    query = CATALOGUE[_case_name(path)]
    columns, rows = q.run(graph, query, data["params"])
    assert all(list(row) == columns for row in rows)
    defect = data.get("known_defect")
    if defect and rows == defect["rows"]:
        pytest.xfail(defect["reason"])
    assert rows == data["rows"]
    assert not defect, f"the graph now answers right: remove known_defect from {path.name}"


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_query_documents_itself(name: str) -> None:
    query = CATALOGUE[name]
    assert query.title and query.answers, "# @title and # @answers lines are required"
    assert re.search(r"\bORDER\s+BY\b", query.text, re.IGNORECASE), "results must be deterministic"
    select = re.search(r"^SELECT\b(.*?)\bWHERE\b", query.text, re.MULTILINE | re.DOTALL)
    assert select, "a catalogue query is a SELECT"
    projected = set(re.findall(r"\?(\w+)", select.group(1)))
    for param in query.params:
        assert param.example, f"@param {param.name} needs an example"
        assert param.name in projected, f"@param {param.name} must be projected to be bound"


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_query_runs_with_its_examples_and_unbound(name: str, graph: Any) -> None:
    query = CATALOGUE[name]
    _, rows = q.run(graph, query, query.examples())
    assert rows, f"{name} answers nothing for its documented example"
    if any(p.required for p in query.params):
        with pytest.raises(q.QueryError, match="needs parameter"):
            q.run(graph, query, {})
    else:
        _, everything = q.run(graph, query, {})
        assert len(everything) >= len(rows), "an unbound parameter lists at least as much"


def _digest(graph: Any) -> tuple[int, str]:
    data = graph.dump(format=__import__("pyoxigraph").RdfFormat.N_QUADS)
    lines = sorted(data.decode("utf-8").splitlines())
    return len(lines), hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def test_a_parameter_holding_sparql_cannot_change_the_query(built_store: Path) -> None:
    from ctkg.store import StoreDir

    generation = StoreDir(built_store).current()
    graph = generation.open_graph()
    before = _digest(graph), generation.manifest()
    query = CATALOGUE["contact_for_agency"]

    # pasted into the text the payload would be live SPARQL that matches every triple ...
    pasted = ("SELECT ?s ?p ?o WHERE {\n"
              f'  {{ ?s <https://w3id.org/ctkg/ontology#acronym> "{INJECTION}" }}\n'
              "}")
    solutions: Any = graph.query(pasted)
    assert len(list(solutions)) > 1000
    # ... bound as a parameter it is a string that names no agency
    _, injected = q.run(graph, query, {"acronym": INJECTION})
    _, unknown = q.run(graph, query, {"acronym": "NO SUCH AGENCY"})
    _, sct = q.run(graph, query, {"acronym": "SCT"})
    assert injected == unknown == []
    assert len(sct) == 3
    # the same for every string parameter of the catalogue
    for other in CATALOGUE.values():
        for param in other.params:
            if param.type == "string":
                _, rows = q.run(graph, other, {param.name: INJECTION})
                assert rows == [], f"{other.name}: {param.name} matched SPARQL text"
    assert (_digest(graph), generation.manifest()) == before


@pytest.mark.parametrize(("kind", "value"), [
    ("iri", "x> } UNION { ?s ?p ?o } #"),
    ("year", '2002" } UNION { ?s ?p ?o } #'),
    ("integer", "1 } UNION { ?s ?p ?o }"),
    ("date", "2012-01-01\"^^<x> } #"),
])
def test_typed_parameters_refuse_sparql_text(kind: str, value: str) -> None:
    text = f"# @param v {kind} x -- test\nSELECT ?v WHERE {{}} ORDER BY ?v"
    query = q.CatalogueQuery.from_text("t", text)
    with pytest.raises(q.QueryError, match=f"not a valid {kind}"):
        q.bind(query, {"v": value})


def test_parameter_types_bind_as_rdf_terms() -> None:
    query = q.CatalogueQuery.from_text("t", "\n".join([
        "# @param a iri agency/mx-sct -- short form",
        "# @param b iri https://example.org/x -- full IRI",
        "# @param c year 2002 -- year",
        "# @param d date 2012-06-05 -- date",
        "# @param e integer 7 -- integer",
        '# @param f string "two words" -- string',
        "SELECT ?a ?b ?c ?d ?e ?f WHERE {} ORDER BY ?a",
    ]))
    assert [p.example for p in query.params] == [
        "agency/mx-sct", "https://example.org/x", "2002", "2012-06-05", "7", "two words"]
    bound = {k.value: str(v) for k, v in q.bind(query, query.examples()).items()}
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert bound == {
        "a": "<https://w3id.org/ctkg/id/agency/mx-sct>",
        "b": "<https://example.org/x>",
        "c": f'"2002"^^<{xsd}gYear>',
        "d": f'"2012-06-05"^^<{xsd}date>',
        "e": f'"7"^^<{xsd}integer>',
        "f": '"two words"',
    }
