"""A deadline written as several sessions of several bodies ("to the General Assembly and the Human Rights Council
at their seventy-fourth and thirty-ninth sessions, respectively"): due first at the first listed, the session of
the body named first, not at the last ordinal read before the session word."""

from __future__ import annotations

import pytest

from kg.builders.un import BUILDER
from kg.model import Document

_TEXTS = {
    "en": ("The General Assembly,", "Recalling its resolution 70/1,",
           "1. Requests the Secretary-General to submit to the General Assembly and the Human Rights Council at their "
           "seventy-fourth and thirty-ninth sessions, respectively, a report on the implementation of the present "
           "resolution;"),
    "fr": ("L’Assemblée générale,", "Rappelant sa résolution 70/1,",
           "1. Prie le Secrétaire général de lui présenter, ainsi qu’au Conseil des droits de l’homme, à leurs "
           "soixante-quatorzième et trente-neuvième sessions respectivement, un rapport sur l’application de la "
           "présente résolution ;"),
    "ru": ("Генеральная Ассамблея,", "ссылаясь на свою резолюцию 70/1,",
           "1. просит Генерального секретаря представить Генеральной Ассамблее и Совету по правам человека на их "
           "семьдесят четвертой и тридцать девятой сессиях, соответственно, доклад об осуществлении настоящей "
           "резолюции;"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_the_first_of_listed_sessions_is_the_deadline(language: str) -> None:
    issuer, preamble, operative = _TEXTS[language]
    text = f"United Nations\nA/RES/85/3\n\n{issuer}\n\n{preamble}\n\n{operative}\n"
    extraction = BUILDER.build(Document(source=f"sessions-{language}.txt", text=text, language=language))
    (request,) = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "1"]
    assert request.deadline is not None and request.deadline.session == 74


def test_one_session_stays_as_it_was() -> None:
    text = (
        "United Nations\nA/RES/85/3\n\nThe General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Requests the Secretary-General to report to it at its seventy-third session and thereafter annually;\n"
    )
    extraction = BUILDER.build(Document(source="session-en.txt", text=text, language="en"))
    (request,) = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "1"]
    assert request.deadline is not None and request.deadline.session == 73
