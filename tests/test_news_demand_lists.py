"""Statements that list their demands: one commitment per item, with the force of its own verb.

Each excerpt is composed for the test in the style of an NGO's, a union's or a congress's statement.
Before, no item of such a list was a commitment: the items have no subject ("التسريع بإصدار ...",
"- la revalorisation des salaires"), and the lead-in's verb stood alone in its paragraph.
"""

from __future__ import annotations

import pytest
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


_PAIRED = {
    "ar": (
        "بيان المنظمة\n\nالرباط، 3 مايو 2025 - يعلن المكتب التنفيذي عن ما يلي:\n\n"
        "يدعو الحكومة والجماعات المحلية فيما تبقى من ولايتها إلى التسريع بتنزيل البرامج الاجتماعية.\n\n"
        "يثمن المكتب المكتسبات الحقوقية بالمغرب.\n",
        "عن ما يلي:",
        ["الحكومة", "الجماعات المحلية"],
    ),
    "en": (
        "Statement of the Coalition for Clean Water\n\nGENEVA, 4 June 2024 - The coalition demands:\n"
        "1. Calls on the Government and local authorities to publish the report;\n"
        "2. Welcomes the progress of the inquiry.\n",
        "demands:",
        ["Government", "local authorities"],
    ),
}


@pytest.mark.parametrize("language", sorted(_PAIRED))
def test_an_item_asks_both_addressees_joined_by_a_conjunction_and_a_stance_asks_no_one(language: str) -> None:
    """Before, only the first of "الحكومة والجماعات المحلية" was asked, and a stance's object ("يثمن المكتب |
    المكتسبات") was taken for an addressee."""
    text, opening, asked = _PAIRED[language]
    listed = _listed(text, language, opening)
    assert len(listed) == 2
    assert [a.text for a in listed[0].addressees] == asked
    assert listed[1].force == "declaratory" and listed[1].addressees == ()


_OWN = {
    "ar": (
        "بيان المؤتمر\n\nالرباط، 3 مايو 2025 - فإنه يوصي أجهزة المنظمة بالعمل على:\n\n"
        "وضع برامج منسجمة لتفعيل استراتيجية العمل.\n\nالتعبئة من أجل ضمان انخراط جميع المكونات.\n",
        "العمل على:",
    ),
    "es": (
        "Comunicado de la Federación\n\nMÉXICO, 2 de abril de 2024 - El congreso recomienda a sus órganos:\n\n"
        "- adoptar un plan de acción;\n- movilizar a todas las secciones.\n",
        "sus órganos:",
    ),
}


@pytest.mark.parametrize("language", sorted(_OWN))
def test_recommendations_to_the_authors_own_organs_direct_them(language: str) -> None:
    """Before, a congress's recommendations to its own organs only exhorted, and were addressed to no one."""
    text, opening = _OWN[language]
    listed = _listed(text, language, opening)
    assert len(listed) == 2
    assert {(c.action, c.force) for c in listed} == {("recommends", "directive")}
    assert all(len(c.addressees) == 1 and c.addressees[0].text in text[: text.index(opening) + 20] for c in listed)


def test_recommendations_to_another_body_only_exhort() -> None:
    text = (
        "Comunicado de la Federación\n\nMÉXICO, 2 de abril de 2024 - El congreso recomienda al gobierno:\n\n"
        "- adoptar un plan de acción;\n- movilizar a todas las escuelas.\n"
    )
    listed = _listed(text, "es", "gobierno:")
    assert len(listed) == 2
    assert {c.force for c in listed} == {"exhortatory"}


def test_arabic_a_congress_demands_the_state_that_must_ratify_not_the_body_to_reform() -> None:
    """ "يطالب المؤتمر بمصادقة المغرب": past the congress's noun for itself and a verbal noun, the state is asked;
    before, it was out of reach. A body there is what the verbal noun acts on."""
    text = (
        "البيان العام\n\nالرباط، 27 أبريل 2025 - وقد خلص المؤتمر إلى:\n\n"
        "يطالب المؤتمر بمصادقة المغرب على نظام روما الأساسي.\n\n"
        "يطالب المؤتمر بإصلاح منظومة الأمم المتحدة.\n"
    )
    listed = _listed(text, "ar", "خلص المؤتمر إلى:")
    assert len(listed) == 2
    assert [a.key for a in listed[0].addressees] == ["MAR"]
    assert listed[1].addressees == ()


_SECTIONS = {
    "ar": (
        "نتائج المؤتمر\n\nعرف المؤتمر نقاشات غنية، ونستعرض أهمها في ما يلي:\n\n"
        "على المستوى الوطني:\n\n"
        "المطالبة بفتح حوار مع النقابات لحل المشاكل الاجتماعية\n\n"
        "إدانة التضييق على الصحفيين\n\n"
        "على المستوى الدولي:\n\n"
        "المطالبة بإصلاح منظومة الأمم المتحدة\n\n"
        "في الختام، نشكر الصحافة على حضورها ونحن رهن الإشارة للجواب على الأسئلة.\n"
    ),
    "fr": (
        "Résolution du congrès\n\nLe congrès de l'Union a adopté les revendications suivantes. Il appelle à :\n\n"
        "Au niveau national :\n\n"
        "La revalorisation des salaires des enseignants.\n\n"
        "Au niveau international :\n\n"
        "Le respect des conventions de l'OIT.\n\n"
        "Pour conclure, le congrès remercie les délégués de leur présence.\n"
    ),
}


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_sections_by_level_go_on_with_the_list_and_the_conclusion_ends_it(language: str) -> None:
    """ "على المستوى الوطني:" and "Au niveau national :" end with a colon and hold no verb of demand, so they ended
    the list; the conclusion ("في الختام، ...", "Pour conclure, ...") was taken as an item."""
    text = _SECTIONS[language]
    items = [c.span.of(text) for c in build_news(text, language).commitments]
    opening = {"ar": ("المطالبة بفتح", "إدانة", "المطالبة بإصلاح"), "fr": ("La revalorisation", "Le respect")}
    assert [item.split()[0] for item in items] == [o.split()[0] for o in opening[language]]
    assert not any(item.startswith(("في الختام", "Pour conclure")) for item in items)


def test_arabic_items_written_as_verbal_nouns_take_their_action() -> None:
    commitments = build_news(_SECTIONS["ar"], "ar").commitments
    assert [(c.action, c.force) for c in commitments] == [
        ("demands", "exhortatory"),
        ("condemns", "declaratory"),
        ("demands", "exhortatory"),
    ]
