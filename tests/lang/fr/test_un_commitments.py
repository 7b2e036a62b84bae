"""French UN documents: commitments with their force, issuer, addressees and deadlines."""

from __future__ import annotations

from helpers import build_un


def test_a_partner_named_after_a_passive_recommendation_is_not_asked() -> None:
    text = (
        "Rapport du Secrétaire général\n\n1. Les États Membres sont encouragés à renforcer la coopération avec le "
        "Programme des Nations Unies pour les établissements humains.\n"
    )
    (commitment,) = build_un(text, "fr").commitments
    assert [a.name for a in commitment.addressees] == ["Member States"]
