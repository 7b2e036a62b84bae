"""The build: read → build → resolve → graph, for a batch of files, then the outputs.

One bad file never sinks a batch: each document is processed on its own, and
whatever goes wrong in reading or building it (a reader's refusal, a builder's
bug, a file that takes longer than its time budget) is that file's entry in the
report. The same input gives the same bytes, however the documents were built:

* **incrementally**: each document's result is cached under ``OUT/cache/``
  (see :mod:`kg.cache`); a rebuild processes only new and changed files, and
  drops the graphs of deleted ones;
* **in parallel**: ``workers`` processes, or a Dask cluster (see :mod:`kg.parallel`).

Each document's named graph travels as sorted N-Quads; the build folder
(:mod:`kg.buildfolder`) writes the outputs from these chunks, one build at a time.
"""

from __future__ import annotations

import hashlib
import json
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyoxigraph import NamedNode, Quad, RdfFormat, parse, serialize

from kg import builders, buildfolder, lang, lifecycle, parallel
from kg.buildfolder import Chunk
from kg.cache import CacheEntry, DocumentCache, digest_files, document_key
from kg.graph.writer import DocumentQuads, document_quads
from kg.lifecycle import mandates
from kg.model import Entity, Mention
from kg.progress import Progress, ProgressTracker
from kg.publish import source_names
from kg.readers import SUFFIXES, ReadError, read
from kg.readers.manifest import MANIFEST_NAME, ManifestError, manifest_entry, manifest_problem

if TYPE_CHECKING:
    from kg.publish.dataset import Addresses

__all__ = [
    "BuildReport",
    "DocumentReport",
    "DocumentResult",
    "Inputs",
    "build",
    "build_document",
    "collect_files",
    "collect_inputs",
    "ontology_quads",
    "process_file",
]


@dataclass
class DocumentReport:
    """What happened to one file."""

    source: str
    status: str  # "built" or "failed"
    language: str | None = None
    builder: str | None = None
    builder_version: str | None = None
    graph: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class BuildReport:
    documents: list[DocumentReport]
    out: Path
    quads: int = 0
    #: Sources read and built by this build; the others came from the cache.
    processed: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[DocumentReport]:
        return [d for d in self.documents if d.status == "failed"]

    def to_json(self) -> str:
        # What was processed and what came from the cache is left out: a rebuild and a clean
        # build of the same input write the same bytes.
        body = {
            "documents": [asdict(d) for d in self.documents],
            "totals": {
                "documents": len(self.documents),
                "built": len(self.documents) - len(self.failed),
                "failed": len(self.failed),
                "quads": self.quads,
            },
        }
        return json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


@dataclass
class DocumentResult:
    """One document built, as plain data that crosses process boundaries: quads as N-Quads bytes."""

    report: DocumentReport
    graph: str | None
    nquads: bytes  # the document's named graph, one quad a line, lines sorted
    #: False for a failure that says nothing lasting of the file (it ran out of time on a busy
    #: machine): such a result is not cached, and the next build tries the file again.
    lasting: bool = True
    text: str = ""  # the document's text as read: the spans of the graph's facts are offsets into it


# --- which files ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Inputs:
    """The files of a build, each with the source name it is reported under, and those refused unread."""

    files: list[tuple[Path, str]]
    refused: dict[str, str] = field(default_factory=dict)  # source → why it was not read


