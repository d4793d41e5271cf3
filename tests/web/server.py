"""Start the real `ctkg serve` in a subprocess for tests and stop it afterwards."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from tests.helpers import ROOT

URL_LINE = re.compile(r"ctkg serve: (http://\S+/) ")


class Server:
    """`python -m ctkg.cli --store STORE serve --port 0 ARGS`, with its URL read from stdout."""

    def __init__(self, store: Path, *args: str) -> None:
        env = {k: v for k, v in os.environ.items() if k != "CTKG_STORE"}
        self._stderr = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "ctkg", "--store", str(store), "serve", "--port", "0",
             *args],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=self._stderr, text=True,
        )
        lines: queue.Queue[str] = queue.Queue()
        assert self.proc.stdout is not None
        stdout = self.proc.stdout
        threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
        try:
            first = lines.get(timeout=60)
        except queue.Empty:
            self.stop()
            raise RuntimeError("ctkg serve printed no URL within 60 s") from None
        match = URL_LINE.match(first)
        if not match:
            self.stop()
            raise RuntimeError(f"ctkg serve printed {first!r}; stderr: {self.stderr()}")
        self.url: str = match.group(1)
        self.sparql = self.url + "sparql"
        self._wait_healthy()

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "health", timeout=2).json().get("ok"):
                    return
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"ctkg serve exited: {self.stderr()}")
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("ctkg serve did not become healthy within 30 s")

    def stderr(self) -> str:
        """What the server wrote on stderr so far."""
        self._stderr.seek(0)
        return self._stderr.read()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._stderr.close()
