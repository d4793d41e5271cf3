"""The gazetteer: curated entities (data/gazetteer/*.toml) and the matcher that finds them in text.

Acronyms match case-sensitively as whole words; names and aliases match case- and
accent-insensitively on word boundaries; the longest match wins. Reports may add entities they
define themselves ("National Border Agency (NBA)"), so one matcher serves any economy.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

# TOML table name -> entity type
TABLES = {
    "economy": "economy",
    "agency": "agency",
    "organization": "organization",
    "instrument": "instrument",
    "programme": "programme",
    "place": "place",
    "law": "law",
}


@dataclass
class Entity:
    """One curated (or report-defined) entity."""

    id: str
    type: str
    name: str
    acronyms: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    name_es: str | None = None
    domains: list[str] = field(default_factory=list)
    parent: str | None = None
    economy: str | None = None
    kind: str | None = None
    wikidata: str | None = None
    partners: list[str] = field(default_factory=list)
    administered_by: str | None = None
    iso3: str | None = None
    calling_code: str | None = None
    demonyms: list[str] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        """Every written name: English, Spanish and aliases (not acronyms)."""
        out = [self.name, *self.aliases, *self.demonyms]
        if self.name_es:
            out.append(self.name_es)
        return out

    @property
    def acronym(self) -> str | None:
        return self.acronyms[0] if self.acronyms else None


@dataclass(frozen=True)
class Mention:
    """An entity found in a text: where and how."""

    entity: str
    surface: str
    start: int
    end: int
    how: str  # "acronym" | "name"


# letters Unicode does not decompose into base letter + accent (one to one, so offsets hold)
_LETTERS = str.maketrans("øØđĐłŁıħĦ", "oOdDlLihH")


def fold(text: str) -> str:
    """Case-, accent- and space-insensitive key for names."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[’`]", "'", stripped).casefold().split())


