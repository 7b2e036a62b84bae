"""Lists and tables of persons in statements (sanctions lists, delegations): a family name in capitals
("Иван ПЕТРОВ (Ivan PETROV), ..."), the same list printed in a second language whose line holds a
typographic apostrophe, and a table copied one cell a paragraph, each row opened by its number.

Each excerpt is composed for the test.
"""

from __future__ import annotations

from helpers import build_news

from kg import resolve
from kg.model import Extraction

_CAPITALS_LIST = """МОСКВА, 3 апреля. Въезд закрыт для следующих лиц:

Иван Петрович СИДОРЕНКО (Ivan Petrovich SIDORENKO), научный сотрудник Института Вернадского (Vernadsky Institute);
Ольга ЛЕБЕДЕВА (Olga LEBEDEVA), колумнист газеты «Вечерний курьер»;

The following persons are barred from entry:

Ivan Petrovich SIDORENKO, Director at the Vernadsky Institute (Queen’s College);
Olga LEBEDEVA, Director of the Evening Courier;
"""


def _persons(extraction: Extraction) -> dict[str, str]:
    """Each person's English name (or label) by the key its node is minted from."""
    return {
        (entity := resolve.resolve(m, "ru")).key: entity.name or m.text
        for m in extraction.mentions
        if m.kind == "person"
    }


def test_a_family_name_in_capitals_is_a_listed_person_in_either_language() -> None:
    extraction = build_news(_CAPITALS_LIST, "ru")
    held = {(h.person.text, h.post) for h in extraction.posts}
    assert ("Ольга ЛЕБЕДЕВА", "колумнист газеты «Вечерний курьер»") in held
    assert ("Olga LEBEDEVA", "Director of the Evening Courier") in held
    # a line in Latin letters with a typographic apostrophe is still the English version of the list
    assert ("Ivan Petrovich SIDORENKO", "Director at the Vernadsky Institute (Queen’s College)") in held


def test_a_person_listed_in_capitals_in_two_languages_is_one_person() -> None:
    names = sorted(_persons(build_news(_CAPITALS_LIST, "ru")).values())
    assert names == ["Ivan Petrovich Sidorenko", "Olga Lebedeva"]


def test_a_word_in_capitals_in_a_list_that_writes_no_family_name_so_is_no_person() -> None:
    text = (
        "МОСКВА, 3 апреля. В перечень вошли:\n\nАнна Берг (Anna Berg) – заместитель министра;\n"
        "Совет НАТО – орган, который принимает решения;\n"
    )
    persons = [m.text for m in build_news(text, "ru").mentions if m.kind == "person"]
    assert "Анна Берг" in persons and "Совет НАТО" not in persons


_TABLE = """МОСКВА, 3 апреля. Ниже следует поименный перечень:

№ п/п

Имя, фамилия

Должность

1

Anna Berg

Анна Берг

заместитель министра
финансов

2

Tom Hill

Том Хилл

директор компании Norfield

3

Lena Ward

Лена Уорд

комиссар полиции

Оставляем за собой право на дальнейшие контрмеры.

## English

No

Name

Position

1

Anna Berg

Анна Берг

Deputy Minister of Finance

2

Tom Hill

Том Хилл

Director at Norfield

3

Lena Ward

Лена Уорд

Police Commissioner

We reserve the right to adopt more countermeasures.
"""


def test_a_table_printed_one_cell_a_paragraph_names_its_persons_and_what_they_are() -> None:
    extraction = build_news(_TABLE, "ru")
    held = {(h.person.text, " ".join(h.post.split())) for h in extraction.posts}
    assert {("Анна Берг", "заместитель министра финансов"), ("Том Хилл", "директор компании Norfield")} <= held
    assert ("Анна Берг", "Deputy Minister of Finance") in held
    # the prose after the last row is no post, and the table's header is no row
    assert not [h for h in extraction.posts if "контрмеры" in h.post or "countermeasures" in h.post]
    assert not [m for m in extraction.mentions if m.kind == "person" and "Имя" in m.text]


