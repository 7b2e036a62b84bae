"""Layers: builders compose the finders and never reach into another builder; finders know no builder."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kg

_KG = Path(kg.__file__).parent
_FAMILIES = ("un", "legal", "news")


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("family", _FAMILIES)
def test_a_builder_imports_no_other_builder(family: str) -> None:
    others = tuple(f"kg.builders.{other}" for other in _FAMILIES if other != family)
    files = sorted((_KG / "builders" / family).glob("*.py"))
    assert files
    for path in files:
        reached = sorted(m for m in _imports(path) if m.startswith(others))
        assert not reached, f"{path.relative_to(_KG)} imports {reached}: share it through kg.finders"


def test_finders_import_no_builder() -> None:
    files = sorted((_KG / "finders").glob("*.py"))
    assert files
    for path in files:
        reached = sorted(m for m in _imports(path) if m.startswith("kg.builders"))
        assert not reached, f"{path.relative_to(_KG)} imports {reached}"
