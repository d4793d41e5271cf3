"""SHACL validation of ctkg graphs with pySHACL, reported in words an analyst can act on.

The shapes in shapes/*.ttl define a well-formed graph. This module loads them once, runs pySHACL
over a report graph (or the whole store), and turns each SHACL result into a `Finding`: the node
named in words (a person's name, a commitment's statement, a bill's title), the message of the
constraint that failed, its severity, and the report file and line the node was read from.
`build_validator` is the hook `ctkg build` calls for each report it loads.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import RDF, RDFS, BNode, Graph, Literal
from rdflib.namespace import DCTERMS, PROV, SH, SKOS
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result
from rdflib.term import Node

from ctkg.resources import resource_dir
from ctkg.vocab import CTKG, ORG, VCARD
from loaders.errors import LoadWarning, ReportError
from loaders.mapping import BINDINGS

if TYPE_CHECKING:
    from ctkg.build import LoadedReport

SHAPES_ENV = "CTKG_SHAPES"
SHAPES_NS = "https://w3id.org/ctkg/shapes#"
SEVERITIES = ("Violation", "Warning", "Info")
LABEL_LIMIT = 90


class ShapesError(Exception):
    """The shapes cannot be used: a file is missing, is not Turtle, or is not valid SHACL."""

    user_facing = True  # the CLI prints the message alone, exit code 2


@dataclass(frozen=True)
class Finding:
    """One SHACL result in words: what is wrong, with which node, and where it was read."""

    focus: str
    label: str | None
    kind: str | None
    path: str | None
    value: str | None
    message: str
    severity: str
    shape: str | None
    source: str | None
    line: int | None
    end_line: int | None
    # "read" when the line is where the node itself was read; "named" when the node has no
    # source of its own (a gazetteer entity) and the line is where the report names it.
    located: str | None

    @property
    def where(self) -> str | None:
        """'apec-ctap-2012-mexico.md:171', or None when the graph does not say."""
        if self.source is None:
            return None
        return f"{self.source}:{self.line}" if self.line else self.source

    @property
    def subject(self) -> str:
        """'contact point "Sergio Romero Orozco"' — the node as a person would name it."""
        kind = self.kind or "node"
        return f'{kind} "{self.label}"' if self.label else f"{kind} <{self.focus}>"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ValidationReport:
    """Every finding of one pySHACL run, and the standard SHACL report graph."""

    findings: list[Finding]
    graph: Graph

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def conforms(self) -> bool:
        """Warnings and infos alone still conform; only violations do not."""
        return not self.violations

    def counts(self) -> dict[str, int]:
        return {s: sum(1 for f in self.findings if f.severity == s) for s in SEVERITIES}


# --- shapes -----------------------------------------------------------------------------------

def shapes_location(location: Path | None = None) -> Path:
    """`location`, else $CTKG_SHAPES, else the bundled shapes/ folder."""
    if location is not None:
        return location
    env = os.environ.get(SHAPES_ENV)
    return Path(env).expanduser() if env else resource_dir("shapes")


def shapes_files(location: Path | None = None) -> list[Path]:
    """The Turtle files that make up the shapes graph (a folder's *.ttl, or one file)."""
    where = shapes_location(location)
    if where.is_dir():
        files = sorted(where.glob("*.ttl"))
        if not files:
            raise ShapesError(f"{where}: no shapes files (*.ttl) in this folder")
        return files
    if where.is_file():
        return [where]
    raise ShapesError(f"{where}: no such shapes file or folder")


class Shapes(Graph):
    """The shapes graph, remembering the files it was read from (to name a bad one)."""

    files: list[Path]


def load_shapes(location: Path | None = None) -> Shapes:
    """Parse every shapes file into one graph; a file that is not Turtle is named with its line."""
    shapes = Shapes()
    shapes.files = shapes_files(location)
    for path in shapes.files:
        try:
            shapes.parse(path, format="turtle")
        except Exception as err:  # rdflib raises many types; all mean "not a Turtle file"
            raise ShapesError(_parse_error(path, err)) from None
    if not any(shapes.subjects(RDF.type, SH.NodeShape)):
        raise ShapesError(f"{shapes_location(location)}: the shapes files declare no sh:NodeShape")
    return shapes


def _parse_error(path: Path, err: Exception) -> str:
    text = str(err)
    match = re.match(r"at line (\d+) of [^\n]*:\n(.*?)(?: at \^ in:.*)?$", text, re.S)
    if match:
        reason = " ".join(match.group(2).split())
        return f"{path}:{match.group(1)}: not valid Turtle: {reason}"
    first = text.strip().splitlines()[0] if text.strip() else type(err).__name__
    return f"{path}: cannot read the shapes file: {first}"


# --- running pySHACL --------------------------------------------------------------------------

_PREPARED: dict[str, Any] = {}


class PreparedQueryGraph(Graph):
    """A graph whose query() parses each SPARQL text only once.

    pySHACL runs a SPARQL-based constraint once per focus node and rdflib parses the query text
    every time; parsing costs ~40 times the evaluation on a report-sized graph. Caching the
    prepared query by its text keeps the results identical and validation fast.
    """

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Result:
        if isinstance(query_object, str):
            prepared = _PREPARED.get(query_object)
            if prepared is None:
                prepared = _PREPARED[query_object] = prepareQuery(query_object)
            query_object = prepared
        return super().query(query_object, *args, **kwargs)


def _caching_graph(graph: Graph) -> Graph:
    """A PreparedQueryGraph view of `graph`: the same store, nothing copied."""
    if isinstance(graph, PreparedQueryGraph):
        return graph
    view = PreparedQueryGraph(store=graph.store, identifier=graph.identifier)
    for prefix, namespace in graph.namespaces():
        view.bind(prefix, namespace, override=False)
    return view


@contextmanager
def _quiet_pyshacl() -> Iterator[None]:
    """pySHACL logs its errors to stderr before raising them; ctkg reports them in one line."""
    logger = logging.getLogger("pyshacl-validate")
    was = logger.disabled
    logger.disabled = True
    try:
        yield
    finally:
        logger.disabled = was


def run_shacl(data: Graph, shapes: Graph) -> Graph:
    """Validate `data` against `shapes`; return the SHACL validation report graph."""
    from pyshacl import validate
    from pyshacl.errors import ReportableRuntimeError, ShapeLoadError

    with _quiet_pyshacl():
        try:
            _conforms, report, text = validate(
                _caching_graph(data), shacl_graph=shapes, inference="none", advanced=False,
                allow_warnings=True, allow_infos=True,
            )
        except (ShapeLoadError, ReportableRuntimeError) as err:
            text, report = str(err), None
        if not isinstance(report, Graph):
            # pySHACL returns a ValidationFailure in place of the graph when a shape is unusable.
            raise ShapesError(_locate_shapes_error(shapes)
                              or f"the shapes are not valid SHACL: {_one_line(text)}")
    return report


def _locate_shapes_error(shapes: Graph) -> str | None:
    """Check each shapes file against the SHACL-SHACL shapes to name the one that is wrong."""
    from pyshacl.entrypoints import meta_validate

    describer = _Describer(Graph())
    for path in getattr(shapes, "files", []):
        conforms, report, _text = meta_validate(Graph().parse(path, format="turtle"),
                                                inference="none")
        if conforms or not isinstance(report, Graph):
            continue
        for result in report.subjects(RDF.type, SH.ValidationResult):
            where = report.value(result, SH.resultPath)
            value = report.value(result, SH.value)
            message = report.value(result, SH.resultMessage)
            what = " ".join(x for x in (
                describer.term(where) if where is not None else "",
                repr(str(value)) if value is not None else "") if x)
            return f"{path}: not valid SHACL: {what}: {message}"
    return None


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]


