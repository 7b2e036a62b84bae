"""Persons and their posts written outside Vietnamese patterns: a name before its post ("Karin Nansen,
présidente de ..."), lists of persons with what each is ("Софи Трюдо (Sophie Gregoire Trudeau) – ..."),
a post, its state and the body it is accredited to before the name ("el embajador de Costa Rica ante la
ONU, Eduardo Ulibarri"), Chinese transliterated names ("朱莉·柯林斯").

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest

from kg import resolve
from kg.builders.news import BUILDER
from kg.model import Document, Extraction
from kg.readers.segment import segment


def _build(text: str, language: str) -> Extraction:
    return BUILDER.build(Document(source="test", text=text, language=language, segments=segment(text, language)))


def _holdings(text: str, language: str) -> list[tuple[str, str, str | None]]:
    """(person, post as written, organisation) of every holding; each person's span quotes its name."""
    extraction = _build(text, language)
    for holding in extraction.posts:
        assert text[holding.person.span.start : holding.person.span.end] == holding.person.text
    return [(h.person.text, h.post, h.organization.text if h.organization else None) for h in extraction.posts]


def _persons(text: str, language: str) -> list[str]:
    return [m.text for m in _build(text, language).mentions if m.kind == "person"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "PARIS, 3 avril. Karin Nansen, présidente d'Amis de la Terre International, affirme que le texte avance.",
            [("Karin Nansen", "Présidente", "Amis de la Terre International")],
        ),
        (
            "fr",
            "PARIS, 3 avril. Déclaration de Jean Dupont, président de Solidarité Paysanne.",
            [("Jean Dupont", "Président", "Solidarité Paysanne")],
        ),
        (
            "es",
            "MADRID, 3 de abril. Lo afirmó Ana Gómez, representante de la Red Migrante, en la rueda de prensa.",
            [("Ana Gómez", "representante", "Red Migrante")],
        ),
        (
            "ar",
            "الرباط - منعت السلطات المناضلة سعاد بنعلي، رئيسة الجمعية المغربية لحماية البيئة من السفر.",
            [("سعاد بنعلي", "رئيسة", "الجمعية المغربية لحماية البيئة")],
        ),
    ],
)
def test_a_name_then_a_comma_then_its_post(language: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _holdings(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a place, then a post: no name before it
        ("fr", "PARIS, 3 avril. À Calais, président et ministre ont parlé."),
        # an article and a known state: no name
        ("es", "MADRID, 3 de abril. En Costa Rica, representante del Gobierno dijo que no."),
        ("ar", "الرباط - في المؤتمر الوطني، رئيسة الجلسة تحدثت."),
    ],
)
def test_no_person_before_a_post_where_the_words_name_nobody(language: str, text: str) -> None:
    assert _persons(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "MADRID, 3 de abril. El texto es bueno, dijo el embajador de Costa Rica ante la ONU, Eduardo Ulibarri, "
            "al presentarlo.",
            [("Eduardo Ulibarri", "embajador", "ONU")],
        ),
        (
            "fr",
            "PARIS, 3 avril. Le texte est bon, a dit l'ambassadeur du Chili auprès de l'ONU, Pedro Soto, hier.",
            [("Pedro Soto", "ambassadeur", "ONU")],
        ),
    ],
)
def test_a_post_accredited_to_a_body_before_the_name(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _holdings(text, language) == expected


_RUSSIAN_LIST = """МОСКВА, 3 апреля. В список включены:

Софи Трюдо (Sophie Gregoire Trudeau) – супруга премьер-министра;
 Иван Кент (Ivan Kent), – президент Канадской торговой ассоциации (CTA);
 Джеймс Д. Ирвинг (James D.Irving) – генеральный директор компании Irving Shipbuilding Inc.;
1. Бирн, Джеймс (Byrne, James), основатель исследовательского центра Open Source Centre;
Заявление МИД России – документ для прессы.

1. James Byrne, Co-founder, Open Source Centre;
"""


def test_a_list_of_persons_each_with_what_they_are() -> None:
    holdings = _holdings(_RUSSIAN_LIST, "ru")
    assert [h[0] for h in holdings] == [
        "Софи Трюдо",
        "Иван Кент",
        "Джеймс Д. Ирвинг",
        "Бирн, Джеймс",
        "James Byrne",
    ]
    assert holdings[0][1] == "супруга премьер-министра"
    assert holdings[1][2] == "Канадская торговая ассоциация"  # the body's base form: its label and key


def test_a_person_listed_in_two_languages_is_one_person() -> None:
    persons = [m for m in _build(_RUSSIAN_LIST, "ru").mentions if m.kind == "person"]
    byrne = [resolve.resolve(m, "ru") for m in persons if "Byrne" in m.text or "Бирн" in m.text]
    assert len(byrne) == 2 and byrne[0].key == byrne[1].key  # one node: its IRI is minted from the key
    assert "James Byrne" in {entity.name for entity in byrne}


def test_a_listed_name_that_holds_a_known_place_stays_whole() -> None:
    extraction = _build(_RUSSIAN_LIST, "ru")
    assert not [m for m in extraction.mentions if m.kind == "place" and m.text == "Софи"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社堪培拉3月5日电 反对党农业发言人朱莉·柯林斯表示，这是好事。", "朱莉·柯林斯"),
        ("新华社日内瓦3月5日电 乌克兰驻日内瓦联合国大使菲利彭科(Yevheniia Filipenko)表示欢迎。", "菲利彭科"),
        ("新华社堪培拉3月5日电 外交部长佩恩表示，澳大利亚欢迎。", "佩恩"),
    ],
)
def test_chinese_transliterated_names_after_a_post(text: str, expected: str) -> None:
    assert expected in _persons(text, "zh")


