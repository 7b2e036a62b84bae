"""The linking stage: links between stages, alignments and differences, in a named graph of their own.

It runs over the documents' graphs once they are built (what several texts say
together is in no one of them), and is cached by the digests of those graphs: an
unchanged rebuild reads nothing but one small file.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.buildfolder import Chunk
from kg.graph import iri
from kg.graph.terms import PK, RDF
from kg.lifecycle.align import align, differences
from kg.lifecycle.derived import derived_chunk
from kg.lifecycle.reading import Reading, Version, load, read_facts, read_store
from kg.lifecycle.stages import Link, series, stage_links

__all__ = ["LINKER_VERSION", "comparisons", "link_chunk", "link_quads", "ontology_turtle"]

#: Bumped when what the stage infers changes, so that cached link graphs are made again.
LINKER_VERSION = "3"


def link_chunk(chunks: Sequence[Chunk], cache_folder: Path | None, environment: str = "") -> Chunk | None:
    """The link graph of a build's document graphs, or None when they support no link.

    Made again only when a graph changed (:func:`kg.lifecycle.derived.derived_chunk`).
    """
    return derived_chunk("lifecycle", LINKER_VERSION, chunks, cache_folder, _links_of, environment)


#: Given the graphs of the versions to compare, their N-Quads (where their paragraphs and commitments are).
FactSource = Callable[[set[str]], Iterable[bytes]]


def _links_of(chunks: Sequence[Chunk]) -> list[Quad]:
    by_graph = {chunk.graph: chunk for chunk in chunks}

    def graphs_of(graphs: set[str]) -> Iterator[bytes]:
        return (by_graph[graph].read() for graph in sorted(graphs) if graph in by_graph)

    return link_quads(load(lambda: (chunk.read() for chunk in chunks), ontology_turtle()), graphs_of)


def ontology_turtle() -> list[bytes]:
    """The ontology's files (not its shapes): the kinds of classes and the ranks of forces the rules read."""
    from kg.ontology import ONTOLOGY_DIR

    return [path.read_bytes() for path in sorted(ONTOLOGY_DIR.glob("*.ttl")) if not path.name.startswith("shapes")]


def link_quads(store: Store, facts: FactSource) -> list[Quad]:
    """The quads of the link graph of a store of document graphs and the ontology (:func:`ontology_turtle`),
    as :func:`kg.lifecycle.reading.load` makes it; ``facts`` gives the graphs of the versions compared."""
    reading = read_store(store)
    graph = NamedNode(iri.LINK_GRAPH)
    quads: list[Quad] = []
    for link in stage_links(reading):
        quads.extend(_link(link, graph))
    compared = comparisons(reading)
    versions = {version.iri for _, *pair in compared for version in pair}
    read_facts(store, reading, facts({iri.graph_iri(version) for version in versions}))
    for kind, source, target in compared:
        quads.extend(_alignment(kind, source, target, graph))
    return quads


def _link(link: Link, graph: NamedNode) -> list[Quad]:
    subject, prop, obj = NamedNode(link.subject), NamedNode(link.property), NamedNode(link.object)
    statement = NamedNode(iri.lifecycle_iri("link", link.subject, link.property, link.object))
    return [
        Quad(subject, prop, obj, graph),
        Quad(statement, RDF.type, RDF.Statement, graph),
        Quad(statement, RDF.subject, subject, graph),
        Quad(statement, RDF.predicate, prop, graph),
        Quad(statement, RDF.object, obj, graph),
        Quad(statement, PK.linkRule, Literal(link.rule), graph),
    ]


def comparisons(reading: Reading) -> list[tuple[str, Version, Version]]:
    """The pairs of versions to align: each work's language versions, a draft's text with the
    resolution adopted from it, and consecutive members of a series."""
    found: list[tuple[str, Version, Version]] = []
    for work in sorted(reading.works):
        versions = reading.versions_of(work)
        found.extend(("language-version", a, b) for i, a in enumerate(versions) for b in versions[i + 1 :])
    links = stage_links(reading)
    for link in links:
        if link.property == PK.adoptedFrom.value:
            drafts = [v for v in reading.versions.values() if link.object in v.carries or v.work == link.object]
            for draft in sorted(drafts, key=lambda v: v.iri):
                found.extend(("stage", draft, adopted) for adopted in reading.versions_of(link.subject))
    for members in series(reading):
        for earlier, later in itertools.pairwise(members):
            pair = _same_language(reading.versions_of(earlier), reading.versions_of(later))
            if pair:
                found.append(("series", *pair))
    return found


def _same_language(earlier: list[Version], later: list[Version]) -> tuple[Version, Version] | None:
    """Two versions to compare, in one language where both works have one (their words then align)."""
    for version in earlier:
        for other in later:
            if version.language == other.language:
                return version, other
    return (earlier[0], later[0]) if earlier and later else None


def _alignment(kind: str, source: Version, target: Version, graph: NamedNode) -> list[Quad]:
    quads = []
    for pair in align(source, target, by_content=kind == "series"):
        ends = (pair.source.iri if pair.source else source.iri, pair.target.iri if pair.target else target.iri)
        node = NamedNode(iri.lifecycle_iri("alignment", *ends))
        quads += [
            Quad(node, RDF.type, PK.Alignment, graph),
            Quad(node, PK.alignmentKind, Literal(kind), graph),
            Quad(node, PK.linkRule, Literal(pair.rule), graph),
        ]
        if pair.source:
            quads.append(Quad(node, PK.sourceParagraph, NamedNode(pair.source.iri), graph))
        if pair.target:
            quads.append(Quad(node, PK.targetParagraph, NamedNode(pair.target.iri), graph))
        for difference in differences(pair, same_language=source.language == target.language):
            found = NamedNode(iri.lifecycle_iri("difference", *ends, difference.kind, difference.detail))
            quads += [
                Quad(found, RDF.type, PK.Difference, graph),
                Quad(found, PK.ofAlignment, node, graph),
                Quad(found, PK.differenceKind, Literal(difference.kind), graph),
                Quad(found, PK.detail, Literal(difference.detail), graph),
            ]
    return quads
