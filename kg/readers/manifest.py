"""Catalogue metadata that travels beside documents: ``manifest.csv`` in a corpus folder.

Columns: ``file`` (name relative to the folder), and any of ``title``,
``language``, ``date``, ``url``, ``licence``, ``kind``. What a manifest says
about a file is given to the reader as document metadata; builders may use it
where the text itself does not say (a web page saved without its address).

A manifest is read whole or not at all: one that is not UTF-8 CSV, or has a
row with more fields than its header names, raises :class:`ManifestError`
naming its line. The reader then reads the folder's files without it, and the
build reports the manifest as a failure of its own.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from pathlib import Path

from kg.readers.errors import ReadError

__all__ = ["MANIFEST_NAME", "ManifestError", "manifest_entry", "manifest_problem"]

MANIFEST_NAME = "manifest.csv"


class ManifestError(ReadError):
    """A manifest that cannot be read; ``reason`` names the line."""


@cache
def _load(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ManifestError(str(path), f"line {line}: bytes that are not UTF-8 ({error.reason})") from error
    rows = csv.DictReader(io.StringIO(text, newline=""))
    entries: dict[str, dict[str, str]] = {}
    try:
        for row in rows:
            if None in row:  # DictReader keeps the fields beyond the header under None
                named = len(rows.fieldnames or ())
                raise ManifestError(str(path), f"line {rows.line_num}: more fields than the {named} the header names")
            if row.get("file"):
                entries[row["file"]] = {k: v.strip() for k, v in row.items() if k != "file" and v and v.strip()}
    except csv.Error as error:
        raise ManifestError(str(path), f"line {rows.line_num}: not CSV ({error})") from error
    return entries


def manifest_entry(path: Path) -> dict[str, str]:
    """What the manifest of the file's folder says of it (empty when nothing); raises ManifestError."""
    return dict(_load(path.resolve().parent).get(path.name, {}))


def manifest_problem(folder: Path) -> ManifestError | None:
    """Why the manifest of ``folder`` cannot be read; None when it can, or there is none."""
    try:
        _load(folder.resolve())
    except ManifestError as error:
        return error
    except OSError as error:
        return ManifestError(str(folder / MANIFEST_NAME), f"cannot open: {error.strerror or error}")
    return None
