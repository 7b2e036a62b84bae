"""Which state a figure in the news is about, where its sentence does not say it next to the number.

The excerpts are composed for these tests.
"""

from __future__ import annotations

from helpers import build_news, resolved_key, statistic_of


def _area(text: str, language: str, value: str) -> str | None:
    area = statistic_of(build_news(text, language), value).area
    return resolved_key(area, language) if area else None


def test_nationals_right_after_a_number_are_its_area_in_russian() -> None:
    """The state the sentence names first bars entry; the number counts another state's citizens."""
    text = "Заголовок\n\nВъезд в Россию закрывается на постоянной основе для 28 канадских граждан.\n"
    assert _area(text, "ru", "28") == "CAN"
    assert _area("Заголовок\n\nРоссия закрывает въезд для 31 австралийца.\n", "ru", "31") == "AUS"


def test_nationals_right_after_a_number_are_its_area_in_english() -> None:
    text = "Heading\n\nRussia has barred entry to 27 Australians and to 12 Canadian citizens.\n"
    assert _area(text, "en", "27") == "AUS"
    assert _area(text, "en", "12") == "CAN"


def test_a_number_followed_by_other_words_keeps_the_state_of_its_sentence() -> None:
    assert _area("Заголовок\n\nРоссия выделила 28 миллионов рублей на программу.\n", "ru", "28000000") == "RUS"


def test_a_paragraph_goes_on_about_the_one_state_it_named() -> None:
    zh = "## 标题\n\n自六月以来，挪威北部深陷疫情之中。当地死亡病例总数为91人。\n"
    assert _area(zh, "zh", "91") == "NOR"
    en = "Heading\n\nSince June, Norway has faced a wave of infections. Officials counted 91 deaths in the north.\n"
    assert _area(en, "en", "91") == "NOR"


def test_a_paragraph_that_named_two_states_leaves_the_area_open() -> None:
    text = "Heading\n\nNorway and Sweden have faced a wave of infections. Officials counted 91 deaths in the north.\n"
    assert _area(text, "en", "91") is None


def test_the_title_names_the_state_of_a_figure_below_the_page_furniture() -> None:
    """The heading stands in another part of the page than the text (a link line and a rule between)."""
    text = (
        "###  [:house:返回首頁](https://example.org/)\n---\n\n\n## 挪威将提高移民目标\n"
        "` 某编辑组` [转载](https://example.org/1/)\n\n预计移民部会通过该项目接收8万3500位新移民。\n"
    )
    assert _area(text, "zh", "83500") == "NOR"


def test_a_number_inside_a_name_is_no_figure() -> None:
    """ "the Print 4 Ukraine fundraising project", "(Print 4 Ukraine)": part of a project's name, in any language's
    text; a number after a sentence's first word or a word in lower case stays a figure."""
    en = "Heading\n\nAna Ruiz, Organiser of the Print 4 Ukraine fundraising project, raised 5 million dollars.\n"
    assert [str(s.value) for s in build_news(en, "en").statistics] == ["5000000"]
    ru = "Заголовок\n\nорганизатор проекта (Print 4 Ukraine) собрал 12 миллионов рублей.\n"
    assert [str(s.value) for s in build_news(ru, "ru").statistics] == ["12000000"]
    kept = "Heading\n\nOfficials counted 91 Ukrainians there.\n"
    assert [str(s.value) for s in build_news(kept, "en").statistics] == ["91"]
