"""Fixtures for the web tests: a real `ctkg serve` over the store built from the bundled report."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.server import Server

CASES = Path(__file__).resolve().parent / "cases"


def case_files(kind: str) -> list[tuple[str, dict[str, Any]]]:
    """(name, case) for every case file in cases/KIND/."""
    return [(p.stem, json.loads(p.read_text("utf-8")))
            for p in sorted((CASES / kind).glob("*.json"))]


def load_cases(kind: str) -> list[Any]:
    """pytest params, one per case file in cases/KIND/, named by the file."""
    return [pytest.param(case, id=name) for name, case in case_files(kind)]


@pytest.fixture(scope="module")
def server(built_store: Path) -> Iterator[Server]:
    """The endpoint with its default limits."""
    running = Server(built_store)
    yield running
    running.stop()
