"""A deadline written as several sessions of several bodies ("to the General Assembly and the Human Rights Council
at their seventy-fourth and thirty-ninth sessions, respectively"): due first at the first listed, the session of
the body named first, not at the last ordinal read before the session word."""

from __future__ import annotations

import pytest
from pyoxigraph import Store
from un_excerpts import PREAMBLES, resolution

from kg import resolve
from kg.graph.writer import document_quads
from kg.model import Deadline, Document

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
    "fr": "1. Prie le Secrétaire général de présenter à l'Assemblée générale et au Conseil des droits de l'homme à "
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


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_each_listed_body_is_due_at_its_own_session(language: str) -> None:
    """ "respectively": the Human Rights Council's is the thirty-ninth, beside the Assembly's seventy-fourth.
    Before, one session was kept and the other lost."""
    deadline = _deadline(language, _LISTED_BODIES[language])
    assert deadline is not None
    assert [(d.session, d.body.key if d.body else None) for d in deadline.listed_with] == [(39, "HRC")]


def test_one_body_at_listed_sessions_pairs_with_none() -> None:
    deadline = _deadline(
        "en", "1. Requests the Secretary-General to report to the General Assembly at its seventy-fourth and "
        "seventy-fifth sessions;",
    )  # fmt: skip
    assert deadline is not None and deadline.session == 74 and deadline.listed_with == ()


def test_the_graph_holds_both_sessions() -> None:
    extraction = resolution("en", PREAMBLES["en"], _LISTED_BODIES["en"])
    document = Document(source="resolution-en.txt", text="", language="en", sha256="0" * 64)
    _, quads = document_quads(document, extraction, lambda mention: resolve.resolve(mention, "en"))
    store = Store()
    store.extend(quads)
    query = """PREFIX pk: <https://w3id.org/policy-kg/ontology#>
        SELECT ?number WHERE { ?c pk:dueAtSession ?s . ?s pk:session ?number } ORDER BY ?number"""
    numbers = [int(row["number"].value) for row in store.query(query, use_default_graph_as_union=True)]
    assert numbers == [39, 74]
