"""`ctkg contact`: ranked people with exact contact details from the source document."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import CASES, run_ctkg

CASES_CONTACT = tomllib.loads((CASES / "contact_queries.toml").read_text("utf-8"))["case"]


def _contact(store: Path, *args: str) -> list[dict[str, Any]]:
    result = run_ctkg("--store", str(store), "contact", *args, "--format", "json")
    assert result.returncode == 0, result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


@pytest.mark.parametrize("case", CASES_CONTACT, ids=[c["query"] for c in CASES_CONTACT])
def test_contact_ranking(case: dict[str, Any], built_store: Path) -> None:
    rows = _contact(built_store, case["query"])
    names = [r["name"] for r in rows]
    if "only" in case:
        assert names == case["only"]
    else:
        assert names[: len(case["first"])] == case["first"]
    assert all(r["matched"] for r in rows)
    if "reason" in case:
        assert any(case["reason"] in reason for reason in rows[0]["matched"]), rows[0]["matched"]


def test_contact_record_fields(built_store: Path) -> None:
    rows = _contact(built_store, "aviation", "--limit", "2")
    assert rows[0] | {"score": None, "matched": None} == {
        "name": "Sergio Romero Orozco", "honorific": None,
        "title": "Director General for Civil Aviation",
        "organization": "Ministry of Communications and Transports",
        "organization_acronym": "SCT", "telephone": "+52 55 57239300 Ext. 18000",
        "telephone_uri": "tel:+525557239300;ext=18000", "fax": None, "fax_uri": None,
        "email": "sromero@sct.gob.mx", "policy_area": "A.3 Protect International Aviation",
        "policy_area_code": "A.3", "role": "contact point", "report": "2013/SOM1/CTTF/012",
        "economy": "Mexico", "calendar_year": 2012,
        "iri": "https://w3id.org/ctkg/id/contact/mexico-2012/a-3/sergio-romero-orozco",
        "score": None, "matched": None,
    }
    assert rows[1]["role"] == "emergency contact"
    assert rows[1]["telephone_uri"] == "tel:+525556829400"
    assert len(rows) == 2


def test_contact_honorific_and_fax(built_store: Path) -> None:
    captain = _contact(built_store, "ISPS Code")[0]
    assert (captain["honorific"], captain["email"]) == ("Captain", "mgutierg@sct.gob.mx")
    fiu = _contact(built_store, "terrorist financing")[0]
    assert (fiu["fax"], fiu["fax_uri"], fiu["email"]) == (
        "+52 55 36883568", "tel:+525536883568", "uifmex@hacienda.gob.mx")


def test_contact_without_match_says_so(built_store: Path) -> None:
    result = run_ctkg("--store", str(built_store), "contact", "zzyzx quux")
    assert result.returncode == 1
    assert "No contact point matches" in result.stderr
    assert _contact(built_store, "zzyzx quux") == []


def test_contact_with_no_words_is_an_error(built_store: Path) -> None:
    result = run_ctkg("--store", str(built_store), "contact", " ?! ")
    assert result.returncode == 2
    assert result.stderr.strip() == "ctkg: error: the query has no words to look for"


def test_contact_without_store(tmp_path: Path) -> None:
    result = run_ctkg("--store", str(tmp_path / "nowhere"), "contact", "aviation")
    assert result.returncode == 2
    assert "no ctkg store here yet; run `ctkg build`" in result.stderr


def test_contact_cards_for_people(built_store: Path) -> None:
    result = run_ctkg("--store", str(built_store), "contact", "SCT", "--limit", "1")
    assert result.returncode == 0
    assert result.stdout.splitlines()[:4] == [
        "1. Captain Manuel Fernando Gutierrez Gallardo — Port and Maritime Security Director",
        "   Ministry of Communications and Transports (SCT) · A.2 Protect Port Facilities and "
        "Ships Engaged in International Voyages · contact point · Mexico 2012",
        "   tel +52 55 57239300 Ext. 26013 · mgutierg@sct.gob.mx",
        "   why: organisation: Secretariat of Communications and Transportation (SCT)",
    ]


def test_stop_words_do_not_match_everyone(built_store: Path) -> None:
    assert _contact(built_store, "the aviation")[0]["name"] == "Sergio Romero Orozco"
    result = run_ctkg("--store", str(built_store), "contact", "and of the")
    assert result.returncode == 2
    assert result.stderr.strip() == "ctkg: error: the query has no words to look for"
