"""`ctkg contact QUERY`: who is the contact point for a topic, agency, instrument or phrase.

Ranking: exact entity hits (an acronym, name or alias of an organisation, instrument or
programme linked to the person or their policy area) weigh most, by how the entity is tied to the
person; then BM25 over the indexed text, weighted by where the words were found. Imports only
sqlite3, so a lookup does not pay for the RDF stack.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loaders.gazetteer import fold

# Weight of an exact entity hit, by how the entity is tied to the person.
TERM_WEIGHT = {
    "organization": 40.0, "evidence": 30.0, "area": 30.0, "commitment": 12.0,
    "measure": 10.0, "need": 6.0, "offer": 6.0,
}
# Weight of BM25 text hits, by the kind of indexed text.
UNIT_WEIGHT = {
    "person": 3.0, "area": 4.0, "commitment": 1.5, "measure": 1.0, "need": 1.0, "offer": 1.0,
    "entity": 1.2,
}
MAX_REASONS = 4
MAX_TEXT_HITS = 5000
# words that would match every policy area and say nothing about a person
STOP_WORDS = frozenset({
    "a", "an", "and", "or", "the", "of", "for", "in", "on", "to", "by", "with", "at", "from",
    "as", "is", "are", "be", "it", "its", "this", "that", "these", "those",
})


class ContactLookupError(Exception):
    """The query cannot be answered (empty query, missing index)."""

    user_facing = True  # the CLI prints the message alone, exit code 2


@dataclass
class _Candidate:
    row: dict[str, Any]
    score: float = 0.0
    reasons: list[tuple[float, str]] = field(default_factory=list)


def lookup(index: Path, query: str, limit: int = 10) -> list[dict[str, Any]]:
    """Ranked contact points for `query`, each with the reasons it matched."""
    words = [w for w in re.findall(r"\w+", query) if w.casefold() not in STOP_WORDS]
    if not words:
        raise ContactLookupError("the query has no words to look for")
    if not index.is_file():
        raise ContactLookupError(f"{index}: no contact index; run `ctkg build`")
    db = sqlite3.connect(index.resolve().as_uri() + "?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    try:
        contacts = {r["id"]: _Candidate(dict(r)) for r in db.execute("SELECT * FROM contact")}
        by_scope: dict[str, list[_Candidate]] = {}
        for cand in contacts.values():
            by_scope.setdefault(cand.row["scope"], []).append(cand)
        _term_hits(db, query, contacts, by_scope)
        _text_hits(db, words, contacts, by_scope)
    finally:
        db.close()
    ranked = sorted(
        (c for c in contacts.values() if c.score > 0),
        key=lambda c: (-round(c.score, 6), c.row["policy_area_code"], c.row["position"]),
    )
    return [_result(c) for c in ranked[:limit]]


def _targets(contact: int | None, scope: str, contacts: dict[int, _Candidate],
             by_scope: dict[str, list[_Candidate]]) -> list[_Candidate]:
    if contact is not None:
        return [contacts[contact]]
    return by_scope.get(scope, [])


def _term_hits(db: sqlite3.Connection, query: str, contacts: dict[int, _Candidate],
               by_scope: dict[str, list[_Candidate]]) -> None:
    """Exact entity hits: the query is an acronym, a name or an alias."""
    exact = query.strip()
    rows = db.execute(
        "SELECT * FROM term WHERE term = ?", (fold(exact),)
    ).fetchall()
    best: dict[tuple[int, str], float] = {}
    for row in rows:
        weight = TERM_WEIGHT.get(row["kind"], 5.0)
        for cand in _targets(row["contact"], row["scope"], contacts, by_scope):
            key = (id(cand), row["label"])
            if best.get(key, 0) >= weight:
                continue
            best[key] = weight
            cand.score += weight
            cand.reasons.append((weight, row["label"]))


def _text_hits(db: sqlite3.Connection, words: list[str], contacts: dict[int, _Candidate],
               by_scope: dict[str, list[_Candidate]]) -> None:
    """BM25 over indexed text; a whole-phrase hit counts double."""
    phrase_rows = set()
    if len(words) > 1:
        phrase = '"' + " ".join(words) + '"'
        phrase_rows = {r[0] for r in db.execute(
            "SELECT rowid FROM unit_fts WHERE unit_fts MATCH ?", (phrase,))}
    rows = db.execute(
        "SELECT u.id, u.scope, u.contact, u.kind, -bm25(unit_fts) AS rank, "
        "snippet(unit_fts, 0, '[', ']', '…', 10) AS snip "
        "FROM unit_fts JOIN unit u ON u.id = unit_fts.rowid WHERE unit_fts MATCH ? "
        f"ORDER BY rank DESC LIMIT {MAX_TEXT_HITS}",
        (" OR ".join(f'"{w}"' for w in words),),
    ).fetchall()
    for row in rows:
        weight = UNIT_WEIGHT.get(row["kind"], 1.0) * (2.0 if row["id"] in phrase_rows else 1.0)
        score = float(row["rank"]) * weight
        for cand in _targets(row["contact"], row["scope"], contacts, by_scope):
            cand.score += score
            cand.reasons.append((score, f"{_kind_label(row['kind'])}: {row['snip']}"))


def _kind_label(kind: str) -> str:
    return {"person": "contact details", "area": "policy area", "entity": "linked entities",
            "need": "capacity-building need", "offer": "expertise offered"}.get(kind, kind)


def _result(cand: _Candidate) -> dict[str, Any]:
    row = cand.row
    reasons: list[str] = []
    for _, text in sorted(cand.reasons, key=lambda r: -r[0]):
        if text not in reasons:
            reasons.append(text)
        if len(reasons) == MAX_REASONS:
            break
    return {
        "name": row["name"],
        "honorific": row["honorific"],
        "title": row["title"],
        "organization": row["organization"],
        "organization_acronym": row["organization_acronym"],
        "telephone": row["telephone"],
        "telephone_uri": row["telephone_uri"],
        "fax": row["fax"],
        "fax_uri": row["fax_uri"],
        "email": row["email"],
        "policy_area": f"{row['policy_area_code']} {row['policy_area']}",
        "policy_area_code": row["policy_area_code"],
        "role": row["role"],
        "report": row["report"],
        "economy": row["economy"],
        "calendar_year": row["calendar_year"],
        "iri": row["iri"],
        "score": round(cand.score, 3),
        "matched": reasons,
    }
