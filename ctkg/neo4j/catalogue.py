"""The Cypher catalogue: queries/cypher/NAME.cypher, the twin of queries/sparql/NAME.rq.

A twin carries the same header as its SPARQL original, as `//` comments::

    // @title Contact points for a policy area
    // @param code string A.3 -- policy-area code; unbound lists every area

and returns the same columns in the same order. Parameters are passed to the driver as query
parameters ($code), never pasted into the text, so a value holding Cypher stays a value. Every
declared parameter is bound (null when not given), so a twin can say `$code IS NULL OR ...`
where the SPARQL query leaves a variable unbound.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ctkg.query import ID_BASE, CatalogueQuery, QueryError, check_values
from ctkg.resources import resource_dir

SUFFIX = ".cypher"


def parse(name: str, text: str, path: Path | None = None) -> CatalogueQuery:
    """Read the `// @...` header with the SPARQL catalogue's parser; keep the Cypher text."""
    header = "\n".join("#" + line.strip()[2:] for line in text.splitlines()
                       if line.strip().startswith("//"))
    query = CatalogueQuery.from_text(name, header, path)
    query.text = text
    return query


def catalogue_dir() -> Path:
    return resource_dir("queries") / "cypher"


def catalogue() -> list[CatalogueQuery]:
    return [parse(p.stem, p.read_text("utf-8"), p)
            for p in sorted(catalogue_dir().glob(f"*{SUFFIX}"))]


def resolve(name_or_file: str | None, expression: str | None) -> CatalogueQuery:
    """A query from -e text, a .cypher file, or a catalogue name."""
    if expression is not None:
        return parse("<expression>", expression)
    if not name_or_file:
        raise QueryError("give a catalogue query NAME, a FILE.cypher or -e CYPHER")
    path = Path(name_or_file)
    if path.suffix == SUFFIX or path.is_file():
        try:
            return parse(path.stem, path.read_text("utf-8"), path)
        except (OSError, UnicodeDecodeError) as err:
            raise QueryError(f"{path}: cannot read the query ({err})") from None
    candidate = catalogue_dir() / f"{name_or_file}{SUFFIX}"
    if not re.fullmatch(r"\w+", name_or_file) or not candidate.is_file():
        names = ", ".join(q.name for q in catalogue()) or "none"
        raise QueryError(f"no Cypher catalogue query named {name_or_file!r} (known: {names})")
    return parse(name_or_file, candidate.read_text("utf-8"), candidate)


def value(kind: str, raw: str) -> Any:
    """A k=v string as the Cypher value its declared type asks for (ValueError if it is not).

    Years are strings because the projection keeps xsd:gYear as written ("2012").
    """
    if kind == "iri":
        return raw if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", raw) else ID_BASE + raw
    if kind == "integer":
        return int(raw)
    if kind == "year":
        if not re.fullmatch(r"\d{4}", raw.strip()):
            raise ValueError("write a year as four digits, e.g. 2012")
        return raw.strip()
    if kind == "date":
        return datetime.date.fromisoformat(raw.strip())
    return raw


def bind(query: CatalogueQuery, values: Mapping[str, str]) -> dict[str, Any]:
    """Every declared parameter, typed; null for the ones not given."""
    return {**{p.name: None for p in query.params}, **check_values(query, values, value)}


def plain(item: Any) -> Any:
    """A JSON-ready value: temporal values as ISO text, nodes as their properties."""
    from neo4j.graph import Node, Path, Relationship

    if item is None or isinstance(item, bool | int | float | str):
        return item
    if isinstance(item, list | tuple):
        return [plain(v) for v in item]
    if isinstance(item, dict):
        return {k: plain(v) for k, v in item.items()}
    if isinstance(item, Node):
        return {"labels": sorted(item.labels), **{k: plain(v) for k, v in item.items()}}
    if isinstance(item, Relationship):
        return {"type": item.type, **{k: plain(v) for k, v in item.items()}}
    if isinstance(item, Path):
        return [plain(n) for n in item.nodes]
    iso = getattr(item, "iso_format", None)
    if callable(iso):
        return iso()
    return str(item)


def run(driver: Any, database: str, query: CatalogueQuery, values: Mapping[str, str] | None = None,
        read_only: bool = True) -> tuple[list[str], list[dict[str, Any]]]:
    """Run a query; return its column names and rows of plain values.

    Catalogue questions run in a read transaction, so not even a broken twin can write.
    """
    params = bind(query, values or {})

    def work(tx: Any) -> tuple[list[str], list[dict[str, Any]]]:
        result = tx.run(query.text, params)
        columns = list(result.keys())
        return columns, [{c: plain(record[c]) for c in columns} for record in result]

    with driver.session(database=database) as session:
        if read_only:
            return session.execute_read(work)
        result = session.run(query.text, params)
        columns = list(result.keys())
        return columns, [{c: plain(record[c]) for c in columns} for record in result]
