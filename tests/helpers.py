"""Helpers shared by test modules: paths and a runner for the real `ctkg` command."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "data" / "reports" / "apec-ctap-2012-mexico.md"
CASES = Path(__file__).resolve().parent / "cases"
# a test that forgets --store works in here, never in the user's own store
DEFAULT_STORE = Path(tempfile.mkdtemp(prefix="ctkg-test-default-")) / "store"


def run_ctkg(*args: str, env: dict[str, str] | None = None, input: str | None = None,
             timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `python -m ctkg.cli ARGS` in a subprocess, as a user would run `ctkg ARGS`."""
    full_env = {**os.environ, "CTKG_STORE": str(DEFAULT_STORE), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "ctkg", *args], capture_output=True, text=True,
        env=full_env, input=input, timeout=timeout, check=False,
    )