def validate_graph(data: Graph, shapes: Graph) -> ValidationReport:
    """Run the shapes over `data` and explain every result in words."""
    report = run_shacl(data, shapes)
    return ValidationReport(explain(report, data), report)


# --- results in words -------------------------------------------------------------------------

def explain(report: Graph, data: Graph) -> list[Finding]:
    """Turn the results of a SHACL report into findings, in source-file and line order."""
    describer = _Describer(data)
    findings: set[Finding] = set()
    # Results nested under sh:detail (from sh:node) are explained by their parent result.
    details = set(report.objects(None, SH.detail))
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if result in details:
            continue
        focus = report.value(result, SH.focusNode)
        if focus is None:
            continue
        severity = report.value(result, SH.resultSeverity)
        message = report.value(result, SH.resultMessage)
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        shape = report.value(result, SH.sourceConstraint) or report.value(result, SH.sourceShape)
        source, line, end_line, located = describer.source(focus)
        findings.add(Finding(
            focus=str(focus),
            label=describer.label(focus),
            kind=describer.kind(focus),
            path=_path_text(report, path, describer) if path is not None else None,
            value=describer.term(value) if value is not None and value != focus else None,
            message=str(message) if message is not None else "The node does not satisfy a shape",
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            shape=describer.term(shape) if shape is not None and not _is_bnode(shape) else None,
            source=source, line=line, end_line=end_line, located=located,
        ))
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: (f.source or "\uffff", f.line or 0, f.focus,
                                 rank.get(f.severity, 9), f.message, f.value or ""))


