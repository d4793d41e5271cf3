"""The document model: what a CTAP report says, in template terms, with the lines it came from.

Parsing fills these; extraction and mapping read them. Nothing here knows RDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SUBSECTIONS = ("commitments", "undertaken", "planned", "needs", "offers")


@dataclass(frozen=True)
class Span:
    """Inclusive 1-based source lines."""

    start: int
    end: int


@dataclass
class Block:
    """A paragraph or a top-level list item (its sub-items folded in)."""

    text: str
    span: Span
    bullet: bool = False
    items: list[str] = field(default_factory=list)


@dataclass
class Contact:
    """A contact point block as written."""

    name: str
    honorific: str | None
    title: str | None
    organization: str | None
    telephone: str | None
    fax: str | None
    email: str | None
    role: str  # "contact point" | "emergency contact"
    span: Span


@dataclass
class Commitment:
    """A leaders' or ministers' commitment with the years it was made."""

    statement: str
    text: str
    years: list[int]
    span: Span


@dataclass
class Table:
    """A table: header cells, rows of cells, and the block that introduced it."""

    header: list[str]
    rows: list[list[str]]
    span: Span
    context: str


@dataclass
class PolicyArea:
    """One template section (A.1 ... C) of one report."""

    code: str
    title: str
    span: Span
    contacts: list[Contact] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    undertaken: list[Block] = field(default_factory=list)
    planned: list[Block] = field(default_factory=list)
    needs: list[Block] = field(default_factory=list)
    offers: list[Block] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    present: set[str] = field(default_factory=set)


@dataclass
class Meeting:
    """The APEC meeting a report was submitted to."""

    name: str
    location: str | None
    start: str | None
    end: str | None


@dataclass
class Header:
    """The report's cover and form header."""

    document_id: str | None
    agenda_item: str | None
    purpose: str | None
    submitted_by: str | None
    meeting: Meeting | None
    economy: str | None
    calendar_year: int | None
    last_updated: str | None  # ISO date, year-month or year, as precise as written
    objective: str | None
    span: Span


@dataclass
class SummaryItem:
    """An executive-summary item: kind is achievement, forward_work, need or offer."""

    kind: str
    text: str
    span: Span


@dataclass
class Document:
    """A parsed CTAP report."""

    source: str
    sha256: str
    form: str  # "markdown" | "flattened"
    header: Header
    summary: list[SummaryItem]
    areas: list[PolicyArea]
