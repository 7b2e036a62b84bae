"""Incremental builds: only new and changed files are processed, and the bytes equal a clean build's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pyoxigraph import Store

from kg import buildfolder, pipeline
from kg.cache import CACHE_DIR
from kg.pipeline import build

SERIALISATIONS = ("graph.trig", "graph.ttl", "graph.jsonld", "report.json")

TEXTS = {
    "a.txt": "The General Assembly,\n\n1. Requests the Secretary-General to report.\n",
    "b.txt": "The Economic and Social Council,\n\n1. Decides to remain seized of the matter.\n",
    "c.txt": "Le Conseil économique et social prie le Secrétaire général de présenter un rapport.\n",
}


def write_corpus(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in SERIALISATIONS}


def assert_same_as_clean_build(docs: Path, out: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    shutil.rmtree(clean, ignore_errors=True)
    build([docs], clean)
    for name, data in outputs(clean).items():
        assert (out / name).read_bytes() == data, f"{name} of the rebuild differs from a clean build"


def test_a_rebuild_processes_only_what_changed_and_equals_a_clean_build(tmp_path: Path) -> None:
    docs, out = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "out"
    build([docs], out)
    (docs / "a.txt").write_text(TEXTS["a.txt"] + "\n2. Invites Member States to cooperate.\n", encoding="utf-8")
    (docs / "b.txt").unlink()
    (docs / "d.txt").write_text("The Security Council,\n\n1. Calls upon all parties.\n", encoding="utf-8")
    report = build([docs], out)
    assert report.processed == ["docs/a.txt", "docs/d.txt"]  # named below the folder given
    assert [Path(d.source).name for d in report.documents] == ["a.txt", "c.txt", "d.txt"]
    assert_same_as_clean_build(docs, out, tmp_path)


def test_an_unchanged_rebuild_processes_nothing_and_keeps_the_outputs(tmp_path: Path) -> None:
    docs, out = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "out"
    first = build([docs], out)
    before = {name: (out / name).stat().st_mtime_ns for name in SERIALISATIONS}
    again = build([docs], out)
    assert again.processed == []
    assert again.to_json() == first.to_json()
    assert {name: (out / name).stat().st_mtime_ns for name in SERIALISATIONS} == before


def test_missing_outputs_are_rewritten_from_the_cache(tmp_path: Path) -> None:
    docs, out = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "out"
    build([docs], out)
    expected = outputs(out)
    (out / "graph.ttl").unlink()
    report = build([docs], out)
    assert report.processed == []
    assert outputs(out) == expected


def test_rebuild_option_processes_everything(tmp_path: Path) -> None:
    docs, out = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "out"
    build([docs], out)
    assert len(build([docs], out, rebuild=True).processed) == len(TEXTS)


def test_a_new_build_environment_invalidates_every_document(tmp_path: Path, monkeypatch) -> None:
    docs, out = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "out"
    build([docs], out)
    fingerprint = pipeline.environment_fingerprint()
    monkeypatch.setattr(pipeline, "environment_fingerprint", lambda: {**fingerprint, "builders": "un 99"})
    assert len(build([docs], out).processed) == len(TEXTS)


def test_a_changed_manifest_entry_reprocesses_its_document(tmp_path: Path) -> None:
    docs, out = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "out"
    build([docs], out)
    (docs / "manifest.csv").write_text("file,language,date\nc.txt,fr,2020-01-02\n", encoding="utf-8")
    assert build([docs], out).processed == ["docs/c.txt"]
    assert_same_as_clean_build(docs, out, tmp_path)


def _quads_files(out: Path) -> list[Path]:
    return sorted((out / CACHE_DIR / "quads").glob("*.nq"))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-7])


def _garble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_truncate, _garble, Path.unlink], ids=["truncated", "garbled", "missing"])
def test_a_damaged_quads_file_is_rebuilt(tmp_path: Path, damage) -> None:
    docs, out = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "out"
    build([docs], out)
    damaged = max(_quads_files(out), key=lambda p: p.stat().st_size)
    damage(damaged)
    (out / "report.json").unlink()  # so that the outputs are rewritten from the cache
    report = build([docs], out)
    assert len(report.processed) == 1
    assert_same_as_clean_build(docs, out, tmp_path)


@pytest.mark.parametrize(
    "index",
    ["{not json", "[]", '{"format": 1}', json.dumps({"format": 1, "fingerprint": {}, "documents": 3})],
    ids=["not-json", "a-list", "no-fields", "wrong-shape"],
)
def test_a_damaged_index_is_ignored(tmp_path: Path, index: str) -> None:
    docs, out = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "out"
    build([docs], out)
    (out / CACHE_DIR / "index.json").write_text(index, encoding="utf-8")
    report = build([docs], out)
    assert len(report.processed) == len(TEXTS)
    assert_same_as_clean_build(docs, out, tmp_path)


def test_the_cache_keeps_only_the_documents_of_the_last_build(tmp_path: Path) -> None:
    docs, out = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "out"
    build([docs], out)
    (docs / "b.txt").unlink()
    build([docs], out)
    index = json.loads((out / CACHE_DIR / "index.json").read_text(encoding="utf-8"))
    assert sorted(Path(source).name for source in index["documents"]) == ["a.txt", "c.txt"]
    assert len(_quads_files(out)) == 2


def store_quads(out: Path) -> list[str]:
    return sorted(str(quad) for quad in Store.read_only(str(out / "store")))


def test_a_rebuild_brings_a_copy_of_the_store_up_to_date(tmp_path: Path, monkeypatch) -> None:
    texts = {
        f"{number:02d}.txt": f"The General Assembly,\n\n1. Requests the Secretary-General to report on item {number}.\n"
        for number in range(20)
    }
    docs, out = write_corpus(tmp_path / "docs", texts), tmp_path / "out"
    build([docs], out)
    (docs / "00.txt").write_text(texts["00.txt"] + "\n2. Invites Member States to cooperate.\n", encoding="utf-8")
    (docs / "01.txt").unlink()
    (docs / "new.txt").write_text("The Security Council,\n\n1. Calls upon all parties.\n", encoding="utf-8")

    def load_afresh(*args, **kwargs):
        raise AssertionError("a rebuild that changes a few graphs must not load the store afresh")

    monkeypatch.setattr(buildfolder, "_load", load_afresh)
    build([docs], out)
    monkeypatch.undo()
    clean = tmp_path / "clean"
    build([docs], clean)
    assert store_quads(out) == store_quads(clean)
    assert outputs(out) == outputs(clean)


def test_the_build_keeps_each_documents_text_and_a_rebuild_takes_it_from_the_cache(tmp_path: Path) -> None:
    docs, out = write_corpus(tmp_path / "docs", TEXTS), tmp_path / "out"
    first = build([docs], out)
    graphs = {Path(d.source).name: d.graph for d in first.documents}
    assert graphs.keys() == TEXTS.keys() and all(graphs.values())
    for name, graph in graphs.items():
        assert buildfolder.document_text(out, str(graph)) == TEXTS[name]
    kept = {path.name: path.read_bytes() for path in (out / buildfolder.TEXTS).iterdir()}
    (docs / "c.txt").unlink()
    again = build([docs], out)
    assert again.processed == []
    assert {path.name: path.read_bytes() for path in (out / buildfolder.TEXTS).iterdir()} == {
        name: data for name, data in kept.items() if name != buildfolder.text_name(str(graphs["c.txt"]))
    }
    assert buildfolder.document_text(out, "https://w3id.org/policy-kg/id/no-such-graph") is None
