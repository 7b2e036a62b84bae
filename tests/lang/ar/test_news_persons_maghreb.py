"""Persons of a Moroccan association's texts: given names with the article, honorifics after "و", bureau lists.

Excerpts composed for the test. Before, a name that opens with the article ("الحسن الإدريسي", "الطيب بن علي")
was no name even after an honorific or a post's colon (after a bare post the article's word is the post's
complement: "وزير | العمل"); "والأستاذ ..." was no honorific; and the bureau's "الكاتب العام" and "أمين المال"
were no posts.
"""

from __future__ import annotations

from helpers import build_news


def _persons(text: str) -> list[str]:
    return [m.text for m in build_news(text, "ar").mentions if m.kind == "person"]


def test_an_honorific_after_the_conjunction_and_a_given_name_with_the_article() -> None:
    text = (
        "بلاغ\n\nتم تكريم الأستاذ الحسن العلوي، والأستاذة فاطمة الزهراء بناني، والسيد الطيب بن علي في الجلسة "
        "الافتتاحية.\n"
    )
    assert _persons(text) == ["الحسن العلوي", "فاطمة الزهراء بناني", "الطيب بن علي"]


def test_the_officers_of_a_bureau_listed_post_then_colon_then_name() -> None:
    text = (
        "بلاغ صحفي\n\nأعضاء المكتب التنفيذي :\n\nالرئيس: سعيد بنعلي\n\nالكاتب العام: المهدي السرغيني\n\n"
        "أمين المال: نادية العمراني\n"
    )
    held = [(p.person.text, p.post_name) for p in build_news(text, "ar").posts]
    assert held == [
        ("سعيد بنعلي", "President"),
        ("المهدي السرغيني", "General Secretary"),
        ("نادية العمراني", "Treasurer"),
    ]


def test_a_title_or_a_noun_after_a_proclitic_names_no_one() -> None:
    """ "السيد الرئيس" is the president, "بسمو القانون الدولي" the supremacy of international law."""
    text = (
        "بيان\n\nوجه المؤتمر الشكر إلى السيد الرئيس على كلمته، وأكد على ضرورة الاعتراف بسمو القانون الدولي "
        "لحقوق الإنسان.\n"
    )
    assert _persons(text) == []
