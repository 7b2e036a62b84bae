"""Instruments named with a footnote marker glued to their last word ("... Political Rights3 and ...") are cited:
before, the marker made the last word another word and the name went unread. The core human rights treaties and
the Convention on Biological Diversity are known by name in every UN language."""

from __future__ import annotations

import pytest
from un_excerpts import ISSUERS

from kg.builders.un import BUILDER
from kg.model import Document

_CITING = {
    "en": (
        "Recalling the International Covenant on Civil and Political Rights3 and the Convention on the Rights of "
        "the Child,4",
        "3 Resolution 2200 A (XXI), annex.",
        "4 United Nations, Treaty Series, vol. 1577, No. 27531.",
    ),
    "fr": (
        "Rappelant le Pacte international relatif aux droits civils et politiques3 et la Convention relative aux "
        "droits de l'enfant,4",
        "3 Résolution 2200 A (XXI), annexe.",
        "4 Nations Unies, Recueil des Traités, vol. 1577, no 27531.",
    ),
}


def _cited(language: str) -> set[str | None]:
    preamble, *footnotes = _CITING[language]
    operative = {"en": "1. Decides to remain seized of the matter.", "fr": "1. Décide de rester saisie de la question."}
    text = "\n".join(
        ["United Nations", "A/RES/85/1", "", ISSUERS[language], "", preamble, "", operative[language], "", "__________",
         *footnotes, ""]
    )  # fmt: skip
    extraction = BUILDER.build(Document(source=f"resolution-{language}.txt", text=text, language=language))
    return {citation.mention.key for citation in extraction.citations}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_name_with_a_footnote_marker_glued_to_it_is_cited(language: str) -> None:
    assert {"ICCPR", "CRC"} <= _cited(language)


_MIGRATION_TREATIES = {
    "en": "Recalling the Convention on the Rights of Persons with Disabilities, the Vienna Convention on Consular "
          "Relations and the United Nations Convention against Transnational Organized Crime and the Protocols "
          "thereto, in particular the Protocol against the Smuggling of Migrants by Land, Sea and Air and the "
          "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children,",
    "fr": "Rappelant la Convention relative aux droits des personnes handicapées, la Convention de Vienne sur les "
          "relations consulaires et la Convention des Nations Unies contre la criminalité transnationale organisée "
          "et ses protocoles, en particulier le Protocole contre le trafic illicite de migrants par terre, air et mer "
          "et le Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes "
          "et des enfants,",
    "es": "Recordando la Convención sobre los Derechos de las Personas con Discapacidad, la Convención de Viena "
          "sobre Relaciones Consulares y la Convención de las Naciones Unidas contra la Delincuencia Organizada "
          "Transnacional y sus protocolos, en particular el Protocolo contra el tráfico ilícito de migrantes por "
          "tierra, mar y aire y el Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente "
          "mujeres y niños,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_treaties_resolutions_on_migrants_cite_are_known_by_name(language: str) -> None:
    """The Convention on the Rights of Persons with Disabilities (a core human rights treaty), the Vienna
    Convention on Consular Relations and the Palermo Convention and its protocols were not known: unread."""
    operative = {"en": "1. Decides to remain seized of the matter.", "fr": "1. Décide de rester saisie de la question.",
                 "es": "1. Decide seguir ocupándose de la cuestión."}  # fmt: skip
    text = "\n".join(
        ["United Nations", "A/RES/85/1", "", ISSUERS[language], "", _MIGRATION_TREATIES[language], "",
         operative[language], ""]
    )  # fmt: skip
    extraction = BUILDER.build(Document(source=f"resolution-{language}.txt", text=text, language=language))
    cited = {citation.mention.key for citation in extraction.citations}
    assert {"CRPD", "VCCR", "UNTOC", "smuggling-protocol-2000", "trafficking-protocol-2000"} <= cited
