"""Stages of an instrument linked across documents: a report's draft, the resolution adopted from it, series.

Each rule is tested where it fires and where it must not: a report of another session or
committee, a symbol that only looks like the one named, a series across committees.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import rows
from lifecycle_texts import REPORTS, link_store, resolution

from kg.lifecycle.reading import Reading, Version, Work
from kg.lifecycle.stages import stage_links

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def links(store) -> set[tuple[str, str, str, str]]:
    return {
        (r.get("symbol", ""), r["link"], r.get("otherSymbol", ""), r["rule"]) for r in rows(store, "instrument-stages")
    }


@pytest.mark.parametrize(("report", "adopted"), [("en", "fr"), ("es", "en")])
def test_a_resolution_adopted_on_a_report_is_adopted_from_the_draft_the_report_recommends(
    tmp_path: Path, report: str, adopted: str
) -> None:
    store = link_store(tmp_path, {f"report-{report}.txt": REPORTS[report], f"res-{adopted}.txt": resolution(adopted)})
    assert links(store) == {
        ("A/80/410", "carriesTextOf", "A/C.2/80/L.7", "report-carries-draft"),
        ("A/RES/80/150", "adoptedFrom", "A/C.2/80/L.7", "report-recommends-draft"),
    }


@pytest.mark.parametrize(
    "variant",
    [
        {"session": 81},  # the resolution's session is not the report's
        {"committee": "third"},  # on the report of another committee
        {"report": "A/80/41"},  # a symbol that only looks like the report's
    ],
    ids=["other-session", "other-committee", "look-alike-symbol"],
)
def test_no_draft_is_taken_from_a_report_the_resolution_was_not_adopted_on(tmp_path: Path, variant: dict) -> None:
    store = link_store(tmp_path, {"report-en.txt": REPORTS["en"], "res-fr.txt": resolution("fr", **variant)})
    assert {link for link in links(store) if link[1] == "adoptedFrom"} == set()


def test_a_withdrawn_or_introduced_draft_is_not_recommended(tmp_path: Path) -> None:
    store = link_store(tmp_path, {"report-en.txt": REPORTS["en"]})
    recommended = rows(
        store,
        "PREFIX pk: <https://w3id.org/policy-kg/ontology#>\nSELECT ?symbol WHERE { ?r pk:recommends ?d . ?d pk:symbol ?symbol }",
    )
    assert [row["symbol"] for row in recommended] == ["A/C.2/80/L.7"]


def test_the_draft_stands_beside_the_resolution_adopted_from_it(tmp_path: Path) -> None:
    store = link_store(tmp_path, {"report-en.txt": REPORTS["en"], "res-fr.txt": resolution("fr")})
    side = [r for r in rows(store, "commitments-side-by-side") if r.get("symbol") == "A/RES/80/150"]
    requests = [r for r in side if r["paragraph"] == "2" and r["action"] == "requests"]
    assert len(requests) == 1 and requests[0]["en"].startswith("Requests") and requests[0]["fr"].startswith("Prie")


def _work(symbol: str, **fields) -> Work:
    return Work(f"https://w3id.org/policy-kg/id/un/{symbol}", symbol=symbol, **fields)


def test_a_revision_and_a_corrigendum_follow_their_original_by_symbol_alone() -> None:
    works = [_work(s) for s in ("A/C.2/80/L.7", "A/C.2/80/L.7/Rev.1", "A/C.2/80/L.77/Rev.1", "A/80/410/Corr.1")]
    found = {(w.symbol, p, o) for w in works for link in stage_links(Reading({w.iri: w for w in works}, {}))
             if link.subject == w.iri for p, o in [(link.property.rsplit("#", 1)[-1], link.object.rsplit("/un/", 1)[-1])]}  # fmt: skip
    # A/C.2/80/L.77/Rev.1 only looks like a revision of L.7; A/80/410 is not in the build.
    assert found == {("A/C.2/80/L.7/Rev.1", "revisionOf", "A/C.2/80/L.7")}


def test_resolutions_of_one_title_and_committee_form_a_series_in_session_order(tmp_path: Path) -> None:
    store = link_store(
        tmp_path,
        {
            "res-80.txt": resolution("en"),
            "res-79.txt": resolution("en", number="79/120", report="A/79/400", session=79),
            "res-81.txt": resolution("en", number="81/90", report="A/81/400", committee="third", session=81),
        },
    )
    assert {link for link in links(store) if link[1] == "previousInSeries"} == {
        ("A/RES/80/150", "previousInSeries", "A/RES/79/120", "same-title-and-committee")
    }


def test_a_series_is_not_made_across_committees_or_within_one_session() -> None:
    title = {"en": "Sustainable tourism"}
    works = [
        _work("A/RES/80/1", kinds={"resolution"}, session=80, titles=title, committees={"c2"}),
        _work("A/RES/81/1", kinds={"resolution"}, session=81, titles=title, committees={"c3"}),
        _work("A/RES/80/2", kinds={"resolution"}, session=80, titles=title, committees={"c2"}),
    ]
    assert stage_links(Reading({w.iri: w for w in works}, {})) == []


@pytest.mark.skipif(not (SHARED / "corpus-real").is_dir(), reason="the development set is not present")
def test_the_two_scale_of_assessments_resolutions_are_one_series(tmp_path: Path) -> None:
    names = ("en_ares_73_271_scale_of_assessments.txt", "en_ares_76_238_scale_of_assessments.txt")
    texts = {name: (SHARED / "corpus-real" / name).read_text(encoding="utf-8") for name in names}
    store = link_store(tmp_path, texts)
    assert links(store) == {("A/RES/76/238", "previousInSeries", "A/RES/73/271", "same-title-and-committee")}
    changes = {(r["change"], r.get("paragraph"), r.get("previousParagraph")) for r in rows(store, "series-changes")}
    # Paragraph 2 (multi-year payment plans) is new; the review moves from the 76th to the 79th session.
    assert changes == {("added", "2", None), ("deadline", "9", "8")}


def test_versions_carry_the_drafts_they_recommend_only_when_there_is_one() -> None:
    report = _work("A/80/410", recommends={"d1", "d2"})
    version = Version(report.iri + "/en", report.iri, "en")
    assert stage_links(Reading({report.iri: report}, {version.iri: version})) == []


DRAFT_ES = """Naciones Unidas                                                         A/C.2/80/L.7
Asamblea General                                                        Distr. limitada
                                                                        12 de noviembre de 2025

