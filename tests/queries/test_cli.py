"""`ctkg query` as a user runs it: the catalogue list, parameters, formats and one-line errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from ctkg import query as q
from tests.helpers import run_ctkg

EXPECTED = Path(__file__).resolve().parent / "expected"


def test_list_names_every_catalogue_query(built_store: Path) -> None:
    names = [c.name for c in q.catalogue()]
    table = run_ctkg("--store", str(built_store), "query", "--list")
    assert table.returncode == 0, table.stderr
    listed = [line.split()[0] for line in table.stdout.splitlines()[2:] if line.strip()]
    assert listed == names
    as_json = run_ctkg("query", "--list", "--format", "json")  # needs no store
    assert as_json.returncode == 0, as_json.stderr
    rows = json.loads(as_json.stdout)
    assert [r["name"] for r in rows] == names
    by_name = {r["name"]: r for r in rows}
    assert by_name["contact_for_agency"]["params"] == "acronym=SCT"
    assert by_name["contact_for_topic"]["params"] == "topic=aviation security"


def test_query_with_parameter_as_json(built_store: Path) -> None:
    result = run_ctkg("--store", str(built_store), "query", "contact_for_area",
                      "--param", "code=A.3", "--format", "json")
    assert result.returncode == 0, result.stderr
    expected = json.loads((EXPECTED / "contact_for_area.json").read_text("utf-8"))["rows"]
    assert json.loads(result.stdout) == expected


def test_query_with_two_parameters_as_csv(built_store: Path) -> None:
    result = run_ctkg("--store", str(built_store), "query", "agency_commitments",
                      "--param", "acronym=sct", "--param", "code=A.2", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 10
    assert {r["agency"] for r in rows} == {"Secretariat of Communications and Transportation"}
    assert rows[0]["commitment"] == ("Review ship and port facility security plans; automatic "
                                     "identification systems (AIS) installed on certain ships")
    assert rows[0]["source"] == "Manuel Fernando Gutierrez Gallardo"
    assert rows[1]["source"] == "measure at lines 153-153"


def test_query_table_and_short_iri_parameter(built_store: Path) -> None:
    result = run_ctkg("--store", str(built_store), "query", "source_lines",
                      "--param", "node=membership/mexico-2012/wassenaar-arrangement")
    assert result.returncode == 0, result.stderr
    header, _rule, row = result.stdout.splitlines()
    assert header.split()[:3] == ["node", "via", "from"]
    assert "270" in row.split() and "A.5" in row.split()


def test_expression_and_file(built_store: Path, tmp_path: Path) -> None:
    text = ("PREFIX ctkg: <https://w3id.org/ctkg/ontology#>\n"
            "SELECT ?code WHERE { ?a ctkg:code ?code } ORDER BY ?code")
    result = run_ctkg("--store", str(built_store), "query", "-e", text, "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["code", "A.1", "A.2", "A.3", "A.4", "A.5", "B", "C"]
    path = tmp_path / "areas.rq"
    path.write_text("# @param code string A.1 -- area\n" + text, "utf-8")
    result = run_ctkg("--store", str(built_store), "query", str(path), "--param", "code=B",
                      "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["code", "B"]


@pytest.mark.parametrize(("args", "message"), [
    (["query", "no_such_question"], "no catalogue query named 'no_such_question'"),
    (["query", "-e", "SELECT WHERE {"], "SPARQL syntax error"),
    (["query", "contact_for_area", "--param", "nope=1"],
     "query 'contact_for_area' has no parameter 'nope' (it takes: code)"),
    (["query", "contact_for_area", "--param", "code"], "--param 'code': write it as NAME=VALUE"),
    (["query", "commitments_by_year", "--param", "year=20x2"], "is not a valid year"),
    (["query", "source_lines"], "query 'source_lines' needs parameter 'node'"),
    (["query", "missing.rq"], "missing.rq: no such query file"),
])
def test_bad_query_is_one_line_and_exit_2(built_store: Path, args: list[str], message: str) -> None:
    result = run_ctkg("--store", str(built_store), *args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ctkg: error: ")
    assert message in lines[0]


def test_injection_through_the_command_line(built_store: Path) -> None:
    result = run_ctkg("--store", str(built_store), "query", "contact_for_agency",
                      "--param", 'acronym=SCT" } UNION { ?s ?p ?o } #', "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
