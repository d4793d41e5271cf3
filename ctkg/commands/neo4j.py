"""`ctkg neo4j` (not implemented yet)."""

from __future__ import annotations

import click


@click.command(name="neo4j")
def command() -> None:
    """Not implemented yet."""
    raise click.ClickException("ctkg neo4j is not implemented yet")
