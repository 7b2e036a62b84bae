"""Bodies a resolution names that no gazetteer knows, found by their structure: a name in capitals with one of
the pack's words for bodies, also where the page's width cuts it across lines or at its hyphen."""

from __future__ import annotations

import pytest
from helpers import build_un

from kg.model import Kind

# Lines cut at a width, as a resolution printed from its PDF: the bodies' names run across the cuts.
_NAMED_BODIES = {
    "en": (
        "The General Assembly,\n\n"
        "Noting the advisory opinion issued by the Regional Court of Human \n"
        "Rights in 2014 and the work of the Intergovernmental Science-\n"
        "Policy Forum on Wetlands and Their Peoples, welcomed by States at the \n"
        "summit held under the theme of shared responsibility for migrants, \n\n"
        "1. Invites the Chair of the Committee on the Protection of the Rights of All \n"
        "Wetland Workers to present an oral report on the work of that body; \n\n"
        "2. Takes note of the establishment of the Seed Fund for Safe, Orderly and \n"
        "Regular Wetlands as part of a mechanism open to every interested party; \n"
    ),
    "fr": (
        "L'Assemblée générale,\n\n"
        "Notant l'avis consultatif rendu en 2014 par la Cour Régionale des Droits \n"
        "Humains et les travaux du Réseau Intergouvernemental Science-\n"
        "Politique des Zones Humides, salués par les États lors du sommet tenu \n"
        "sous le thème de la responsabilité partagée envers les migrants, \n\n"
        "1. Invite le Président du Comité des Droits des Travailleurs des Zones \n"
        "Humides à présenter un rapport oral sur les travaux de cet organe ; \n\n"
        "2. Prend note de la création du Fonds de Démarrage des Zones Sûres, \n"
        "Ordonnées et Régulières dans le cadre d'un mécanisme ouvert à tous ; \n"
    ),
}
_EXPECTED = {
    "en": [
        "Regional Court of Human Rights",
        "Intergovernmental Science-Policy Forum on Wetlands and Their Peoples",
        "Committee on the Protection of the Rights of All Wetland Workers",
        "Seed Fund for Safe, Orderly and Regular Wetlands",
    ],
    "fr": [
        "Cour Régionale des Droits Humains",
        "Réseau Intergouvernemental Science-Politique des Zones Humides",
        "Comité des Droits des Travailleurs des Zones Humides",
        "Fonds de Démarrage des Zones Sûres, Ordonnées et Régulières",
    ],
}


def _organizations(text: str, language: str) -> list[str]:
    mentions = build_un(text, language).mentions
    return [" ".join(m.text.replace("-\n", "-").split()) for m in mentions if m.kind == Kind.ORGANIZATION]


@pytest.mark.parametrize("language", sorted(_NAMED_BODIES))
def test_a_resolution_names_bodies_the_gazetteer_does_not_know(language: str) -> None:
    """Before: the UN builder kept only the bodies the gazetteer knew and the addressees of its clauses."""
    found = _organizations(_NAMED_BODIES[language], language)
    assert all(name in found for name in _EXPECTED[language]), found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The General Assembly,\n\n[without reference to a Main Committee (A/73/L.1)]\n\n1. Decides to meet;\n", "en"),
        (
            "La Asamblea General,\n\nVisto un Consejo Asesor de Alto Nivel sobre Mediación,\n\n1. Decide reunirse;\n",
            "es",
        ),
    ],
)
def test_a_body_word_after_an_indefinite_article_names_no_body(text: str, language: str) -> None:
    assert _organizations(text, language) == []


_POST_OF_A_NAMED_BODY = {
    "en": (
        "The General Assembly,\n\n1. Invites the Chair of the Committee on the Rights of All Wetland Workers to "
        "present an oral report;\n\n2. Requests the President of the General Assembly to convene a meeting;\n",
        "Chair of the Committee on the Rights of All Wetland Workers",
    ),
    "fr": (
        "L'Assemblée générale,\n\n1. Invite le Président du Comité des Droits des Travailleurs des Zones Humides "
        "à présenter un rapport oral ;\n",
        "Président du Comité des Droits des Travailleurs des Zones Humides",
    ),
}


@pytest.mark.parametrize("language", sorted(_POST_OF_A_NAMED_BODY))
def test_a_general_post_of_a_body_named_by_structure_is_that_body_s_post(language: str) -> None:
    """Before: "the Chair" was the gazetteer's Chair of any body, and the gold's post of the Committee was missed."""
    text, post = _POST_OF_A_NAMED_BODY[language]
    posts = [m.text for m in build_un(text, language).mentions if m.kind == Kind.POST]
    assert post in posts
    # a known body's post stays the gazetteer's
    assert language != "en" or "President of the General Assembly" in posts


_POST_OF_A_KNOWN_BODY = {
    "en": (
        "The General Assembly,\n\n1. Invites the President of the Human Rights Council and the Chair of the "
        "United Nations System Network on Tidal Data to brief the Kestrel Foundation;\n",
        "President of the Human Rights Council",
        "Chair of the United Nations System",
    ),
    "fr": (
        "L'Assemblée générale,\n\n1. Invite le Président du Conseil des droits de l'homme et le Président du "
        "Conseil consultatif des organismes des Nations Unies sur les marées à informer la Fondation Kestrel ;\n",
        "Président du Conseil des droits de l'homme",
        "Président du Conseil consultatif",
    ),
}


@pytest.mark.parametrize("language", sorted(_POST_OF_A_KNOWN_BODY))
def test_a_general_post_of_a_known_body_is_that_body_s_post(language: str) -> None:
    """Before: "the President of the Human Rights Council" was a President of anything, and the gold's post of the
    Council was missed; a body known only in part ("United Nations System | Network on Tidal Data") names no post
    of the part."""
    text, post, partial = _POST_OF_A_KNOWN_BODY[language]
    posts = [" ".join(m.text.split()) for m in build_un(text, language).mentions if m.kind == Kind.POST]
    assert post in posts
    assert partial not in posts


# A mission named for the state it serves in, and posts whose title holds a body's word: the mission is a body
# with its seat (the state stays named), the post ("Human Rights Officer", "Logistics Officers") is none.
_SEATED = {
    "en": "The General Assembly,\n\nRecalling that authority passed from the Regional-led Peace Support Mission "
    "in Chad to the new operation after the Annual Investment Mission, and that two Human Rights Officer posts and "
    "the Logistics Officers remain,\n\n"
    "1. Decides to remain seized of the matter.\n",
    "es": "La Asamblea General,\n\nRecordando la labor de los Oficiales de "
    "Logística y de la Oficina Regional de Apoyo,\n\n1. Decide seguir ocupándose de la cuestión.\n",
}


@pytest.mark.parametrize("language", sorted(_SEATED))
def test_a_mission_is_named_with_its_seat_and_a_post_is_no_body(language: str) -> None:
    mentions = build_un(_SEATED[language], language).mentions
    bodies = {m.text for m in mentions if m.kind not in (Kind.STATE, Kind.PLACE, Kind.POST)}
    expected = {
        "en": {"Regional-led Peace Support Mission in Chad"},
        "es": {"Oficina Regional de Apoyo"},
    }[language]
    assert expected <= bodies
    assert not any("Officer" in body or "Oficiales" in body or "Investment" in body for body in bodies)
    if language == "en":
        assert any(m.kind == Kind.STATE and m.text == "Chad" for m in mentions)
