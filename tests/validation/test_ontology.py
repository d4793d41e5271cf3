"""The ontology declares, labels and comments every term the loaders emit, and shapes cover it.

A ROBOT-`report`-style check (ctkg/ontology_checks.py) runs on the bundled report's graph, and
each case in cases/ontology/ mutates the graph, the ontology or the shapes to make one check fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef

from ctkg.ontology_checks import (
    check_ontology,
    load_ontology,
    name,
    undeclared_vocab_terms,
    vocab_terms,
)
from ctkg.resources import resource_dir
from ctkg.vocab import CTKG
from tests.validation.casefiles import load_case, ontology_cases

DATA, ONTOLOGY, SHAPES = (URIRef(f"urn:ctkg:{g}") for g in ("data", "ontology", "shapes"))


def test_every_vocab_term_is_declared_in_the_ontology() -> None:
    terms = vocab_terms()
    assert len(terms) == len([n for n in CTKG.__annotations__ if not n.startswith("_")])
    assert CTKG.ContactPoint in terms and CTKG.yearMade in terms
    assert undeclared_vocab_terms(load_ontology()) == []


def test_bundled_graph_ontology_and_shapes_are_clean(bundled_graph: Graph, shapes: Graph) -> None:
    assert check_ontology(bundled_graph, load_ontology(), shapes) == []


def test_every_shapes_file_is_valid_shacl() -> None:
    """Each shapes file conforms to the SHACL-SHACL shapes graph (pySHACL's meta-validation)."""
    from pyshacl.entrypoints import meta_validate

    files = sorted(resource_dir("shapes").glob("*.ttl"))
    assert files
    for path in files:
        conforms, _report, text = meta_validate(Graph().parse(path), inference="none")
        assert conforms, f"{path.name}: {text}"


@pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning")
@pytest.mark.parametrize("path", ontology_cases(), ids=lambda p: p.name)
def test_ontology_case(path: Path, bundled_graph: Graph, shapes: Graph) -> None:
    case = load_case(path)
    assert case.expect, f"{path.name}: no expectations"
    dataset = Dataset()
    for identifier, graph in ((DATA, bundled_graph), (ONTOLOGY, load_ontology()),
                              (SHAPES, shapes)):
        target = dataset.graph(identifier)
        for triple in graph:
            target.add(triple)
    dataset.update(path.read_text("utf-8"))
    problems = check_ontology(dataset.graph(DATA), dataset.graph(ONTOLOGY),
                              dataset.graph(SHAPES))
    assert sorted((p.level, p.check, p.term) for p in problems) == \
        sorted((e["level"], e["check"], e["term"]) for e in case.expect)


def test_names_use_prefixes() -> None:
    assert name(CTKG.Report) == "ctkg:Report"
    assert name(URIRef("http://www.w3.org/2006/vcard/ns#fn")) == "vcard:fn"
    assert name(URIRef("urn:x")) == "<urn:x>"
