"""English news: bodies, states and their parts, as actors."""

from __future__ import annotations

from helpers import build_news, resolved_key


def test_an_acronym_the_article_defines_names_its_body_later() -> None:
    """ "The DMW is directed to submit" was no commitment: "DMW" alone named nobody."""
    text = (
        "MANILA, 4 December 2024 - Under the order, the Department of Migrant Workers (DMW) shall serve as the "
        "chair of the council. The DMW is directed to submit a national reintegration plan within 90 days.\n"
    )
    extraction = build_news(text, "en")
    chair, directed = extraction.commitments
    assert chair.action == directed.action == "tasks"
    assert [a.text for a in directed.addressees] == ["DMW"] and directed.deadline is not None
    assert (
        resolved_key(directed.addressees[0], "en")
        == resolved_key(chair.addressees[0], "en")
        == "PHL/department-of-migrant-workers"
    )


def test_a_body_named_after_a_known_short_name_is_a_part_of_it() -> None:
    """ "The IOM Development Fund will allocate" was IOM's pledge, or none."""
    text = "GENEVA, 4 June 2024 - The IOM Development Fund will allocate USD 2 million to the project.\n"
    (pledge,) = build_news(text, "en").commitments
    assert pledge.issuer is not None and pledge.issuer.text == "IOM Development Fund"
    assert pledge.issuer.parent is not None and pledge.issuer.parent.key == "IOM"


def test_heads_of_state_and_government_name_no_body() -> None:
    """ "We, the Heads of State and Government": "Government" (a standalone body since the probe) was a body."""
    text = "We, the Heads of State and Government of Canada and the Republic of Chile, commit to act.\n"
    assert not [m for m in build_news(text, "en").mentions if m.kind == "government-agency"]


def test_en_a_possessive_after_a_headed_name_is_no_part_of_it() -> None:
    """Before: "Ministry of Planning and Investment’s" was the body's name, with its possessive."""
    text = (
        "WASHINGTON, June 3 -- The partners will support the plan and the Ministry of\n"
        "Housing and Transport’s (MHT) innovation center.\n"
    )
    names = {" ".join(m.text.split()) for m in build_news(text, "en").mentions}
    assert "Ministry of Housing and Transport" in names
    assert not any(name.endswith("’s") for name in names)


def test_a_committee_named_before_its_chairs_post_ends_before_it() -> None:
    """ "Senate Judiciary Committee Chair Dana Lee": the committee, the post, the person; a name joined by "&"
    stays whole. A post inside a name that ends with no body word before it keeps the name from being cut."""
    text = (
        "Heading\n\nToday, Senate Homeland Security & Governmental Affairs Committee Chairman Gary Mills, "
        "Senate Judiciary Committee Chair Dana Lee, and others are introducing a bill.\n"
    )
    found = [(m.text, str(m.kind)) for m in build_news(text, "en").mentions]
    assert ("Senate Homeland Security & Governmental Affairs Committee", "government-agency") in found
    assert ("Senate Judiciary Committee", "government-agency") in found
    assert ("Dana Lee", "person") in found
    office = build_news("Heading\n\nThe Office of the High Commissioner for Refugees met them.\n", "en")
    assert "Office of the" not in [m.text for m in office.mentions]


def test_a_possessive_ends_a_persons_name() -> None:
    """ "President Garcia’s American Rescue Plan": the president is Garcia, the plan is no part of the name."""
    text = (
        "Heading\n\nPresident Garcia’s American Rescue Plan led to a recovery, and President Garcia's office said so.\n"
    )
    persons = [m.text for m in build_news(text, "en").mentions if m.kind == "person"]
    assert persons == ["Garcia", "Garcia"]


def test_a_body_after_with_and_a_comma_is_no_unit_of_the_next() -> None:
    """ "Working with Congress, USAID will ...": Congress is a partner, USAID the subject; "The Consular
    Department, Ministry of Foreign Affairs" still names a unit and its ministry."""
    partner = build_news("Heading\n\nWorking with Congress, USAID will provide $5 million to partners.\n", "en")
    assert [(m.text, m.parent) for m in partner.mentions] == [("Congress", None), ("USAID", None)]
    unit = build_news("Heading\n\nThe Consular Department, Ministry of Foreign Affairs, will issue visas.\n", "en")
    parents = {m.text: m.parent.text if m.parent else None for m in unit.mentions}
    assert parents["Consular Department"] == "Ministry of Foreign Affairs"


def test_members_of_a_legislature_hold_their_posts() -> None:
    """ "Ranking Member Mike Crane", "Senator Ann Wu": the holders of a legislature's posts; "The Senator from
    Ohio" names none."""
    text = (
        "Heading\n\nChair Ron Blake and Ranking Member Mike Crane introduced a bill. Senator Ann Wu said so. "
        "The Senator from Ohio agreed.\n"
    )
    holders = {p.person.text: p.post for p in build_news(text, "en").posts}
    assert holders == {"Ron Blake": "Chair", "Mike Crane": "Ranking Member", "Ann Wu": "Senator"}


def test_a_group_after_a_post_is_a_company_not_its_holder() -> None:
    """ "Co-Founder, Non-Executive Director, CT Group": the firm the director serves; the Latin name of a firm in
    a Russian list is read with the same body words."""
    en = build_news("Heading\n\nMark Texto\n\nCo-Founder, Non-Executive Director, CT Group\n", "en")
    assert ("CT Group", "organization") in [(m.text, str(m.kind)) for m in en.mentions]
    ru = build_news("Заголовок\n\nМарк Тексто – соучредитель, неисполнительный директор, CT Group;\n", "ru")
    assert [m.text for m in ru.mentions if m.kind == "person"] == ["Марк Тексто"]
