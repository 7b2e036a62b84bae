"""Whom a request asks, where news lists several or describes them: a list of common nouns ("called on the
mayors of cities, trade unions, farmers, and charities to"), states joined by a conjunction,
bodies a state's name qualifies ("U.S. hospitals"), those given a task by "will direct", and the group a
sanctions decision applies to before whom it is drawn from ("для 15 норландцев | из числа блогеров").

Each excerpt is composed for the test.
"""

from __future__ import annotations

from helpers import build_news


def _asked(text: str, language: str) -> list[list[str]]:
    return [[a.text for a in c.addressees] for c in build_news(text, language).commitments]


def test_each_item_of_a_described_list_is_asked() -> None:
    text = (
        "LONDON, May 3, 2024. The Kestrel Foundation called on the mayors of cities, trade unions, "
        "farmers, and charities to plant more trees."
    )
    assert ["the mayors of cities", "trade unions", "farmers", "charities"] in _asked(text, "en")


def test_each_item_of_a_described_list_is_asked_in_french() -> None:
    text = "PARIS, 3 mai 2024. La Fondation Kestrel appelle les gouvernements, les entreprises et la société civile à agir."
    assert ["gouvernements", "les entreprises", "la société civile"] in _asked(text, "fr")


def test_a_description_cut_by_a_time_is_no_list() -> None:
    text = "LONDON, May 3, 2024. The Kestrel Foundation urged on Monday, in a letter, donors to give more."
    assert not any("Monday" in a for asked in _asked(text, "en") for a in asked)


def test_states_joined_by_a_conjunction_are_both_asked() -> None:
    text = "LONDON, May 3, 2024. The Kestrel Foundation called on France and Spain to end the dispute."
    assert ["France", "Spain"] in _asked(text, "en")


def test_bodies_a_state_qualifies_are_asked_not_the_state() -> None:
    text = "LONDON, May 3, 2024. The Kestrel Foundation encourages U.S. hospitals to train more nurses."
    assert ["U.S. hospitals"] in _asked(text, "en")


def test_a_state_asked_alone_stays_the_state() -> None:
    text = "LONDON, May 3, 2024. The Kestrel Foundation called on France to release the journalists."
    assert ["France"] in _asked(text, "en")


def test_those_given_a_task_may_be_described() -> None:
    text = "LONDON, May 3, 2024. The Kestrel Foundation will direct its regional offices to report every month."
    commitments = build_news(text, "en").commitments
    assert [(c.force, [a.text for a in c.addressees]) for c in commitments] == [("directive", ["its regional offices"])]


def test_will_encourage_asks_those_named_after_it() -> None:
    text = "LONDON, May 3, 2024. The Kestrel Foundation will encourage local charities to accept more volunteers."
    assert [(c.action, [a.text for a in c.addressees]) for c in build_news(text, "en").commitments] == [
        ("encourages", ["local charities"])
    ]


_STATEMENT = (
    "https://example.org/statement/\n\n## Russian\n\n03.04.2024 12:00\nЗаявление МИД России о санкциях\n\n{body}\n"
)


def test_a_sanctioned_group_ends_before_whom_it_is_drawn_from() -> None:
    body = (
        "С сегодняшнего дня въезд в страну закрывается для 15 норландцев из числа блогеров и банкиров, "
        "поддержавших эти меры."
    )
    assert ["15 норландцев"] in _asked(_STATEMENT.format(body=body), "ru")


def test_a_purpose_after_the_marker_is_no_sanctioned_group() -> None:
    body = "Въезд в страну закрывается для обеспечения безопасности граждан на два года."
    assert _asked(_STATEMENT.format(body=body), "ru") == [[]]
