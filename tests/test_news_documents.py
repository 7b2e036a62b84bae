"""A news text's own metadata: its kind, its title and its number, read from its heading.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg.model import Kind


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        (
            "ar",
            "بيان\nبيان حول منع الصحفيين من السفر\nالمكتب التنفيذي - الجمعية التونسية لحقوق الطفل\n3 مايو 2025\n\n"
            "تلقت الجمعية باستغراب كبير قرار المنع.",
            "بيان حول منع الصحفيين من السفر",
        ),
        (
            "ru",
            "12.05.2024 10:00\nЗаявление МИД Беларуси о санкциях в отношении ряда граждан Литвы\n\n"
            "В ответ на санкции въезд в Беларусь закрывается.",
            "Заявление МИД Беларуси о санкциях в отношении ряда граждан Литвы",
        ),
        (
            "fr",
            "Communiqué de la Ligue des droits de l'enfant\n\nNous demandons le retrait du projet de loi.",
            "Communiqué de la Ligue des droits de l'enfant",
        ),
    ],
)
def test_a_heading_that_opens_with_the_word_for_a_statement_makes_a_statement(
    language: str, text: str, title: str
) -> None:
    """Before, such a heading gave a news article, and a title only where it stood alone in its block."""
    document = build_news(text, language).document
    assert document.kind == Kind.STATEMENT
    assert document.title == title


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("ar", "البيان العام\nالمؤتمر الوطني الخامس لرابطة المحامين\n5 مايو 2025\n\nانعقد المؤتمر.", "البيان العام"),
        ("es", "Comunicado\nMadrid, 3 de mayo de 2024\n\nLa asociación rechaza la reforma.", "Comunicado"),
    ],
)
def test_a_bare_label_is_the_title_when_no_line_under_it_repeats_it(language: str, text: str, title: str) -> None:
    document = build_news(text, language).document
    assert (document.kind, document.title) == (Kind.STATEMENT, title)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Заявление о том, что переговоры сорваны, было сделано вчера в Москве. Стороны не встретились."),
        ("fr", "La déclaration du ministre a surpris.\n\nCommuniqué de presse du syndicat publié hier soir."),
    ],
)
def test_a_statement_word_in_running_text_makes_no_statement(language: str, text: str) -> None:
    assert build_news(text, language).document.kind == Kind.NEWS_ARTICLE


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        (
            "ru",
            "12.05.2024 10:00\nЗаявление МИД Беларуси о санкциях\n\n1234-12-05-2024\nВ ответ на санкции въезд закрывается.",
            "1234-12-05-2024",
        ),
        ("fr", "Communiqué du Syndicat des marins\n45/2024\n\nNous refusons la fermeture du port.", "45/2024"),
    ],
)
def test_a_bare_number_under_a_statement_s_heading_is_its_number(language: str, text: str, number: str) -> None:
    assert build_news(text, language).document.symbol == number


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        (
            "zh",
            "###  [:house:返回首页](https://example.org/home)\n---\n\n\n## 欧洲议会通过决议 呼吁保护移民工人\n"
            "`伦敦新闻` [转载自新闻网](https://example.org/a/1)\n\n近日，欧洲议会通过决议。",
            "欧洲议会通过决议 呼吁保护移民工人",
        ),
        (
            "en",
            "[Home](https://example.org/)\n\n# Parliament adopts a resolution on migrant workers\nBy a staff writer\n\n"
            "The Parliament adopted a resolution on Thursday.",
            "Parliament adopts a resolution on migrant workers",
        ),
    ],
)
def test_a_link_alone_on_its_line_is_the_page_s_navigation_not_the_title(language: str, text: str, title: str) -> None:
    """Before, the navigation link above a Markdown heading was taken for the title."""
    assert build_news(text, language).document.title == title


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le ministre se joint aujourd'hui aux dirigeants de toute la région pour\n"
            "adopter lors du sommet régional de Lima la nouvelle charte commune et la\n"
            "Déclaration de Lima sur l'eau et la protection des sources. Celle-ci\n"
            "vise à mobiliser l'ensemble de la région sur un ensemble d'initiatives\n"
            "destinées à transformer notre gestion de l'eau dans toute la région.\n",
        ),
        (
            "en",
            "The President joins leaders from across the region today to issue at\n"
            "the regional summit in Lima a common charter together with the new\n"
            "Statement by the Coalition for Clean Water on rivers. It aims to\n"
            "mobilise the whole region around a set of initiatives meant to change\n"
            "how we manage water in the Andes and well beyond the whole region.\n",
        ),
    ],
)
def test_a_wrapped_line_inside_a_paragraph_is_no_heading(language: str, text: str) -> None:
    """Before, a line of a paragraph wrapped by hand that opened with "Déclaration de" made a statement."""
    document = build_news(text, language).document
    assert document.kind == Kind.NEWS_ARTICLE and document.title is None


@pytest.mark.parametrize(
    ("language", "text", "issuer"),
    [
        (
            "fr",
            "Plus de 200 délégations participent cette semaine aux négociations à Genève.\n\n"
            "NOTE A LA PRESSE\n\n- Ce communiqué de presse est émis par la Fédération Internationale des Droits "
            "Humains (FIDH). Site internet : <https://www.example.org>",
            "Fédération Internationale des Droits Humains",
        ),
        (
            "en",
            "More than 200 delegations take part in the negotiations in Geneva this week.\n\n"
            "This press release is issued by the International Federation for Human Rights (FIDH).",
            "International Federation for Human Rights",
        ),
    ],
)
def test_a_text_that_names_the_body_issuing_it_is_that_body_s_statement(language: str, text: str, issuer: str) -> None:
    """Before, a press release whose note says who issues it was read as a news article with no issuer."""
    document = build_news(text, language).document
    assert document.kind == Kind.STATEMENT
    assert document.body is not None and issuer in " ".join(document.body.text.split())


def test_a_body_said_to_issue_something_else_does_not_make_the_text_its_statement() -> None:
    text = "The ministry said the new visas are issued by the International Organization for Migration in Geneva."
    assert build_news(text, "en").document.kind == Kind.NEWS_ARTICLE


@pytest.mark.parametrize(
    ("language", "text", "title", "issuer"),
    [
        (
            "ar",
            "بيان\nالجمعية التونسية لحماية البيئة تحيي اليوم العالمي للمياه\nيحتفل العالم كل سنة بهذا اليوم.\n"
            "بقلم الجمعية التونسية لحماية البيئة\n22 مارس 2024\n\nتدعو الجمعية إلى حماية الموارد المائية.",
            "الجمعية التونسية لحماية البيئة تحيي اليوم العالمي للمياه",
            "الجمعية التونسية لحماية البيئة",
        ),
        (
            "ar",
            "التصريح الصحفي\nنتائج المؤتمر الوطني الرابع للجمعية الموريتانية لحقوق الطفل\nأي حماية للطفولة؟\n"
            "الجمعية الموريتانية لحقوق الطفل (AMDE)\n06 مايو 2024\n\nانعقد المؤتمر بنواكشوط.",
            "نتائج المؤتمر الوطني الرابع للجمعية الموريتانية لحقوق الطفل",
            "الجمعية الموريتانية لحقوق الطفل",
        ),
        (
            "fr",
            "Communiqué\nLa Ligue Sénégalaise des Droits de l'Enfant célèbre la Journée de l'enfant africain\n"
            "Par L'Association Sénégalaise des Juristes (ASJ)\n16 Juin 2024\n\nL'ASJ appelle à protéger les enfants.",
            "La Ligue Sénégalaise des Droits de l'Enfant célèbre la Journée de l'enfant africain",
            "Association Sénégalaise des Juristes",
        ),
    ],
)
def test_a_label_of_the_text_s_kind_above_its_title_is_no_title(
    language: str, text: str, title: str, issuer: str
) -> None:
    """A page prints its category ("بيان", "التصريح الصحفي", "Communiqué") above the title; before, the category
    was the title, and a by-line with the body's acronym after it ("... (AMDE)") or an elided article on its
    name ("Par L'Association ...") named no issuer."""
    document = build_news(text, language).document
    assert (document.kind, document.title) == (Kind.STATEMENT, title)
    assert document.body is not None and document.body.text == issuer
