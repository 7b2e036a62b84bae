"""Mandates and their follow-up (kg/lifecycle/mandates.py) on composed resolutions in three languages.

A resolution of the seventy-third session asks the Secretary-General for a report at the
seventy-fourth; a later document fulfils it, or must not: a report of another session, on
another subject, or of another addressee.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from helpers import nonempty
from lifecycle_texts import REPORTS, link_store
from lifecycle_texts import resolution as adopted_on_report
from pyoxigraph import Literal, Quad, RdfFormat, Store, Variable, parse

from kg.buildfolder import Chunk
from kg.lifecycle import mandates
from kg.lifecycle.derived import nquads
from kg.pipeline import build_document, process_file
from kg.query import load_query, result_rows


@dataclass(frozen=True)
class Words:
    """A General Assembly resolution's fixed words in one language."""

    masthead: str  # {symbol}, {session}
    sessions: dict[int, str]
    adopted: str  # {day}
    preamble: str
    recalls: str  # {symbol}
    mandate: str
    considered: str  # {addressee}, {symbol}
    takes_note: str  # {addressee}
    secretary_general: str
    council: str
    subject: str
    other_subject: str


WORDS = {
    "en": Words(
        masthead="United Nations                                  A/RES/{symbol}\n"
        "General Assembly                                Distr.: General\n\n{session}\nAgenda item 20\n\n",
        sessions={73: "Seventy-third session", 74: "Seventy-fourth session", 75: "Seventy-fifth session"},
        adopted="Resolution adopted by the General Assembly on {day} December {year}\n\n",
        preamble="The General Assembly,\n\n",
        recalls="Recalling its resolution {symbol} of 20 December 2018,\n\n",
        mandate="1. Encourages Member States to protect mountain ecosystems;\n\n"
        "2. Requests the Secretary-General to submit to the General Assembly at its seventy-fourth "
        "session a report on the implementation of the present resolution.\n",
        considered="Having considered the report of the {addressee} ({symbol}),\n\n",
        takes_note="1. Takes note of the report of the {addressee};\n",
        secretary_general="Secretary-General",
        council="Human Rights Council",
        subject="Sustainable mountain development",
        other_subject="Oceans and the law of the sea",
    ),
    "fr": Words(
        masthead="Nations Unies                                   A/RES/{symbol}\n"
        "Assemblée générale                              Distr. générale\n\n{session}\n"
        "Point 20 de l'ordre du jour\n\n",
        sessions={
            73: "Soixante-treizième session",
            74: "Soixante-quatorzième session",
            75: "Soixante-quinzième session",
        },
        adopted="Résolution adoptée par l'Assemblée générale le {day} décembre {year}\n\n",
        preamble="L'Assemblée générale,\n\n",
        recalls="Rappelant sa résolution {symbol} du 20 décembre 2018,\n\n",
        mandate="1. Encourage les États Membres à protéger les écosystèmes de montagne ;\n\n"
        "2. Prie le Secrétaire général de lui présenter à sa soixante-quatorzième session un rapport "
        "sur l'application de la présente résolution.\n",
        considered="Ayant examiné le rapport du {addressee} ({symbol}),\n\n",
        takes_note="1. Prend note du rapport du {addressee} ;\n",
        secretary_general="Secrétaire général",
        council="Conseil des droits de l'homme",
        subject="Développement durable des montagnes",
        other_subject="Les océans et le droit de la mer",
    ),
    "es": Words(
        masthead="Naciones Unidas                                 A/RES/{symbol}\n"
        "Asamblea General                                Distr. general\n\n{session}\nTema 20 del programa\n\n",
        sessions={
            73: "Septuagésimo tercer período de sesiones",
            74: "Septuagésimo cuarto período de sesiones",
            75: "Septuagésimo quinto período de sesiones",
        },
        adopted="Resolución aprobada por la Asamblea General el {day} de diciembre de {year}\n\n",
        preamble="La Asamblea General,\n\n",
        recalls="Recordando su resolución {symbol}, de 20 de diciembre de 2018,\n\n",
        mandate="1. Alienta a los Estados Miembros a proteger los ecosistemas montañosos;\n\n"
        "2. Solicita al Secretario General que le presente, en su septuagésimo cuarto período de "
        "sesiones, un informe sobre la aplicación de la presente resolución.\n",
        considered="Habiendo examinado el informe del {addressee} ({symbol}),\n\n",
        takes_note="1. Toma nota del informe del {addressee};\n",
        secretary_general="Secretario General",
        council="Consejo de Derechos Humanos",
        subject="Desarrollo sostenible de las montañas",
        other_subject="Los océanos y el derecho del mar",
    ),
}
LANGUAGES = sorted(WORDS)
MANDATING = "73/901"


