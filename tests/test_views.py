"""The network views: offline pages, escaped text, drawn in headless Chromium."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from explore_graph import console_errors, headless_chromium, write_explore_build
from helpers import nonempty

from kg.views import write_views

HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(3)>", "</script><script>alert(2)</script>")


@pytest.fixture(scope="module")
def views(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_views(write_explore_build(tmp_path_factory.mktemp("views")))


def page(views: list[Path], name: str) -> Path:
    return next(path for path in views if path.name == name)


def test_views_are_written_with_an_index_linking_them(views) -> None:
    names = {
        path.relative_to(path.parents[0] if path.parent.name != "documents" else path.parents[1]).as_posix()
        for path in views
    }
    assert {"index.html", "actors.html", "citations.html", "documents/un-a-72-417-ar.html"} <= names
    index = page(views, "index.html").read_text(encoding="utf-8")
    for linked in ("actors.html", "citations.html", "documents/un-a-72-417-ar.html"):
        assert f'href="{linked}"' in index


def test_no_page_loads_anything_from_the_internet(views) -> None:
    for path in views:
        html = path.read_text(encoding="utf-8")
        remote = re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.IGNORECASE)
        assert not remote, f"{path.name} loads {remote}"
        assert "@import" not in html
    lib = views[0].parent / "lib" if views[0].parent.name != "documents" else views[0].parents[1] / "lib"
    assert (lib / "vis-network.min.js").read_text(encoding="utf-8").startswith("/**\n * vis-network")


def test_text_from_documents_is_escaped_everywhere(views) -> None:
    for path in nonempty(views):
        html = path.read_text(encoding="utf-8")
        for hostile in HOSTILE:
            assert hostile not in html, f"{path.name} holds raw {hostile!r}"
        scripts = re.findall(r"<script\b[^>]*>", html)
        assert all('src="' in tag or 'type="application/json"' in tag for tag in scripts), scripts


def test_multilingual_text_is_marked_for_its_direction(views) -> None:
    arabic = page(views, "un-a-72-417-ar.html").read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in arabic
    assert '<td dir="auto">زامبيا</td>' in arabic
    assert '<h1 dir="auto">تسخير تكنولوجيات المعلومات والاتصالات لأغراض التنمية</h1>' in arabic


def test_pages_draw_their_networks_in_chromium(views, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.wait import WebDriverWait

    with headless_chromium(tmp_path / "profile") as driver:
        for path in views:
            driver.get(path.as_uri())
            if path.name == "index.html":
                assert driver.title.startswith("policy-kg views")
            elif path.name == "matrix.html":
                assert driver.find_elements(By.CSS_SELECTOR, "table.matrix td.cell a")
            elif path.name.endswith(".text.html"):
                assert driver.find_elements(By.CSS_SELECTOR, "article.reader p")
            elif path.name == "series.html":
                assert driver.find_elements(By.CSS_SELECTOR, "svg.timeline circle")
            elif path.name == "measures.html":
                assert driver.find_elements(By.CSS_SELECTOR, ".measure-charts")
            else:
                WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.drawn"))
                count = driver.execute_script("return window.policyKgNetwork.body.data.nodes.length")
                assert count > 1, path.name
            assert driver.execute_script("return window.__alerts") == [], path.name
            assert driver.execute_script("return document.querySelectorAll('img').length") == 0, path.name
            assert console_errors(driver) == [], path.name
            driver.save_screenshot(str(tmp_path / f"{path.stem}.png"))
        assert (tmp_path / "actors.png").stat().st_size > 0


def test_actors_view_filters_by_force(views, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.select import Select
    from selenium.webdriver.support.wait import WebDriverWait

    with headless_chromium(tmp_path / "profile") as driver:
        driver.get(page(views, "actors.html").as_uri())
        WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.drawn"))
        visible = "return window.policyKgNetwork.body.data.edges.get({filter: e => !e.hidden}).map(e => e.force)"
        assert set(driver.execute_script(visible)) == {"directive", "exhortatory"}
        Select(driver.find_element(By.NAME, "force")).select_by_value("exhortatory")
        assert set(driver.execute_script(visible)) == {"exhortatory"}
        hidden_nodes = "return window.policyKgNetwork.body.data.nodes.get({filter: n => n.hidden}).length"
        assert driver.execute_script(hidden_nodes) > 0


def test_large_networks_are_drawn_without_physics(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.views

    monkeypatch.setattr(kg.views, "PHYSICS_LIMIT", 3)
    written = write_views(write_explore_build(tmp_path))
    actors = page(written, "actors.html").read_text(encoding="utf-8")
    assert '"physics": {"enabled": false' in actors
