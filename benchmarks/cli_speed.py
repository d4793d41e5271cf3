"""End-to-end CLI speed: `ctkg contact` against `python -c "import rdflib"`, and `ctkg build`.

Run on demand: `python benchmarks/cli_speed.py [--runs N]`. Every figure is the median wall time
of N fresh processes; ratios are against the baseline measured in the same run, so they hold on a
slower or busier machine. Targets (issue 2): contact <= 2x the rdflib import; build < 2 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "data" / "reports" / "apec-ctap-2012-mexico.md"


def median_seconds(argv: list[str], runs: int) -> float:
    """Median wall time of `runs` fresh processes running `argv` (one warm-up first)."""
    subprocess.run(argv, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "store")
        ctkg = [py, "-m", "ctkg", "--store", store]
        subprocess.run([*ctkg, "build", str(REPORT)], check=True, capture_output=True)
        rows = [
            ("python -c 'import rdflib' (baseline)", [py, "-c", "import rdflib"]),
            ("python -c 'pass' (interpreter start)", [py, "-c", "pass"]),
            ("ctkg contact aviation", [*ctkg, "contact", "aviation"]),
            ("ctkg contact SCT --format json", [*ctkg, "contact", "SCT", "--format", "json"]),
            ("ctkg stats", [*ctkg, "stats"]),
            ("ctkg build (bundled report, validated)", [*ctkg, "build", str(REPORT)]),
            ("ctkg build --no-validate", [*ctkg, "build", "--no-validate", str(REPORT)]),
        ]
        results = [(name, median_seconds(argv, args.runs)) for name, argv in rows]
    baseline = results[0][1]
    print(f"median of {args.runs} runs each; ratio = time / import-rdflib time")
    print(f"{'command':44} {'seconds':>8} {'ratio':>6}")
    for name, seconds in results:
        print(f"{name:44} {seconds:8.3f} {seconds / baseline:6.2f}")
    contact = dict(results)["ctkg contact aviation"]
    build = dict(results)["ctkg build (bundled report, validated)"]
    print(f"\ncontact vs import rdflib: {contact / baseline:.2f}x (target <= 2x): "
          f"{'OK' if contact <= 2 * baseline else 'MISSED'}")
    print(f"build of the bundled report: {build:.2f} s (target < 2 s): "
          f"{'OK' if build < 2 else 'MISSED'}")


if __name__ == "__main__":
    main()
