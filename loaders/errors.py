"""Errors and warnings a loader raises about its input, phrased for the person who gave it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ReportError(Exception):
    """The input cannot be loaded; the message names the file and, where it applies, the line."""

    user_facing = True  # the CLI prints the message alone, exit code 2

    def __init__(self, source: Path | str, message: str, line: int | None = None) -> None:
        self.source = str(source)
        self.line = line
        self.message = message
        where = f"{self.source}:{line}" if line else self.source
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class LoadWarning:
    """Something the loader read around: a missing area, a truncated section, page clutter."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: warning: {self.message}"
