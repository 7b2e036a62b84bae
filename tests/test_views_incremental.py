"""The views in linear time (a fixed number of queries) and incremental (a page per changed graph)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from explore_graph import write_explore_build
from pyoxigraph import NamedNode, Store

from kg.pipeline import build
from kg.views import update_views
from kg.views.gather import gather, read_passages

TEXTS = {
    "en-ga.txt": "The General Assembly calls upon Member States to strengthen cooperation on migration.\n",
    "fr-ga.txt": "L'Assemblée générale prie le Secrétaire général de présenter un rapport.\n",
    "es-plan.txt": "El plan costará 1.500.000 euros y beneficiará a más de 12.000 personas.\n",
}
GLOBAL_PAGES = {"actors.html", "matrix.html", "citations.html", "series.html", "measures.html", "index.html"}
PAGES_PER_DOCUMENT = 2  # its network and tables, its text


class CountingStore:
    """A store that counts the queries asked of it."""

    def __init__(self, store: Store) -> None:
        self.store, self.queries = store, 0

    def query(self, query: str, **options: Any) -> Any:
        self.queries += 1
        return self.store.query(query, **options)


def _explore_build(folder: Path) -> Path:
    folder.mkdir()
    return write_explore_build(folder)


def _queries_to_gather(out: Path) -> tuple[int, int]:
    store = CountingStore(Store.read_only(str(out / "store")))
    data = gather(store)  # type: ignore[arg-type]
    return store.queries, len(data.documents)


def test_gathering_asks_the_same_few_queries_however_many_documents(tmp_path: Path) -> None:
    whole = _explore_build(tmp_path / "whole")
    queries, documents = _queries_to_gather(whole)
    assert documents == 6

    fewer = _explore_build(tmp_path / "fewer")
    store = Store(str(fewer / "store"))
    for graph in ("un/A/72/417/en/graph", "un/A/RES/72/200/fr/graph", "un/A/RES/73/218/en/graph"):
        store.remove_graph(NamedNode("https://w3id.org/policy-kg/id/" + graph))
    store.flush()
    del store
    assert _queries_to_gather(fewer) == (queries, 3)


def test_a_document_page_holds_the_facts_of_its_own_graph(tmp_path: Path) -> None:
    store = Store.read_only(str(write_explore_build(tmp_path) / "store"))
    data = gather(store)
    arabic = data.documents["https://w3id.org/policy-kg/id/un/A/72/417/ar/graph"]
    assert arabic.document.symbol == "A/72/417" and arabic.document.language == "ar"
    assert {c.force for c in arabic.commitments} == {"decision", "directive", "exhortatory"}
    read_passages(store, arabic, data.kinds)
    assert arabic.entities["https://w3id.org/policy-kg/id/state/ZMB"].labels == {"زامبيا"}
    # The same commitment read in two language versions is one commitment of the build.
    iris = [c.iri for c in data.commitments()]
    assert len(iris) == len(set(iris))


def test_passages_and_descriptions_are_read_per_document_when_its_pages_are_written(tmp_path: Path) -> None:
    store = Store.read_only(str(write_explore_build(tmp_path) / "store"))
    data = gather(store)
    assert not any(facts.mentions or facts.paragraphs or facts.entities for facts in data.documents.values())
    graph = "https://w3id.org/policy-kg/id/un/A/72/417/ar/graph"
    facts = data.documents[graph]
    read_passages(store, facts, data.kinds)
    assert facts.entities["https://w3id.org/policy-kg/id/state/ZMB"].labels == {"زامبيا"}  # its graph's own labels
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?m <https://w3id.org/policy-kg/ontology#mentionOf> ?e } }"
    [row] = store.query(count % graph)  # type: ignore[misc]
    assert len(facts.mentions) == int(row["n"].value) > 0
    assert [mention[2] for mention in facts.mentions] == sorted(mention[2] for mention in facts.mentions)
    assert facts.paragraphs and all(any("\u0600" <= c <= "\u06ff" for c in quote) for *_, quote in facts.paragraphs)


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build([folder], out)
    return folder, out


def _names(paths: list[Path]) -> set[str]:
    return {path.name for path in paths}


def test_an_unchanged_build_writes_no_page(corpus: tuple[Path, Path]) -> None:
    _, out = corpus
    first = update_views(out)
    assert _names(first.written) == _names(first.pages) and len(first.pages) == len(
        GLOBAL_PAGES
    ) + PAGES_PER_DOCUMENT * len(TEXTS)
    again = update_views(out)
    assert again.written == []
    assert again.pages == first.pages


def test_a_changed_document_rewrites_its_page_and_the_global_pages_only(corpus: tuple[Path, Path]) -> None:
    folder, out = corpus
    first = update_views(out)
    (folder / "fr-ga.txt").write_text(
        "L'Assemblée générale prie le Secrétaire général de présenter un rapport en 2030.\n", encoding="utf-8"
    )
    build([folder], out)
    changed = update_views(out)
    documents = _names(changed.written) - GLOBAL_PAGES
    assert len(documents) == PAGES_PER_DOCUMENT and all("-fr-" in name for name in documents)
    assert _names(changed.written) >= GLOBAL_PAGES
    assert changed.pages == first.pages


def test_a_removed_document_loses_its_page(corpus: tuple[Path, Path]) -> None:
    folder, out = corpus
    update_views(out)
    (folder / "es-plan.txt").unlink()
    build([folder], out)
    after = update_views(out)
    assert len(after.pages) == len(GLOBAL_PAGES) + PAGES_PER_DOCUMENT * (len(TEXTS) - 1)
    assert not list((out / "views" / "documents").glob("*es*.html"))


def test_a_deleted_page_or_a_lost_state_is_written_again(corpus: tuple[Path, Path]) -> None:
    _, out = corpus
    pages = update_views(out).pages
    document = next(path for path in pages if path.parent.name == "documents")
    document.unlink()
    assert _names(update_views(out).written) - GLOBAL_PAGES == {document.name, document.stem + ".text.html"}
    (out / "views" / "state.json").unlink()
    assert _names(update_views(out).written) == _names(pages)


def test_views_of_a_store_without_a_graph_list_are_written_in_full_each_time(tmp_path: Path) -> None:
    out = write_explore_build(tmp_path)
    first = update_views(out)
    assert update_views(out).written == first.pages
    assert not (out / "views" / "state.json").exists()


def test_same_store_same_pages_byte_for_byte(tmp_path: Path) -> None:
    import subprocess
    import sys

    # Each run in a process of its own, so that string hashing (set order) differs between them.
    script = "import sys; from pathlib import Path; from kg.views import write_views; write_views(Path(sys.argv[1]))"
    outputs = []
    for name in ("one", "two"):
        out = _explore_build(tmp_path / name)
        subprocess.run([sys.executable, "-c", script, str(out)], check=True)
        outputs.append({p.relative_to(out).as_posix(): p.read_bytes() for p in sorted((out / "views").rglob("*.html"))})
    assert outputs[0] == outputs[1]
