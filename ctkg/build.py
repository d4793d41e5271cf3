"""`ctkg build`: parse, extract and map reports, then write a new store generation atomically.

Every report is read and mapped before anything is written; the new generation becomes live only
after the graph, the contact index and the manifest are complete.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import RDF, Graph

from ctkg.contact_index import build_contact_index
from ctkg.resources import resource_dir
from ctkg.store import Generation, StoreDir
from ctkg.vocab import CTKG, ONTOLOGY_IRI
from loaders.errors import LoadWarning, ReportError
from loaders.extract import Facts, extract
from loaders.gazetteer import Gazetteer
from loaders.mapping import map_report, new_graph, report_key
from loaders.model import Document
from loaders.parse import parse_raw
from loaders.text import read_report

# stats key -> class counted
COUNTED_CLASSES = {
    "policy_areas": CTKG.PolicyArea,
    "contact_points": CTKG.ContactPoint,
    "commitments": CTKG.Commitment,
    "measures": CTKG.Measure,
    "capacity_building_needs": CTKG.CapacityBuildingNeed,
    "expertise_offers": CTKG.ExpertiseOffer,
    "agencies": CTKG.Agency,
    "international_organizations": CTKG.InternationalOrganization,
    "instruments": CTKG.Instrument,
    "programmes": CTKG.Programme,
    "places": CTKG.Place,
    "memberships": CTKG.Membership,
    "bills": CTKG.Bill,
    "regulations": CTKG.Regulation,
    "legislative_events": CTKG.LegislativeEvent,
    "inspections": CTKG.Inspection,
}


@dataclass(frozen=True)
class Source:
    """A report file to read, and the file name to record as its source."""

    path: Path
    name: str


@dataclass
class LoadedReport:
    """One report taken through parse and extract, with the gazetteer it was linked against
    (its own copy: entities a report defines never leak into another report)."""

    path: Path
    doc: Document
    facts: Facts
    warnings: list[LoadWarning]
    gazetteer: Gazetteer
    data: bytes  # the bytes parsed, kept in the store as they were read

    @property
    def key(self) -> str:
        return report_key(self.facts)

    @property
    def stored_name(self) -> str:
        """The file name of the copy kept in the store: the report key, so never ambiguous."""
        return self.key + (self.path.suffix or ".md")


@dataclass
class BuildResult:
    store: Path
    reports: list[LoadedReport]
    stats: dict[str, int]
    seconds: float
    warnings: list[LoadWarning] = field(default_factory=list)


# A validation hook: given the graph of one report, return warnings, raise to refuse it.
Validator = Callable[[LoadedReport, Graph], list[LoadWarning]]


def load_gazetteer() -> Gazetteer:
    return Gazetteer.load(resource_dir("data") / "gazetteer")


def load_reports(
    sources: Sequence[Source | Path], gazetteer: Gazetteer, strict: bool
) -> tuple[list[LoadedReport], list[LoadWarning]]:
    """Parse and extract every report; refuse the lot if one is unreadable, or if two different
    reports claim the same economy and year. The same report given twice is loaded once."""
    loaded: list[LoadedReport] = []
    notes: list[LoadWarning] = []
    by_key: dict[str, LoadedReport] = {}
    by_digest: dict[str, LoadedReport] = {}
    for item in sources:
        source = item if isinstance(item, Source) else Source(item, item.name)
        raw = read_report(source.path)
        doc, warnings = parse_raw(raw, source.path, source.name)
        if strict and warnings:
            first = warnings[0]
            more = f" (and {len(warnings) - 1} more)" if len(warnings) > 1 else ""
            raise ReportError(source.path, f"refused by --strict: {first.message}{more}",
                              first.line)
        if doc.sha256 in by_digest:
            notes.append(LoadWarning(source.name, "the same report as "
                                     f"{by_digest[doc.sha256].path}; loaded once"))
            continue
        own = copy.deepcopy(gazetteer)
        report = LoadedReport(source.path, doc, extract(doc, own), warnings, own, raw.data)
        if report.key in by_key:
            raise ReportError(source.path, f"a second report for {report.key} "
                              f"(the first is {by_key[report.key].path})")
        by_key[report.key] = by_digest[doc.sha256] = report
        loaded.append(report)
    return loaded, notes


def build(
    store: StoreDir,
    paths: Sequence[Path],
    *,
    add: bool = False,
    strict: bool = False,
    validator: Validator | None = None,
) -> BuildResult:
    """Build a new store generation from `paths` (plus the store's reports when `add`; a new
    report replaces the stored one for the same economy and year)."""
    started = time.perf_counter()
    gazetteer = load_gazetteer()
    with store.writing():
        reports, warnings = load_reports(paths, gazetteer, strict)
        if add and store.exists():
            reports += _kept_reports(store, {r.key for r in reports}, gazetteer)
        graph = new_graph()
        for report in reports:
            report_graph = map_report(report.facts, report.gazetteer, new_graph())
            if validator is not None:
                report.warnings.extend(validator(report, report_graph))
            graph += report_graph
            warnings.extend(report.warnings)
        generation = store.new_generation()
        try:
            stats, default_graph = _write_generation(generation, graph, reports)
            store.commit(generation, _manifest(reports, stats, default_graph))
        except BaseException:
            store.discard(generation)
            raise
    return BuildResult(store.path, reports, stats, time.perf_counter() - started, warnings)


def _kept_reports(store: StoreDir, replaced: set[str], gazetteer: Gazetteer
                  ) -> list[LoadedReport]:
    """The reports already in the store, under the names they were first loaded from."""
    current = store.current()
    kept = [Source(current.sources_path / entry["stored"], entry["source"])
            for entry in current.manifest()["reports"] if entry["key"] not in replaced]
    return load_reports(kept, gazetteer, strict=False)[0]


def _write_generation(
    generation: Generation, graph: Graph, reports: list[LoadedReport]
) -> tuple[dict[str, int], dict[str, Any]]:
    """Write the database, the default graph's N-Triples, the contact index and the sources;
    return the counts and the N-Triples' manifest entry."""
    import pyoxigraph

    db = pyoxigraph.Store(str(generation.graph_path))
    try:
        db.bulk_load(graph.serialize(format="nt", encoding="utf-8"),
                     pyoxigraph.RdfFormat.N_TRIPLES)
        ontology = (resource_dir("ontology") / "ctkg.ttl").read_bytes()
        db.bulk_load(ontology, pyoxigraph.RdfFormat.TURTLE,
                     to_graph=pyoxigraph.NamedNode(ONTOLOGY_IRI))
        db.optimize()
        default_graph = generation.write_default_graph(bytes(db.dump(
            format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph()) or b""))
        stats = {"reports": len(reports)}
        rdf_type = pyoxigraph.NamedNode(str(RDF.type))
        for key, cls in COUNTED_CLASSES.items():
            stats[key] = sum(1 for _ in db.quads_for_pattern(
                None, rdf_type, pyoxigraph.NamedNode(str(cls)), pyoxigraph.DefaultGraph()))
        stats["triples"] = len(graph)
        db.flush()
    finally:
        del db
    build_contact_index(generation.contacts_path, [(r.facts, r.gazetteer) for r in reports])
    generation.sources_path.mkdir()
    for report in reports:
        (generation.sources_path / report.stored_name).write_bytes(report.data)
    return stats, default_graph


def _manifest(reports: list[LoadedReport], stats: dict[str, int],
              default_graph: dict[str, Any]) -> dict[str, Any]:
    from ctkg import __version__

    return {
        "ctkg_version": __version__,
        "built": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "stats": stats,
        "default_graph": default_graph,
        "reports": [_report_entry(r) for r in reports],
    }


def _report_entry(report: LoadedReport) -> dict[str, Any]:
    doc, header = report.doc, report.doc.header
    areas = doc.areas
    return {
        "key": report.key,
        "iri": f"https://w3id.org/ctkg/id/report/{report.key}",
        "document_id": header.document_id,
        "economy": header.economy,
        "calendar_year": header.calendar_year,
        "last_updated": header.last_updated,
        "source": doc.source,
        "stored": report.stored_name,
        "sha256": doc.sha256,
        "form": doc.form,
        "policy_areas": len(areas),
        "contact_points": sum(len(a.contacts) for a in areas),
        "commitments": sum(len(a.commitments) for a in areas),
        "measures": sum(len(a.undertaken) + len(a.planned) for a in areas),
        "warnings": [str(w) for w in report.warnings],
    }
