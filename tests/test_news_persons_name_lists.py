"""Sanctions lists that name each person on a line of its own, with the original spelling in brackets and
nothing more ("Анна Мари БЕРГ (Anna Marie BERG),"), maybe a post after a comma, printed again in Latin
letters below: each line is a person, keyed by the original, and the words of the names are no places.

Each excerpt is composed for the test.
"""

from __future__ import annotations

from helpers import build_news

from kg import resolve

_NAME_LIST = """МОСКВА, 3 апреля. Санкции затрагивают следующих парламентариев Норландии:

Депутаты от Партии зелёных

Анна Мари БЕРГ (Anna Marie BERG),
Том Джордан ХИЛЛ (Tom Jordan HILL), председатель палаты,
 Лена УОРД-ХОЛЛ (Lena WARD-HALL),
Нил О’КИФ (Neil O’KEEFE),
Алан ГАЙ (Alan GUY),
Ян Питер Олсен (Jan Peter OLSEN).

Список может быть расширен.

## English

Below is a list of the parliamentarians of Norland:

Anna Marie BERG,
Tom Jordan HILL, Speaker of the Chamber,
Lena WARD-HALL,
Neil O'KEEFE,
Alan GUY,
Jan Peter OLSEN.
"""


def _persons(text: str) -> set[str]:
    return {m.text for m in build_news(text, "ru").mentions if m.kind == "person"}


def test_each_line_of_a_list_of_names_is_a_person() -> None:
    persons = _persons(_NAME_LIST)
    assert {
        "Анна Мари БЕРГ",
        "Том Джордан ХИЛЛ",
        "Лена УОРД-ХОЛЛ",
        "Нил О’КИФ",
        "Алан ГАЙ",
        "Ян Питер Олсен",
    } <= persons


def test_a_listed_person_is_keyed_by_the_original_spelling() -> None:
    mentions = [m for m in build_news(_NAME_LIST, "ru").mentions if m.kind == "person" and m.text == "Анна Мари БЕРГ"]
    assert resolve.resolve(mentions[0], "ru").key == resolve.minted_key("Anna Marie Berg")


def test_a_post_after_a_listed_name_is_held() -> None:
    held = {(h.person.text, h.post) for h in build_news(_NAME_LIST, "ru").posts}
    assert ("Том Джордан ХИЛЛ", "председатель палаты") in held


def test_a_word_of_a_listed_name_is_no_state() -> None:
    states = [m for m in build_news(_NAME_LIST, "ru").mentions if m.kind == "state"]
    assert not [m for m in states if "Jordan" in m.text or "Джордан" in m.text]


def test_two_names_are_no_list() -> None:
    text = "МОСКВА, 3 апреля. Сообщаем:\n\nАнна Мари БЕРГ (Anna Marie BERG),\nТом ХИЛЛ (Tom HILL).\n"
    held = build_news(text, "ru")
    assert "Анна Мари БЕРГ" not in {m.text for m in held.mentions if m.kind == "person"}


def test_bodies_with_their_acronyms_are_no_list_of_persons() -> None:
    text = (
        "МОСКВА, 3 апреля. В заседании участвовали:\n\nСовет Безопасности ООН (UNSC),\n"
        "Всемирная организация здравоохранения (WHO),\nМеждународный валютный фонд (IMF),\n"
        "Детский фонд ООН (UNICEF).\n"
    )
    assert not _persons(text)


def test_names_with_originals_in_another_script_are_no_list_of_latin_originals() -> None:
    text = (
        "МОСКВА, 3 апреля. Список:\n\nАнна БЕРГ (Анна Берг),\nТом ХИЛЛ (Том Хилл),\n"
        "Лена УОРД (Лена Уорд),\nНил КИФ (Нил Киф).\n"
    )
    assert not {"Анна БЕРГ", "Том ХИЛЛ"} & _persons(text)


_TABLE = """МОСКВА, 3 апреля. Перечень лиц приводится ниже:

1

Chad Linden

Чэд Линден

директор компании «Кестрел»

2

Mona Reyes

Мона Рейес

журналист газеты «Норланд ньюс»

3

Peter Aske

Питер Аске

член совета директоров компании «Кестрел»
"""


def test_a_word_of_a_name_in_a_table_row_is_no_state() -> None:
    built = build_news(_TABLE, "ru")
    assert "Чэд Линден" in {m.text for m in built.mentions if m.kind == "person"}
    assert not [m for m in built.mentions if m.kind == "state" and "Chad" in m.text]


def test_a_state_named_in_a_table_row_post_stays_a_state() -> None:
    text = _TABLE.replace("журналист газеты «Норланд ньюс»", "посол Чада в Норландии")
    assert [m for m in build_news(text, "ru").mentions if m.kind == "state" and "Чад" in m.text]
