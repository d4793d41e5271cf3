"""Agency–commitment links as a picture: a self-contained HTML page with an SVG graph.

An agency carries a commitment when it is the organisation of a contact point of the
commitment's policy area, or when a measure of that area names it. The page needs no network
(no CDN): the layout is computed here, the page adds hover titles and click-to-focus.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Any

LINKS_QUERY = """
PREFIX ctkg: <https://w3id.org/ctkg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?agency ?agencyName ?acronym ?commitment ?statement ?code ?evidence WHERE {
  ?commitment a ctkg:Commitment ; ctkg:statement ?statement ; ctkg:policyArea ?area .
  ?area ctkg:code ?code .
  {
    ?person a ctkg:ContactPoint ; ctkg:policyArea ?area ; org:memberOf ?agency .
    BIND("contact point" AS ?evidence)
  } UNION {
    ?measure a ctkg:Measure ; ctkg:policyArea ?area ; ctkg:mentions ?agency .
    ?agency a ctkg:Agency .
    BIND("measure" AS ?evidence)
  }
  ?agency rdfs:label ?agencyName .
  OPTIONAL { ?agency ctkg:acronym ?acronym }
}
"""
AREA_COLOURS = {"A.1": "#1f77b4", "A.2": "#17becf", "A.3": "#9467bd", "A.4": "#2ca02c",
                "A.5": "#d62728", "B": "#ff7f0e", "C": "#8c564b"}


@dataclass(frozen=True)
class Link:
    agency: str
    agency_label: str
    commitment: str
    statement: str
    area: str
    evidence: str


def fetch_links(store: Any, area: str | None = None) -> list[Link]:
    """Agency–commitment links from the store, optionally for one policy area."""
    best: dict[tuple[str, str], Link] = {}
    for row in store.query(LINKS_QUERY):
        code = row["code"].value
        if area and code != area:
            continue
        label = row["acronym"].value if row["acronym"] else row["agencyName"].value
        link = Link(row["agency"].value, label, row["commitment"].value,
                    row["statement"].value, code, row["evidence"].value)
        key = (link.agency, link.commitment)
        if key not in best or link.evidence == "contact point":
            best[key] = link
    return sorted(best.values(), key=lambda k: (k.area, k.agency_label, k.statement))


ROW = 18  # pixels per commitment row
WIDTH = 1100


def layout(links: list[Link]) -> dict[str, tuple[float, float]]:
    """Two columns: commitments grouped by policy area on the right, agencies on the left at the
    mean height of their commitments (the barycentre heuristic keeps crossings few)."""
    commitments = sorted({(k.area, k.statement, k.commitment) for k in links})
    pos = {iri: (560.0, 40.0 + ROW * i) for i, (_, _, iri) in enumerate(commitments)}
    linked: dict[str, list[float]] = {}
    for k in links:
        linked.setdefault(k.agency, []).append(pos[k.commitment][1])
    order = sorted(linked, key=lambda a: (sum(linked[a]) / len(linked[a]), a))
    top, bottom = 40.0, 40.0 + ROW * max(len(commitments) - 1, 1)
    step = (bottom - top) / max(len(order) - 1, 1)
    for i, agency in enumerate(order):
        pos[agency] = (300.0, top + step * i)
    return pos


def render_html(links: list[Link], title: str) -> str:
    """The whole page: SVG, legend and a small script for hover and focus."""
    pos = layout(links)
    agencies = {k.agency: k.agency_label for k in links}
    commitments = {k.commitment: (k.statement, k.area) for k in links}
    parts = []
    for k in links:
        (x1, y1), (x2, y2) = pos[k.agency], pos[k.commitment]
        dash = "" if k.evidence == "contact point" else ' stroke-dasharray="4 3"'
        parts.append(
            f'<line class="edge" data-a="{_attr(k.agency)}" data-c="{_attr(k.commitment)}" '
            f'x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"{dash}>'
            f"<title>{_text(k.agency_label)} – {_text(k.evidence)}</title></line>")
    for iri, (statement, code) in sorted(commitments.items()):
        x, y = pos[iri]
        parts.append(
            f'<g class="node commitment" data-id="{_attr(iri)}"><rect x="{x - 5:.1f}" '
            f'y="{y - 5:.1f}" width="10" height="10" fill="{AREA_COLOURS.get(code, "#777")}"/>'
            f'<text x="{x + 10:.1f}" y="{y + 4:.1f}">{_text(_short(statement))}</text>'
            f"<title>{_text(code)}: {_text(statement)}</title></g>")
    for iri, label in sorted(agencies.items()):
        x, y = pos[iri]
        parts.append(
            f'<g class="node agency" data-id="{_attr(iri)}"><circle cx="{x:.1f}" cy="{y:.1f}" '
            f'r="6"/><text x="{x - 10:.1f}" y="{y + 4:.1f}">{_text(label)}</text>'
            f"<title>{_text(label)}</title></g>")
    legend = "".join(
        f'<li><span style="background:{colour}"></span>{_text(code)}</li>'
        for code, colour in AREA_COLOURS.items())
    data = json.dumps({"links": len(links), "agencies": len(agencies),
                       "commitments": len(commitments)})
    height = 80 + ROW * max(len(commitments), 1)
    return PAGE.format(title=_text(title), svg="\n".join(parts), legend=legend, data=data,
                       agencies=len(agencies), commitments=len(commitments), links=len(links),
                       width=WIDTH, height=height)


def _short(statement: str, limit: int = 80) -> str:
    return statement if len(statement) <= limit else statement[: limit - 1] + "…"


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _text(value: str) -> str:
    return html.escape(value, quote=False)


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 1rem 2rem; color: #222; }}
svg {{ border: 1px solid #ddd; background: #fcfcfc; max-width: 100%; height: auto; }}
.edge {{ stroke: #8a8a8a; stroke-width: 1; }}
.agency text {{ font-size: 11px; text-anchor: end; }}
.commitment text {{ font-size: 11px; }}
.agency circle {{ fill: #333; }}
.node {{ cursor: pointer; }}
.dim {{ opacity: .12; }}
.legend li {{ display: inline-block; margin-right: 1rem; }}
.legend span {{ display: inline-block; width: 10px; height: 10px; margin-right: 4px; }}
</style></head><body>
<h1>{title}</h1>
<p id="summary">{agencies} agencies, {commitments} commitments, {links} links. A solid line: the
agency's staff is the contact point of the commitment's policy area; dashed: a measure of that
area names the agency. Click a node to focus on its links; click the background to reset.</p>
<ul class="legend">{legend}</ul>
<svg id="graph" viewBox="0 0 {width} {height}" width="{width}" role="img" aria-label="{title}">
{svg}
</svg>
<script id="graph-data" type="application/json">{data}</script>
<script>
const svg = document.getElementById("graph");
svg.addEventListener("click", (event) => {{
  const node = event.target.closest(".node");
  svg.querySelectorAll(".dim").forEach((el) => el.classList.remove("dim"));
  if (!node) return;
  const id = node.dataset.id, keep = new Set([id]);
  svg.querySelectorAll(".edge").forEach((edge) => {{
    const hit = edge.dataset.a === id || edge.dataset.c === id;
    if (hit) {{ keep.add(edge.dataset.a); keep.add(edge.dataset.c); }}
    else edge.classList.add("dim");
  }});
  svg.querySelectorAll(".node").forEach((el) => {{
    if (!keep.has(el.dataset.id)) el.classList.add("dim");
  }});
}});
</script>
</body></html>
"""
