"""Run SPARQL on the embedded store: ad hoc text, a .rq file or a catalogue query by name.

Parameters are bound as RDF terms (Oxigraph substitutions, SEP-0007), never pasted into the
query text, so a value holding SPARQL syntax stays a value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ctkg.resources import resource_dir

PARAM_LINE = re.compile(
    r"^#\s*@param\s+(?P<name>\w+)\s+(?P<type>iri|string|integer|year|date)"
    r"(?:\s+(?P<example>\S+))?\s*(?:[-—]+\s*(?P<doc>.*))?$"
)
HEADER_LINE = re.compile(r"^#\s*@(?P<key>title|answers)\s+(?P<value>.+)$")
XSD = "http://www.w3.org/2001/XMLSchema#"


class QueryError(Exception):
    """A query that cannot run: unknown name, bad syntax, bad parameter."""


@dataclass
class Param:
    name: str
    type: str
    example: str | None = None
    doc: str = ""


@dataclass
class CatalogueQuery:
    """A named competency question with its documentation and parameters."""

    name: str
    text: str
    path: Path | None = None
    title: str = ""
    answers: str = ""
    params: list[Param] = field(default_factory=list)

    @classmethod
    def from_text(cls, name: str, text: str, path: Path | None = None) -> CatalogueQuery:
        query = cls(name, text, path)
        for line in text.splitlines():
            if m := PARAM_LINE.match(line.strip()):
                query.params.append(Param(m["name"], m["type"], m["example"], m["doc"] or ""))
            elif m := HEADER_LINE.match(line.strip()):
                setattr(query, m["key"], m["value"].strip())
        return query


def catalogue_dir(kind: str = "sparql") -> Path:
    return resource_dir("queries") / kind


def catalogue(kind: str = "sparql") -> list[CatalogueQuery]:
    suffix = ".rq" if kind == "sparql" else ".cypher"
    return [CatalogueQuery.from_text(p.stem, p.read_text("utf-8"), p)
            for p in sorted(catalogue_dir(kind).glob(f"*{suffix}"))]


def resolve(name_or_file: str | None, expression: str | None) -> CatalogueQuery:
    """A query from -e text, a .rq file path, or a catalogue name."""
    if expression is not None:
        return CatalogueQuery.from_text("<expression>", expression)
    if not name_or_file:
        raise QueryError("give a catalogue query NAME, a FILE.rq or -e SPARQL")
    path = Path(name_or_file)
    if path.suffix == ".rq" or path.is_file():
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return CatalogueQuery.from_text(path.stem, path.read_text("utf-8"), path)
    candidate = catalogue_dir() / f"{name_or_file}.rq"
    if not candidate.is_file():
        names = ", ".join(q.name for q in catalogue()) or "none"
        raise QueryError(f"no catalogue query named {name_or_file!r} (known: {names})")
    return CatalogueQuery.from_text(name_or_file, candidate.read_text("utf-8"), candidate)


def bind(query: CatalogueQuery, values: Mapping[str, str]) -> dict[str, Any]:
    """Turn k=v strings into pyoxigraph terms according to the declared parameter types."""
    import pyoxigraph as ox

    declared = {p.name: p for p in query.params}
    bound: dict[Any, Any] = {}
    for name, raw in values.items():
        param = declared.get(name)
        kind = param.type if param else "string"
        if param is None and query.params:
            known = ", ".join(declared) or "none"
            raise QueryError(f"query {query.name!r} has no parameter {name!r} (it takes: {known})")
        try:
            if kind == "iri":
                term: Any = ox.NamedNode(raw)
            elif kind == "integer":
                term = ox.Literal(str(int(raw)), datatype=ox.NamedNode(XSD + "integer"))
            elif kind == "year":
                term = ox.Literal(f"{int(raw):04d}", datatype=ox.NamedNode(XSD + "gYear"))
            elif kind == "date":
                term = ox.Literal(raw, datatype=ox.NamedNode(XSD + "date"))
            else:
                term = ox.Literal(raw)
        except ValueError as err:
            raise QueryError(f"parameter {name}={raw!r} is not a valid {kind}: {err}") from None
        bound[ox.Variable(name)] = term
    return bound


def term_value(term: Any) -> Any:
    """A plain Python value for a result cell (IRI string, literal lexical form)."""
    if term is None:
        return None
    return term.value


def run(store: Any, query: CatalogueQuery, values: Mapping[str, str] | None = None
        ) -> tuple[list[str], list[dict[str, Any]]]:
    """Run a SELECT or ASK; return column names and rows of plain values."""
    substitutions = bind(query, values or {})
    try:
        result = store.query(query.text, substitutions=substitutions or None)
    except SyntaxError as err:
        message = " ".join(str(err).split())
        raise QueryError(f"SPARQL syntax error in {query.name}: {message}") from None
    if isinstance(result, bool) or type(result).__name__ == "QueryBoolean":
        return ["ask"], [{"ask": bool(result)}]
    variables = getattr(result, "variables", None)
    if variables is None:
        raise QueryError("only SELECT and ASK queries print as rows; use `ctkg export` or "
                         "the endpoint for CONSTRUCT/DESCRIBE")
    columns = [v.value for v in variables]
    rows = [{c: term_value(solution[c]) for c in columns} for solution in result]
    return columns, rows
