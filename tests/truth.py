"""Compare what the loader read from a report with the report's ground truth (a .truth.json file).

Markdown reports must match item by item. Flattened PDF text has lost its paragraph breaks, so
there each measure, need and offer of the truth must appear inside the extracted text instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ctkg.build import load_gazetteer
from loaders.extract import Facts, extract
from loaders.gazetteer import Gazetteer
from loaders.mapping import phone_region, tel_uri
from loaders.model import Document
from loaders.parse import parse_file

SUMMARY_KEYS = {"achievement": "achievements", "forward_work": "forward_work", "need": "needs",
                "offer": "offers"}
BLOCK_KEYS = {"measures_undertaken": "undertaken", "measures_planned": "planned",
              "needs": "needs", "offers": "offers"}


def load(path: Path) -> tuple[Document, Facts, Gazetteer]:
    doc, _warnings = parse_file(path)
    gazetteer = load_gazetteer()
    return doc, extract(doc, gazetteer), gazetteer


def _text(text: str) -> str:
    return " ".join(text.split())


def differences(path: Path, truth: dict[str, Any]) -> list[str]:
    """Every way the loaded report differs from its truth; empty when they agree."""
    doc, facts, gaz = load(path)
    out: list[str] = []

    def same(what: str, got: object, want: object) -> None:
        if got != want:
            out.append(f"{what}: got {got!r}, want {want!r}")

    h = doc.header
    for key in ("document_id", "economy", "calendar_year", "last_updated", "agenda_item",
                "purpose", "submitted_by"):
        same(key, getattr(h, key), truth[key])
    meeting = h.meeting
    same("meeting", meeting and {"name": meeting.name, "location": meeting.location,
                                 "start": meeting.start, "end": meeting.end}, truth["meeting"])
    summary: dict[str, list[str]] = {v: [] for v in SUMMARY_KEYS.values()}
    for item in doc.summary:
        summary[SUMMARY_KEYS[item.kind]].append(_text(item.text))
    if doc.form == "markdown":
        same("executive summary", summary, truth["executive_summary"])
    else:
        for key, items in truth["executive_summary"].items():
            joined = " ".join(summary[key])
            same(f"executive summary {key} (missing)", [t for t in items if t not in joined], [])

    areas = {a.code: a for a in doc.areas}
    region = phone_region(facts, gaz)
    same("policy areas", sorted(areas), sorted(truth["policy_areas"]))
    for code, want in truth["policy_areas"].items():
        area = areas.get(code)
        if area is None:
            continue
        contacts = [{"name": c.name, "honorific": c.honorific, "title": c.title,
                     "organization": c.organization, "telephone": c.telephone,
                     "telephone_uri": tel_uri(c.telephone, region), "fax": c.fax,
                     "fax_uri": tel_uri(c.fax, region), "email": c.email, "role": c.role}
                    for c in area.contacts]
        same(f"{code} contacts", contacts, want["contacts"])
        same(f"{code} commitments",
             [{"statement": c.statement, "years": c.years} for c in area.commitments],
             want["commitments"])
        for key, attr in BLOCK_KEYS.items():
            got = [_text(b.text) for b in getattr(area, attr)]
            if doc.form == "markdown":
                same(f"{code} {key}", got, want[key])
            else:
                joined = " ".join(got)
                missing = [t for t in want[key] if t not in joined]
                same(f"{code} {key} (missing from flattened text)", missing, [])

    same("memberships",
         sorted((gaz.get(m.regime).name, m.status, m.date) for m in facts.memberships),
         sorted((m["regime"], m["status"], m["date"]) for m in truth["memberships"]))
    same("bills", [{"title": b.title, "subject": b.subject,
                    "events": [{"date": e.date, "actor": e.actor_text, "action": e.action}
                               for e in b.events]}
                   for b in facts.legal if b.kind == "bill"], truth["bills"])
    same("regulations", [{"sector": r.sector,
                          "events": [{"date": e.date, "action": e.action} for e in r.events]}
                         for r in facts.legal if r.kind == "regulation"], truth["regulations"])
    same("inspections", [{"place": gaz.get(i.place).name, "start": i.start, "end": i.end,
                          "outcome": i.outcome} for i in facts.inspections if i.outcome],
         truth["inspections"])
    return out
