"""The JSON API behind the page: contact lookup and catalogue queries, over the real server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from ctkg.query import bind, catalogue
from ctkg.store import StoreDir
from tests.web.conftest import load_cases
from tests.web.server import Server

CATALOGUE = catalogue()


@pytest.mark.parametrize("case", load_cases("contact"))
def test_contact_lookup(server: Server, case: dict[str, Any]) -> None:
    response = httpx.get(server.url + "api/contact", params={"q": case["q"],
                                                            "limit": case["limit"]})
    assert response.status_code == 200, response.text
    people = response.json()
    assert [p["name"] for p in people] == case["names"]
    for key, value in case["first"].items():
        assert people[0][key] == value
    assert all(p["matched"] for p in people)


@pytest.mark.parametrize(("params", "status", "words"), [
    ({"q": "   "}, 400, "no words"),
    ({"q": "SCT", "limit": "0"}, 400, "between 1 and 50"),
    ({"q": "SCT", "limit": "many"}, 400, "whole number"),
])
def test_contact_lookup_refuses(server: Server, params: dict[str, str], status: int,
                                words: str) -> None:
    response = httpx.get(server.url + "api/contact", params=params)
    assert response.status_code == status
    assert words in response.json()["error"]


def test_catalogue_listing(server: Server) -> None:
    listed = httpx.get(server.url + "api/queries").json()
    assert [q["name"] for q in listed] == [q.name for q in CATALOGUE]
    for entry, query in zip(listed, CATALOGUE, strict=True):
        assert entry["title"] == query.title
        assert entry["text"] == query.text
        assert [p["name"] for p in entry["params"]] == [p.name for p in query.params]


def _direct(store_path: Path, query: Any) -> list[dict[str, str]]:
    """The same catalogue query run in-process on the store, as lexical values."""
    store = StoreDir(store_path).current().open_graph()
    result = store.query(query.text, substitutions=bind(query, query.examples()) or None)
    names = [v.value for v in result.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in result]


@pytest.mark.parametrize("query", [pytest.param(q, id=q.name) for q in CATALOGUE])
def test_catalogue_query_matches_direct_run(server: Server, built_store: Path,
                                            query: Any) -> None:
    """/api/queries/NAME with the documented examples answers what the store answers."""
    response = httpx.get(server.url + f"api/queries/{query.name}", params=query.examples())
    assert response.status_code == 200, response.text
    bindings = response.json()["results"]["bindings"]
    got = [{k: v["value"] for k, v in b.items()} for b in bindings]
    assert got == _direct(built_store, query)


def test_catalogue_parameter_is_bound_not_pasted(server: Server) -> None:
    """A value holding SPARQL syntax is a plain string: it matches no area and breaks nothing."""
    response = httpx.get(server.url + "api/queries/contact_for_area",
                         params={"code": 'A.3" } UNION { ?cp ?p ?o } #'})
    assert response.status_code == 200, response.text
    assert response.json()["results"]["bindings"] == []
    sane = httpx.get(server.url + "api/queries/contact_for_area", params={"code": "A.3"})
    names = sorted(b["name"]["value"] for b in sane.json()["results"]["bindings"])
    assert names == ["Carlos Espinosa Schillinger", "Sergio Romero Orozco"]


@pytest.mark.parametrize(("path", "status", "words"), [
    ("api/queries/no_such_query", 404, "no catalogue query named 'no_such_query'"),
    ("api/queries/..%2F..%2Fpyproject", 404, "Not Found"),
    ("api/queries/contact_for_area?colour=blue", 400, "has no parameter 'colour'"),
])
def test_catalogue_query_refuses(server: Server, path: str, status: int, words: str) -> None:
    response = httpx.get(server.url + path)
    assert response.status_code == status
    assert words in response.text


def test_page_lists_catalogue(server: Server) -> None:
    page = httpx.get(server.url)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for query in CATALOGUE:
        assert f'id="catalogue-{query.name}"' in page.text
    for asset in ("static/app.js", "static/app.css"):
        assert httpx.get(server.url + asset).status_code == 200
