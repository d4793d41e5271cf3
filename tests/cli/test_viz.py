"""`ctkg viz` draws which agencies carry which commitments, with the evidence for each link."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from tests.helpers import run_ctkg

AGENCY = "https://w3id.org/ctkg/id/agency/"


class _Edges(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.edges: list[dict[str, str | None]] = []
        self.titles: dict[str, str] = {}
        self._node: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "line":
            self.edges.append(a)
        if tag == "g" and a.get("data-id"):
            self._node = a["data-id"]

    def handle_data(self, data: str) -> None:
        if self._node and data.strip() and self._node not in self.titles:
            self.titles[self._node] = data.strip()


def test_viz_links_sct_to_the_piracy_commitment(built_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    result = run_ctkg("--store", str(built_store), "viz", "-o", str(out), "--area", "A.2")
    assert result.returncode == 0, result.stderr
    parser = _Edges()
    parser.feed(out.read_text("utf-8"))
    piracy = next(iri for iri, text in parser.titles.items()
                  if text == "Support international efforts to fight piracy")
    sct_links = [e for e in parser.edges if e["data-a"] == AGENCY + "mx-sct"]
    assert {e["data-c"] for e in sct_links} >= {piracy}
    # SCT's Captain Gutierrez Gallardo is the A.2 contact point: a solid line, not dashed
    assert all("stroke-dasharray" not in e for e in sct_links)
    summary = re.search(r'<p id="summary">(\d+) agencies, (\d+) commitments', out.read_text())
    assert summary and summary.group(2) == "5"  # A.2 has five commitments


def test_viz_unknown_area_is_one_line(built_store: Path, tmp_path: Path) -> None:
    result = run_ctkg("--store", str(built_store), "viz", "-o", str(tmp_path / "g.html"),
                      "--area", "Z.9")
    assert result.returncode == 2
    assert result.stderr.strip() == "ctkg: error: no agency–commitment links in area Z.9"
