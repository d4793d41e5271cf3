"""Where the Neo4j server is and how to log in: options, environment, and a checked driver.

Defaults suit the development server of scripts/neo4j (bolt://127.0.0.1:7687, auth off). With
authentication on, NEO4J_USER / NEO4J_PASSWORD (or --user / --password) log in; Aura and other
remote servers take a neo4j+s:// URI.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ctkg.neo4j.errors import Neo4jCommandError, explain

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
CONNECT_TIMEOUT = 10.0
RETRY_TIME = 5.0


@dataclass(frozen=True)
class Settings:
    """One Neo4j target. A missing password means: send no credentials (auth-off servers)."""

    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    password: str | None = None
    database: str = DEFAULT_DATABASE

    @classmethod
    def from_env(cls, uri: str | None = None, user: str | None = None,
                 password: str | None = None, database: str | None = None) -> Settings:
        """Explicit values first, then NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE."""
        env = os.environ
        return cls(uri=uri or env.get("NEO4J_URI") or DEFAULT_URI,
                   user=user or env.get("NEO4J_USER") or DEFAULT_USER,
                   password=password if password is not None else env.get("NEO4J_PASSWORD"),
                   database=database or env.get("NEO4J_DATABASE") or DEFAULT_DATABASE)

    def fail(self, err: BaseException, what: str = "the query") -> Neo4jCommandError:
        return explain(err, self.uri, self.user, self.database, what,
                       password_given=bool(self.password))


@contextmanager
def connect(settings: Settings) -> Iterator[Any]:
    """A driver that has logged in and found the database, or Neo4jCommandError.

    Checking up front turns the driver's retry loop (up to 30 s of "Transaction failed and will
    be retried" on a server that is down) into an immediate, clear answer.
    """
    from neo4j import GraphDatabase

    scheme = settings.uri.split("://", 1)[0] if "://" in settings.uri else ""
    if scheme not in SCHEMES:
        raise Neo4jCommandError(
            f"bad Neo4j address {settings.uri!r}: use bolt://HOST:PORT or neo4j://HOST:PORT "
            "(neo4j+s:// for Aura)")
    auth = (settings.user, settings.password) if settings.password else None
    try:
        driver = GraphDatabase.driver(settings.uri, auth=auth, connection_timeout=CONNECT_TIMEOUT,
                                      max_transaction_retry_time=RETRY_TIME)
    except Exception as err:  # ConfigurationError, ValueError: bad URI
        raise settings.fail(err, "the connection") from None
    try:
        try:
            driver.verify_connectivity()
            with driver.session(database=settings.database) as session:
                session.run("RETURN 1").consume()
        except Exception as err:  # mapped to one line
            raise settings.fail(err, "the connection check") from None
        yield driver
    finally:
        driver.close()
