"""`ctkg viz`: write agency–commitment links as a self-contained HTML page."""

from __future__ import annotations

from pathlib import Path

import click


@click.command(name="viz")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("ctkg-graph.html"), show_default=True, help="HTML file to write.")
@click.option("--area", metavar="CODE", help="Only one policy area (e.g. A.3).")
@click.pass_context
def command(ctx: click.Context, output: Path, area: str | None) -> None:
    """Draw which agencies carry which commitments (an SVG page, no network needed)."""
    from ctkg.cli import store_dir
    from ctkg.errors import UserError
    from ctkg.output import write_output
    from ctkg.viz import fetch_links, render_html

    generation = store_dir(ctx).current()
    links = fetch_links(generation.open_graph(), area)
    if not links:
        raise UserError(f"no agency–commitment links{' in area ' + area if area else ''}")
    title = "Agencies and the commitments they carry" + (f" – {area}" if area else "")
    write_output(output, render_html(links, title).encode("utf-8"))
    click.echo(f"Wrote {output}: {len(links)} links.", err=True)
