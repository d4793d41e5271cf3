"""Contact blocks written the way other economies write them (tests/cases/contact_blocks.toml)."""

from __future__ import annotations

import re
import tomllib
from typing import Any

import pytest

from ctkg.build import load_gazetteer
from loaders.extract import extract
from loaders.mapping import phone_region, tel_uri
from loaders.parse import parse_text
from tests.helpers import BUNDLED, CASES

BLOCKS = tomllib.loads((CASES / "contact_blocks.toml").read_text("utf-8"))["case"]
A1_CONTACT = re.compile(r"\*\*Contact Point:\*\* Name: José Hugo.*?jose\.german@sat\.gob\.mx",
                        re.S)
FIELDS = ("name", "honorific", "title", "organization", "telephone", "telephone_uri", "fax",
          "fax_uri", "email")


@pytest.mark.parametrize("case", BLOCKS, ids=[c["name"] for c in BLOCKS])
def test_contact_block(case: dict[str, Any]) -> None:
    report = BUNDLED.read_text("utf-8")
    assert A1_CONTACT.search(report)
    doc, _ = parse_text(A1_CONTACT.sub(lambda _: case["block"], report), "variant.md")
    gazetteer = load_gazetteer()
    region = phone_region(extract(doc, gazetteer), gazetteer)
    [contact] = doc.areas[0].contacts
    got = {**vars(contact), "telephone_uri": tel_uri(contact.telephone, region),
           "fax_uri": tel_uri(contact.fax, region)}
    assert {k: got[k] for k in FIELDS} == {k: case["expect"].get(k) for k in FIELDS}
    assert sum(len(a.contacts) for a in doc.areas) == 8
