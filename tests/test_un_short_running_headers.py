"""A short resolution prints its running header once or twice: the symbol, then its title on a line or two,
too few times to be told by its repeats. The title lines right beside the symbol are page furniture when the
text prints them elsewhere too (the masthead); a paragraph that runs on past the page break reads whole."""

from __future__ import annotations

import pytest

from kg.builders.un import BUILDER
from kg.builders.un.layout import reading_view
from kg.model import Document

# Composed two-page resolutions; "Offers of training for staff of small island States" is an invented title.
TWO_PAGES = {
    "en": (
        "United Nations \nA/RES/85/7\n \nGeneral Assembly \nDistr.: General \n2 January 2031 \n \n30-00123 (E) \n"
        "*3000123* \n \nEighty-fifth session \nAgenda item 12 \nTraining offers for staff \nof small island States \n"
        " \n Resolution adopted by the General Assembly \non 14 December 2030 \n \n"
        " 85/7. Training offers for staff \nof small island States \n \nThe General Assembly, \n \n"
        "Recalling its resolution 84/12, \n \n1. \nInvites all States to make offers of training; \n \n2. \n"
        "Urges the administering Powers to take effective measures to ensure the \nwidespread dissemination "
        "in the Territories under their administration \n\nA/RES/85/7 \nTraining offers for staff \n"
        "of small island States\n \n30-00123\n2/2 \n \nof information relating to offers of training; \n \n3. \n"
        "Requests the Secretary-General to report to the General Assembly at its \neighty-sixth session. \n \n"
        "47th plenary meeting \n14 December 2030 \n"
    ),
    "fr": (
        "Nations Unies \nA/RES/85/7\n \nAssemblée générale \nDistr. générale \n2 janvier 2031 \n \n30-00123 (F) \n"
        "*3000123* \n \nQuatre-vingt-cinquième session \nPoint 12 de l’ordre du jour \nOffres de formation "
        "au personnel \ndes petits États insulaires \n \n Résolution adoptée par l’Assemblée générale \n"
        "le 14 décembre 2030 \n \n 85/7. Offres de formation au personnel \ndes petits États insulaires \n \n"
        "L’Assemblée générale, \n \nRappelant sa résolution 84/12, \n \n1. \nInvite tous les États à offrir "
        "des formations ; \n \n2. \nExhorte les Puissances administrantes à prendre des mesures efficaces pour "
        "assurer \nla diffusion dans les territoires qu’elles administrent \n\nA/RES/85/7 \n"
        "Offres de formation au personnel \ndes petits États insulaires\n \n30-00123\n2/2 \n \n"
        "des informations relatives aux offres de formation ; \n \n3. \nPrie le Secrétaire général de lui "
        "faire rapport à sa quatre-vingt-sixième session. \n \n47e séance plénière \n14 décembre 2030 \n"
    ),
}
CONTINUATIONS = {"en": "of information relating to offers of training", "fr": "des informations relatives aux offres"}
HEADER_TITLES = {"en": "Training offers for staff", "fr": "Offres de formation au personnel"}


@pytest.mark.parametrize("language", sorted(TWO_PAGES))
def test_a_paragraph_past_a_header_printed_once_reads_whole(language: str) -> None:
    text = TWO_PAGES[language]
    extraction = BUILDER.build(Document(source=f"two-pages-{language}.txt", text=text, language=language))
    operative = [p for p in extraction.paragraphs if p.section == "operative"]
    assert [p.number for p in operative] == ["1", "2", "3"]
    second = " ".join(operative[1].span.of(reading_view(text, {"A/RES/85/7"}).text).split())
    assert CONTINUATIONS[language] in second
    assert HEADER_TITLES[language] not in second
    urged = next(c for c in extraction.commitments if c.paragraph == operative[1])
    assert [a.name for a in urged.addressees] == ["administering Powers"]


def test_a_line_beside_the_symbol_that_the_text_prints_once_is_text() -> None:
    # the line after the page's symbol is no title printed elsewhere: the sentence running on
    text = TWO_PAGES["en"].replace("A/RES/85/7 \nTraining offers for staff \nof small island States\n", "A/RES/85/7\n")
    text = text.replace(" \nof information relating", "\nof information relating")
    view = reading_view(text, {"A/RES/85/7"}).text
    assert "of information relating to offers of training" in view
    assert "Training offers for staff" in view  # the masthead's title is not furniture
