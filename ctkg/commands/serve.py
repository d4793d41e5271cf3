"""`ctkg serve` (not implemented yet)."""

from __future__ import annotations

import click


@click.command(name="serve")
def command() -> None:
    """Not implemented yet."""
    raise click.ClickException("ctkg serve is not implemented yet")
