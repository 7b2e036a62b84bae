"""Conferences a resolution's notes cite the reports of, as the UN cites them: "Report of the International
Conference on Islands, Port Louis, Mauritius, 10-14 January 2005 (United Nations publication ...)". Each is an
event held at that place on those days; a report of a body or an official, or one cited without its place and
days, names none."""

from __future__ import annotations

import pytest

from kg.builders.un import BUILDER
from kg.model import Document

_NOTES = {
    "en": (
        "The General Assembly,",
        "Recalling the Programme of Action of the Conference on Islands,1",
        "1. Decides to remain seized of the matter.",
        "1  Report of the International Conference on Islands, Port Louis, Mauritius, \n"
        "10-14 January 2005 (United Nations publication, Sales No. E.05.II.A.4), chap. I.",
        "2  Report of the Secretary-General, New York, 5 May 2006.",
        "3  Report of the Committee on Islands, Supplement No. 7 (A/60/7).",
    ),
    "fr": (
        "L’Assemblée générale,",
        "Rappelant le Programme d’action de la Conférence sur les îles,1",
        "1. Décide de rester saisie de la question.",
        "1  Rapport de la Conférence internationale sur les îles, Port-Louis, Maurice, \n"
        "10-14 janvier 2005 (publication des Nations Unies, numéro de vente : F.05.II.A.4), chap. I.",
        "2  Rapport du Secrétaire général, New York, 5 mai 2006.",
        "3  Rapport du Comité des îles, Supplément no 7 (A/60/7).",
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_conference_whose_report_a_note_cites_is_an_event(language: str) -> None:
    issuer, preamble, operative, *notes = _NOTES[language]
    text = (
        f"United Nations\nA/RES/85/1\n\n{issuer}\n\n{preamble}\n\n{operative}\n"
        "__________________\n\n" + "\n\n".join(notes) + "\n"
    )
    extraction = BUILDER.build(Document(source=f"notes-{language}.txt", text=text, language=language))
    reported = [(e.start, e.end) for e in extraction.events]
    assert reported == [("2005-01-10", "2005-01-14")]
    (event,) = extraction.events
    assert event.place is not None and event.place.text.startswith("Port")
    assert "les îles" in event.name or "on Islands" in event.name
    assert "2006-05-05" not in {e.start for e in extraction.events}  # the Secretary-General's report: no event
