"""Statements that list their demands: one commitment per item, with the force of its own verb.

Each excerpt is composed for the test in the style of an NGO's, a union's or a congress's statement.
Before, no item of such a list was a commitment: the items have no subject ("التسريع بإصدار ...",
"- la revalorisation des salaires"), and the lead-in's verb stood alone in its paragraph.
"""

from __future__ import annotations

from helpers import build_news

from kg.model import Commitment


def _listed(text: str, language: str, opening: str) -> list[Commitment]:
    """The commitments whose text starts inside the part of ``text`` that follows ``opening``."""
    start = text.index(opening) + len(opening)
    return [c for c in build_news(text, language).commitments if c.span.start >= start]


_AR = (
    "بيان حول حرية الصحافة\n\n"
    "الرباط، 3 مايو 2025 - تابع المكتب الوطني للجمعية أوضاع الصحفيين، وبعد نقاش مستفيض خلص إلى:\n\n"
    "على المستوى الوطني\n\n"
    "تضامنه مع الصحفيين المعتقلين وعائلاتهم.\n\n"
    "يطالب المكتب الحكومة بالإفراج الفوري عن جميع الصحفيين المعتقلين.\n\n"
    "التسريع بإصدار قانون جديد للصحافة والنشر.\n\n"
    "على المستوى الدولي\n\n"
    "يسجل المكتب تراجع حرية الصحافة في العالم.\n\n"
    "يدعو المجتمع الدولي إلى حماية الصحفيين في مناطق النزاع.\n\n"
    "السياق\n\n"
    "يأتي هذا البيان في سياق اليوم العالمي لحرية الصحافة.\n"
)


def test_arabic_items_after_a_lead_in_are_commitments_with_the_force_of_their_own_verb() -> None:
    listed = _listed(_AR, "ar", "خلص إلى:")
    assert [(c.action, c.force) for c in listed] == [
        ("expresses", "declaratory"),  # a stance noun: "تضامنه"
        ("demands", "exhortatory"),  # a statement's demand exhorts; it directs no one
        ("calls-for", "exhortatory"),  # a verbal noun takes the lead-in's action
        ("calls-upon", "exhortatory"),
    ]
    assert [a.text for a in listed[1].addressees] == ["الحكومة"]
    assert [a.text for a in listed[3].addressees] == ["المجتمع الدولي"]


def test_arabic_a_stating_paragraph_after_a_heading_is_context_and_prose_ends_the_list() -> None:
    texts = [c.span.of(_AR) for c in _listed(_AR, "ar", "خلص إلى:")]
    assert not any(text.startswith(("يسجل المكتب", "يأتي هذا البيان")) for text in texts)


_FR = (
    "Communiqué de la Confédération\n\n"
    "Paris, le 12 mars 2024 - Réunie en congrès, la Confédération appelle à :\n\n"
    "- la revalorisation immédiate des salaires ;\n"
    "- l'abandon du projet de réforme des retraites ;\n"
    "- l'ouverture de négociations avec le gouvernement avant le 30 juin 2024.\n\n"
    "Elle reste mobilisée dans toutes les entreprises.\n"
)


def test_french_bulleted_items_are_calls_of_the_lead_in() -> None:
    listed = _listed(_FR, "fr", "appelle à :")
    assert [c.span.of(_FR) for c in listed] == [
        "la revalorisation immédiate des salaires ;",
        "l'abandon du projet de réforme des retraites ;",
        "l'ouverture de négociations avec le gouvernement avant le 30 juin 2024.",
    ]
    assert {(c.action, c.force) for c in listed} == {("calls-for", "exhortatory")}
    assert listed[2].deadline is not None and listed[2].deadline.date == "2024-06-30"


_EN = (
    "Statement of the Coalition for Clean Water\n\n"
    "GENEVA, 4 June 2024 - The coalition demands:\n"
    "1. an end to the dumping of waste in the river;\n"
    "2. compensation for the families of the valley;\n"
    "3. Urges the Government of Ruritania to publish the report of the inquiry.\n\n"
    "The coalition was founded in 2010.\n"
)


def test_english_numbered_items_take_their_own_verb_or_the_lead_in() -> None:
    listed = _listed(_EN, "en", "demands:")
    assert [(c.action, c.force) for c in listed] == [
        ("demands", "exhortatory"),
        ("demands", "exhortatory"),
        ("urges", "exhortatory"),
    ]


def test_a_colon_without_a_verb_of_demand_opens_no_list() -> None:
    """ "La posición se basa en:" lists references, not demands; the list that follows a demand is kept."""
    text = (
        "Comunicado de la Red\n\n"
        "MÉXICO, 2 de abril de 2024 - La posición de la Red se basa en:\n\n"
        "- la Constitución;\n"
        "- los tratados internacionales.\n\n"
        "Por ello, la Red exige:\n\n"
        "- la liberación de los defensores detenidos.\n"
    )
    listed = _listed(text, "es", "se basa en:")
    assert [(c.span.of(text), c.action) for c in listed] == [("la liberación de los defensores detenidos.", "demands")]
