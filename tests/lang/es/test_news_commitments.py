"""Spanish news: commitments (pledges, calls, requests and tasks) with their issuers, addressees and deadlines."""

from __future__ import annotations

from helpers import build_news, resolved_key


def test_spanish_minister_asks_the_international_community() -> None:
    """ "El canciller pidió a la comunidad internacional aportar" was no commitment."""
    text = (
        "Título\n\nBogotá, 24 sep (EFE).- El canciller Luis Gilberto Murillo habló en la ONU. "
        "El canciller pidió a la comunidad internacional aportar 1.400 millones de dólares.\n"
    )
    (request,) = build_news(text, "es").commitments
    assert request.action == "requests" and [a.name for a in request.addressees] == ["international community"]
    assert request.issuer is not None and resolved_key(request.issuer, "es") == "luis-gilberto-murillo"


def test_spanish_government_tasks_a_ministry_by_a_date() -> None:
    """Before: "El Gobierno encarga al Ministerio ..." had no issuer, and "antes del 31 de diciembre de 2025"
    (a date read with its opener "del") was no deadline."""
    text = (
        "Madrid, 19 de noviembre de 2024 - El Gobierno encarga al Ministerio del Interior la elaboración "
        "de un plan de acogida antes del 31 de diciembre de 2025."
    )
    (commitment,) = build_news(text, "es").commitments
    assert commitment.issuer is not None and commitment.issuer.text == "Gobierno"
    assert [a.text for a in commitment.addressees] == ["Ministerio del Interior"]
    assert commitment.deadline is not None and commitment.deadline.date == "2025-12-31"
