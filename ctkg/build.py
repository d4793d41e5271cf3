"""`ctkg build`: parse, extract and map reports, then write a new store generation atomically.

Every report is read and mapped before anything is written; the new generation becomes live only
after the graph, the contact index and the manifest are complete.
"""

from __future__ import annotations

import shutil
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
from loaders.parse import parse_file

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


@dataclass
class LoadedReport:
    """One report taken through parse and extract."""

    path: Path
    doc: Document
    facts: Facts
    warnings: list[LoadWarning]

    @property
    def key(self) -> str:
        return report_key(self.facts)


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


def load_reports(paths: Sequence[Path], gazetteer: Gazetteer, strict: bool) -> list[LoadedReport]:
    """Parse and extract every report; refuse the lot if one is unreadable."""
    loaded: list[LoadedReport] = []
    keys: dict[str, Path] = {}
    for path in paths:
        doc, warnings = parse_file(path)
        if strict and warnings:
            first = warnings[0]
            more = f" (and {len(warnings) - 1} more)" if len(warnings) > 1 else ""
            raise ReportError(path, f"refused by --strict: {first.message}{more}", first.line)
        facts = extract(doc, gazetteer)
        report = LoadedReport(path, doc, facts, warnings)
        if report.key in keys and keys[report.key].name != path.name:
            raise ReportError(path, f"a second report for {report.key} (first: {keys[report.key]})")
        keys[report.key] = path
        loaded.append(report)
    return loaded


def build(
    store: StoreDir,
    paths: Sequence[Path],
    *,
    add: bool = False,
    strict: bool = False,
    validator: Validator | None = None,
) -> BuildResult:
    """Build a new store generation from `paths` (plus the store's reports when `add`)."""
    started = time.perf_counter()
    if add and store.exists():
        kept = sorted(store.current().sources_path.glob("*"))
        new_names = {p.name for p in paths}
        paths = [*(p for p in kept if p.name not in new_names), *paths]
    gazetteer = load_gazetteer()
    reports = load_reports(paths, gazetteer, strict)
    graph = new_graph()
    warnings: list[LoadWarning] = []
    for report in reports:
        report_graph = map_report(report.facts, gazetteer, new_graph())
        if validator is not None:
            report.warnings.extend(validator(report, report_graph))
        graph += report_graph
        warnings.extend(report.warnings)
    generation = store.new_generation()
    try:
        stats = _write_generation(generation, graph, reports, gazetteer)
        manifest = _manifest(reports, stats)
        store.commit(generation, manifest)
    except BaseException:
        store.discard(generation)
        raise
    return BuildResult(store.path, reports, stats, time.perf_counter() - started, warnings)


def _write_generation(
    generation: Generation, graph: Graph, reports: list[LoadedReport], gazetteer: Gazetteer
) -> dict[str, int]:
    import pyoxigraph

    db = pyoxigraph.Store(str(generation.graph_path))
    try:
        db.bulk_load(graph.serialize(format="nt", encoding="utf-8"),
                     pyoxigraph.RdfFormat.N_TRIPLES)
        ontology = (resource_dir("ontology") / "ctkg.ttl").read_bytes()
        db.bulk_load(ontology, pyoxigraph.RdfFormat.TURTLE,
                     to_graph=pyoxigraph.NamedNode(ONTOLOGY_IRI))
        db.optimize()
        stats = {"reports": len(reports)}
        rdf_type = pyoxigraph.NamedNode(str(RDF.type))
        for key, cls in COUNTED_CLASSES.items():
            stats[key] = sum(1 for _ in db.quads_for_pattern(
                None, rdf_type, pyoxigraph.NamedNode(str(cls)), pyoxigraph.DefaultGraph()))
        stats["triples"] = len(graph)
        db.flush()
    finally:
        del db
    build_contact_index(generation.contacts_path, [(r.facts, gazetteer) for r in reports])
    generation.sources_path.mkdir()
    for report in reports:
        shutil.copyfile(report.path, generation.sources_path / report.path.name)
    return stats


def _manifest(reports: list[LoadedReport], stats: dict[str, int]) -> dict[str, Any]:
    from ctkg import __version__

    return {
        "ctkg_version": __version__,
        "built": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "stats": stats,
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
        "source": report.path.name,
        "sha256": doc.sha256,
        "form": doc.form,
        "policy_areas": len(areas),
        "contact_points": sum(len(a.contacts) for a in areas),
        "commitments": sum(len(a.commitments) for a in areas),
        "measures": sum(len(a.undertaken) + len(a.planned) for a in areas),
        "warnings": [str(w) for w in report.warnings],
    }
