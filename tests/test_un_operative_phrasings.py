"""Operative phrasings of General Assembly resolutions beyond the Editorial Manual's single verbs: a verb the
Assembly keeps to ("Continues to welcome"), a call made again ("Reiterates its call upon"), an office it fills
("Appoints", "Elects"). Each is the verb it carries, with that verb's force and addressees."""

from __future__ import annotations

from un_excerpts import PREAMBLES, operative_by_number, resolution

from kg.model import Commitment


def _addressed(commitment: Commitment) -> set[str]:
    return {a.text for a in commitment.addressees}


def test_a_verb_the_assembly_continues_is_that_verb() -> None:
    extraction = resolution(
        "en",
        PREAMBLES["en"],
        "1. Continues to welcome the cooperation of the two organizations;",
        "2. Continues to encourage Member States to support the work of the Court;",
    )
    paragraphs = operative_by_number(extraction)
    assert [(c.action, c.force) for c in paragraphs["1"]] == [("welcomes", "declaratory")]
    (encourages,) = paragraphs["2"]
    assert (encourages.action, encourages.force) == ("encourages", "exhortatory")
    assert "Member States" in _addressed(encourages)


def test_a_call_made_again_is_a_call() -> None:
    extraction = resolution(
        "en",
        PREAMBLES["en"],
        "1. Reiterates its call upon all States to ratify the Convention;",
        "2. Reiterates the importance of the Convention;",
    )
    paragraphs = operative_by_number(extraction)
    (call,) = paragraphs["1"]
    assert (call.action, call.force) == ("calls-upon", "exhortatory")
    assert any("States" in name for name in _addressed(call))
    # what is reiterated without a call stays a statement
    assert [(c.action, c.force) for c in paragraphs["2"]] == [("reiterates", "declaratory")]


def test_an_office_the_assembly_fills_is_a_decision() -> None:
    extraction = resolution(
        "en",
        PREAMBLES["en"],
        "1. Appoints Ms. Jane Roe Executive Director for a term of four years;",
        "2. Elects the following States as members of the Committee;",
        "3. Also appoints Mr. John Doe as her deputy;",
    )
    paragraphs = operative_by_number(extraction)
    assert {number: [(c.action, c.force) for c in found] for number, found in paragraphs.items()} == {
        "1": [("designates", "decision")],
        "2": [("designates", "decision")],
        "3": [("designates", "decision")],
    }


def test_an_unnumbered_appointment_is_the_resolution_s_act() -> None:
    extraction = resolution(
        "en",
        "Having considered the recommendation of the Council,",
        "Appoints Ms. Jane Roe Secretary-General of the United Nations for a term of office ending on 31 December 2031.",
    )
    acts = [c for c in extraction.commitments if c.action == "designates"]
    assert [(c.force, c.issuer.key if c.issuer else None) for c in acts] == [("decision", "GA")]
