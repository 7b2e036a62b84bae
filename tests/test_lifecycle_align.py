"""Versions and stages of an instrument aligned paragraph by paragraph, and their discrepancies."""

from __future__ import annotations

from pathlib import Path

from helpers import rows
from lifecycle_texts import REPORTS, link_store, resolution

from kg.lifecycle.align import SIGNATURE, align, differences
from kg.lifecycle.reading import Commitment, Paragraph, Version

RANKS = {"declaratory": 1, "exhortatory": 2, "directive": 3, "decision": 4}
KNOWN_STATES = ("https://w3id.org/policy-kg/id/group-of-states/states", "States")
UNKNOWN_BODY = ("https://w3id.org/policy-kg/id/actor/fonds-et-programmes", "fonds et programmes")


def discrepancies(store) -> list[tuple[str, str, str, str]]:
    return [(r["symbol"], r["paragraph"], r["difference"], r["detail"]) for r in rows(store, "discrepancies")]


def test_the_arabic_draft_decides_where_the_adopted_english_text_acknowledges(corpus_store) -> None:
    """Before, the report's draft was no work of its own and nothing compared it with resolution 72/200."""
    # Both versions name 2025 ("حتى عام ٢٠٢٥", "through 2025"): the force changed, the date did not.
    assert discrepancies(corpus_store) == [("A/RES/72/200", "16", "weakened", "decides → acknowledges")]
    (row,) = [r for r in rows(corpus_store, "discrepancies") if r["difference"] == "weakened"]
    assert (row["sourceAction"], row["sourceForce"], row["targetAction"], row["targetForce"]) == (
        "decides", "decision", "acknowledges", "declaratory",
    )  # fmt: skip


def test_a_composed_draft_and_its_resolution_differ_only_where_the_verb_changed(tmp_path: Path) -> None:
    store = link_store(tmp_path, {"report-es.txt": REPORTS["es"], "res-en.txt": resolution("en")})
    assert discrepancies(store) == [("A/RES/80/150", "1", "weakened", "decides → takes-note")]


def _paragraph(key: str, number: str | None, action: str, force: str, quote: str = "", **facts) -> Paragraph:
    commitment = Commitment(
        0, action, force, RANKS[force], frozenset(facts.get("addressees", ())), frozenset(facts.get("deadlines", ()))
    )
    section = "operative" if number else "preamble"
    return Paragraph(f"urn:p:{key}", section, number, 0, quote or "a paragraph", [commitment])


def _version(language: str, *paragraphs: Paragraph) -> Version:
    return Version(f"urn:v:{language}:{paragraphs[0].iri}", "urn:w", language, list(paragraphs))


def test_numbered_paragraphs_align_by_number_and_a_missing_one_is_dropped() -> None:
    source = _version(
        "fr", _paragraph("f1", "1", "urges", "exhortatory"), _paragraph("f2", "2", "requests", "directive")
    )
    target = _version("es", _paragraph("s1", "1", "urges", "exhortatory"))
    pairs = align(source, target)
    assert [(p.source and p.source.number, p.target and p.target.number, p.rule) for p in pairs] == [
        ("1", "1", "paragraph-number"), ("2", None, "paragraph-number"),
    ]  # fmt: skip
    assert [d.kind for d in differences(pairs[1], same_language=False)] == ["dropped"]
    assert differences(pairs[0], same_language=False) == []


def test_across_languages_a_paragraph_one_reading_split_is_no_missing_paragraph() -> None:
    """Unnumbered preambles of two languages differ in count when a reading splits a paragraph."""
    source = _version("ar", _paragraph("a1", None, "recalls", "declaratory", "٢٠١٥"),
                      _paragraph("a2", None, "welcomes", "declaratory"))  # fmt: skip
    target = _version("en", _paragraph("e1", None, "recalls", "declaratory", "2015"),
                      _paragraph("e2", None, "recalls", "declaratory", "recalling also"),
                      _paragraph("e3", None, "welcomes", "declaratory"))  # fmt: skip
    pairs = align(source, target)
    assert [(p.source and p.source.iri, p.target and p.target.iri) for p in pairs] == [
        ("urn:p:a1", "urn:p:e1"), (None, "urn:p:e2"), ("urn:p:a2", "urn:p:e3"),
    ]  # fmt: skip
    assert all(p.rule == SIGNATURE for p in pairs)
    assert [d for p in pairs for d in differences(p, same_language=False)] == []


def test_renumbered_paragraphs_of_one_language_align_by_their_words() -> None:
    source = _version("en", _paragraph("o1", "1", "notes", "declaratory", "Notes the report of the Committee"),
                      _paragraph("o2", "2", "requests", "directive", "Requests the Committee to review the scale"))  # fmt: skip
    target = _version("en", _paragraph("n1", "1", "notes", "declaratory", "Notes the report of the Committee"),
                      _paragraph("n2", "2", "takes-note", "declaratory", "Takes note of the plans of payment"),
                      _paragraph("n3", "3", "urges", "exhortatory", "Urges the Committee to review the scale"))  # fmt: skip
    pairs = align(source, target, by_content=True)
    assert [(p.source and p.source.iri, p.target and p.target.iri) for p in pairs] == [
        ("urn:p:o1", "urn:p:n1"), (None, "urn:p:n2"), ("urn:p:o2", "urn:p:n3"),
    ]  # fmt: skip
    assert [(d.kind, d.detail) for d in differences(pairs[2])] == [("weakened", "requests → urges")]
    assert [d.kind for d in differences(pairs[1])] == ["added"]