def _is_bnode(node: Node) -> bool:
    return isinstance(node, BNode)


def _path_text(report: Graph, path: Node, describer: _Describer) -> str:
    if _is_bnode(path):
        inverse = report.value(path, SH.inversePath)
        if inverse is not None:
            return "^" + describer.term(inverse)
        return "(complex path)"
    return describer.term(path)


class _Describer:
    """Names, kinds and source lines of the nodes of one data graph."""

    def __init__(self, data: Graph) -> None:
        self.g = data
        self.rdf_type = RDF.type
        self.derived = PROV.wasDerivedFrom
        self.ctkg = CTKG
        self.label_props = [VCARD.fn, CTKG.statement, DCTERMS.title, RDFS.label, SKOS.prefLabel,
                            CTKG.text]
        self.kinds = [
            (CTKG.ContactPoint, "contact point"), (CTKG.Commitment, "commitment"),
            (CTKG.Measure, "measure"), (CTKG.CapacityBuildingNeed, "capacity-building need"),
            (CTKG.ExpertiseOffer, "expertise offer"), (CTKG.SummaryItem, "summary item"),
            (CTKG.Membership, "regime membership"), (CTKG.Bill, "bill"),
            (CTKG.Regulation, "regulation"), (CTKG.LegislativeEvent, "legislative step"),
            (CTKG.Inspection, "inspection"), (CTKG.Report, "report"),
            (CTKG.SourceSpan, "source span"), (CTKG.Agency, "agency"),
            (CTKG.InternationalOrganization, "international organisation"),
            (CTKG.Company, "company"), (CTKG.Instrument, "instrument"),
            (CTKG.Programme, "programme"), (CTKG.Place, "place"), (CTKG.Law, "law"),
            (CTKG.Meeting, "meeting"), (CTKG.Economy, "economy"),
            (CTKG.PolicyArea, "policy area"), (VCARD.Individual, "person"),
            (ORG.Organization, "organisation"), (ORG.Membership, "membership"),
            (SKOS.Concept, "concept"),
        ]
        self.prefixes = [(str(ns), p) for p, ns in BINDINGS.items() if p != "id"]
        self.prefixes.append((SHAPES_NS, "ctkgsh"))
        self.prefixes.append((str(SH), "sh"))
        self.prefixes.append((str(RDF), "rdf"))
        self.prefixes.append((str(RDFS), "rdfs"))

    def term(self, node: Node) -> str:
        """A prefixed name for vocabulary IRIs, the text of a literal, <iri> otherwise."""
        if isinstance(node, Literal):
            return str(node)
        text = str(node)
        for namespace, prefix in self.prefixes:
            if text.startswith(namespace) and re.fullmatch(r"[\w.-]+", text[len(namespace):]):
                return f"{prefix}:{text[len(namespace):]}"
        return f"<{text}>"

    def kind(self, node: Node) -> str | None:
        types = set(self.g.objects(node, self.rdf_type))
        return next((noun for cls, noun in self.kinds if cls in types), None)

    def label(self, node: Node) -> str | None:
        if (node, self.rdf_type, self.ctkg.SourceSpan) in self.g:
            source, line, end, _ = self._span(node)
            if source:
                return f"{source} lines {line}-{end}"
        for prop in self.label_props:
            value = self.g.value(node, prop)
            if value is not None and str(value).strip():
                text = " ".join(str(value).split())
                return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1] + "…"
        return None

    def _span(self, span: Node) -> tuple[str | None, int | None, int | None, str | None]:
        report = self.g.value(span, self.ctkg.inReport)
        source = self.g.value(report, self.ctkg.sourceFile) if report is not None else None
        start = self.g.value(span, self.ctkg.startLine)
        end = self.g.value(span, self.ctkg.endLine)
        return (
            str(source) if source is not None else None,
            _int(start), _int(end), "read",
        )

    def source(self, node: Node) -> tuple[str | None, int | None, int | None, str | None]:
        """Where `node` was read (its own span), else where a report first names it."""
        if (node, self.rdf_type, self.ctkg.SourceSpan) in self.g:
            return self._span(node)
        own = [self._span(s) for s in self.g.objects(node, self.derived)]
        own = [s for s in own if s[0] is not None]
        if own:
            return min(own, key=_span_key)
        if (node, self.rdf_type, self.ctkg.Report) in self.g:
            file = self.g.value(node, self.ctkg.sourceFile)
            return (str(file), None, None, "read") if file is not None else (None,) * 4
        named = [
            self._span(span)
            for referrer in set(self.g.subjects(None, node)) if referrer != node
            for span in self.g.objects(referrer, self.derived)
        ]
        named = [s for s in named if s[0] is not None]
        if named:
            source, line, end, _ = min(named, key=_span_key)
            return source, line, end, "named"
        return None, None, None, None


