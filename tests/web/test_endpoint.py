"""The SPARQL 1.1 Protocol endpoint of `ctkg serve`, queried by a real client (SPARQLWrapper)."""

from __future__ import annotations

import json
import urllib.error
from typing import Any

import httpx
import pytest
import rdflib
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from tests.web.conftest import case_files, load_cases
from tests.web.server import Server
from tests.web.sparql_client import boolean, client, failure, rows

COUNT_ALL = ("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
# ~4,300^3 = 8e10 combinations: hours of work before the first (only) solution
RUNS_LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CONTACTS = ("PREFIX vcard: <http://www.w3.org/2006/vcard/ns#> "
            "SELECT ?name WHERE { ?p a <https://w3id.org/ctkg/ontology#ContactPoint> ; "
            "vcard:fn ?name } ORDER BY ?name")


SELECTS = [pytest.param(case, fmt, id=f"{name}-{fmt}") for name, case in case_files("select")
           for fmt in case.get("formats", ["json", "xml", "csv"])]


@pytest.mark.parametrize("method", ["get", "post-form", "post-body"])
@pytest.mark.parametrize(("case", "fmt"), SELECTS)
def test_select(server: Server, case: dict[str, Any], fmt: str, method: str) -> None:
    converted = client(server.sparql, case["query"], fmt, method).query().convert()
    if "boolean" in case:
        assert boolean(converted, fmt) is case["boolean"]
    else:
        assert rows(converted, fmt) == case["expected"]


def _object(spec: dict[str, str]) -> rdflib.term.Node:
    if "iri" in spec:
        return rdflib.URIRef(spec["iri"])
    datatype = rdflib.URIRef(spec["datatype"]) if "datatype" in spec else None
    return rdflib.Literal(spec["literal"], datatype=datatype)


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize("method", ["get", "post-form"])
@pytest.mark.parametrize("fmt", ["turtle", "jsonld"])
@pytest.mark.parametrize("case", load_cases("construct"))
def test_construct(server: Server, case: dict[str, Any], fmt: str, method: str) -> None:
    result = client(server.sparql, case["query"], fmt, method).query()
    content_type = result.info()["content-type"]
    body = result.response.read()
    assert content_type.startswith({"turtle": "text/turtle", "jsonld": "application/ld+json"}[fmt])
    graph = rdflib.Graph().parse(data=body, format={"turtle": "turtle", "jsonld": "json-ld"}[fmt])
    assert len(graph) == case["count"]
    for s, p, o in case["triples"]:
        assert (rdflib.URIRef(s), rdflib.URIRef(p), _object(o)) in graph


def _count(server: Server) -> int:
    converted = client(server.sparql, COUNT_ALL).query().convert()
    return int(converted["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("case", load_cases("errors"))
def test_refused(server: Server, case: dict[str, Any]) -> None:
    before = _count(server)
    text = case["query"]
    if "pad_bytes" in case:
        text += "\n#" + "x" * (case["pad_bytes"] - len(text))
    wrapper = client(server.sparql, text, "json",
                     {"GET": "get", "POST": "post-form"}[case["method"]]
                     if case["request"] == "urlencoded" else "post-body")
    if case["operation"] == "update":
        assert wrapper.isSparqlUpdateRequest()
    with pytest.raises((urllib.error.HTTPError, SPARQLWrapperException)) as caught:
        wrapper.query()
    status, message = failure(caught.value)
    assert status == case["status"]
    assert case["message"] in message
    assert _count(server) == before


def test_update_changes_nothing(server: Server, built_store: Any) -> None:
    """INSERT DATA is refused, the triple is not there and the triple count is unchanged."""
    before = _count(server)
    assert before > 4000
    insert = ('INSERT DATA { <https://w3id.org/ctkg/id/x> '
              '<http://www.w3.org/2000/01/rdf-schema#label> "injected" }')
    with pytest.raises(urllib.error.HTTPError) as caught:
        client(server.sparql, insert, "json", "post-form").query()
    assert caught.value.code == 403
    ask = client(server.sparql, "ASK { ?s ?p \"injected\" }").query().convert()
    assert ask["boolean"] is False
    assert _count(server) == before


@pytest.mark.parametrize("case", load_cases("accept"))
def test_content_negotiation(server: Server, case: dict[str, Any]) -> None:
    with httpx.Client() as http:
        request = http.build_request("GET", server.sparql, params={"query": case["query"]})
        if case["accept"]:
            request.headers["Accept"] = case["accept"]
        else:
            del request.headers["Accept"]
        response = http.send(request)
    assert response.status_code == case["status"], response.text
    assert response.headers["content-type"].split(";")[0] == case["content_type"]
    assert response.headers.get("vary", "Accept") == "Accept"


def test_dataset_parameters(server: Server) -> None:
    """default-graph-uri picks the ontology's named graph as the default graph."""
    query = ("SELECT ?label WHERE { <https://w3id.org/ctkg/ontology#ContactPoint> "
             "<http://www.w3.org/2000/01/rdf-schema#label> ?label }")
    plain = httpx.get(server.sparql, params={"query": query})
    assert plain.json()["results"]["bindings"] == []
    scoped = httpx.get(server.sparql, params={"query": query,
                                              "default-graph-uri": "https://w3id.org/ctkg/ontology"})
    labels = [b["label"]["value"] for b in scoped.json()["results"]["bindings"]]
    assert labels == ["contact point"]


def test_health(server: Server, built_store: Any) -> None:
    health = httpx.get(server.url + "health").json()
    manifest_path = built_store / (built_store / "CURRENT").read_text("utf-8").strip()
    stats = json.loads((manifest_path / "manifest.json").read_text("utf-8"))["stats"]
    assert health["ok"] is True
    assert health["generation"] == manifest_path.name
    assert health["triples"] == stats["triples"]
    assert health["reports"] == 1


@pytest.fixture(scope="module")
def capped_server(built_store: Any) -> Any:
    running = Server(built_store, "--max-results", "3")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def slow_server(built_store: Any) -> Any:
    running = Server(built_store, "--timeout", "1", "--max-running", "1")
    yield running
    running.stop()


def test_result_cap_truncates(capped_server: Server) -> None:
    """8 contact points, a cap of 3: the first 3 in order and X-CTKG-Truncated: true."""
    result = client(capped_server.sparql, CONTACTS).query()
    headers = {k.lower(): v for k, v in result.info().items()}
    names = [r["name"] for r in rows(result.convert(), "json")]
    assert names == ["Ana Cecilia Oliva Balcárcel", "Carlos Espinosa Schillinger",
                     "Ernesto Céspedes Oropeza"]
    assert headers["x-ctkg-truncated"] == "true"
    assert headers["x-ctkg-result-count"] == "3"


def test_answer_within_cap_is_not_flagged(capped_server: Server) -> None:
    query = CONTACTS.replace("ORDER BY ?name", "ORDER BY ?name LIMIT 3")
    result = client(capped_server.sparql, query).query()
    headers = {k.lower(): v for k, v in result.info().items()}
    assert len(rows(result.convert(), "json")) == 3
    assert "x-ctkg-truncated" not in headers


def test_timeout(slow_server: Server) -> None:
    """A query over --timeout gets 503; the long query keeps the only slot, so the next is 503 busy,
    and the server itself still answers."""
    with pytest.raises(urllib.error.HTTPError) as caught:
        client(slow_server.sparql, RUNS_LONG).query()
    status, message = failure(caught.value)
    assert status == 503
    assert "over the time limit of 1 s" in message
    with pytest.raises(urllib.error.HTTPError) as busy:
        client(slow_server.sparql, CONTACTS).query()
    status, message = failure(busy.value)
    assert status == 503
    assert "busy" in message
    assert httpx.get(slow_server.url + "health").json()["ok"] is True
