"""French heads of government by their title, and the foreign minister as the press names the office.

Excerpts composed for the test. Before, "du chancelier Otto Lang" and "Le chef de la diplomatie
marocaine, Karim Alaoui" named no person: neither title was a post of the pack.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("L'Autriche, par la voix du chancelier Otto Lang, a écarté l'idée.", ("Otto Lang", "Chancellor")),
        ("La chancelière Anna Weber est fragilisée.", ("Anna Weber", "Chancellor")),
        (
            "Le chef de la diplomatie marocaine, Karim Alaoui, a déclaré jeudi que son pays refusait.",
            ("Karim Alaoui", "Minister for Foreign Affairs"),
        ),
    ],
)
def test_a_title_before_a_name_is_the_persons_post(sentence: str, held: tuple[str, str]) -> None:
    posts = build_news("Article\n\n" + sentence + "\n", "fr").posts
    assert [(p.person.text, p.post_name) for p in posts] == [held]


def test_a_chancellor_of_an_office_named_by_no_person_is_none() -> None:
    assert build_news("Article\n\nLe chancelier de l'Échiquier a parlé hier.\n", "fr").posts == []
