"""A server that is down, a wrong password, a wrong database, bad Cypher: one line, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_ctkg
from tests.neo4j.conftest import URI, AuthServer, free_port

pytestmark = pytest.mark.neo4j


def one_line_error(result: object) -> str:
    """The single stderr line of a failed command (and no traceback, no stdout)."""
    returncode = getattr(result, "returncode", None)
    stderr: str = getattr(result, "stderr", "")
    assert returncode == 2, (returncode, stderr)
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert getattr(result, "stdout", "") == ""
    return lines[0]


def test_a_server_that_is_down(built_store: Path) -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"
    env = {"NEO4J_URI": uri, "NEO4J_PASSWORD": ""}
    for args in (["--store", str(built_store), "neo4j", "push"],
                 ["neo4j", "query", "contact_for_area", "--param", "code=A.3"],
                 ["neo4j", "wipe", "--yes"]):
        line = one_line_error(run_ctkg(*args, env=env))
        assert line == f"ctkg: error: cannot reach Neo4j at {uri}: connection refused"


def test_a_wrong_password(auth_neo4j: AuthServer) -> None:
    env = {"NEO4J_URI": auth_neo4j.uri, "NEO4J_USER": "neo4j"}
    line = one_line_error(run_ctkg("neo4j", "query", "-e", "RETURN 1 AS x",
                                   env={**env, "NEO4J_PASSWORD": "not-the-password"}))
    assert line == (f"ctkg: error: Neo4j refused the credentials for user 'neo4j' at "
                    f"{auth_neo4j.uri} (check --user/--password or NEO4J_USER/NEO4J_PASSWORD)")
    line = one_line_error(run_ctkg("neo4j", "query", "-e", "RETURN 1 AS x", "--user", "nobody",
                                   "--password", auth_neo4j.password, env=env))
    assert "refused the credentials for user 'nobody'" in line
    line = one_line_error(run_ctkg("neo4j", "query", "-e", "RETURN 1 AS x",
                                   env={**env, "NEO4J_PASSWORD": ""}))
    assert line == (f"ctkg: error: Neo4j at {auth_neo4j.uri} needs a password for user 'neo4j' "
                    "(give --password or set NEO4J_PASSWORD)")
    # the right password works, so the failures above are about the password
    ok = run_ctkg("neo4j", "query", "-e", "RETURN 1 AS x", "--format", "csv",
                  env={**env, "NEO4J_PASSWORD": auth_neo4j.password})
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout == "x\n1\n"


def test_a_wrong_database(neo4j_env: dict[str, str], built_store: Path) -> None:
    env = {**neo4j_env, "NEO4J_DATABASE": "nosuchdb"}
    expected = f"ctkg: error: Neo4j has no database 'nosuchdb' at {URI} " \
               "(check --database or NEO4J_DATABASE)"
    assert one_line_error(run_ctkg("neo4j", "query", "-e", "RETURN 1", env=env)) == expected
    line = one_line_error(run_ctkg("--store", str(built_store), "neo4j", "push", "--database",
                                   "nosuchdb", env=neo4j_env))
    assert line == expected


@pytest.mark.parametrize(("args", "start"), [
    (["-e", "MATCH (n RETURN n"], "ctkg: error: Cypher syntax error in query <expression>: "),
    (["no_such_question"], "ctkg: error: no Cypher catalogue query named 'no_such_question'"),
    (["commitments_by_year", "--param", "year=20x"],
     "ctkg: error: parameter year='20x' is not a valid year"),
    (["contact_for_area", "--param", "nope=1"],
     "ctkg: error: query 'contact_for_area' has no parameter 'nope'"),
    (["source_lines"], "ctkg: error: query 'source_lines' needs parameter 'node'"),
    (["-e", "RETURN 1/0 AS x"], "ctkg: error: Neo4j could not run query <expression> "
                                "(ArithmeticError): / by zero"),
], ids=["syntax", "unknown-name", "bad-year", "unknown-param", "missing-param", "runtime"])
def test_bad_queries(args: list[str], start: str, neo4j_env: dict[str, str]) -> None:
    line = one_line_error(run_ctkg("neo4j", "query", *args, env=neo4j_env))
    assert line.startswith(start), line


def test_a_bad_address() -> None:
    line = one_line_error(run_ctkg("neo4j", "query", "-e", "RETURN 1",
                                   "--uri", "http://127.0.0.1:7474"))
    assert line.startswith("ctkg: error: bad Neo4j address 'http://127.0.0.1:7474'")
