"""A real Neo4j server for the tests in this folder (scripts/neo4j start), never a mock.

The server is expected at bolt://127.0.0.1:${NEO4J_BOLT_PORT:-7687} with authentication off.
If it does not answer, the tests skip with the reason; with CTKG_REQUIRE_NEO4J=1 (set by CI) they
fail instead, so a CI run can never pass by skipping them.

The tests share the server's one database ("neo4j", Community edition) and rewrite it: each test
that needs a known graph sets it up itself (wipe + push).
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import BUNDLED, CASES, ROOT, run_ctkg

PORT = os.environ.get("NEO4J_BOLT_PORT", "7687")
URI = f"bolt://127.0.0.1:{PORT}"
REQUIRED = os.environ.get("CTKG_REQUIRE_NEO4J") == "1"
SECOND_REPORT = CASES / "reports" / "zubrowka-2011.md"


def unavailable(reason: str) -> None:
    """Fail when CI requires Neo4j, else skip with the reason."""
    if REQUIRED:
        pytest.fail(f"CTKG_REQUIRE_NEO4J=1 but {reason}", pytrace=False)
    pytest.skip(f"{reason}; start one with `scripts/neo4j start`")


@pytest.fixture(scope="session")
def neo4j_driver() -> Iterator[Any]:
    """A driver connected to the test server (auth off)."""
    try:
        from neo4j import GraphDatabase
    except ImportError:
        unavailable("the neo4j driver is not installed (pip install 'ctkg[neo4j]')")
    driver = GraphDatabase.driver(URI, auth=None, connection_timeout=5)
    try:
        driver.verify_connectivity()
    except Exception as err:  # the server is down or not Neo4j
        driver.close()
        unavailable(f"no Neo4j answers at {URI} ({type(err).__name__})")
    yield driver
    driver.close()


@pytest.fixture(scope="session")
def neo4j_env(neo4j_driver: Any) -> dict[str, str]:
    """Environment for `ctkg neo4j ...` subprocesses: the test server, no credentials."""
    return {"NEO4J_URI": URI, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": "",
            "NEO4J_DATABASE": "neo4j"}


def cypher(driver: Any, text: str, **params: Any) -> list[dict[str, Any]]:
    with driver.session(database="neo4j") as session:
        return [record.data() for record in session.run(text, params)]


def ctkg_push(store: Path, env: dict[str, str], *extra: str) -> dict[str, Any]:
    """`ctkg --store STORE neo4j push --format json`, checked."""
    import json

    result = run_ctkg("--store", str(store), "neo4j", "push", "--format", "json", *extra, env=env)
    assert result.returncode == 0, result.stderr
    summary: dict[str, Any] = json.loads(result.stdout)
    return summary


def ctkg_wipe(env: dict[str, str]) -> None:
    result = run_ctkg("neo4j", "wipe", "--yes", env=env)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def bundled_in_neo4j(built_store: Path, neo4j_env: dict[str, str]) -> Path:
    """The database holds exactly the bundled report's graph (wiped, then pushed)."""
    ctkg_wipe(neo4j_env)
    ctkg_push(built_store, neo4j_env)
    return built_store


@pytest.fixture(scope="session")
def second_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the bundled report plus a synthetic one (another economy, shared regimes)."""
    store = tmp_path_factory.mktemp("store2") / "store"
    result = run_ctkg("--store", str(store), "build", "--no-validate", str(BUNDLED),
                      str(SECOND_REPORT))
    assert result.returncode == 0, result.stderr
    return store


@pytest.fixture(scope="session")
def synthetic_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with only the synthetic report."""
    store = tmp_path_factory.mktemp("store3") / "store"
    result = run_ctkg("--store", str(store), "build", "--no-validate", str(SECOND_REPORT))
    assert result.returncode == 0, result.stderr
    return store


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@dataclass(frozen=True)
class AuthServer:
    uri: str
    password: str


@pytest.fixture(scope="session")
def auth_neo4j(neo4j_driver: Any) -> Iterator[AuthServer]:
    """A second, throw-away server with authentication on (scripts/neo4j, NEO4J_INSTANCE)."""
    password = secrets.token_urlsafe(12)
    port = free_port()
    env = {**os.environ, "NEO4J_INSTANCE": "pytest-auth", "NEO4J_BOLT_PORT": str(port),
           "NEO4J_AUTH_PASSWORD": password, "NEO4J_HEAP": "256m", "NEO4J_PAGECACHE": "32m"}
    script = str(ROOT / "scripts" / "neo4j")
    subprocess.run([script, "wipe-data"], env=env, capture_output=True, text=True, check=False)
    started = subprocess.run([script, "start"], env=env, capture_output=True, text=True,
                             check=False, timeout=300)
    try:
        if started.returncode != 0:
            unavailable("the auth-enabled Neo4j instance did not start: "
                        + (started.stderr.strip().splitlines() or ["?"])[-1])
        yield AuthServer(f"bolt://127.0.0.1:{port}", password)
    finally:
        subprocess.run([script, "stop"], env=env, capture_output=True, text=True, check=False,
                       timeout=120)
        subprocess.run([script, "wipe-data"], env=env, capture_output=True, text=True,
                       check=False, timeout=120)
