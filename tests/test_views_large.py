"""The global pages of a large build draw a bounded number of nodes, edges and rows (no 5,000-document build).

The crowded citations and series pages are also opened in headless Chromium; screenshots in the tmp folder.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path

import pytest
from explore_graph import LABEL_BOXES, console_errors, headless_chromium, overlapping

from kg.views import CELL_LIST, INDEX_PAGE, MAX_EDGES, MAX_NODES, Pages, _actors_network, _copy_libraries
from kg.views.citations import COLUMN_ROWS, LISTED_PER_YEAR, YEAR_WORKS
from kg.views.gather import Commitment, Document, DocumentFacts, Entity, ViewData
from kg.views.series import MAX_DISCREPANCIES, MAX_SERIES, SERIES_MEMBERS

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
                (actors[(index + number) % 7],),
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


# --- the citations and series pages of a crowded build ---------------------------------------------------

CROWDED_YEAR = 2016
CROWDED_WORKS = 1000
UNDATED_WORKS = 200
CITING_WORKS = 50


def _work(name: str, year: int | None, title: str = "") -> Entity:
    return Entity(
        f"{ID}un/{name}",
        kinds={"resolution"},
        names={"en": title} if title else {},
        symbols={name},
        dates={f"{year}-12-20"} if year else set(),
    )


def _crowded_citations() -> ViewData:
    """1,000 works of one year, cited 1 to 5 times by 50 works of 2018–2020, and 200 undated works."""
    citing = [_work(f"A/RES/{73 + index % 3}/{index}", 2018 + index % 3) for index in range(CITING_WORKS)]
    cited = [_work(f"A/RES/71/{index}", CROWDED_YEAR) for index in range(CROWDED_WORKS)]
    undated = [_work(f"A/{index}", None) for index in range(UNDATED_WORKS)]
    citations = {
        (citing[(index + step * 7) % CITING_WORKS].iri, work.iri)
        for index, work in enumerate(cited + undated)
        for step in range(1 + index % 5)
    }
    return ViewData({}, {work.iri: work for work in citing + cited + undated}, citations)


def _many_series(count: int) -> ViewData:
    """``count`` series of 2 to 11 members, and one of 60; 1,000 discrepancies."""
    entities = {}
    for index in range(count):
        members = 60 if index == count // 2 else 2 + index % 10
        for member in range(members):
            work = _work(f"A/RES/{30 + member}/{index}", 1975 + member, f"Topic {index}")
            entities[work.iri] = work
    rows = [{"symbol": f"A/RES/75/{n}", "comparison": "stage", "difference": "weakened", "detail": "decides → notes"}
            for n in range(1000)]  # fmt: skip
    return ViewData({}, entities, set(), {"discrepancies": rows})


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The citations and series pages of crowded inputs, written as ``write_views`` writes them."""
    views = tmp_path_factory.mktemp("crowded") / "views"
    views.mkdir()
    _copy_libraries(views / "lib")
    Pages(views).write_citations(_crowded_citations())
    Pages(views).write_series(_many_series(300))
    return views


def _graph(page: Path) -> dict:
    html = page.read_text(encoding="utf-8")
    return json.loads(html.split('id="graph-data">', 1)[1].split("</script>", 1)[0])


def test_a_crowded_year_wraps_into_sub_columns_within_its_band(crowded: Path) -> None:
    graph = _graph(crowded / "citations.html")
    ticks = {text: x for x, text in graph["axis"]}
    band = ticks[str(CROWDED_YEAR + 1)] - ticks[str(CROWDED_YEAR)]
    years = {node["id"]: node["id"].split("/")[-2] for node in graph["nodes"]}
    crowded_nodes = [node for node in graph["nodes"] if node["id"].startswith(f"{ID}un/A/RES/71/")]
    undated = [node for node in graph["nodes"] if node["id"].startswith(f"{ID}un/A/") and years[node["id"]] == "A"]
    assert len(crowded_nodes) == YEAR_WORKS and len(undated) == YEAR_WORKS
    for nodes, tick in ((crowded_nodes, ticks[str(CROWDED_YEAR)]), (undated, ticks["undated"])):
        columns = Counter(node["x"] for node in nodes)
        assert len(columns) == math.ceil(YEAR_WORKS / COLUMN_ROWS)
        assert max(columns.values()) <= COLUMN_ROWS
        assert all(abs(node["x"] - tick) < band / 2 for node in nodes)  # within the year's band
        assert sum(columns) / len(columns) == pytest.approx(tick)  # the tick at the band's centre
    assert ticks["undated"] < ticks[str(CROWDED_YEAR)] < ticks["2018"] < ticks["2020"]


