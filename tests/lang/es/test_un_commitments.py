"""Spanish UN documents: commitments with their force, issuer, addressees and deadlines."""

from __future__ import annotations

from helpers import build_un


def test_all_member_states_are_member_states_in_spanish() -> None:
    text = "El Consejo de Seguridad,\n\n1. Exhorta a todos los Estados Miembros a que apliquen la resolución;\n"
    (commitment,) = build_un(text, "es").commitments
    assert [a.name for a in commitment.addressees] == ["Member States"]


def test_a_spanish_report_recommends_in_its_author_s_name() -> None:
    text = (
        "Informe del Secretario General\n\n1. El Secretario General recomienda que los Estados Miembros "
        "intensifiquen sus esfuerzos antes de 2025.\n"
    )
    (commitment,) = build_un(text, "es").commitments
    assert commitment.issuer is not None and commitment.issuer.text == "Secretario General"
    assert [a.name for a in commitment.addressees] == ["Member States"]


def test_a_spanish_clause_may_open_with_e() -> None:
    text = (
        "La Asamblea General,\n\n1. Insta a los Estados Miembros a que cooperen, e invita a la Organización "
        "Mundial del Comercio a que preste asistencia técnica;\n"
    )
    commitments = build_un(text, "es").commitments
    assert [c.action for c in commitments] == ["urges", "invites"]
    assert [a.name for a in commitments[1].addressees] == ["World Trade Organization"]
