"""The build folder: its layout, and the reading and writing of the builds it keeps.

Layout of a build folder ``OUT/``::

    .lock                     held by the build writing into the folder (see :func:`locked`)
    .generations/
        generation-N/         one complete build: the OUTPUTS below, N its time in nanoseconds
        staging-*/            a build being written; removed when it fails, or by the next build
    .current                  a link to the generation in use
    graph.trig, graph.ttl,    links into .current (OUTPUTS): the dataset, the merged graph,
    graph.jsonld, graphs.json,  the list of named graphs with their digests, the report
    report.json, store          and the queryable store (RocksDB, through pyoxigraph)
    texts/                    each document's text as read, named by its graph (:func:`text_name`)
    cache/                    each document's last result (:mod:`kg.cache`)
    pushed/                   what each server was last sent (:mod:`kg.push`)
    views/                    the network views (:mod:`kg.views`)

A build writes a new generation and switches ``.current`` to it in one atomic
step (a rename), so an interrupted build leaves the previous outputs whole.
Only one build writes into a folder at a time; readers (``kg query``,
``kg serve``, ``kg push``) need no lock, as they only ever see whole generations.

The outputs are written from *chunks*, one per named graph, each the graph's
sorted N-Quads: the dataset is their concatenation and the merged graph a
streaming merge of sorted runs, so neither is held in memory whole.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import heapq
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store, Triple, parse, serialize

from kg.publish import PUBLISHED_FILES, write_build_description

if TYPE_CHECKING:
    from kg.publish.dataset import Addresses

__all__ = [
    "GRAPHS",
    "GRAPH_JSONLD",
    "GRAPH_TRIG",
    "GRAPH_TTL",
    "OUTPUTS",
    "PREFIXES",
    "PUSHED",
    "REPORT",
    "STORE",
    "BuildFolderBusy",
    "Chunk",
    "DamagedStoreError",
    "GraphDigest",
    "built_graphs",
    "current_generation_intact",
    "damaged_store_message",
    "document_text",
    "locked",
    "open_store",
    "output_digests",
    "remove_staging",
    "text_name",
    "write_outputs",
]

#: Where complete builds are kept, and the link to the one in use (see ``write_outputs``).
GENERATIONS = ".generations"
CURRENT = ".current"
LOCK = ".lock"
STAGING_PREFIX = "staging-"

GRAPH_TRIG = "graph.trig"
GRAPH_TTL = "graph.ttl"
GRAPH_JSONLD = "graph.jsonld"
#: The list of the build's named graphs, each with the digest and size of its content.
GRAPHS = "graphs.json"
REPORT = "report.json"
STORE = "store"
#: The texts of the documents, which the spans of their graphs' facts point into.
TEXTS = "texts"
#: What a build writes into its output folder, each a link into the current generation.
OUTPUTS = (GRAPH_TRIG, GRAPH_TTL, GRAPH_JSONLD, GRAPHS, REPORT, STORE, TEXTS, *PUBLISHED_FILES)
#: The ledgers of ``kg push``, one per server.
PUSHED = "pushed"

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


# --- one build at a time ---------------------------------------------------------------------------


class BuildFolderBusy(OSError):
    """Another build holds the folder and this one was asked not to wait."""


@contextmanager
def locked(out: Path, on_wait: Callable[[str], None] | None = None, *, wait: bool = True) -> Iterator[None]:
    """Hold the build folder's lock for the length of a ``with`` block.

    Two builds into one folder would each write a generation and remove the
    other's, leaving ``.current`` pointing at a deleted one. The second build
    waits for the first (after telling ``on_wait`` who holds the folder), or,
    with ``wait=False``, raises :class:`BuildFolderBusy`. The lock is the
    kernel's (``flock``): a build killed at any moment releases it.
    """
    out.mkdir(parents=True, exist_ok=True)
    path = out / LOCK
    with path.open("a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise
            message = f"{out}/ is being written by another build ({_holder(handle)})"
            if not wait:
                raise BuildFolderBusy(message + "; try again when it is done") from error
            if on_wait is not None:
                on_wait(message + "; waiting for it to finish")
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()} on {os.uname().nodename}, since {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def _holder(handle: Any) -> str:
    handle.seek(0)
    holder = handle.read().strip()
    return holder or "a process that has not said which"


# --- reading a build ---------------------------------------------------------------------------------


class DamagedStoreError(OSError):
    """The store of a build exists but cannot be read."""


def damaged_store_message(out: Path, error: object) -> str:
    return f"the graph store in {out / STORE}/ cannot be read ({error}); run 'kg build --out {out}' to rebuild it"


def open_store(out: Path) -> Store:
    """The store of a build, read-only; a clear error when there is no build or it is damaged."""
    path = out / STORE
    if not path.is_dir():
        raise FileNotFoundError(f"no graph store in {out}/: run 'kg build --out {out}' first")
    try:
        return Store.read_only(str(path))
    except (OSError, RuntimeError) as error:  # RocksDB reports corruption as RuntimeError
        raise DamagedStoreError(damaged_store_message(out, error)) from error


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


def _read_graph_list(path: Path) -> dict[str, GraphDigest]:
    try:
        listed = json.loads(path.read_text(encoding="utf-8"))
        return {graph: GraphDigest(fields["sha256"], int(fields["triples"])) for graph, fields in listed.items()}
    except (AttributeError, KeyError, TypeError, ValueError) as error:  # ValueError: not JSON, not UTF-8
        raise ValueError(f"{path}: not a list of graphs with their digests") from error


def text_name(graph: str) -> str:
    """The file under ``texts/`` of the document of named graph ``graph``: a digest, as IRIs make poor names."""
    return hashlib.sha256(graph.encode("utf-8")).hexdigest()[:32] + ".txt"


def document_text(out: Path, graph: str) -> str | None:
    """The text of the document of ``graph`` in the build in ``out``; None when the build kept none."""
    try:
        return (out / TEXTS / text_name(graph)).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def current_generation_intact(out: Path) -> bool:
    """Whether ``out/.current`` leads to a generation that holds every output.

    A build checks the generation it starts from: one whose folder a crash or
    another program removed cannot be updated in place, nor said to be up to date.
    """
    current = out / CURRENT
    if not current.is_symlink() or not current.is_dir():
        return False
    return all((current / name).exists() for name in OUTPUTS)


def output_digests(out: Path, names: Iterable[str] = OUTPUTS) -> dict[str, Any]:
    """A digest of the content of each output file, and of each data file of the store.

    Any change to an output after the build (a damaged store, an edited graph),
    even one that keeps its size and time, changes these, so the next build
    writes the outputs again rather than trust them.
    """
    digests: dict[str, Any] = {}
    for name in names:
        path = out / name
        if path.is_dir():
            digests[name] = [[file.name, _file_digest(file)] for file in sorted(path.iterdir()) if _is_store_data(file)]
        elif path.is_file():
            digests[name] = _file_digest(path)
    return digests


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        while block := data.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _is_store_data(path: Path) -> bool:
    # RocksDB's own logs change whenever the store is opened, even read-only.
    return path.is_file() and not path.name.startswith("LOG")


# --- writing a build -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chunk:
    """One named graph of the dataset: its sorted N-Quads, in a file or in memory."""

    graph: str
    quads: int
    sha256: str  # of the N-Quads
    path: Path | None = None
    data: bytes = b""
    text: Path | None = None  # the file of the document's text, where it was kept

    @property
    def sort_key(self) -> str:
        return f"<{self.graph}>"  # graphs in the order of their N-Quads form, as their quads sort

    def read(self) -> bytes:
        return self.path.read_bytes() if self.path is not None else self.data


def write_outputs(
    chunks: list[Chunk], report: str, out: Path, *, reuse_store: bool = False, addresses: Addresses | None = None
) -> None:
    """Write every output into a new generation folder, then switch to it in one step.

    ``chunks`` are the named graphs in the order of their names, ``report`` the
    text of ``report.json``, ``addresses`` where the dataset is published.
    ``out/graph.trig`` and the other outputs are links into ``out/.current``,
    itself a link to the newest complete generation; replacing that one link is
    atomic, so a build stopped at any moment leaves the previous outputs whole,
    never a mix of two builds. A generation that fails half-way is removed.
    """
    out.mkdir(parents=True, exist_ok=True)
    generations = out / GENERATIONS
    generations.mkdir(exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=generations))
    current = out / CURRENT
    previous = current.resolve() if reuse_store and current_generation_intact(out) else None
    try:
        _write_generation(chunks, report, staging, previous)
        write_build_description(staging, addresses)  # the dataset's VoID/DCAT description and the ontology's page
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    generation = staging.with_name(f"generation-{time.time_ns()}")
    os.rename(staging, generation)
    _switch(out, generation)
    _link_outputs(out)
    _remove_stale_generations(out, keep=generation)


def remove_staging(out: Path) -> None:
    """What builds stopped half-way left behind; only safe while holding the folder's lock."""
    generations = out / GENERATIONS
    if generations.is_dir():
        for folder in generations.glob(STAGING_PREFIX + "*"):
            shutil.rmtree(folder, ignore_errors=True)


