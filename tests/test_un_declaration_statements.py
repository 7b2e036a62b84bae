"""A declaration the General Assembly adopts speaks in its numbered paragraphs even where no verb of its speakers
opens one: a paragraph that tells a fact or a position ("Born of the last war, the Organization ...") is their
statement (``affirms``, declaratory), and "We will ..." is their pledge (``commits``). A paragraph that opens with a
verb of theirs keeps that verb, and a lettered item is no paragraph of its own."""

from __future__ import annotations

import pytest

from kg.builders.un import BUILDER
from kg.model import Commitment, Document

_TEXTS = {
    "en": (
        "The General Assembly",
        "Adopts the following declaration:",
        "Declaration on the anniversary of the Organization",
        "We, the Heads of State and Government, have gathered in New York on 2 October 2030.",
        "Born of the last war, the Organization was founded to keep the peace. It has served the peoples well.",
        "We will protect our oceans. We will see more storms if nothing changes.",
        "We recognize that much remains to be done.",
    ),
    "fr": (
        "L’Assemblée générale",
        "Adopte la déclaration suivante :",
        "Déclaration sur l’anniversaire de l’Organisation",
        "Nous, chefs d’État et de gouvernement, réunis à New York le 2 octobre 2030.",
        "Née de la dernière guerre, l’Organisation a été fondée pour maintenir la paix. Elle a bien servi les peuples.",
        "Nous nous engageons à protéger les océans.",
        "Nous reconnaissons qu’il reste beaucoup à faire.",
    ),
}


def _paragraphs(language: str) -> dict[str, list[Commitment]]:
    issuer, adopts, heading, *paragraphs = _TEXTS[language]
    numbered = "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, start=1))
    text = (
        f"United Nations\nA/RES/85/1\n\nGeneral Assembly\nDistr.: General\n\n\n"
        f"{issuer}\n\n{adopts}\n\n\n{heading}\n\n{numbered}\n"
    )
    extraction = BUILDER.build(Document(source=f"declaration-{language}.txt", text=text, language=language))
    found: dict[str, list[Commitment]] = {}
    for commitment in extraction.commitments:
        if commitment.paragraph is not None and commitment.paragraph.number:
            found.setdefault(commitment.paragraph.number, []).append(commitment)
    return found


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_paragraph_with_no_verb_of_the_speakers_is_their_statement(language: str) -> None:
    paragraphs = _paragraphs(language)
    assert set(paragraphs) == {"1", "2", "3", "4"}
    (statement,) = paragraphs["2"]
    assert (statement.action, statement.force) == ("affirms", "declaratory")
    assert statement.issuer is not None and statement.issuer.kind != "un-body"  # the speakers, not the Assembly
    # the statement is the paragraph's first sentence
    assert statement.span.end - statement.span.start < len(_TEXTS[language][4])
    assert [c.action for c in paragraphs["4"]] == ["recognizes"]


def test_we_will_is_a_pledge_of_the_speakers() -> None:
    paragraphs = _paragraphs("en")
    assert {(c.action, c.force) for c in paragraphs["3"]} == {("commits", "declaratory")}
    assert "affirms" not in {c.action for c in paragraphs["3"]}
