"""Regression: documents with no mention, citation or commitment still get their view pages.

A news text whose only facts are figures used to make ``kg build`` exit 1 after the
graph was written: the document's own node was looked up in a network built from
its mentions only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from explore_graph import console_errors, headless_chromium

from kg.cli import main

#: Each one a whole file: figures but no actor; no fact at all; a UN text with a symbol only.
TEXTS = {
    "es-min.txt": "El plan costará 1.500.000 euros y beneficiará a más de 12.000 personas.\n",
    "en-nothing.txt": "It rained all day.\n",
    "fr-nothing.txt": "Il a plu toute la journée.\n",
    "ru-symbol.txt": "Распределение: общая\nA/RES/1/1\n",
}


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, int]:
    folder = tmp_path_factory.mktemp("sparse")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "out"
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out)])
    return out, result.output, result.exit_code


def test_build_of_documents_without_mentions_exits_0(build) -> None:
    out, output, exit_code = build
    assert exit_code == 0, output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [d["status"] for d in report["documents"]] == ["built"] * len(TEXTS)


def test_every_document_has_its_page_linked_from_the_index(build) -> None:
    out, _, _ = build
    views = out / "views"
    assert {"index.html", "actors.html", "citations.html"} <= {p.name for p in views.iterdir()}
    pages = sorted(path for path in (views / "documents").glob("*.html") if not path.name.endswith(".text.html"))
    assert len(pages) == len(TEXTS)
    index = (views / "index.html").read_text(encoding="utf-8")
    for path in pages:
        assert f'href="documents/{path.name}"' in index


def test_document_page_shows_the_document_node_and_empty_sections(build) -> None:
    out, _, _ = build
    page = (out / "views" / "documents" / "news-article-file-es-min-es.html").read_text(encoding="utf-8")
    graph = json.loads(page.split('id="graph-data">', 1)[1].split("</script>", 1)[0])
    assert [node["id"] for node in graph["nodes"]] == ["https://w3id.org/policy-kg/id/news-article/file/es-min/es"]
    assert graph["edges"] == []
    assert "<h2>Entities mentioned (0)</h2>" in page
    assert "<h2>Statistics (2)</h2>" in page


def test_sparse_pages_draw_in_chromium(build, tmp_path: Path) -> None:
    out, _, _ = build
    with headless_chromium(tmp_path / "profile") as driver:
        for path in sorted((out / "views").rglob("*.html")):
            driver.get(path.as_uri())
            if "graph-data" in path.read_text(encoding="utf-8"):
                from selenium.webdriver.support.wait import WebDriverWait

                WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.drawn"))
            assert console_errors(driver) == [], path.name
