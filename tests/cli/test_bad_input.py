"""Bad input is refused with one clear line, exit code 2, and the store left as it was.

Refused inputs are listed in tests/cases/bad_input.toml; partial reports (tests/cases/partial/*.md)
load with warnings naming what is missing, or are refused under --strict. Each partial report's
first line says what to expect: `<!-- expect: areas=...; contacts=N; commitments=N; warn=... -->`.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import BUNDLED, CASES, run_ctkg

BAD = tomllib.loads((CASES / "bad_input.toml").read_text("utf-8"))["case"]
PARTIAL = sorted((CASES / "partial").glob("*.md"))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("bad") / "store"
    assert run_ctkg("--store", str(store), "build", str(BUNDLED)).returncode == 0
    return store


def _snapshot(store: Path) -> tuple[str, str]:
    stats = run_ctkg("--store", str(store), "stats", "--format", "json")
    return (store / "CURRENT").read_text(), stats.stdout


def _make(case: dict[str, Any], folder: Path) -> Path:
    path = folder / f"{case['name']}.md"
    if case.get("directory"):
        path.mkdir()
    elif "content_hex" in case:
        path.write_bytes(bytes.fromhex(case["content_hex"]))
    elif not case.get("missing"):
        path.write_text(case["content"] * case.get("repeat", 1), "utf-8")
    return path


@pytest.mark.parametrize("case", BAD, ids=[c["name"] for c in BAD])
def test_refused_with_one_line(case: dict[str, Any], store: Path, tmp_path: Path) -> None:
    before = _snapshot(store)
    path = _make(case, tmp_path)
    result = run_ctkg("--store", str(store), "build", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert case["error"] in lines[0]
    where = f"{path}:{case['line']}" if "line" in case else str(path)
    assert where in lines[0]
    assert "Traceback" not in result.stderr
    assert _snapshot(store) == before


def _expect(path: Path) -> dict[str, list[str]]:
    header = re.match(r"<!-- expect: (.*?) -->", path.read_text("utf-8"))
    assert header, f"{path.name} lacks its expect line"
    expect: dict[str, list[str]] = {}
    for part in header.group(1).split("; "):
        key, _, value = part.partition("=")
        expect.setdefault(key, []).append(value)
    return expect


@pytest.mark.parametrize("path", PARTIAL, ids=[p.stem for p in PARTIAL])
def test_partial_report_loads_what_it_has(path: Path, tmp_path: Path) -> None:
    expect = _expect(path)
    store = tmp_path / "store"
    result = run_ctkg("--store", str(store), "build", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["stats"]["contact_points"] == int(expect["contacts"][0])
    assert summary["stats"]["commitments"] == int(expect["commitments"][0])
    areas = run_ctkg("--store", str(store), "query", "-e",
                     "PREFIX ctkg: <https://w3id.org/ctkg/ontology#> "
                     "SELECT ?code WHERE { ?a a ctkg:PolicyArea ; ctkg:code ?code } ORDER BY ?code",
                     "--format", "json")
    got_areas = [row["code"] for row in json.loads(areas.stdout)]
    assert got_areas == [a for a in expect["areas"][0].split(",") if a]
    for warning in expect["warn"]:
        assert warning in result.stderr


@pytest.mark.parametrize("path", PARTIAL, ids=[p.stem for p in PARTIAL])
def test_strict_refuses_partial_report(path: Path, store: Path) -> None:
    before = _snapshot(store)
    result = run_ctkg("--store", str(store), "build", "--strict", str(path))
    assert result.returncode == 2
    assert "refused by --strict" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert _snapshot(store) == before


def test_strict_accepts_the_complete_report(tmp_path: Path) -> None:
    result = run_ctkg("--store", str(tmp_path / "s"), "build", "--strict", str(BUNDLED))
    assert result.returncode == 0, result.stderr


def test_report_from_a_pipe(tmp_path: Path) -> None:
    """`ctkg build <(cat report.md)`: a pipe has no size on disk but is a report all the same."""
    import subprocess
    import sys

    shell = (f"{sys.executable} -m ctkg --store {tmp_path / 's'} build --no-validate "
             f"--format json <(cat {BUNDLED})")
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["stats"]["contact_points"] == 8
