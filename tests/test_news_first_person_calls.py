"""Calls in the first person of a statement or a quoted speaker, and a Chinese wish addressed to a body.

Each excerpt is composed for the test. Before, "Nous appelons les gouvernements à", "Pedimos al
Gobierno", "Мы призываем" and "希望塞尔维亚政府" asked nothing of anyone: only third-person forms
("a appelé", "pidió a", "призвал") were requesting phrases.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg.model import Commitment


def _commitments(text: str, language: str) -> list[Commitment]:
    return build_news(text, language).commitments


@pytest.mark.parametrize(
    ("text", "language", "action", "addressee"),
    [
        (
            "Paris, le 3 mars 2024 - « Nous appelons le Gouvernement à ouvrir les frontières », a déclaré la présidente.",
            "fr",
            "calls-upon",
            "Gouvernement",
        ),
        (
            "MÉXICO, 2 de abril de 2024 - «Pedimos al Gobierno de México que proteja a los niños», dijo la vocera.",
            "es",
            "requests",
            "Gobierno de México",
        ),
        (
            "新华社北京12月20日电 欧洲议会希望塞尔维亚政府让欧盟官员自由进入工厂。",
            "zh",
            "invites",
            "塞尔维亚政府",
        ),
    ],
)
def test_a_first_person_call_asks_the_body_named_after_it(
    text: str, language: str, action: str, addressee: str
) -> None:
    found = [c for c in _commitments(text, language) if c.action == action]
    assert found, [(c.action, c.span.of(text)) for c in _commitments(text, language)]
    # the body, or the state whose government it is ("塞尔维亚政府": Serbia)
    assert any(a.text and addressee.startswith(a.text) for a in found[0].addressees)


_STATEMENTS = {
    "fr": (
        "Communiqué de la Fédération Terre Paysanne\n\nParis, le 3 mars 2024 - "
        "Nous condamnons la fermeture du centre d'accueil. J'ai décidé de suspendre tout dialogue avec la préfecture.\n",
        {"condemns": "declaratory", "decides": "decision"},
    ),
    "en": (
        "Statement by the Coalition for Clean Water\n\n"
        "GENEVA, 4 June 2024 - We condemn the dumping of waste in the river. "
        "We call on the Government of Ruritania to publish the report.\n",
        {"condemns": "declaratory", "calls-upon": "exhortatory"},
    ),
}


@pytest.mark.parametrize("language", sorted(_STATEMENTS))
def test_a_statements_first_person_is_its_author(language: str) -> None:
    """Before, "Nous condamnons", "J'ai décidé de" and "We condemn" were no commitment of the statement's author."""
    text, forces = _STATEMENTS[language]
    extraction = build_news(text, language)
    author = extraction.document.body
    assert author is not None
    found = {c.action: c for c in extraction.commitments if c.action in forces}
    assert {action: c.force for action, c in found.items()} == forces
    assert all(c.issuer is not None and c.issuer.text == author.text for c in found.values())


_QUOTED = {
    "fr": (
        'PARIS, 3 mars 2024 - Jean Martin, de la Fédération Terre Paysanne, affirme que "nous appelons les '
        'gouvernements à résister à la pression".',
        "Fédération Terre Paysanne",
    ),
    "es": (
        'MÉXICO, 2 de abril de 2024 - Ana López, de la Red de Defensoras, afirmó que "condenamos la detención de '
        'los activistas".',
        "Red de Defensoras",
    ),
}


@pytest.mark.parametrize("language", sorted(_QUOTED))
def test_a_quoted_first_person_is_the_speakers_organisation(language: str) -> None:
    """Before, a call quoted in a news article was no one's: the "we" of a quotation is whom it is attributed to."""
    text, speaker = _QUOTED[language]
    found = [c for c in _commitments(text, language) if c.issuer is not None]
    assert len(found) == 1
    assert found[0].issuer is not None and found[0].issuer.text == speaker


def test_a_quotation_of_another_party_in_a_statement_is_not_the_authors() -> None:
    text = (
        "Statement by the Coalition for Clean Water\n\n"
        'GENEVA, 4 June 2024 - The Ministry of the Interior of Ruritania said: "We condemn the protest." '
        "We deplore this answer.\n"
    )
    extraction = build_news(text, "en")
    issuers = {c.action: c.issuer.text for c in extraction.commitments if c.issuer is not None}
    assert extraction.document.body is not None
    assert issuers["deplores"] == extraction.document.body.text
    assert issuers["condemns"].startswith("Ministry of the Interior")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Statement by the Coalition for Clean Water\n\nGENEVA, 4 June 2024 - Should we condemn the Government?\n",
            "en",
        ),
        ("联合会声明\n\n新华社北京12月20日电 我们谴责这种做法吗？\n", "zh"),
    ],
)
def test_a_question_pledges_nothing(text: str, language: str) -> None:
    assert _commitments(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Communiqué de la Fédération Terre Paysanne\n\nParis, le 3 mars 2024 - Notre priorité reste le combat "
            "politique pour l'ouverture des frontières.\n",
            "fr",
        ),
        (
            "Statement by the Coalition for Clean Water\n\nGENEVA, 4 June 2024 - Our priority remains the fight for "
            "a clean river.\n",
            "en",
        ),
    ],
)
def test_a_statements_priority_is_its_call(text: str, language: str) -> None:
    """ "Notre priorité reste le combat pour ...": what a statement puts first it calls for; before, it was no
    commitment."""
    extraction = build_news(text, language)
    calls = [c for c in extraction.commitments if c.action == "calls-for"]
    assert len(calls) == 1
    assert calls[0].force == "exhortatory" and calls[0].issuer == extraction.document.body


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Communiqué de la Fédération Terre Paysanne\n\nParis, le 3 mars 2024 - Le ministère de l'Agriculture a "
            "décidé la semaine dernière de fermer le centre. Nous condamnons cette fermeture.\n",
            "fr",
        ),
        (
            "Statement by the Coalition for Clean Water\n\nGENEVA, 4 June 2024 - Last week the Ministry of Water "
            "decided to close the plant. We condemn this closure.\n",
            "en",
        ),
    ],
)
def test_a_reported_past_action_of_another_body_is_not_the_authors(text: str, language: str) -> None:
    """A statement reports what a ministry decided: that is no commitment of the statement's author, whose own
    is only the first-person one."""
    extraction = build_news(text, language)
    author = extraction.document.body
    assert author is not None
    own = [c for c in extraction.commitments if c.issuer is not None and c.issuer.text == author.text]
    assert [c.action for c in own] == ["condemns"]
