"""Read report bytes safely and turn Markdown or flattened PDF text into logical lines.

Both input forms end up as one list of `Line`s with Markdown markup removed, bullets marked and
every line tagged with the source line it came from, so the template parser needs no second path
for flattened text.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from loaders.errors import LoadWarning, ReportError

MAX_BYTES = 20 * 1024 * 1024

_MD_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<target>(?:[^()]|\([^()]*\))*)\)")
_SUP = re.compile(r"</?su[pb]>", re.I)
_HTML_TAG = re.compile(r"</?[a-z][a-z0-9]*\s*/?>", re.I)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
_EMPHASIS = re.compile(r"\*{1,3}|(?<![\w/])_{1,2}(?=\S)|(?<=\S)_{1,2}(?![\w/])")
_ESCAPE = re.compile(r"\\([\\_*#\[\]()<>`-])")
_BULLET = re.compile(r"^(?P<indent>\s*)(?P<mark>[-*+•●▪◦■□➢]|\d{1,2}[.)]|[a-z][.)]|\([ivx]+\))\s+")
_GLYPH_SPLIT = re.compile(r"\s(?=[•●▪◦■➢]\s)")
_PAGE_CLUTTER = re.compile(r"\bPage\s+\d+\s+of\s+\d+\b", re.I)
_SITE_CLUTTER = re.compile(
    r"(©|\bcopyright\b|all rights reserved|\bcookies?\b|terms of use|privacy policy|"
    r"skip to (main )?content|download (the )?pdf|\bsubscribe\b|\bshare this\b|\bsign in\b)",
    re.I,
)


@dataclass(frozen=True)
class Line:
    """One logical line: cleaned text, its bullet depth (None for prose) and source line."""

    text: str
    lineno: int
    bullet: int | None = None


@dataclass(frozen=True)
class RawReport:
    """A report's bytes as read (once: the source may be a pipe), its text and their SHA-256."""

    data: bytes
    text: str
    sha256: str


def read_report(path: Path) -> RawReport:
    """Read a report as UTF-8 text, refusing what is not one with a one-line reason."""
    if not path.exists():
        raise ReportError(path, "no such file")
    if path.is_dir():
        raise ReportError(path, "is a directory, not a report file")
    with path.open("rb") as handle:  # a pipe has no size until read: read at most the limit
        data = handle.read(MAX_BYTES + 1)
    if not data:
        raise ReportError(path, "the file is empty")
    if len(data) > MAX_BYTES:
        raise ReportError(path, f"the file is over {MAX_BYTES} bytes; larger reports are refused")
    if data.startswith(b"%PDF-"):
        raise ReportError(path, "is a PDF; extract its text first (e.g. `pdftotext -layout`) "
                          "and load the text file")
    if b"\x00" in data[:8192]:
        raise ReportError(path, "the file is binary (it contains NUL bytes), not report text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise ReportError(
            path, f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})", line
        ) from None
    if not text.strip():
        raise ReportError(path, "the file holds only white space")
    return RawReport(data, text, hashlib.sha256(data).hexdigest())


def _link_text(match: re.Match[str]) -> str:
    """A link's words; a link whose words are a URL reads as its (unescaped) target."""
    words = match.group("text")
    return match.group("target") if words.startswith(("http", "www.")) else words


def clean_markup(text: str) -> str:
    """Strip Markdown and HTML decoration from one line, keeping its words."""
    text = _MD_LINK.sub(_link_text, text)
    text = _SUP.sub("", text)
    text = _HTML_TAG.sub("", text)
    text = _HEADING.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return re.sub(r"[ \t\u00a0]+", " ", text).strip()


def _split_flattened(raw: str) -> list[str]:
    """Break a long flattened line at bullet glyphs so list items become lines again."""
    return _GLYPH_SPLIT.split(raw)


_DOCUMENT_ID = re.compile(r"\b(?:19|20)\d\d/[A-Z]+\d?/[A-Z]+/\d{2,4}\b")


def strip_running_headers(text: str) -> tuple[str, int]:
    """Remove the document number where a PDF repeats it as a page header (all but the first)."""
    first = _DOCUMENT_ID.search(text)
    if not first:
        return text, 0
    head, tail = text[: first.end()], text[first.end() :]
    tail, count = re.subn(r"[ \t]*" + re.escape(first.group(0)) + r"[ \t]*", " ", tail)
    return head + tail, count


def logical_lines(text: str, source: str, warnings: list[LoadWarning]) -> list[Line]:
    """Turn report text (Markdown or flattened) into cleaned logical lines."""
    lines: list[Line] = []
    text, clutter = strip_running_headers(text)
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if "\t" in raw and raw.count("\t") >= 2:
            cells = [clean_markup(c) for c in raw.split("\t")]
            lines.append(Line("\t".join(cells), lineno))
            continue
        pieces = _split_flattened(raw) if len(raw) > 400 else [raw]
        for piece in pieces:
            piece, n = _PAGE_CLUTTER.subn(" ", piece)
            clutter += n
            if len(piece) < 200 and _SITE_CLUTTER.search(piece):
                clutter += 1
                continue
            match = _BULLET.match(piece)
            bullet: int | None = None
            if match and clean_markup(piece[match.end() :]):
                indent = len(match.group("indent").expandtabs(4))
                bullet = indent // 2
                piece = piece[match.end() :]
                if match.group("mark")[0].isdigit() or match.group("mark").startswith("("):
                    piece = match.group("mark") + " " + piece
            cleaned = clean_markup(piece)
            if cleaned or not lines or lines[-1].text:
                lines.append(Line(cleaned, lineno, bullet))
    if clutter:
        warnings.append(LoadWarning(source, f"ignored {clutter} piece(s) of page clutter"))
    return lines


class JoinedText:
    """Logical lines joined with newlines, with offsets mapped back to source lines."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.starts: list[int] = []
        parts: list[str] = []
        offset = 0
        for line in lines:
            self.starts.append(offset)
            parts.append(line.text)
            offset += len(line.text) + 1
        self.text = "\n".join(parts)

    def index_at(self, offset: int) -> int:
        """Index of the logical line holding character `offset`."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def lineno_at(self, offset: int) -> int:
        """Source line number of character `offset`."""
        if not self.lines:
            return 1
        return self.lines[self.index_at(offset)].lineno

    def slice_lines(self, start: int, end: int) -> list[Line]:
        """The logical lines overlapping [start, end), trimmed to that range."""
        out: list[Line] = []
        if start >= end:
            return out
        first, last = self.index_at(start), self.index_at(max(start, end - 1))
        for i in range(first, last + 1):
            line = self.lines[i]
            lo = max(start - self.starts[i], 0)
            hi = min(end - self.starts[i], len(line.text))
            piece = line.text[lo:hi]
            bullet = line.bullet if lo == 0 else None
            out.append(Line(piece.strip(), line.lineno, bullet))
        return out