Octogésimo período de sesiones
Segunda Comisión
Tema 20 del programa
Desarrollo sostenible

          Marruecos: proyecto de resolución

          Turismo sostenible

     La Asamblea General,

     1. Decide convocar una reunión de alto nivel sobre el turismo sostenible en 2027;
"""


@pytest.mark.parametrize(
    ("title", "session", "linked"),
    [("Turismo sostenible", 80, True), ("Transporte sostenible", 80, False), ("Turismo sostenible", 81, False)],
    ids=["same-title-and-session", "other-title", "other-session"],
)
def test_a_resolution_no_report_links_is_adopted_from_the_draft_of_its_title_and_session(
    tmp_path: Path, title: str, session: int, linked: bool
) -> None:
    adopted = resolution("es", session=session).replace("Turismo sostenible", title)
    store = link_store(tmp_path, {"draft-es.txt": DRAFT_ES, "res-es.txt": adopted})
    expected = {("A/RES/80/150", "adoptedFrom", "A/C.2/80/L.7", "draft-title-and-session")} if linked else set()
    assert {link for link in links(store) if link[1] == "adoptedFrom"} == expected


COMPACT = {
    "es": "Pacto Mundial para la Migración Segura, Ordenada y Regular",
    "en": "Global Compact for Safe, Orderly and Regular Migration",
    "fr": "Pacte mondial pour des migrations sûres, ordonnées et régulières",
}


@pytest.mark.parametrize(
    ("draft_title", "adopted", "session", "item", "linked"),
    [
        (COMPACT["es"], "en", 80, "20", True),
        (COMPACT["es"], "fr", 80, "20", True),
        ("Declaración de Nueva York para los Refugiados y los Migrantes", "en", 80, "20", False),
        ("Turismo sostenible", "en", 80, "20", False),  # a title the gazetteers do not know
        (COMPACT["es"], "en", 81, "20", False),
        (COMPACT["es"], "en", 80, "21", False),
    ],
    ids=[
        "same-instrument-en",
        "same-instrument-fr",
        "other-instrument",
        "unknown-title",
        "other-session",
        "other-item",
    ],
)
def test_a_draft_and_a_resolution_named_in_two_languages_are_linked_by_the_gazetteers_names(
    tmp_path: Path, draft_title: str, adopted: str, session: int, item: str, linked: bool
) -> None:
    """The Spanish draft and the English or French resolution share no language: their titles are
    the same only where the gazetteers name one instrument by both."""
    draft = DRAFT_ES.replace("Turismo sostenible", draft_title).replace("Tema 20", f"Tema {item}")
    title = {"en": "Sustainable tourism", "fr": "Tourisme durable"}[adopted]
    adopted_text = resolution(adopted, session=session).replace(title, COMPACT[adopted])
    store = link_store(tmp_path, {"draft-es.txt": draft, f"res-{adopted}.txt": adopted_text})
    expected = {("A/RES/80/150", "adoptedFrom", "A/C.2/80/L.7", "draft-gazetteer-title-and-session")}
    assert {link for link in links(store) if link[1] == "adoptedFrom"} == (expected if linked else set())
