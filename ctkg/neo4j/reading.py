"""Stream the quads of a store's default graph, as cheaply as the store allows.

A generation built by this version keeps its default graph as N-Triples beside the database
(``Generation.write_default_graph``); reading that, checked against its manifest entry, is a
file read and a parse (``generation_quads``). Otherwise (a store built before, or that file
damaged), the database itself is dumped while it is read (``default_graph_quads``):

Iterating ``store.quads_for_pattern`` holds the GIL the whole time, and most of that time (0.45
of 0.76 s on 100 reports) is Oxigraph fetching strings out of RocksDB. ``Store.dump`` does the
same decoding with the GIL released, so here a background thread dumps the default graph as
N-Triples into a FIFO, and the caller parses the text as it arrives: the decoding overlaps
with the projection and with the Neo4j writes that follow it.

Where FIFOs cannot be made (Windows, some file systems), the quads come from
``quads_for_pattern`` as before.
"""

from __future__ import annotations

import os
import select
import tempfile
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ctkg.neo4j.errors import PushError

if TYPE_CHECKING:
    from ctkg.store import Generation

CHUNK = 1 << 20
"""Bytes read from the FIFO at a time: big enough that parsing dominates, small enough to
start early."""


class ReadError(PushError):
    """The dump did not deliver the store's triples (shown as ``the push stopped: ...``)."""


class _Dump(threading.Thread):
    """Dumps the default graph as N-Triples into `path`, then counts its triples."""

    def __init__(self, store: Any, path: str) -> None:
        super().__init__(name="ctkg-store-dump", daemon=True)
        self.store, self.path = store, path
        self.expected = -1
        self.error: BaseException | None = None

    def run(self) -> None:
        import pyoxigraph as ox

        try:
            self.store.dump(output=self.path, format=ox.RdfFormat.N_TRIPLES,
                            from_graph=ox.DefaultGraph())
        except BaseException as err:  # reported by the reading thread
            self.error = err
        try:
            rows = list(self.store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
            self.expected = int(rows[0]["n"].value)
        except BaseException as err:
            self.error = self.error or err


def generation_quads(generation: Generation, store: Any) -> tuple[Iterator[Any], str]:
    """Every quad of the generation's default graph (`store` is its database, opened), and
    where they come from: the N-Triples file it keeps when that checks out (checked here,
    before anything is read from it), else "database"."""
    text = generation.default_graph_text()
    if text is None:
        return default_graph_quads(store), "database"
    return _kept_quads(text), generation.default_graph_path.name


def _kept_quads(text: bytes) -> Iterator[Any]:
    import pyoxigraph as ox

    # lenient, as below: the text is Oxigraph's own dump, and its sha256 has been checked
    yield from ox.parse(text, format=ox.RdfFormat.N_TRIPLES, lenient=True)


def default_graph_quads(store: Any) -> Iterator[Any]:
    """Every quad of the default graph, in the store's order (grouped by subject)."""
    import pyoxigraph as ox

    with tempfile.TemporaryDirectory(prefix="ctkg-read-") as folder:
        fifo = os.path.join(folder, "default-graph.nt")
        try:
            os.mkfifo(fifo, 0o600)
        except (AttributeError, OSError):  # no FIFOs on this system or file system
            yield from store.quads_for_pattern(None, None, None, ox.DefaultGraph())
            return
        # non-blocking open: it neither waits for the writer nor hangs if the dump never opens
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        dump = _Dump(store, fifo)
        dump.start()
        try:
            seen = 0
            for text in _lines(fd, dump):
                # lenient: Oxigraph wrote this text from terms it had validated; skipping
                # the IRI and language tag checks halves the parsing
                for quad in ox.parse(text, format=ox.RdfFormat.N_TRIPLES, lenient=True):
                    seen += 1
                    yield quad
            dump.join()
        finally:
            _release(fd, fifo, dump)
        # Linux refuses fsync on a FIFO, which the dump does after its last byte: an error
        # is harmless exactly when every triple arrived
        if seen != dump.expected:
            raise ReadError(f"read {seen} of the store's {dump.expected} triples"
                            + (f": {dump.error}" if dump.error else "")) from dump.error


def _lines(fd: int, dump: _Dump) -> Iterator[bytes]:
    """Whole lines from the FIFO, a chunk at a time, until the dump has ended and it is empty."""
    rest = b""
    while True:
        try:
            data = os.read(fd, CHUNK)
        except BlockingIOError:  # the writer is there, the pipe is empty: wait for it
            select.select([fd], [], [], 0.1)
            continue
        if not data:  # no writer: not opened yet, or gone
            if not dump.is_alive():
                tail = os.read(fd, CHUNK)  # what it wrote just before ending
                if not tail:
                    break
                data = tail
            else:
                dump.join(0.001)
                continue
        data = rest + data
        cut = data.rfind(b"\n") + 1
        rest = data[cut:]
        if cut:
            yield data[:cut]
    if rest:
        yield rest


def _release(fd: int, fifo: str, dump: _Dump) -> None:
    """Close the reading end and see the dump thread out: a dump still writing (the reader
    stopped early) fails on the closed pipe; one still waiting to open it is let in first."""
    os.close(fd)
    while dump.is_alive():
        try:
            spare = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        except OSError:
            break
        dump.join(0.05)
        os.close(spare)
