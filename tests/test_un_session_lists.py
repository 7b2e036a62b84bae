"""A deadline written as several sessions of several bodies ("to the General Assembly and the Human Rights Council
at their seventy-fourth and thirty-ninth sessions, respectively"): due first at the first listed, the session of
the body named first, not at the last ordinal read before the session word."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

from kg.model import Deadline

_REQUESTS = {
    "en": "1. Requests the Secretary-General to submit to the General Assembly and the Human Rights Council at their "
          "seventy-fourth and thirty-ninth sessions, respectively, a report on the implementation of the present "
          "resolution;",
    "fr": "1. Prie le Secrétaire général de lui présenter, ainsi qu’au Conseil des droits de l’homme, à leurs "
          "soixante-quatorzième et trente-neuvième sessions respectivement, un rapport sur l’application de la "
          "présente résolution ;",
    "ru": "1. просит Генерального секретаря представить Генеральной Ассамблее и Совету по правам человека на их "
          "семьдесят четвертой и тридцать девятой сессиях, соответственно, доклад об осуществлении настоящей "
          "резолюции;",
}  # fmt: skip


def _deadline(language: str, operative: str) -> Deadline | None:
    extraction = resolution(language, PREAMBLES[language], operative)
    (request,) = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "1"]
    return request.deadline


def _deadline_session(language: str, operative: str) -> int | None:
    deadline = _deadline(language, operative)
    return deadline.session if deadline else None


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_the_first_of_listed_sessions_is_the_deadline(language: str) -> None:
    assert _deadline_session(language, _REQUESTS[language]) == 74


def test_one_session_stays_as_it_was() -> None:
    operative = (
        "1. Requests the Secretary-General to report to it at its seventy-third session and thereafter annually;"
    )
    assert _deadline_session("en", operative) == 73


#: The bodies listed before the sessions, each named by the resolver (French here names both, unlike "lui").
_LISTED_BODIES = {
    "en": _REQUESTS["en"],
    "fr": "1. Prie le Secrétaire général de présenter à l'Assemblée générale et au Conseil des droits de l'homme, à "
          "leurs soixante-quatorzième et trente-neuvième sessions, respectivement, un rapport sur l'application de "
          "la présente résolution ;",
    "ru": _REQUESTS["ru"],
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_the_first_listed_session_is_the_first_listed_bodys(language: str) -> None:
    """Sessions and bodies pair in order ("respectively"): the seventy-fourth is the General Assembly's, not the
    session of the body named last, right before the session word (the Human Rights Council had none such)."""
    deadline = _deadline(language, _LISTED_BODIES[language])
    assert deadline is not None and deadline.session == 74
    assert deadline.body is not None and deadline.body.key == "GA"


def test_one_body_named_before_its_session_is_its_owner() -> None:
    deadline = _deadline(
        "en",
        "1. Requests the Secretary-General to report to the Human Rights Council and the General Assembly at "
        "its seventy-third session;",
    )
    assert deadline is not None and deadline.body is not None and deadline.body.key == "GA"
