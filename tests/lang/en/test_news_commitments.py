"""English news: commitments (pledges, calls, requests and tasks) with their issuers, addressees and deadlines."""

from __future__ import annotations

from helpers import build_news, resolved_key


def test_english_will_is_a_pledge_of_the_actor_before_it_and_nothing_without_one() -> None:
    """ "The Government will allocate" was no commitment; a bare "will" must not make "political will" one."""
    text = (
        "MANILA, 4 December 2024 - The Government will allocate PHP 1.5 billion for the programme in 2025. "
        "The forum will be held in May. We reaffirm our political will to act.\n"
    )
    (pledge,) = build_news(text, "en").commitments
    assert pledge.action == "will" and pledge.issuer is not None and pledge.issuer.text == "Government"
    assert resolved_key(pledge.issuer, "en") == "PHL/government"


def test_english_passive_mandate_past_an_acronym() -> None:
    """Before: "the Department of Migrant Workers (DMW) is directed to draft ... within 30 days" was no
    commitment, and its time limit a statistic of 30 days."""
    text = (
        "MANILA, 14 October 2024 — Under the order, the Department of Migrant Workers (DMW) is directed to "
        "draft the implementing rules within 30 days. The Department of Foreign Affairs (DFA) is also "
        "instructed to coordinate with embassies."
    )
    extraction = build_news(text, "en")
    tasks = {c.addressees[0].text: c for c in extraction.commitments if c.action == "tasks"}
    assert set(tasks) == {"Department of Migrant Workers", "Department of Foreign Affairs"}
    deadline = tasks["Department of Migrant Workers"].deadline
    assert deadline is not None and deadline.within == "P30D"
    assert not [s for s in extraction.statistics if s.value == 30]


def test_a_stance_reported_of_its_holder_is_their_support() -> None:
    """ "President Garcia strongly supports this new legislation": the president's stance; a "support" of no one
    and a clause that supports something ("the plan, which supports farmers") take none."""
    text = "Heading\n\nPresident Garcia strongly supports this new legislation, as well as separate bills.\n"
    [commitment] = build_news(text, "en").commitments
    assert (commitment.action, commitment.issuer.text if commitment.issuer else None) == ("supports", "Garcia")
    assert (
        build_news("Heading\n\nThere is broad support for the plan, which supports farmers.\n", "en").commitments == []
    )


def test_this_project_will_is_the_pledge_of_the_body_that_launched_it() -> None:
    """ "USAID will launch a new project ... With $11 million, this project will support ...": the second stance is
    the agency's too, from the sentence's start; after a blank line, or with nothing told before, it is no one's."""
    text = (
        "Heading\n\nUSAID will launch a new project for farmers. With an initial investment of $11 million, "
        "this project will support a vital region.\n"
    )
    launch, referred = build_news(text, "en").commitments
    assert launch.issuer is not None and launch.issuer.text == "USAID"
    assert referred.issuer is not None and referred.issuer.text == "USAID"
    assert text[referred.span.start :].startswith("With an initial investment")
    apart = "Heading\n\nUSAID will launch a new project.\n  \nThis project will support a vital region.\n"
    assert [c.issuer.text if c.issuer else None for c in build_news(apart, "en").commitments] == ["USAID"]
    assert build_news("Heading\n\nThis project will support a vital region.\n", "en").commitments == []


def test_a_decision_or_pledge_a_joint_statement_reports_is_its_partys() -> None:
    """ "France and Spain decided to ...", "Spain affirmed to keep ...": a joint statement reports its
    parties' decisions and pledges so; with no actor right before, the words take no stance."""
    text = (
        "LONDON, May 3, 2024. The Kestrel Foundation decided to open an office in Lima. Spain affirmed to "
        "keep its rescue teams on the island. France affirmed a commitment to funding of the new port. "
        "The decision to leave was hard. They affirmed to be ready."
    )
    found = [(c.action, c.force, c.issuer.text if c.issuer else None) for c in build_news(text, "en").commitments]
    assert found == [
        ("decides", "decision", "Kestrel Foundation"),
        ("commits", "declaratory", "Spain"),
        ("commits", "declaratory", "France"),
    ]
