"""Catalogue metadata that travels beside documents: ``manifest.csv`` in a corpus folder.

Columns: ``file`` (name relative to the folder), and any of ``title``,
``language``, ``date``, ``url``, ``licence``, ``kind``. What a manifest says
about a file is given to the reader as document metadata; builders may use it
where the text itself does not say (a web page saved without its address).
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

__all__ = ["MANIFEST_NAME", "manifest_entry"]

MANIFEST_NAME = "manifest.csv"


@cache
def _load(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["file"]: {k: v.strip() for k, v in row.items() if k != "file" and v and v.strip()}
            for row in csv.DictReader(handle)
            if row.get("file")
        }


def manifest_entry(path: Path) -> dict[str, str]:
    """What the manifest of the file's folder says of it (empty when nothing)."""
    return dict(_load(path.resolve().parent).get(path.name, {}))
