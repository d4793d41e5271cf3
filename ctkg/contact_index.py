"""Build the contact-point search index (SQLite FTS5) while a store is built.

For each contact point it indexes the text of its policy area (title, commitments, measures,
needs, offers), its own name, title and organisation, and the names, acronyms and aliases of every
entity linked there. Exact entity hits go into a separate `term` table so an acronym such as
"SCT" outranks loose words. The lookup side (ctkg.contact) reads this file with sqlite3 only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from loaders.extract import Facts
from loaders.gazetteer import Entity, Gazetteer, fold
from loaders.mapping import contact_iri, phone_region, report_key, tel_uri

SCHEMA = """
CREATE TABLE contact (
    id INTEGER PRIMARY KEY, iri TEXT, report TEXT, economy TEXT, calendar_year INTEGER,
    policy_area_code TEXT, policy_area TEXT, role TEXT, name TEXT, honorific TEXT, title TEXT,
    organization TEXT, organization_acronym TEXT, telephone TEXT, telephone_uri TEXT,
    fax TEXT, fax_uri TEXT, email TEXT, position INTEGER, scope TEXT
);
CREATE TABLE unit (id INTEGER PRIMARY KEY, scope TEXT, contact INTEGER, kind TEXT, text TEXT);
CREATE VIRTUAL TABLE unit_fts USING fts5(
    text, content='unit', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TABLE term (term TEXT, scope TEXT, contact INTEGER, kind TEXT, label TEXT);
CREATE INDEX term_by_term ON term(term);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""

# How strongly each kind of link ties a person to an entity (used by ctkg.contact).


@dataclass
class _Row:
    scope: str
    contact: int | None
    kind: str
    text: str


def build_contact_index(
    path: Path, reports: Iterable[tuple[Facts, Gazetteer]]
) -> int:
    """Write the index for all `reports` to `path`; return the number of contact points."""
    db = sqlite3.connect(path)
    try:
        db.executescript(SCHEMA)
        count = 0
        for facts, gazetteer in reports:
            count += _index_report(db, facts, gazetteer)
        db.execute("INSERT INTO unit_fts(unit_fts) VALUES ('optimize')")
        db.execute("INSERT INTO meta VALUES ('schema', '1')")
        db.commit()
    finally:
        db.close()
    return count


def _names(entity: Entity) -> list[str]:
    return [*entity.names, *entity.acronyms]


def _index_report(db: sqlite3.Connection, facts: Facts, gazetteer: Gazetteer) -> int:
    doc = facts.doc
    key = report_key(facts)
    region = phone_region(facts, gazetteer)
    count = 0
    for area in doc.areas:
        scope = f"{key}/{area.code}"
        units: list[_Row] = [_Row(scope, None, "area", f"{area.code} {area.title}")]
        terms: list[tuple[str, str, int | None, str, str]] = []
        linked: dict[str, None] = {}  # names and acronyms of entities the area links to
        units += [_Row(scope, None, "commitment", c.text) for c in area.commitments]
        for kind, blocks in (("measure", [*area.undertaken, *area.planned]),
                             ("need", area.needs), ("offer", area.offers)):
            for block in blocks:
                units.append(_Row(scope, None, kind, block.text))
                for entity_id in facts.mentions.get(id(block), []):
                    entity = gazetteer.get(entity_id)
                    linked.update(dict.fromkeys(_names(entity)))
                    terms += [(fold(n), scope, None, kind, f"{kind} names {_label(entity)}")
                              for n in _names(entity)]
        for commitment in area.commitments:
            for entity_id in facts.mentions.get(id(commitment), []):
                entity = gazetteer.get(entity_id)
                linked.update(dict.fromkeys(_names(entity)))
                terms += [(fold(n), scope, None, "commitment",
                           f"commitment names {_label(entity)}") for n in _names(entity)]
        for n in (area.title, area.code):
            terms.append((fold(n), scope, None, "area", f"policy area {area.code} {area.title}"))
        if linked:
            units.append(_Row(scope, None, "entity", " ; ".join(linked)))
        for index, contact in enumerate(area.contacts):
            links = facts.contacts[(area.code, index)]
            org = gazetteer.get(links.organization) if links.organization else None
            cursor = db.execute(
                "INSERT INTO contact VALUES (NULL,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    str(contact_iri(key, area.code, contact.name, contact.role)),
                    doc.header.document_id, doc.header.economy, doc.header.calendar_year,
                    area.code, area.title, contact.role, contact.name, contact.honorific,
                    contact.title, contact.organization or (org.name if org else None),
                    org.acronym if org else None, contact.telephone,
                    tel_uri(contact.telephone, region), contact.fax, tel_uri(contact.fax, region),
                    contact.email, index, scope,
                ),
            )
            cid = cursor.lastrowid
            count += 1
            own = [contact.name, contact.title or "", contact.organization or ""]
            if org:
                own += _names(org)
                terms += [(fold(n), scope, cid, "organization",
                           f"organisation: {_label(org)}") for n in _names(org)]
            for entity_id, why in links.evidence:
                entity = gazetteer.get(entity_id)
                own += _names(entity)
                terms += [(fold(n), scope, cid, "evidence", f"{why}: {_label(entity)}")
                          for n in _names(entity)]
            units.append(_Row(scope, cid, "person", " ; ".join(filter(None, own))))
        for row in units:
            cur = db.execute("INSERT INTO unit VALUES (NULL,?,?,?,?)",
                             (row.scope, row.contact, row.kind, row.text))
            db.execute("INSERT INTO unit_fts(rowid, text) VALUES (?,?)",
                       (cur.lastrowid, row.text))
        db.executemany("INSERT INTO term VALUES (?,?,?,?,?)", list(dict.fromkeys(terms)))
    return count


def _label(entity: Entity) -> str:
    return f"{entity.name} ({entity.acronym})" if entity.acronym else entity.name
