"""A ROBOT-`report`-style check of the ontology against the graph the loaders emit.

ROBOT reports problems of an ontology one per line (level, rule, term). These checks add what
only the built graph can tell: a class or property the loaders emit but the ontology does not
declare, and an emitted class no shape checks. Used by `ctkg validate --ontology` and by tests.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rdflib import OWL, RDF, RDFS, XSD, Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from ctkg.resources import resource_dir
from ctkg.vocab import CTKG
from loaders.mapping import BINDINGS

CTKG_NS = str(CTKG._NS)
# Terms of these vocabularies are the language itself: nobody declares rdf:type or rdfs:label.
BUILTIN = (str(RDF), str(RDFS), str(OWL), str(XSD))
CLASS_TYPES = {OWL.Class, RDFS.Class}
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property}


@dataclass(frozen=True)
class Problem:
    """One line of the report: level (ERROR, WARN), the check, the term, what is wrong."""

    level: str
    check: str
    term: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_ontology(path: Path | None = None) -> Graph:
    """ontology/ctkg.ttl (or `path`) as an rdflib Graph."""
    return Graph().parse(path or resource_dir("ontology") / "ctkg.ttl", format="turtle")


def check_ontology(data: Graph, ontology: Graph, shapes: Graph) -> list[Problem]:
    """Every problem found, sorted by check and term; an empty list means a clean report."""
    problems = [
        *undeclared_emitted(data, ontology),
        *unlabelled_terms(ontology),
        *duplicate_labels(ontology),
        *classes_without_shape(data, shapes),
        *(Problem("ERROR", "undeclared_vocab_term", name(t),
                  "ctkg/vocab.py names this term but ontology/ctkg.ttl does not declare it")
          for t in undeclared_vocab_terms(ontology)),
    ]
    return sorted(set(problems), key=lambda p: (p.check, p.term, p.message))


def name(term: Node) -> str:
    """'ctkg:Report', 'vcard:fn', or '<iri>' for a namespace without a prefix here."""
    text = str(term)
    for prefix, namespace in [*BINDINGS.items(), ("rdf", RDF), ("rdfs", RDFS), ("owl", OWL),
                              ("sh", SH)]:
        if prefix != "id" and text.startswith(str(namespace)):
            return f"{prefix}:{text[len(str(namespace)):]}"
    return f"<{text}>"


def _builtin(term: Node) -> bool:
    return str(term).startswith(BUILTIN)


def declared(ontology: Graph, kinds: set[URIRef]) -> set[Node]:
    """Terms the ontology types with one of `kinds`."""
    return {s for kind in kinds for s in ontology.subjects(RDF.type, kind)}


def ontology_terms(ontology: Graph) -> set[URIRef]:
    """Every IRI the ontology describes, except the ontology itself."""
    header = set(ontology.subjects(RDF.type, OWL.Ontology))
    return {s for s in ontology.subjects() if isinstance(s, URIRef) and s not in header}


def emitted_classes(data: Graph) -> set[Node]:
    return set(data.objects(None, RDF.type))


def undeclared_emitted(data: Graph, ontology: Graph) -> Iterable[Problem]:
    """Classes, properties and ctkg terms the graph uses that the ontology does not declare."""
    classes = declared(ontology, CLASS_TYPES)
    properties = declared(ontology, PROPERTY_TYPES)
    terms = ontology_terms(ontology)
    for cls in emitted_classes(data):
        if not _builtin(cls) and cls not in classes:
            yield Problem("ERROR", "undeclared_class", name(cls),
                          "the loaders type nodes with this class but the ontology does not "
                          "declare it as a class")
    for prop in set(data.predicates()):
        if not _builtin(prop) and prop not in properties:
            yield Problem("ERROR", "undeclared_property", name(prop),
                          "the loaders use this property but the ontology does not declare it "
                          "as a property")
    values = {o for s, p, o in data if p != RDF.type}  # classes are checked above
    for obj in values:
        if isinstance(obj, URIRef) and str(obj).startswith(CTKG_NS) and obj not in terms:
            yield Problem("ERROR", "undeclared_term", name(obj),
                          "the loaders use this ctkg term as a value but the ontology does not "
                          "declare it")


def unlabelled_terms(ontology: Graph) -> Iterable[Problem]:
    """Terms without an rdfs:label or an rdfs:comment."""
    for term in ontology_terms(ontology):
        if ontology.value(term, RDFS.label) is None:
            yield Problem("ERROR", "missing_label", name(term), "the term has no rdfs:label")
        if ontology.value(term, RDFS.comment) is None:
            yield Problem("ERROR", "missing_comment", name(term), "the term has no rdfs:comment")


def duplicate_labels(ontology: Graph) -> Iterable[Problem]:
    """Two terms with the same label (ignoring case) in the same language."""
    owners: dict[tuple[str, str], set[URIRef]] = defaultdict(set)
    for term in ontology_terms(ontology):
        for label in ontology.objects(term, RDFS.label):
            owners[(str(label).casefold(), getattr(label, "language", None) or "")].add(term)
    for (text, _lang), terms in owners.items():
        if len(terms) > 1:
            names = sorted(name(t) for t in terms)
            for term in terms:
                others = ", ".join(n for n in names if n != name(term))
                yield Problem("ERROR", "duplicate_label", name(term),
                              f"the label {text!r} is also the label of {others}")


def shaped_classes(shapes: Graph) -> set[Node]:
    """Classes some shape targets: sh:targetClass, or a shape that is itself a class."""
    targets = set(shapes.objects(None, SH.targetClass))
    implicit = {s for s in shapes.subjects(RDF.type, SH.NodeShape)
                if (s, RDF.type, RDFS.Class) in shapes or (s, RDF.type, OWL.Class) in shapes}
    return targets | implicit


def classes_without_shape(data: Graph, shapes: Graph) -> Iterable[Problem]:
    covered = shaped_classes(shapes)
    for cls in emitted_classes(data):
        if cls not in covered:
            yield Problem("ERROR", "missing_shape", name(cls),
                          "the loaders emit this class but no shape targets it")


def vocab_terms() -> list[URIRef]:
    """Every term ctkg/vocab.py names in the CTKG namespace."""
    names = [n for n in CTKG.__annotations__ if not n.startswith("_")]
    return [CTKG._NS[n] for n in names]


def undeclared_vocab_terms(ontology: Graph) -> list[URIRef]:
    terms = ontology_terms(ontology)
    return [t for t in vocab_terms() if t not in terms]
