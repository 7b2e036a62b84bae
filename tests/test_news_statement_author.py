"""The body that issues a statement, named by its heading or signature, is the issuer of the document.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest

from kg.builders.news import BUILDER
from kg.model import Document, Extraction
from kg.readers.segment import segment


def _build(text: str, language: str) -> Extraction:
    return BUILDER.build(Document(source="test", text=text, language=language, segments=segment(text, language)))


@pytest.mark.parametrize(
    ("language", "text", "author"),
    [
        (
            "ru",
            "12.05.2024 10:00\nЗаявление Министерства иностранных дел Республики Беларусь о санкциях\n\n"
            "В ответ на санкции принято решение о контрмерах.",
            "Министерство иностранных дел Республики Беларусь",  # the base form of the declined name
        ),
        (
            "ar",
            "بيان\nبيان حول منع الصحفيين من السفر\nالمكتب التنفيذي - الجمعية التونسية لحقوق الطفل\n"
            "3 مايو 2025\n\nتلقت الجمعية باستغراب كبير قرار المنع.",
            "الجمعية التونسية لحقوق الطفل",
        ),
        (
            "fr",
            "Déclaration de Marie Durand, présidente de Solidarité Paysanne. Nous refusons ce projet de loi.\n\n"
            "Nous demandons son retrait.",
            "Solidarité Paysanne",
        ),
        (
            "fr",
            "Communiqué de la Fédération Nationale des Marins\n\nNous refusons la fermeture du port.",
            "Fédération Nationale des Marins",
        ),
        (
            "en",
            "Statement by the Coalition for Fair Budgets\n\nWe refuse the cuts.",
            "Coalition for Fair Budgets",
        ),
        (
            "en",
            "Our members call for a fair budget.\n\nWe will keep working with every partner.\n\n"
            "Coalition for Fair Budgets\n",
            "Coalition for Fair Budgets",
        ),
    ],
)
def test_the_author_in_the_heading_or_signature_issues_the_statement(language: str, text: str, author: str) -> None:
    body = _build(text, language).document.body
    assert body is not None and body.text == author


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a body named in running text is no author
        ("fr", "PARIS, 3 avril. Le syndicat a rencontré la Fédération Nationale des Paysans hier soir."),
        ("en", "GENEVA, 3 April 2024 - Delegates met the Coalition for Fair Budgets on Tuesday."),
    ],
)
def test_a_body_in_running_text_is_no_author(language: str, text: str) -> None:
    assert _build(text, language).document.body is None


@pytest.mark.parametrize(
    ("language", "text", "author"),
    [
        (
            "ar",
            "البيان الختامي\nالمؤتمر السابع للجمعية التونسية لحقوق الطفل\nبقلم الجمعية التونسية لحقوق الطفل\n"
            "4 مايو 2025\n\nانعقد المؤتمر السابع للجمعية.",
            "الجمعية التونسية لحقوق الطفل",
        ),
        (
            "en",
            "Annual statement on housing\nBy the Coalition for Fair Budgets\n\nRents rose again this year.",
            "Coalition for Fair Budgets",
        ),
    ],
)
def test_a_body_after_a_by_line_word_on_a_heading_line_is_the_author(language: str, text: str, author: str) -> None:
    """Before, only a body alone on its line (or after the part of it that signs) was taken for the author."""
    body = _build(text, language).document.body
    assert body is not None and body.text == author