def test_a_table_printed_in_two_languages_names_each_person_once() -> None:
    assert sorted(_persons(build_news(_TABLE, "ru")).values()) == ["Anna Berg", "Lena Ward", "Tom Hill"]


def test_two_numbered_paragraphs_are_no_table_of_persons() -> None:
    text = (
        "LONDON, 3 April. The plan has two parts.\n\n1\n\nJohn Smith\n\nchairs the board\n\n2\n\nMary Jones\n\nwrites\n"
    )
    extraction = build_news(text, "en")
    assert not [h for h in extraction.posts if h.post in ("chairs the board", "writes")]


def test_a_company_after_a_listed_post_is_no_person() -> None:
    """ "Neil Barnett, Executive Director, Istok Associates Limited;": the company after the post's comma was
    taken for the post's holder; a legal form ("Limited", "Ltd", "Inc.") ends a company's name."""
    text = (
        "LONDON, 3 April 2024 - The following persons are barred:\n\n"
        "Neil Barnett, Executive Director, Istok Associates Limited;\nWilliam Geddes, Director, Corporate Protection Ltd;\n"
    )
    persons = [m.text for m in build_news(text, "en").mentions if m.kind == "person"]
    assert persons == ["Neil Barnett", "William Geddes"]


def test_a_listed_person_s_citizenship_is_no_post() -> None:
    text = (
        "МОСКВА, 3 апреля. Въезд закрыт для следующих лиц:\n\n"
        "Зарина ЗАБРИСКИ (Zarina ZABRISKI), гражданка США, журналист-фрилансер;\n"
        "Том КИТИНГ (Tom KEATINGE), гражданин Ирландии, директор центра;\n\nThe following are barred:\n\n"
        "Zarina ZABRISKI, a US citizen, Director of Media Watch;\nTom KEATINGE, Irish national, Director, Centre;\n"
    )
    held = {(h.person.text, h.post) for h in build_news(text, "ru").posts}
    assert held == {
        ("Зарина ЗАБРИСКИ", "журналист-фрилансер"),
        ("Том КИТИНГ", "директор центра"),
        ("Zarina ZABRISKI", "Director of Media Watch"),
        ("Tom KEATINGE", "Director, Centre"),
    }


_WRAPPED_TABLE = """МОСКВА, 3 апреля. Ниже следует поименный перечень:

1

Anna
Berg-Lind

Анна Берг-Линд

заместитель министра финансов

2

Tom Hill

Том Хилл

Лейтенант-коммандер
Военно-морских сил

3

Lena Ward

Лена Уорд

комиссар полиции
"""


def test_a_latin_name_wrapped_onto_two_lines_above_its_cyrillic_twin_is_the_person() -> None:
    """Before: "Anna\\nBerg-Lind" failed as a name cell, and the whole row with it."""
    extraction = build_news(_WRAPPED_TABLE, "ru")
    assert sorted(_persons(extraction).values()) == ["Anna Berg-Lind", "Lena Ward", "Tom Hill"]
    held = {(h.person.text, " ".join(h.post.split())) for h in extraction.posts}
    assert ("Анна Берг-Линд", "заместитель министра финансов") in held
    # a wrapped post in capitals has no twin in the other script: no name
    assert not [m for m in extraction.mentions if m.kind == "person" and "Лейтенант" in m.text]


_BODY_AFTER_POST = """МОСКВА, 3 апреля. Ниже следует поименный перечень:

1

Anna Berg

Анна Берг

исполнительный директор

Института Северных Исследований

2

Tom Hill

Том Хилл

президент
НКО Open Coast

3

Lena Ward

Лена Уорд

комиссар полиции

## English

1

Tom Hill

President, Open Coast NGO

2

Lena Ward

Police Commissioner
"""


def test_a_body_after_a_listed_post_is_no_person() -> None:
    """Before: "Института Северных Исследований" (a declined body word), "НКО Open Coast" and "Open Coast NGO"
    (an acronym for a kind of body) were read as the holders of the posts before them."""
    persons = {m.text for m in build_news(_BODY_AFTER_POST, "ru").mentions if m.kind == "person"}
    assert not [p for p in persons if "Институт" in p or "Open Coast" in p]
