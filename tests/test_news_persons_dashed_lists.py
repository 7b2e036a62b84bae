"""Sanctions lists printed one cell a paragraph with a paragraph holding only a dash between a person's
name ("Анна БЕРГ (Anna Berg)", the original maybe on a line or a paragraph of its own) and what the person
is, in Russian and again in English.

Each excerpt is composed for the test.
"""

from __future__ import annotations

from helpers import build_news

from kg import resolve

_DASHED_LIST = """МОСКВА, 3 апреля. Ниже следует перечень лиц, вносимых в «стоп-лист»:



Анна БЕРГ (Anna Lee Berg)

–

заместитель министра финансов


Том ХИЛЛ
(Tom Hill)

–

директор лоббистской фирмы
«Норт ривер партнерс»


Лена УОРД

(Lena M. Ward)

–

сенатор от Демократической партии
(шт. Огайо)



The following persons are barred from entry:


Anna Lee Berg

–

Deputy Secretary of the Treasury


Tom Hill

–

President, North River Partners lobbying firm


Lena M. Ward

–

Democratic Senator for Ohio
"""


def test_a_dash_paragraph_joins_a_listed_name_to_its_post_in_either_language() -> None:
    held = {(h.person.text, " ".join(h.post.split())) for h in build_news(_DASHED_LIST, "ru").posts}
    assert ("Анна БЕРГ", "заместитель министра финансов") in held
    assert ("Том ХИЛЛ", "директор лоббистской фирмы «Норт ривер партнерс»") in held
    assert ("Лена УОРД", "сенатор от Демократической партии (шт. Огайо)") in held
    assert ("Anna Lee Berg", "Deputy Secretary of the Treasury") in held
    assert ("Lena M. Ward", "Democratic Senator for Ohio") in held


def test_a_person_of_a_dashed_list_in_two_languages_is_one_person() -> None:
    keys = {resolve.resolve(m, "ru").key for m in build_news(_DASHED_LIST, "ru").mentions if m.kind == "person"}
    assert len(keys) == 3


def test_the_name_after_the_post_a_listed_description_opens_with_is_a_body() -> None:
    mentions = build_news(_DASHED_LIST, "ru").mentions
    assert "North River Partners" not in {m.text for m in mentions if m.kind == "person"}
    assert any("North River Partners" in m.text for m in mentions if m.kind == "organization")


def test_two_dash_paragraphs_are_no_list_of_persons() -> None:
    text = "МОСКВА, 3 апреля. Сообщаем:\n\nАнна Берг\n\n–\n\nзаместитель министра\n\nТом Хилл\n\n–\n\nдиректор\n"
    assert not [h for h in build_news(text, "ru").posts if h.post == "директор"]
