"""`ctkg neo4j push|query|wipe`: the graph as a labelled property graph in a Neo4j server.

Connection options fall back to NEO4J_URI (bolt://127.0.0.1:7687), NEO4J_USER (neo4j),
NEO4J_PASSWORD and NEO4J_DATABASE (neo4j). Failures are one line on stderr and exit code 2.
The driver and the RDF store are imported inside the commands, never at CLI start-up.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ctkg.output import render

F = TypeVar("F", bound=Callable[..., Any])


def _connection_options(func: F) -> F:
    options = [
        click.option("--uri", help="Bolt URI [env NEO4J_URI; default bolt://127.0.0.1:7687]."),
        click.option("--user", help="User name [env NEO4J_USER; default neo4j]."),
        click.option("--password", help="Password [env NEO4J_PASSWORD; none: no credentials]."),
        click.option("--database", help="Database name [env NEO4J_DATABASE; default neo4j]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _settings(uri: str | None, user: str | None, password: str | None,
              database: str | None) -> Any:
    from ctkg.neo4j.connection import Settings

    return Settings.from_env(uri, user, password, database)


@click.group(name="neo4j")
def command() -> None:
    """Push the graph to Neo4j, ask the catalogue questions in Cypher, or wipe it."""


@command.command()
@_connection_options
@click.option("--batch-size", type=click.IntRange(min=1), default=2000, show_default=True,
              help="Rows per UNWIND statement and transaction.")
@click.option("--replace", is_flag=True,
              help="Make the ctkg graph in Neo4j equal to this store: also remove nodes, labels "
                   "and relationships it no longer has (default: merge, never delete).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.pass_context
def push(ctx: click.Context, uri: str | None, user: str | None, password: str | None,
         database: str | None, batch_size: int, replace: bool, fmt: str) -> None:
    """Project the store's RDF graph onto nodes and relationships and MERGE it into Neo4j."""
    from ctkg.neo4j.connection import connect
    from ctkg.neo4j.push import push_generation
    from ctkg.store import StoreDir, default_store_path

    settings = _settings(uri, user, password, database)
    store_path = ctx.find_root().obj.get("store") or default_store_path()
    generation = StoreDir(Path(store_path)).current()
    graph = generation.open_graph()
    progress = _progress if sys.stderr.isatty() else None
    with connect(settings) as driver:  # a server that is down fails before the store is read
        try:
            result = push_generation(driver, settings.database, generation, graph,
                                     batch_size=batch_size, replace=replace, progress=progress)
        except Exception as err:  # driver errors become one line
            raise settings.fail(err, "the push") from None
    if progress:
        click.echo("", err=True)
    for term, count in sorted(result.skipped.items()):
        click.echo(f"warning: left out {count} triple(s) with {term} (not declared in the "
                   "ontology)", err=True)
    seconds = result.seconds
    per_second = (result.nodes + result.relationships) / seconds if seconds else 0.0
    summary = {"uri": settings.uri, "database": settings.database, "nodes": result.nodes,
               "relationships": result.relationships, "batches": result.batches,
               "seconds": round(seconds, 3), "reading_seconds": round(result.reading_seconds, 3),
               "read_from": result.read_from,
               "per_second": round(per_second), "mode": result.mode,
               "created_nodes": result.created_nodes,
               "created_relationships": result.created_relationships,
               "removed": result.removed}
    if fmt == "json":
        click.echo(json.dumps(summary, indent=2))
        return
    removed = ""
    if replace:
        r = result.removed
        removed = (f"; removed {r.get('nodes', 0)} stale nodes, {r.get('relationships', 0)} "
                   f"relationships and {r.get('labels', 0)} labels")
    click.echo(
        f"Pushed {result.nodes} nodes and {result.relationships} relationships to "
        f"{settings.uri} (database {settings.database}) in {seconds:.2f} s (the store read "
        f"from {_SOURCES.get(result.read_from, result.read_from)} in "
        f"{result.reading_seconds:.2f} s while nodes were written), {per_second:.0f} per "
        f"second, {result.batches} batches ({_MODES[result.mode]}); "
        "new: "
        f"{result.created_nodes} nodes, {result.created_relationships} relationships{removed}.")


_SOURCES = {"database": "its database"}
_MODES = {"create": "created: the database had no ctkg nodes", "merge": "merged",
          "replace": "merged, then removed what the store no longer has"}


def _progress(phase: str, done: int, total: int) -> None:
    click.echo(f"\r{phase}: {done}/{total or '?'}", err=True, nl=False)


@command.command()
@click.argument("name", required=False)
@click.option("-e", "--expression", help="Cypher text to run instead of a NAME or FILE.")
@click.option("--param", "params", multiple=True, metavar="K=V", help="Bind a parameter.")
@click.option("--list", "list_", is_flag=True, help="List the Cypher catalogue.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@_connection_options
def query(name: str | None, expression: str | None, params: tuple[str, ...], list_: bool,
          fmt: str, uri: str | None, user: str | None, password: str | None,
          database: str | None) -> None:
    """Run Cypher: a catalogue NAME (queries/cypher/NAME.cypher), a FILE.cypher, or -e TEXT."""
    from ctkg.neo4j import catalogue
    from ctkg.neo4j.connection import connect
    from ctkg.query import listing, parse_params

    if list_:
        render(listing(catalogue.catalogue()), ["name", "title", "params"], fmt)
        return
    values = parse_params(params)
    chosen = catalogue.resolve(name, expression)
    catalogue.bind(chosen, values)  # a bad parameter fails before any connection
    settings = _settings(uri, user, password, database)
    with connect(settings) as driver:
        try:
            columns, rows = catalogue.run(driver, settings.database, chosen, values,
                                          read_only=expression is None)
        except Exception as err:  # driver errors become one line
            raise settings.fail(err, f"query {chosen.name}") from None
    render(rows, columns, fmt)


@command.command()
@_connection_options
@click.option("--batch-size", type=click.IntRange(min=1), default=5000, show_default=True,
              help="Nodes deleted per transaction.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation on a terminal.")
def wipe(uri: str | None, user: str | None, password: str | None, database: str | None,
         batch_size: int, yes: bool) -> None:
    """Delete every projected node (label Resource) and its relationships."""
    from ctkg.neo4j.connection import connect
    from ctkg.neo4j.wipe import wipe as run_wipe

    settings = _settings(uri, user, password, database)
    if not yes and sys.stdin.isatty():
        click.confirm(f"Delete every Resource node in {settings.uri} "
                      f"(database {settings.database})?", abort=True)
    with connect(settings) as driver:
        try:
            removed = run_wipe(driver, settings.database, batch_size)
        except Exception as err:  # driver errors become one line
            raise settings.fail(err, "the wipe") from None
    click.echo(f"Deleted {removed} nodes from {settings.uri} (database {settings.database}).")
