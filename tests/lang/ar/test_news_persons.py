"""Arabic news: persons and the posts they hold."""

from __future__ import annotations

from helpers import build_news


def test_ar_the_name_before_the_post_holds_it_and_no_holder_after_a_preposition() -> None:
    text = (
        "شارك صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية في الاجتماع رفيع المستوى "
        "للجمعية العامة للأمم المتحدة."
    )
    held = {(p.person.text, p.post_name) for p in build_news(text, "ar").posts}
    assert held == {("فيصل بن فرحان بن عبدالله", "Minister for Foreign Affairs")}


def test_arabic_names_of_descent_run_through_every_particle() -> None:
    """ "محمد بن سلمان بن عبد العزيز آل سعود" was cut to "محمد بن سلمان"."""
    text = (
        "عنوان\n\nوقال وزير الخارجية الأمير فيصل بن فرحان بن عبد الله آل سعود إن المملكة ملتزمة. "
        "وأوضح وزير الموارد البشرية والتنمية الاجتماعية المهندس أحمد بن سليمان بن عبد العزيز الراجحي أن العدد ارتفع.\n"
    )
    persons = {h.person.text: h.post_name for h in build_news(text, "ar").posts if h.post_name != "Emir"}
    assert persons == {
        "فيصل بن فرحان بن عبد الله آل سعود": "Minister for Foreign Affairs",
        "أحمد بن سليمان بن عبد العزيز الراجحي": "Minister",
    }


def test_ar_a_post_with_a_proclitic_and_its_state_and_place_holds_the_name_after_the_title() -> None:
    """Before: "لسفير" (to + ambassador) was no post, and "بالمغرب" (in + Morocco) ended its complement."""
    text = (
        "الرباط - وأعطيت الكلمة لسفير دولة فلسطين بالمغرب السيد كريم العبدلي الذي استعرض الوضع. "
        "ثم تحدث لوزير خارجية الأردن بعمان السيد سامي الحداد عن اللقاء.\n"
    )
    held = {(p.person.text, p.post_name, p.state.key if p.state else None) for p in build_news(text, "ar").posts}
    assert ("كريم العبدلي", "Ambassador", "PSE") in held
