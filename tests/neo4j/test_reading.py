"""Reading a store for a push: the streamed dump gives exactly the store's triples, and the
projection announces each node once it is complete (no server needed)."""

from __future__ import annotations

import os
import random
import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from ctkg.neo4j import reading
from ctkg.neo4j.errors import explain
from ctkg.neo4j.projection import Vocabulary, project, project_quads
from ctkg.neo4j.reading import ReadError, default_graph_quads, generation_quads
from ctkg.store import StoreDir

pytestmark = pytest.mark.neo4j

EX = "https://w3id.org/ctkg/id/test/"


def as_text(quads: Any) -> list[str]:
    return sorted(str(ox.Triple(q.subject, q.predicate, q.object)) for q in quads)


def stored(store: ox.Store) -> list[str]:
    return as_text(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def test_the_stream_is_the_default_graph_exactly(second_store: Path) -> None:
    store = StoreDir(second_store).current().open_graph()
    streamed = as_text(default_graph_quads(store))
    assert streamed == stored(store)
    assert len(streamed) == len(list(store.query("SELECT * WHERE { ?s ?p ?o }")))


def test_the_kept_n_triples_are_read_when_they_check_out(second_store: Path,
                                                        tmp_path: Path) -> None:
    generation = StoreDir(second_store).current()
    store = generation.open_graph()
    quads, source = generation_quads(generation, store)
    assert source == "default-graph.nt"
    assert as_text(quads) == stored(store)
    copy = tmp_path / "store"
    shutil.copytree(second_store, copy)
    damaged = StoreDir(copy).current()
    damaged.default_graph_path.write_bytes(b"")
    quads, source = generation_quads(damaged, damaged.open_graph())
    assert source == "database"
    assert as_text(quads) == stored(store)


def test_awkward_terms_survive_the_text_round_trip() -> None:
    """Escapes, line breaks, non-Latin text, languages, datatypes, blank nodes, and one
    literal longer than a read chunk."""
    store = ox.Store()
    s, p = ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p")
    objects: list[Any] = [
        ox.Literal('quote " backslash \\ tab \t newline \n return \r end'),
        ox.Literal("Secretaría de Comunicaciones y Transportes", language="es"),
        ox.Literal("反恐", language="zh-Hans"), ox.Literal("2012-01", datatype=ox.NamedNode(
            "http://www.w3.org/2001/XMLSchema#gYearMonth")),
        ox.Literal("x" * (reading.CHUNK + 17)), ox.BlankNode("b1"),
        ox.NamedNode(EX + "with%20escape?q=1#frag"),
    ]
    store.extend(ox.Quad(s, p, o, ox.DefaultGraph()) for o in objects)
    store.add(ox.Quad(ox.BlankNode("b1"), p, ox.Literal("on a blank node"), ox.DefaultGraph()))
    store.add(ox.Quad(s, p, ox.Literal("in a named graph"), ox.NamedNode(EX + "g")))
    streamed = list(default_graph_quads(store))
    assert len(streamed) == len(objects) + 1
    by_value = {q.object.value for q in streamed if isinstance(q.object, ox.Literal)}
    assert {o.value for o in objects if isinstance(o, ox.Literal)} <= by_value
    assert "in a named graph" not in by_value
    assert ox.Literal("反恐", language="zh-Hans") in [q.object for q in streamed]


def test_an_empty_graph_streams_nothing() -> None:
    assert list(default_graph_quads(ox.Store())) == []


def test_a_reader_that_stops_early_leaves_no_thread_behind(built_store: Path) -> None:
    store = StoreDir(built_store).current().open_graph()
    before = threading.active_count()
    quads = default_graph_quads(store)
    assert len([next(quads) for _ in range(10)]) == 10
    quads.close()  # what a failing consumer does to the generator
    deadline = time.monotonic() + 10
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert threading.active_count() == before


def test_without_fifos_the_store_is_iterated(built_store: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    store = StoreDir(built_store).current().open_graph()
    monkeypatch.delattr(os, "mkfifo")
    assert as_text(default_graph_quads(store)) == stored(store)


def test_a_file_system_without_fifos_falls_back_too(built_store: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: str, mode: int = 0o666) -> None:
        raise PermissionError(1, "Operation not permitted", path)

    store = StoreDir(built_store).current().open_graph()
    monkeypatch.setattr(os, "mkfifo", refuse)
    assert as_text(default_graph_quads(store)) == stored(store)


class FailingDump:
    """A real store whose dump breaks down, as a full disk or a corrupt file would."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def query(self, text: str) -> Any:
        return self.store.query(text)

    def dump(self, **options: Any) -> None:
        raise OSError("Input/output error (os error 5)")


def test_a_dump_that_fails_is_one_error_not_a_short_graph(built_store: Path) -> None:
    store = StoreDir(built_store).current().open_graph()
    count = len(stored(store))
    with pytest.raises(ReadError) as caught:
        list(default_graph_quads(FailingDump(store)))
    assert str(caught.value) == (f"read 0 of the store's {count} triples: "
                                 "Input/output error (os error 5)")
    line = explain(caught.value, "bolt://x", "neo4j", "neo4j", "the push").format_message()
    assert line == (f"the push stopped: read 0 of the store's {count} triples: "
                    "Input/output error (os error 5)")


def test_nodes_are_announced_once_complete_in_any_order(built_store: Path) -> None:
    """Grouped by subject (the store's order), each node is announced once with its final
    properties; shuffled, a subject that comes back is announced again with everything."""
    store = StoreDir(built_store).current().open_graph()
    vocab = Vocabulary.from_store(store)
    reference = project(store, vocab)

    announced: dict[str, list[tuple[tuple[str, ...], dict[str, Any], bool]]] = {}
    streamed = project_quads(default_graph_quads(store), vocab,
                             lambda uri, labels, props, again:
                             announced.setdefault(uri, []).append((labels, props, again)))
    assert (streamed.nodes, streamed.relationships) == \
        (reference.nodes, reference.relationships)
    assert set(announced) == set(reference.nodes)
    assert all(len(calls) == 1 and not calls[0][2] for calls in announced.values())
    assert all((calls[0][0], calls[0][1]) == (reference.nodes[uri]["labels"],
                                              reference.nodes[uri]["props"])
               for uri, calls in announced.items())

    quads = list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    random.Random(5).shuffle(quads)
    announced.clear()
    shuffled = project_quads(quads, vocab, lambda uri, labels, props, again:
                             announced.setdefault(uri, []).append((labels, props, again)))
    assert shuffled.nodes == reference.nodes
    assert {t: set(pairs) for t, pairs in shuffled.relationships.items()} == \
        {t: set(pairs) for t, pairs in reference.relationships.items()}
    came_back = {uri for uri, calls in announced.items() if len(calls) > 1}
    assert came_back
    for uri in came_back:
        *_, (labels, props, again) = announced[uri]
        assert again and (labels, props) == (reference.nodes[uri]["labels"],
                                             reference.nodes[uri]["props"])
