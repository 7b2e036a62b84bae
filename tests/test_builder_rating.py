"""Rating a document's family cheaply: the legal builder rules a text out before reading its structure.

A legal instrument has articles (or points after an enacting formula); a text that has neither at the
start of a line scores 0 without its structure being read. The test must never rule out a text that the
full reading would score above 0, whatever markup a web page wraps around the articles.
"""

from __future__ import annotations

import sys

import pytest

from kg.builders import best_fit
from kg.builders.legal import BUILDER as LEGAL
from kg.model import Document

INSTRUMENTS = {
    "en": "Decree No. 5 of 2024\n\nHaving regard to the Constitution;\n\nhereby decrees:\n\n"
    "Article 1. The plan is approved.\n\nArticle 2. This decree enters into force on signature.\n",
    "fr": "Décret n° 2024-5\n\nVu la Constitution ;\n\ndécrète :\n\n"
    "Article 1er. Le plan est approuvé.\n\nArticle 2. Le présent décret entre en vigueur.\n",
    "es": "Real Decreto 5/2024\n\nVisto el informe;\n\ndispongo:\n\n"
    "Artículo 1. Se aprueba el plan.\n\nArtículo 2. Este real decreto entra en vigor.\n",
    "ru": "ПОСТАНОВЛЕНИЕ\nот 1 марта 2024 г. № 123\n\nВ соответствии с законом Правительство постановляет:\n\n"
    "Статья 1. Утвердить план.\n\nСтатья 2. Настоящее постановление вступает в силу.\n",
    "zh": "国务院关于加强管理的决定\n\n根据有关法律，现决定：\n\n第一条 本决定自公布之日起施行。\n\n第二条 各部门负责实施。\n",
    "ar": "مرسوم رقم 12 لسنة 2020\n\nبناءً على الدستور،\n\nقرر:\n\nالمادة 1. يعتمد المخطط.\n\nالمادة 2. يعمل به من تاريخ صدوره.\n",
    "vi": "QUYẾT ĐỊNH\nSố: 12/QĐ-TTg\n\nCăn cứ Luật Tổ chức Chính phủ;\n\n"
    "Điều 1. Phê duyệt Kế hoạch.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
}

#: Instruments whose articles only a page's markup hides, or which have points after a formula instead.
MARKED_OR_POINTED = {
    "vi": "**QUYẾT ĐỊNH**\n\n**Căn cứ Luật Tổ chức Chính phủ;**\n\n**Điều 1.** Phê duyệt.\n\n**Điều 2.** Hiệu lực.\n",
    "fr": "| Nature : | Décret |\n\nDécret n° 2024-5\n\nVu la Constitution ;\n\n"
    "| Article 1er. Le plan est approuvé.\n\n| Article 2. Le présent décret entre en vigueur.\n",
    "ru": "ПОСТАНОВЛЕНИЕ\n\nПравительство Российской Федерации **постановляет**:\n\n"
    "1. Утвердить прилагаемый план.\n\n2. Настоящее постановление вступает в силу со дня подписания.\n",
}

#: News that cites an instrument's articles inside its sentences, or as a line that is not article 1.
NEWS = {
    "en": "GENEVA, 3 May (Reuters) - The decree approved on Monday says in Article 5 that ministries must report.\n",
    "fr": "PARIS, 3 mai - Le décret publié lundi prévoit à l'article 5 que les ministères rendent compte.\n",
    "es": "MADRID, 3 may (EFE) - El decreto aprobado el lunes dispone en su artículo 5 que los ministerios informen.\n",
    "ru": "МОСКВА, 3 мая - Постановление, принятое в понедельник, в статье 5 обязывает министерства отчитываться.\n",
    "zh": "新华社北京5月3日电 国务院第5次常务会议通过的决定第五条要求各部门报告。\n",
    "ar": "القاهرة، 3 مايو - ينص المرسوم الصادر يوم الاثنين في المادة 5 على أن تقدم الوزارات تقارير.\n",
    "vi": "HÀ NỘI, 3/5 - Quyết định số 12/QĐ-TTg có hiệu lực.\nĐiều 5 Luật này quy định trách nhiệm.\n",
}


def _document(language: str, text: str) -> Document:
    return Document(source=f"{language}.txt", text=text, language=language)


def _full_score(document: Document) -> float:
    return LEGAL.rate(document, LEGAL.read(document))


@pytest.mark.parametrize(("language", "text"), [*INSTRUMENTS.items(), *MARKED_OR_POINTED.items()])
def test_an_instrument_is_never_ruled_out(language: str, text: str) -> None:
    document = _document(language, text)
    assert _full_score(document) > 0, "the excerpt is an instrument by its structure"
    assert LEGAL.may_fit(document)
    fit = best_fit(document)
    assert fit.builder is LEGAL and fit.score == _full_score(document)


@pytest.mark.parametrize(("language", "text"), sorted(NEWS.items()))
def test_news_is_ruled_out_without_reading_its_structure(
    language: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = _document(language, text)
    assert _full_score(document) == 0
    legal_module = sys.modules["kg.builders.legal"]
    read: list[str] = []
    monkeypatch.setattr(legal_module, "read_structure", lambda *arguments: read.append("structure"))
    fit = LEGAL.fit(document)
    assert fit.score == 0.0 and read == []


def test_a_ruled_out_builder_still_builds_when_asked() -> None:
    document = _document("vi", NEWS["vi"])
    fit = LEGAL.fit(document)
    assert not LEGAL.may_fit(document)
    assert fit.build() == LEGAL.extract(document, LEGAL.read(document))
