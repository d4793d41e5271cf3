"""The `ctkg` command line. Heavy libraries are imported inside the commands that need them.

Every failure a user can cause (a wrong file, a bad query, a missing store, a server that is down)
ends as one line on stderr and exit code 2; --debug shows the traceback instead.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from ctkg.output import render, write_output

EXIT_ERROR = 2


# optional extras: the module a command needs -> the extra that installs it
EXTRAS = {"uvicorn": "web", "starlette": "web", "jinja2": "web", "neo4j": "neo4j"}


class CtkgGroup(click.Group):
    """Turns errors into one clear line and exit code 2 (--debug: the traceback).

    Errors meant for the user carry `user_facing = True` (ReportError, StoreError, QueryError,
    ...); checking the marker, not the classes, keeps error paths free of heavy imports.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:  # `ctkg ... | head`: the reader has gone, nothing to say
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except Exception as err:
            if ctx.meta.get("ctkg.debug") or "--debug" in sys.argv:
                raise
            if getattr(err, "user_facing", False):
                fail(str(err))
            missing = err.name if isinstance(err, ModuleNotFoundError) else None
            if missing and missing.split(".")[0] in EXTRAS:
                extra = EXTRAS[missing.split(".")[0]]
                fail(f"this command needs the optional {missing!r} package: "
                     f"pip install 'ctkg[{extra}]'")
            fail(f"{type(err).__name__}: {err} (run with --debug for the traceback)")


