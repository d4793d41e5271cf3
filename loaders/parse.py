"""Parse a CTAP report (Markdown or flattened PDF text) into the document model.

This module knows the template (headings, contact blocks, lists, tables), not the ontology.
It never fails on a partial report: it loads what is there and warns, naming what is missing.
"""

from __future__ import annotations

import re
from pathlib import Path

from loaders import template as T
from loaders.dates import find_dates, month_year
from loaders.errors import LoadWarning, ReportError
from loaders.model import (
    SUBSECTIONS,
    Block,
    Commitment,
    Contact,
    Document,
    Header,
    Meeting,
    PolicyArea,
    Span,
    SummaryItem,
    Table,
)
from loaders.text import JoinedText, Line, RawReport, logical_lines, read_report

_SENTENCE_END = ".:;?!\"'”"
_FLAT_TABLE = re.compile(r"\b(?P<header>AIRPORT\s+DATES?\s+DOCUMENT)\b\s*(?P<rows>.*)", re.S)
_FLAT_ROW = re.compile(
    r"(?P<place>[^\W\d_a-z][\w'’.-]*(?:\s+(?:(?:de|del|da|do|dos|das|la|los|of|y)\s+)?"
    r"[^\W\d_a-z][\w'’.-]*)*\s+Airport)\s+"
    r"(?P<date>\d{1,2}\s*[A-Za-z]*\s*[-–]\s*\d{1,2}\s+[A-Z][a-z]+)\s+"
    r"(?P<doc>[A-Z][a-z]+(?:\s+[a-z]+)*)"
)
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s")


def parse_file(path: Path, name: str | None = None) -> tuple[Document, list[LoadWarning]]:
    """Read and parse one report file; raise ReportError if it is not a loadable report.

    `name` is the file name recorded as the source (default: the path's own name)."""
    return parse_raw(read_report(path), path, name)


def parse_raw(raw: RawReport, path: Path, name: str | None = None
              ) -> tuple[Document, list[LoadWarning]]:
    """Parse a report already read from `path` (errors name that path)."""
    try:
        return parse_text(raw.text, source=name or path.name, sha256=raw.sha256)
    except ReportError as err:
        raise ReportError(path, err.message, err.line) from None


def parse_text(text: str, source: str, sha256: str = "") -> tuple[Document, list[LoadWarning]]:
    """Parse report text; `source` names it in warnings and provenance."""
    warnings: list[LoadWarning] = []
    lines = logical_lines(text, source, warnings)
    joined = JoinedText(lines)
    body = joined.text
    headings = _area_headings(body)
    if not T.REPORT_MARKER.search(body) and not headings:
        raise ReportError(
            source,
            "not a CTAP report: no 'Counter-Terrorism Action Plan' heading and no policy area "
            "(A.1 Protect Cargo ... C Promoting Cyber Security) found",
            1,
        )
    physical = text.count("\n") + 1
    form = "flattened" if physical < 20 and len(text) / physical > 400 else "markdown"

    first_area = headings[0][0] if headings else len(body)
    group = T.GROUP_HEADING.search(body, 0, first_area)
    summary_match = T.EXECUTIVE_SUMMARY.search(body, 0, first_area)
    fallback_end = group.start() if group else first_area
    header_end = summary_match.start() if summary_match else fallback_end
    header = _parse_header(body[:header_end], joined, source, warnings)
    summary: list[SummaryItem] = []
    if summary_match:
        summary_end = group.start() if group else first_area
        summary = _parse_summary(joined, summary_match.end(), summary_end)
    else:
        warnings.append(LoadWarning(source, "no EXECUTIVE SUMMARY section found"))

    areas: list[PolicyArea] = []
    for i, (start, end_heading, code) in enumerate(headings):
        end = headings[i + 1][0] if i + 1 < len(headings) else len(body)
        areas.append(_parse_area(joined, code, start, end_heading, end, source, warnings))

    found = {a.code for a in areas}
    missing = [c for c in T.AREA_TITLES if c not in found]
    if not areas:
        warnings.append(
            LoadWarning(source, "no policy area found: only the header and executive summary "
                        "were loaded")
        )
    elif missing:
        warnings.append(LoadWarning(source, f"policy area(s) missing: {', '.join(missing)}"))
    if areas:
        last = areas[-1]
        absent = [s for s in SUBSECTIONS if s not in last.present]
        if absent and absent[-1] == SUBSECTIONS[-1]:
            warnings.append(
                LoadWarning(
                    source,
                    f"the report ends inside policy area {last.code}: it may be cut off",
                    last.span.end,
                )
            )
    doc = Document(source, sha256, form, header, summary, areas)
    return doc, warnings


