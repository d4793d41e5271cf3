"""Project the RDF graph of a store onto a labelled property graph (one mapping, in one place).

The mapping (docs/neo4j.md has the full table):

* every IRI subject in the default graph is a node with label ``Resource`` and its IRI in ``uri``;
* ``rdf:type`` -> labels: the local name of each class (``ctkg:Agency`` -> ``Agency``,
  ``org:Organization`` -> ``Organization``); no invented prefixes;
* literals -> properties named by the predicate's local name in camelCase (``vcard:fn`` -> ``fn``,
  ``vcard:honorific-prefix`` -> ``honorificPrefix``); xsd:integer -> int, xsd:date -> date,
  xsd:gYear / xsd:gYearMonth -> string as written; LIST_KEYS are sorted lists, any other key
  holds one value (a node with several keeps them all in ``<key>All`` too);
* IRI objects under https://w3id.org/ctkg/id/ -> relationships, typed by the predicate's local
  name in UPPER_SNAKE (``org:memberOf`` -> ``MEMBER_OF``, ``prov:wasDerivedFrom`` ->
  ``WAS_DERIVED_FROM``); ``mailto:`` / ``tel:`` objects -> string properties ``email``,
  ``telephone``, ``fax``; values of the ontology's controlled lists (``ctkg:Undertaken``) ->
  their local name as a string property; other IRIs (Wikidata) -> the IRI as a string property.

Labels, relationship types and property keys come from a closed whitelist: the classes and
properties the ontology (named graph <https://w3id.org/ctkg/ontology>) declares. A triple whose
predicate or class the ontology does not declare is counted in ``skipped``, never turned into a
name. Nothing here talks to Neo4j; push.py writes what this module computes.
"""

from __future__ import annotations

import datetime
import gc
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

ONTOLOGY_GRAPH = "https://w3id.org/ctkg/ontology"
ID_BASE = "https://w3id.org/ctkg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
VCARD = "http://www.w3.org/2006/vcard/ns#"
CTKG = ONTOLOGY_GRAPH + "#"
RDF_TYPE = RDF + "type"

RESOURCE = "Resource"
"""Every projected node carries this label; ``uri`` is unique among them (the n10s convention)."""

BUILTIN_PROPERTIES = {RDFS + "label": "label"}
"""Predicates the ontology uses without declaring them (RDF/RDFS terms)."""

CONTACT_KEYS = {VCARD + "hasEmail": "email", VCARD + "hasTelephone": "telephone",
                CTKG + "fax": "fax"}
"""mailto:/tel: objects become plain strings under these keys (scheme dropped)."""

LIST_KEYS = frozenset({"altLabel", "acronym", "domain", "yearMade", "exactMatch"})
"""Properties that are lists on every node, because the data gives several values by design."""

INTEGER_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                   "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                   "unsignedInt", "unsignedLong", "unsignedShort")}
PLAIN_TYPES = frozenset({XSD + "string", RDF + "langString", XSD + "gYear", XSD + "gYearMonth"})
FLOAT_TYPES = {XSD + t for t in ("decimal", "double", "float")}
NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
PREFERRED_LANGS = ("en", "")


def local_name(iri: str) -> str:
    """The part after the last '#' or '/' (``http://www.w3.org/ns/org#memberOf`` -> memberOf)."""
    return re.split(r"[#/]", iri.rstrip("#/"))[-1]


def camel(name: str) -> str:
    """``honorific-prefix`` -> ``honorificPrefix``; ``memberOf`` stays ``memberOf``."""
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", name) if p]
    if not parts:
        return ""
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def upper_snake(name: str) -> str:
    """``wasDerivedFrom`` -> ``WAS_DERIVED_FROM``; ``honorific-prefix`` -> ``HONORIFIC_PREFIX``."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"[^A-Za-z0-9]+", "_", spaced).strip("_").upper()


def label_name(name: str) -> str:
    """A class local name as a label: letters and digits only (``Organization``)."""
    return re.sub(r"[^A-Za-z0-9_]", "", name)


def quote(name: str) -> str:
    """Backtick-quote a label, type or key for Cypher (names come from the whitelist only)."""
    if not NAME.match(name):
        raise ValueError(f"not a safe Neo4j name: {name!r}")
    return f"`{name}`"


@dataclass(frozen=True)
class Vocabulary:
    """The closed set of names the projection may write, derived from the ontology."""

    labels: dict[str, str]
    """class IRI -> label"""
    relationships: dict[str, str]
    """object property IRI -> relationship type"""
    keys: dict[str, str]
    """property IRI (any kind) -> node property key"""
    values: dict[str, str]
    """controlled-list member IRI (owl:NamedIndividual) -> its local name"""

    @classmethod
    def from_types(cls, typed: list[tuple[str, str]]) -> Vocabulary:
        """Build from (term IRI, rdf:type IRI) pairs of the ontology."""
        labels: dict[str, str] = {}
        relationships: dict[str, str] = {}
        keys: dict[str, str] = dict(BUILTIN_PROPERTIES)
        values: dict[str, str] = {}
        for term, kind in typed:
            name = local_name(term)
            if kind in (OWL + "Class", RDFS + "Class"):
                if NAME.match(label_name(name)):
                    labels[term] = label_name(name)
            elif kind == OWL + "ObjectProperty":
                if NAME.match(upper_snake(name)):
                    relationships[term] = upper_snake(name)
                if NAME.match(camel(name)):
                    keys[term] = CONTACT_KEYS.get(term, camel(name))
            elif kind in (OWL + "DatatypeProperty", OWL + "AnnotationProperty",
                          RDF + "Property"):
                if NAME.match(camel(name)):
                    keys[term] = camel(name)
            elif kind == OWL + "NamedIndividual":
                values[term] = name
        return cls(labels, relationships, keys, values)

    @classmethod
    def from_store(cls, store: Any) -> Vocabulary:
        """Read the ontology from the store's named graph (or the bundled file if it is empty)."""
        import pyoxigraph as ox

        graph = ox.NamedNode(ONTOLOGY_GRAPH)
        typed = [(q.subject.value, q.object.value)
                 for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), None, graph)
                 if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.NamedNode)]
        if not typed:
            from ctkg.resources import resource_dir

            bundled = ox.Store()
            bundled.load(path=str(resource_dir("ontology") / "ctkg.ttl"),
                         format=ox.RdfFormat.TURTLE)
            typed = [(q.subject.value, q.object.value)
                     for q in bundled.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), None)
                     if isinstance(q.subject, ox.NamedNode)
                     and isinstance(q.object, ox.NamedNode)]
        return cls.from_types(typed)


