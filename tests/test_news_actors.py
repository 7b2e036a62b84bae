"""News: bodies, states and their parts, as actors, in several languages."""

from __future__ import annotations

import pytest
from helpers import build_news


def test_ministry_named_as_a_list_is_one_body() -> None:
    """Before: "Ministerio de Inclusión" and "ministère du Travail", the rest of the name left out."""
    spanish = build_news("El Ministerio de Inclusión, Seguridad Social y Migraciones publicará la guía.", "es")
    french = build_news("Le ministère du Travail et de l'Emploi devra présenter un rapport au Parlement.", "fr")
    assert "Ministerio de Inclusión, Seguridad Social y Migraciones" in {m.text for m in spanish.mentions}
    assert "ministère du Travail et de l'Emploi" in {m.text for m in french.mentions}


def test_a_legislature_named_by_its_common_noun_alone_is_a_body() -> None:
    """Before: "Working with Congress" and "su ratificación por el Congreso" named no body."""
    english = build_news("WASHINGTON, May 2 -- Working with Congress, the agency will fund the program.", "en")
    spanish = build_news("MÉXICO, 2 abr -- El tratado espera su ratificación por el Congreso en otoño.", "es")
    assert ("Congress", "Congress") in {(m.text, m.name) for m in english.mentions}
    assert ("Congreso", "Congress") in {(m.text, m.name) for m in spanish.mentions}
    # a word of a longer name stays in it
    named = build_news("OTTAWA, May 2 -- The Ukrainian World Congress welcomed the decision.", "en")
    assert "Congress" not in {m.text for m in named.mentions}


def test_a_known_body_inside_an_instrument_s_name_is_named_too() -> None:
    """Before: "إعلان الأمم المتحدة بشأن المدافعين ..." named the declaration alone, not the United Nations."""
    arabic = build_news(
        "الرباط - طالبت المنظمة باحترام إعلان الأمم المتحدة بشأن المدافعين عن حقوق الإنسان.", "ar"
    ).mentions
    english = build_news(
        "LONDON, May 2 -- The group urged respect for the Rome Statute of the International Criminal Court.", "en"
    ).mentions
    assert "UN" in {m.key for m in arabic}
    assert "ICC" in {m.key for m in english}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "LONDON, May 2 -- A member of the Scottish National Party spoke to the Labour Party.", "Labour Party"),
        ("fr", "Le ministère du Travail et de l'Emploi devra présenter un rapport.", "ministère du Travail"),
        ("es", "MÉXICO, 2 abr -- El Ministerio de Inclusión publicará la guía.", "Ministerio de Inclusión"),
    ],
)
def test_a_language_that_does_not_decline_names_keeps_them_as_written(language: str, text: str, name: str) -> None:
    """Only a language with a base-form hook (Russian) rewrites a name: elsewhere the label is the text's form."""
    bodies = [m for m in build_news(text, language).mentions if m.kind in ("organization", "government-agency")]
    assert any(name in m.text for m in bodies)
    assert all(m.written is None and m.text == m.span.of(text) for m in bodies)


def _organizations_named(text: str, language: str) -> set[str]:
    extraction = build_news(text, language)
    return {" ".join(text[m.span.start : m.span.end].split()) for m in extraction.mentions if m.kind == "organization"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Title\n\nOhio-based Brightline Motors will open a plant in Da Nang next year.\n",
            {"Brightline Motors"},
        ),
        (
            "en",
            "Title\n\nThe port operator Keel Harbor and the local company Tanvi will build a terminal.\n",
            {"Keel Harbor", "Tanvi"},
        ),
        ("en", "Title\n\nThe airline Skyfarer and Orbis Foods will sign a deal in May.\n", {"Skyfarer", "Orbis Foods"}),
        ("es", "Título\n\nLa empresa Lácteos Norteños anunció una inversión en Sonora.\n", {"Lácteos Norteños"}),
        (
            "fr",
            "Titre\n\nL'entreprise Navalis a signé un accord ; la société Q&T Polymères aussi.\n",
            {"Navalis", "Q&T Polymères"},
        ),
    ],
)
def test_a_company_is_named_after_its_kind_or_where_it_is_based(language: str, text: str, expected: set[str]) -> None:
    """Before: a company no gazetteer knows and whose name holds no body word ("port operator SSA Marine",
    "California-based Marvell") was no organisation."""
    assert expected <= _organizations_named(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a kind followed by no name, a place after the kind, a title in capitals
        ("en", "Title\n\nA Texas-based company said the firm will hire in Hanoi.\n"),
        ("en", "Title\n\nThe company's founder John Hale said the operator in Hanoi will grow.\n"),
        ("es", "Título\n\nLa empresa dijo que la compañía en México crecerá.\n"),
        ("fr", "Titre\n\nPour Encadrer les Sociétés Transnationales et Mettre Fin à leur Impunité\n\nTexte.\n"),
    ],
)
def test_a_company_word_without_a_name_after_it_names_no_company(language: str, text: str) -> None:
    found = _organizations_named(text, language)
    assert not {"John Hale", "Hanoi", "México", "Mettre Fin", "Transnationales"} & found