def _area_headings(body: str) -> list[tuple[int, int, str]]:
    """Start, end and code of each policy-area heading, first occurrence of each code."""
    seen: set[str] = set()
    out: list[tuple[int, int, str]] = []
    for m in T.AREA_HEADING.finditer(body):
        code = m.group("code").upper()
        if code in seen:
            continue
        seen.add(code)
        out.append((m.start(), m.end(), code))
    return out


def _field(pattern: str, text: str) -> str | None:
    match = T.HEADER_FIELDS[pattern].search(text)
    if not match:
        return None
    value = match.group("v").strip(" .:")
    return value or None


def _parse_header(
    text: str, joined: JoinedText, source: str, warnings: list[LoadWarning]
) -> Header:
    economy = _field("economy", text)
    year_text = _field("calendar_year", text)
    last_text = _field("last_updated", text)
    meeting = None
    m = T.MEETING.search(text)
    if m:
        start, end = _meeting_dates(m.group("dates"))
        location = " ".join(m.group("location").split()).strip(" ,")
        meeting = Meeting(" ".join(m.group("name").split()), location or None, start, end)
    objective = _field("objective", text)
    for name, value in (("ECONOMY", economy), ("CALENDAR YEAR", year_text),
                        ("LAST UPDATED", last_text)):
        if value is None:
            warnings.append(LoadWarning(source, f"the header has no {name} field"))
    return Header(
        document_id=_field("document_id", text),
        agenda_item=_field("agenda_item", text),
        purpose=_field("purpose", text),
        submitted_by=_field("submitted_by", text),
        meeting=meeting,
        economy=economy,
        calendar_year=int(year_text) if year_text else None,
        last_updated=month_year(last_text) if last_text else None,
        objective=" ".join(objective.split()) + "." if objective else None,
        span=Span(1, joined.lineno_at(max(len(text) - 1, 0))),
    )


def _meeting_dates(text: str) -> tuple[str | None, str | None]:
    """'29-30 January 2013' -> ('2013-01-29', '2013-01-30')."""
    m = re.match(r"(\d{1,2})\s*(?:([A-Za-z]+)\s*)?[-–]\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", text)
    if m:
        first = find_dates(f"{m.group(1)} {m.group(2) or m.group(4)} {m.group(5)}")
        last = find_dates(f"{m.group(3)} {m.group(4)} {m.group(5)}")
        return (first[0].iso if first else None), (last[0].iso if last else None)
    single = find_dates(text)
    return (single[0].iso, single[0].iso) if single else (None, None)


def _parse_summary(joined: JoinedText, start: int, end: int) -> list[SummaryItem]:
    body = joined.text
    marks: list[tuple[int, int, str]] = []
    for kind, pattern in T.SUMMARY_ITEMS.items():
        m = pattern.search(body, start, end)
        if m:
            marks.append((m.start(), m.end(), kind))
    marks.sort()
    items: list[SummaryItem] = []
    for i, (_, mark_end, kind) in enumerate(marks):
        if kind == "capacity":
            continue
        seg_end = marks[i + 1][0] if i + 1 < len(marks) else end
        blocks, _ = build_blocks(joined.slice_lines(mark_end, seg_end))
        items.extend(SummaryItem(kind, b.text, b.span) for b in blocks)
    return items


