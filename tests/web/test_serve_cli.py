"""`ctkg serve` refuses what it cannot do with one line and exit code 2, before binding."""

from __future__ import annotations

import socket
from pathlib import Path

from tests.helpers import run_ctkg


def test_missing_store(tmp_path: Path) -> None:
    result = run_ctkg("--store", str(tmp_path / "nothing"), "serve", "--port", "0")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0] == (f"ctkg: error: {tmp_path / 'nothing'}: no ctkg store here yet; "
                        "run `ctkg build` (or pass --store)")


def test_port_in_use(built_store: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = run_ctkg("--store", str(built_store), "serve", "--port", str(port))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0] == f"Error: cannot listen on 127.0.0.1:{port}: Address already in use"


def test_bad_timeout(built_store: Path) -> None:
    result = run_ctkg("--store", str(built_store), "serve", "--timeout", "0")
    assert result.returncode == 2
    assert "--timeout" in result.stderr
