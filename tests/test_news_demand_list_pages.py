"""Lists of a statement copied from a web page: the items lose their bullets and often their stops.

Each excerpt is composed for the test in the style of a congress's general statement as a site
publishes it (list items turned into paragraphs, section headings numbered in words). Before, an
item with no stop ended the list, a heading numbered in words ("أولا: على المستوى الدولي") was taken
for a heading that ends the list's section, the stances under a stating lead-in ("يسجل المؤتمر ما
يلي:") were dropped as context, and an item a slip ended with a colon opened a list of its own.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg.model import Commitment


def _listed(text: str, language: str, opening: str) -> list[Commitment]:
    start = text.index(opening) + len(opening)
    return [c for c in build_news(text, language).commitments if c.span.start >= start]


_AR_STANCES = (
    "البيان العام\n\nالرباط، 12 ماي 2024 - انعقد المؤتمر الوطني للجمعية بحضور المندوبين.\n\n"
    "يسجل المؤتمر ما يلي :\n\n"
    "أولا: على المستوى الدولي\n\n"
    "يلاحظ تراجع احترام القانون الدولي الإنساني في مناطق النزاع المسلح عبر العالم\n\n"
    "يدعو المؤتمر المجتمع الدولي إلى حماية المدنيين واحترام الاتفاقيات الدولية ذات الصلة بالنزاعات المسلحة :\n\n"
    "ثانيا: على المستوى الوطني\n\n"
    "يدين كل أشكال التضييق على حرية التعبير والصحافة التي يتعرض لها الصحفيون والمدونون\n\n"
    "كما يعبر عن قلقه من ارتفاع الأسعار وتراجع القدرة الشرائية للمواطنات والمواطنين\n"
)


def test_arabic_stances_under_a_stating_lead_in_are_the_lists_items() -> None:
    listed = _listed(_AR_STANCES, "ar", "ما يلي :")
    assert [c.span.of(_AR_STANCES).split()[0] for c in listed] == ["يلاحظ", "يدعو", "يدين", "كما"]
    assert [(c.action, c.force) for c in listed][:3] == [
        ("notes", "declaratory"),
        ("calls-upon", "exhortatory"),  # ends with a colon by a slip: still an item, asking the community
        ("condemns", "declaratory"),  # right after "ثانيا: على المستوى الوطني"
    ]
    assert listed[3].force == "declaratory"  # "كما يعبر عن قلقه": "also" before the verb
    assert [a.text for a in listed[1].addressees] == ["المجتمع الدولي"]


_CALLS = {
    "ar": (
        "البيان العام\n\nالرباط، 12 ماي 2024 - وتأسيسا على ما سبق، فإن المؤتمر يدعو إلى :\n\n"
        "الإسراع بالمصادقة على الاتفاقية الدولية لحماية جميع الأشخاص من الاختفاء القسري وملاءمة التشريع معها\n\n"
        "مراجعة شاملة لمنظومة العدالة الجنائية بما يضمن احترام المعايير الدولية لحقوق الإنسان\n\n"
        "خاتمة\n\n"
        "وقد اختتمت أشغال المؤتمر بانتخاب المجلس الوطني.\n",
        "يدعو إلى :",
        ("الإسراع", "مراجعة"),
    ),
    "fr": (
        "Résolution générale\n\nParis, le 12 mai 2024 - Le congrès appelle à :\n\n"
        "Premièrement : Au niveau national\n\n"
        "La revalorisation immédiate des salaires et des pensions de tous les agents de la fonction publique\n\n"
        "L'abandon du projet de loi qui restreint le droit de manifester sur la voie publique\n\n"
        "Conclusion\n\n"
        "Le congrès s'est achevé par l'élection de la commission exécutive.\n",
        "appelle à :",
        ("La", "L'abandon"),
    ),
}


@pytest.mark.parametrize("language", sorted(_CALLS))
def test_items_without_bullets_or_stops_are_calls_and_a_short_heading_ends_them(language: str) -> None:
    text, opening, first_words = _CALLS[language]
    listed = _listed(text, language, opening)
    assert tuple(c.span.of(text).split()[0] for c in listed) == first_words
    assert {c.force for c in listed} == {"exhortatory"}
    # the heading that closes the list, and the prose under it, are no items
    assert not any(
        c.span.of(text).startswith(("خاتمة", "وقد اختتمت", "Conclusion", "Le congrès s'est")) for c in listed
    )


def test_a_short_lead_in_that_opens_with_a_verb_still_opens_its_own_list() -> None:
    """ "يعبر المؤتمر عن:" among items is a lead-in of its stance nouns, not an item with a stray colon."""
    text = (
        "البيان العام\n\nالرباط، 12 ماي 2024 - وقد خلص المؤتمر إلى:\n\n"
        "يطالب المؤتمر الحكومة بالإفراج عن المعتقلين.\n\n"
        "يعبر المؤتمر عن:\n\n"
        "إدانته لكل أشكال العنف ضد النساء؛\n\n"
        "قلقه من تراجع الحريات العامة.\n"
    )
    listed = _listed(text, "ar", "خلص المؤتمر إلى:")
    assert [c.span.of(text).split()[0] for c in listed] == ["يطالب", "إدانته", "قلقه"]
