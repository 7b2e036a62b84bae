"""The document reader (the text's passages, facts marked in place) and the figures charts."""

from __future__ import annotations

from pathlib import Path

import pytest
from explore_graph import console_errors, headless_chromium, write_explore_build
from test_incremental import write_corpus

from kg.views import _figure_charts, write_views
from kg.views.gather import Commitment, Document, DocumentFacts, Entity
from kg.views.reader import direction, passages

ID = "https://w3id.org/policy-kg/id/"


def _facts(language: str, text: str, commitment: str, actors: dict[str, str], figure: str = "") -> DocumentFacts:
    """Facts of a one-sentence document: a commitment over the whole text, actors and a figure inside it."""
    document = Document(f"{ID}x/{language}", f"{ID}x/{language}/graph", f"{ID}x", "", language, "", "", "", "")
    entities = {f"{ID}actor/{key}": Entity(f"{ID}actor/{key}", kinds={"state"}, names={"en": key}) for key in actors}
    mentions = [
        (f"{ID}actor/{key}", quote, text.index(quote), text.index(quote) + len(quote)) for key, quote in actors.items()
    ]
    commitments = [
        Commitment(
            f"{ID}c/{language}",
            document.iri,
            (),
            (),
            "exhortatory",
            "calls-upon",
            commitment,
            text.index(commitment),
            text.index(commitment) + len(commitment),
            "",
            "",
        )
    ]
    statistics = []
    if figure:
        start = text.index(figure)
        statistics.append(
            {
                "value": "1500000",
                "unit": "EUR",
                "qualifier": "",
                "measure": "",
                "area": "",
                "period": "",
                "quote": figure,
                "start": str(start),
                "end": str(start + len(figure)),
            }
        )
    return DocumentFacts(document, entities, mentions, commitments, [], statistics, [])


EXCERPTS = {
    "en": (
        "The Assembly urges Zambia and Chile to act. It rained.",
        "The Assembly urges Zambia and Chile to act.",
        {"ZMB": "Zambia", "CHL": "Chile"},
    ),
    "fr": ("L'Assemblée engage la Zambie à agir.", "L'Assemblée engage la Zambie à agir.", {"ZMB": "Zambie"}),
    "ar": ("تحث الجمعية زامبيا على العمل.", "تحث الجمعية زامبيا على العمل.", {"ZMB": "زامبيا"}),
    "vi": ("Đại hội đồng kêu gọi Zambia hành động.", "Đại hội đồng kêu gọi Zambia hành động.", {"ZMB": "Zambia"}),
}


@pytest.mark.parametrize("language", sorted(EXCERPTS))
def test_each_piece_of_text_carries_the_marks_of_the_facts_over_it(language: str) -> None:
    text, commitment, actors = EXCERPTS[language]
    [passage] = passages(_facts(language, text, commitment, actors))
    assert "".join(piece.text for piece in passage) == commitment
    for quote in actors.values():
        piece = next(p for p in passage if p.text == quote)
        assert piece.classes == "force-exhortatory mark-commitment mark-entity"
    unmarked_by_entity = [p for p in passage if p.text not in actors.values()]
    assert all(p.classes == "force-exhortatory mark-commitment" for p in unmarked_by_entity)
    assert passage[0].anchor == 0


def test_quotes_that_do_not_overlap_are_separate_passages_and_figures_are_marked() -> None:
    text = "Le plan coûtera 1 500 000 euros. Plus loin, la Zambie."
    facts = _facts("fr", text, "Le plan coûtera 1 500 000 euros.", {"ZMB": "Zambie"}, figure="1 500 000 euros")
    first, second = passages(facts)
    assert "".join(p.text for p in first) == "Le plan coûtera 1 500 000 euros."
    assert [(p.text, p.classes) for p in second] == [("Zambie", "mark-entity")]
    figure = next(p for p in first if p.text == "1 500 000 euros")
    assert "mark-figure" in figure.classes.split() and "1500000 EUR" in figure.title.splitlines()


