"""Lists of a congress's general statement that open otherwise than with a verb of demand.

Each excerpt is composed for the test in the style of an NGO congress's statement as its site publishes it
(list items turned into paragraphs, stops often lost). Before, a lead-in that announces "the following
statement" ("يصدر البيان العام الآتي:"), one that ends with its subject as a pronoun ("فإنه:") or opens with
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
    "البيان العام\n\nإن المؤتمر الوطني الخامس لجمعية نورلاند للحقوق، المنعقد بمدينة كستريل، ناقش التقارير.\n\n"
    "فإن المؤتمر الوطني الخامس لجمعية نورلاند للحقوق يصدر البيان العام الآتي:\n\n"
    "أولا - على المستوى الدولي\n\n"
    "ينبه إلى الآثار الخطيرة للأزمات المتتالية على الحقوق الأساسية للشعوب؛\n\n"
    "يحيي نضالات الشعوب من أجل الحرية والكرامة والعدالة؛\n\n"
    "يشدد على ضرورة احترام حقوق المهاجرين وطالبي اللجوء؛\n"
)


def test_a_lead_in_announcing_the_statement_that_follows_opens_a_list() -> None:
    listed = _listed(_ANNOUNCED, "ar", "الآتي:")
    assert _first_words(_ANNOUNCED, listed) == ["ينبه", "يحيي", "يشدد"]
    assert [c.action for c in listed] == ["draws-attention", "commends", "stresses"]


_PRONOUN_AND_CIRCUMSTANCE = (
    "البيان العام\n\nانعقد المؤتمر الوطني لجمعية نورلاند للحقوق بمدينة كستريل.\n\n"
    "وإذ يذكر المؤتمر بمواقف الجمعية بخصوص حرية الصحافة فإنه:\n\n"
    "يدعو إلى وقف المتابعات في حق الصحفيين؛\n\n"
    "يطالب الحكومة بفتح حوار وطني حول حرية الإعلام.\n\n"
    "وإذ يستحضر المؤتمر انخراط الجمعية في الدفاع عن حقوق المرأة:\n\n"
    "يدعو إلى تفعيل الاستراتيجية الوطنية لمناهضة العنف ضد النساء؛\n\n"
    "ويدعو المؤتمر في هذا الصدد إلى :\n\n"
    "انضمام نورلاند إلى البروتوكولات الاختيارية الملحقة بالعهدين الدوليين.\n"
)


def test_a_lead_in_ending_with_its_subject_as_a_pronoun_or_a_clause_of_circumstance_opens_a_list() -> None:
    text = _PRONOUN_AND_CIRCUMSTANCE
    listed = _listed(text, "ar", "حرية الصحافة فإنه:")
    assert _first_words(text, listed) == ["يدعو", "يطالب", "يدعو", "انضمام"]
    assert {c.force for c in listed} == {"exhortatory"}
    assert [a.text for a in listed[1].addressees] == ["الحكومة"]
    # the lead-in "ويدعو المؤتمر في هذا الصدد إلى :" is no demand of its own: its item is
    assert not any(c.span.of(text).startswith("ويدعو المؤتمر في هذا الصدد") for c in listed)


_SHORT_ITEMS = {
    "ar": (
        "البيان العام\n\nوإذ يسجل المؤتمر الخلل الذي يشوب منظومة العدالة، فإنه يدعو إلى :\n\n"
        "إدماج الحكامة الأمنية في سياق الضمانات القانونية للحقوق الفردية؛\n\n"
        "التعجيل بإنشاء الآلية الوطنية للوقاية من التعذيب في نورلاند\n\n"
        "تدقيق اختصاصات مجلس الحسابات وتطوير آليات عمله؛\n",
        "يدعو إلى :",
        ["إدماج", "التعجيل", "تدقيق"],
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
        "البيان العام\n\nفإن المؤتمر يدعو إلى :\n\n"
        "إدماج الحكامة الأمنية في سياق الضمانات القانونية للحقوق الفردية؛\n\n"
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
    "تصريح صحفي\n\nأود باسم رئاسة جمعية نورلاند للحقوق أن أرحب بكم.\n\n"
    "أبرز نتائج المؤتمر:\n\n"
    "على المستوى الوطني:\n\n"
    "التسريع بوضع سياسة عمومية مندمجة للشباب...\n\n"
    "على المستوى الإقليمي:\n\n"
    "المطالبة الدول المغاربية باحترام حقوق المهاجرين...\n\n"
    "توصيات المؤتمر للقيادة الجديدة:\n\n"
    "وضع استراتيجية عمل طيلة الولاية الانتدابية لأجهزة الجمعية.\n\n"
    "تلكم كانت أهم المخرجات التي أفضت إليها أشغال المؤتمر، ونحن رهن الإشارة للجواب على أسئلتكم.\n"
)


def test_a_section_heading_with_a_colon_opens_a_list_and_the_new_leadership_is_asked() -> None:
    text = _SECTIONS_AND_RECOMMENDATIONS
    listed = _listed(text, "ar", "أبرز نتائج المؤتمر:")
    assert _first_words(text, listed) == ["التسريع", "المطالبة", "وضع"]
    assert [c.force for c in listed] == ["exhortatory", "exhortatory", "directive"]
    assert [a.text for a in listed[1].addressees] == ["الدول المغاربية"]
    # the organisation's own new leadership, named past the speaker's noun: its recommendation directs it
    assert [a.text for a in listed[2].addressees] == ["للقيادة الجديدة"]


def test_a_colon_paragraph_with_neither_a_lead_phrase_nor_a_section_opens_no_list() -> None:
    text = "تصريح صحفي\n\nأبرز نتائج المؤتمر:\n\nتوحيد العضوية بحذف العضوية المساندة.\n"
    assert _listed(text, "ar", "أبرز نتائج المؤتمر:") == []