def resolution(words: Words, symbol: str, title: str, body: str) -> str:
    session = int(symbol.split("/")[0])
    head = words.masthead.format(symbol=symbol, session=words.sessions[session])
    adopted = words.adopted.format(day=20 - (session - 73), year=1945 + session)
    return f"{head}{adopted}{symbol}. {title}\n\n{words.preamble}{body}"


def graph_of(tmp_path: Path, texts: dict[str, str], language: str) -> Store:
    """The documents built one by one, merged as a build's store holds them, with the graph of mandates."""
    store = Store()
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        report, _, quads = process_file(path, f"{language}/{name}.txt")
        assert report.status == "built", report.error
        store.bulk_extend(Quad(q.subject, q.predicate, q.object) for q in quads)
    store.bulk_extend(Quad(q.subject, q.predicate, q.object) for q in mandates.fulfilment_quads(store))
    return store


def mandates_as_of(store: Store, day: str) -> list[dict[str, str]]:
    results = store.query(load_query("mandates"), substitutions={Variable("asof"): Literal(day)})
    return [row for row in result_rows(results) if row.get("symbol") == f"A/RES/{MANDATING}"]


def the_mandate(store: Store, day: str = "2021-01-01") -> dict[str, str]:
    found = mandates_as_of(store, day)
    assert len(found) == 1, found
    return found[0]


def mandate_text(words: Words) -> str:
    return resolution(words, MANDATING, words.subject, words.recalls.format(symbol="71/234") + words.mandate)


def later(words: Words, symbol: str, paragraph: str, *, title: str | None = None, recalls: bool = True) -> str:
    recalled = words.recalls.format(symbol=MANDATING) if recalls else ""
    return resolution(words, symbol, title or words.subject, recalled + paragraph)


# --- the mandate ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_request_for_a_report_at_a_session_is_a_mandate_due_in_that_session(tmp_path, language) -> None:
    store = graph_of(tmp_path, {"m": mandate_text(WORDS[language])}, language)
    mandate = the_mandate(store, "2020-01-01")
    assert mandate["paragraph"] == "2"
    assert mandate["addresseeName"] == "Secretary-General"
    assert mandate["session"] == "session 74 of the General Assembly"
    assert mandate["dueBy"] == "2020-08-31"  # the seventy-fourth session runs from September 2019
    assert mandate["status"] == "open"
    assert the_mandate(store, "2020-09-01")["status"] == "overdue"
    assert not mandates_as_of(store, "2018-12-01"), "a mandate is not listed before it was issued"


def test_the_general_assembly_calendar_dates_sessions_and_the_human_rights_council_has_none() -> None:
    assembly, council = mandates.CALENDARS["ga"], mandates.CALENDARS["hrc"]
    assert (assembly.opens(73), assembly.closes(73)) == (date(2018, 9, 1), date(2019, 8, 31))
    assert (council.opens(50), council.closes(50)) == (None, None)
    assert assembly.session_of_symbol("A/73/11") == 73
    assert assembly.session_of_symbol("A/C.2/73/L.5") is None, "a committee's draft is no report to the Assembly"
    assert council.session_of_symbol("A/HRC/50/21") == 50


def test_a_deadline_is_due_on_the_last_day_it_names() -> None:
    mandate = mandates.Mandate("c", "e", "w", deadline=Literal("2030", datatype=mandates.XSD.gYear))
    assert mandate.due_interval() == (None, date(2030, 12, 31))
    dated = mandates.Mandate("c", "e", "w", session_number=50, body_key="hrc")
    assert dated.due_interval(date(2022, 7, 8)) == (None, date(2022, 7, 8)), "a session dated by a document"