def collect_files(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """Files to read, with the source name each is reported under, in a stable order (see :func:`collect_inputs`)."""
    return collect_inputs(paths).files


def collect_inputs(paths: Iterable[Path]) -> Inputs:
    """Files to read and files refused, in a stable order.

    A folder contributes every file below it with a suffix kg reads (hidden
    files and the manifest excepted); a file named explicitly is always taken,
    so that an unsupported one is reported rather than silently passed over.
    Refused, each with its reason: a link in a folder to a file outside it (a
    corpus must not read ``/etc/passwd`` because a link says so), a named pipe
    or device with a readable suffix, and a folder's damaged manifest. A file's
    source name is its path below the folder given, under that folder's name
    (:func:`kg.publish.source_names`), wherever the build runs.
    """
    accepted: list[tuple[Path, Path]] = []
    refused: dict[str, str] = {}
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if not _wanted_child(child, path):
                    continue
                reason = _refusal(child, path)
                if reason is None:
                    accepted.append((path, child))
                else:
                    refused[child.as_posix()] = reason
        else:
            accepted.append((path, path))
    named = source_names(accepted)
    refused.update(_damaged_manifests(named))
    return Inputs([(named[source], source) for source in sorted(named)], refused)


def _wanted_child(child: Path, root: Path) -> bool:
    relative = child.relative_to(root)
    hidden = any(part.startswith(".") for part in relative.parts)
    return not hidden and child.suffix.lower() in SUFFIXES and child.name != MANIFEST_NAME and not child.is_dir()


def _refusal(child: Path, root: Path) -> str | None:
    """Why a file found in folder ``root`` is not read; None when it is read."""
    target = child.resolve()  # the file itself, through any link on its way
    if not target.is_relative_to(root.resolve()):
        return f"a link to a file outside {root.as_posix()}/ ({target}); not read"
    try:
        mode = child.stat().st_mode
    except OSError as error:  # a dangling link: the reader says so
        return f"cannot open: {error.strerror or error}"
    if not stat.S_ISREG(mode):
        return "not a regular file (a named pipe, a device or a socket); not read"
    return None


def _damaged_manifests(found: dict[str, Path]) -> dict[str, str]:
    """A failure entry for each damaged manifest of the folders read; their files are built without it."""
    folders = {Path(source).parent: path.parent for source, path in found.items()}
    damaged = {}
    for folder_source, folder in sorted(folders.items()):
        problem = manifest_problem(folder)
        if problem is not None:
            source = (folder_source / MANIFEST_NAME).as_posix()
            damaged[source] = f"{problem.reason}; the folder's files are read without it"
    return damaged


# --- reading and building one document ------------------------------------------------


def process_file(path: Path, source: str) -> tuple[DocumentReport, str | None, Iterable[Quad]]:
    """Read, build, resolve and graph one file; never raises for a bad document."""
    report, graph, quads, _text = _process(path, source)
    return report, graph, quads


def _process(path: Path, source: str) -> tuple[DocumentReport, str | None, Iterable[Quad], str]:
    """:func:`process_file`, and the text as read, which the graph's spans point into."""
    try:
        document = read(path, source=source)
    except ReadError as error:
        return _failed(source, error.reason), None, [], ""
    except Exception as error:  # a reader's bug must not sink the batch; the report names it
        return _failed(source, f"could not be read ({_describe(error)})"), None, [], ""
    report = DocumentReport(source=source, status="built", language=document.language)
    try:
        fit = builders.best_fit(document)  # the chosen builder builds from what its score read
        report.builder, report.builder_version = fit.builder.name, fit.builder.version
        extraction = fit.build()
        graph, quads = document_quads(document, extraction, _resolver(document.language))
    except Exception as error:  # a builder bug must not sink the batch; the report names it
        report.status, report.error = "failed", _describe(error)
        return report, None, [], ""
    report.graph, report.counts, report.warnings = graph, extraction.counts(), list(extraction.warnings)
    if document.language not in lang.SUPPORTED:
        report.warnings.insert(0, _UNREAD_LANGUAGE.format(language=document.language or "undetermined"))
    return report, graph, quads, document.text


# A document in a language without a pack is still read for what needs no words of it.
_UNREAD_LANGUAGE = "no language pack for {language}: only names, symbols and figures are read"


def _failed(source: str, reason: str) -> DocumentReport:
    return DocumentReport(source=source, status="failed", error=reason)


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def build_document(path: Path, source: str, time_budget: float | None = None) -> DocumentResult:
    """:func:`process_file` with its quads as sorted N-Quads: the unit of work of every runner.

    Never raises for a bad document: a failure to serialise its graph, or a file
    that takes longer than ``time_budget`` seconds, is the document's failure.
    """
    try:
        with parallel.time_budget(time_budget):
            report, graph, quads, text = _process(path, source)
            return DocumentResult(report, graph, _sorted_nquads(quads), text=text)
    except parallel.OverBudget:
        reason = f"took longer than its time budget ({time_budget:g} s); not built"
        return DocumentResult(_failed(source, reason), None, b"", lasting=False)
    except Exception as error:  # the graph of a document could not be serialised
        return DocumentResult(_failed(source, f"its graph could not be written ({_describe(error)})"), None, b"")


def _crashed(path: Path, source: str) -> DocumentResult:
    """The result of a file whose worker process died: killed, out of memory, or a crash in a C library."""
    reason = "the process building it stopped (killed, out of memory, or a crash); not built"
    return DocumentResult(_failed(source, reason), None, b"", lasting=False)


def _sorted_nquads(quads: Iterable[Quad]) -> bytes:
    """N-Quads with sorted lines: within one graph, the order of (subject, predicate, object).

    A term's N-Quads form never continues past its end with a character that sorts before
    the space that follows it, so sorting lines sorts by the terms.
    """
    if isinstance(quads, DocumentQuads):  # a document's graph writes its own lines, without making quads
        return quads.sorted_nquads()
    data = serialize(quads, format=RdfFormat.N_QUADS) or b""  # bytes, as no output file is given
    return b"".join(sorted(set(data.splitlines(keepends=True))))


def _resolver(language: str | None) -> Callable[[Mention], Entity]:
    from kg.resolve import resolve

    cache: dict[Mention, Entity] = {}

    def resolve_mention(mention: Mention) -> Entity:
        if mention not in cache:
            cache[mention] = resolve(mention, language)
        return cache[mention]

    return resolve_mention


def ontology_quads() -> list[Quad]:
    """The ontology and its schemes, in the named graph of the ontology IRI.

    Every hand-edited file but the shapes goes there: the shapes describe the
    data, they are not part of it.
    """
    from kg.ontology import ONTOLOGY_DIR, ONTOLOGY_IRI

    graph = NamedNode(str(ONTOLOGY_IRI))
    quads: list[Quad] = []
    for path in sorted(ONTOLOGY_DIR.glob("*.ttl")):
        if not path.name.startswith("shapes"):
            quads.extend(
                Quad(t.subject, t.predicate, t.object, graph) for t in parse(path=str(path), format=RdfFormat.TURTLE)
            )
    return quads


# --- the build ---------------------------------------------------------------------------


def build(
    paths: Sequence[Path],
    out: Path,
    *,
    workers: int = 1,
    scheduler: str | None = None,
    rebuild: bool = False,
    time_budget: float | None = parallel.DEFAULT_TIME_BUDGET,
    on_wait: Callable[[str], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    addresses: Addresses | None = None,
) -> BuildReport:
    """Build the graph of ``paths`` into ``out`` and return what happened to each file.

    Only files new or changed since the last build into ``out`` are processed
    (all of them with ``rebuild``), on ``workers`` processes or on the Dask
    cluster at ``scheduler``; each file may take ``time_budget`` seconds. The
    outputs do not depend on any of these. A build into a folder another build
    is writing waits for it, after telling ``on_wait`` who holds the folder.
    ``on_progress`` hears how far the build is after each document it builds.
    The dataset's description gives the ``addresses`` it is published at.
    """
    with buildfolder.locked(out, on_wait):
        buildfolder.remove_staging(out)
        return _build(
            paths,
            out,
            workers=workers,
            scheduler=scheduler,
            rebuild=rebuild,
            time_budget=time_budget,
            on_progress=on_progress or _unheard,
            addresses=addresses,
        )


def _unheard(_: Progress) -> None:
    """No one follows the build."""


def _build(
    paths: Sequence[Path],
    out: Path,
    *,
    workers: int,
    scheduler: str | None,
    rebuild: bool,
    time_budget: float | None,
    on_progress: Callable[[Progress], None],
    addresses: Addresses | None,
) -> BuildReport:
    _forget_manifests()
    inputs = collect_inputs(paths)
    cache = DocumentCache(out, environment_fingerprint())
    keys = {source: document_key(path, source, _manifest(path)) for path, source in inputs.files}
    entries: dict[str, CacheEntry | None] = {}
    if not rebuild:
        entries = {source: cache.get(source, key) for source, key in keys.items()}
    todo = [(path, source) for path, source in inputs.files if entries.get(source) is None]
    work = partial(build_document, time_budget=time_budget)
    sizes = {source: _size(path) for path, source in todo}
    tracker = ProgressTracker(len(inputs.files), len(inputs.files) - len(todo), sum(sizes.values()))
    unfinished = False
    for result in parallel.run(work, todo, workers=workers, scheduler=scheduler, crashed=_crashed):
        source = result.report.source
        entries[source] = _record(cache, keys[source], result) if result.lasting else _unrecorded(result.report)
        unfinished = unfinished or not result.lasting
        on_progress(tracker.advance(sizes[source]))
    for source, reason in inputs.refused.items():
        entries[source] = _unrecorded(_failed(source, reason))
    report, chunks = _merge(sorted(entries), entries, cache, out)
    report.processed = sorted([*(source for _, source in todo), *inputs.refused])
    state = _state_digest({**keys, **{source: f"refused: {reason}" for source, reason in inputs.refused.items()}})
    state = _state_digest({"": state, "published at": repr(addresses)}) if addresses else state
    # Each output is read once for its digest when nothing changed, the store once more when something did.
    intact = buildfolder.current_generation_intact(out)
    digests = buildfolder.output_digests(out) if intact and not todo else {}
    if not digests or not cache.outputs_unchanged(state, digests):
        # The store of the last build is brought up to date only if it is as that build left it.
        held = digests or buildfolder.output_digests(out, names=[buildfolder.STORE])
        reuse = intact and cache.output_intact(buildfolder.STORE, held)
        buildfolder.write_outputs(chunks, report.to_json(), out, reuse_store=reuse, addresses=addresses)
        digests = buildfolder.output_digests(out)
    # Outputs with a file left unfinished are never those of a state: the next build writes them again.
    recorded = f"unfinished {state}" if unfinished else state
    cache.save([source for _, source in inputs.files], recorded, digests)
    return report


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # gone or unreadable: the reader reports it
        return 0


def environment_fingerprint() -> dict[str, str]:
    """What every document's result depends on besides the document itself (see :mod:`kg.cache`)."""
    from kg.ontology import ONTOLOGY_DIR

    package = Path(__file__).resolve().parent
    data = package / "resolve" / "data"
    return {
        "builders": ", ".join(_builder_versions()),
        # Builders' versions are not always bumped while they are being written: their code counts too.
        "code": digest_files(package.rglob("*.py"), package),
        "resolver-data": digest_files((p for p in data.rglob("*") if p.is_file()), data),
        "ontology": digest_files(ONTOLOGY_DIR.glob("*.ttl"), ONTOLOGY_DIR),
        "pyoxigraph": version("pyoxigraph"),
    }


def _builder_versions() -> list[str]:
    versions = []
    for name in builders.REGISTRY:
        try:
            versions.append(f"{name} {builders.get(name).version}")
        except Exception as error:  # a builder that cannot load fails every document: that is a state too
            versions.append(f"{name} unavailable ({type(error).__name__})")
    return versions


def _forget_manifests() -> None:
    """Make this build see the manifests as they are now, not as an earlier build in this process read them."""
    from kg.readers import manifest

    manifest._load.cache_clear()  # the readers keep each folder's manifest for the life of the process


def _manifest(path: Path) -> dict[str, str]:
    try:
        return manifest_entry(path)
    except (OSError, ManifestError):  # a damaged manifest has an entry of its own in the report
        return {}


def _record(cache: DocumentCache, key: str | None, result: DocumentResult) -> CacheEntry:
    """Cache a fresh result. A file that could not be read has no key: its entry is never found again."""
    source = result.report.source
    key = key or "unread-" + hashlib.sha256(source.encode()).hexdigest()
    return cache.put(source, key, asdict(result.report), result.graph, result.nquads, result.text)


def _unrecorded(report: DocumentReport) -> CacheEntry:
    """A failure kept for this build's report only: the next build looks at the file again."""
    return CacheEntry(key="", report=asdict(report), graph=None, quads=0, sha256="")


def _merge(
    sources: list[str], entries: dict[str, Any], cache: DocumentCache, out: Path
) -> tuple[BuildReport, list[Chunk]]:
    """The report and the graphs of the build, in source order, each graph from its first source."""
    reports: list[DocumentReport] = []
    chunks: list[Chunk] = []
    seen_graphs: dict[str, str] = {}
    for source in sources:
        entry: CacheEntry = entries[source]
        report = DocumentReport(**entry.report)
        if entry.graph is not None and entry.graph in seen_graphs:
            report.status = "failed"
            report.error = f"same work and language as {seen_graphs[entry.graph]} (graph {entry.graph}); not added"
        elif entry.graph is not None:
            seen_graphs[entry.graph] = source
            text = cache.text_path(entry) if entry.text_sha256 else None
            chunks.append(Chunk(entry.graph, entry.quads, entry.sha256, path=cache.quads_path(entry), text=text))
        reports.append(report)
    derived, environment = cache.folder / "derived", json.dumps(cache.fingerprint)
    links = lifecycle.link_chunk(chunks, derived, environment)  # what several documents say together
    chunks.extend([links] if links else [])
    chunks.extend(_ontology_chunks())
    chunks.extend(mandates.mandates_chunks(chunks, derived, environment))
    chunks.sort(key=lambda chunk: chunk.sort_key)
    return BuildReport(documents=reports, out=out, quads=sum(c.quads for c in chunks)), chunks


def _ontology_chunks() -> list[Chunk]:
    by_graph: dict[str, list[Quad]] = {}
    for quad in ontology_quads():
        by_graph.setdefault(str(quad.graph_name)[1:-1], []).append(quad)  # always a named graph: <IRI>
    chunks = []
    for graph, quads in by_graph.items():
        data = _sorted_nquads(quads)
        chunks.append(Chunk(graph, data.count(b"\n"), hashlib.sha256(data).hexdigest(), data=data))
    return chunks


def _state_digest(keys: dict[str, str | None]) -> str:
    """A digest of the input of a build: which sources, with which content."""
    return hashlib.sha256(json.dumps(sorted(keys.items())).encode()).hexdigest()
