"""Arabic posts after a name, and where a post's complement ends.

Excerpts composed for the test. A post held before ("الرئيس السابق") is written with its "former", and the
body after it is still its body. A deputy's post of two words ("نائبة ممثل") after a name and a comma written
with a space before it is the post of the body named after it; a relative pronoun with the article ("التي",
"الذي") ends a post's complement as it ends a name, so the verb after it is no holder ("رئيس الجمعية التي
استعرض فيها ...").
"""

from __future__ import annotations

from helpers import build_news

from kg.model import Kind


def test_a_deputy_s_post_after_a_name_and_a_spaced_comma() -> None:
    text = "الرباط. حضر الأستاذ سعيد المراكشي، والسيدة ليلى الفاسي ، نائبة ممثل منظمة الأمم المتحدة للطفولة بالرباط."
    [holding] = build_news(text, "ar").posts
    assert (holding.person.text, holding.post, holding.post_name) == (
        "ليلى الفاسي",
        "نائبة ممثل",
        "Deputy Representative",
    )
    assert holding.organization is not None and holding.organization.text == "منظمة الأمم المتحدة للطفولة"


def test_a_relative_pronoun_ends_a_post_s_complement() -> None:
    extraction = build_news("الرباط. تميزت الجلسة بكلمة رئيس الجمعية التي استعرض فيها برنامج الجمعية.", "ar")
    assert extraction.posts == []
    assert not any(m.kind == Kind.PERSON for m in extraction.mentions)


def test_a_portfolio_with_the_article_still_continues_a_post() -> None:
    [holding] = build_news("الرباط. قال وزير العمل يوسف الشمالي إن الحكومة مستعدة.", "ar").posts
    assert holding.person.text == "يوسف الشمالي"


def test_a_former_post_after_a_name_keeps_its_body() -> None:
    text = "الرباط. وكرمت الجمعية الأستاذ سعيد المراكشي الرئيس السابق للرابطة الوطنية لحقوق الطفل."
    [holding] = build_news(text, "ar").posts
    assert (holding.person.text, holding.post) == ("سعيد المراكشي", "الرئيس السابق")
    assert holding.organization is not None and holding.organization.text.endswith("لرابطة الوطنية لحقوق الطفل")
