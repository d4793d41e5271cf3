"""`ctkg export`: the store's graph as Turtle, N-Triples, JSON-LD (Oxigraph) or GraphML."""

from __future__ import annotations

import io

from ctkg.store import Generation
from loaders.mapping import BINDINGS


def export_graph(generation: Generation, fmt: str) -> bytes:
    """Serialise the report data (the default graph) in `fmt`."""
    import pyoxigraph as ox

    if fmt == "nt":
        return generation.default_graph_ntriples()
    store = generation.open_graph()
    if fmt == "graphml":
        import networkx as nx

        from ctkg.analytics import to_networkx

        buffer = io.BytesIO()
        nx.write_graphml(to_networkx(store), buffer)
        return buffer.getvalue()
    formats = {"ttl": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD}
    prefixes = None
    if fmt == "ttl":  # id: is left out: its local names would need escaped slashes
        prefixes = {k: str(v) for k, v in BINDINGS.items() if k != "id"}
        prefixes |= {"rdfs": "http://www.w3.org/2000/01/rdf-schema#",
                     "xsd": "http://www.w3.org/2001/XMLSchema#"}
    data = store.dump(format=formats[fmt], from_graph=ox.DefaultGraph(), prefixes=prefixes)
    return bytes(data or b"")
