"""The incremental build cache: what each document gave last time, kept under the build folder.

Layout, under ``OUT/cache/``::

    index.json        the fingerprint of the build environment, and per source file:
                      its key, report, graph IRI, quad count and the digest of its quads
    quads/KEY.nq      that document's named graph as N-Quads, one quad a line, sorted
    texts/KEY.txt     that document's text as read (UTF-8), which its graph's spans point into

A document's *key* digests its source name, the bytes of its file and what the
folder's manifest says of it. The *fingerprint* digests everything else a
result depends on: the builders' names and versions, kg's own code, the
resolver's gazetteers, the ontology, and the pyoxigraph that serialises. A
cached result is used only when both are unchanged; a new fingerprint empties
the cache.

The cache is never trusted blindly: an index that is not valid JSON or not of
the expected shape is ignored, and a quads file whose digest differs from the
recorded one (truncated, garbled, missing) makes its document be rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

__all__ = ["CACHE_DIR", "CacheEntry", "DocumentCache", "digest_files", "document_key", "write_whole"]

#: The cache's folder inside a build's output folder.
CACHE_DIR = "cache"
#: Bumped whenever the layout of the cache changes, so that an old cache is not misread.
_FORMAT = 2
_INDEX = "index.json"
_QUADS = "quads"
_TEXTS = "texts"


@dataclass(frozen=True)
class CacheEntry:
    """One document's cached result: enough to merge it into a build without reading it again."""

    key: str
    report: dict[str, Any]  # the document's DocumentReport, as a dict
    graph: str | None
    quads: int
    sha256: str  # of the quads file
    text_sha256: str = ""  # of the text file; "" when the document was not read

    @property
    def file_name(self) -> str:
        return f"{self.key}.nq"

    @property
    def text_name(self) -> str:
        return f"{self.key}.txt"


def document_key(path: Path, source: str, manifest: Mapping[str, str]) -> str | None:
    """A digest of all the document gives a build; ``None`` when the file cannot be read.

    An unreadable file gets no key, so it is always processed (and reported as failed).
    """
    from kg.readers import ReadError, read_regular_file  # the readers are heavy to import; kg.cli imports this

    try:
        data = read_regular_file(path, source)
    except ReadError:
        return None
    digest = hashlib.sha256()
    for part in (source.encode(), json.dumps(dict(manifest), sort_keys=True).encode(), data):
        digest.update(len(part).to_bytes(8, "big"))  # length-prefixed: no two inputs collide
        digest.update(part)
    return digest.hexdigest()


def digest_files(paths: Iterable[Path], root: Path) -> str:
    """One digest of the names (relative to ``root``) and bytes of some files, in a stable order."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


class DocumentCache:
    """The cached results of a build folder, for one build environment (``fingerprint``).

    Besides the documents, the index remembers the *state* the outputs were last
    written for (a digest of the sources and their keys) and the size and time of
    each output, so that a build with nothing to do need not rewrite them.
    """

    def __init__(self, out: Path, fingerprint: Mapping[str, str]) -> None:
        self.folder = out / CACHE_DIR
        self.fingerprint = dict(fingerprint)
        self.entries: dict[str, CacheEntry] = {}
        self._state: str | None = None
        self._outputs: dict[str, Any] = {}
        self._load()

    # --- reading ------------------------------------------------------------------

    def _load(self) -> None:
        """Take the entries of a well-formed index of this fingerprint; none otherwise."""
        try:
            index = json.loads((self.folder / _INDEX).read_text(encoding="utf-8"))
            if index["format"] != _FORMAT or index["fingerprint"] != self.fingerprint:
                return
            entries = {source: CacheEntry(**fields) for source, fields in index["documents"].items()}
            state, outputs = str(index["state"]), dict(index["outputs"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):  # missing, not JSON, not our shape
            return
        self.entries, self._state, self._outputs = entries, state, outputs

    def get(self, source: str, key: str | None) -> CacheEntry | None:
        """The entry of ``source`` if it was built from the same key and its quads are intact."""
        entry = self.entries.get(source)
        if entry is None or key is None or entry.key != key:
            return None
        try:
            intact = hashlib.sha256(self.quads_path(entry).read_bytes()).hexdigest() == entry.sha256
            if intact and entry.text_sha256:
                intact = hashlib.sha256(self.text_path(entry).read_bytes()).hexdigest() == entry.text_sha256
        except OSError:
            intact = False
        return entry if intact else None

    def quads_path(self, entry: CacheEntry) -> Path:
        return self.folder / _QUADS / entry.file_name

    def text_path(self, entry: CacheEntry) -> Path:
        return self.folder / _TEXTS / entry.text_name

    def outputs_unchanged(self, state: str, outputs: Mapping[str, Any]) -> bool:
        """Whether the outputs on disk are those the last build wrote, for this very state."""
        return self._state == state and self._outputs == dict(outputs)

    def output_intact(self, name: str, outputs: Mapping[str, Any]) -> bool:
        """Whether output ``name`` on disk is the one the last build wrote (sizes and times of its files)."""
        return name in self._outputs and self._outputs[name] == dict(outputs).get(name)

    # --- writing ------------------------------------------------------------------

    def put(
        self, source: str, key: str, report: dict[str, Any], graph: str | None, nquads: bytes, text: str = ""
    ) -> CacheEntry:
        """Record a fresh result; its quads and text files are each written whole or not at all."""
        data = text.encode("utf-8")
        entry = CacheEntry(
            key=key,
            report=report,
            graph=graph,
            quads=nquads.count(b"\n"),
            sha256=hashlib.sha256(nquads).hexdigest(),
            text_sha256=hashlib.sha256(data).hexdigest() if graph is not None else "",
        )
        write_whole(self.quads_path(entry), nquads)
        if entry.text_sha256:
            write_whole(self.text_path(entry), data)
        self.entries[source] = entry
        return entry

    def save(self, sources: Iterable[str], state: str, outputs: Mapping[str, Any]) -> None:
        """Keep the entries of ``sources`` only, write the index, and delete unused quads files."""
        kept = {source: self.entries[source] for source in sources if source in self.entries}
        index = {
            "format": _FORMAT,
            "fingerprint": self.fingerprint,
            "state": state,
            "outputs": dict(outputs),
            "documents": {source: asdict(entry) for source, entry in sorted(kept.items())},
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = self.folder / (_INDEX + ".partial")
        partial.write_text(json.dumps(index, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        os.replace(partial, self.folder / _INDEX)
        self.entries, self._state, self._outputs = kept, state, dict(outputs)
        self._delete_unused(kept.values())

    def _delete_unused(self, entries: Iterable[CacheEntry]) -> None:
        used = {name for entry in entries for name in (entry.file_name, entry.text_name)}
        for folder in (self.folder / _QUADS, self.folder / _TEXTS):
            if folder.is_dir():
                for path in folder.iterdir():
                    if path.name not in used:
                        path.unlink(missing_ok=True)


def write_whole(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all: a build killed while writing leaves the old file or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_bytes(data)
    os.replace(partial, path)
