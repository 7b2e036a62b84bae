"""Portable outputs: a build names its files below the folder it was given, so no machine path is published.

The same files built from two different folders, by absolute and relative paths,
give the same bytes in every output.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, parse

from kg.pipeline import build, collect_files
from kg.publish import source_names

PK = "https://w3id.org/policy-kg/ontology#"
OUTPUTS = ("graph.trig", "graph.ttl", "graph.jsonld", "graphs.json", "report.json", "void.ttl", "ontology.html")
TEXTS = {
    "un-en.txt": "The General Assembly,\n\n1. Requests the Secretary-General to report to it at its seventy-fifth session.\n",
    "sub/un-fr.txt": "L'Assemblée générale,\n\n1. Prie le Secrétaire général de lui présenter un rapport.\n",
}
MANIFEST = "file,language,licence\nun-en.txt,en,Reproduction permitted with attribution\n"


def write_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    for name, text in TEXTS.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def three_builds(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """One corpus copied into two folders; built by an absolute path, a relative one, and from inside it."""
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    absolute = write_corpus(first)
    write_corpus(second)
    outs = [tmp_path_factory.mktemp(f"out-{n}") for n in range(3)]
    build([absolute], outs[0])
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(second)
        build([Path("corpus")], outs[1])
        patch.chdir(second / "corpus")
        build([Path(".")], outs[2])
    return outs


@pytest.mark.parametrize("name", OUTPUTS)
def test_builds_in_two_folders_by_absolute_and_relative_paths_give_the_same_bytes(
    three_builds: list[Path], name: str
) -> None:
    first, *others = ((out / name).read_bytes() for out in three_builds)
    assert first
    for other in others:
        assert other == first, f"{name} differs between builds of the same files"


def test_the_graph_names_each_file_below_the_folder_given(three_builds: list[Path]) -> None:
    quads = parse(path=str(three_builds[0] / "graph.trig"), format=RdfFormat.TRIG)
    sources = sorted(q.object.value for q in quads if q.predicate.value == PK + "sourceFile")
    assert sources == ["corpus/sub/un-fr.txt", "corpus/un-en.txt"]
    assert str(three_builds[0].parent) not in (three_builds[0] / "graph.trig").read_text(encoding="utf-8")


def test_the_licence_of_the_manifest_is_kept_on_the_document(three_builds: list[Path]) -> None:
    quads = parse(path=str(three_builds[0] / "graph.trig"), format=RdfFormat.TRIG)
    rights = [q.object.value for q in quads if q.predicate.value == "http://purl.org/dc/terms/rights"]
    assert rights == ["Reproduction permitted with attribution"]


def test_a_file_given_alone_is_named_under_its_folder_as_when_its_folder_is_given(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    alone = collect_files([corpus / "un-en.txt"])
    assert [source for _, source in alone] == ["corpus/un-en.txt"]
    both = collect_files([corpus, corpus / "un-en.txt"])  # one file, found twice: named once
    assert [source for _, source in both] == ["corpus/sub/un-fr.txt", "corpus/un-en.txt"]


def test_folders_of_one_name_are_told_apart_by_their_parents(tmp_path: Path) -> None:
    left, right = write_corpus(tmp_path / "left"), write_corpus(tmp_path / "right")
    names = source_names([(left, left / "un-en.txt"), (right, right / "un-en.txt"), (left, left / "sub" / "un-fr.txt")])
    assert sorted(names) == ["corpus/sub/un-fr.txt", "left/corpus/un-en.txt", "right/corpus/un-en.txt"]
    assert names["left/corpus/un-en.txt"] == left / "un-en.txt"