def _write_generation(chunks: list[Chunk], report: str, folder: Path, previous: Path | None) -> None:
    dataset, union = folder / "graph.nq", folder / "union.nt"
    spans = _concatenate(chunks, dataset)
    contents = {chunk.graph: chunk.sha256 for chunk in chunks}
    _write_graph_list(chunks, folder / GRAPHS)
    update = _store_update(previous, chunks, contents)
    store = _copy_of(update.source, folder / STORE) if update is not None else None
    # Filling the store (RocksDB) takes longer than every file together, and pyoxigraph
    # releases the GIL while it parses, serialises and loads: the store fills in other
    # threads while this one writes the files.
    with ThreadPoolExecutor(max_workers=2) as pool:
        if store is not None and update is not None:  # the last build's store, brought up to date
            loads = [pool.submit(_update_store, store, update.removed, update.added)]
            _write_union(dataset, spans, union)
            compact = False
        else:
            store = Store(str(folder / STORE))
            loads = [pool.submit(_load, store, dataset, RdfFormat.N_QUADS)]
            _write_union(dataset, spans, union)
            loads.append(pool.submit(_load, store, union, RdfFormat.N_TRIPLES))
            compact = True
        _convert(dataset, RdfFormat.N_QUADS, folder / GRAPH_TRIG, RdfFormat.TRIG)
        _write_jsonld(dataset, folder / GRAPH_JSONLD)
        _convert(union, RdfFormat.N_TRIPLES, folder / GRAPH_TTL, RdfFormat.TURTLE)
        (folder / REPORT).write_text(report, encoding="utf-8")
        _write_texts(chunks, folder / TEXTS)
        for load in loads:
            load.result()
    if compact:
        store.optimize()  # a compacted store answers queries about twice as fast
    store.flush()
    del store  # closes the database before the generation is renamed
    dataset.unlink()
    union.unlink()


