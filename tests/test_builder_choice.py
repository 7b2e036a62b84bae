"""Regression: news about the UN goes to the news builder, UN texts without a masthead to the UN builder.

The UN builder used to score words ("General Assembly", "United Nations") and any
UN symbol in the head of a text, so news that reported on the UN outscored the
news builder and lost its statistics and commitments. Scores now weigh where such
words stand: a masthead line, an issuer line opening a resolution, numbered
operative paragraphs for the UN builder; a dateline for the news builder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.builders import choose
from kg.cli import main
from kg.model import Document

#: News that names UN bodies and cites UN symbols, each a whole text: a dateline, then prose.
NEWS_ABOUT_THE_UN = {
    "en": "NEW YORK, 20 September 2023 - Philippine President Ferdinand Marcos Jr. addressed the United Nations "
    "General Assembly on Tuesday, calling for stronger protection of migrant workers. More than 2 million "
    "Filipinos work abroad, according to government figures.",
    "vi": "Hà Nội, ngày 25/9/2023 - Việt Nam cam kết thực hiện Nghị quyết A/RES/70/1 của Liên hợp quốc. "
    "Hơn 2,5 triệu người Việt Nam sống ở nước ngoài.",
    "fr": "GENÈVE, 15 mars 2024 - Le Conseil des droits de l'homme des Nations Unies a adopté la résolution "
    "A/HRC/RES/55/1. L'Assemblée générale examinera le texte en septembre.",
    "es": "NUEVA YORK, 10 de junio de 2022 (EFE) - La Asamblea General de las Naciones Unidas aprobó la "
    "resolución A/RES/76/300 con 161 votos a favor.",
    "ru": "НЬЮ-ЙОРК, 20 сентября 2023 года — Генеральная Ассамблея ООН открыла общие прения. Генеральный "
    "секретарь призвал государства выполнить резолюцию A/RES/70/1.",
    "ar": "نيويورك، 20 أيلول/سبتمبر 2023 - دعا الأمين العام للأمم المتحدة الجمعية العامة إلى تنفيذ القرار "
    "A/RES/70/1. ويعيش أكثر من 280 مليون شخص خارج بلدانهم.",
    # No dateline: what the UN builder once counted ("大会", a symbol) stands in sentences only.
    "zh": "新华社联合国9月20日电 联合国大会第78届会议一般性辩论20日在纽约联合国总部开幕。"
    "联合国秘书长古特雷斯呼吁各国落实A/RES/70/1号决议。",
}

#: Excerpts of resolutions with no masthead: an issuer line and its paragraphs, or operative paragraphs only.
RESOLUTION_EXCERPTS = {
    "en": "The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n"
    "1. Welcomes the report of the Secretary-General;\n\n2. Decides to remain seized of the matter.\n",
    "en-council": "The Security Council,\n\nRecalling its previous resolutions on the situation,\n\n"
    "1. Decides to remain actively seized of the matter.\n",
    "en-operative": "1. Welcomes the report of the Secretary-General;\n\n"
    "2. Requests the Secretary-General to submit a report;\n\n3. Decides to remain seized of the matter.\n",
    "fr": "L'Assemblée générale,\n\nRappelant sa résolution 70/1 du 25 septembre 2015,\n\n"
    "1. Prie le Secrétaire général de lui présenter un rapport ;\n\n2. Décide de rester saisie de la question.\n",
    "es": "La Asamblea General,\n\nRecordando su resolución 70/1, de 25 de septiembre de 2015,\n\n"
    "1. Decide seguir ocupándose de la cuestión.\n",
    "ru": "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 70/1,\n\n"
    "1. постановляет продолжать заниматься этим вопросом.\n",
    "zh": "大会，\n\n回顾其第70/1号决议，\n\n1. 决定继续处理此案。\n",
    "ar": "إن الجمعية العامة،\n\nإذ تشير إلى قرارها ٧٠/١،\n\n١ - تقرر أن تبقي المسألة قيد نظرها.\n",
    "ar-operative": "١ - ترحب بتقرير الأمين العام؛\n\n٢ - تطلب إلى الأمين العام أن يقدم تقريرا؛\n",
}


def chosen(key: str, text: str) -> str:
    return choose(Document(source=f"{key}.txt", text=text, language=key.split("-")[0])).name


@pytest.mark.parametrize("key", sorted(NEWS_ABOUT_THE_UN))
def test_news_about_the_un_goes_to_the_news_builder(key: str) -> None:
    assert chosen(key, NEWS_ABOUT_THE_UN[key]) == "news"


@pytest.mark.parametrize("key", sorted(RESOLUTION_EXCERPTS))
def test_resolution_excerpts_without_masthead_go_to_the_un_builder(key: str) -> None:
    assert chosen(key, RESOLUTION_EXCERPTS[key]) == "un"


def test_a_headline_before_the_dateline_and_a_symbol_in_brackets_keep_news_news() -> None:
    text = (
        "UN General Assembly adopts migration compact\n\nNEW YORK, 19 December 2018 - The United Nations "
        "General Assembly on Wednesday endorsed the Global Compact for Migration (A/RES/73/195) by a "
        "recorded vote of 152 in favour.\n"
    )
    assert chosen("en", text) == "news"


def test_a_masthead_makes_a_un_document_even_before_any_paragraph() -> None:
    text = "United Nations\nA/RES/78/1\n\nGeneral Assembly\nDistr.: General\n20 September 2023\n\nAgenda item 7\n"
    assert chosen("en", text) == "un"


@pytest.mark.parametrize("key", ["en", "vi"])
def test_build_keeps_the_statistics_of_news_about_the_un(key: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"{key}-news.txt").write_text(NEWS_ABOUT_THE_UN[key], encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    [document] = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["documents"]
    assert document["builder"] == "news"
    assert document["counts"]["statistics"] >= 1