def _parse_area(
    joined: JoinedText, code: str, start: int, head_end: int, end: int, source: str,
    warnings: list[LoadWarning],
) -> PolicyArea:
    body = joined.text
    area = PolicyArea(
        code, T.AREA_TITLES[code], Span(joined.lineno_at(start), joined.lineno_at(max(end - 1, 0)))
    )
    anchors: list[tuple[int, int, str]] = []
    for kind, pattern in T.SUBSECTION_HEADINGS.items():
        anchors.extend((m.start(), m.end(), kind) for m in pattern.finditer(body, head_end, end))
    anchors.sort()
    for i, (a_start, a_end, kind) in enumerate(anchors):
        seg_end = anchors[i + 1][0] if i + 1 < len(anchors) else end
        lines = joined.slice_lines(a_end, seg_end)
        if kind in ("contact", "emergency"):
            contact = _parse_contact(lines, kind, joined.lineno_at(a_start), source, warnings)
            if contact:
                area.contacts.append(contact)
            continue
        area.present.add(kind)
        if kind == "commitments":
            blocks, _ = build_blocks(lines)
            area.commitments.extend(_commitments(blocks))
        else:
            blocks, tables = build_blocks(lines)
            getattr(area, kind).extend(blocks)
            area.tables.extend(tables)
    if not area.contacts:
        warnings.append(LoadWarning(source, f"policy area {code} has no contact point",
                                    area.span.start))
    for kind in SUBSECTIONS:
        if kind not in area.present:
            warnings.append(
                LoadWarning(source, f"policy area {code} lacks its '{_HEADING_NAMES[kind]}' part",
                            area.span.start)
            )
    return area


_HEADING_NAMES = {
    "commitments": "Leaders' and Ministers' commitments",
    "undertaken": "measures undertaken",
    "planned": "further measures planned",
    "needs": "capacity building needs",
    "offers": "expertise and assistance offered",
}


def _parse_contact(
    lines: list[Line], kind: str, lineno: int, source: str, warnings: list[LoadWarning]
) -> Contact | None:
    text = " ".join(line.text for line in lines if line.text)
    labels = list(T.CONTACT_LABELS.finditer(text))
    fields: dict[str, str] = {}
    for i, m in enumerate(labels):
        value_end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        fields.setdefault(m.lastgroup or "", text[m.end() : value_end].strip())
    name = fields.get("name")
    if not name:
        warnings.append(LoadWarning(source, "a contact point block has no Name", lineno))
        return None
    honorific = None
    if found := T.HONORIFIC.match(name):
        honorific, name = found.group("h"), name[found.end() :]
    if "org" in fields:
        title, organization = _not_na(fields.get("title")), _not_na(fields["org"])
    else:
        title, organization = _title_and_organization(fields.get("title", ""))
    email_field = fields.get("email", "").split()
    email = email_field[0].rstrip(".,;") if email_field else None
    filled = [line.lineno for line in lines if line.text]
    span = Span(lineno, filled[-1] if filled else lineno)
    return Contact(
        name=name.strip(" ."),
        honorific=honorific,
        title=title,
        organization=organization,
        telephone=_not_na(fields.get("tel")),
        fax=_not_na(fields.get("fax")),
        email=_not_na(email),
        role="emergency contact" if kind == "emergency" else "contact point",
        span=span,
    )


