"""The views' global pages hold the nodes they draw or name, not every node of the build.

A build's graphs describe far more nodes than the global pages show: each mention,
paragraph and commitment is typed and labelled. Merging them all held memory in
proportion to the mentions of the build; the pages read only the actors, works and
areas, so only those are merged, each exactly as before.
"""

from __future__ import annotations

from pathlib import Path

from explore_graph import write_explore_build
from pyoxigraph import Store

from kg.views.gather import (
    DESCRIPTIONS,
    KINDS,
    _document_rows,
    _merged_descriptions,
    _rows,
    gather,
)

#: Kinds of the nodes only a document's own page describes.
PASSAGE_KINDS = {"mention", "paragraph", "commitment"}


def _store(tmp_path: Path) -> Store:
    return Store.read_only(str(write_explore_build(tmp_path) / "store"))


def test_global_pages_keep_actors_and_works_but_no_mention_paragraph_or_commitment(tmp_path: Path) -> None:
    store = _store(tmp_path)
    data = gather(store)
    described = {row["node"] for row in _rows(store, DESCRIPTIONS)}
    kinds = {row["class"]: row["kind"] for row in _rows(store, KINDS)}
    typed = {
        row["node"]: kinds.get(row["value"], "")
        for row in _rows(store, DESCRIPTIONS)
        if row["property"].endswith("#type")
    }
    passages = {node for node, kind in typed.items() if kind in PASSAGE_KINDS}
    assert passages and passages <= described  # the graphs do describe them
    assert not passages & data.entities.keys()
    commitments = list(data.commitments())
    assert commitments
    for commitment in commitments:
        assert set(commitment.issuers) <= data.entities.keys()
        assert set(commitment.addressees) <= data.entities.keys()
    assert {node for pair in data.citations for node in pair} <= data.entities.keys()
    assert {facts.document.work for facts in data.documents.values()} <= data.entities.keys()


def test_the_nodes_kept_are_merged_as_when_every_node_was(tmp_path: Path) -> None:
    store = _store(tmp_path)
    kinds = {row["class"]: row["kind"] for row in _rows(store, KINDS)}
    works = {graph: row["work"] for graph, row in _document_rows(store).items()}
    every = {row["node"] for row in _rows(store, DESCRIPTIONS)}
    shown = set(gather(store).entities)
    whole, whole_works = _merged_descriptions(store, kinds, works, every)
    kept, kept_works = _merged_descriptions(store, kinds, works, shown & every)
    assert len(kept) < len(whole)
    assert list(kept) == [node for node in whole if node in kept]  # in the same order
    assert all(kept[node] == whole[node] for node in kept)  # names, labels, kinds and dates alike
    assert kept_works == whole_works