# --- fulfilment by the symbol a later resolution cites --------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_later_resolution_citing_the_report_by_symbol_fulfils_the_mandate(tmp_path, language) -> None:
    words = WORDS[language]
    cites = words.considered.format(addressee=words.secretary_general, symbol="A/74/123")
    store = graph_of(tmp_path, {"m": mandate_text(words), "f": later(words, "74/902", cites)}, language)
    mandate = the_mandate(store)
    assert (mandate["status"], mandate["rule"]) == ("fulfilled", "cited-symbol")
    assert mandate["report"].endswith("/un/A/74/123")
    assert mandate["fulfillingDoc"].endswith(f"/un/A/RES/74/902/{language}")
    assert the_mandate(store, "2019-06-01")["status"] == "open", "not fulfilled before the later resolution"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_report_of_another_session_fulfils_nothing(tmp_path, language) -> None:
    words = WORDS[language]
    cites = words.considered.format(addressee=words.secretary_general, symbol="A/75/123")
    store = graph_of(tmp_path, {"m": mandate_text(words), "f": later(words, "75/902", cites)}, language)
    assert the_mandate(store)["status"] == "overdue"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_report_of_another_addressee_fulfils_nothing(tmp_path, language) -> None:
    words = WORDS[language]
    cites = words.considered.format(addressee=words.council, symbol="A/74/53")
    store = graph_of(tmp_path, {"m": mandate_text(words), "f": later(words, "74/902", cites)}, language)
    assert the_mandate(store)["status"] == "overdue"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_report_of_the_due_session_cited_on_another_subject_fulfils_nothing(tmp_path, language) -> None:
    """The Secretary-General writes many reports a session: one cited on oceans is not the one on mountains."""
    words = WORDS[language]
    cites = words.considered.format(addressee=words.secretary_general, symbol="A/74/123")
    other = later(words, "74/902", cites, title=words.other_subject, recalls=False)
    store = graph_of(tmp_path, {"m": mandate_text(words), "f": other}, language)
    assert the_mandate(store)["status"] == "overdue"


# --- fulfilment by title and session --------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_resolution_of_the_due_session_on_the_subject_taking_note_of_the_report_fulfils_it(
    tmp_path, language
) -> None:
    words = WORDS[language]
    notes = words.takes_note.format(addressee=words.secretary_general)
    store = graph_of(tmp_path, {"m": mandate_text(words), "f": later(words, "74/902", notes)}, language)
    mandate = the_mandate(store)
    assert (mandate["status"], mandate["rule"]) == ("fulfilled", "title-and-session")
    assert "report" not in mandate, "the report is named without a symbol: no work is known"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_resolution_on_another_subject_taking_note_of_a_report_fulfils_nothing(tmp_path, language) -> None:
    words = WORDS[language]
    notes = words.takes_note.format(addressee=words.secretary_general)
    other = later(words, "74/902", notes, title=words.other_subject, recalls=False)
    store = graph_of(tmp_path, {"m": mandate_text(words), "f": other}, language)
    assert the_mandate(store)["status"] == "overdue"


def test_a_resolution_of_another_session_taking_note_of_the_report_fulfils_nothing(tmp_path) -> None:
    words = WORDS["en"]
    notes = words.takes_note.format(addressee=words.secretary_general)
    store = graph_of(tmp_path, {"m": mandate_text(words), "f": later(words, "75/902", notes)}, "en")
    assert the_mandate(store)["status"] == "overdue"


# --- fulfilment by the report itself ---------------------------------------------------------------

REPORT = """United Nations                                  {symbol}
General Assembly                                Distr.: General
                                                1 August {year}

                                                Original: English

{session}
Item 20 of the provisional agenda*
{title}

{title}

Report of the {author}

Summary
The present report is submitted pursuant to General Assembly resolution {cited}.

1. Mountains cover 22 per cent of the land surface of the Earth.
"""


def report(symbol: str, author: str, title: str | None = None, cited: str = MANDATING) -> str:
    session = int(symbol.split("/")[1])
    words = WORDS["en"]
    return REPORT.format(
        symbol=symbol, year=1945 + session, session=words.sessions[session], title=title or words.subject,
        author=author, cited=cited,
    )  # fmt: skip


def test_the_report_itself_in_the_build_fulfils_the_mandate(tmp_path) -> None:
    store = graph_of(tmp_path, {"m": mandate_text(WORDS["en"]), "r": report("A/74/123", "Secretary-General")}, "en")
    mandate = the_mandate(store)
    assert (mandate["status"], mandate["rule"]) == ("fulfilled", "is-the-report")
    assert mandate["report"].endswith("/un/A/74/123")


@pytest.mark.parametrize(
    ("symbol", "author", "title", "cited"),
    [
        ("A/75/123", "Secretary-General", None, MANDATING),  # another session
        ("A/74/123", "Human Rights Council", None, MANDATING),  # another author
        ("A/74/123", "Secretary-General", "Oceans and the law of the sea", "71/234"),  # another subject
    ],
)
def test_a_report_of_another_session_author_or_subject_fulfils_nothing(tmp_path, symbol, author, title, cited) -> None:
    texts = {"m": mandate_text(WORDS["en"]), "r": report(symbol, author, title, cited)}
    assert the_mandate(graph_of(tmp_path, texts, "en"))["status"] == "overdue"


