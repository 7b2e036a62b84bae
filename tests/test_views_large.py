"""The global pages of a large build draw a bounded number of nodes, edges and rows (no 5,000-document build)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.views import CELL_LIST, INDEX_PAGE, MAX_EDGES, MAX_NODES, Pages, _actors_network, _copy_libraries
from kg.views.gather import Commitment, Document, DocumentFacts, Entity, ViewData

ID = "https://w3id.org/policy-kg/id/"
DOCUMENTS = 5000
ACTORS = 600
FORCES = ("declaratory", "exhortatory", "directive", "decision")


def _large_view() -> ViewData:
    """5,000 documents of 12 commitments each, between 600 actors, each quoting a long paragraph."""
    entities = {
        f"{ID}state/S{index:03}": Entity(f"{ID}state/S{index:03}", kinds={"state"}, names={"en": f"State {index}"})
        for index in range(ACTORS)
    }
    actors = sorted(entities)
    documents = {}
    for index in range(DOCUMENTS):
        document = Document(f"{ID}doc/{index}/en", f"{ID}doc/{index}/en/graph", f"{ID}doc/{index}", f"Doc {index}",
                            "en", f"A/RES/{index}", "resolution", f"{1990 + index % 30}-01-01", "")  # fmt: skip
        commitments = [
            Commitment(
                f"{ID}doc/{index}/en/c{number}",
                document.iri,
                actors[(index + number) % 7],
                (actors[(index * 13 + number * 7) % ACTORS], actors[(index + number * 31) % ACTORS]),
                FORCES[(index + number) % 4],
                "requests",
                "Requests the Secretary-General to report. " * 20,
                number * 100,
                number * 100 + 90,
                str(number),
                "",
            )
            for number in range(12)
        ]
        documents[document.graph] = DocumentFacts(document, {}, [], commitments, [], [])
    return ViewData(documents, entities, set())


@pytest.fixture(scope="module")
def large() -> ViewData:
    return _large_view()


def test_the_actors_network_of_a_large_build_is_bounded(large: ViewData) -> None:
    documents = [facts.document for facts in large.documents.values()]
    network, filters, description, _legend = _actors_network(large, documents)
    assert len(network.nodes) <= MAX_NODES and len(network.edges) <= MAX_EDGES
    assert [f["field"] for f in filters] == ["force"]  # no list of 5,000 documents to choose from
    assert "One edge for all the documents' commitments" in description


def test_the_global_pages_of_a_large_build_are_bounded(large: ViewData, tmp_path: Path) -> None:
    views = tmp_path / "views"
    (views / "documents").mkdir(parents=True)
    _copy_libraries(views / "lib")
    pages = Pages(views)
    matrix = pages.write_matrix(large).read_text(encoding="utf-8")
    documents = sorted((facts.document for facts in large.documents.values()), key=lambda d: d.iri)
    index = pages.write_index(documents)
    assert [path.name for path in index][:2] == ["index.html", "index-2.html"]
    assert len(index) == DOCUMENTS // INDEX_PAGE
    listed = [len(re.findall(r"<tr>\s*<td", path.read_text(encoding="utf-8"))) for path in index]
    assert listed == [INDEX_PAGE] * len(index)
    lists = re.findall(r'<section id="pair-\d+" class="pair">(.*?)</section>', matrix, flags=re.DOTALL)
    assert lists and all(item.count("<li><span") <= CELL_LIST for item in lists)
    assert "more, weaker or later" in matrix
    measures = pages.write_measures(large)
    for page in (*index, measures, views / "matrix.html"):
        assert page.stat().st_size < 2_000_000, page.name  # 40 × 40 cells of 5 quotes at most
    # A smaller build afterwards leaves no page of the longer index behind.
    assert [path.name for path in pages.write_index(documents[:10])] == ["index.html"]
    assert sorted(path.name for path in views.glob("index*.html")) == ["index.html"]
