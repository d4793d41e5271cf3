"""The comparison queries on a store holding several reports: the bundled Mexico report, the
Markdown fixture tests/cases/reports/zubrowka-2011.md and two freshly generated synthetic reports
(one of them a second Zubrowka year). Counts come from each report's ground-truth JSON."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from ctkg import query as q
from tests.helpers import BUNDLED, CASES, run_ctkg
from tests.synthetic_reports import generate, write

EXPECTED = Path(__file__).resolve().parent / "expected"
Several = tuple[Any, list[dict[str, Any]]]
FIXTURE = CASES / "reports" / "zubrowka-2011.md"


@pytest.fixture(scope="module")
def several(tmp_path_factory: pytest.TempPathFactory) -> Several:
    folder = tmp_path_factory.mktemp("several")
    generated = generate(2, seed=0)  # Orsinia 2017 and Zubrowka 2018
    paths = [p for p in write(generated, folder / "reports", forms=("md",)) if p.suffix == ".md"]
    store = folder / "store"
    result = run_ctkg("--store", str(store), "build", str(BUNDLED), str(FIXTURE), *map(str, paths))
    assert result.returncode == 0, result.stderr
    truths = [json.loads(FIXTURE.with_suffix(".truth.json").read_text("utf-8"))]
    truths += [r.truth for r in generated]
    from ctkg.store import StoreDir

    return StoreDir(store).current().open_graph(), truths


def bundled_answer(name: str) -> list[dict[str, Any]]:
    """The rows the bundled report gives today: the known-defect rows while that note stands."""
    data = json.loads((EXPECTED / f"{name}.json").read_text("utf-8"))
    rows: list[dict[str, Any]] = data.get("known_defect", data)["rows"]
    return rows


def _areas(truth: dict[str, Any], key: str) -> int:
    return sum(len(area[key]) for area in truth["policy_areas"].values())


def _row(truth: dict[str, Any]) -> dict[str, Any]:
    status = Counter(m["status"] for m in truth["memberships"])
    economy = truth["economy"]
    return {
        "economy_iri": "https://w3id.org/ctkg/id/economy/" + economy.lower().replace(" ", "-"),
        "economy": economy, "year": str(truth["calendar_year"]), "document": truth["document_id"],
        "last_updated": truth["last_updated"], "contact_points": truth["counts"]["contact_points"],
        "commitments": truth["counts"]["commitments"],
        "undertaken": _areas(truth, "measures_undertaken"),
        "planned": _areas(truth, "measures_planned"),
        "needs": _areas(truth, "needs"), "offers": _areas(truth, "offers"),
        "members": status["member"], "applicants": status["applicant"],
        "prospective": status["prospective"], "bills": len(truth["bills"]),
    }


def test_report_comparison_has_one_row_per_report(several: Several) -> None:
    graph, truths = several
    mexico = bundled_answer("report_comparison")
    expected = sorted(mexico + [_row(t) for t in truths], key=lambda r: (r["economy"], r["year"]))
    assert truths[0]["counts"]["measures"] == expected[-2]["undertaken"] + expected[-2]["planned"]
    _, rows = q.run(graph, q.resolve("report_comparison", None), {})
    assert rows == expected


def test_report_comparison_of_one_economy_over_the_years(
        several: Several) -> None:
    graph, truths = several
    query = q.resolve("report_comparison", None)
    _, rows = q.run(graph, query, {"economy_iri": "economy/zubrowka"})
    zubrowka = sorted((t for t in truths if t["economy"] == "Zubrowka"),
                      key=lambda t: t["calendar_year"])
    assert [r["year"] for r in rows] == ["2011", "2018"]
    assert rows == [_row(t) for t in zubrowka]


def test_planned_against_undertaken_per_area(several: Several) -> None:
    graph, truths = several
    _, rows = q.run(graph, q.resolve("planned_vs_undertaken", None), {})
    got = {(r["economy"], r["year"], r["code"]): (r["undertaken"], r["planned"]) for r in rows}
    for truth in truths:
        for code, area in truth["policy_areas"].items():
            key = (truth["economy"], str(truth["calendar_year"]), code)
            counts = (len(area["measures_undertaken"]), len(area["measures_planned"]))
            assert got[key] == counts, key
    assert len(rows) == 7 * (len(truths) + 1)


def test_shared_commitments_count_the_reports_that_list_them(
        several: Several) -> None:
    graph, truths = several
    mexico = bundled_answer("shared_commitments")
    listed: Counter[str] = Counter(r["commitment"] for r in mexico)
    economies: dict[str, set[str]] = {r["commitment"]: {"Mexico"} for r in mexico}
    years: dict[str, set[int]] = {r["commitment"]: {2012} for r in mexico}
    for truth in truths:
        statements = {c["statement"] for area in truth["policy_areas"].values()
                      for c in area["commitments"]}
        for statement in statements:
            listed[statement] += 1
            economies.setdefault(statement, set()).add(truth["economy"])
            years.setdefault(statement, set()).add(truth["calendar_year"])
    _, rows = q.run(graph, q.resolve("shared_commitments", None), {})
    got = {r["commitment"]: (r["reports"], r["economies"], r["first_year"], r["last_year"])
           for r in rows}
    assert got == {s: (n, len(economies[s]), str(min(years[s])), str(max(years[s])))
                   for s, n in listed.items()}
    assert max(listed.values()) > 1, "the reports share no commitment, so the test proves little"
    assert [r["reports"] for r in rows] == sorted((r["reports"] for r in rows), reverse=True)


def test_memberships_of_every_economy(several: Several) -> None:
    graph, truths = several
    _, rows = q.run(graph, q.resolve("regime_memberships", None), {})
    keys = ("economy", "year", "regime", "status", "status_date")
    got = sorted((tuple(r[k] for k in keys) for r in rows), key=repr)
    mexico = bundled_answer("regime_memberships")
    expected = [tuple(r[k] for k in keys) for r in mexico]
    expected += [(t["economy"], str(t["calendar_year"]), m["regime"], m["status"], m["date"])
                 for t in truths for m in t["memberships"]]
    assert got == sorted(expected, key=repr)
