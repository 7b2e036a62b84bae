"""Russian news: persons and the posts they hold."""

from __future__ import annotations

import pytest
from helpers import build_news

from kg.text.morphology import russian_person_base


def test_russian_portfolio_with_an_acronym_and_a_post_held_at_an_organisation() -> None:
    """ "Министр строительства и ЖКХ Ирек Файзуллин" was the person "ЖКХ Ирек Файзуллин"; "постоянный
    представитель РФ при ООН Василий Небензя" held no post; "3 окт" gave the figure 3."""
    text = (
        "Заголовок\n\nООН, 3 окт — РИА Новости. Министр строительства и ЖКХ Ирек Файзуллин выступил, "
        "заявил постоянный представитель РФ при ООН Василий Небензя на заседании.\n"
    )
    extraction = build_news(text, "ru")
    holdings = {p.person.text: p for p in extraction.posts}
    assert set(holdings) == {"Ирек Файзуллин", "Василий Небензя"}
    organization = holdings["Василий Небензя"].organization
    assert organization is not None and organization.key == "UN"
    assert not extraction.statistics


def test_russian_prime_minister_of_the_rf_and_minister_with_two_word_portfolio() -> None:
    """ "Председатель правительства РФ Михаил Мишустин" made "РФ Михаил Мишустин" the person;
    "Министр труда и социальной защиты Антон Котяков" held no post."""
    text = (
        "Заголовок\n\nПредседатель правительства РФ Михаил Мишустин подписал документ. "
        "Министр труда и социальной защиты Антон Котяков сообщил об этом.\n"
    )
    holdings = [(h.person.text, h.post_name, h.state.text if h.state else None) for h in build_news(text, "ru").posts]
    assert holdings == [("Михаил Мишустин", "Prime Minister", "РФ"), ("Антон Котяков", "Minister", None)]


def test_a_person_named_in_an_oblique_case_is_labelled_in_the_nominative() -> None:
    """Before: "официальный представитель Марии Захаровой" made the person "Марии Захаровой", another node than
    "Мария Захарова"; a name the dictionary cannot decline for sure stays as written."""
    text = (
        "Заголовок\n\nМОСКВА, 2 мая — Позицию изложил официальный представитель Марии Захаровой. "
        "Министр финансов Антон Силуанов выступил. Премьер-министр Мелани Джоли выступила.\n"
    )
    persons = {(p.person.text, p.person.written) for p in build_news(text, "ru").posts}
    assert persons == {("Мария Захарова", "Марии Захаровой"), ("Антон Силуанов", None), ("Мелани Джоли", None)}


@pytest.mark.parametrize(
    ("written", "base"),
    [
        ("Сергея Лаврова", "Сергей Лавров"),
        ("Сергею Лаврову", "Сергей Лавров"),
        ("Владимира Владимировича Путина", "Владимир Владимирович Путин"),
        ("Анна Лаврова", "Анна Лаврова"),  # a woman's family name in the nominative, not a man's in the genitive
        ("Бирн, Джеймс", "Бирн, Джеймс"),  # a foreign name the dictionary does not know
        ("Мелани Джоли", "Мелани Джоли"),  # an indeclinable given name tells no case
        ("Лаврова", "Лаврова"),  # one word alone tells no case
    ],
)
def test_a_person_s_name_is_declined_only_where_every_word_is_a_known_name(written: str, base: str) -> None:
    assert russian_person_base(written) == base


def test_a_post_in_an_oblique_case_names_its_holder_in_that_case() -> None:
    """Before: only a post in the nominative was read, so "встретилась с министром ... Сергеем Лавровым" and
    "по словам министра ... Антона Силуанова" named no person; "После встречи" is no ambassador ("Посол")."""
    text = (
        "Заголовок\n\nМОСКВА, 2 мая — Делегация встретилась с министром иностранных дел Сергеем Лавровым. "
        "По словам министра финансов Антона Силуанова, бюджет принят. После встречи стороны договорились.\n"
    )
    extraction = build_news(text, "ru")
    holdings = {(p.person.text, p.person.written, p.post_name) for p in extraction.posts}
    assert holdings == {
        ("Сергей Лавров", "Сергеем Лавровым", "Minister"),
        ("Антон Силуанов", "Антона Силуанова", "Minister"),
    }
    assert "После" not in {m.text for m in extraction.mentions}


def test_a_seat_on_a_company_s_board_is_a_post_at_the_company_not_a_body() -> None:
    """Before: "член Совета директоров Всемирного банка" made "Совета директоров Всемирного" a body of its own."""
    text = (
        "Заголовок\n\nМОСКВА, 2 мая — Иван Петров, член Совета директоров Всемирного банка, выступил. В список "
        "включены:\n\nАнна Смирнова (Anna Smirnova) – председатель Совета директоров Канадской коммерческой корпорации;\n"
    )
    extraction = build_news(text, "ru")
    posts = {(p.person.text, p.post_name) for p in extraction.posts}
    assert posts == {("Иван Петров", "Board Member"), ("Анна Смирнова", "Chair of the Board")}
    bodies = {m.text for m in extraction.mentions if m.kind not in ("post", "person", "place")}
    assert not [name for name in bodies if "директоров" in name]
