"""The CTAP template: its fixed policy areas and the headings that open each part.

Patterns allow any white space (including line breaks) between words, so one set serves Markdown,
flattened PDF text and headings wrapped over two lines.
"""

from __future__ import annotations

import re


def _words(phrase: str) -> str:
    """A regex for `phrase` where any run of white space may separate the words."""
    return r"\s+".join(re.escape(w) for w in phrase.split())


AREA_TITLES: dict[str, str] = {
    "A.1": "Protect Cargo",
    "A.2": "Protect Port Facilities and Ships Engaged in International Voyages",
    "A.3": "Protect International Aviation",
    "A.4": "Protect People in Transit",
    "A.5": "Combat Threats to Security",
    "B": "Halting Terrorist Financing",
    "C": "Promoting Cyber Security",
}

AREA_HEADING = re.compile(
    r"(?<![\w.])(?P<code>A\.[1-5]|B|C)\.?\s+(?P<title>"
    + "|".join(_words(t) for t in AREA_TITLES.values())
    + r")\s*:?",
    re.I,
)
GROUP_HEADING = re.compile(
    r"(?:\bA\.\s*)?"
    + _words("ENHANCING THE SECURE FLOW OF TRADE AND PEOPLE IN THE APEC REGION")
    + r"\s*:?",
    re.I,
)

_APOS = r"['’`]?"
SUBSECTION_HEADINGS: dict[str, re.Pattern[str]] = {
    "contact": re.compile(
        r"(?:\bContact\s+(?:Point|Person|Officer)|(?<!Security\s)(?<!Emergency\s)"
        r"\bPoint\s+of\s+Contact)\s*:",
        re.I,
    ),
    "emergency": re.compile(
        r"\bEmergency\s+(?:Aviation\s+Security\s+)?Point\s+of\s+Contact\s*:", re.I
    ),
    "commitments": re.compile(
        rf"LEADERS{_APOS}\s*(?:AND|&)\s*MINISTERS{_APOS}\s+COMMITMENTS\s*:?", re.I
    ),
    "undertaken": re.compile(
        _words("MEASURES UNDERTAKEN SINCE LAST UPDATE")
        + r"(?:\s+" + _words("TO IMPLEMENT COMMITMENTS") + r")?\s*:?",
        re.I,
    ),
    "planned": re.compile(
        _words("FURTHER MEASURES PLANNED")
        + r"(?:\s+" + _words("TO IMPLEMENT COMMITMENTS") + r")?"
        + r"(?:\s*\(\s*indicate\s+timeframe\s*\))?\s*:?",
        re.I,
    ),
    "needs": re.compile(
        _words("WHAT SPECIFIC CAPACITY BUILDING NEEDS") + r"[^?]{0,300}?NEEDS\s*\?", re.I
    ),
    "offers": re.compile(
        _words("WHAT KIND OF EXPERTISE") + r"[^?]{0,300}?NEEDS\s*\?", re.I
    ),
}

REPORT_MARKER = re.compile(
    r"COUNTER[-\s]?TERRORISM\s+ACTION\s+PLAN|\bCTAP\b", re.I
)
EXECUTIVE_SUMMARY = re.compile(r"\bEXECUTIVE\s+SUMMARY\b", re.I)
HEADER_FIELDS: dict[str, re.Pattern[str]] = {
    "economy": re.compile(r"\bECONOMY\s*:\s*(?P<v>[^\n]*?)\s*(?=\n|CALENDAR\s+YEAR|$)", re.I),
    "calendar_year": re.compile(r"\bCALENDAR\s+YEAR\s*:\s*(?P<v>(?:19|20)\d\d)", re.I),
    "last_updated": re.compile(
        r"\bLAST\s+UPDATED\s*:\s*(?P<v>[^\n]*?)\s*(?=\n|Objective|$)", re.I
    ),
    "objective": re.compile(
        r"\bObjective\s*:\s*(?P<v>.+?)\s*(?=\n|EXECUTIVE\s+SUMMARY|$)", re.I | re.S
    ),
    "purpose": re.compile(r"\bPurpose\s*:\s*(?P<v>\w+)", re.I),
    "submitted_by": re.compile(
        r"\bSubmitted\s+by\s*:\s*(?P<v>[^\n]*?)\s*(?=\n|\d+(?:st|nd|rd|th)\b|$)", re.I
    ),
    "agenda_item": re.compile(r"\bAgenda\s+Item\s*:\s*(?P<v>[\w.]+)", re.I),
    "document_id": re.compile(r"\b(?P<v>(?:19|20)\d\d/[A-Z]+\d?/[A-Z]+/\d{2,4})\b"),
}
MEETING = re.compile(
    r"(?P<name>\d+\s*(?:st|nd|rd|th)\s+" + _words("Counter") + r"[-\s]?"
    + _words("Terrorism Task Force Meeting") + r")\s+(?P<location>[^\n\d]+?)\s+"
    r"(?P<dates>\d{1,2}\s*[-–]\s*\d{1,2}\s+[A-Za-z]+\s+(?:19|20)\d\d"
    r"|\d{1,2}\s+[A-Za-z]+\s*[-–]\s*\d{1,2}\s+[A-Za-z]+\s+(?:19|20)\d\d"
    r"|\d{1,2}\s+[A-Za-z]+\s+(?:19|20)\d\d)",
    re.I,
)
SUMMARY_ITEMS: dict[str, re.Pattern[str]] = {
    "achievement": re.compile(r"1\s*\.\s*Summary\s+of\s+main\s+achievements[^\n]*?update\.?", re.I),
    "forward_work": re.compile(
        r"2\s*\.\s*Summary\s+of\s+forward\s+work[^\n]*?commitments\.?", re.I
    ),
    "capacity": re.compile(
        r"3\s*\.\s*Summary\s+of\s+capacity\s+building\s+needs[^\n]*?region\.?", re.I
    ),
    "need": re.compile(r"\bNeeds\s*:", re.I),
    "offer": re.compile(r"\bExpertise\s+and\s+Assistance\s*:", re.I),
}

# the labelled fields of a contact block, by the key the parser files them under
CONTACT_LABELS = re.compile(
    r"\b(?:(?P<name>Name)|(?P<title>Title|Position)|(?P<org>Organi[sz]ation|Agency)|"
    r"(?P<tel>Telephone(?:\s+Number)?|Tel\.?|Phone(?:\s+Number)?|Mobile)|"
    r"(?P<fax>Fax(?:\s+Number)?)|(?P<email>E-?mail(?:\s+Address)?))\s*:",
    re.I,
)
HONORIFIC = re.compile(
    r"^(?P<h>Captain|Capt\.?|Commander|Cdr\.?|Colonel|Col\.?|General|Admiral|Lieutenant|Major|"
    r"Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Lic\.?|Ing\.?|Ambassador|Hon\.?)\s+(?=[^\W\d_])"
)
YEARS_GROUP = re.compile(r"\((?P<years>(?:19|20)\d\d(?:\s*(?:,|and|&)\s*(?:19|20)\d\d)*)\)")
