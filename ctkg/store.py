"""The embedded on-disk store: an Oxigraph database, its default graph kept as N-Triples, the
contact index and a manifest.

A store folder holds generations (gen-*/) and a CURRENT file naming the live one. A build writes a
whole new generation and then replaces CURRENT with one atomic rename, so a failed or interrupted
load leaves the previous store exactly as it was. Only the standard library is imported here;
pyoxigraph is imported when a caller asks for the graph.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyoxigraph

ENV_VAR = "CTKG_STORE"
CURRENT = "CURRENT"
MANIFEST = "manifest.json"
GRAPH_DIR = "oxigraph"
CONTACTS_DB = "contacts.sqlite"
SOURCES_DIR = "sources"
DEFAULT_GRAPH_NT = "default-graph.nt"
LOCK = ".lock"


class StoreError(Exception):
    """The store is missing, unreadable or locked."""

    user_facing = True


def default_store_path() -> Path:
    """$CTKG_STORE, else the per-user data folder (e.g. ~/.local/share/ctkg/store)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("ctkg") / "store"


@dataclass(frozen=True)
class Generation:
    """One complete, immutable build of the store."""

    path: Path

    @property
    def graph_path(self) -> Path:
        return self.path / GRAPH_DIR

    @property
    def contacts_path(self) -> Path:
        return self.path / CONTACTS_DB

    @property
    def sources_path(self) -> Path:
        return self.path / SOURCES_DIR

    @property
    def default_graph_path(self) -> Path:
        return self.path / DEFAULT_GRAPH_NT

    def manifest(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.path / MANIFEST).read_text("utf-8"))
        return data

    def write_default_graph(self, text: bytes) -> dict[str, Any]:
        """Keep the default graph as Oxigraph dumped it (N-Triples) beside the database, and
        return the manifest entry that vouches for it. Reading it back costs a file read,
        where dumping the database again costs as much as RocksDB's string decoding (0.47 s
        for 100 reports); a generation never changes, so the copy cannot go stale."""
        self.default_graph_path.write_bytes(text)
        return {"file": DEFAULT_GRAPH_NT, "bytes": len(text),
                "sha256": hashlib.sha256(text).hexdigest()}

    def default_graph_text(self) -> bytes | None:
        """The N-Triples kept by `write_default_graph`, when it is there and matches its
        manifest entry byte for byte; None (a store built before it was kept, a file gone or
        damaged) sends the caller to the database, which is the truth."""
        entry = self.manifest().get("default_graph")
        if not isinstance(entry, dict):
            return None
        try:
            if self.default_graph_path.stat().st_size != entry.get("bytes"):
                return None
            text = self.default_graph_path.read_bytes()
        except OSError:
            return None
        if hashlib.sha256(text).hexdigest() != entry.get("sha256"):
            return None
        return text

    def default_graph_ntriples(self) -> bytes:
        """The default graph as N-Triples: the kept copy when it checks out, else dumped out of
        the database (the same bytes, slower)."""
        text = self.default_graph_text()
        if text is None:
            import pyoxigraph

            text = bytes(self.open_graph().dump(format=pyoxigraph.RdfFormat.N_TRIPLES,
                                                from_graph=pyoxigraph.DefaultGraph()) or b"")
        return text

    def open_graph(self) -> pyoxigraph.Store:
        """Open the Oxigraph database read-only (several readers may share it)."""
        import pyoxigraph

        try:
            return pyoxigraph.Store.read_only(str(self.graph_path))
        except OSError as err:
            raise StoreError(f"{self.graph_path}: cannot open the graph store ({err})") from None


class StoreDir:
    """A store folder with atomically swapped generations."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def current(self) -> Generation:
        """The live generation, or StoreError telling the user to run `ctkg build`."""
        pointer = self.path / CURRENT
        if not pointer.is_file():
            raise StoreError(
                f"{self.path}: no ctkg store here yet; run `ctkg build` (or pass --store)"
            )
        generation = Generation(self.path / pointer.read_text("utf-8").strip())
        if not (generation.path / MANIFEST).is_file():
            raise StoreError(f"{generation.path}: the store is damaged (no {MANIFEST})")
        return generation

    def exists(self) -> bool:
        return (self.path / CURRENT).is_file()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the store's build lock: one build at a time, others are told and stop."""
        self.path.mkdir(parents=True, exist_ok=True)
        with (self.path / LOCK).open("a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError(f"{self.path}: another ctkg build is writing this store; "
                                 "try again when it has finished") from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def new_generation(self) -> Generation:
        """An empty folder for the next build, inside the store so the final rename is atomic."""
        self.path.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%S")
        return Generation(Path(tempfile.mkdtemp(prefix=f"gen-{stamp}-", dir=self.path)))

    def commit(self, generation: Generation, manifest: dict[str, Any]) -> None:
        """Make `generation` live (durably), keep the one before it for running readers, and
        remove older ones. Call it while holding `writing()`."""
        previous = self.current().path if self.exists() else None
        _write_durably(generation.path / MANIFEST,
                       json.dumps(manifest, indent=2, ensure_ascii=False))
        pointer_tmp = self.path / f".{CURRENT}.tmp"
        _write_durably(pointer_tmp, generation.path.name + "\n")
        os.replace(pointer_tmp, self.path / CURRENT)
        _fsync_dir(self.path)
        self.prune(keep={generation.path, previous})

    def discard(self, generation: Generation) -> None:
        """Throw away a generation that failed to build."""
        shutil.rmtree(generation.path, ignore_errors=True)

    def prune(self, keep: set[Path | None]) -> None:
        for child in self.path.glob("gen-*"):
            if child.is_dir() and child not in keep:
                shutil.rmtree(child, ignore_errors=True)


def _write_durably(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
