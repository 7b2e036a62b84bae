"""A graph inferred over every document's graph, made again only when one of them changed.

The lifecycle's stages (links, mandates) each infer one such graph after the build. Each is
kept in the build's cache under a digest of the graphs it was made from, of the version of
its rules and of the build's environment, so an unchanged rebuild reads one small file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, serialize

from kg.buildfolder import Chunk
from kg.cache import write_whole
from kg.graph import iri

__all__ = ["derived_chunk", "nquads"]


def derived_chunk(
    name: str,
    version: str,
    chunks: Sequence[Chunk],
    cache_folder: Path | None,
    infer: Callable[[Sequence[Chunk]], Iterable[Quad]],
    environment: str = "",
) -> Chunk | None:
    """The graph ``iri.derived_graph_iri(name)`` that ``infer`` makes of the other ``chunks``; None when empty."""
    graph = iri.derived_graph_iri(name)
    sources = sorted((chunk for chunk in chunks if chunk.graph != graph), key=lambda chunk: chunk.graph)
    digest = hashlib.sha256(f"{version}\n{environment}\n".encode())
    for chunk in sources:
        digest.update(f"{chunk.graph} {chunk.sha256}\n".encode())
    cached = cache_folder / f"{name}-{digest.hexdigest()}.nq" if cache_folder is not None else None
    if cached is not None and cached.is_file():
        data = cached.read_bytes()
    else:
        data = nquads(infer(sources))
        if cached is not None:
            for old in cached.parent.glob(f"{name}-*.nq"):
                old.unlink(missing_ok=True)
            write_whole(cached, data)
    if not data:
        return None
    return Chunk(graph, data.count(b"\n"), hashlib.sha256(data).hexdigest(), data=data)


def nquads(quads: Iterable[Quad]) -> bytes:
    """The N-Quads of ``quads``, a line each, sorted: the same quads give the same bytes."""
    data = serialize(list(quads), format=RdfFormat.N_QUADS) or b""
    return b"".join(sorted(set(data.splitlines(keepends=True))))
