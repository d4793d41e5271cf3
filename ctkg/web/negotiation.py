"""Content negotiation for the SPARQL endpoint: pick a media type from an HTTP Accept header.

Standard library only. A server type's quality is that of the most specific media range that
matches it; the highest quality wins, then the earliest range in the client's list, then the
server's order of preference.
"""

from __future__ import annotations

from dataclasses import dataclass

# (media type announced in Content-Type, format key), server preference first.
RESULT_TYPES: tuple[tuple[str, str], ...] = (
    ("application/sparql-results+json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
)
GRAPH_TYPES: tuple[tuple[str, str], ...] = (
    ("text/turtle", "turtle"),
    ("application/ld+json", "jsonld"),
    ("application/n-triples", "ntriples"),
    ("application/rdf+xml", "rdfxml"),
)
# Media types clients send that mean one of the above (SPARQLWrapper sends several of these).
ALIASES: dict[str, tuple[str, ...]] = {
    "application/json": ("application/sparql-results+json", "application/ld+json"),
    "application/xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "text/xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "application/turtle": ("text/turtle",),
    "application/x-turtle": ("text/turtle",),
    "text/plain": ("application/n-triples",),
}


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    q: float
    position: int

    def specificity(self, media_type: str) -> int | None:
        """How specifically this range matches `media_type` (None: it does not)."""
        main, _, sub = media_type.partition("/")
        if self.type == "*" and self.subtype == "*":
            return 0
        if self.type == main and self.subtype == "*":
            return 1
        if self.type == main and self.subtype == sub:
            return 3
        full = f"{self.type}/{self.subtype}"
        if media_type in ALIASES.get(full, ()):
            return 2
        return None


def parse_accept(header: str) -> list[MediaRange]:
    """The media ranges of an Accept header; malformed parts are skipped."""
    ranges: list[MediaRange] = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        main, sep, sub = fields[0].lower().partition("/")
        if not sep or not main or not sub:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append(MediaRange(main, sub, q, position))
    return ranges


def choose(accept: str | None, offered: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    """The (media type, format) to answer with, or None when nothing offered is acceptable."""
    if not accept or not accept.strip():
        return offered[0]
    ranges = parse_accept(accept)
    if not ranges:
        return offered[0]
    best: tuple[float, int, int] | None = None
    chosen: tuple[str, str] | None = None
    for rank, (media_type, fmt) in enumerate(offered):
        matches = [(r.specificity(media_type), r) for r in ranges]
        scored = [(s, r) for s, r in matches if s is not None]
        if not scored:
            continue
        _, match = max(scored, key=lambda sr: (sr[0] or 0, -sr[1].position))
        if match.q <= 0:
            continue
        key = (match.q, -match.position, -rank)
        if best is None or key > best:
            best, chosen = key, (media_type, fmt)
    return chosen


def describe(offered: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(media_type for media_type, _ in offered)
