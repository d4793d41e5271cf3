"""Fixtures for validation tests: the shapes, and the bundled report's graph via the loader."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from ctkg.build import load_gazetteer
from loaders.extract import extract
from loaders.mapping import map_report
from loaders.parse import parse_file
from tests.helpers import BUNDLED


def load_report_graph(path: Path) -> Graph:
    """A report through the real loader: parse, extract with a fresh gazetteer, map."""
    doc, _warnings = parse_file(path)
    gazetteer = load_gazetteer()
    return map_report(extract(doc, gazetteer), gazetteer)


@pytest.fixture(scope="session")
def shapes() -> Graph:
    from ctkg.validate import load_shapes

    return load_shapes()


@pytest.fixture(scope="session")
def bundled_nt() -> str:
    """The bundled report's graph as N-Triples; each test parses its own copy."""
    return load_report_graph(BUNDLED).serialize(format="nt")


@pytest.fixture()
def bundled_graph(bundled_nt: str) -> Graph:
    return Graph().parse(data=bundled_nt, format="nt")