def test_a_verb_of_the_same_force_differs_within_a_language_only() -> None:
    """ "تؤكد" is both "affirms" and "stresses": across languages one force is one verb."""
    left, right = _paragraph("l", "5", "affirms", "declaratory"), _paragraph("r", "5", "stresses", "declaratory")
    (pair,) = align(_version("ar", left), _version("en", right))
    assert differences(pair, same_language=False) == []
    (pair,) = align(_version("en", left), _version("en", right))
    assert [(d.kind, d.detail) for d in differences(pair)] == [("action", "affirms → stresses")]


def test_an_addressee_or_deadline_named_in_one_version_only_is_a_discrepancy() -> None:
    left = _paragraph(
        "l", "3", "urges", "exhortatory", addressees=[KNOWN_STATES, UNKNOWN_BODY], deadlines=[("2030", "2030")]
    )
    right = _paragraph("r", "3", "urges", "exhortatory", addressees=[KNOWN_STATES])
    (pair,) = align(_version("fr", left), _version("fr", right))
    assert [(d.kind, d.detail) for d in differences(pair)] == [
        ("addressee", "fonds et programmes only in the source"), ("deadline", "2030 only in the source"),
    ]  # fmt: skip
    # A name the gazetteers do not know cannot meet its translation: across languages it is not compared.
    (pair,) = align(_version("fr", left), _version("en", right))
    assert [(d.kind, d.detail) for d in differences(pair, same_language=False)] == [
        ("deadline", "2030 only in the source")
    ]


def test_a_year_in_what_only_declares_is_no_deadline_discrepancy() -> None:
    left = _paragraph("l", None, "reaffirms", "declaratory", deadlines=[("2030", "2030")])
    right = _paragraph("r", None, "reaffirms", "declaratory")
    (pair,) = align(_version("en", left), _version("en", right))
    assert differences(pair) == []


def test_a_year_the_other_version_states_in_its_words_is_no_deadline_discrepancy() -> None:
    """The reading took "until ٢٠٢٥" for a deadline and "through 2025" for none: the year is in both texts."""
    left = _paragraph(
        "l", "16", "decides", "decision", "١٦ - تقرّر تمديد الولاية حتى عام ٢٠٢٥", deadlines=[("2025", "2025")]
    )
    right = _paragraph("r", "16", "acknowledges", "declaratory", "16. Acknowledges the extension through 2025")
    (pair,) = align(_version("ar", left), _version("en", right))
    assert [(d.kind, d.detail) for d in differences(pair, same_language=False)] == [
        ("weakened", "decides → acknowledges")
    ]
    later = _paragraph("r", "16", "acknowledges", "declaratory", "16. Acknowledges the extension through 2030")
    (pair,) = align(_version("ar", left), _version("en", later))
    assert ("deadline", "2025 only in the source") in [
        (d.kind, d.detail) for d in differences(pair, same_language=False)
    ]


def test_a_discrepancy_names_the_verb_that_opens_each_paragraph_whatever_else_it_holds() -> None:
    """Each side's action is that of its commitment of the smallest start, one per side, however many follow."""
    from pyoxigraph import RdfFormat, Store

    store = Store()
    store.load(
        """@prefix pk: <https://w3id.org/policy-kg/ontology#> .
@prefix ex: <https://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:difference a pk:Difference ; pk:ofAlignment ex:alignment ; pk:differenceKind "weakened" ; pk:detail "x" .
ex:alignment pk:alignmentKind "stage" ; pk:sourceParagraph ex:draft-1 ; pk:targetParagraph ex:adopted-1 .
ex:draft-1 pk:inDocument ex:draft ; pk:quote "Decides to convene ..." ; pk:paragraphNumber "1" .
ex:adopted-1 pk:inDocument ex:adopted ; pk:quote "Takes note ... and requests ..." ; pk:paragraphNumber "1" .
ex:adopted pk:realizes ex:resolution . ex:resolution pk:symbol "A/RES/80/150" .
ex:requests pk:inParagraph ex:adopted-1 ; pk:start 48 ;
    pk:action <https://w3id.org/policy-kg/ontology/action/requests> ;
    pk:force <https://w3id.org/policy-kg/ontology/force/directive> .
ex:takes-note pk:inParagraph ex:adopted-1 ; pk:start 12 ;
    pk:action <https://w3id.org/policy-kg/ontology/action/takes-note> ;
    pk:force <https://w3id.org/policy-kg/ontology/force/declaratory> .
ex:decides pk:inParagraph ex:draft-1 ; pk:start 7 ;
    pk:action <https://w3id.org/policy-kg/ontology/action/decides> ;
    pk:force <https://w3id.org/policy-kg/ontology/force/decision> .
ex:convene pk:inParagraph ex:draft-1 ; pk:start 30 ;
    pk:action <https://w3id.org/policy-kg/ontology/action/requests> ;
    pk:force <https://w3id.org/policy-kg/ontology/force/directive> .
""",
        format=RdfFormat.TURTLE,
    )
    (row,) = rows(store, "discrepancies")
    assert (row["symbol"], row["paragraph"], row["difference"]) == ("A/RES/80/150", "1", "weakened")
    assert (row["sourceAction"], row["sourceForce"], row["targetAction"], row["targetForce"]) == (
        "decides", "decision", "takes-note", "declaratory",
    )  # fmt: skip
