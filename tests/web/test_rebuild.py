"""A running server follows `ctkg build`: the next request sees the new generation."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.helpers import BUNDLED, run_ctkg
from tests.web.server import Server

COUNT = ("SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/ctkg/ontology#ContactPoint> }")


def test_server_follows_a_rebuild(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_ctkg("--store", str(store), "build", str(BUNDLED)).returncode == 0
    server = Server(store)
    try:
        first = httpx.get(server.url + "health").json()["generation"]
        rebuilt = run_ctkg("--store", str(store), "build", str(BUNDLED))
        assert rebuilt.returncode == 0, rebuilt.stderr
        current = (store / "CURRENT").read_text("utf-8").strip()
        assert current != first
        assert (store / first).exists()  # kept for readers that still have it open
        assert httpx.get(server.url + "health").json()["generation"] == current
        assert run_ctkg("--store", str(store), "build", str(BUNDLED)).returncode == 0
        assert not (store / first).exists()  # two builds later it is gone
        current = (store / "CURRENT").read_text("utf-8").strip()
        assert httpx.get(server.url + "health").json()["generation"] == current
        answer = httpx.get(server.sparql, params={"query": COUNT}, headers={"Accept": "text/csv"})
        assert answer.text.split() == ["n", "8"]
        people = httpx.get(server.url + "api/contact", params={"q": "UIF"}).json()
        assert [p["name"] for p in people] == ["José Alberto Balbuena Balbuena"]
    finally:
        server.stop()
