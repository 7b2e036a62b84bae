"""French news: commitments (pledges, calls, requests and tasks) with their issuers, addressees and deadlines."""

from __future__ import annotations

from decimal import Decimal

from helpers import build_news, resolved_key


def test_french_government_va_allouer_in_a_senegalese_dispatch() -> None:
    """ "Le gouvernement va allouer" was no commitment; "APS" made the home state Algeria, not Dakar's Senegal;
    "6 nov" gave the figure 6; "francs CFA" had no unit (now Senegal's: the West African franc)."""
    text = (
        "Titre\n\nDakar, 6 nov (APS) - Le gouvernement va allouer 25 milliards de francs CFA à la campagne "
        "agricole 2025, a indiqué le Premier ministre.\n"
    )
    extraction = build_news(text, "fr")
    (pledge,) = extraction.commitments
    assert (
        pledge.action == "will" and pledge.issuer is not None and resolved_key(pledge.issuer, "fr") == "SEN/government"
    )
    assert [(s.value, s.unit) for s in extraction.statistics] == [(Decimal(25_000_000_000), "XOF")]


def test_french_president_asks_the_prime_minister_by_a_deadline() -> None:
    """ "a demandé au Premier Ministre, Ousmane Sonko, de finaliser" was no commitment; the President was
    "Son Excellence Monsieur Bassirou Diomaye", a "Chair"."""
    text = (
        "Communiqué\n\nDakar, 6 nov (APS) - Le Président de la République, Son Excellence Monsieur Bassirou Diomaye "
        "Faye, a présidé le Conseil des ministres. Le Président de la République a demandé au Premier Ministre, "
        "Ousmane Sonko, de finaliser, avant le 31 décembre 2024, l'Agenda national.\n"
    )
    extraction = build_news(text, "fr")
    assert {(p.person.text, p.post_name) for p in extraction.posts} >= {
        ("Bassirou Diomaye Faye", "President"),
        ("Ousmane Sonko", "Prime Minister"),
    }
    (request,) = extraction.commitments
    assert request.action == "requests" and [a.text for a in request.addressees] == ["Ousmane Sonko"]
    assert request.issuer is not None and request.deadline is not None and request.deadline.date == "2024-12-31"


def test_french_government_commits() -> None:
    """Before: "Le Gouvernement s'engage à ..." was no commitment: the Government was no actor."""
    text = "Le Gouvernement s'engage à réduire les délais d'instruction d'ici 2027."
    (commitment,) = build_news(text, "fr").commitments
    assert commitment.action == "commits"
    assert commitment.issuer is not None and commitment.issuer.text == "Gouvernement"
    assert commitment.deadline is not None and commitment.deadline.year == 2027
