"""Which language a document is in: its own, even where the project has no words of it.

A German or Portuguese text labelled English or Spanish would publish labels under the wrong
language tag and be read with another language's verbs. The excerpts are composed for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import rows, select

from kg.cli import main
from kg.pipeline import build
from kg.query import open_store
from kg.readers.language import detect_language

READ = {
    "en": "The Government announced on Tuesday a programme to resettle 30,000 refugees with IOM and UNHCR.",
    "fr": "Le Gouvernement a annoncé mardi un programme d'accueil de 30 000 réfugiés avec l'OIM et le HCR.",
    "es": "El Gobierno anunció el martes un programa de acogida de 30.000 refugiados con la OIM y el ACNUR.",
    "ru": "Правительство объявило во вторник о программе приема 30 000 беженцев совместно с МОМ и УВКБ.",
    "ar": "أعلنت الحكومة يوم الثلاثاء عن برنامج لاستقبال 30 ألف لاجئ بالتعاون مع المنظمة الدولية للهجرة.",
    "zh": "政府星期二宣布与国际移民组织和联合国难民署合作，实施接收三万名难民的方案。",
    "vi": "Chính phủ hôm thứ Ba công bố chương trình tiếp nhận 30.000 người tị nạn cùng IOM và UNHCR.",
}
OTHERS = {
    "pt": "O Governo do Brasil anunciou na terça-feira um programa de acolhimento de 30 mil refugiados "
    "venezuelanos, em parceria com a Organização Internacional para as Migrações.",
    "de": "Die Bundesregierung hat am Dienstag zugesagt, gemeinsam mit der Internationalen Organisation "
    "für Migration 30.000 Flüchtlinge aus Syrien aufzunehmen.",
    "it": "Il Governo ha annunciato martedì un programma di accoglienza di trentamila rifugiati, in "
    "collaborazione con l'Organizzazione internazionale per le migrazioni.",
}


@pytest.mark.parametrize("code", sorted(READ))
def test_the_languages_the_project_reads_are_told_apart(code: str) -> None:
    assert detect_language(READ[code]) == code


@pytest.mark.parametrize("code", sorted(OTHERS))
def test_a_language_without_a_pack_keeps_its_own_code(code: str) -> None:
    assert detect_language(OTHERS[code]) == code


def test_a_line_too_short_to_tell_a_neighbour_is_read_in_the_closest_language_of_the_project() -> None:
    # Spanish and Portuguese share most short phrases; a lone line is not evidence of Portuguese.
    assert detect_language("El Gobierno anunció el programa.") == "es"


def test_a_long_text_is_told_by_its_body_not_by_a_heading_in_another_language() -> None:
    """Only the opening of a text is read: a site's English navigation before it must not decide."""
    navigation = "Home | News | Press releases | Contact us | Subscribe to our newsletter | Search\n" * 8
    body = (READ["fr"] + " Le ministre a précisé que les familles seront accueillies dans douze régions.\n") * 120
    assert len(navigation) > 500 and len(body) > 20_000
    assert detect_language(navigation + body) == "fr"
    russian_with_latin_names = (READ["ru"] + " По словам Antonio Guterres, IOM и UNHCR готовы помочь.\n") * 60
    assert detect_language(russian_with_latin_names) == "ru"


def test_text_without_letters_has_no_language() -> None:
    assert detect_language("2024 — 30 000 — 12/03") is None


def test_a_document_in_another_language_is_built_with_its_own_tag_and_a_warning(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "pt-news.txt").write_text(
        "Brasil anuncia novas medidas\n\nBRASÍLIA, 12 de março de 2024 — " + OTHERS["pt"] + "\n", encoding="utf-8"
    )
    report = build([corpus], tmp_path / "out")
    (document,) = json.loads(report.to_json())["documents"]
    assert document["status"] == "built" and document["language"] == "pt"
    assert any("no language pack for pt" in warning for warning in document["warnings"])
    store = open_store(tmp_path / "out")
    assert [row["language"] for row in rows(store, "documents")] == ["pt"]
    # The document's own words (its title, the quotes of its mentions) are Portuguese, not Spanish.
    tags = select(
        store,
        "SELECT DISTINCT ?tag WHERE { GRAPH ?g { ?s pk:quote|dcterms:title ?text } "
        "FILTER (?g != <https://w3id.org/policy-kg/ontology>) BIND (lang(?text) AS ?tag) }",
    )
    found = {row["tag"] for row in tags}
    assert "pt" in found and found <= {"pt", ""}  # a mention's quote is a plain string


def test_the_command_line_says_which_documents_no_pack_reads(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "de-news.txt").write_text(
        "Neue Maßnahmen\n\nBERLIN, 12. März 2024 — " + OTHERS["de"] + "\n", encoding="utf-8"
    )
    arguments = ["build", str(corpus), "--out", str(tmp_path / "out"), "--no-views", "--verbose"]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 0, result.output
    assert "[de, news]" in result.stdout
    assert "no language pack for de" in result.stderr and "de-news.txt" in result.stderr


def test_chinese_quoting_a_japanese_headline_stays_chinese() -> None:
    """A Chinese report that cites its Japanese source by title has a few kana; Japanese prose has many."""
    chinese = (
        "据时事通讯社报道：政府和执政党举行政策会议，讨论明年的预算草案。首相强调将加强对人的投资，"
        "新发行国债以弥补税收不足，预算将由内阁批准。"
    ) * 6
    source = "信息来源：来年度予算案、過去最大　首相「人への投資強化」\n"
    assert detect_language(chinese + source) == "zh"
    japanese = "政府と与党は予算案について会議を開き、首相は人への投資を強化すると述べました。" * 6
    assert detect_language(japanese) == "ja"
