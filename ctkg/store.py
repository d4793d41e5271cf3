"""The embedded on-disk store: an Oxigraph database, the contact index and a manifest.

A store folder holds generations (gen-*/) and a CURRENT file naming the live one. A build writes a
whole new generation and then replaces CURRENT with one atomic rename, so a failed or interrupted
load leaves the previous store exactly as it was. Only the standard library is imported here;
pyoxigraph is imported when a caller asks for the graph.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
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


class StoreError(Exception):
    """The store is missing, unreadable or from another version."""


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

    def manifest(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.path / MANIFEST).read_text("utf-8"))
        return data

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

    def new_generation(self) -> Generation:
        """An empty folder for the next build, inside the store so the final rename is atomic."""
        self.path.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%S")
        return Generation(Path(tempfile.mkdtemp(prefix=f"gen-{stamp}-", dir=self.path)))

    def commit(self, generation: Generation, manifest: dict[str, Any]) -> None:
        """Make `generation` live, then remove older generations."""
        (generation.path / MANIFEST).write_text(
            json.dumps(manifest, indent=2, ensure_ascii=False), "utf-8"
        )
        pointer_tmp = self.path / f".{CURRENT}.tmp"
        pointer_tmp.write_text(generation.path.name + "\n", "utf-8")
        os.replace(pointer_tmp, self.path / CURRENT)
        self.prune(keep=generation)

    def discard(self, generation: Generation) -> None:
        """Throw away a generation that failed to build."""
        shutil.rmtree(generation.path, ignore_errors=True)

    def prune(self, keep: Generation) -> None:
        for child in self.path.glob("gen-*"):
            if child.is_dir() and child != keep.path:
                shutil.rmtree(child, ignore_errors=True)
