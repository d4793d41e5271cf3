"""Run a SPARQL query on the read-only Oxigraph store under a time limit and a result-size cap.

Each query runs in its own daemon thread (pyoxigraph releases the GIL while it evaluates), so the
event loop stays free and stops waiting when the time limit passes. Python cannot kill a thread:
an overrunning query is told to stop and does so before its next solution, which ends a query
that streams solutions at once; a query that must finish a long step before its first solution
(a COUNT, GROUP BY or ORDER BY over a huge join) keeps its thread and one CPU until that step
ends. `max_running` bounds how many such threads exist; a query that finds no free slot within
its time limit is answered 503.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from ctkg.web.errors import StatusError
from ctkg.web.negotiation import GRAPH_TYPES, RESULT_TYPES, describe

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
RESULT_FORMATS = {"xml": ox.QueryResultsFormat.XML, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD,
                 "ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML}


class QueryFailed(StatusError):
    """The query did not produce an answer; `status` is the HTTP status to report."""


@dataclass
class Answer:
    """A serialised answer: its form (solutions, boolean, graph), bytes and truncation flag."""

    form: str
    media_type: str
    body: bytes
    rows: int
    truncated: bool


@dataclass(frozen=True)
class Formats:
    """The media type and format chosen for each result form (None: not acceptable)."""

    results: tuple[str, str] | None
    graph: tuple[str, str] | None


def term_json(term: Any) -> dict[str, Any]:
    """A term in the SPARQL 1.1 Query Results JSON format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": term_json(term.subject),
                                            "predicate": term_json(term.predicate),
                                            "object": term_json(term.object)}}
    out: dict[str, Any] = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
        out["datatype"] = term.datatype.value
    return out


def solutions_json(variables: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    bindings = [{v: term_json(t) for v, t in zip(variables, row, strict=True) if t is not None}
                for row in rows]
    doc = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _serialise_solutions(variables: list[str], rows: list[tuple[Any, ...]], fmt: str) -> bytes:
    """JSON written here; XML, CSV and TSV by Oxigraph's own writers, from that JSON."""
    data = solutions_json(variables, rows)
    if fmt == "json":
        return data
    parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    return bytes(parsed.serialize(format=RESULT_FORMATS[fmt]) or b"")


def _serialise_boolean(value: bool, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode("utf-8")
    result = ox.parse_query_results(json.dumps({"head": {}, "boolean": value}).encode(),
                                    format=ox.QueryResultsFormat.JSON)
    return bytes(result.serialize(format=RESULT_FORMATS[fmt]) or b"")


def evaluate(store: Any, text: str, formats: Formats, max_results: int,
             stop: threading.Event, options: dict[str, Any], prefixes: dict[str, str]) -> Answer:
    """Run `text` and serialise its answer; stops early when `stop` is set (time is up)."""
    try:
        result = store.query(text, **options)
    except SyntaxError as err:
        raise QueryFailed(400, "SPARQL syntax error: " + " ".join(str(err).split())) from None
    except (OSError, RuntimeError, ValueError, TypeError) as err:
        # e.g. a substitution for a variable the query does not use
        raise QueryFailed(400, "the query cannot run: " + " ".join(str(err).split())) from None
    if isinstance(result, ox.QueryBoolean):
        if formats.results is None:
            raise QueryFailed(406, _not_acceptable("an ASK", RESULT_TYPES))
        media_type, fmt = formats.results
        return Answer("boolean", media_type, _serialise_boolean(bool(result), fmt), 1, False)
    if isinstance(result, ox.QuerySolutions):
        if formats.results is None:
            raise QueryFailed(406, _not_acceptable("a SELECT", RESULT_TYPES))
        variables = [v.value for v in result.variables]
        rows: list[tuple[Any, ...]] = []
        truncated = _collect(result, rows, max_results, stop,
                             lambda s: tuple(s[v] for v in variables))
        media_type, fmt = formats.results
        return Answer("solutions", media_type, _serialise_solutions(variables, rows, fmt),
                      len(rows), truncated)
    if formats.graph is None:
        raise QueryFailed(406, _not_acceptable("a CONSTRUCT or DESCRIBE", GRAPH_TYPES))
    triples: list[Any] = []
    truncated = _collect(result, triples, max_results, stop, lambda t: t)
    media_type, fmt = formats.graph
    body = ox.serialize(triples, format=GRAPH_FORMATS[fmt],
                        prefixes=prefixes if fmt == "turtle" else None)
    return Answer("graph", media_type, bytes(body or b""), len(triples), truncated)


def _not_acceptable(form: str, offered: tuple[tuple[str, str], ...]) -> str:
    return f"none of the media types in Accept can carry {form} answer; use {describe(offered)}"


def _collect(result: Any, out: list[Any], cap: int, stop: threading.Event, convert: Any) -> bool:
    """Fill `out` with up to `cap` items; True when there were more (the answer is truncated)."""
    try:
        for item in result:
            if stop.is_set():
                raise QueryFailed(503, "stopped")
            if len(out) == cap:
                return True
            out.append(convert(item))
    except OSError as err:
        raise QueryFailed(500, f"the store failed while reading: {err}") from None
    return False


class Runner:
    """Runs queries in daemon threads, at most `max_running` at once, each within `timeout` s.

    A query waits for a free slot, but no longer than its own time limit: the time spent waiting
    counts against it, and a query that never got a slot is answered 503 "busy".
    """

    def __init__(self, timeout: float, max_results: int, max_running: int,
                 prefixes: dict[str, str] | None = None) -> None:
        self.timeout = timeout
        self.max_results = max_results
        self.max_running = max_running
        self.prefixes = prefixes or {}
        self._slots = asyncio.Semaphore(max_running)

    async def run(self, store: Any, text: str, formats: Formats,
                  options: dict[str, Any] | None = None) -> Answer:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        try:
            await asyncio.wait_for(self._slots.acquire(), self.timeout)
        except TimeoutError:
            raise QueryFailed(503, f"the server is busy: {self.max_running} queries are still "
                                   "running; try again later") from None
        future: asyncio.Future[Answer] = loop.create_future()
        stop = threading.Event()

        def deliver(answer: Answer | None, error: BaseException | None) -> None:
            if future.done():
                return
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(answer)  # type: ignore[arg-type]

        def work() -> None:
            try:
                answer = evaluate(store, text, formats, self.max_results, stop, options or {},
                                  self.prefixes)
            except BaseException as err:  # handed to the waiting request
                _hand_over(loop, deliver, None, err)
            else:
                _hand_over(loop, deliver, answer, None)
            finally:
                _hand_over(loop, self._slots.release)

        try:
            threading.Thread(target=work, name="ctkg-query", daemon=True).start()
        except RuntimeError:
            self._slots.release()
            raise QueryFailed(503, "the server cannot start another query thread") from None
        try:
            return await asyncio.wait_for(future, max(0.0, deadline - loop.time()))
        except TimeoutError:
            stop.set()
            raise QueryFailed(503, f"the query ran over the time limit of {self.timeout:g} s "
                                   "and was stopped; narrow it or add a LIMIT") from None
        except asyncio.CancelledError:
            stop.set()
            raise


def _hand_over(loop: asyncio.AbstractEventLoop, deliver: Any, *args: Any) -> None:
    """Pass a result back to the event loop, unless the server has shut it down meanwhile."""
    with contextlib.suppress(RuntimeError):
        loop.call_soon_threadsafe(deliver, *args)