def fail(message: str) -> NoReturn:
    click.echo(f"ctkg: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _store(ctx: click.Context) -> Any:
    return store_dir(ctx)


def store_dir(ctx: click.Context) -> Any:
    """The store folder chosen by --store, CTKG_STORE or the per-user default."""
    from ctkg.store import StoreDir, default_store_path

    path = ctx.find_root().obj.get("store") or default_store_path()
    return StoreDir(Path(path))


FORMAT = click.Choice(["table", "json"])


@click.group(cls=CtkgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), envvar="CTKG_STORE",
              help="Store folder (default: $CTKG_STORE or the per-user data folder).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.version_option(package_name="ctkg")
@click.pass_context
def main(ctx: click.Context, store: Path | None, debug: bool) -> None:
    """ctkg: a knowledge graph of counter-terrorism actors and instruments (APEC CTAP reports)."""
    ctx.ensure_object(dict)
    ctx.obj["store"] = store
    ctx.meta["ctkg.debug"] = debug


@main.command()
@click.argument("reports", nargs=-1, type=click.Path(path_type=Path))
@click.option("--add", is_flag=True, help="Keep the reports already in the store.")
@click.option("--strict", is_flag=True, help="Refuse a report that loads with warnings.")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation of each report.")
@click.option("--allow-invalid", is_flag=True, help="Commit reports with SHACL violations.")
@click.option("--format", "fmt", type=FORMAT, default="table", show_default=True)
@click.pass_context
def build(ctx: click.Context, reports: tuple[Path, ...], add: bool, strict: bool,
          no_validate: bool, allow_invalid: bool, fmt: str) -> None:
    """Build the store from REPORTS (default: the bundled report)."""
    from ctkg.build import build as run_build
    from ctkg.resources import bundled_reports

    paths = list(reports) or bundled_reports()
    validator = None
    if not no_validate:
        from ctkg.validate import build_validator

        validator = build_validator(allow_invalid=allow_invalid)
    result = run_build(_store(ctx), paths, add=add, strict=strict, validator=validator)
    for warning in result.warnings:
        click.echo(str(warning), err=True)
    if fmt == "json":
        click.echo(json.dumps({"store": str(result.store), "seconds": round(result.seconds, 3),
                               "stats": result.stats,
                               "warnings": [str(w) for w in result.warnings]}, indent=2))
        return
    s = result.stats
    click.echo(
        f"Built {result.store} from {s['reports']} report(s) in {result.seconds:.2f} s: "
        f"{s['policy_areas']} policy areas, {s['contact_points']} contact points, "
        f"{s['commitments']} commitments, {s['measures']} measures, {s['agencies']} agencies, "
        f"{s['instruments']} instruments, {s['bills']} bills, {s['triples']} triples."
    )


@main.command()
@click.option("--format", "fmt", type=FORMAT, default="table", show_default=True)
@click.pass_context
def reports(ctx: click.Context, fmt: str) -> None:
    """List the reports in the store."""
    manifest = _store(ctx).current().manifest()
    columns = ["document_id", "economy", "calendar_year", "last_updated", "source",
               "policy_areas", "contact_points", "commitments", "measures"]
    render(manifest["reports"], columns, fmt)


@main.command()
@click.option("--format", "fmt", type=FORMAT, default="table", show_default=True)
@click.pass_context
def stats(ctx: click.Context, fmt: str) -> None:
    """Counts by kind: policy areas, contact points, commitments, ..."""
    counts: dict[str, int] = _store(ctx).current().manifest()["stats"]
    if fmt == "json":
        click.echo(json.dumps(counts, indent=2))
    else:
        render([{"kind": k, "count": v} for k, v in counts.items()], ["kind", "count"], fmt)


@main.command()
@click.argument("query")
@click.option("--format", "fmt", type=FORMAT, default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
@click.pass_context
def contact(ctx: click.Context, query: str, fmt: str, limit: int) -> None:
    """Who is the contact point for QUERY (a topic, agency, acronym, instrument or phrase)."""
    from ctkg.contact import lookup

    results = lookup(_store(ctx).current().contacts_path, query, limit)
    if fmt == "json":
        render(results, [], fmt)
        return
    if not results:
        click.echo(f"No contact point matches {query!r}.", err=True)
        sys.exit(1)
    for rank, person in enumerate(results, start=1):
        click.echo(contact_card(rank, person))


def contact_card(rank: int, p: dict[str, Any]) -> str:
    """A person as a few readable lines: who, where, how to reach them, why they matched."""
    name = " ".join(filter(None, [p["honorific"], p["name"]]))
    org = p["organization"] or ""
    if p["organization_acronym"]:
        org = f"{org} ({p['organization_acronym']})"
    reach = [f"tel {p['telephone']}" if p["telephone"] else "",
             f"fax {p['fax']}" if p["fax"] else "", p["email"] or ""]
    lines = [
        f"{rank}. {name} — {p['title'] or 'no title given'}",
        f"   {org} · {p['policy_area']} · {p['role']} · {p['economy']} {p['calendar_year']}",
        "   " + " · ".join(r for r in reach if r),
    ]
    lines += [f"   {'why:' if i == 0 else '    '} {why}" for i, why in enumerate(p["matched"])]
    return "\n".join(lines) + "\n"


@main.command()
@click.argument("name", required=False)
@click.option("-e", "--expression", help="SPARQL text to run instead of a NAME or FILE.")
@click.option("--param", "params", multiple=True, metavar="K=V", help="Bind a parameter.")
@click.option("--list", "list_", is_flag=True, help="List the catalogue of named queries.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@click.pass_context
def query(ctx: click.Context, name: str | None, expression: str | None, params: tuple[str, ...],
          list_: bool, fmt: str) -> None:
    """Run SPARQL: a catalogue NAME, a FILE.rq, or -e TEXT."""
    from ctkg import query as q

    if list_:
        render(q.listing(q.catalogue()), ["name", "title", "params"], fmt)
        return
    values = q.parse_params(params)
    chosen = q.resolve(name, expression)
    columns, rows = q.run(_store(ctx).current().open_graph(), chosen, values)
    render(rows, columns, fmt)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "jsonld", "graphml"]),
              default="ttl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to FILE (atomically) instead of standard output.")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path | None) -> None:
    """Export the graph as Turtle, N-Triples, JSON-LD or GraphML."""
    from ctkg.export import export_graph

    data = export_graph(_store(ctx).current(), fmt)
    if output is None:
        sys.stdout.buffer.write(data)
        return
    write_output(output, data)
    click.echo(f"Wrote {output} ({len(data)} bytes, {fmt}).", err=True)


def _register() -> None:
    from ctkg.commands import neo4j, serve, validate, viz

    for module in (validate, serve, neo4j, viz):
        main.add_command(module.command)


_register()


if __name__ == "__main__":  # pragma: no cover - `python -m ctkg` is the usual way
    main()
