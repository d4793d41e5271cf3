"""The store's promises: same graph whatever the load order, one report per economy and year,
and builds that never leave it half-written, even when two run at once."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ctkg.store import Generation, StoreDir
from tests.helpers import BUNDLED, CASES, run_ctkg

OTHERS = [CASES / "reports" / "zubrowka-2011.md", CASES / "reports" / "tamarind-islands-2013.txt"]


def _triples(store: Path) -> list[str]:
    result = run_ctkg("--store", str(store), "export", "--format", "nt")
    assert result.returncode == 0, result.stderr
    return sorted(result.stdout.splitlines())


def _build(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_ctkg("--store", str(store), "build", "--no-validate", *args)


def test_load_order_and_add_give_the_same_graph(tmp_path: Path) -> None:
    files = [str(BUNDLED), *map(str, OTHERS)]
    assert _build(tmp_path / "abc", *files).returncode == 0
    assert _build(tmp_path / "cba", *reversed(files)).returncode == 0
    assert _build(tmp_path / "add", files[0]).returncode == 0
    for extra in files[1:]:
        assert _build(tmp_path / "add", "--add", extra).returncode == 0
    reference = _triples(tmp_path / "abc")
    assert _triples(tmp_path / "cba") == reference
    assert _triples(tmp_path / "add") == reference


def test_same_report_twice_is_loaded_once(tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere" / BUNDLED.name
    copy.parent.mkdir()
    shutil.copyfile(BUNDLED, copy)
    result = _build(tmp_path / "s", str(BUNDLED), str(copy), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["stats"]["reports"] == 1
    assert "the same report as" in result.stderr


def test_two_reports_for_one_economy_year_are_refused(tmp_path: Path) -> None:
    changed = tmp_path / "mexico-revised.md"
    changed.write_text(BUNDLED.read_text("utf-8").replace("Jakarta", "Bali"), "utf-8")
    result = _build(tmp_path / "s", str(BUNDLED), str(changed))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"ctkg: error: {changed}: a second report for mexico-2012 (the first is {BUNDLED})")


def test_add_replaces_the_report_of_the_same_economy_and_year(tmp_path: Path) -> None:
    store = tmp_path / "s"
    assert _build(store, str(BUNDLED), str(OTHERS[0])).returncode == 0
    revised = tmp_path / "report.md"  # a different file name for the same economy and year
    revised.write_text(BUNDLED.read_text("utf-8").replace("Jakarta, Indonesia", "Bali, Indonesia"))
    assert _build(store, "--add", str(revised)).returncode == 0
    reports = json.loads(run_ctkg("--store", str(store), "reports", "--format", "json").stdout)
    assert sorted((r["economy"], r["source"]) for r in reports) == [
        ("Mexico", "report.md"), ("Zubrowka", "zubrowka-2011.md")]


def test_concurrent_builds_never_break_the_store(tmp_path: Path) -> None:
    store = tmp_path / "s"
    assert _build(store, str(BUNDLED)).returncode == 0
    argv = [sys.executable, "-m", "ctkg", "--store", str(store), "build", "--no-validate",
            str(BUNDLED), str(OTHERS[0])]
    runs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(4)]
    outcomes = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in runs]
    for code, stderr in outcomes:
        assert code == 0 or "another ctkg build is writing this store" in stderr, stderr
    assert any(code == 0 for code, _ in outcomes)
    stats = json.loads(run_ctkg("--store", str(store), "stats", "--format", "json").stdout)
    assert stats["reports"] == 2
    assert len(list(store.glob("gen-*"))) <= 2  # the live generation and the one before


def _kept_copy(built_store: Path, tmp_path: Path) -> tuple[Path, Generation]:
    """A copy of the bundled store, safe to damage, and its live generation."""
    store = tmp_path / "store"
    shutil.copytree(built_store, store)
    return store, StoreDir(store).current()


def test_the_build_keeps_the_default_graph_as_the_database_dumps_it(built_store: Path) -> None:
    import pyoxigraph as ox

    generation = StoreDir(built_store).current()
    dumped = generation.open_graph().dump(format=ox.RdfFormat.N_TRIPLES,
                                          from_graph=ox.DefaultGraph())
    kept = generation.default_graph_text()
    assert kept is not None
    assert kept == dumped
    manifest = generation.manifest()
    entry = manifest["default_graph"]
    assert entry["file"] == "default-graph.nt" == generation.default_graph_path.name
    assert manifest["stats"]["triples"] == len(kept.splitlines())
    assert entry["bytes"] == generation.default_graph_path.stat().st_size
    # and `ctkg export --format nt` gives those very bytes
    exported = run_ctkg("--store", str(built_store), "export", "--format", "nt")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.encode("utf-8") == kept


def _remove(generation: Generation) -> None:
    generation.default_graph_path.unlink()


def _truncate(generation: Generation) -> None:
    text = generation.default_graph_path.read_bytes()
    generation.default_graph_path.write_bytes(text[: len(text) // 2])


def _edit(generation: Generation) -> None:
    """Same size, one name changed: only the digest can tell."""
    text = generation.default_graph_path.read_bytes()
    assert b"Balbuena" in text
    generation.default_graph_path.write_bytes(text.replace(b"Balbuena", b"Balbuenx", 1))


def _forget(generation: Generation) -> None:
    """As a store built before the file was kept: no manifest entry."""
    manifest = generation.manifest()
    del manifest["default_graph"]
    (generation.path / "manifest.json").write_text(json.dumps(manifest), "utf-8")


@pytest.mark.parametrize("damage", [_remove, _truncate, _edit, _forget],
                         ids=["removed", "truncated", "edited", "old store"])
def test_a_kept_default_graph_that_does_not_check_out_is_not_used(
        built_store: Path, tmp_path: Path, damage: Callable[[Generation], None]) -> None:
    reference = run_ctkg("--store", str(built_store), "export", "--format", "nt").stdout
    store, generation = _kept_copy(built_store, tmp_path)
    damage(generation)
    assert generation.default_graph_text() is None
    exported = run_ctkg("--store", str(store), "export", "--format", "nt")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout == reference  # from the database, which is the truth
