"""French UN documents by kind: masthead, title, date, sponsors, signers, and how each kind speaks."""

from __future__ import annotations

from helpers import build_un


def test_a_revised_french_draft_names_its_sponsor_and_the_group_it_speaks_for() -> None:
    text = (
        "Nations Unies                                                        A/C.2/79/L.12/Rev.1\n"
        "Assemblée générale                                                   Distr. limitée\n\n"
        "Soixante-dix-neuvième session\nDeuxième Commission\nPoint 18 a) de l'ordre du jour\n"
        "Questions de politique macroéconomique : commerce international et développement\n\n"
        "          Ouganda (au nom du Groupe des 77 et de la Chine) : projet de résolution révisé\n\n"
        "          Commerce international et développement\n\n     L'Assemblée générale,\n\n"
        "     1.   Prie le Secrétaire général de lui présenter un rapport.\n"
    )
    facts = build_un(text, "fr").document
    assert facts.title == "Commerce international et développement"
    assert [m.key for m in facts.signatories] == ["UGA", "G77"]