def _not_na(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip(" .")
    return None if not value or value.upper() in {"N/A", "NA", "NONE", "-"} else value


def _title_and_organization(value: str) -> tuple[str | None, str | None]:
    """'Director General. Ministry of X.' -> ('Director General', 'Ministry of X')."""
    value = " ".join(value.split()).strip(" .")
    if not value:
        return None, None
    if ". " in value:
        title, org = value.rsplit(". ", 1)
        return title.strip(" .") or None, org.strip(" .") or None
    return value, None


def build_blocks(lines: list[Line]) -> tuple[list[Block], list[Table]]:
    """Group logical lines into paragraphs and top-level list items; pull out tables."""
    blocks: list[Block] = []
    tables: list[Table] = []
    current: Block | None = None
    level = 0
    table: Table | None = None
    blank_before = False
    for line in lines:
        text = line.text
        if not text:
            blank_before = True
            table = None
            continue
        if "\t" in text:
            cells = [c.strip() for c in text.split("\t")]
            if table is None:
                context = blocks[-1].text if blocks else ""
                table = Table(cells, [], Span(line.lineno, line.lineno), context)
                tables.append(table)
            else:
                table.rows.append(cells)
                table.span = Span(table.span.start, line.lineno)
            current = None
            continue
        table = None
        if _BARE_URL.match(text) and blocks and line.bullet is None:
            # "For reference: <link>": the link belongs to the paragraph that announced it
            current = blocks[-1]
            _fold(current, text, line.lineno, item=False)
            blank_before = False
            continue
        if line.bullet is not None:
            if current is not None and current.bullet and (
                line.bullet > level or _continues_numbering(current, text)
            ):
                _fold(current, text, line.lineno, item=True)
            else:
                current = Block(text, Span(line.lineno, line.lineno), bullet=True)
                level = line.bullet
                blocks.append(current)
        elif current is not None and (not blank_before or _continues_sentence(current, text)):
            _fold(current, text, line.lineno, item=False)
        elif blocks and blank_before and _continues_sentence(blocks[-1], text):
            current = blocks[-1]
            _fold(current, text, line.lineno, item=False)
        else:
            current = Block(text, Span(line.lineno, line.lineno))
            blocks.append(current)
        blank_before = False
    for block in list(blocks):
        tables.extend(_flattened_tables(block))
    return blocks, tables


def _fold(block: Block, text: str, lineno: int, item: bool) -> None:
    if item:
        block.items.append(text)
        block.text = f"{block.text}\n{text}"
    else:
        block.text = f"{block.text} {text}"
    block.span = Span(block.span.start, lineno)


def _continues_sentence(block: Block, text: str) -> bool:
    """A paragraph broken by a page break: no closing punctuation, next starts lower-case."""
    return block.text[-1:] not in _SENTENCE_END and text[:1].islower()


def _continues_numbering(block: Block, text: str) -> bool:
    """'15. …' after an item list ending in '14. …' belongs to the same list."""
    nxt = _NUMBERED.match(text)
    if not nxt or not block.items:
        return False
    prev = _NUMBERED.match(block.items[-1])
    return bool(prev) and int(nxt.group(1)) == int(prev.group(1)) + 1 if prev else False


def _flattened_tables(block: Block) -> list[Table]:
    """Recover the airport verification table from flattened text, where tabs are gone.

    The rows are cut out of the block; text before and after them stays in the block."""
    m = _FLAT_TABLE.search(block.text)
    if not m:
        return []
    rows_text = m.group("rows")
    matches = list(_FLAT_ROW.finditer(rows_text))
    if not matches:
        return []
    before = block.text[: m.start()].rstrip()
    after = rows_text[matches[-1].end() :].strip()
    block.text = f"{before} {after}".strip()
    rows = [[r.group("place"), r.group("date"), r.group("doc")] for r in matches]
    return [Table(m.group("header").split(), rows, block.span, before)]


def _commitments(blocks: list[Block]) -> list[Commitment]:
    out: list[Commitment] = []
    for block in blocks:
        for piece in _split_commitments(block.text):
            years = sorted({int(y) for g in T.YEARS_GROUP.finditer(piece)
                            for y in re.findall(r"\d{4}", g.group("years"))})
            statement = re.sub(r"\s*" + T.YEARS_GROUP.pattern + r"\s*\.?\s*$", "", piece)
            statement = " ".join(statement.split()).rstrip(" .;")
            out.append(Commitment(statement, " ".join(piece.split()), years, block.span))
    return out


def _split_commitments(text: str) -> list[str]:
    """Several commitments run together (no bullets): each ends at the first sentence end
    after a year group, e.g. '... (2002, 2008). Next ...' or '... (2003) in accordance ... .'"""
    sentences = re.split(r"(?<=\.)\s+(?=[A-Z])", " ".join(text.split()))
    pieces: list[str] = []
    current = ""
    for sentence in sentences:
        current = f"{current} {sentence}".strip()
        if T.YEARS_GROUP.search(current):
            pieces.append(current)
            current = ""
    if current:
        if pieces and not T.YEARS_GROUP.search(current):
            pieces[-1] = f"{pieces[-1]} {current}"
        else:
            pieces.append(current)
    return [p if p.endswith(".") else p + "." for p in pieces]
