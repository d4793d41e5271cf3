"""build, stats, reports, query and export as a user runs them, with values from the document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from tests.helpers import BUNDLED, CASES, run_ctkg

EXPECTED_STATS = {
    "reports": 1, "policy_areas": 7, "contact_points": 8, "commitments": 38, "memberships": 4,
    "bills": 4, "regulations": 7, "inspections": 15,
}


def test_build_prints_a_summary(tmp_path: Path) -> None:
    result = run_ctkg("--store", str(tmp_path / "s"), "build")  # the bundled report by default
    assert result.returncode == 0, result.stderr
    assert "from 1 report(s)" in result.stdout
    assert "7 policy areas, 8 contact points, 38 commitments" in result.stdout


def test_stats_json(built_store: Path) -> None:
    result = run_ctkg("--store", str(built_store), "stats", "--format", "json")
    stats = json.loads(result.stdout)
    assert {k: stats[k] for k in EXPECTED_STATS} == EXPECTED_STATS
    for key in ("measures", "agencies", "instruments", "triples"):
        assert stats[key] > 0


def test_reports_json(built_store: Path) -> None:
    result = run_ctkg("--store", str(built_store), "reports", "--format", "json")
    [report] = json.loads(result.stdout)
    assert {k: report[k] for k in ("document_id", "economy", "calendar_year", "last_updated",
                                   "source", "policy_areas", "contact_points", "commitments")} == {
        "document_id": "2013/SOM1/CTTF/012", "economy": "Mexico", "calendar_year": 2012,
        "last_updated": "2012-09", "source": "apec-ctap-2012-mexico.md", "policy_areas": 7,
        "contact_points": 8, "commitments": 38,
    }


def test_env_var_selects_the_store(built_store: Path) -> None:
    result = run_ctkg("stats", "--format", "json", env={"CTKG_STORE": str(built_store)})
    assert json.loads(result.stdout)["contact_points"] == 8


def test_query_expression(built_store: Path) -> None:
    sparql = ("PREFIX ctkg: <https://w3id.org/ctkg/ontology#> "
              "SELECT ?year WHERE { ?c ctkg:statement 'Support international efforts to fight "
              "piracy' ; ctkg:yearMade ?year } ORDER BY ?year")
    result = run_ctkg("--store", str(built_store), "query", "-e", sparql, "--format", "csv")
    assert result.stdout.splitlines() == ["year", "2002", "2008"]


def test_bad_sparql_is_one_line(built_store: Path) -> None:
    result = run_ctkg("--store", str(built_store), "query", "-e", "SELECT WHERE {")
    assert result.returncode == 2
    assert result.stderr.startswith("ctkg: error: SPARQL syntax error")
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("fmt,parse_as", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_export_rdf(built_store: Path, tmp_path: Path, fmt: str, parse_as: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    result = run_ctkg("--store", str(built_store), "export", "--format", fmt, "-o", str(out))
    assert result.returncode == 0, result.stderr
    graph = Graph().parse(out, format=parse_as)
    person = URIRef("https://w3id.org/ctkg/id/contact/mexico-2012/b/jose-alberto-balbuena-balbuena")
    assert (person, URIRef("http://www.w3.org/2006/vcard/ns#hasEmail"),
            URIRef("mailto:uifmex@hacienda.gob.mx")) in graph
    assert (person, URIRef("http://www.w3.org/2006/vcard/ns#fn"),
            Literal("José Alberto Balbuena Balbuena")) in graph


def test_export_graphml(built_store: Path, tmp_path: Path) -> None:
    import networkx as nx

    out = tmp_path / "graph.graphml"
    assert run_ctkg("--store", str(built_store), "export", "--format", "graphml", "-o",
                    str(out)).returncode == 0
    graph = nx.read_graphml(out)
    sct = "https://w3id.org/ctkg/id/agency/mx-sct"
    members = sorted(graph.nodes[u]["label"] for u, v in graph.in_edges(sct)
                     if graph.nodes[u].get("type") == "ContactPoint")
    assert members == ["Carlos Espinosa Schillinger", "Manuel Fernando Gutierrez Gallardo",
                       "Sergio Romero Orozco"]


def test_export_to_unwritable_place_is_one_line(built_store: Path, tmp_path: Path) -> None:
    result = run_ctkg("--store", str(built_store), "export", "-o",
                      str(tmp_path / "no" / "such" / "dir" / "g.ttl"))
    assert result.returncode == 2
    assert "cannot write" in result.stderr


def test_rebuild_gives_the_same_graph(tmp_path: Path) -> None:
    dumps = []
    for name in ("one", "two"):
        store = tmp_path / name
        assert run_ctkg("--store", str(store), "build", str(BUNDLED)).returncode == 0
        result = run_ctkg("--store", str(store), "export", "--format", "nt")
        dumps.append(sorted(result.stdout.splitlines()))
    assert dumps[0] == dumps[1]
    assert len(dumps[0]) > 4000


def test_two_reports_share_entities_and_add_keeps_the_first(tmp_path: Path) -> None:
    store = tmp_path / "s"
    assert run_ctkg("--store", str(store), "build", str(BUNDLED)).returncode == 0
    other = CASES / "reports" / "zubrowka-2011.md"
    result = run_ctkg("--store", str(store), "build", "--add", str(other))
    assert result.returncode == 0, result.stderr
    reports = json.loads(run_ctkg("--store", str(store), "reports", "--format", "json").stdout)
    assert sorted(r["economy"] for r in reports) == ["Mexico", "Zubrowka"]
    sparql = ("PREFIX ctkg: <https://w3id.org/ctkg/ontology#> SELECT (COUNT(DISTINCT ?r) AS ?n) "
              "WHERE { ?m ctkg:regime <https://w3id.org/ctkg/id/instrument/wassenaar-arrangement> ;"
              " ctkg:reportedIn ?r }")
    rows = json.loads(run_ctkg("--store", str(store), "query", "-e", sparql,
                               "--format", "json").stdout)
    truth = json.loads((CASES / "reports" / "zubrowka-2011.truth.json").read_text())
    # both reports state a Wassenaar membership: one regime node, two memberships
    assert any(m["regime"] == "Wassenaar Arrangement" for m in truth["memberships"])
    assert rows == [{"n": 2}]


def test_export_follows_a_symlink_and_keeps_it(built_store: Path, tmp_path: Path) -> None:
    real, link = tmp_path / "real.ttl", tmp_path / "link.ttl"
    link.symlink_to(real)
    assert run_ctkg("--store", str(built_store), "export", "-o", str(link)).returncode == 0
    assert link.is_symlink()
    assert "vcard:fn" in real.read_text("utf-8")


def test_output_into_a_closed_pipe_is_quiet(built_store: Path) -> None:
    import subprocess
    import sys

    shell = (f"{sys.executable} -m ctkg --store {built_store} export --format nt | head -c 10")
    result = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True,
                            text=True, check=False)
    assert result.stderr == ""
    assert len(result.stdout) == 10


def test_store_path_with_url_characters(tmp_path: Path) -> None:
    store = tmp_path / "odd#name%20" / "store"
    assert run_ctkg("--store", str(store), "build", "--no-validate").returncode == 0
    result = run_ctkg("--store", str(store), "contact", "SAT", "--format", "json")
    assert json.loads(result.stdout)[0]["name"] == "José Hugo Germán Martínez"
    assert not (tmp_path / "odd").exists()
