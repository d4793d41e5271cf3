"""Reading validation test cases: one file per case, expectations in the file or beside it.

Shape cases (cases/shapes/):
  NAME.ru  a SPARQL Update applied to the bundled report's graph (loaded through the real
           loader); header lines `# expect: focus=<iri> path=p severity=S shape=ctkgsh:X
           [value=v] [line=n] message="..."`, one per expected SHACL result, or
           `# expect: none` for a graph that looks odd but is right.
  NAME.mutation.json  a one-line edit of the bundled report, loaded through the real loader:
           {"about": ..., "mutation": {"line": n, "from": text, "to": text},
            "expect": [{focus, path, severity, shape, value?, line?, message}, ...]}
           ("expect": [] when nothing is wrong). The edit is applied to the bundled report at
           test time, so a case never goes stale against the report it mutates.
Ontology cases (cases/ontology/):
  NAME.ru  a SPARQL Update on a dataset whose named graphs <urn:ctkg:data>, <urn:ctkg:ontology>
           and <urn:ctkg:shapes> hold the bundled graph, ontology/ctkg.ttl and shapes/*.ttl;
           header lines `# expect: level=L check=C term=T`.
The expected results are all the results: the unmutated graph has none.
"""

from __future__ import annotations

import json
import shlex
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import BUNDLED

CASES = Path(__file__).resolve().parent / "cases"
SHAPE_CASES = CASES / "shapes"
ONTOLOGY_CASES = CASES / "ontology"
EXPECT = "# expect:"


@dataclass(frozen=True)
class Case:
    path: Path
    about: str
    expect: list[dict[str, str]]
    # True when the case says outright that nothing is wrong (`# expect: none`, "expect": []).
    none: bool = False

    @property
    def name(self) -> str:
        return self.path.stem


def _header(path: Path) -> tuple[str, list[dict[str, str]], bool]:
    about: list[str] = []
    expect: list[dict[str, str]] = []
    none = False
    for line in path.read_text("utf-8").splitlines():
        if not line.startswith("#"):
            break
        if line.strip() == f"{EXPECT} none":
            none = True
            continue
        if line.startswith(EXPECT):
            fields = dict(t.split("=", 1) for t in shlex.split(line[len(EXPECT):]))
            expect.append(fields)
        else:
            about.append(line.lstrip("# ").strip())
    return " ".join(about), expect, none


MUTATION = ".mutation.json"


def is_mutation(path: Path) -> bool:
    return path.name.endswith(MUTATION)


def mutated_report(path: Path, folder: Path) -> Path:
    """The bundled report with the case's edit, saved under the bundled report's own name."""
    edit = json.loads(path.read_text("utf-8"))["mutation"]
    lines = BUNDLED.read_text("utf-8").split("\n")
    index = edit["line"] - 1
    assert edit["from"] in lines[index], f"{path.name}: line {edit['line']} has no {edit['from']!r}"
    lines[index] = lines[index].replace(edit["from"], edit["to"], 1)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / BUNDLED.name
    target.write_text("\n".join(lines), "utf-8")
    return target


def load_case(path: Path) -> Case:
    if is_mutation(path):
        data = json.loads(path.read_text("utf-8"))
        expect = [{k: str(v) for k, v in e.items()} for e in data["expect"]]
        return Case(path, data["about"], expect, none=not expect)
    about, expect, none = _header(path)
    return Case(path, about, expect, none)


def shape_cases() -> list[Path]:
    return sorted([*SHAPE_CASES.glob("*.ru"), *SHAPE_CASES.glob(f"*{MUTATION}")])


def ontology_cases() -> list[Path]:
    return sorted(ONTOLOGY_CASES.glob("*.ru"))
