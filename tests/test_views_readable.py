"""The views read at a glance, checked in headless Chromium: placed labels, legends, axis, search, panel, matrix.

Screenshots of every page are kept in the test's tmp folder.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from explore_graph import LABEL_BOXES, console_errors, headless_chromium, overlapping, write_explore_build

import kg.views
from kg.views import KIND_COLOURS, write_views

ARABIC_PAGE = "un-a-72-417-ar.html"


@pytest.fixture(scope="module")
def views(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_views(write_explore_build(tmp_path_factory.mktemp("readable")))


def _graph(path: Path) -> dict[str, Any]:
    html = path.read_text(encoding="utf-8")
    return json.loads(html.split('id="graph-data">', 1)[1].split("</script>", 1)[0])


def _page(views: list[Path], name: str) -> Path:
    return next(path for path in views if path.name == name)


def _open(driver: Any, path: Path) -> None:
    from selenium.webdriver.support.wait import WebDriverWait

    driver.get(path.as_uri())
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.labelsPlaced"))


def test_no_two_labels_overlap_where_the_page_draws_them(views, tmp_path: Path) -> None:
    with headless_chromium(tmp_path / "profile") as driver:
        for path in views:
            if "graph-data" not in path.read_text(encoding="utf-8"):
                continue
            _open(driver, path)
            boxes = driver.execute_script(LABEL_BOXES)
            assert boxes, f"{path.name} shows no label"
            assert all(box["width"] > 0 for box in boxes), path.name
            assert overlapping(boxes) == [], path.name
            assert console_errors(driver) == [], path.name
            driver.save_screenshot(str(tmp_path / f"{path.stem}.png"))
    assert (tmp_path / "citations.png").stat().st_size > 0


def test_legend_lists_the_kinds_and_forces_drawn(views) -> None:
    for name in ("actors.html", "citations.html", ARABIC_PAGE):
        path = _page(views, name)
        graph = _graph(path)
        drawn = {node["kind"] for node in graph["nodes"]}
        legend = path.read_text(encoding="utf-8").split('class="legend">', 1)[1].split("</p>", 1)[0]
        for kind in drawn:
            assert f'{KIND_COLOURS.get(kind, kg.views.DEFAULT_COLOUR)}"></span>{kind} ' in legend, (name, kind)
        forces = {edge["force"] for edge in graph["edges"] if "force" in edge}
        assert ("Commitments:" in legend) == bool(forces), name
        assert all(f"</span>{force} " in legend for force in forces), name


def test_only_the_most_connected_labels_show_and_every_name_is_kept(views, monkeypatch) -> None:
    graph = _graph(_page(views, ARABIC_PAGE))
    labelled = [node for node in graph["nodes"] if node["label"]]
    assert 0 < len(labelled) <= kg.views.LABELS_AT_A_GLANCE
    least_labelled = min(node["degree"] for node in labelled)
    assert all(node["degree"] <= least_labelled for node in graph["nodes"] if not node["label"])
    assert all(len(node["label"]) <= kg.views.LABEL_WIDTH for node in labelled)
    zambia = next(node for node in graph["nodes"] if node["id"].endswith("/state/ZMB"))
    assert {"Zambia", "زامبيا", "ZMB"} <= set(zambia["names"])


def test_citations_page_has_a_year_axis_and_places_works_by_year(views) -> None:
    graph = _graph(_page(views, "citations.html"))
    ticks = dict((text, x) for x, text in graph["axis"])
    assert {"2015", "2016", "2017", "undated"} <= set(ticks)
    assert ticks["2015"] < ticks["2016"] < ticks["2017"]
    assert ticks["undated"] < ticks["2015"]
    positions = {node["id"].rsplit("/id/", 1)[1]: node["x"] for node in graph["nodes"]}
    assert positions["un/A/RES/70/1"] == ticks["2015"]
    assert positions["un/A/RES/71/212"] == ticks["2016"]


def test_search_finds_a_node_by_a_name_in_another_language_and_the_panel_quotes_it(views, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    with headless_chromium(tmp_path / "profile") as driver:
        _open(driver, _page(views, ARABIC_PAGE))
        driver.find_element(By.ID, "search").send_keys("زامبيا")
        assert driver.execute_script("return window.policyKgNetwork.getSelectedNodes()") == [
            "https://w3id.org/policy-kg/id/state/ZMB"
        ]
        panel = driver.find_element(By.ID, "panel")
        assert panel.is_displayed()
        assert "Zambia" in panel.text and "kind: state" in panel.text and "ZMB" in panel.text
        link = panel.find_element(By.CSS_SELECTOR, "li a")
        assert link.text.startswith("زامبيا") or "زامبيا" in link.text
        target = link.get_attribute("href").rsplit("#", 1)[1]
        driver.save_screenshot(str(tmp_path / "panel.png"))
        assert driver.find_element(By.ID, target).tag_name == "tr"
        assert driver.execute_script("return window.__alerts") == []


def test_matrix_counts_commitments_by_issuer_and_addressee_coloured_by_strongest_force(views, tmp_path) -> None:
    from selenium.webdriver.common.by import By

    html = _page(views, "matrix.html").read_text(encoding="utf-8")
    assert 'style="background: #bc4c00"><a href="#pair-' in html  # General Assembly → Secretary-General: directive
    with headless_chromium(tmp_path / "profile") as driver:
        driver.get(_page(views, "matrix.html").as_uri())
        header = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "table.matrix thead th")]
        assert "Secretary-General" in header
        row = next(
            r for r in driver.find_elements(By.CSS_SELECTOR, "table.matrix tbody tr") if "General Assembly" in r.text
        )
        cell = row.find_elements(By.TAG_NAME, "td")[header.index("Secretary-General") - 1]
        cell.find_element(By.TAG_NAME, "a").click()
        target = driver.execute_script("return location.hash").lstrip("#")
        listed = driver.find_element(By.ID, target).text
        assert "General Assembly → Secretary-General" in listed and "directive" in listed
        assert console_errors(driver) == []
        driver.save_screenshot(str(tmp_path / "matrix.png"))


def test_untitled_documents_are_listed_by_a_readable_name(tmp_path: Path) -> None:
    from kg.views.gather import Document

    untitled = Document(
        "https://w3id.org/policy-kg/id/news-article/file/x/vi", "g", "w", "", "vi", "", "", "", "corpus/x.txt"
    )
    assert untitled.name == "x.txt"
    assert Document("https://w3id.org/policy-kg/id/un/A/1/en", "g", "w", "", "en", "A/1", "", "", "").name == "A/1"


def test_large_networks_keep_their_most_connected_nodes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.views, "MAX_NODES", 3)
    written = write_views(write_explore_build(tmp_path))
    for name in ("actors.html", "citations.html"):
        page = _page(written, name)
        assert len(_graph(page)["nodes"]) == 3, name
        assert "The 3 most" in page.read_text(encoding="utf-8"), name
    # The works the cap leaves out are listed, those the build read linking to their document's page.
    citations = _page(written, "citations.html").read_text(encoding="utf-8").split('id="not-drawn"', 1)[1]
    links = re.findall(r'<li data-name="[^"]*" dir="auto"><a href="([^"]+)">', citations)
    assert links and all((tmp_path / "views" / link).is_file() for link in links)
    actors = _graph(_page(written, "actors.html"))
    assert any(node["id"].endswith("/un-body/general-assembly") for node in actors["nodes"])
