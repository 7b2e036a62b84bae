"""Russian news: persons and the posts they hold."""

from __future__ import annotations

from helpers import build_news


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
