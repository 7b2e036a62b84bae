"""The build: read → build → resolve → graph, for a batch of files, and the outputs it writes.

One bad file never sinks a batch: each document is processed on its own and
its failure is reported with its reason. Outputs are written to a new
generation folder and switched to in one atomic step, so an interrupted build
leaves the previous outputs whole. The same input gives the same bytes, however
the documents were built:

* **incrementally**: each document's result is cached under ``OUT/cache/``
  (see :mod:`kg.cache`); a rebuild processes only new and changed files, and
  drops the graphs of deleted ones;
* **in parallel**: ``workers`` processes, or a Dask cluster (see :mod:`kg.parallel`).

Each document's named graph travels as sorted N-Quads. The outputs are merged
from these chunks, ordered by graph name, without holding the whole graph in
memory: the quads of a graph are contiguous and sorted, so the dataset is their
concatenation, and the merged Turtle graph is a streaming merge of sorted runs.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any, BinaryIO

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store, Triple, parse, serialize

from kg import builders, lang, parallel
from kg.cache import CacheEntry, DocumentCache, digest_files, document_key
from kg.graph.writer import document_quads
from kg.model import Entity, Mention
from kg.publish import PUBLISHED_FILES, source_names, write_build_description
from kg.readers import SUFFIXES, ReadError, read
from kg.readers.manifest import MANIFEST_NAME, manifest_entry

__all__ = [
    "OUTPUTS",
    "PREFIXES",
    "BuildReport",
    "DocumentReport",
    "DocumentResult",
    "GraphDigest",
    "build",
    "build_document",
    "built_graphs",
    "collect_files",
    "ontology_quads",
    "process_file",
]

#: Where complete builds are kept, and the link to the one in use (see ``write_outputs``).
GENERATIONS = ".generations"
CURRENT = ".current"

#: The list of the build's named graphs, each with the digest and size of its content.
GRAPHS = "graphs.json"
#: What a build writes into its output folder (beside its cache, ``cache/``).
OUTPUTS = ("graph.trig", "graph.ttl", "graph.jsonld", GRAPHS, "report.json", "store", *PUBLISHED_FILES)

PREFIXES = {
    "pk": "https://w3id.org/policy-kg/ontology#",
    "act": "https://w3id.org/policy-kg/ontology/action/",
    "force": "https://w3id.org/policy-kg/ontology/force/",
    "id": "https://w3id.org/policy-kg/id/",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "qb": "http://purl.org/linked-data/cube#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


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


# --- reading and building one document ------------------------------------------------


def collect_files(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """Files to read, with the source name each is reported under, in a stable order.

    A folder contributes every file below it with a suffix kg reads (hidden
    files and the manifest excepted); a file named explicitly is always taken,
    so that an unsupported one is reported rather than silently passed over.
    A file's source name is its path below the folder given, under that folder's
    name (:func:`kg.publish.source_names`), wherever the build runs.
    """
    found: list[tuple[Path, Path]] = []
    for path in paths:
        if path.is_dir():
            found.extend((path, child) for child in sorted(path.rglob("*")) if _readable_child(child, path))
        else:
            found.append((path, path))
    named = source_names(found)
    return [(named[source], source) for source in sorted(named)]


def _readable_child(child: Path, root: Path) -> bool:
    relative = child.relative_to(root)
    hidden = any(part.startswith(".") for part in relative.parts)
    return child.is_file() and not hidden and child.suffix.lower() in SUFFIXES and child.name != MANIFEST_NAME


def process_file(path: Path, source: str) -> tuple[DocumentReport, str | None, Iterable[Quad]]:
    """Read, build, resolve and graph one file; never raises for a bad document."""
    try:
        document = read(path, source=source)
    except ReadError as error:
        return DocumentReport(source=source, status="failed", error=error.reason), None, []
    report = DocumentReport(source=source, status="built", language=document.language)
    try:
        fit = builders.best_fit(document)  # the chosen builder builds from what its score read
        report.builder, report.builder_version = fit.builder.name, fit.builder.version
        extraction = fit.build()
        graph, quads = document_quads(document, extraction, _resolver(document.language))
    except Exception as error:  # a builder bug must not sink the batch; the report names it
        report.status, report.error = "failed", f"{type(error).__name__}: {error}"
        return report, None, []
    report.graph, report.counts, report.warnings = graph, extraction.counts(), list(extraction.warnings)
    if document.language not in lang.SUPPORTED:
        report.warnings.insert(0, _UNREAD_LANGUAGE.format(language=document.language or "undetermined"))
    return report, graph, quads


# A document in a language without a pack is still read for what needs no words of it.
_UNREAD_LANGUAGE = "no language pack for {language}: only names, symbols and figures are read"


def build_document(path: Path, source: str) -> DocumentResult:
    """:func:`process_file` with its quads as sorted N-Quads: the unit of work of every runner."""
    report, graph, quads = process_file(path, source)
    return DocumentResult(report, graph, _sorted_nquads(quads))


def _sorted_nquads(quads: Iterable[Quad]) -> bytes:
    """N-Quads with sorted lines: within one graph, the order of (subject, predicate, object).

    A term's N-Quads form never continues past its end with a character that sorts before
    the space that follows it, so sorting lines sorts by the terms.
    """
    data = serialize(quads, format=RdfFormat.N_QUADS) or b""  # bytes, as no output file is given
    return b"".join(sorted(set(data.splitlines(keepends=True))))


def _resolver(language: str | None):
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


@dataclass(frozen=True)
class _Chunk:
    """One named graph of the dataset: its sorted N-Quads, in a file or in memory."""

    graph: str
    quads: int
    sha256: str  # of the N-Quads
    path: Path | None = None
    data: bytes = b""

    @property
    def sort_key(self) -> str:
        return f"<{self.graph}>"  # graphs in the order of their N-Quads form, as their quads sort

    def read(self) -> bytes:
        return self.path.read_bytes() if self.path is not None else self.data


def build(
    paths: Sequence[Path],
    out: Path,
    *,
    workers: int = 1,
    scheduler: str | None = None,
    rebuild: bool = False,
) -> BuildReport:
    """Build the graph of ``paths`` into ``out`` and return what happened to each file.

    Only files new or changed since the last build into ``out`` are processed
    (all of them with ``rebuild``), on ``workers`` processes or on the Dask
    cluster at ``scheduler``. The outputs do not depend on any of these.
    """
    files = collect_files(paths)
    _forget_manifests()
    cache = DocumentCache(out, environment_fingerprint())
    keys = {source: document_key(path, source, _manifest(path)) for path, source in files}
    entries = {} if rebuild else {source: cache.get(source, key) for source, key in keys.items()}
    todo = [(path, source) for path, source in files if entries.get(source) is None]
    for result in parallel.run(build_document, todo, workers=workers, scheduler=scheduler):
        entries[result.report.source] = _record(cache, keys[result.report.source], result)
    report, chunks = _merge(files, entries, cache, out)
    report.processed = sorted(source for _, source in todo)
    state, stats = _state_digest(keys), _output_stats(out)
    if todo or not cache.outputs_unchanged(state, stats):
        # The store of the last build is brought up to date only if it is as that build left it.
        write_outputs(chunks, report, out, reuse_store=cache.output_intact("store", stats))
    cache.save([source for _, source in files], state, _output_stats(out))
    return report


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
    except (OSError, ValueError):  # an unreadable manifest: the reader will say so
        return {}


def _record(cache: DocumentCache, key: str | None, result: DocumentResult) -> CacheEntry:
    """Cache a fresh result. A file that could not be read has no key: its entry is never found again."""
    source = result.report.source
    key = key or "unread-" + hashlib.sha256(source.encode()).hexdigest()
    return cache.put(source, key, asdict(result.report), result.graph, result.nquads)


def _merge(
    files: list[tuple[Path, str]], entries: dict[str, Any], cache: DocumentCache, out: Path
) -> tuple[BuildReport, list[_Chunk]]:
    """The report and the graphs of the build, in source order, each graph from its first source."""
    reports: list[DocumentReport] = []
    chunks: list[_Chunk] = []
    seen_graphs: dict[str, str] = {}
    for _, source in files:
        entry: CacheEntry = entries[source]
        report = DocumentReport(**entry.report)
        if entry.graph is not None and entry.graph in seen_graphs:
            report.status = "failed"
            report.error = f"same work and language as {seen_graphs[entry.graph]} (graph {entry.graph}); not added"
        elif entry.graph is not None:
            seen_graphs[entry.graph] = source
            chunks.append(_Chunk(entry.graph, entry.quads, entry.sha256, path=cache.quads_path(entry)))
        reports.append(report)
    chunks.extend(_ontology_chunks())
    chunks.sort(key=lambda chunk: chunk.sort_key)
    return BuildReport(documents=reports, out=out, quads=sum(c.quads for c in chunks)), chunks


def _ontology_chunks() -> list[_Chunk]:
    by_graph: dict[str, list[Quad]] = {}
    for quad in ontology_quads():
        by_graph.setdefault(str(quad.graph_name)[1:-1], []).append(quad)  # always a named graph: <IRI>
    chunks = []
    for graph, quads in by_graph.items():
        data = _sorted_nquads(quads)
        chunks.append(_Chunk(graph, data.count(b"\n"), hashlib.sha256(data).hexdigest(), data=data))
    return chunks


def _state_digest(keys: dict[str, str | None]) -> str:
    """A digest of the input of a build: which sources, with which content."""
    return hashlib.sha256(json.dumps(sorted(keys.items())).encode()).hexdigest()


def _output_stats(out: Path) -> dict[str, list]:
    """Size and modification time of each output file, and of each file of the store.

    Any write to an output after the build (a damaged store, an edited graph)
    changes these, so the next build writes the outputs again.
    """
    stats: dict[str, list] = {}
    for name in OUTPUTS:
        path = out / name
        if path.is_dir():
            stats[name] = [_file_stat(file) for file in sorted(path.iterdir()) if _is_store_data(file)]
        elif path.is_file():
            stats[name] = _file_stat(path)
    return stats


def _file_stat(path: Path) -> list:
    status = path.stat()
    return [path.name, status.st_size, status.st_mtime_ns]


def _is_store_data(path: Path) -> bool:
    # RocksDB's own logs change whenever the store is opened, even read-only.
    return path.is_file() and not path.name.startswith("LOG")


# --- the outputs ---------------------------------------------------------------------------


def write_outputs(chunks: list[_Chunk], report: BuildReport, out: Path, *, reuse_store: bool = False) -> None:
    """Write every output into a new generation folder, then switch to it in one step.

    ``out/graph.trig`` and the other outputs are links into ``out/.current``,
    itself a link to the newest complete generation; replacing that one link
    is atomic, so a build stopped at any moment leaves the previous outputs
    whole, never a mix of two builds.
    """
    out.mkdir(parents=True, exist_ok=True)
    generations = out / GENERATIONS
    generations.mkdir(exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="staging-", dir=generations))
    current = out / CURRENT
    previous = current.resolve() if reuse_store and current.is_symlink() else None
    _write_generation(chunks, report, staging, previous)
    write_build_description(staging)  # the dataset's VoID/DCAT description and the ontology's page
    generation = staging.with_name(f"generation-{time.time_ns()}")
    os.rename(staging, generation)
    _switch(out, generation)
    _link_outputs(out)
    _remove_stale_generations(out, keep=generation)


def _write_generation(chunks: list[_Chunk], report: BuildReport, folder: Path, previous: Path | None) -> None:
    dataset, union = folder / "graph.nq", folder / "union.nt"
    spans = _concatenate(chunks, dataset)
    contents = {chunk.graph: chunk.sha256 for chunk in chunks}
    _write_graph_list(chunks, folder / GRAPHS)
    update = _store_update(previous, chunks, contents)
    store = _copy_of(update.source, folder / "store") if update is not None else None
    # Filling the store (RocksDB) takes longer than every file together, and pyoxigraph
    # releases the GIL while it parses, serialises and loads: the store fills in other
    # threads while this one writes the files.
    with ThreadPoolExecutor(max_workers=2) as pool:
        if store is not None and update is not None:  # the last build's store, brought up to date
            loads = [pool.submit(_update_store, store, update.removed, update.added)]
            _write_union(dataset, spans, union)
            compact = False
        else:
            store = Store(str(folder / "store"))
            loads = [pool.submit(_load, store, dataset, RdfFormat.N_QUADS)]
            _write_union(dataset, spans, union)
            loads.append(pool.submit(_load, store, union, RdfFormat.N_TRIPLES))
            compact = True
        _convert(dataset, RdfFormat.N_QUADS, folder / "graph.trig", RdfFormat.TRIG)
        _write_jsonld(dataset, folder / "graph.jsonld")
        _convert(union, RdfFormat.N_TRIPLES, folder / "graph.ttl", RdfFormat.TURTLE)
        (folder / "report.json").write_text(report.to_json(), encoding="utf-8")
        for load in loads:
            load.result()
    if compact:
        store.optimize()  # a compacted store answers queries about twice as fast
    store.flush()
    del store  # closes the database before the generation is renamed
    dataset.unlink()
    union.unlink()


#: Beyond this share of graphs changed, loading afresh (and compacting) is the quicker way.
_MOST_CHANGED = 0.2


@dataclass(frozen=True)
class GraphDigest:
    """What ``graphs.json`` says of one named graph of a build.

    ``sha256`` is the digest of the graph's triples as N-Quads, one line each,
    lines sorted, in UTF-8: the same graph gives the same digest in every build
    (a build holds no blank nodes), so a publisher can tell which graphs changed.
    """

    sha256: str
    triples: int


def built_graphs(out: Path) -> dict[str, GraphDigest]:
    """The named graphs of the build in ``out``, by IRI, as its ``graphs.json`` lists them.

    Raises FileNotFoundError when ``out`` holds no build, ValueError when the list is damaged.
    """
    path = out / GRAPHS
    if not path.is_file():
        raise FileNotFoundError(f"no build in {out}/ (no {GRAPHS}): run 'kg build --out {out}' first")
    return _read_graph_list(path)


def _write_graph_list(chunks: list[_Chunk], target: Path) -> None:
    listed = {chunk.graph: {"sha256": chunk.sha256, "triples": chunk.quads} for chunk in chunks}
    target.write_text(json.dumps(listed, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _read_graph_list(path: Path) -> dict[str, GraphDigest]:
    listed = json.loads(path.read_text(encoding="utf-8"))
    try:
        return {graph: GraphDigest(fields["sha256"], int(fields["triples"])) for graph, fields in listed.items()}
    except (AttributeError, KeyError, TypeError) as error:
        raise ValueError(f"{path}: not a list of graphs with their digests") from error


@dataclass(frozen=True)
class _StoreUpdate:
    source: Path  # the store of the previous generation
    removed: list[str]  # graphs to take out: gone, or changed
    added: list[_Chunk]  # graphs to load: new, or changed


def _store_update(previous: Path | None, chunks: list[_Chunk], contents: dict[str, str]) -> _StoreUpdate | None:
    """What turns the store of the ``previous`` generation into one of ``contents``; None to load afresh."""
    if previous is None or not (previous / "store").is_dir():
        return None
    try:
        held = {graph: digest.sha256 for graph, digest in _read_graph_list(previous / GRAPHS).items()}
    except (OSError, ValueError):  # a generation of an older kg, or damaged: load afresh
        return None
    removed = sorted(graph for graph, digest in held.items() if contents.get(graph) != digest)
    added = [chunk for chunk in chunks if held.get(chunk.graph) != chunk.sha256]
    if len({*removed, *(chunk.graph for chunk in added)}) > _MOST_CHANGED * max(len(chunks), 1):
        return None
    return _StoreUpdate(previous / "store", removed, added)


def _copy_of(source: Path, target: Path) -> Store | None:
    """A writable copy of the store at ``source`` (hard links: instant), or None when it cannot be read."""
    try:
        Store.read_only(str(source)).backup(str(target))
        return Store(str(target))
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        return None


def _update_store(store: Store, removed: list[str], added: list[_Chunk]) -> None:
    """Replace graphs in a copy of a store, keeping its default graph the merge of its named graphs.

    A triple of a removed graph leaves the default graph only when no named graph holds it still.
    """
    dropped: set[Triple] = set()
    for graph in removed:
        node = NamedNode(graph)
        dropped.update(quad.triple for quad in store.quads_for_pattern(None, None, None, node))
        store.remove_graph(node)
    for chunk in added:
        data = chunk.read()
        store.bulk_load(data, RdfFormat.N_QUADS)
        store.extend(Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in parse(data, RdfFormat.N_QUADS))
    for triple in dropped:
        holders = store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None)
        if not any(isinstance(quad.graph_name, NamedNode) for quad in holders):
            store.remove(Quad(triple.subject, triple.predicate, triple.object, DefaultGraph()))


def _switch(out: Path, generation: Path) -> None:
    """Point ``out/.current`` at ``generation``: a new link renamed over the old one."""
    link = out / f"{CURRENT}.new"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(Path(GENERATIONS) / generation.name)
    _replace(link, out / CURRENT)


def _link_outputs(out: Path) -> None:
    """Make each output a link into ``.current`` (once; outputs of older builds are replaced)."""
    for name in OUTPUTS:
        path, target = out / name, Path(CURRENT) / name
        if path.is_symlink() and Path(os.readlink(path)) == target:
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        elif path.exists() or path.is_symlink():
            path.unlink()
        path.symlink_to(target)


def _remove_stale_generations(out: Path, keep: Path) -> None:
    """Earlier generations, and what builds stopped half-way left behind."""
    for folder in (out / GENERATIONS).iterdir():
        if folder != keep:
            shutil.rmtree(folder, ignore_errors=True)
    for leftover in (out / ".staging", out / "store.old"):
        shutil.rmtree(leftover, ignore_errors=True)


@dataclass(frozen=True)
class _Span:
    """Where one graph's quads lie in the concatenated dataset."""

    graph: str
    start: int
    end: int


