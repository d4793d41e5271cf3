"""SHACL validation of report graphs with pySHACL (shapes in shapes/)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ctkg.resources import resource_dir
from loaders.errors import ReportError

if TYPE_CHECKING:
    from rdflib import Graph

    from ctkg.build import LoadedReport


def load_shapes() -> Graph | None:
    from rdflib import Graph

    files = sorted(resource_dir("shapes").glob("*.ttl"))
    if not files:
        return None
    shapes = Graph()
    for path in files:
        shapes.parse(path, format="turtle")
    return shapes


def build_validator(allow_invalid: bool) -> Callable[[LoadedReport, Graph], list[str]]:
    """A build hook: warnings for the user, ReportError on violations unless allowed."""
    shapes = load_shapes()

    def validate(report: LoadedReport, graph: Graph) -> list[str]:
        if shapes is None:
            return []
        from pyshacl import validate as shacl

        conforms, _report_graph, text = shacl(graph, shacl_graph=shapes, advanced=True)
        if conforms:
            return []
        if allow_invalid:
            return [f"SHACL: {line.strip()}" for line in text.splitlines() if "Message" in line]
        raise ReportError(report.path, "the graph does not conform to the SHACL shapes "
                          "(run `ctkg build --allow-invalid` then `ctkg validate`)")

    return validate
