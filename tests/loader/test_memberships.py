"""Regime membership statements (tests/cases/memberships.toml), read through the real loader."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from ctkg.build import load_gazetteer
from loaders.extract import extract
from loaders.parse import parse_text
from tests.helpers import BUNDLED, CASES

CASES_FILE = tomllib.loads((CASES / "memberships.toml").read_text("utf-8"))["case"]
ORIGINAL = (
    "Mexico was admitted to the Wassenaar Arrangement in January 2012 and to the Nuclear "
    "Suppliers Group in October 2012. Mexico expects to participate in the remaining "
    "multilateral exports control regimes: Australia Group and Missile Technology Control "
    "Regime. Respecting the Australia Group, on June 5<sup>th</sup> 2012, Mexico submitted a "
    "formal request to become Member State."
)
DECIDED = "Mexico has decided to participate in the main multilateral exports control regimes"


@pytest.mark.parametrize("case", CASES_FILE, ids=[c["name"] for c in CASES_FILE])
def test_membership_statement(case: dict[str, Any]) -> None:
    report = BUNDLED.read_text("utf-8")
    assert ORIGINAL in report and DECIDED in report
    # the sentence before also names all four regimes ("has decided to participate"): neutralise
    report = report.replace(DECIDED, "Mexico follows the main multilateral exports control "
                            "regimes").replace(ORIGINAL, case["text"])
    doc, _ = parse_text(report, "variant.md")
    gazetteer = load_gazetteer()
    facts = extract(doc, gazetteer)
    got = {gazetteer.get(m.regime).name: [m.status, m.date or ""] for m in facts.memberships}
    assert got == case["expect"]
