"""The outputs read kg's own lines back without checking them again: the same bytes, the same store."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize

from kg import buildfolder
from kg.buildfolder import Chunk

ID = "https://w3id.org/policy-kg/id/"
PK = "https://w3id.org/policy-kg/ontology#"


def _chunk(graph: str, quads: list[Quad]) -> Chunk:
    data = b"".join(sorted(set((serialize(quads, format=RdfFormat.N_QUADS) or b"").splitlines(keepends=True))))
    return Chunk(graph, data.count(b"\n"), hashlib.sha256(data).hexdigest(), data=data)


def _composed_chunks() -> list[Chunk]:
    """Two documents' graphs, in Vietnamese and Arabic, sharing an entity; text with quotes, tabs and new lines."""
    shared = NamedNode(ID + "actor/state/vn")
    graphs = []
    for name, language, quote in (
        ("doc/a", "vi", 'Bộ Tài chính "chủ trì"\tphối hợp\nvới các bộ'),
        ("doc/b", "ar", "تطلب الجمعية العامة\nإلى الأمين العام"),
    ):
        graph = NamedNode(ID + name + "/graph")
        mention = NamedNode(ID + name + "/mention/1")
        quads = [
            Quad(mention, NamedNode(PK + "quote"), Literal(quote, language=language), graph),
            Quad(mention, NamedNode(PK + "refersTo"), shared, graph),
            Quad(shared, NamedNode(PK + "name"), Literal("Việt Nam", language="vi"), graph),
        ]
        graphs.append(_chunk(graph.value, quads))
    return sorted(graphs, key=lambda chunk: chunk.sort_key)


def _outputs(out: Path) -> dict[str, bytes]:
    return {
        name: (out / name).read_bytes()
        for name in (buildfolder.GRAPH_TRIG, buildfolder.GRAPH_TTL, buildfolder.GRAPH_JSONLD)
    }


def _store_lines(out: Path) -> list[str]:
    store = buildfolder.open_store(out)
    return sorted(str(quad) for quad in store)


def test_unchecked_reading_writes_what_checked_reading_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chunks = _composed_chunks()
    monkeypatch.setattr(buildfolder, "OWN_LINES_CHECKED", False)
    buildfolder.write_outputs(chunks, "{}\n", tmp_path / "checked")
    monkeypatch.setattr(buildfolder, "OWN_LINES_CHECKED", True)
    buildfolder.write_outputs(chunks, "{}\n", tmp_path / "unchecked")

    assert _outputs(tmp_path / "unchecked") == _outputs(tmp_path / "checked")
    assert _store_lines(tmp_path / "unchecked") == _store_lines(tmp_path / "checked")


def test_unchecked_reading_keeps_every_graph_and_the_union_once(tmp_path: Path) -> None:
    buildfolder.write_outputs(_composed_chunks(), "{}\n", tmp_path)

    lines = _store_lines(tmp_path)
    quoted = [line for line in lines if "quote" in line]
    assert len(quoted) == 4  # each document's quote in its graph and in the default graph
    assert any('"تطلب الجمعية العامة\\nإلى الأمين العام"@ar' in line for line in quoted)
    assert any("@vi" in line and "\\t" in line for line in quoted)
    # The shared entity's name: once in each document's graph, once in the union, never twice there.
    named = [line for line in lines if "Việt Nam" in line]
    assert len(named) == 3
    turtle = (tmp_path / buildfolder.GRAPH_TTL).read_text(encoding="utf-8")
    assert turtle.count("Việt Nam") == 1