def test_a_line_of_a_paragraph_wrapped_by_hand_is_no_list_item() -> None:
    text = (
        "WASHINGTON, 3 April 2024 - Today, on\n    World Refugee Day, Secretary of State Antony Blinken and "
        "Secretary\n    of Education Miguel Cardona spoke."
    )
    assert "World Refugee Day" not in _persons(text, "en")


def test_a_company_after_a_post_is_no_person() -> None:
    text = "МОСКВА, 3 апреля. Его возглавляет президент Maritime Launch Services, который выступил."
    assert "Maritime Launch Services" not in _persons(text, "ru")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "PARIS, 3 avril. Le texte avance.\n\nJeanne Morel, de la Confédération Paysanne, affirme que non.",
            ("Jeanne Morel", "Confédération Paysanne"),
        ),
        (
            "es",
            "MADRID, 3 de abril. El texto avanza. Luis Ortega, de la Red Jubileo Sur, dijo que no.",
            ("Luis Ortega", "Red Jubileo Sur"),
        ),
    ],
)
def test_a_person_of_a_body_with_no_post(language: str, text: str, expected: tuple[str, str]) -> None:
    mentions = _build(text, language).mentions
    assert expected[0] in [m.text for m in mentions if m.kind == "person"]
    assert expected[1] in [m.text for m in mentions if m.kind == "organization"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "MADRID, 3 de abril. Lo afirmó el embajador chileno, Pedro Soto, ayer.",
            [("Pedro Soto", "embajador", None)],
        ),
        (
            "es",
            "MADRID, 3 de abril. Es un gran día, dijo una responsable de Amnistía Internacional, Ana Ruiz.",
            [("Ana Ruiz", "responsable", "Amnistía Internacional")],
        ),
    ],
)
def test_a_post_then_its_holder_after_an_adjective_or_a_body(
    language: str, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [h for h in _holdings(text, language) if h[0] == expected[0][0]][:1] == expected


def test_an_arabic_title_before_a_name() -> None:
    assert "سمير العلمي" in _persons("الرباط - قال وكيل اللائحة الأستاذ سمير العلمي إن المؤتمر ناجح.", "ar")


def test_a_definite_head_and_the_object_of_its_verb_are_no_name() -> None:
    """ "تثمن المنظمة | الخطاب الملكي": the organisation values the speech; a masculine noun after a feminine
    head is no adjective of it, so no name."""
    extraction = _build("الرباط - تثمن المنظمة الخطاب الملكي وتدعو إلى الحوار.", "ar")
    assert not [m for m in extraction.mentions if m.kind == "organization" and "الخطاب" in m.text]


def test_a_title_in_capitals_before_a_surname() -> None:
    text = "WASHINGTON, 3 April 2024 - Following President Biden’s direction, the program grew."
    assert _holdings(text, "en") == [("Biden", "President", None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "WASHINGTON, 3 April 2024 - President Joe Smith met the press. Later, President Smith left."),
        ("es", "MADRID, 3 de abril. El Presidente Juan Ortega habló. Después, el Presidente Ortega se fue."),
    ],
)
def test_a_surname_names_the_person_of_the_full_name(language: str, text: str) -> None:
    persons = [m for m in _build(text, language).mentions if m.kind == "person"]
    assert len(persons) == 2
    assert len({resolve.resolve(m, language).key for m in persons}) == 1


