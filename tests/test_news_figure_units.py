"""The unit of a figure that counts people or things, and of a vote's tally, in several languages.

Each excerpt is composed for the test; each test's docstring names what was wrong before.
"""

from __future__ import annotations

import pytest
from helpers import build_news, statistic_of


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("Las autoridades repatriaron a 12 mil 431 niños en 2012.", "es", "12431", "children"),
        ("La conferencia reunió a representantes de 87 países.", "es", "87", "countries"),
        ("Près de 640 organisations de la société civile ont signé l'appel.", "fr", "640", "organizations"),
        ("Plus de 75 pays ont participé aux négociations.", "fr", "75", "countries"),
        ("The programme placed 1,250 children with foster families.", "en", "1250", "children"),
        ("该计划明年将接收8万3500位新移民。", "zh", "83500", "persons"),
        ("今年额外增加了1200个名额。", "zh", "1200", "places"),
        ("В конференции приняли участие представители 64 стран.", "ru", "64", "countries"),
    ],
)
def test_a_counted_noun_after_a_figure_is_its_unit(text: str, language: str, value: str, unit: str) -> None:
    """A figure that counts children, countries or places had no unit: only currencies, percent and persons had
    one, so "12 mil 431 niños" and "75 pays" told nothing of what they count."""
    assert statistic_of(build_news(text, language), value).unit == unit


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("The plant will create over 12,000 direct and indirect jobs.", "en", "12000", "jobs"),
        ("La campagne a réuni 45 grandes organisations de la société civile.", "fr", "45", "organizations"),
        ("Lào được hưởng hạn ngạch cho 07 dòng hàng HS 8 số.", "vi", "7", "tariff lines"),
        ("Students will study at 17 participating colleges and universities.", "en", "17", "colleges"),
        ("政府承诺安置4万阿富汗难民。", "zh", "40000", "persons"),
    ],
)
def test_a_counted_noun_after_words_that_qualify_it_is_the_unit(
    text: str, language: str, value: str, unit: str
) -> None:
    """ "over 33,000 direct and indirect jobs" had no unit: only a noun right after the figure gave one."""
    assert statistic_of(build_news(text, language), value).unit == unit


def test_a_counted_noun_further_on_is_no_unit() -> None:
    """Only one word, or two joined by a conjunction, qualify the noun a figure counts."""
    statistic = statistic_of(build_news("The camp has housed them for 20 years for refugees.", "en"), "20")
    assert statistic.unit is None


def test_a_counted_noun_must_be_a_whole_word() -> None:
    """A noun of the list at the start of a longer word ("paysages") is no unit."""
    statistic = statistic_of(build_news("Le parc protège 40 paysages remarquables.", "fr"), "40")
    assert statistic.unit is None


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("12月3日，欧洲议会以512票赞成，61票反对，27票弃权通过决议。", "zh", ("512", "61", "27")),
        ("A favor votaron 138 delegaciones, mientras que 17 se abstuvieron.", "es", ("138", "17")),
        ("The Assembly adopted the text by 121 votes to 7, with 30 abstentions.", "en", ("121", "7", "30")),
    ],
)
def test_the_numbers_of_a_vote_tally_count_votes(text: str, language: str, values: tuple[str, ...]) -> None:
    """The numbers of a tally had no unit ("票赞成" was their measure), or counted delegations."""
    extraction = build_news(text, language)
    assert [statistic_of(extraction, value).unit for value in values] == ["votes"] * len(values)


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        (
            "En 2012 fueron repatriados 14 mil 210 niños, de los cuales 9 mil 400 viajaban solos.",
            "es",
            "9400",
            "children",
        ),
        ("The agency resettled 2,400 refugees, of whom 1,100 were settled in Ohio.", "en", "1100", "refugees"),
        ("该省去年接收8万3000位新移民，其中2万来自亚洲。", "zh", "20000", "persons"),
    ],
)
def test_a_figure_of_a_part_counts_what_the_whole_counts(text: str, language: str, value: str, unit: str) -> None:
    """ "32 mil 653 niños, de los cuales 25 mil 108 ..." : the part had no unit."""
    assert statistic_of(build_news(text, language), value).unit == unit


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("En febrero, el número de operaciones fue de 4 millones 210 mil.", "es", "4210000", "transactions"),
        ("Число беженцев составило 52 тыс.", "ru", "52000", "refugees"),
    ],
)
def test_the_number_of_a_noun_before_a_figure_is_its_unit(text: str, language: str, value: str, unit: str) -> None:
    """ "el número de operaciones fue de cinco millones 423.37 mil" had no unit: only nouns after a figure gave one."""
    assert statistic_of(build_news(text, language), value).unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Въезд в Россию закрывается для 14 канадцев из числа журналистов.", "14"),
        ("Ответные меры затрагивают 23 японца и 5 британцев.", "23"),
        ("Ответные меры затрагивают 23 японца и 5 британцев.", "5"),
    ],
)
def test_nationals_counted_by_their_demonym_are_persons(text: str, value: str) -> None:
    """ "для 36 новозеландцев" had no unit: the demonym of a state the language knows counts persons."""
    assert statistic_of(build_news(text, "ru"), value).unit == "persons"


def test_a_word_ending_like_a_demonym_counts_no_persons() -> None:
    """Only demonyms the language module knows count persons, never a word that merely ends like one."""
    statistic = statistic_of(build_news("Завод выпустил 40 образцов и 12 тысяч ящиков.", "ru"), "40")
    assert statistic.unit != "persons"


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("Hasta la semana pasada 343 trabajadores del instituto no aprobaron los exámenes.", "es", "343", "staff"),
        ("Villaverde, municipio de 12 mil habitantes, votó el domingo.", "es", "12000", "inhabitants"),
        ("La direction supprime 350 salariés sur le site de Lannion.", "fr", "350", "staff"),
        ("Lannion, commune de 19 000 habitants, a voté dimanche.", "fr", "19000", "inhabitants"),
    ],
)
def test_staff_and_inhabitants_are_counted(text: str, language: str, value: str, unit: str) -> None:
    """ "343 trabajadores" and "19 000 habitants" had no unit: staff and the people of a place were not counted
    nouns."""
    assert statistic_of(build_news(text, language), value).unit == unit
