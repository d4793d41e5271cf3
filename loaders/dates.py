"""Find dates in report prose and keep the precision the report gives (day, month or year).

Finding is ours (the reports' few phrasings, e.g. "June 5th 2012", "August 26, 2010",
"January 2012"); turning a found phrase into a calendar date is dateutil's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from dateutil import parser as dateutil_parser

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTHS})\.?\s+{_DAY.replace('day', 'd1')},?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|{_DAY.replace('day', 'd2')}\s+(?:of\s+)?(?P<m2>{_MONTHS})\.?,?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<m3>{_MONTHS})\.?\s+(?:of\s+)?(?P<y3>(?:19|20)\d\d))\b"
)
_DEFAULT = datetime(2000, 1, 1)


@dataclass(frozen=True)
class FoundDate:
    """A date phrase: where it is, its ISO value and its precision ("day" or "month")."""

    start: int
    end: int
    iso: str
    precision: str


def find_dates(text: str) -> list[FoundDate]:
    """All dates in `text`, in order of appearance."""
    found: list[FoundDate] = []
    for m in _DATE.finditer(text):
        phrase = m.group(0)
        try:
            when = dateutil_parser.parse(phrase.replace(" of ", " "), default=_DEFAULT)
        except (ValueError, OverflowError):
            continue
        if m.group("y3"):
            found.append(FoundDate(m.start(), m.end(), when.strftime("%Y-%m"), "month"))
        else:
            found.append(FoundDate(m.start(), m.end(), when.strftime("%Y-%m-%d"), "day"))
    return found


def month_year(text: str) -> str | None:
    """'September 2012' -> '2012-09'; a full date keeps its day; a bare year stays a year."""
    dates = find_dates(text)
    if dates:
        return dates[0].iso
    year = re.search(r"\b(19|20)\d\d\b", text)
    return year.group(0) if year else None


def day_range(text: str, year: int) -> tuple[str, str] | None:
    """'18 - 22 July' or '27 July-17 August' in `year` -> ISO start and end dates."""
    m = re.search(
        rf"(?P<d1>\d{{1,2}})\s*(?P<m1>{_MONTHS})?\s*[-–]\s*(?P<d2>\d{{1,2}})\s*(?P<m2>{_MONTHS})",
        text,
    )
    if not m:
        return None
    try:
        end = dateutil_parser.parse(f"{m.group('d2')} {m.group('m2')} {year}")
        start = dateutil_parser.parse(f"{m.group('d1')} {m.group('m1') or m.group('m2')} {year}")
    except (ValueError, OverflowError):
        return None
    return start.strftime("%Y-%m-%d"), end.strftime("%Y-%m-%d")
