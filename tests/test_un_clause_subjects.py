"""Whom a decision binds where its clause names a subject: "Decides that, ..., the President of the General Assembly
will ...", "Décide que le Président ... devra ...", and the paragraphs that complete "Resolves that:" after a
leading condition ("Should the provision prove inadequate, the Secretary-General is authorized to ..."). The subject
is the addressee; the action stays the decision. An actor named inside the clause, not as its subject, is not."""

from __future__ import annotations

from kg.builders.un import BUILDER
from kg.model import Commitment, Document, Extraction


def _operative(extraction: Extraction, number: str) -> Commitment:
    (found,) = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == number]
    return found


def _resolves_that(*paragraphs: str) -> Extraction:
    body = "\n\n".join(paragraphs)
    text = f"United Nations\nA/RES/85/1\n\nThe General Assembly\n\nResolves that:\n\n{body}\n"
    return BUILDER.build(Document(source="resolution-en.txt", text=text, language="en"))


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