def slug(text: str, limit: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens: the stable part of an IRI."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:limit].strip("-")


def local_id(economy: str | None, name: str) -> str:
    """The id of a body a report names but the gazetteer lacks: '<economy>-<name slug>'."""
    return f"{economy or 'unknown'}-{slug(name)}"


def _name_pattern(name: str) -> str:
    return r"\s+".join(re.escape(w) for w in fold(name).split())


class Gazetteer:
    """Entities by id, with a single compiled matcher over all names and acronyms."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities: dict[str, Entity] = {}
        # the economy of the report being read: shared names ("Senate", "Ministry of Foreign
        # Affairs") resolve to that economy's body first
        self.economy: str | None = None
        for entity in entities:
            if entity.id in self.entities:
                raise ValueError(f"gazetteer id {entity.id!r} is used twice")
            self.entities[entity.id] = entity

    @classmethod
    def load(cls, folder: Path) -> Gazetteer:
        """Read every *.toml file of `folder`."""
        entities: list[Entity] = []
        for path in sorted(folder.glob("*.toml")):
            with path.open("rb") as handle:
                data = tomllib.load(handle)
            for table, etype in TABLES.items():
                for row in data.get(table, []):
                    entities.append(_entity(etype, row))
        return cls(entities)

    def add(self, entity: Entity) -> None:
        """Add a report-defined entity; the matcher is rebuilt on next use."""
        self.entities[entity.id] = entity
        self.__dict__.pop("_matchers", None)
        self.__dict__.pop("_by_name", None)

    def get(self, entity_id: str) -> Entity:
        return self.entities[entity_id]

    def of_type(self, etype: str) -> Iterator[Entity]:
        return (e for e in self.entities.values() if e.type == etype)

    @cached_property
    def _by_name(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        names: dict[str, list[str]] = {}
        acronyms: dict[str, list[str]] = {}
        for entity in self.entities.values():
            for name in entity.names:
                names.setdefault(fold(name), []).append(entity.id)
            for acronym in entity.acronyms:
                acronyms.setdefault(acronym, []).append(entity.id)
        return names, acronyms

    def _pick(self, ids: list[str]) -> str:
        """Of entities sharing a name: the report economy's, else an international one."""
        if len(ids) == 1:
            return ids[0]
        for wanted in (self.economy, None):
            for entity_id in ids:
                if self.entities[entity_id].economy == wanted:
                    return entity_id
        return ids[0]

    @cached_property
    def _matchers(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """Names (matched on folded text) and acronyms (matched case-sensitively)."""
        names, acronyms = self._by_name
        name_alts = sorted(names, key=len, reverse=True)
        acronym_alts = sorted(acronyms, key=len, reverse=True)
        bound_l, bound_r = r"(?<![\w-])", r"(?![\w-]|\.\w)"
        name_re = "|".join(_name_pattern(n) for n in name_alts) or r"(?!x)x"
        acronym_re = "|".join(re.escape(a) for a in acronym_alts) or r"(?!x)x"
        return (re.compile(f"{bound_l}(?:{name_re}){bound_r}"),
                re.compile(f"{bound_l}(?:{acronym_re}){bound_r}"))

    def find_by_name(self, text: str, local: bool = False) -> str | None:
        """The entity whose name, alias or acronym is exactly `text`.

        With `local`, only bodies of the report's economy (or international ones) qualify: a
        contact's organisation or a bill's actor named "Senate" is that economy's senate."""
        names, acronyms = self._by_name
        ids = acronyms.get(text.strip()) or names.get(fold(text)) or []
        if local and self.economy:
            ids = [i for i in ids if self.entities[i].economy in (self.economy, None)]
        return self._pick(ids) if ids else None

    def find_by_domain(self, email_or_domain: str) -> str | None:
        """The organisation owning an email or web domain (longest suffix first)."""
        domain = email_or_domain.rsplit("@", 1)[-1].lower().strip()
        best: tuple[int, str] | None = None
        for entity in self.entities.values():
            for own in entity.domains:
                own = own.lower()
                if (domain == own or domain.endswith("." + own)) and (
                    best is None or len(own) > best[0]
                ):
                    best = (len(own), entity.id)
        return best[1] if best else None

    def local_mentions(self, text: str) -> list[Mention]:
        """Mentions fit to link from a report of `self.economy`: another economy's body
        counts only where the text also names that economy ("the Transportation Security
        Administration ... of the United States of America"); generic names such as
        "Financial Intelligence Unit" or "Senate" otherwise stay with the report's economy."""
        found = self.mentions(text)
        named = {m.entity for m in found if self.entities[m.entity].type == "economy"}
        return [m for m in found
                if (home := self.entities[m.entity].economy) in (None, self.economy)
                or home in named or self.economy is None]

    def mentions(self, text: str) -> list[Mention]:
        """Every entity mention in `text`, left to right; overlaps go to the longest."""
        names, acronyms = self._by_name
        name_re, acronym_re = self._matchers
        folded = _fold_keep_length(text)
        candidates = [
            Mention(self._pick(names[" ".join(m.group(0).split())]), text[m.start():m.end()],
                    m.start(), m.end(), "name")
            for m in name_re.finditer(folded)
        ]
        candidates += [
            Mention(self._pick(acronyms[m.group(0)]), m.group(0), m.start(), m.end(), "acronym")
            for m in acronym_re.finditer(text)
        ]
        candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
        found: list[Mention] = []
        for mention in candidates:
            if found and mention.start < found[-1].end:
                continue
            found.append(mention)
        return found


def _fold_keep_length(text: str) -> str:
    """Fold accents and case character by character so offsets stay those of `text`."""
    out = []
    for ch in text.translate(_LETTERS):
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c)) or ch
        low = base.casefold()
        out.append(low if len(low) == 1 else ch.lower())
    folded = "".join(out)
    return folded.replace("’", "'").replace("`", "'")


def _entity(etype: str, row: dict[str, object]) -> Entity:
    def strings(key: str) -> list[str]:
        value = row.get(key, [])
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]

    def optional(key: str) -> str | None:
        value = row.get(key)
        return str(value) if value is not None else None

    return Entity(
        id=str(row["id"]),
        type=etype,
        name=str(row["name"]),
        acronyms=strings("acronyms"),
        aliases=strings("aliases"),
        name_es=optional("name_es"),
        domains=strings("domains"),
        parent=optional("parent"),
        economy=optional("economy"),
        kind=optional("kind"),
        wikidata=optional("wikidata"),
        partners=strings("partners"),
        administered_by=optional("administered_by"),
        iso3=optional("iso3"),
        calling_code=optional("calling_code"),
        demonyms=strings("demonyms"),
    )
