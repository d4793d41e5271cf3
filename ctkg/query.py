"""Run SPARQL on the embedded store: ad hoc text, a .rq file or a catalogue query by name.

Parameters are bound as RDF terms (Oxigraph substitutions, SEP-0007), never pasted into the
query text, so a value holding SPARQL syntax stays a value.

A catalogue query documents itself in its header comment::

    # @title Contact points for a policy area
    # @answers Who is the contact point for policy area ?code ...
    # @param code string A.3 -- policy-area code; unbound lists every area
    # @param node iri https://w3id.org/ctkg/id/... -- (required) the node to trace

An example holding spaces is quoted ("aviation security"). A parameter whose doc starts with
"(required)" must be given; every other parameter may be left unbound.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ctkg.resources import resource_dir

PARAM_LINE = re.compile(
    r"^#\s*@param\s+(?P<name>\w+)\s+(?P<type>iri|string|integer|year|date)"
    r"(?:\s+(?P<example>\"[^\"]*\"|(?!--)\S+))?\s*(?:(?:--|—)\s*(?P<doc>.*))?$"
)
HEADER_LINE = re.compile(r"^#\s*@(?P<key>title|answers)\s+(?P<value>.+)$")
REQUIRED = "(required)"
XSD = "http://www.w3.org/2001/XMLSchema#"
ID_BASE = "https://w3id.org/ctkg/id/"
INTEGER_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger",
                                   "positiveInteger", "unsignedInt", "unsignedLong")}


class QueryError(Exception):
    """A query that cannot run: unknown name, bad syntax, bad parameter."""

    user_facing = True  # the CLI prints the message alone, exit code 2


@dataclass
class Param:
    name: str
    type: str
    example: str | None = None
    doc: str = ""

    @property
    def required(self) -> bool:
        return self.doc.lstrip().lower().startswith(REQUIRED)


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
                example = m["example"].strip('"') if m["example"] else None
                query.params.append(Param(m["name"], m["type"], example, (m["doc"] or "").strip()))
            elif m := HEADER_LINE.match(line.strip()):
                setattr(query, m["key"], m["value"].strip())
        return query

    def examples(self) -> dict[str, str]:
        """The documented example value of every parameter that has one."""
        return {p.name: p.example for p in self.params if p.example is not None}


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
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise QueryError(f"{path}: cannot read the query ({err})") from None
        return CatalogueQuery.from_text(path.stem, text, path)
    candidate = catalogue_dir() / f"{name_or_file}.rq"
    if not re.fullmatch(r"\w+", name_or_file) or not candidate.is_file():
        names = ", ".join(q.name for q in catalogue()) or "none"
        raise QueryError(f"no catalogue query named {name_or_file!r} (known: {names})")
    return CatalogueQuery.from_text(name_or_file, candidate.read_text("utf-8"), candidate)


def _term(kind: str, raw: str) -> Any:
    """One k=v string as the pyoxigraph term its declared type asks for (ValueError if not)."""
    import pyoxigraph as ox

    if kind == "iri":
        # a short form relative to the instance namespace: agency/mx-sct
        iri = raw if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", raw) else ID_BASE + raw
        return ox.NamedNode(iri)
    if kind == "integer":
        return ox.Literal(str(int(raw)), datatype=ox.NamedNode(XSD + "integer"))
    if kind == "year":
        if not re.fullmatch(r"\d{4}", raw.strip()):
            raise ValueError("write a year as four digits, e.g. 2012")
        return ox.Literal(raw.strip(), datatype=ox.NamedNode(XSD + "gYear"))
    if kind == "date":
        value = datetime.date.fromisoformat(raw.strip())
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    return ox.Literal(raw)


def parse_params(items: Iterable[str]) -> dict[str, str]:
    """`--param NAME=VALUE` options as a dict (shared by `ctkg query` and `ctkg neo4j query`)."""
    values: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {item!r}: write it as NAME=VALUE")
        values[key.strip()] = value
    return values


def listing(queries: Iterable[CatalogueQuery]) -> list[dict[str, str]]:
    """Rows for `--list`: name, title and parameters with their examples."""
    return [{"name": c.name, "title": c.title,
             "params": ", ".join(f"{p.name}={p.example or ''}" for p in c.params)}
            for c in queries]


def check_values(query: CatalogueQuery, values: Mapping[str, str],
                 convert: Callable[[str, str], Any]) -> dict[str, Any]:
    """Every given value converted by `convert(type, raw)`, keyed by parameter name.

    A catalogue or file query accepts only the parameters it declares and insists on its
    required ones; an -e expression that declares none takes any NAME=VALUE as a string. The
    SPARQL and the Cypher runner share this and differ only in `convert`.
    """
    declared = {p.name: p for p in query.params}
    strict = bool(query.params) or query.path is not None
    converted: dict[str, Any] = {}
    for name, raw in values.items():
        param = declared.get(name)
        if param is None and strict:
            known = ", ".join(declared) or "none"
            raise QueryError(f"query {query.name!r} has no parameter {name!r} (it takes: {known})")
        kind = param.type if param else "string"
        try:
            converted[name] = convert(kind, raw)
        except ValueError as err:
            raise QueryError(f"parameter {name}={raw!r} is not a valid {kind}: {err}") from None
    missing = [p for p in query.params if p.required and p.name not in values]
    if missing:
        p = missing[0]
        example = f", e.g. --param {p.name}={p.example}" if p.example else ""
        raise QueryError(f"query {query.name!r} needs parameter {p.name!r} ({p.type}{example})")
    return converted


def bind(query: CatalogueQuery, values: Mapping[str, str]) -> dict[Any, Any]:
    """k=v strings as pyoxigraph substitutions, typed as the query declares."""
    import pyoxigraph as ox

    return {ox.Variable(name): term
            for name, term in check_values(query, values, _term).items()}


def term_value(term: Any) -> Any:
    """A plain Python value for a result cell: IRI string, literal lexical form, int, bool."""
    if term is None:
        return None
    datatype = getattr(term, "datatype", None)
    if datatype is not None:
        if datatype.value in INTEGER_TYPES:
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if datatype.value == XSD + "boolean":
            return term.value in ("true", "1")
    return term.value


def run(store: Any, query: CatalogueQuery, values: Mapping[str, str] | None = None
        ) -> tuple[list[str], list[dict[str, Any]]]:
    """Run a SELECT or ASK; return column names and rows of plain values."""
    substitutions = bind(query, values or {})
    try:
        result = store.query(query.text, substitutions=substitutions or None)
        if isinstance(result, bool) or type(result).__name__ == "QueryBoolean":
            return ["ask"], [{"ask": bool(result)}]
        variables = getattr(result, "variables", None)
        if variables is None:
            raise QueryError("only SELECT and ASK queries print as rows; use `ctkg export` or "
                             "the endpoint for CONSTRUCT/DESCRIBE")
        columns = [v.value for v in variables]
        rows = [{c: term_value(solution[c]) for c in columns} for solution in result]
    except SyntaxError as err:
        message = " ".join(str(err).split())
        raise QueryError(f"SPARQL syntax error in {query.name}: {message}") from None
    except (RuntimeError, OSError) as err:
        # e.g. a bound parameter that the SELECT does not project
        message = " ".join(str(err).split())
        raise QueryError(f"query {query.name} failed: {message}") from None
    return columns, rows
