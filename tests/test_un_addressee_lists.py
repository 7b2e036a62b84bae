"""Addressees in long lists: every item of "Invites all Member States, organizations of the United Nations system,
other international and regional organizations and civil society to ..." is asked, though an item's name follows
words of its own; an aside ("in accordance with its mandate and the rules of procedure of the General Assembly")
ends the list, so the body it names is not asked. Bodies named by the gazetteer: the Committee on Contributions."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

_LIST = {
    "en": "Invites all Member States, organizations of the United Nations system, other international and regional "
          "organizations and civil society to observe the Day in an appropriate manner;",
    "fr": "Invite tous les États Membres, les organismes des Nations Unies, les autres organisations internationales "
          "et régionales et la société civile à célébrer la Journée comme il se doit ;",
    "es": "Invita a todos los Estados Miembros, las organizaciones del sistema de las Naciones Unidas, otras "
          "organizaciones internacionales y regionales y la sociedad civil a que celebren el Día de manera "
          "apropiada;",
}  # fmt: skip
_ASIDE = {
    "en": "Requests the Committee on Contributions, in accordance with its mandate and the rules of procedure of the "
          "General Assembly, to review the methodology;",
    "fr": "Prie le Comité des contributions, conformément à son mandat et au règlement intérieur de l’Assemblée "
          "générale, de réexaminer la méthode ;",
    "es": "Solicita a la Comisión de Cuotas, de conformidad con su mandato y el reglamento de la Asamblea General, "
          "que examine la metodología;",
}  # fmt: skip


def _addressees(language: str, operative: str) -> set[str]:
    extraction = resolution(language, PREAMBLES[language], f"1. {operative}")
    (commitment,) = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "1"]
    return {a.key or a.name or a.text for a in commitment.addressees}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_item_of_a_long_list_is_asked(language: str) -> None:
    asked = _addressees(language, _LIST[language])
    assert {"Member States", "UN-system", "civil-society"} <= asked


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_an_aside_ends_the_list(language: str) -> None:
    assert _addressees(language, _ASIDE[language]) == {"GA-CoC"}


_FORUM = {
    "en": "Invites the Global Forum on Migration and Development to provide a space for informal exchanges;",
    "fr": "Invite le Forum mondial sur la migration et le développement à offrir un espace d’échanges informels ;",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_forum_can_be_asked(language: str) -> None:
    assert _addressees(language, _FORUM[language]) == {"GFMD"}