def test_a_crowded_year_draws_its_most_cited_and_counts_and_lists_the_others(crowded: Path) -> None:
    data = _crowded_citations()
    cited = Counter(work for _, work in data.citations)
    graph = _graph(crowded / "citations.html")
    drawn = {node["id"] for node in graph["nodes"]}
    of_year = [iri for iri in cited if "/A/RES/71/" in iri]
    assert min(cited[iri] for iri in of_year if iri in drawn) >= max(cited[iri] for iri in of_year if iri not in drawn)
    notes = {text for _x, _y, text in graph["notes"]}
    assert f"and {CROWDED_WORKS - YEAR_WORKS} more (listed below)" in notes
    assert f"and {UNDATED_WORKS - YEAR_WORKS} more (listed below)" in notes
    html = (crowded / "citations.html").read_text(encoding="utf-8")
    year = html.split(f'id="not-drawn-{CROWDED_YEAR}"', 1)[1].split("</details>", 1)[0]
    assert f"{CROWDED_WORKS - YEAR_WORKS} more" in year
    assert year.count("<li data-name") == LISTED_PER_YEAR
    assert f"and {CROWDED_WORKS - YEAR_WORKS - LISTED_PER_YEAR} less cited, not listed" in year
    assert (crowded / "citations.html").stat().st_size < 2_000_000


def test_the_series_page_draws_the_series_of_most_members_and_lists_the_others(crowded: Path) -> None:
    html = (crowded / "series.html").read_text(encoding="utf-8")
    drawn = re.findall(r'<section class="series" data-name="([^"]*)">\s*<h2 dir="auto">([^<]*)</h2>', html)
    assert len(drawn) == MAX_SERIES
    assert drawn[0][1] == "Topic 150 (60)"  # the longest first, then ten members, ...
    assert [title.rsplit("(", 1)[1] for _, title in drawn[1:4]] == ["11)"] * 3
    assert f"The latest {SERIES_MEMBERS} members; and {60 - SERIES_MEMBERS} earlier, not drawn." in html
    first = html.split('<section class="series"', 2)[1]
    assert first.count("<circle") == SERIES_MEMBERS and first.count("<tr><td>") == SERIES_MEMBERS
    others = html.split('<section class="other-series">', 1)[1].split("</section>", 1)[0]
    assert f"And {300 - MAX_SERIES} more series, not drawn" in others
    assert others.count("<tr data-name") == 300 - MAX_SERIES
    discrepancies = html.split('class="discrepancies"', 1)[1]
    assert "Discrepancies between versions and stages (1000)" in discrepancies
    assert discrepancies.count("<tr><td>") == MAX_DISCREPANCIES
    assert (crowded / "series.html").stat().st_size < 2_000_000


# Records, for each "and N more" note of the last drawing, whether the canvas was untransformed then.
NOTES_TRAP = """
window.__notes = [];
const fillText = CanvasRenderingContext2D.prototype.fillText;
CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
  if (String(text).includes("more (listed below)")) {
    if (String(text).startsWith("and 164")) { window.__notes = []; }
    window.__notes.push(this.getTransform().isIdentity);
  }
  return fillText.call(this, text, ...rest);
};
"""


def test_crowded_pages_read_in_chromium_with_their_filters(crowded: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.wait import WebDriverWait

    with headless_chromium(tmp_path / "profile") as driver:
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": NOTES_TRAP})
        driver.get((crowded / "citations.html").as_uri())
        WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.labelsPlaced"))
        assert driver.execute_script("return window.policyKgNetwork.body.data.nodes.length") <= MAX_NODES
        # Drawn where the band is, never also on vis-network's untransformed measuring pass (a stray large copy).
        assert driver.execute_script("return window.__notes") == [False, False]
        boxes = driver.execute_script(LABEL_BOXES)
        assert boxes and overlapping(boxes) == []
        driver.save_screenshot(str(tmp_path / "citations-crowded.png"))
        html = (crowded / "citations.html").read_text(encoding="utf-8")
        listed = re.findall(r'<li data-name="(A/RES/71/\d{3}) ', html)  # three digits: no name holds another
        assert listed
        driver.find_element(By.ID, "works-filter").send_keys(listed[-1])
        shown = driver.find_elements(By.CSS_SELECTOR, ".not-drawn li[data-name]:not([hidden])")
        assert [item.text.split(" (")[0] for item in shown] == [listed[-1]] and shown[0].is_displayed()
        assert console_errors(driver) == []

        driver.get((crowded / "series.html").as_uri())
        driver.find_element(By.ID, "series-filter").send_keys("Topic 17")
        shown = [e for e in driver.find_elements(By.CSS_SELECTOR, "[data-name]") if e.is_displayed()]
        names = sorted(e.text.split(" (")[0].split("\n")[0] for e in shown)
        assert names and all(name.startswith("Topic 17") for name in names)
        assert "of 300 shown" in driver.find_element(By.ID, "series-filter-count").text
        driver.save_screenshot(str(tmp_path / "series-filtered.png"))
        assert console_errors(driver) == []
        assert driver.execute_script("return window.__alerts") == []