def test_a_company_s_plan_is_no_pledge_of_the_text() -> None:
    text = "Title\n\nSeattle-based port operator Keel Harbor will announce a terminal in Vung Tau.\n"
    extraction = build_news(text, "en")
    assert "Keel Harbor" in _organizations_named(text, "en")
    assert not [c for c in extraction.commitments if c.issuer and c.issuer.text == "Keel Harbor"]


@pytest.mark.parametrize(
    ("language", "text", "acronym"),
    [
        (
            "es",
            "Título\n\nLa Secretaría de Salud, en coordinación con el DIF y la Secretaría de Turismo, abrió albergues.\n",
            "DIF",
        ),
        ("en", "Title\n\nThe Department of Labor and the OSHA will inspect the plants in Ohio.\n", "OSHA"),
        ("fr", "Titre\n\nLe ministère de la Santé et le SAMU ont ouvert un centre à Lyon.\n", "SAMU"),
    ],
)
def test_an_acronym_listed_with_a_body_is_an_organisation(language: str, text: str, acronym: str) -> None:
    """Before: a body named only by an acronym the text never defines ("el DIF") was lost, even listed with
    bodies."""
    assert acronym in _organizations_named(text, language)


@pytest.mark.parametrize(
    ("language", "text", "acronym"),
    [
        ("es", "Título\n\nEl informe prevé que el PIB y la inflación crezcan en Sonora.\n", "PIB"),
        ("en", "Title\n\nThe report says the GDP and the deficit will grow in Ohio.\n", "GDP"),
    ],
)
def test_an_acronym_listed_with_no_body_is_no_organisation(language: str, text: str, acronym: str) -> None:
    assert acronym not in _organizations_named(text, language)


def test_a_title_case_heading_after_a_based_word_names_no_company() -> None:
    text = "Title\n\n## Community-based Organizations Receive Grants\n\nThe grants go to towns in Ohio.\n"
    assert not {"Organizations Receive Grants", "Organizations"} & _organizations_named(text, "en")


@pytest.mark.parametrize(
    ("language", "text", "names", "named_so"),
    [
        (
            "en",
            "Title\n\n**Aviation:**  Corvane and Vietnam Airlines will sign a deal.\n",
            {"Corvane", "Vietnam Airlines"},
            True,
        ),
        ("es", "Título\n\nTelmex y Cemex van a firmar un acuerdo en Monterrey.\n", {"Telmex", "Cemex"}, True),
        # persons the text names elsewhere, places, a pair inside a clause
        (
            "en",
            "Title\n\nMinister Lena Ortiz met Senator Paul Brandt. Ortiz and Brandt will meet again.\n",
            {"Ortiz", "Brandt"},
            False,
        ),
        ("en", "Title\n\nHanoi and Da Nang will host the games.\n", {"Hanoi", "Da Nang"}, False),
        ("es", "Título\n\nLos analistas creen que Telmex y Cemex van a firmar.\n", {"Telmex", "Cemex"}, False),
    ],
)
def test_two_names_that_pledge_together_are_organisations(
    language: str, text: str, names: set[str], named_so: bool
) -> None:
    """Before: "Boeing and Vietnam Airlines will sign" named no organisation: neither holds a body word. What such
    a pair will do is its own plan, no commitment of the text's."""
    extraction = build_news(text, language)
    assert names & _organizations_named(text, language) == (names if named_so else set())
    assert not [c for c in extraction.commitments if c.issuer and c.issuer.text in names]


def test_a_name_in_guillemets_after_a_kind_of_body_is_that_body() -> None:
    """Before: "газеты «Вечерний вестник»" and "НКО «Помощь детям»" named no body; "российский «стоп-лист»"
    must stay none."""
    text = (
        "МОСКВА, 3 апреля. В список включены обозреватель газеты «Вечерний вестник», продюсер радиокомпании "
        "«Радио Север» и представитель НКО «Помощь детям». Российский «стоп-лист» будет расширен."
    )
    bodies = {m.text for m in build_news(text, "ru").mentions if m.kind == "organization"}
    assert {"Радио Север", "Помощь детям"} <= bodies
    assert any(b.startswith("Вечерний вестник") for b in bodies)
    assert not [b for b in bodies if "стоп" in b]
