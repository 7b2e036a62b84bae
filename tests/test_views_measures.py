"""One measure across documents: figures grouped by measure and unit, charted by year, bounded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from explore_graph import console_errors, headless_chromium

from kg.views import write_views
from kg.views.gather import Document, DocumentFacts, Entity, ViewData
from kg.views.measures import MAX_LINES, MAX_MEASURES, MAX_ROWS, NO_AREA, chart, measure_key, measures

ID = "https://w3id.org/policy-kg/id/"
CORPUS_REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus-real"
SCALES = ("en_ares_73_271_scale_of_assessments.txt", "en_ares_76_238_scale_of_assessments.txt")


def _document(name: str, date: str) -> Document:
    return Document(f"{ID}{name}/en", f"{ID}{name}/en/graph", f"{ID}{name}", name, "en", "", "", date, "")


def _figure(value: str, measure: str, unit: str, area: str = "", period: str = "", start: int = 0) -> dict[str, str]:
    return {
        "value": value,
        "qualifier": "exact",
        "unit": unit,
        "measure": measure,
        "area": f"{ID}state/{area}" if area else "",
        "period": period,
        "quote": value,
        "start": str(start),
        "end": str(start + len(value)),
    }


def _view(figures_by_document: dict[tuple[str, str], list[dict[str, str]]]) -> ViewData:
    areas = {row["area"] for rows in figures_by_document.values() for row in rows if row["area"]}
    entities = {area: Entity(area, kinds={"state"}, names={"en": area.rsplit("/", 1)[1]}) for area in areas}
    documents = {}
    for (name, date), rows in figures_by_document.items():
        document = _document(name, date)
        documents[document.graph] = DocumentFacts(document, {}, [], [], [], rows)
    return ViewData(documents, entities, set())


def test_a_measure_is_its_words_without_numbers_and_its_unit() -> None:
    assert measure_key("Scale of assessments for 2019, 2020 and 2021", "percent") == measure_key(
        "scale of  assessments for 2022, 2023 and 2024", "percent"
    )
    assert measure_key("remittances", "USD") != measure_key("remittances", "percent")


@pytest.mark.parametrize(
    "words",
    [
        ("assessment rate for 2019-2021", "assessment rate for 2022-2024"),
        ("taux de contribution 2019", "Taux de contribution 2022"),
        ("tasa de prorrateo 2019", "tasa de prorrateo 2022"),
        ("ставка взноса на 2019 год", "ставка взноса на 2022 год"),
        ("2019年分摊比额", "2022年分摊比额"),
        ("معدل الأنصبة المقررة لعام 2019", "معدل الأنصبة المقررة لعام 2022"),
        ("tỷ lệ đóng góp năm 2019", "tỷ lệ đóng góp năm 2022"),
    ],
)
def test_two_documents_giving_one_measure_for_other_years_make_one_line_per_area(words: tuple[str, str]) -> None:
    data = _view(
        {
            ("first", "2018-12-22"): [
                _figure("12.005", words[0], "percent", "CHN", "2019/2021"),
                _figure("22", words[0], "percent", "USA", "2019/2021", 10),
                _figure("100", words[0], "percent", "", "2019/2021", 20),
                _figure("7", "a measure of one document only", "percent", "CHN"),
            ],
            ("second", "2021-12-24"): [
                _figure("15.254", words[1], "percent", "CHN", "2022/2024"),
                _figure("22", words[1], "percent", "USA", "2022/2024", 10),
            ],
        }
    )
    [measure] = measures(data)
    assert measure.label == words[1] and measure.unit == "percent" and measure.documents == 2
    assert {area: [(f.year, f.value) for f in figures] for area, figures in measure.lines.items()} == {
        "CHN": [(2019, 12.005), (2022, 15.254)],
        "USA": [(2019, 22.0), (2022, 22.0)],
        "": [(2019, 100.0)],
    }
    drawn = chart(measure)
    assert [line.name for line in drawn.lines] == ["USA", "CHN"]  # the total of no area would flatten them
    assert drawn.rows == [("USA", ["22", "22"]), ("CHN", ["12.005", "15.254"]), (NO_AREA, ["100", ""])]
    assert [text for _, text in drawn.x_ticks] == ["2019", "2020", "2021", "2022"]
    china = drawn.lines[1].dots
    assert china[0].y > china[1].y  # a larger value is drawn higher
    assert china[1].href == "documents/second-en.html#at-0"
    assert china[1].title == "CHN · 2022: 15.254 percent (second [en])"


def _named(number: int) -> str:
    """A measure's words, without digits (numbers are no part of a measure's name)."""
    return "measure " + "".join(chr(ord("a") + int(digit)) for digit in str(number))


def test_a_large_build_gives_a_bounded_page() -> None:
    """5,000 documents over 40 years, 2 of 150 measures each for 10 of 400 areas: the page draws a bounded number."""
    data = _view(
        {
            (f"doc{index}", f"{1985 + index % 40}-01-01"): [
                _figure(
                    str(index + area), _named((index + measure) % 150), "USD", f"A{(index // 150 * 10 + area) % 400}"
                )
                for measure in range(2)
                for area in range(10)
            ]
            for index in range(5000)
        }
    )
    found = measures(data)
    assert len(found) == MAX_MEASURES
    for measure in found:
        drawn = chart(measure)
        assert len(drawn.lines) == MAX_LINES and len(drawn.rows) == MAX_ROWS < drawn.areas
        assert all(len(line.dots) <= len(measure.years) <= 40 for line in drawn.lines)  # one dot a year
        assert len(drawn.x_ticks) <= 13
        assert all(len(value.split(" / ")) <= 3 for _, values in drawn.rows for value in values)


@pytest.mark.slow
def test_the_scales_of_assessments_of_two_years_are_charted_in_chromium(tmp_path: Path) -> None:
    """The two scale-of-assessments resolutions give each State's rate for 2019 and for 2022."""
    if not all((CORPUS_REAL / name).is_file() for name in SCALES):
        pytest.skip(f"the development set is absent ({CORPUS_REAL})")
    from selenium.webdriver.common.by import By

    from kg.pipeline import build

    docs = tmp_path / "docs"
    docs.mkdir()
    for name in SCALES:
        shutil.copy(CORPUS_REAL / name, docs / name)
    out = tmp_path / "out"
    build([docs], out)
    page = next(path for path in write_views(out) if path.name == "measures.html")
    with headless_chromium(tmp_path / "profile") as driver:
        driver.get(page.as_uri())
        shown = driver.find_element(By.CSS_SELECTOR, ".measure-charts section.measure:first-child")
        assert "scale of assessments" in shown.find_element(By.TAG_NAME, "h2").text
        rows = {
            cells[0].text: [cell.text for cell in cells[1:]]
            for row in shown.find_elements(By.CSS_SELECTOR, "tbody tr")
            for cells in [row.find_elements(By.TAG_NAME, "td")]
        }
        assert rows["China"] == ["12.005", "15.254"]
        assert rows["Brazil"] == ["2.948", "2.013"]
        legend = shown.find_element(By.TAG_NAME, "figcaption").text
        assert "United States of America" in legend and "China" in legend
        assert {t.text for t in shown.find_elements(By.CSS_SELECTOR, "svg text")} >= {"percent", "2019", "2022"}
        driver.save_screenshot(str(tmp_path / "measures.png"))
        links = driver.find_elements(By.CSS_SELECTOR, ".measure-list a")
        assert len(links) >= 2
        links[1].click()
        [visible] = [s for s in driver.find_elements(By.CSS_SELECTOR, "section.measure") if s.is_displayed()]
        assert visible.get_attribute("id") == links[1].get_attribute("href").rsplit("#", 1)[1]
        assert console_errors(driver) == []
        driver.save_screenshot(str(tmp_path / "measures-second.png"))
