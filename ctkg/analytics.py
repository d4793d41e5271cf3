"""Project the RDF graph onto networkx: entities as nodes, object properties as edges.

Used for GraphML export and pictures. Nodes carry a readable label and their ctkg class; edges
carry the property's local name.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

CTKG = "https://w3id.org/ctkg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKIP_EDGES = {"http://www.w3.org/ns/prov#wasDerivedFrom"}


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def to_networkx(store: Any) -> nx.MultiDiGraph:
    """A directed multigraph of the default graph (source spans left out)."""
    import pyoxigraph as ox

    graph = nx.MultiDiGraph()
    for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        s, p, o = quad.subject, quad.predicate.value, quad.object
        if not isinstance(s, ox.NamedNode):
            continue
        if p == RDF_TYPE and isinstance(o, ox.NamedNode):
            if o.value.startswith(CTKG):
                graph.add_node(s.value)
                graph.nodes[s.value]["type"] = local_name(o.value)
        elif p == LABEL and isinstance(o, ox.Literal):
            graph.add_node(s.value)
            graph.nodes[s.value]["label"] = o.value
        elif isinstance(o, ox.NamedNode) and p not in SKIP_EDGES and not o.value.startswith(
            ("mailto:", "tel:", "http://www.wikidata.org/")
        ):
            graph.add_edge(s.value, o.value, key=local_name(p), property=local_name(p))
    for node, data in graph.nodes(data=True):
        data.setdefault("label", local_name(node))
        data.setdefault("type", "Concept")
    return graph
