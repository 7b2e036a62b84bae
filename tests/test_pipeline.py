"""The build as a whole: same bytes twice, bad files reported, outputs replaced only when complete."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import CORPUS
from pyoxigraph import RdfFormat, parse, serialize

from kg import buildfolder
from kg.pipeline import build

SERIALISATIONS = ("graph.trig", "graph.ttl", "graph.jsonld", "graphs.json", "report.json")


@pytest.mark.slow
def test_two_builds_give_identical_bytes(corpus_build: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build([CORPUS], again)
    for name in SERIALISATIONS:
        first = (corpus_build / name).read_bytes()
        second = (again / name).read_bytes()
        # report.json names sources as given; both builds were given the same absolute path
        assert first == second, f"{name} differs between two builds of the same input"


def test_build_writes_every_output(corpus_build: Path) -> None:
    for name in buildfolder.OUTPUTS:
        assert (corpus_build / name).exists(), name
    assert not (corpus_build / ".staging").exists()


def test_the_graph_list_gives_each_graph_of_the_dataset_its_size_and_digest(corpus_build: Path) -> None:
    quads = list(parse(path=str(corpus_build / "graph.trig"), format=RdfFormat.TRIG))
    lines_by_graph: dict[str, list[bytes]] = {}
    for quad in quads:
        line = serialize([quad], format=RdfFormat.N_QUADS) or b""
        lines_by_graph.setdefault(quad.graph_name.value, []).append(line)
    listed = buildfolder.built_graphs(corpus_build)
    assert set(listed) == set(lines_by_graph)
    for graph, lines in lines_by_graph.items():
        assert listed[graph].triples == len(lines), graph
        assert listed[graph].sha256 == hashlib.sha256(b"".join(sorted(lines))).hexdigest(), graph


def test_a_damaged_graph_list_is_refused(tmp_path: Path) -> None:
    (tmp_path / buildfolder.GRAPHS).write_text('{"https://example.org/g": "not a digest"}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a list of graphs"):
        buildfolder.built_graphs(tmp_path)


def test_published_graphs_have_no_blank_nodes(corpus_build: Path) -> None:
    assert "_:" not in (corpus_build / "graph.ttl").read_text(encoding="utf-8")
    assert "[" not in "".join(
        line
        for line in (corpus_build / "graph.ttl").read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith("[")
    )


def test_jsonld_has_an_inline_context(corpus_build: Path) -> None:
    data = json.loads((corpus_build / "graph.jsonld").read_text(encoding="utf-8"))
    context = data.get("@context") if isinstance(data, dict) else None
    assert isinstance(context, dict) and context.get("pk") == "https://w3id.org/policy-kg/ontology#"


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_bad_files_are_reported_and_good_ones_built(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    _write(docs, "empty.txt", b"")
    _write(docs, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    _write(docs, "good.txt", b"The General Assembly,\n\n1. Requests the Secretary-General to report.\n")
    unsupported = _write(tmp_path, "table.xlsx", b"PK\x03\x04")
    report = build([docs, unsupported], tmp_path / "out")
    status = {Path(d.source).name: (d.status, d.error) for d in report.documents}
    assert status["good.txt"][0] == "built"
    assert status["empty.txt"] == ("failed", "empty file")
    assert "binary" in status["image.txt"][1]
    assert "unsupported file type" in status["table.xlsx"][1]
    written = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert written["totals"] == {"built": 1, "documents": 4, "failed": 3, "quads": report.quads}


def test_an_interrupted_build_leaves_the_previous_outputs(tmp_path: Path, monkeypatch) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    _write(docs, "a.txt", b"The General Assembly,\n\n1. Decides to remain seized of the matter.\n")
    out = tmp_path / "out"
    build([docs], out)
    before = {name: (out / name).read_bytes() for name in SERIALISATIONS}

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    _write(docs, "b.txt", "Le Conseil économique et social prie le Secrétaire général.\n".encode())
    monkeypatch.setattr(buildfolder, "_load", crash)
    with pytest.raises(KeyboardInterrupt):
        build([docs], out)
    assert {name: (out / name).read_bytes() for name in SERIALISATIONS} == before
    monkeypatch.undo()
    report = build([docs], out)
    assert len(report.documents) == 2 and not report.failed
