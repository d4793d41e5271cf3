"""Shared fixtures: the bundled report and a store built from it once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import BUNDLED, run_ctkg


@pytest.fixture(scope="session")
def bundled_report() -> Path:
    return BUNDLED


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once from the bundled report; tests must not modify it."""
    store = tmp_path_factory.mktemp("store") / "store"
    result = run_ctkg("--store", str(store), "build", str(BUNDLED))
    assert result.returncode == 0, result.stderr
    return store
