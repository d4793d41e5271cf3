"""Find the project's data folders both in a checkout and in an installed wheel.

The wheel carries ontology/, shapes/, queries/ and data/ under ctkg/_resources; a checkout has
them beside the package. Only pathlib is imported, so the CLI hot path stays light.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """Return the folder `name` (ontology, shapes, queries or data) wherever it is installed."""
    for candidate in (_PACKAGE / "_resources" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"ctkg resource folder {name!r} is missing from this installation")


def bundled_reports() -> list[Path]:
    """The reports `ctkg build` loads when given none."""
    return sorted((resource_dir("data") / "reports").glob("*.md"))
