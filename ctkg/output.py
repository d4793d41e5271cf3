"""Print rows as an aligned table, JSON or CSV. Standard library only (CLI hot path)."""

from __future__ import annotations

import csv
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def render(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str,
           out: TextIO | None = None) -> None:
    """Write `rows` (dicts) in `fmt`; `columns` orders the table and CSV columns."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump(list(rows), out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
    else:
        out.write(table(rows, columns))


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """A plain aligned table, cells clipped so a row fits the terminal."""
    width = shutil.get_terminal_size((160, 24)).columns
    cap = max(12, (width - 2 * len(columns)) // max(1, len(columns)))
    cells = [[_clip(_cell(row.get(c)), cap) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"


def _clip(text: str, cap: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= cap else text[: cap - 1] + "…"


def write_output(path: Path, data: bytes) -> None:
    """Write `data` to `path` so a reader never sees half a file.

    A regular file (or a new one) is written to a unique temporary file beside it and renamed
    over it; a symlink is followed; a device or pipe (/dev/stdout, a FIFO) is written straight.
    """
    from ctkg.errors import UserError

    target = path.resolve()
    try:
        if target.exists() and not target.is_file():
            with target.open("wb") as handle:
                handle.write(data)
            return
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, mode)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as err:
        raise UserError(f"{path}: cannot write ({err.strerror or err})") from None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
