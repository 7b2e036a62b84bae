"""Datelines in every language: the place that opens an article, and so the state its national bodies belong to.

Capitals show a dateline in English ("DUBAI, 5 March 2024 —"); Arabic and Chinese have none, and a
Vietnamese dateline is not printed in them: there the place must be one the gazetteer knows. News
agencies of Chinese print theirs in one run ("新华社上海3月5日电"). The excerpts are composed for
these tests.
"""

from __future__ import annotations

import pytest
from helpers import build_news, news_document

from kg import lang, resolve
from kg.finders.text import DocumentText

DATELINES = [
    ("en", "Ministry announces plan\n\nDUBAI, 5 March 2024 — The Ministry of Economy announced a plan.\n",
     "DUBAI, 5 March 2024", "ARE"),
    ("ar", "الوزارة تعلن خطة\n\nجدة - 5 مارس 2024 - أعلنت وزارة الموارد البشرية عن خطة لتوظيف 5000 عامل.\n", "جدة", "SAU"),
    ("ar", "الحكومة تعلن خطة\n\nدبي (رويترز) - أعلنت الحكومة عن خطة جديدة.\n", "دبي (رويترز)", "ARE"),
    ("zh", "上海市发布计划\n\n新华社上海3月5日电 上海市人民政府5日发布计划。\n", "上海", "CHN"),
    ("zh", "国务院发布通知\n\n本报北京11月5日电 国务院日前印发通知。\n", "北京", "CHN"),
    ("ru", "План объявлен\n\nСАНКТ-ПЕТЕРБУРГ, 5 марта. /ТАСС/. Министерство труда объявило план.\n",
     "САНКТ-ПЕТЕРБУРГ, 5 марта", "RUS"),
    ("fr", "Un plan annoncé\n\nSTRASBOURG, 5 mars 2024 — Le ministère de l'Intérieur a annoncé un plan.\n",
     "STRASBOURG, 5 mars 2024", "FRA"),
]  # fmt: skip


def _news(text: str, language: str) -> DocumentText:
    return DocumentText(news_document(text, language), lang.get(language))


@pytest.mark.parametrize(("language", "text", "place", "state"), DATELINES)
def test_the_dateline_names_the_place_and_its_state(language: str, text: str, place: str, state: str) -> None:
    news = _news(text, language)
    assert news.dateline is not None and news.dateline.of(text) == place
    assert news.home_state == state


def test_an_agency_line_without_a_known_place_is_no_dateline() -> None:
    # "中新网" is an agency's name, not a place: the run has the form of a dateline, not its content.
    assert _news("国务院发布通知\n\n中新网3月5日电 国务院日前印发通知。\n", "zh").dateline is None


def test_a_caseless_line_that_opens_with_no_place_is_no_dateline() -> None:
    assert _news("الحكومة تعلن خطة\n\nأعلنت الحكومة - بحسب بيان - عن خطة جديدة.\n", "ar").dateline is None


def test_an_arabic_ministry_belongs_to_the_state_of_the_dateline() -> None:
    text = DATELINES[1][1]
    extraction = build_news(text, "ar")
    ministry = next(m for m in extraction.mentions if m.kind == "government-agency")
    assert resolve.resolve(ministry, "ar").key.startswith("SAU/")
    assert extraction.document.date == "2024-03-05"
