"""A vote of a body with a fixed seat (the General Assembly in New York, the Human Rights Council in Geneva) is held
there, though the text names no place: its place is the seat the gazetteer gives the body, marked inferred. A body
that meets in more than one place (the European Parliament) gets none. And a place the gazetteer does not know
("trụ sở Chính phủ") is named by the events query in the document's words, where it has no English name."""

from __future__ import annotations

from pathlib import Path

from helpers import build_news, rows
from pyoxigraph import Store

from kg.model import Event
from kg.pipeline import build
from kg.query import open_store


def _vote(text: str, language: str) -> Event:
    return next(e for e in build_news(text, language).events if e.kind == "meeting")


def test_a_vote_of_a_body_with_a_seat_is_held_at_the_seat() -> None:
    chinese = _vote("3月4日，联合国人权理事会以32票赞成，2票反对，13票弃权通过一项决议。", "zh")
    spanish = _vote(
        "La Asamblea General aprobó hoy el tratado por 154 votos a favor, 3 en contra y 23 abstenciones.",
        "es",
    )
    english = _vote("On 2 March the General Assembly adopted the resolution by a recorded vote of 141 to 5.", "en")
    assert [(v.place.key if v.place else None, v.place_inferred) for v in (chinese, spanish, english)] == [
        ("CHE/geneva", True),
        ("USA/new-york", True),
        ("USA/new-york", True),
    ]
    assert chinese.place is not None and chinese.place.text == ""  # no word of the text names it


def test_a_vote_of_a_body_without_one_seat_has_no_place() -> None:
    for text, language in (
        ("12月16日，欧洲议会以586票赞成，53票反对通过决议。", "zh"),
        ("On 16 December the European Parliament adopted the resolution by 586 votes to 53.", "en"),
    ):
        vote = _vote(text, language)
        assert (vote.place, vote.place_inferred) == (None, False)


def _store(folder: Path, name: str, text: str) -> Store:
    (folder / name).write_text(text, encoding="utf-8")
    build([folder / name], folder / "out")
    return open_store(folder / "out")


def test_the_events_query_names_the_seat_and_says_it_is_inferred(tmp_path: Path) -> None:
    text = (
        "NUEVA YORK - La Asamblea General aprobó hoy el tratado por 154 votos a favor, 3 en contra y 23 abstenciones."
    )
    store = _store(tmp_path, "voto-es.txt", text)
    assert [row.get("placeName") for row in rows(store, "events")] == ["New York"]
    inferred = rows(
        store, "PREFIX pk: <https://w3id.org/policy-kg/ontology#>\nSELECT ?e WHERE { ?e pk:placeInferred true }\n"
    )
    assert len(inferred) == 1


def test_a_place_with_no_english_name_is_named_in_the_documents_words(tmp_path: Path) -> None:
    text = (
        "Ngày 5 tháng 3 năm 2025, tại trụ sở Chính phủ, Thủ tướng chủ trì Hội nghị trực tuyến toàn quốc "
        "về phát triển kinh tế tư nhân."
    )
    store = _store(tmp_path, "hoi-nghi-vi.txt", text)
    assert "trụ sở Chính phủ" in [row.get("placeName") for row in rows(store, "events")]


def test_a_body_named_with_its_organisation_votes_not_the_organisation() -> None:
    """ "la Asamblea General de la ONU": the last body before the tally is the UN, of which the Assembly is part; the
    vote was the UN's, with no seat, and was named "votación en la ONU"."""
    spanish = _vote(
        "La Asamblea General de la ONU aprobó hoy el tratado por 154 votos a favor, 3 en contra y 23 abstenciones.",
        "es",
    )
    english = _vote("The Human Rights Council of the United Nations adopted the resolution by 32 votes to 2.", "en")
    assert (spanish.name, spanish.place.key if spanish.place else None) == (
        "votación en la Asamblea General de la ONU",
        "USA/new-york",
    )
    assert (english.name, english.place.key if english.place else None) == (
        "Human Rights Council of the United Nations vote",
        "CHE/geneva",
    )
