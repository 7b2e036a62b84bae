"""Russian sanctions lists: a firm named after the word for its kind in a listed person's post, in quotation
marks ("металлургического концерна «Норд стил»", "предприятия «…»") or in Latin capitals ("компании ORBEX");
a state's body named by a body word and the state after it ("Парламента Канады").

Each excerpt is composed for the test.
"""

from __future__ import annotations

from helpers import build_news

_FIRMS = """МОСКВА, 3 апреля. Ниже следует перечень:

Анна Берг (Anna Berg) – исполнительный директор металлургического концерна «Норд стил»;
Том Хилл (Tom Hill) – глава военно-промышленного предприятия «Талес Норт»;
Лена Уорд (Lena Ward) – финансовый директор компании ORBEX;
"""


def test_a_firm_named_after_the_word_for_its_kind_in_a_listed_post_is_a_body() -> None:
    """Before: a concern, an enterprise and a company whose name is one word in capitals were no bodies."""
    bodies = {m.text for m in build_news(_FIRMS, "ru").mentions if m.kind == "organization"}
    assert {"Норд стил", "Талес Норт", "ORBEX"} <= bodies


def test_capitals_after_no_word_of_a_kind_name_no_firm() -> None:
    text = "МОСКВА, 3 апреля. Ниже следует перечень:\n\nАнна Берг (Anna Berg) – советник по вопросам ЕС и ORBEX;\n"
    bodies = {m.text for m in build_news(text, "ru").mentions if m.kind == "organization"}
    assert "ORBEX" not in bodies


def test_a_body_word_with_a_state_after_it_is_that_state_s_body() -> None:
    """Before: "Парламента Канады" was no body (one capitalised word before the state's name)."""
    text = "МОСКВА, 3 апреля. Запрет касается депутатов Парламента Канады и членов Правительства Эстонии."
    bodies = {m.text for m in build_news(text, "ru").mentions if m.kind in ("organization", "government-agency")}
    assert "Парламент Канады" in bodies