# --- the graph of mandates in a build --------------------------------------------------------------

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus-real"


@pytest.fixture(scope="module")
def real_resolutions(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The development set's General Assembly resolutions, built together."""
    from kg.pipeline import build
    from kg.query import open_store

    files = sorted(REAL.glob("en_ares_*.txt"))
    if not files:
        pytest.skip("the development set is not beside the project")
    corpus = tmp_path_factory.mktemp("resolutions")
    for path in files:
        (corpus / path.name).write_bytes(path.read_bytes())
    out = tmp_path_factory.mktemp("resolutions-build")
    build([corpus], out)
    return open_store(out)


def real_mandates(store: Store, day: str) -> dict[tuple[str, str], dict[str, str]]:
    table = result_rows(store.query(load_query("mandates"), substitutions={Variable("asof"): Literal(day)}))
    return {(row["symbol"], row["paragraph"]): row for row in nonempty(table)}


def test_the_real_resolutions_requests_for_reports_are_mandates(real_resolutions) -> None:
    found = real_mandates(real_resolutions, "2023-01-01")
    assert {("A/RES/73/271", "8"), ("A/RES/76/238", "9"), ("A/RES/73/326", "14"), ("A/RES/72/179", "19")} <= set(found)
    assert not {symbol for symbol, _ in found} & {"A/RES/72/211", "A/RES/73/1"}, "they ask for no report"
    assert found["A/RES/73/271", "8"]["addresseeName"] == "Committee on Contributions"
    assert found["A/RES/73/271", "8"]["session"] == "session 76 of the General Assembly"
    biennial = found["A/RES/73/326", "14"]
    assert (biennial["status"], "dueBy" in biennial) == ("open", False), "a cycle alone is never overdue"


def test_the_scale_of_assessments_of_the_76th_session_fulfils_the_73rd_sessions_request(real_resolutions) -> None:
    """73/271 asks the Committee on Contributions to report by the 76th session; 76/238 considers its report."""
    asked = real_mandates(real_resolutions, "2023-01-01")["A/RES/73/271", "8"]
    assert (asked["status"], asked["rule"]) == ("fulfilled", "title-and-session")
    assert asked["fulfillingDoc"].endswith("/un/A/RES/76/238/en")
    assert real_mandates(real_resolutions, "2021-06-01")["A/RES/73/271", "8"]["status"] == "open"
    own = real_mandates(real_resolutions, "2023-01-01")["A/RES/76/238", "9"]
    assert (own["session"], own["status"]) == ("session 79 of the General Assembly", "open")
    assert "rule" not in own, "a resolution does not fulfil its own request for a later session"
    assert real_mandates(real_resolutions, "2026-01-01")["A/RES/76/238", "9"]["status"] == "overdue"


def test_the_arabic_reports_request_is_not_fulfilled_by_a_resolution_on_another_subject(corpus_store) -> None:
    """A/72/417 asks for a report at the 73rd session; 73/195, of that session, is on migration."""
    table = result_rows(
        corpus_store.query(load_query("mandates"), substitutions={Variable("asof"): Literal("2020-01-01")})
    )
    due = [row for row in nonempty(table) if row.get("session") == "session 73 of the General Assembly"]
    # The report's draft carries the same request, but the resolution adopted from it (A/RES/72/200) is in the
    # build: the mandate is the adopted text's alone.
    assert sorted((row["symbol"], row["paragraph"], row["status"], row["stage"]) for row in due) == [
        ("A/RES/72/200", "32", "overdue", "adopted"),
    ]


def test_the_graph_of_mandates_is_computed_again_only_when_a_graph_changed(tmp_path, monkeypatch) -> None:
    words = WORDS["en"]
    cites = words.considered.format(addressee=words.secretary_general, symbol="A/74/123")
    chunks = []
    for name, text in {"m": mandate_text(words), "f": later(words, "74/902", cites)}.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        result = build_document(path, f"en/{name}.txt")
        chunks.append(Chunk(result.graph or "", 0, hashlib.sha256(result.nquads).hexdigest(), data=result.nquads))
    cache = tmp_path / "derived"
    [first] = mandates.mandates_chunks(chunks, cache)
    assert b"cited-symbol" in first.data and first.graph == mandates.GRAPH

    def computed_again(store: Store) -> list[Quad]:
        raise AssertionError("computed again, though no graph changed")

    monkeypatch.setattr(mandates, "fulfilment_quads", computed_again)
    assert mandates.mandates_chunks(chunks, cache) == [first]
    changed = [chunks[0], Chunk(chunks[1].graph, 0, "another digest", data=chunks[1].data)]
    with pytest.raises(AssertionError, match="computed again"):
        mandates.mandates_chunks(changed, cache)


# --- a draft's request and the resolution adopted from it -----------------------------------------


def stage_mandates(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """(symbol, stage, draft, paragraph) of each mandate of documents built with their link graph."""
    store = Store()
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        store.bulk_extend(Quad(q.subject, q.predicate, q.object) for q in process_file(path, f"docs/{name}")[2])
    # The link graph is read from the documents' graphs, as the build's link stage reads them.
    store.bulk_extend(Quad(q.subject, q.predicate, q.object) for q in link_store(tmp_path / "links", texts))
    store.bulk_extend(Quad(q.subject, q.predicate, q.object) for q in mandates.fulfilment_quads(store))
    table = result_rows(store.query(load_query("mandates"), substitutions={Variable("asof"): Literal("2026-06-01")}))
    return sorted((row["symbol"], row["stage"], row.get("draft", ""), row["paragraph"]) for row in nonempty(table))


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_reports_draft_with_no_adopted_resolution_in_the_build_is_a_drafts_mandate(tmp_path, language) -> None:
    assert stage_mandates(tmp_path, {"report.txt": REPORTS[language]}) == [("A/80/410", "draft", "A/C.2/80/L.7", "2")]


@pytest.mark.parametrize("adopted", ["fr", "es", "en"])
def test_a_drafts_request_is_the_adopted_resolutions_mandate_once_it_is_in_the_build(tmp_path, adopted) -> None:
    texts = {"report.txt": REPORTS["en"], "res.txt": adopted_on_report(adopted)}
    assert stage_mandates(tmp_path, texts) == [("A/RES/80/150", "adopted", "", "2")]


def test_a_resolution_adopted_on_another_report_leaves_the_drafts_mandate(tmp_path) -> None:
    """Adopted on the Third Committee's report, the resolution was not adopted from this draft."""
    texts = {"report.txt": REPORTS["en"], "res.txt": adopted_on_report("fr", committee="third")}
    assert stage_mandates(tmp_path, texts) == [
        ("A/80/410", "draft", "A/C.2/80/L.7", "2"),
        ("A/RES/80/150", "adopted", "", "2"),
    ]


# --- what the step reads of the documents' graphs ------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_graphs_read_by_the_step_give_the_mandates_the_whole_graphs_give(tmp_path, language) -> None:
    words = WORDS[language]
    cites = words.considered.format(addressee=words.secretary_general, symbol="A/74/123")
    whole, chunks = Store(), []
    for name, text in {"m": mandate_text(words), "f": later(words, "74/902", cites)}.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        result = build_document(path, f"{language}/{name}.txt")
        chunks.append(Chunk(result.graph or "", 0, hashlib.sha256(result.nquads).hexdigest(), data=result.nquads))
        quads = parse(result.nquads, format=RdfFormat.N_QUADS)
        whole.bulk_extend(Quad(quad.subject, quad.predicate, quad.object) for quad in quads)
    read = mandates._read_chunks(chunks)
    assert len(read) < len(whole) / 2, "a mention's quote, a name no commitment addresses are not read"
    assert mandates.fulfilment_quads(read) == mandates.fulfilment_quads(whole)
    assert b"cited-symbol" in nquads(mandates.fulfilment_quads(read))


def test_an_addressees_names_are_read_from_the_graph_that_names_it_and_no_others() -> None:
    pk, graph = "https://w3id.org/policy-kg/ontology#", "https://example.org/graph/"
    label = "http://www.w3.org/2004/02/skos/core#prefLabel"
    directive = "https://w3id.org/policy-kg/ontology/force/directive"
    addressing = (
        f"<https://example.org/c1> <{pk}addressee> <https://example.org/sg> <{graph}1> .\n"
        f"<https://example.org/c1> <{pk}force> <{directive}> <{graph}1> .\n"
    )
    naming = (
        f'<https://example.org/sg> <{label}> "Secretary-General"@en <{graph}2> .\n'
        f'<https://example.org/other> <{label}> "Other body"@en <{graph}2> .\n'
        f'<https://example.org/mention> <{pk}quote> "the Secretary-General" <{graph}2> .\n'
    )
    chunks = [Chunk(f"{graph}{n}", 0, "", data=data.encode()) for n, data in ((1, addressing), (2, naming))]
    read = {(quad.subject.value, quad.object.value) for quad in mandates._read_chunks(chunks)}
    assert read == {
        ("https://example.org/c1", "https://example.org/sg"),
        ("https://example.org/c1", directive),
        ("https://example.org/sg", "Secretary-General"),
    }


def test_only_mentions_of_cited_works_or_in_reports_are_read() -> None:
    """A graph's many mentions of actors are no rule's: only a cited work's, or those in a report, are read."""
    pk, graph = "https://w3id.org/policy-kg/ontology#", "https://example.org/graph/"
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

    def mention(name: str, of: str, document: str, number: int) -> str:
        node = f"<https://example.org/{name}>"
        return (
            f"{node} <{pk}mentionOf> <https://example.org/{of}> <{graph}{number}> .\n"
            f"{node} <{pk}inDocument> <https://example.org/{document}> <{graph}{number}> .\n"
            f'{node} <{pk}start> "12"^^<http://www.w3.org/2001/XMLSchema#integer> <{graph}{number}> .\n'
        )

    resolution = (
        f"<https://example.org/res/en> <{pk}realizes> <https://example.org/res> <{graph}1> .\n"
        f"<https://example.org/res/en> <{pk}cites> <https://example.org/A/74/123> <{graph}1> .\n"
        f"<https://example.org/report> <{rdf_type}> <{pk}Report> <{graph}1> .\n"  # typed where it is named
        + mention("of-cited", "A/74/123", "res/en", 1)
        + mention("of-a-state", "state/FRA", "res/en", 1)
    )
    report = f"<https://example.org/report/fr> <{pk}realizes> <https://example.org/report> <{graph}2> .\n" + mention(
        "in-report", "un/SG", "report/fr", 2
    )
    chunks = [Chunk(f"{graph}{n}", 0, "", data=data.encode()) for n, data in ((1, resolution), (2, report))]
    store = mandates._read_chunks(chunks)
    mentioned = {quad.subject.value for quad in store if quad.predicate.value == f"{pk}mentionOf"}
    assert mentioned == {"https://example.org/of-cited", "https://example.org/in-report"}
    spans = {quad.subject.value for quad in store if quad.predicate.value in (f"{pk}start", f"{pk}inDocument")}
    assert "https://example.org/of-a-state" not in spans


def test_only_directive_commitments_and_the_names_of_those_they_address_are_read() -> None:
    """A commitment that is no directive is no mandate: neither it nor the names of whom it addresses are read."""
    pk, graph = "https://w3id.org/policy-kg/ontology#", "https://example.org/graph/"
    rdf_type, label = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2004/02/skos/core#prefLabel"
    force = "https://w3id.org/policy-kg/ontology/force/"

    def commitment(name: str, strength: str, addressee: str) -> str:
        node = f"<https://example.org/{name}>"
        return (
            f"{node} <{rdf_type}> <{pk}Commitment> <{graph}1> .\n"
            f"{node} <{pk}force> <{force}{strength}> <{graph}1> .\n"
            f"{node} <{pk}addressee> <https://example.org/{addressee}> <{graph}1> .\n"
            f"{node} <{pk}issuer> <https://example.org/ga> <{graph}1> .\n"
        )

    commitments = commitment("requests", "directive", "sg") + commitment("encourages", "exhortatory", "states")
    # Another graph names both addressees, and realizes a work whose issuer it states.
    naming = (
        f'<https://example.org/sg> <{label}> "Secretary-General"@en <{graph}2> .\n'
        f'<https://example.org/states> <{label}> "Member States"@en <{graph}2> .\n'
        f"<https://example.org/doc> <{pk}realizes> <https://example.org/work> <{graph}2> .\n"
        f"<https://example.org/work> <{pk}issuer> <https://example.org/ga> <{graph}2> .\n"
    )
    chunks = [Chunk(f"{graph}{n}", 0, "", data=data.encode()) for n, data in ((1, commitments), (2, naming))]
    read = {(quad.subject.value.rsplit("/", 1)[-1], quad.predicate.value) for quad in mandates._read_chunks(chunks)}
    assert {subject for subject, _ in read} == {"requests", "sg", "doc", "work"}
    assert ("requests", rdf_type) in read and ("requests", f"{pk}addressee") in read
    assert ("requests", f"{pk}issuer") not in read  # a commitment's issuer is no rule's; a work's is
    assert ("work", f"{pk}issuer") in read