WHOLE_TEXTS = {
    "en": ("Resolution 1\n\nThe Assembly urges Zambia and Chile to act.\n\nIt rained.", "Zambia"),
    "ar": ("القرار 1\n\nتحث الجمعية زامبيا على العمل.\n\nوأمطرت.", "زامبيا"),
    "zh": ("第1号决议\n\n大会敦促赞比亚采取行动。\n\n下雨了。", "赞比亚"),
}


@pytest.mark.parametrize("language", sorted(WHOLE_TEXTS))
def test_the_whole_text_is_shown_in_its_blocks_with_facts_at_their_spans(language: str) -> None:
    text, actor = WHOLE_TEXTS[language]
    heading, sentence, rest = text.split("\n\n")
    blocks = passages(_facts(language, text, sentence, {"ZMB": actor}), text)
    assert ["".join(piece.text for piece in block) for block in blocks] == [heading, sentence, rest]
    assert [piece.classes for piece in blocks[0] + blocks[2]] == ["", ""]  # text no fact quotes is shown too
    marked = next(piece for piece in blocks[1] if piece.text == actor)
    assert marked.classes == "force-exhortatory mark-commitment mark-entity"
    assert marked.anchor == text.index(actor)


def test_a_fact_over_two_blocks_is_marked_in_both() -> None:
    text = "The Assembly urges Zambia\n\nto act now. It rained."
    facts = _facts("en", text, "The Assembly urges Zambia\n\nto act now.", {"ZMB": "Zambia"})
    first, second = passages(facts, text)
    assert all("mark-commitment" in piece.classes for piece in first)
    assert [(p.text, p.classes) for p in second] == [
        ("to act now.", "force-exhortatory mark-commitment"),
        (" It rained.", ""),
    ]
    assert first[0].anchor == 0 and second[0].anchor is None  # one anchor, where the fact begins


def test_arabic_reads_right_to_left() -> None:
    assert direction("ar") == "rtl"
    assert {direction(code) for code in ("en", "fr", "es", "ru", "zh", "vi")} == {"ltr"}


def test_figures_are_charted_by_unit_with_bars_in_proportion() -> None:
    text = "The plan will cost 1500000 euros."
    facts = _facts("en", text, text, {}, figure="1500000 euros")
    facts.statistics.append({**facts.statistics[0], "value": "750000", "start": "0"})
    [chart] = _figure_charts(facts)
    assert chart["unit"] == "EUR"
    assert [bar["width"] for bar in chart["bars"]] == [420.0, 210.0]
    assert chart["bars"][0]["value"] == "1,500,000 EUR"


