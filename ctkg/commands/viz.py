"""`ctkg viz` (not implemented yet)."""

from __future__ import annotations

import click


@click.command(name="viz")
def command() -> None:
    """Not implemented yet."""
    raise click.ClickException("ctkg viz is not implemented yet")