def _concatenate(chunks: list[_Chunk], target: Path) -> list[_Span]:
    spans = []
    with target.open("wb") as sink:
        for chunk in chunks:
            start = sink.tell()
            sink.write(chunk.read())
            spans.append(_Span(chunk.graph, start, sink.tell()))
    return spans


def _convert(source: Path, source_format: RdfFormat, target: Path, target_format: RdfFormat) -> None:
    """Re-serialise a file, streaming: neither side is held in memory whole."""
    quads = parse(path=str(source), format=source_format)
    serialize(quads, str(target), target_format, prefixes=PREFIXES)


def _write_jsonld(dataset: Path, target: Path) -> None:
    """JSON-LD with an inline context naming our prefixes; never a remote context.

    pyoxigraph writes the graphs in expanded form and streams; the context is
    wrapped around them so that consumers that compact get the usual prefixes.
    """
    with target.open("wb") as sink:
        sink.write(b'{"@context": ' + json.dumps(PREFIXES, sort_keys=True).encode() + b', "@graph": ')
        serialize(parse(path=str(dataset), format=RdfFormat.N_QUADS), sink, RdfFormat.JSON_LD)
        sink.write(b"}\n")


def _write_union(dataset: Path, spans: list[_Span], target: Path) -> None:
    """The triples of every graph as one sorted N-Triples file, each triple once.

    Each graph's lines are sorted already, so the union is a k-way merge of
    sorted runs read straight from the dataset file: memory holds one block a graph.
    """
    with dataset.open("rb") as source, target.open("wb") as sink:
        runs = [_triple_lines(source, span) for span in spans]
        previous = None
        for line in heapq.merge(*runs):
            if line != previous:
                sink.write(line)
                previous = line


