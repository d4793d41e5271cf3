"""`ctkg validate` and the validating `ctkg build`, run as a user runs them (real subprocess)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SH

from tests.helpers import BUNDLED, run_ctkg
from tests.validation.casefiles import MUTATION, SHAPE_CASES, mutated_report

SERGIO = "https://w3id.org/ctkg/id/contact/mexico-2012/a-3/sergio-romero-orozco"
GARBLED_MESSAGE = "The contact point's email address is not a valid address (expected name@domain)"


def _as_bundled(case: str, folder: Path) -> Path:
    """A mutated report case, saved under the bundled report's file name."""
    return mutated_report(SHAPE_CASES / f"{case}{MUTATION}", folder)


def _triples(store: Path) -> int:
    result = run_ctkg("--store", str(store), "stats", "--format", "json")
    assert result.returncode == 0, result.stderr
    count: int = json.loads(result.stdout)["triples"]
    return count


@pytest.fixture(scope="module")
def invalid_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built with --allow-invalid from the report whose email is garbled."""
    root = tmp_path_factory.mktemp("invalid")
    report = _as_bundled("email-garbled", root / "reports")
    store = root / "store"
    result = run_ctkg("--store", str(store), "build", "--allow-invalid", str(report))
    assert result.returncode == 0, result.stderr
    assert (f'apec-ctap-2012-mexico.md:171: warning: SHACL violation: contact point '
            f'"Sergio Romero Orozco": {GARBLED_MESSAGE} (vcard:hasEmail = <mailto:sromero>)'
            ) in result.stderr.splitlines()
    return store


def test_validate_built_store_conforms(built_store: Path) -> None:
    result = run_ctkg("--store", str(built_store), "validate")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"The graph conforms: no violations, warnings or infos ({_triples(built_store)} triples "
        f"in {built_store} against 7 shapes files).\n")
    assert result.stderr == ""


def test_validate_json_on_built_store(built_store: Path) -> None:
    result = run_ctkg("--store", str(built_store), "validate", "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {"conforms": True, "triples": _triples(built_store), "violations": 0,
                      "warnings": 0, "infos": 0, "results": []}


def test_validate_turtle_is_a_shacl_report(built_store: Path) -> None:
    result = run_ctkg("--store", str(built_store), "validate", "--format", "turtle")
    assert result.returncode == 0, result.stderr
    graph = Graph().parse(data=result.stdout, format="turtle")
    (report,) = graph.subjects(RDF.type, SH.ValidationReport)
    assert graph.value(report, SH.conforms) == Literal(True)
    assert list(graph.subjects(RDF.type, SH.ValidationResult)) == []


def test_validate_names_the_person_and_the_line(invalid_store: Path) -> None:
    result = run_ctkg("--store", str(invalid_store), "validate")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("The graph does not conform: 1 violation, 0 warnings, 0 infos (")
    assert result.stdout.endswith(">\n")
    # The span's last line is the loader's business (it is tested with the loader).
    assert lines[3].startswith("    read from apec-ctap-2012-mexico.md:171 (lines 171-")
    assert lines[2:3] + lines[4:] == [
        'contact point "Sergio Romero Orozco"',
        f"    <{SERGIO}>",
        f"  Violation  {GARBLED_MESSAGE}",
        "             vcard:hasEmail = <mailto:sromero>",
    ]


def test_validate_json_lists_the_violation(invalid_store: Path) -> None:
    result = run_ctkg("--store", str(invalid_store), "validate", "--format", "json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert (report["conforms"], report["violations"], report["warnings"]) == (False, 1, 0)
    (finding,) = report["results"]
    assert finding.pop("end_line") >= 173  # the block ends on line 173, the email's line
    assert finding == {
        "focus": SERGIO, "label": "Sergio Romero Orozco", "kind": "contact point",
        "path": "vcard:hasEmail", "value": "<mailto:sromero>", "message": GARBLED_MESSAGE,
        "severity": "Violation", "shape": "ctkgsh:ContactPoint-emailForm",
        "source": "apec-ctap-2012-mexico.md", "line": 171, "located": "read",
    }


def test_validate_turtle_lists_the_violation(invalid_store: Path) -> None:
    result = run_ctkg("--store", str(invalid_store), "validate", "--format", "turtle")
    assert result.returncode == 1, result.stderr
    graph = Graph().parse(data=result.stdout, format="turtle")
    (report,) = graph.subjects(RDF.type, SH.ValidationReport)
    assert graph.value(report, SH.conforms) == Literal(False)
    (found,) = graph.subjects(RDF.type, SH.ValidationResult)
    assert graph.value(found, SH.focusNode) == URIRef(SERGIO)
    assert graph.value(found, SH.resultPath) == URIRef("http://www.w3.org/2006/vcard/ns#hasEmail")
    assert graph.value(found, SH.value) == URIRef("mailto:sromero")
    assert graph.value(found, SH.resultSeverity) == SH.Violation


def test_warnings_alone_conform(tmp_path: Path) -> None:
    """A report without an email builds (with a warning) and validates with exit code 0."""
    report = _as_bundled("email-removed", tmp_path / "reports")
    store = tmp_path / "store"
    built = run_ctkg("--store", str(store), "build", str(report))
    assert built.returncode == 0, built.stderr
    assert ('apec-ctap-2012-mexico.md:171: warning: SHACL warning: contact point '
            '"Sergio Romero Orozco": The contact point has no email address (vcard:hasEmail)'
            ) in built.stderr.splitlines()
    result = run_ctkg("--store", str(store), "validate")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("The graph conforms: 0 violations, 1 warning, 0 infos (")
    assert "  Warning    The contact point has no email address" in result.stdout.splitlines()


def test_build_refuses_a_mutated_report_and_keeps_the_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_ctkg("--store", str(store), "build", str(BUNDLED)).returncode == 0
    before = [run_ctkg("--store", str(store), cmd, "--format", "json").stdout
              for cmd in ("reports", "stats")]
    report = _as_bundled("contact-no-organisation", tmp_path / "reports")
    result = run_ctkg("--store", str(store), "build", str(report))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"ctkg: error: {report}:171: refused: 1 violation of the SHACL shapes: line 171, "
        'contact point "Sergio Romero Orozco": The contact point has no organisation '
        "(org:memberOf) (load it anyway with --allow-invalid, then run `ctkg validate` for the "
        "full report)"]
    after = [run_ctkg("--store", str(store), cmd, "--format", "json").stdout
             for cmd in ("reports", "stats")]
    assert after == before
    assert json.loads(after[0])[0]["source"] == "apec-ctap-2012-mexico.md"
    assert run_ctkg("--store", str(store), "validate").returncode == 0


def test_bad_shapes_file_is_one_line_and_exit_2(built_store: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
                   "<urn:s> a sh:NodeShape ;;\n sh:x y .\n", "utf-8")
    expected = [f"ctkg: error: {bad}:3: not valid Turtle: Bad syntax (objectList expected)"]
    by_option = run_ctkg("--store", str(built_store), "validate", "--shapes", str(bad))
    by_env = run_ctkg("--store", str(built_store), "validate", env={"CTKG_SHAPES": str(bad)})
    for result in (by_option, by_env):
        assert result.returncode == 2
        assert result.stderr.splitlines() == expected
        assert result.stdout == ""


def test_shapes_that_are_not_shacl_name_the_file(built_store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shapes"
    shutil.copytree(SHAPE_CASES.parents[2].parent / "shapes", folder)
    wrong = folder / "zz-wrong.ttl"
    wrong.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
                     "@prefix ctkg: <https://w3id.org/ctkg/ontology#> .\n"
                     "<urn:s> a sh:NodeShape ; sh:targetClass ctkg:Report ;\n"
                     '  sh:property [ sh:path ctkg:code ; sh:minCount "many" ] .\n', "utf-8")
    result = run_ctkg("--store", str(built_store), "validate", "--shapes", str(folder))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"ctkg: error: {wrong}: not valid SHACL: sh:minCount 'many': Value is not Literal with "
        "datatype xsd:integer"]


def test_missing_shapes_and_missing_store(built_store: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.ttl"
    result = run_ctkg("--store", str(built_store), "validate", "--shapes", str(missing))
    assert (result.returncode, result.stderr.splitlines()) == (
        2, [f"ctkg: error: {missing}: no such shapes file or folder"])
    store = tmp_path / "no-store"
    result = run_ctkg("--store", str(store), "validate")
    assert (result.returncode, result.stderr.splitlines()) == (
        2, [f"ctkg: error: {store}: no ctkg store here yet; run `ctkg build` (or pass --store)"])


def test_build_with_bad_shapes_fails_cleanly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle\n", "utf-8")
    store = tmp_path / "store"
    result = run_ctkg("--store", str(store), "build", str(BUNDLED), env={"CTKG_SHAPES": str(bad)})
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert f"{bad}:1: not valid Turtle" in result.stderr
    assert not (store / "CURRENT").exists()


def test_ontology_report_is_clean(built_store: Path) -> None:
    result = run_ctkg("--store", str(built_store), "validate", "--ontology")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("The ontology report is clean")
    as_json = run_ctkg("--store", str(built_store), "validate", "--ontology", "--format", "json")
    assert json.loads(as_json.stdout) == {"errors": 0, "problems": []}