def _span_key(span: tuple[str | None, int | None, int | None, str | None]) -> tuple[str, int]:
    return (span[0] or "", span[1] or 0)


def _int(value: Node | None) -> int | None:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def describe(finding: Finding, with_line: bool = True) -> str:
    """One line: 'line 171, contact point "X": message (vcard:hasEmail = mailto:x)'."""
    where = f"line {finding.line}, " if finding.line and with_line else ""
    detail = ""
    if finding.path and finding.value:
        detail = f" ({finding.path} = {finding.value})"
    elif finding.path:
        detail = f" ({finding.path})"
    return f"{where}{finding.subject}: {finding.message}{detail}"


# --- the build hook ---------------------------------------------------------------------------

REFUSE_NAMED = 3


def build_validator(allow_invalid: bool) -> Callable[[LoadedReport, Graph], list[LoadWarning]]:
    """A build hook: warnings for the user, ReportError on violations unless allowed.

    The shapes are parsed once per build; each report graph is validated on its own as it is
    loaded, so a refusal names the report and the line that caused it.
    """
    shapes = load_shapes()

    def validate(report: LoadedReport, graph: Graph) -> list[LoadWarning]:
        result = validate_graph(graph, shapes)
        violations = result.violations
        if violations and not allow_invalid:
            named = "; ".join(describe(f) for f in violations[:REFUSE_NAMED])
            more = (f"; and {len(violations) - REFUSE_NAMED} more"
                    if len(violations) > REFUSE_NAMED else "")
            count = f"{len(violations)} violation{'s' if len(violations) != 1 else ''}"
            raise ReportError(
                report.path,
                f"refused: {count} of the SHACL shapes: {named}{more} (load it anyway with "
                "--allow-invalid, then run `ctkg validate` for the full report)",
                violations[0].line,
            )
        return warnings_for(result.findings, report.path.name)

    return validate


def warnings_for(findings: Iterable[Finding], source: str) -> list[LoadWarning]:
    """Build warnings for violations (when allowed) and warnings; infos are left to validate."""
    return [LoadWarning(source, f"SHACL {f.severity.lower()}: {describe(f, with_line=False)}",
                        f.line)
            for f in findings if f.severity in ("Violation", "Warning")]