def _triple_lines(source: BinaryIO, span: _Span, block: int = 1 << 13) -> Iterator[bytes]:
    """The lines of one graph's quads with the graph name taken out, in their (sorted) order."""
    suffix = f" <{span.graph}> .".encode()
    descriptor, position, rest = source.fileno(), span.start, b""
    while position < span.end:
        data = os.pread(descriptor, min(block, span.end - position), position)
        position += len(data)
        lines = (rest + data).split(b"\n")
        rest = lines.pop()
        for line in lines:
            yield line.removesuffix(suffix) + b" .\n"


# Bytes of N-Quads a bulk load takes at once: one bulk load of a whole dataset holds it all
# in memory (1.2 GB for 1.6 million quads); 32 MB at a time keep a load near 0.3 GB.
_STORE_BATCH = 32 << 20


def _load(store: Store, source: Path, source_format: RdfFormat) -> None:
    """Bulk-load a line-based file (N-Quads, N-Triples) into ``store``, a batch of whole lines at a time.

    The build's store holds every document in its named graph and, as the default graph,
    their merge with each triple once (``union``). Queries read the default graph: the
    store's "union of named graphs" mode would return a triple once per graph that holds
    it (every document's graph describes the entities it mentions), which multiplies
    joins and misleads counts.
    """
    with source.open("rb") as lines:
        while batch := lines.readlines(_STORE_BATCH):
            store.bulk_load(b"".join(batch), source_format)


def _replace(new: Path, target: Path) -> None:
    """Rename ``new`` over ``target`` atomically (POSIX rename)."""
    os.replace(new, target)