@dataclass
class Projection:
    """Nodes and relationships ready to write; deterministic for a given graph."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    """uri -> {"labels": tuple of labels (sorted, without Resource), "props": {...}}"""
    relationships: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    """type -> (from uri, to uri) pairs, each once, in the order read (the store's: grouped
    by subject); relationship types in name order"""
    skipped: dict[str, int] = field(default_factory=dict)
    """undeclared predicate or class IRI (or 'blank node') -> triples left out"""
    triples: int = 0
    vocabulary: Vocabulary | None = None
    """the names this projection was allowed to use"""

    @property
    def node_count(self) -> int:
        return len(self.nodes)

    @property
    def relationship_count(self) -> int:
        return sum(len(pairs) for pairs in self.relationships.values())

    def relationship_batches(self, size: int, types: Iterable[str] | None = None
                             ) -> Iterator[tuple[str, list[tuple[str, str]]]]:
        """(type, (start uri, end uri) pairs) in batches of at most `size`, type by type in
        name order (of all types, or of `types`)."""
        for rel_type in sorted(self.relationships if types is None else types):
            pairs = self.relationships[rel_type]
            for start in range(0, len(pairs), size):
                yield rel_type, pairs[start:start + size]


def literal_value(lexical: str, datatype: str) -> Any:
    """A Neo4j-storable value for a typed literal; the lexical form when no better type fits."""
    if datatype in PLAIN_TYPES:
        return lexical
    try:
        if datatype in INTEGER_TYPES:
            return int(lexical)
        if datatype in FLOAT_TYPES:
            return float(lexical)
        if datatype == XSD + "boolean":
            return lexical.strip() in ("true", "1")
        if datatype == XSD + "date":
            return datetime.date.fromisoformat(lexical.strip())
        if datatype == XSD + "dateTime":
            return datetime.datetime.fromisoformat(lexical.strip())
    except ValueError:
        return lexical
    return lexical  # strings, langStrings, gYear, gYearMonth, anyURI, ...


NodeCallback = Callable[[str, tuple[str, ...], dict[str, Any], bool], None]
"""on_node(uri, labels, properties, again): a node is complete; ``again`` if it was announced
before and its subject came back (quads not grouped by subject), with its merged properties."""


def project(store: Any, vocabulary: Vocabulary | None = None) -> Projection:
    """Project the default graph of a pyoxigraph store."""
    import pyoxigraph as ox

    vocab = vocabulary or Vocabulary.from_store(store)
    return project_quads(store.quads_for_pattern(None, None, None, ox.DefaultGraph()), vocab)


def project_quads(quads: Iterable[Any], vocab: Vocabulary,
                  on_node: NodeCallback | None = None) -> Projection:
    """Project pyoxigraph quads, telling `on_node` about each node as soon as it is complete.

    One pass. Oxigraph gives a graph grouped by subject, so a node is complete when the
    subject changes, and a push can write it while the rest is still being read. Quads in any
    other order give the same projection; a subject that comes back is announced again.
    This loop is most of a push's client time, so what each predicate means is looked up once
    per predicate, not once per triple, and a node's dictionaries once per subject. It only
    builds acyclic containers of strings, so the cyclic garbage collector, which would walk
    them again and again as they grow (a sixth of the time on 100 reports), is paused.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _project(quads, vocab, on_node or _ignore)
    finally:
        if collecting:
            gc.enable()


def _ignore(uri: str, labels: tuple[str, ...], props: dict[str, Any], again: bool) -> None:
    return None


