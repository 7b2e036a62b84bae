"""Lists of a congress's general statement that open otherwise than with a verb of demand.

Each excerpt is composed for the test in the style of an NGO congress's statement as its site publishes it
(list items turned into paragraphs, stops often lost). Before, a lead-in that announces "the following
statement" ("يصدر البلاغ الآتي:"), one that ends with its subject as a pronoun ("فإنه:") or opens with
a clause of circumstance ("وإذ يستحضر المؤتمر ...:"), a verb with its conjunction ("ويدعو المؤتمر ... إلى :")
and a section heading with a colon and no lead-in before it ("على المستوى الوطني:") opened no list; a short
item with no stop among items with no verb was read as a heading that ends the list; recommendations "to the
new leadership" named after the speaker asked no one; and a closing "تلكم كانت ..." was one more item.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg.model import Commitment


def _listed(text: str, language: str, opening: str) -> list[Commitment]:
    start = text.index(opening) + len(opening)
    return [c for c in build_news(text, language).commitments if c.span.start >= start]


def _first_words(text: str, commitments: list[Commitment]) -> list[str]:
    return [c.span.of(text).split()[0] for c in commitments]


_ANNOUNCED = (
    "بلاغ\n\nعقد المكتب الوطني لجمعية نورلاند للحقوق اجتماعه الدوري بمدينة كستريل.\n\n"
    "وبعد تدارس أوضاع الأحياء الفقيرة، فإن المكتب الوطني لجمعية نورلاند للحقوق يصدر البلاغ الآتي:\n\n"
    "أولا - على المستوى المحلي\n\n"
    "ينبه إلى خطورة تلوث مياه الآبار على صحة سكان القرى؛\n\n"
    "يحيي المتطوعين الذين ساهموا في حملات محو الأمية؛\n\n"
    "يشدد على ضرورة حماية الأطفال العاملين في الحقول؛\n"
)


def test_a_lead_in_announcing_the_statement_that_follows_opens_a_list() -> None:
    listed = _listed(_ANNOUNCED, "ar", "الآتي:")
    assert _first_words(_ANNOUNCED, listed) == ["ينبه", "يحيي", "يشدد"]
    assert [c.action for c in listed] == ["draws-attention", "commends", "stresses"]


_PRONOUN_AND_CIRCUMSTANCE = (
    "البيان الختامي\n\nانعقد المؤتمر الجهوي لجمعية نورلاند للحقوق بمدينة كستريل.\n\n"
    "واعتبارا لما يعانيه الفلاحون الصغار من غلاء مياه السقي فإنه:\n\n"
    "يدعو إلى دعم التعاونيات الفلاحية النسائية؛\n\n"
    "يطالب الحكومة بمراجعة أسعار مياه السقي.\n\n"
    "وإذ يستحضر المؤتمر عزلة القرى الجبلية في فصل الشتاء:\n\n"
    "يدعو إلى فتح الطرق المقطوعة بسبب الثلوج؛\n\n"
    "ويدعو المؤتمر كذلك إلى :\n\n"
    "إحداث مراكز صحية متنقلة في المناطق الجبلية.\n"
)


def test_a_lead_in_ending_with_its_subject_as_a_pronoun_or_a_clause_of_circumstance_opens_a_list() -> None:
    text = _PRONOUN_AND_CIRCUMSTANCE
    listed = _listed(text, "ar", "مياه السقي فإنه:")
    assert _first_words(text, listed) == ["يدعو", "يطالب", "يدعو", "إحداث"]
    assert {c.force for c in listed} == {"exhortatory"}
    assert [a.text for a in listed[1].addressees] == ["الحكومة"]
    # the lead-in "ويدعو المؤتمر كذلك إلى :" is no demand of its own: its item is
    assert not any(c.span.of(text).startswith("ويدعو المؤتمر كذلك") for c in listed)


_SHORT_ITEMS = {
    "ar": (
        "البيان الختامي\n\nوإذ يسجل المؤتمر تأخر إصلاح المنظومة الصحية، فإنه يدعو إلى :\n\n"
        "تعميم التغطية الصحية على جميع العاملين في القطاع الفلاحي؛\n\n"
        "الإسراع بفتح مستشفى جامعي جديد في جهة كستريل\n\n"
        "تحسين ظروف عمل الممرضين والممرضات في المراكز القروية؛\n",
        "يدعو إلى :",
        ["تعميم", "الإسراع", "تحسين"],
    ),
    "fr": (
        "Résolution générale\n\nLe congrès de l'Union de Norland exige :\n\n"
        "La revalorisation immédiate des salaires de tous les agents publics ;\n\n"
        "La suppression de la réforme imposée sans aucun débat\n\n"
        "Le rétablissement des services publics dans les communes rurales ;\n",
        "exige :",
        ["La", "La", "Le"],
    ),
}


@pytest.mark.parametrize("language", sorted(_SHORT_ITEMS))
def test_a_short_item_without_a_stop_between_items_without_verbs_stays_in_the_list(language: str) -> None:
    text, opening, first_words = _SHORT_ITEMS[language]
    listed = _listed(text, language, opening)
    assert _first_words(text, listed) == first_words
    assert {c.force for c in listed} == {"exhortatory"}


_HEADING_AFTER_ITEMS = {
    "ar": (
        "البيان الختامي\n\nفإن المؤتمر يدعو إلى :\n\n"
        "تعميم التغطية الصحية على جميع العاملين في القطاع الفلاحي؛\n\n"
        "السياق العام\n\n"
        "يأتي هذا البيان في سياق متابعة الجمعية لأوضاع حقوق الإنسان.\n",
        "يدعو إلى :",
    ),
    "fr": (
        "Résolution générale\n\nLe congrès de l'Union de Norland exige :\n\n"
        "La revalorisation immédiate des salaires de tous les agents publics ;\n\n"
        "Contexte général\n\n"
        "Ce texte a été adopté à l'issue de trois jours de débats.\n",
        "exige :",
    ),
}


@pytest.mark.parametrize("language", sorted(_HEADING_AFTER_ITEMS))
def test_a_heading_of_a_few_words_after_the_items_still_ends_the_list(language: str) -> None:
    text, opening = _HEADING_AFTER_ITEMS[language]
    assert len(_listed(text, language, opening)) == 1


_SECTIONS_AND_RECOMMENDATIONS = (
    "تصريح صحفي\n\nنشكركم على حضور هذه الندوة باسم جمعية نورلاند للحقوق.\n\n"
    "حصيلة أشغال الدورة:\n\n"
    "على المستوى الوطني:\n\n"
    "التسريع بإحداث دور للشباب في الأحياء الشعبية...\n\n"
    "على المستوى الإقليمي:\n\n"
    "المطالبة الدول المغاربية بتسهيل تنقل الطلبة بينها...\n\n"
    "توصيات المجلس للقيادة الجديدة:\n\n"
    "وضع برنامج لتكوين المتطوعين الجدد في فروع الجمعية.\n\n"
    "تلكم كانت خلاصة ما توصلنا إليه، وشكرا على حضوركم.\n"
)


def test_a_section_heading_with_a_colon_opens_a_list_and_the_new_leadership_is_asked() -> None:
    text = _SECTIONS_AND_RECOMMENDATIONS
    listed = _listed(text, "ar", "حصيلة أشغال الدورة:")
    assert _first_words(text, listed) == ["التسريع", "المطالبة", "وضع"]
    assert [c.force for c in listed] == ["exhortatory", "exhortatory", "directive"]
    assert [a.text for a in listed[1].addressees] == ["الدول المغاربية"]
    # the organisation's own new leadership, named past the speaker's noun: its recommendation directs it
    assert [a.text for a in listed[2].addressees] == ["للقيادة الجديدة"]


def test_a_colon_paragraph_with_neither_a_lead_phrase_nor_a_section_opens_no_list() -> None:
    text = "تصريح صحفي\n\nحصيلة أشغال الدورة:\n\nتنظيم يوم دراسي حول الماء في الخريف المقبل.\n"
    assert _listed(text, "ar", "حصيلة أشغال الدورة:") == []
