"""Every SPARQL competency question has a Cypher twin, and both give the same answer.

One parametrized test over queries/sparql/*.rq: the SPARQL query on the embedded store and its
twin on Neo4j (after pushing the same store) return the same columns and the same rows, in the
same order of the ORDER BY keys, for the parameters of every expected-answer case
(tests/queries/expected/NAME.json, NAME@case.json) and with no parameters. Adding a question or a
case is adding files; nothing here changes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from ctkg import query as sparql
from ctkg.neo4j import catalogue as cypher
from ctkg.neo4j.connection import Settings, connect
from tests.helpers import ROOT
from tests.neo4j.conftest import URI, ctkg_push, ctkg_wipe

pytestmark = pytest.mark.neo4j

SPARQL_DIR = ROOT / "queries" / "sparql"
CYPHER_DIR = ROOT / "queries" / "cypher"
EXPECTED_DIR = ROOT / "tests" / "queries" / "expected"
NAMES = sorted(p.stem for p in SPARQL_DIR.glob("*.rq"))


def test_every_sparql_question_has_a_cypher_twin() -> None:
    sparql_names = {p.stem for p in SPARQL_DIR.glob("*.rq")}
    cypher_names = {p.stem for p in CYPHER_DIR.glob("*.cypher")}
    assert sparql_names, "the SPARQL catalogue is empty"
    assert sorted(sparql_names - cypher_names) == [], "SPARQL queries without a Cypher twin"
    assert sorted(cypher_names - sparql_names) == [], "Cypher twins without a SPARQL query"


@pytest.mark.parametrize("name", NAMES)
def test_twin_documents_itself_like_the_original(name: str) -> None:
    """Same @title, @answers and @param lines, so `--list` and the docs agree."""
    original = sparql.resolve(name, None)
    twin = cypher.resolve(name, None)
    assert (twin.title, twin.answers) == (original.title, original.answers)
    assert [(p.name, p.type, p.example, p.doc) for p in twin.params] == \
           [(p.name, p.type, p.example, p.doc) for p in original.params]


def _param_sets(name: str, query: sparql.CatalogueQuery) -> list[tuple[str, dict[str, str]]]:
    """(case id, params): every expected-answer case of the question (NAME.json, NAME@x.json),
    or the documented examples when it has none, and the unbound variant where allowed."""
    sets: list[tuple[str, dict[str, str]]] = []
    for path in sorted(EXPECTED_DIR.glob(f"{name}.json")) + \
            sorted(EXPECTED_DIR.glob(f"{name}@*.json")):
        data = json.loads(path.read_text("utf-8"))
        params = data.get("params") if isinstance(data, dict) else None
        sets.append((path.stem, {k: str(v) for k, v in (params or {}).items()}))
    if not sets:
        sets.append((f"{name}-examples", query.examples()))
    if query.params and not any(p.required for p in query.params) and \
            all(params for _, params in sets):
        sets.append((f"{name}-unbound", {}))
    return sets


def _cases() -> list[Any]:
    return [pytest.param(name, params, id=case_id)
            for name in NAMES
            for case_id, params in _param_sets(name, sparql.resolve(name, None))]


def _norm(value: Any) -> str | None:
    """One comparable form: SPARQL gives lexical forms, Neo4j typed values (ints, dates)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def order_keys(text: str, columns: list[str]) -> list[str]:
    """The output columns the SPARQL query orders by (ASC/DESC ignored)."""
    found = re.search(r"\bORDER\s+BY\b(.*)$", text, re.IGNORECASE | re.DOTALL)
    if not found:
        return []
    keys = re.findall(r"\?(\w+)", found.group(1))
    return [k for k in keys if k in columns]


@pytest.fixture(scope="module")
def pushed(built_store: Path, neo4j_env: dict[str, str]) -> Path:
    ctkg_wipe(neo4j_env)
    ctkg_push(built_store, neo4j_env)
    return built_store


@pytest.mark.parametrize(("name", "params"), _cases())
def test_cypher_twin_answers_like_sparql(name: str, params: dict[str, str], pushed: Path) -> None:
    from ctkg.store import StoreDir

    original = sparql.resolve(name, None)
    twin = cypher.resolve(name, None)
    graph = StoreDir(pushed).current().open_graph()
    s_columns, s_rows = sparql.run(graph, original, params)
    with connect(Settings(uri=URI)) as driver:
        c_columns, c_rows = cypher.run(driver, "neo4j", twin, params)

    assert c_columns == s_columns
    assert s_rows, f"{name} {params}: the SPARQL query answers nothing, so the test proves nothing"
    s_table = [tuple(_norm(row[c]) for c in s_columns) for row in s_rows]
    c_table = [tuple(_norm(row[c]) for c in c_columns) for row in c_rows]
    assert sorted(c_table, key=repr) == sorted(s_table, key=repr)
    keys = order_keys(original.text, s_columns)
    index = [s_columns.index(k) for k in keys]
    assert [tuple(r[i] for i in index) for r in c_table] == \
           [tuple(r[i] for i in index) for r in s_table], f"rows ordered differently by {keys}"
