"""`ctkg validate`: check the store's graph against the SHACL shapes (or the ontology) in words.

Exit codes: 0 the graph conforms (warnings and infos alone still conform), 1 violations,
2 an error (a bad shapes file, no store). Heavy libraries are imported inside the command.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from rdflib import Graph

    from ctkg.ontology_checks import Problem
    from ctkg.validate import Finding, ValidationReport

EXIT_VIOLATIONS = 1


@click.command(name="validate")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "turtle"]), default="text",
              show_default=True, help="text for people, json for programs, turtle for the "
              "standard SHACL validation report.")
@click.option("--shapes", "shapes_path", type=click.Path(path_type=Path), envvar="CTKG_SHAPES",
              help="A shapes file or folder of *.ttl (default: $CTKG_SHAPES or the bundled "
              "shapes/).")
@click.option("--ontology", "ontology_report", is_flag=True,
              help="Check the ontology instead (ROBOT-style report): every emitted class and "
              "property declared, labelled, commented, with unique labels and a shape.")
@click.pass_context
def command(ctx: click.Context, fmt: str, shapes_path: Path | None, ontology_report: bool) -> None:
    """Validate the store's graph against the SHACL shapes and explain what is wrong.

    Results are grouped by the node they concern, named in words (a person, a commitment, a
    bill), with the report file and line it was read from.
    """
    from ctkg.errors import UserError
    from ctkg.validate import ShapesError, load_shapes, shapes_files, validate_graph

    try:
        shapes = load_shapes(shapes_path)
        files = shapes_files(shapes_path)
    except ShapesError as err:
        raise UserError(str(err)) from None
    store_path, data = _store_graph(ctx)
    if ontology_report:
        if fmt == "turtle":
            raise UserError("--ontology reports as text or json, not turtle")
        if _ontology(data, shapes, fmt):
            ctx.exit(EXIT_VIOLATIONS)
        return
    try:
        report = validate_graph(data, shapes)
    except ShapesError as err:
        raise UserError(str(err)) from None
    if fmt == "turtle":
        sys.stdout.write(report.graph.serialize(format="turtle"))
    elif fmt == "json":
        click.echo(json.dumps(_json(report, len(data)), indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(report, store_path, len(data), len(files)), nl=False)
    if not report.conforms:
        ctx.exit(EXIT_VIOLATIONS)


def _store_graph(ctx: click.Context) -> tuple[Path, Graph]:
    """The default graph (the report data) of the store's live generation, as an rdflib Graph."""
    from rdflib import Graph

    from ctkg.cli import store_dir

    store = store_dir(ctx)
    data = store.current().default_graph_ntriples()
    graph = Graph()
    if data:
        graph.parse(data=data, format="nt")
    return Path(store.path), graph


def _json(report: ValidationReport, triples: int) -> dict[str, Any]:
    counts = report.counts()
    return {
        "conforms": report.conforms,
        "triples": triples,
        "violations": counts["Violation"],
        "warnings": counts["Warning"],
        "infos": counts["Info"],
        "results": [f.as_dict() for f in report.findings],
    }


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render_text(report: ValidationReport, store: Path, triples: int, shape_files: int) -> str:
    """Findings grouped by node: the node in words and its source line, then each problem."""
    counts = report.counts()
    tally = (f"{_plural(counts['Violation'], 'violation')}, {_plural(counts['Warning'], 'warning')}"
             f", {_plural(counts['Info'], 'info')}")
    checked = f"{triples} triples in {store} against {_plural(shape_files, 'shapes file')}"
    if not report.findings:
        return f"The graph conforms: no violations, warnings or infos ({checked}).\n"
    verdict = "The graph conforms" if report.conforms else "The graph does not conform"
    lines = [f"{verdict}: {tally} ({checked}).", ""]
    for group in _groups(report.findings):
        first = group[0]
        lines.append(f"{first.subject}")
        lines.append(f"    {_where(first)}")
        lines.append(f"    <{first.focus}>")
        for finding in group:
            lines.append(f"  {finding.severity:<9}  {finding.message}")
            detail = _detail(finding)
            if detail:
                lines.append(f"  {'':<9}  {detail}")
        lines.append("")
    return "\n".join(lines)


def _groups(findings: Sequence[Finding]) -> list[list[Finding]]:
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.focus, []).append(finding)
    return list(groups.values())


def _where(finding: Finding) -> str:
    if finding.source is None:
        return "source: not recorded (no report line names it)"
    where = finding.where
    span = (f" (lines {finding.line}-{finding.end_line})"
            if finding.line and finding.end_line and finding.end_line != finding.line else "")
    if finding.located == "named":
        return f"named at {where}{span} (it has no source lines of its own; this is where a " \
               "report names it)"
    return f"read from {where}{span}"


def _detail(finding: Finding) -> str:
    if finding.path and finding.value:
        return f"{finding.path} = {finding.value}"
    return finding.path or ""


def _ontology(data: Graph, shapes: Graph, fmt: str) -> bool:
    """Print the ontology report; True when it has errors."""
    from ctkg.ontology_checks import check_ontology, load_ontology

    problems = check_ontology(data, load_ontology(), shapes)
    errors = [p for p in problems if p.level == "ERROR"]
    if fmt == "json":
        click.echo(json.dumps({"errors": len(errors), "problems": [p.as_dict() for p in problems]},
                              indent=2, ensure_ascii=False))
    else:
        click.echo(_ontology_text(problems), nl=False)
    return bool(errors)


def _ontology_text(problems: Sequence[Problem]) -> str:
    if not problems:
        return "The ontology report is clean: every emitted term is declared, labelled, " \
               "commented, uniquely labelled, and every emitted class has a shape.\n"
    rows = [f"{p.level:<6} {p.check:<22} {p.term:<40} {p.message}" for p in problems]
    return "\n".join([f"{'LEVEL':<6} {'CHECK':<22} {'TERM':<40} MESSAGE", *rows]) + "\n"
