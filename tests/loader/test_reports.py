"""Each report case (a report file and its .truth.json) loads exactly as its truth says.

Cases live in tests/cases/reports/: NAME.truth.json beside NAME.md or NAME.txt (flattened PDF
text); the bundled report's truth is there too and points at data/reports/. Adding a case is
adding a report and its truth file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.helpers import BUNDLED, CASES, ROOT
from tests.synthetic_reports import generate, strip_markdown, write
from tests.truth import differences

TRUTHS = sorted((CASES / "reports").glob("*.truth.json"))


def _source(truth_path: Path) -> Path:
    stem = truth_path.name.removesuffix(".truth.json")
    for candidate in (truth_path.with_name(f"{stem}.md"), truth_path.with_name(f"{stem}.txt"),
                      ROOT / "data" / "reports" / f"{stem}.md"):
        if candidate.is_file():
            return candidate
    raise AssertionError(f"{truth_path.name} has no report file beside it")


@pytest.mark.parametrize("truth_path", TRUTHS, ids=[p.name for p in TRUTHS])
def test_report_case_matches_truth(truth_path: Path) -> None:
    truth = json.loads(truth_path.read_text("utf-8"))
    assert differences(_source(truth_path), truth) == []


def test_cases_cover_both_forms() -> None:
    forms = {_source(p).suffix for p in TRUTHS}
    assert forms == {".md", ".txt"}


@pytest.mark.parametrize("form", ["md", "txt"])
def test_synthetic_reports_round_trip(tmp_path: Path, form: str) -> None:
    """Reports of made-up economies, fresh from the generator, load as their truth says."""
    reports = generate(12, seed=21)
    write(reports, tmp_path, forms=(form,))
    failures = {r.name: d for r in reports
                if (d := differences(tmp_path / f"{r.name}.{form}", r.truth))}
    assert failures == {}


MEXICO_TRUTH = json.loads((CASES / "reports" / "apec-ctap-2012-mexico.truth.json").read_text())


@pytest.mark.parametrize("bullets", [True, False], ids=["bullet-glyphs", "no-bullets"])
def test_bundled_report_as_flattened_pdf_text(tmp_path: Path, bullets: bool) -> None:
    """The Mexico report with headings, markup and line breaks gone still loads the same."""
    markdown = BUNDLED.read_text("utf-8")
    if bullets:
        markdown = re.sub(r"\n[ \t]*[-*][ \t]+", "\n• ", markdown)
    flat = tmp_path / "mexico-flattened.txt"
    flat.write_text(strip_markdown(markdown), "utf-8")
    assert "\n" not in flat.read_text("utf-8")
    assert differences(flat, MEXICO_TRUTH) == []