def test_a_surname_two_persons_share_names_neither() -> None:
    text = "WASHINGTON, 3 April 2024 - President Joe Smith met Secretary Anna Smith. Later, President Smith left."
    persons = [m for m in _build(text, "en").mentions if m.kind == "person"]
    assert len({resolve.resolve(m, "en").key for m in persons}) == 3


def test_a_name_runs_on_past_an_initial_at_the_end_of_a_line() -> None:
    text = "WASHINGTON, 3 April 2024 - President Joseph R.\nBiden met the press with Secretary\n    of Education Miguel Cardona."
    extraction = _build(text, "en")
    assert [m.text for m in extraction.mentions if m.kind == "person"] == ["Joseph R.\nBiden", "Miguel Cardona"]
    assert not [m for m in extraction.mentions if m.kind == "organization"]  # "Education" is a portfolio


def test_no_chinese_name_where_a_stop_word_follows_the_post() -> None:
    assert _persons("新华社北京3月5日电 总理在北京会见了客人。部长表示同意。", "zh") == []


def test_a_listed_person_works_in_the_body_named_in_latin_letters() -> None:
    text = "МОСКВА, 3 апреля. Список:\n Эндрю Коутс (Andrew Coates) – менеджер Lockheed Martin Canada;\n"
    assert _holdings(text, "ru") == [("Эндрю Коутс", "менеджер Lockheed Martin Canada", "Lockheed Martin Canada")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "MÉXICO. El magistrado presidente del Tribunal Electoral del Estado de Colima (TEEC), Rubén Ortiz Vega, "
            "informó que no hay recurso.",
            [("Rubén Ortiz Vega", "magistrado presidente", "Tribunal Electoral del Estado de Colima")],
        ),
        (
            "fr",
            "PARIS. Le président de la Fédération des Usagers du Rail (FUR), Paul Gravier, a démissionné.",
            [("Paul Gravier", "Président", "Fédération des Usagers du Rail")],
        ),
    ],
)
def test_a_post_of_a_body_whose_acronym_follows_it_before_the_name(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """Before, the acronym in brackets after the body ("(TEEC)", "(FUR)") ended the post: no one held it."""
    assert _holdings(text, language) == expected


def test_spanish_notaries_and_electoral_councillors_are_posts() -> None:
    text = (
        "MÉXICO. El partido presentó al notario público Tomás Ruiz Pardo los documentos. La consejera presidenta "
        "del Instituto Electoral de Colima, Ana Rosa Ortega, negó el registro."
    )
    assert _holdings(text, "es") == [
        ("Tomás Ruiz Pardo", "notario público", None),
        ("Ana Rosa Ortega", "consejera presidenta", "Instituto Electoral de Colima"),
    ]
