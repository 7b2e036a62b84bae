"""Readers: a file in, a :class:`kg.model.Document` out. No RDF here.

``read(path)`` picks the reader by the file's suffix, decodes the bytes,
identifies the language, attaches what the folder's manifest says, and splits
plain-text web pages into the article and its page furniture.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from kg.model import Document, Segment
from kg.readers.errors import ReadError
from kg.readers.html import read_html
from kg.readers.language import detect_language
from kg.readers.manifest import ManifestError, manifest_entry
from kg.readers.pdf import read_pdf
from kg.readers.text import decode, read_text

__all__ = ["SUFFIXES", "ReadError", "decode", "detect_language", "read", "read_regular_file"]

_READERS: dict[str, Callable[[bytes, str], Document]] = {
    ".txt": read_text,
    ".text": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
}

#: File suffixes ``kg build`` reads.
SUFFIXES: frozenset[str] = frozenset(_READERS)


def read(path: Path, *, source: str | None = None) -> Document:
    """Read one file into a Document; raise :class:`ReadError` naming the file on failure."""
    source = source if source is not None else str(path)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        raise ReadError(source, f"unsupported file type {path.suffix or '(none)'!r}; kg reads {_suffix_list()}")
    data = read_regular_file(path, source)
    if not data.strip():
        raise ReadError(source, "empty file")
    document = reader(data, source)
    document.sha256 = hashlib.sha256(data).hexdigest()
    _apply_manifest(document, _manifest_entry(path))
    if document.language is None:
        document.language = detect_language(document.text)
    if not document.segments and document.media_type == "text/plain":
        # HTML has had its furniture removed by trafilatura; plain-text pages have not.
        document.segments = _segment(document)
    return document


def read_regular_file(path: Path, source: str) -> bytes:
    """The bytes of a regular file; a named pipe or a device is refused without waiting on it.

    Opening without blocking, then asking the open file what it is, leaves no
    moment in which the path could be swapped for a pipe that never ends.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise ReadError(source, f"cannot open: {error.strerror or error}") from error
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise ReadError(source, "not a regular file (a named pipe, a device or a socket)")
        try:
            return handle.read()
        except OSError as error:
            raise ReadError(source, f"cannot read: {error.strerror or error}") from error


def _manifest_entry(path: Path) -> dict[str, str]:
    try:
        return manifest_entry(path)
    except (ManifestError, OSError):  # the build reports a damaged manifest as a failure of its own
        return {}


def _apply_manifest(document: Document, entry: dict[str, str]) -> None:
    document.metadata.update(entry)
    document.title = document.title or entry.get("title")
    document.date = document.date or entry.get("date")
    document.url = document.url or entry.get("url")
    document.language = entry.get("language") or document.language


def _segment(document: Document) -> list[Segment]:
    from kg.readers.segment import segment  # language-aware; imported late to keep start-up light

    return segment(document.text, document.language)


def _suffix_list() -> str:
    return ", ".join(sorted(SUFFIXES))