def _write_texts(chunks: list[Chunk], folder: Path) -> None:
    """Each document's text under its graph's name: a hard link to the cache's file, a copy where none can be made."""
    folder.mkdir()
    for chunk in chunks:
        if chunk.text is not None:
            target = folder / text_name(chunk.graph)
            try:
                os.link(chunk.text, target)
            except OSError:
                shutil.copyfile(chunk.text, target)


#: Beyond this share of graphs changed, loading afresh (and compacting) is the quicker way.
_MOST_CHANGED = 0.2


def _write_graph_list(chunks: list[Chunk], target: Path) -> None:
    listed = {chunk.graph: {"sha256": chunk.sha256, "triples": chunk.quads} for chunk in chunks}
    target.write_text(json.dumps(listed, indent=1, sort_keys=True) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class _StoreUpdate:
    source: Path  # the store of the previous generation
    removed: list[str]  # graphs to take out: gone, or changed
    added: list[Chunk]  # graphs to load: new, or changed


def _store_update(previous: Path | None, chunks: list[Chunk], contents: dict[str, str]) -> _StoreUpdate | None:
    """What turns the store of the ``previous`` generation into one of ``contents``; None to load afresh."""
    if previous is None or not (previous / STORE).is_dir():
        return None
    try:
        held = {graph: digest.sha256 for graph, digest in _read_graph_list(previous / GRAPHS).items()}
    except (OSError, ValueError):  # a generation of an older kg, or damaged: load afresh
        return None
    removed = sorted(graph for graph, digest in held.items() if contents.get(graph) != digest)
    added = [chunk for chunk in chunks if held.get(chunk.graph) != chunk.sha256]
    if len({*removed, *(chunk.graph for chunk in added)}) > _MOST_CHANGED * max(len(chunks), 1):
        return None
    return _StoreUpdate(previous / STORE, removed, added)


def _copy_of(source: Path, target: Path) -> Store | None:
    """A writable copy of the store at ``source`` (hard links: instant), or None when it cannot be read."""
    try:
        Store.read_only(str(source)).backup(str(target))
        return Store(str(target))
    except (OSError, RuntimeError):
        shutil.rmtree(target, ignore_errors=True)
        return None


def _update_store(store: Store, removed: list[str], added: list[Chunk]) -> None:
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
    os.replace(link, out / CURRENT)  # atomic (POSIX rename)


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


#: The outputs are written from lines kg wrote itself, every IRI and language tag checked as each
#: document's graph was written (:mod:`kg.graph.writer`) and each chunk's digest checked as it was
#: read from the cache: reading them back needs no check again. Checking is half the cost of a
#: parse (N-Quads of 200 documents: 0.64 CPU s checked, 0.31 unchecked), and the dataset is parsed
#: three times (the store, TriG, JSON-LD) and the union twice (the store, Turtle).
OWN_LINES_CHECKED = True


@dataclass(frozen=True)
class _Span:
    """Where one graph's quads lie in the concatenated dataset."""

    graph: str
    start: int
    end: int


def _concatenate(chunks: list[Chunk], target: Path) -> list[_Span]:
    spans = []
    with target.open("wb") as sink:
        for chunk in chunks:
            start = sink.tell()
            sink.write(chunk.read())
            spans.append(_Span(chunk.graph, start, sink.tell()))
    return spans


def _convert(source: Path, source_format: RdfFormat, target: Path, target_format: RdfFormat) -> None:
    """Re-serialise a file, streaming: neither side is held in memory whole."""
    quads = parse(path=str(source), format=source_format, lenient=OWN_LINES_CHECKED)
    serialize(quads, str(target), target_format, prefixes=PREFIXES)


def _write_jsonld(dataset: Path, target: Path) -> None:
    """JSON-LD with an inline context naming our prefixes; never a remote context.

    pyoxigraph writes the graphs in expanded form and streams; the context is
    wrapped around them so that consumers that compact get the usual prefixes.
    """
    with target.open("wb") as sink:
        sink.write(b'{"@context": ' + json.dumps(PREFIXES, sort_keys=True).encode() + b', "@graph": ')
        serialize(
            parse(path=str(dataset), format=RdfFormat.N_QUADS, lenient=OWN_LINES_CHECKED), sink, RdfFormat.JSON_LD
        )
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


# Bytes of N-Quads a bulk load takes at once: a bulk load holds about seven times its batch
# in memory (1.2 GB for a whole dataset of 1.6 million quads, 250 MB for 32 MB); 8 MB at a
# time keep a load near 110 MB, at no cost in time (measured on 145 MB of N-Quads).
_STORE_BATCH = 8 << 20


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
            store.bulk_load(b"".join(batch), source_format, lenient=OWN_LINES_CHECKED)
