"""Events a resolution tells in ways seen less often: a congress a note cites before its report ("See Eighth
United Nations Congress on ..., Havana, 27 August–7 September 1990: report prepared by the Secretariat"); a
footnote marker after the full stop that ends a sentence ("held in Geneva from 5 to 9 June 2017.3"), which
hid the year; and one stay told twice, once by its place and once by its name, which is one event."""

from __future__ import annotations

import pytest

from kg.builders.un import BUILDER
from kg.builders.un.layout import reading_view
from kg.model import Document, Extraction

_CONGRESS_NOTES = {
    "en": ("The General Assembly,", "Recalling the Basic Principles on Conduct,1", "1. Decides to remain seized "
           "of the matter.", "1 See Ninth United Nations Congress on the Prevention of Crime and the Treatment of "
           "Offenders, \nValletta, 29 August\u20136 September 1995: report prepared by the Secretariat.",
           "2 See resolution 70/1, annex."),
    "fr": ("L’Assemblée générale,", "Rappelant les Principes de base,1", "1. Décide de rester saisie de la "
           "question.", "1 Voir Neuvième Congrès des Nations Unies pour la prévention du crime et le traitement "
           "des délinquants, \nLa Valette, 29 août-6 septembre 1995 : rapport établi par le Secrétariat.",
           "2 Voir résolution 70/1, annexe."),
}  # fmt: skip


def _build(language: str, *paragraphs: str, notes: tuple[str, ...] = ()) -> Extraction:
    issuer, *body = paragraphs
    text = f"United Nations\nA/RES/85/1\n\n{issuer}\n\n" + "\n\n".join(body) + "\n"
    if notes:
        text += "__________________\n\n" + "\n\n".join(notes) + "\n"
    return BUILDER.build(Document(source=f"events-{language}.txt", text=text, language=language))


@pytest.mark.parametrize("language", sorted(_CONGRESS_NOTES))
def test_a_congress_a_note_cites_before_its_report_is_an_event(language: str) -> None:
    issuer, preamble, operative, *notes = _CONGRESS_NOTES[language]
    extraction = _build(language, issuer, preamble, operative, notes=tuple(notes))
    (event,) = extraction.events
    assert (event.start, event.end) == ("1995-08-29", "1995-09-06")
    assert event.place is not None and "Val" in event.place.text
    assert "Congr" in event.name


def test_a_marker_after_the_last_full_stop_of_a_line_is_no_text() -> None:
    text = "held in Geneva from 5 to 9 June 2017.3 \nthe Least Developed Countries.15 \nlimits of 1.5 \ndegrees\n"
    view = reading_view(text).text
    assert "2017. " in view and "Countries. " in view
    assert "1.5" in view  # a decimal stays


_TOLD_TWICE = {
    "en": ("The General Assembly,", "Recalling the Conference on Coral Reefs, held in Apia, Samoa, from 9 to 13 "
           "June 2031,", "1. Endorses the declaration in the annex.", "Annex", "1. We, the Heads of "
           "State and Government, meeting from 9 to 13 June 2031 at the Conference on Coral Reefs, commit to "
           "protect the reefs."),
    "fr": ("L’Assemblée générale,", "Rappelant la Conférence sur les récifs coralliens, tenue à Apia (Samoa) du 9 "
           "au 13 juin 2031,", "1. Fait sienne la déclaration figurant en annexe.", "Annexe",
           "1. Nous, chefs d’État et de gouvernement, réunis du 9 au 13 juin 2031 à la Conférence sur les récifs "
           "coralliens, nous engageons à protéger les récifs."),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(_TOLD_TWICE))
def test_one_stay_told_by_its_place_and_by_its_name_is_one_event(language: str) -> None:
    extraction = _build(language, *_TOLD_TWICE[language])
    stays = [e for e in extraction.events if (e.start, e.end) == ("2031-06-09", "2031-06-13")]
    assert len(stays) == 1
    (stay,) = stays
    assert stay.place is not None and stay.place.text == "Apia"


def test_two_named_events_on_the_same_days_stay_two() -> None:
    extraction = _build(
        "en", "The General Assembly,", "Recalling the Forum on Oceans held in Apia from 9 to 13 June 2031 and the "
        "Summit on Reefs held in Suva from 9 to 13 June 2031,", "1. Decides to remain seized of the matter.",
    )  # fmt: skip
    named = sorted(e.name for e in extraction.events if e.start == "2031-06-09")
    assert len(named) == 2
