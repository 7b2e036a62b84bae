"""French news: bodies named with an article elided onto their first word ("l'Office ...", "L'Organisation ...").

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Selon L'Organisation Béninoise des Droits Civiques (OBDC) la loi est injuste.",
            "Organisation Béninoise des Droits Civiques",
        ),
        (
            "Le maire a écrit à l'Office Régional de l'Eau et de l'Assainissement hier.",
            "Office Régional de l'Eau et de l'Assainissement",
        ),
        (
            "Hier, L'Association Nationale des Parents d'Élèves a manifesté.",
            "Association Nationale des Parents d'Élèves",
        ),
    ],
)
def test_an_elided_article_opens_a_body_s_name_and_is_no_part_of_it(text: str, name: str) -> None:
    """Before, "L'Organisation" was no body word, so the name was not found, or ran back past the article
    to the words before it ("Par L'Organisation ...")."""
    bodies = [m.text for m in build_news(text, "fr").mentions if m.kind in ("organization", "government-agency")]
    assert name in bodies
    assert not any(b.startswith(("L'", "l'")) or " L'" in b[:4] for b in bodies)


def test_an_acronym_defined_after_an_elided_name_is_that_body() -> None:
    text = "L'Union Tchadienne des Travailleurs (UTT) rejette la réforme. L'UTT appelle à la grève."
    mentions = [m for m in build_news(text, "fr").mentions if m.text in ("Union Tchadienne des Travailleurs", "UTT")]
    assert [m.text for m in mentions] == ["Union Tchadienne des Travailleurs", "UTT", "UTT"]
    assert {m.key for m in mentions[1:]} == {"union-tchadienne-des-travailleurs"}


def test_a_body_named_after_its_common_noun_holds_no_body_word() -> None:
    """ "l'ONG allemande Mission Lifeline", "l'association La Cimade": names with no body word were no actors; an
    elided article on the common noun ("L'association") made it pass for a capitalised word of a name."""
    text = "Le ministre a critiqué l'ONG allemande Sea Rescue. L'association La Passerelle a répondu hier."
    names = [m.text for m in build_news(text, "fr").mentions if m.kind == "organization"]
    assert names == ["Sea Rescue", "La Passerelle"]
