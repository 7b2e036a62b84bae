"""Whom a decision binds where its clause names a subject: "Decides that, ..., the President of the General Assembly
will ...", "Décide que le Président ... devra ...", and the paragraphs that complete "Resolves that:" after a
leading condition ("Should the provision prove inadequate, the Secretary-General is authorized to ..."). The subject
is the addressee; the action stays the decision. An actor named inside the clause, not as its subject, is not."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

from kg.builders.un import BUILDER
from kg.model import Commitment, Document, Extraction


def _operative(extraction: Extraction, number: str) -> Commitment:
    (found,) = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == number]
    return found


def _resolves_that(*paragraphs: str) -> Extraction:
    body = "\n\n".join(paragraphs)
    text = f"United Nations\nA/RES/85/1\n\nThe General Assembly\n\nResolves that:\n\n{body}\n"
    return BUILDER.build(Document(source="resolution-en.txt", text=text, language="en"))


_DECIDES_THAT = {
    "en": ("1. Also decides that, in addition to the records of the debate, the President of the General Assembly "
           "will \ncirculate the statement as a document;", "President of the General Assembly"),
    "fr": ("1. Décide que, en plus des comptes rendus du débat, le Président de l’Assemblée générale devra distribuer "
           "la déclaration ;", "Président de l’Assemblée générale"),
    "es": ("1. Decide que el Secretario General queda autorizado a distribuir la declaración;", "Secretario General"),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(_DECIDES_THAT))
def test_a_decision_binds_the_subject_of_its_clause(language: str) -> None:
    paragraph, subject = _DECIDES_THAT[language]
    decides = _operative(resolution(language, PREAMBLES[language], paragraph), "1")
    assert decides.action == "decides"
    assert [a.text for a in decides.addressees] == [subject]


def test_an_actor_inside_the_clause_is_no_subject() -> None:
    paragraph = "1. Decides that the report of the Secretary-General shall be considered at its next session;"
    assert _operative(resolution("en", PREAMBLES["en"], paragraph), "1").addressees == ()


def test_a_decision_to_act_binds_no_one() -> None:
    paragraph = "1. Decides to consider the question of the Secretary-General at its next session;"
    assert _operative(resolution("en", PREAMBLES["en"], paragraph), "1").addressees == ()


def test_a_completing_paragraph_binds_its_subject_after_a_condition() -> None:
    extraction = _resolves_that(
        "1. \nMember States shall make advances to the Fund;",
        "2. \nShould the provision in paragraph 1 above prove inadequate, the Secretary-General is \nauthorized to "
        "use cash from special accounts;",
        "3. \nShould the advances paid by any Member State exceed its share, the excess shall be set off.",
    )
    assert [a.text for a in _operative(extraction, "1").addressees] == ["Member States"]
    authorized = _operative(extraction, "2")
    assert (authorized.action, [a.text for a in authorized.addressees]) == ("resolves", ["Secretary-General"])
    assert _operative(extraction, "3").addressees == ()  # the Member State is named in the condition only
