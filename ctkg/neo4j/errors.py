"""Failures talking to Neo4j, each as one line a user can act on (exit code 2, no traceback).

The driver's own messages are long and multi-line ("Couldn't connect to ... (resolved to ...):
Failed to establish connection to ResolvedIPv4Address(...)"); users of rdflib-neo4j and n10s
complain about exactly that. `explain` turns each kind into one sentence that names the server,
the user or the database involved.
"""

from __future__ import annotations

import re
import sys
from typing import IO, Any

import click

EXIT_ERROR = 2


class Neo4jCommandError(click.ClickException):
    """A failure of a `ctkg neo4j` command; shown as one line, exit code 2."""

    exit_code = EXIT_ERROR

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"ctkg: error: {self.format_message()}", err=True, file=file or sys.stderr)


class PushError(Exception):
    """A push that found the database changing under it; the message says what to do."""


def _first_line(text: str) -> str:
    return " ".join(text.strip().splitlines()[0].split()) if text and text.strip() else ""


def _reason(message: str) -> str:
    """The OS-level reason inside a driver connection message, e.g. 'connection refused'."""
    if "DNS resolve" in message:
        return "cannot resolve the host name"
    found = re.search(r"reason (?:\[Errno -?\d+\] )?([^)\n]+)\)", message)
    if found:
        return found.group(1).strip().lower()
    if "timed out" in message.lower():
        return "timed out"
    return _first_line(message) or "no answer"


def explain(err: BaseException, uri: str, user: str, database: str,
            what: str = "the query", password_given: bool = True) -> Neo4jCommandError:
    """Map a driver exception to the one line the user sees."""
    from neo4j import exceptions as ex

    if isinstance(err, Neo4jCommandError):
        return err
    if isinstance(err, PushError):
        return Neo4jCommandError(f"{what} stopped: {err}")
    if isinstance(err, ex.AuthError) and not password_given:
        return Neo4jCommandError(
            f"Neo4j at {uri} needs a password for user {user!r} "
            "(give --password or set NEO4J_PASSWORD)")
    if isinstance(err, ex.AuthError):
        return Neo4jCommandError(
            f"Neo4j refused the credentials for user {user!r} at {uri} "
            "(check --user/--password or NEO4J_USER/NEO4J_PASSWORD)")
    if isinstance(err, ex.ServiceUnavailable | ex.SessionExpired):
        return Neo4jCommandError(f"cannot reach Neo4j at {uri}: {_reason(str(err))}")
    if isinstance(err, ex.ConfigurationError | ValueError) and not isinstance(err, ex.Neo4jError):
        return Neo4jCommandError(f"bad Neo4j address {uri!r}: {_first_line(str(err))}")
    if isinstance(err, ex.Neo4jError):
        code = err.code or ""
        message = _first_line(err.message or str(err))
        if code.endswith("DatabaseNotFound"):
            return Neo4jCommandError(f"Neo4j has no database {database!r} at {uri} "
                                     "(check --database or NEO4J_DATABASE)")
        if code.endswith(".Statement.SyntaxError"):
            return Neo4jCommandError(f"Cypher syntax error in {what}: {message}")
        if code.endswith(".Statement.ParameterMissing"):
            return Neo4jCommandError(f"{what} needs a parameter: {message}")
        if ".Security." in code:
            return Neo4jCommandError(f"Neo4j refused {what} for user {user!r}: {message}")
        kind = code.rsplit(".", 1)[-1] or type(err).__name__
        return Neo4jCommandError(f"Neo4j could not run {what} ({kind}): {message}")
    if isinstance(err, ex.DriverError):
        return Neo4jCommandError(f"Neo4j driver error at {uri}: {_first_line(str(err))}")
    if isinstance(err, OSError):
        return Neo4jCommandError(f"cannot reach Neo4j at {uri}: {err.strerror or err}")
    raise err
