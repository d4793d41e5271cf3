"""SHACL validation speed: per report on the bundled report and on 100 synthetic reports, and
per report against the union of all reports in one pySHACL call.

Run on demand: `python benchmarks/validation.py [--runs N] [--reports N]`. Every report is
loaded through the real loader (parse, extract, map); only validation is timed (pySHACL plus
turning results into findings). Ratios are against the baseline measured in the same run —
validating the bundled report once — so they hold on a slower or busier machine.

Reports that share an economy and year (the generator repeats one when it runs out of years)
would be refused by `ctkg build`; the union and its per-report comparison use the first of each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rdflib import Graph  # noqa: E402

from ctkg.build import load_gazetteer  # noqa: E402
from ctkg.validate import load_shapes, run_shacl, validate_graph  # noqa: E402
from loaders.extract import extract  # noqa: E402
from loaders.mapping import map_report, report_key  # noqa: E402
from loaders.parse import parse_file  # noqa: E402

BUNDLED = ROOT / "data" / "reports" / "apec-ctap-2012-mexico.md"


def load(path: Path) -> tuple[str, Graph]:
    """One report through the real loader: its key ('mexico-2012') and graph."""
    doc, _warnings = parse_file(path)
    gazetteer = load_gazetteer()
    facts = extract(doc, gazetteer)
    return report_key(facts), map_report(facts, gazetteer)


def timed(graph: Graph, shapes: Graph) -> tuple[float, Counter[str]]:
    start = time.perf_counter()
    report = validate_graph(graph, shapes)
    return time.perf_counter() - start, Counter(f.severity for f in report.findings)


def median_time(graph: Graph, shapes: Graph, runs: int) -> float:
    return statistics.median(timed(graph, shapes)[0] for _ in range(runs))


def plain_pyshacl(graph: Graph, shapes: Graph, runs: int) -> float:
    """pySHACL on a plain rdflib Graph, so it parses each SPARQL constraint per focus node."""
    from pyshacl import validate

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True,
                 allow_infos=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="repeats for the bundled report")
    parser.add_argument("--reports", type=int, default=100, help="synthetic reports")
    args = parser.parse_args()

    from tests.synthetic_reports import generate, write

    shapes = load_shapes()
    _key, bundled = load(BUNDLED)
    timed(bundled, shapes)  # warm-up: imports pySHACL, prepares the SPARQL constraints
    baseline = median_time(bundled, shapes, args.runs)
    plain = plain_pyshacl(bundled, shapes, args.runs)
    graph_only = statistics.median(
        _time(lambda: run_shacl(bundled, shapes)) for _ in range(args.runs))

    with tempfile.TemporaryDirectory() as tmp:
        paths = [p for p in write(generate(args.reports, seed=0), Path(tmp), forms=("md",))
                 if p.suffix == ".md"]
        loaded = [load(p) for p in paths]

    per_report: list[float] = []
    severities: Counter[str] = Counter()
    for _key, graph in loaded:
        seconds, found = timed(graph, shapes)
        per_report.append(seconds)
        severities += found
    first: dict[str, int] = {}
    for index, (key, _graph) in enumerate(loaded):
        first.setdefault(key, index)
    distinct = sorted(first.values())
    union = Graph()
    for index in distinct:
        union += loaded[index][1]
    union_seconds, union_found = timed(union, shapes)
    distinct_sum = sum(per_report[i] for i in distinct)
    synthetic_triples = [len(g) for _k, g in loaded]

    def row(name: str, seconds: float, triples: int | None = None) -> None:
        size = f"{triples:>9}" if triples is not None else f"{'':>9}"
        print(f"{name:58} {size} {seconds:9.3f} {seconds / baseline:7.2f}")

    print(f"ratio = seconds / validating the bundled report once (median of {args.runs} runs)")
    print(f"{'what':58} {'triples':>9} {'seconds':>9} {'ratio':>7}")
    row("bundled report, one validation (baseline)", baseline, len(bundled))
    row("bundled report, pySHACL only (no findings in words)", graph_only, len(bundled))
    row("bundled report, plain pySHACL (SPARQL parsed per node)", plain, len(bundled))
    row(f"synthetic report, mean of {len(loaded)}", statistics.mean(per_report),
        round(statistics.mean(synthetic_triples)))
    row(f"synthetic report, slowest of {len(loaded)}", max(per_report), max(synthetic_triples))
    row(f"all {len(loaded)} synthetic reports, one by one (sum)", sum(per_report),
        sum(synthetic_triples))
    row(f"{len(distinct)} distinct economy-years, one by one (sum)", distinct_sum,
        sum(synthetic_triples[i] for i in distinct))
    row(f"{len(distinct)} distinct economy-years, union in one call", union_seconds, len(union))
    print()
    print(f"union / one-by-one on the same {len(distinct)} reports: "
          f"{union_seconds / distinct_sum:.2f}x")
    print(f"union size / bundled report size: {len(union) / len(bundled):.1f}x")
    print(f"prepared-query cache speed-up on the bundled report: {plain / baseline:.1f}x")
    print(f"findings one by one ({len(loaded)} reports): {dict(sorted(severities.items()))}")
    print(f"findings in the union ({len(distinct)} reports): "
          f"{dict(sorted(union_found.items()))}")


def _time(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