def _project(quads: Iterable[Any], vocab: Vocabulary, on_node: NodeCallback) -> Projection:
    import pyoxigraph as ox

    raw: dict[str, tuple[set[str], dict[str, list[tuple[Any, str]]]]] = {}
    nodes: dict[str, dict[str, Any]] = {}
    rels: dict[str, dict[tuple[str, str], None]] = defaultdict(dict)  # ordered sets
    targets: set[str] = set()
    skipped: dict[str, int] = defaultdict(int)
    meaning: dict[str, tuple[str | None, str | None]] = {}
    triples = 0
    named, literal = ox.NamedNode, ox.Literal
    class_labels, values = vocab.labels, vocab.values
    uri = ""
    node_labels: set[str] = set()
    node_raw: dict[str, list[tuple[Any, str]]] = {}

    def finish(uri: str, found_labels: set[str], found: dict[str, list[tuple[Any, str]]]
               ) -> None:
        again = uri in nodes
        labels = tuple(sorted(found_labels))
        nodes[uri] = {"labels": labels, "props": _properties(uri, found)}
        on_node(uri, labels, nodes[uri]["props"], again)

    for quad in quads:
        triples += 1
        subject = quad.subject
        if type(subject) is not named:
            skipped["blank node or triple term subject"] += 1
            continue
        if subject.value != uri:
            if uri:
                finish(uri, node_labels, node_raw)
            uri = subject.value
            if uri not in raw:  # every IRI subject is a node, even with no class
                raw[uri] = (set(), {})
            node_labels, node_raw = raw[uri]
        predicate = quad.predicate.value
        obj = quad.object
        kind = type(obj)
        if predicate == RDF_TYPE:
            label = class_labels.get(obj.value) if kind is named else None
            if label is None:
                skipped[getattr(obj, "value", "blank class")] += 1
            else:
                node_labels.add(label)
            continue
        if predicate not in meaning:
            meaning[predicate] = (vocab.keys.get(predicate), vocab.relationships.get(predicate))
        key, rel_type = meaning[predicate]
        if kind is literal:
            if key is None:
                skipped[predicate] += 1
                continue
            language = obj.language
            value = literal_value(obj.value, obj.datatype.value)
            node_raw.setdefault(key, []).append((value, language.lower() if language else ""))
            continue
        if kind is not named:
            skipped["blank node or triple term object"] += 1
            continue
        target = obj.value
        if target.startswith(ID_BASE):
            if rel_type is None:
                skipped[predicate] += 1
            else:
                rels[rel_type][uri, target] = None
                targets.add(target)
            continue
        if key is None:
            skipped[predicate] += 1
            continue
        if predicate in CONTACT_KEYS and target.startswith(("mailto:", "tel:")):
            value = target.split(":", 1)[1]
        else:
            value = values.get(target, target)
        node_raw.setdefault(key, []).append((value, ""))
    if uri:
        finish(uri, node_labels, node_raw)

    for target in sorted(targets - nodes.keys()):  # a relationship never points at nothing
        nodes[target] = {"labels": (), "props": {"uri": target}}
        on_node(target, (), nodes[target]["props"], False)
    projection = Projection(skipped=dict(skipped), triples=triples, vocabulary=vocab)
    projection.nodes = nodes
    projection.relationships = {t: list(pairs) for t, pairs in sorted(rels.items())}
    return projection


def _properties(uri: str, props: dict[str, list[tuple[Any, str]]]) -> dict[str, Any]:
    """Node properties: LIST_KEYS as lists; any other key one value, one key per language
    (prefLabel, prefLabel_es).

    Should a node have two values in one language for such a key (a meeting two reports date
    differently), the key keeps the first value in sorted order, so every node has the same
    property type and no query trips over a list, and ``<key>All`` keeps them all.
    """
    out: dict[str, Any] = {"uri": uri}
    for key in sorted(props):
        values = props[key]
        if key in LIST_KEYS:
            out[key] = _sorted_list([v for v, _ in values])
            continue
        if len(values) == 1 and not values[0][1]:  # the common case: one plain value
            out[key] = values[0][0]
            continue
        by_lang: dict[str, list[Any]] = defaultdict(list)
        for value, lang in values:
            by_lang[lang].append(value)
        if any(len(set(group)) > 1 for group in by_lang.values()):
            out[f"{key}All"] = _sorted_list([v for v, _ in values])
        base = next((lang for lang in PREFERRED_LANGS if lang in by_lang), min(by_lang))
        for lang in sorted(by_lang):
            first = _sorted_list(by_lang[lang])[0]
            if lang == base:
                out[key] = first
            else:
                out[f"{key}_{re.sub(r'[^a-z0-9]+', '_', lang)}"] = first
    return out


def _sorted_list(values: list[Any]) -> list[Any]:
    """Distinct values, sorted; a list Neo4j can store (all of one type, else all strings)."""
    distinct = list(dict.fromkeys(values))
    if len({type(v) for v in distinct}) > 1:
        distinct = list(dict.fromkeys(_text(v) for v in distinct))
    return sorted(distinct)


def _text(value: Any) -> str:
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return str(value)