@pytest.fixture(scope="module")
def views(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_views(write_explore_build(tmp_path_factory.mktemp("reader")))


def test_reader_pages_mark_facts_in_chromium_with_arabic_right_to_left(views, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    readers = [path for path in views if path.name.endswith(".text.html")]
    assert len(readers) == 6
    arabic = next(path for path in readers if path.name == "un-a-72-417-ar.text.html")
    with headless_chromium(tmp_path / "profile") as driver:
        for path in readers:
            driver.get(path.as_uri())
            assert driver.execute_script("return window.__alerts") == [], path.name
            assert console_errors(driver) == [], path.name
            driver.save_screenshot(str(tmp_path / f"{path.stem}.png"))
        driver.get(arabic.as_uri())
        article = driver.find_element(By.CSS_SELECTOR, "article.reader")
        assert article.get_attribute("dir") == "rtl"
        assert driver.execute_script("return getComputedStyle(arguments[0]).direction", article) == "rtl"
        zambia = next(e for e in driver.find_elements(By.CSS_SELECTOR, ".mark-entity") if e.text == "زامبيا")
        assert zambia.get_attribute("title") == "Zambia"
        marked = {e.get_attribute("id") for e in driver.find_elements(By.CSS_SELECTOR, "article [id^=t-]")}
        listed = {a.get_attribute("href").rsplit("#", 1)[1] for a in driver.find_elements(By.CSS_SELECTOR, "aside a")}
        assert listed and listed <= marked  # every fact listed beside the text links to its place in it
        assert driver.find_elements(By.CSS_SELECTOR, "article .mark-figure")
        link = driver.find_element(By.CSS_SELECTOR, "aside.facts a")
        link.click()
        assert driver.find_element(By.ID, link.get_attribute("href").rsplit("#", 1)[1]).is_displayed()


def test_series_timeline_shows_each_resolution_by_year_and_what_changed(views, tmp_path: Path) -> None:
    from pyoxigraph import Store

    from kg.views.gather import gather
    from kg.views.series import series

    out = next(path for path in views if path.name == "series.html").parents[1]
    [line] = series(gather(Store.read_only(str(out / "store"))))
    assert line.name == "Information and communications technologies for development"
    assert [(m.symbol, m.year, m.read) for m in line.members] == [
        ("A/RES/71/212", 2016, False),
        ("A/RES/72/200", 2017, True),
        ("A/RES/73/218", 2018, True),
    ]
    latest = line.members[-1]
    assert latest.asks == ("requests: Secretary-General",)
    assert latest.dropped == ("invites: International Telecommunication Union", "invites: Secretary-General")
    assert latest.added == ()
    with headless_chromium(tmp_path / "profile") as driver:
        driver.get((out / "views" / "series.html").as_uri())
        from selenium.webdriver.common.by import By

        ticks = [t.text for t in driver.find_elements(By.CSS_SELECTOR, "svg.timeline text")]
        assert {"2016", "2017", "2018", "A/RES/72/200"} <= set(ticks)
        assert console_errors(driver) == []
        driver.save_screenshot(str(tmp_path / "series.png"))


BUILT_TEXTS = {
    "en.txt": "The General Assembly,\n\n1. Requests the Secretary-General to report.\n\n"
    "Note <script>alert('en')</script> & <b>bold</b>, quoted by no fact.\n",
    "ar.txt": "إن الجمعية العامة،\n\n1- تطلب إلى الأمين العام أن يقدم تقريرا.\n\n"
    "ملاحظة <img src=x onerror=alert('ar')> لا يقتبسها أي واقع.\n",
}


def test_the_reader_of_a_build_shows_the_whole_text_escaped_in_chromium(tmp_path: Path) -> None:
    """Before, the reader showed only the quotes of facts: text no fact quoted was missing."""
    from selenium.webdriver.common.by import By

    from kg.pipeline import build

    out = tmp_path / "out"
    build([write_corpus(tmp_path / "docs", BUILT_TEXTS)], out)
    readers = sorted(path for path in write_views(out) if path.name.endswith(".text.html"))
    assert len(readers) == 2
    html = "\n".join(path.read_text(encoding="utf-8") for path in readers)
    assert "&lt;script&gt;alert(&#39;en&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert "<script>alert" not in html and "<img src=x" not in html
    with headless_chromium(tmp_path / "profile") as driver:
        for path in readers:
            driver.get(path.as_uri())
            article = driver.find_element(By.CSS_SELECTOR, "article.reader.whole")
            source = next(text for text in BUILT_TEXTS.values() if text.split("\n")[0] in article.text)
            assert " ".join(article.text.split()) == " ".join(source.split())
            assert driver.execute_script("return window.__alerts") == []
            assert console_errors(driver) == []
            if article.get_attribute("lang") == "ar":
                assert driver.execute_script("return getComputedStyle(arguments[0]).direction", article) == "rtl"
            assert driver.find_elements(By.CSS_SELECTOR, "article .mark-commitment")
            driver.save_screenshot(str(tmp_path / f"{path.stem}.png"))
