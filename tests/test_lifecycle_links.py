"""The linking stage in a build: one named graph, made again only when a document's graph changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from lifecycle_texts import REPORTS, resolution
from pyoxigraph import QuerySolutions

from kg import lifecycle
from kg.graph.iri import LINK_GRAPH
from kg.lifecycle import links
from kg.lifecycle.reading import load
from kg.pipeline import build, build_document
from kg.query import open_store


def _corpus(folder: Path, adopted: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report-en.txt").write_text(REPORTS["en"], encoding="utf-8")
    (folder / "res-fr.txt").write_text(adopted, encoding="utf-8")
    return folder


def _link_graph(out: Path) -> list[str]:
    """The link graph of a build, one triple a line, in order."""
    store = open_store(out)
    found = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{LINK_GRAPH}> {{ ?s ?p ?o }} }}")
    assert isinstance(found, QuerySolutions)
    lines = sorted(f"{row['s']} {row['p']} {row['o']}" for row in found)
    del store
    return lines


def test_an_unchanged_rebuild_does_not_link_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs, out = _corpus(tmp_path / "docs", resolution("fr")), tmp_path / "out"
    build([docs], out, rebuild=True)
    first = _link_graph(out)
    assert any("adoptedFrom" in line for line in first) and any("report-recommends-draft" in line for line in first)

    def fail(_: object) -> list:
        raise AssertionError("the link graph was made again though no graph changed")

    monkeypatch.setattr(links, "link_quads", fail)
    (out / "report.json").unlink()  # so that the outputs are written again, from the caches
    build([docs], out)
    assert _link_graph(out) == first


def test_a_changed_document_links_again_and_a_clean_build_writes_the_same_bytes(tmp_path: Path) -> None:
    docs, out = _corpus(tmp_path / "docs", resolution("fr")), tmp_path / "out"
    build([docs], out)
    (docs / "res-fr.txt").write_text(resolution("fr", committee="third"), encoding="utf-8")
    build([docs], out)
    # another committee's report: no draft taken from it
    assert _link_graph(out) and not any("adoptedFrom" in line for line in _link_graph(out))
    clean = tmp_path / "clean"
    build([_corpus(tmp_path / "again" / "docs", resolution("fr", committee="third"))], clean)
    assert (clean / "graph.trig").read_bytes() == (out / "graph.trig").read_bytes()


def test_a_build_with_nothing_to_link_has_no_link_graph(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "res-fr.txt").write_text(resolution("fr"), encoding="utf-8")
    build([docs], tmp_path / "out")
    assert LINK_GRAPH not in (tmp_path / "out" / "graph.trig").read_text(encoding="utf-8")
    assert lifecycle.link_chunk([], tmp_path / "cache") is None


def test_the_stage_reads_the_kinds_and_names_of_works_addressees_and_deadlines_only() -> None:
    pk, graph = "https://w3id.org/policy-kg/ontology#", "https://example.org/graph/"
    kind, label = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2004/02/skos/core#prefLabel"
    realizing = (
        f"<https://example.org/doc> <{pk}realizes> <https://example.org/work> <{graph}1> .\n"
        f"<https://example.org/c> <{pk}addressee> <https://example.org/sg> <{graph}1> .\n"
    )
    # Another graph names the work and the addressee, and a mention the rules never read.
    naming = (
        f"<https://example.org/work> <{kind}> <{pk}Resolution> <{graph}2> .\n"
        f'<https://example.org/work> <{label}> "Oceans"@en <{graph}2> .\n'
        f'<https://example.org/sg> <{label}> "Secretary-General"@en <{graph}2> .\n'
        f"<https://example.org/mention> <{kind}> <{pk}Mention> <{graph}2> .\n"
        f'<https://example.org/place> <{label}> "Geneva"@en <{graph}2> .\n'
    )
    store = load(lambda: [realizing.encode(), naming.encode()])
    subjects = {quad.subject.value.rsplit("/", 1)[-1] for quad in store}
    # The commitment is read with its version's paragraphs, if the version is compared (read_facts); the names
    # of the actor it addresses are read here, wherever they are.
    assert subjects == {"doc", "work", "sg"}
    assert len(store) == 4


def test_paragraphs_and_commitments_are_read_only_from_the_graphs_of_the_versions_compared(tmp_path: Path) -> None:
    """Which versions are compared follows from their works: only their graphs' paragraphs are read, words and all."""
    texts = {
        "res-en.txt": resolution("en"),
        "res-fr.txt": resolution("fr"),  # the English text's other language version: the two are aligned
        "other-en.txt": resolution("en", number="80/151", report="A/80/411", committee="third"),  # aligned with none
    }
    graphs: dict[str, bytes] = {}
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = build_document(path, f"docs/{name}")
        graphs[result.graph or ""] = result.nquads
    asked: list[set[str]] = []

    def words(wanted: set[str]) -> list[bytes]:
        asked.append(wanted)
        return [graphs[graph] for graph in sorted(wanted)]

    store = load(lambda: graphs.values(), links.ontology_turtle())
    assert not any(quad.predicate.value.endswith(("#quote", "#inParagraph", "#action")) for quad in store)
    quads = links.link_quads(store, words)
    (wanted,) = asked
    assert wanted == {graph for graph in graphs if "/80/150/" in graph} and len(wanted) == 2
    kinds = {quad.object.value for quad in quads if quad.predicate.value.endswith("#alignmentKind")}
    assert kinds == {"language-version"}
