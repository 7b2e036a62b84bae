"""A resolution whose one act adopts a declaration that follows it ("The General Assembly / Adopts the following
political declaration:"): the act is the General Assembly's, and each paragraph of the declaration is a
commitment of its speakers ("We, Heads of State and Government ..."), its action the verb that opens each
sentence ("We recognize", "Nous réaffirmons", "Reconocemos"), with that action's force."""

from __future__ import annotations

import pytest

from kg.builders.un import BUILDER
from kg.model import Commitment, Document, Extraction

_TEXTS = {
    "en": (
        "The General Assembly",
        "Adopts the following political declaration:",
        "Political declaration of the Summit on Peace",
        "We, Heads of State and Government, are gathered in New York on 2 October 2030.",
        "We recognize that peace eludes us. We commit to redouble our efforts.",
        "We also welcome the work of regional organizations.",
        "We encourage all States to settle their disputes peacefully.",
    ),
    "fr": (
        "L’Assemblée générale",
        "Adopte la déclaration politique suivante :",
        "Déclaration politique du Sommet pour la paix",
        "Nous, chefs d’État et de gouvernement, réunis à New York le 2 octobre 2030.",
        "Nous reconnaissons que la paix nous échappe. Nous nous engageons à redoubler d’efforts.",
        "Nous saluons également le travail des organisations régionales.",
        "Nous encourageons tous les États à régler leurs différends pacifiquement.",
    ),
    "es": (
        "La Asamblea General",
        "Aprueba la siguiente declaración política:",
        "Declaración política de la Cumbre por la Paz",
        "Nosotros, los Jefes de Estado y de Gobierno, reunidos en Nueva York el 2 de octubre de 2030.",
        "Reconocemos que la paz nos elude. Nos comprometemos a redoblar nuestros esfuerzos.",
        "Acogemos con beneplácito también la labor de las organizaciones regionales.",
        "Alentamos a todos los Estados a resolver sus controversias pacíficamente.",
    ),
}


def _build(language: str):  # type: ignore[no-untyped-def]
    issuer, adopts, heading, *paragraphs = _TEXTS[language]
    numbered = "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, start=1))
    text = (
        f"United Nations\nA/RES/85/1\n\nGeneral Assembly\nDistr.: General\n\n\n"
        f"{issuer}\n\n{adopts}\n\n\n{heading}\n\n{numbered}\n"
    )
    return BUILDER.build(Document(source=f"declaration-{language}.txt", text=text, language=language))


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_assembly_adopts_and_the_speakers_commit(language: str) -> None:
    extraction = _build(language)
    adopting = [c for c in extraction.commitments if c.paragraph and c.paragraph.number is None]
    assert [(c.force, c.issuer.key if c.issuer else None) for c in adopting] == [("decision", "GA")]
    actions: dict[str, Commitment] = {}  # the first commitment of each paragraph
    for commitment in extraction.commitments:
        if commitment.paragraph and commitment.paragraph.number:
            actions.setdefault(commitment.paragraph.number, commitment)
    assert actions["2"].action == "recognizes" and actions["2"].force == "declaratory"
    assert actions["3"].action == "welcomes"
    assert actions["4"].action == "encourages" and actions["4"].force == "exhortatory"
    speakers = {c.issuer.text for c in extraction.commitments if c.paragraph and c.paragraph.number and c.issuer}
    assert len(speakers) == 1
    assert {"en": "Heads of State", "fr": "chefs d’État", "es": "Jefes de Estado"}[language] in speakers.pop()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_declaration_is_the_operative_part_of_a_resolution_with_no_numbered_act(language: str) -> None:
    sections = {(p.section, p.number) for p in _build(language).paragraphs}
    assert {("declaration", str(n)) for n in range(1, 5)} <= sections
    assert not any(section == "annex" for section, _ in sections)


def test_a_compact_adopted_beside_numbered_paragraphs_stays_an_annex() -> None:
    issuer, _, heading, *paragraphs = _TEXTS["en"]
    numbered = "\n\n".join(f"{n}. {p}" for n, p in enumerate(paragraphs, start=1))
    text = (
        "United Nations\nA/RES/85/2\n\nGeneral Assembly\nDistr.: General\n\n\n"
        f"{issuer},\n\n1. Decides to adopt the compact annexed to the present resolution;\n\n"
        "2. Requests the Secretary-General to report on its implementation.\n\n\nAnnex\n\n"
        f"{heading}\n\n{numbered}\n"
    )
    extraction = BUILDER.build(Document(source="compact-en.txt", text=text, language="en"))
    sections = {p.section for p in extraction.paragraphs if p.number}
    assert "operative" in sections and "declaration" not in sections


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_verb_inside_a_sentence_is_no_commitment(language: str) -> None:
    extraction = _build(language)
    second = [c.action for c in extraction.commitments if c.paragraph and c.paragraph.number == "2"]
    assert second == ["recognizes", "commits"]


def test_an_issuer_line_without_a_comma_needs_a_text_it_adopts() -> None:
    text = (
        "United Nations\nA/RES/85/1\n\nGeneral Assembly\nDistr.: General\n\nThe General Assembly\n\nNotes the report.\n"
    )
    extraction = BUILDER.build(Document(source="x.txt", text=text, language="en"))
    assert not extraction.commitments


_ITEMS = {
    "en": (
        "We, Heads of State and Government, are gathered in New York on 2 October 2030.",
        "Our common humanity demands more of us. We therefore:\n\n(a) Recognize the period from 2031 to 2040 as "
        "the Decade of Peace and call upon all Member States to redouble their efforts; 3\n\n(b) Welcome the "
        "Advisory Board and encourage the Secretary-General to support it;",
    ),
    "fr": (
        "Nous, chefs d’État et de gouvernement, réunis à New York le 2 octobre 2030.",
        "Notre humanité commune exige davantage de nous. Nous : \n\na) Reconnaissons la période 2031-2040 comme "
        "la Décennie de la paix et engageons tous les États Membres à redoubler d’efforts ; 3\n\nb) Saluons le "
        "Conseil consultatif et encourageons le Secrétaire général à le soutenir ;",
    ),
}


def _declared(language: str, first: str, second: str) -> Extraction:
    """What the builder reads in a declaration of two paragraphs that a resolution adopts."""
    issuer, adopts, heading, *_ = _TEXTS[language]
    text = (
        f"United Nations\nA/RES/85/1\n\nGeneral Assembly\nDistr.: General\n\n\n"
        f"{issuer}\n\n{adopts}\n\n\n{heading}\n\n1. {first}\n\n2. {second}\n"
    )
    return BUILDER.build(Document(source=f"declaration-{language}.txt", text=text, language=language))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_items_of_we_therefore_are_the_speakers_commitments(language: str) -> None:
    extraction = _declared(language, *_ITEMS[language])
    items = [(c.paragraph.number, c.action) for c in extraction.commitments if c.paragraph and c.paragraph.number]
    # the footnote marker after item (a)'s last mark does not make it a heading
    assert ("2(a)", "recognizes") in items and ("2(b)", "welcomes") in items
    asked = {
        (c.paragraph.number, a.name or a.text)
        for c in extraction.commitments
        if c.paragraph and c.paragraph.number
        for a in c.addressees
    }
    assert ("2(a)", "Member States") in asked
    assert ("2(b)", "Secretary-General") in asked


def test_a_term_that_holds_the_word_ending_addressees_is_asked_whole() -> None:
    text = (
        "United Nations\nA/RES/85/5\n\nThe General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Urges parties to armed conflict to take immediate measures to protect civilians;\n"
    )
    extraction = BUILDER.build(Document(source="parties.txt", text=text, language="en"))
    (urges,) = extraction.commitments[1:]
    assert [a.name for a in urges.addressees] == ["parties to armed conflict"]


_RESOLUTIONS = {
    "en": "We resolve to move beyond words in the promotion of peaceful societies.",
    "fr": "Nous sommes résolus à aller au-delà des mots pour promouvoir des sociétés pacifiques.",
    "es": "Resolvemos ir más allá de las palabras en la promoción de sociedades pacíficas.",
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_what_the_speakers_resolve_to_do_is_a_pledge(language: str) -> None:
    """ "We resolve to move beyond words": the speakers bind only themselves, so the paragraph declares, as "We
    commit" does; it was read as a decision, the force of a body's "Resolves"."""
    issuer, adopts, heading, gathered, *_ = _TEXTS[language]
    text = (
        f"United Nations\nA/RES/85/1\n\nGeneral Assembly\nDistr.: General\n\n\n{issuer}\n\n{adopts}\n\n\n"
        f"{heading}\n\n1. {gathered}\n\n2. {_RESOLUTIONS[language]}\n"
    )
    extraction = BUILDER.build(Document(source=f"declaration-{language}.txt", text=text, language=language))
    resolved = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "2"]
    assert [(c.action, c.force) for c in resolved] == [("resolves", "declaratory")]


_AFTER_CONNECTIVES = {
    "en": "In this regard, we note that regional organizations have many tools. We commit to ensuring that lines "
          "of communication are maintained.",
    "fr": "À cet égard, nous notons que les organisations régionales disposent de nombreux outils. Nous nous "
          "engageons à maintenir le dialogue.",
    "es": "A este respecto, observamos que las organizaciones regionales disponen de muchos instrumentos. Nos "
          "comprometemos a mantener el diálogo.",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_sentence_may_open_with_a_connective_before_its_verb(language: str) -> None:
    """ "In this regard, we note that ...": the speakers' verb still opens the sentence; the paragraph was read
    only as the pledge of its second sentence."""
    issuer, adopts, heading, gathered, *_ = _TEXTS[language]
    text = (
        f"United Nations\nA/RES/85/1\n\nGeneral Assembly\nDistr.: General\n\n\n{issuer}\n\n{adopts}\n\n\n"
        f"{heading}\n\n1. {gathered}\n\n2. {_AFTER_CONNECTIVES[language]}\n"
    )
    extraction = BUILDER.build(Document(source=f"declaration-{language}.txt", text=text, language=language))
    found = [c.action for c in extraction.commitments if c.paragraph and c.paragraph.number == "2"]
    assert found == ["notes", "commits"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_period_an_item_recognizes_is_its_deadline(language: str) -> None:
    """ "(a) Recognize the period from 2031 to 2040 as the Decade of Peace": due from 2031; the item had none."""
    extraction = _declared(language, *_ITEMS[language])
    due = {c.action: c.deadline.year for c in extraction.commitments if c.deadline and c.paragraph}
    assert due == {"recognizes": 2031}


_FURTHER_VERBS = {
    "en": "We recognize the role of many actors in armed conflict, and urge all parties to comply with the law. We "
          "call upon our youth, artists and poets to breathe new life into the Charter.",
    "fr": "Nous reconnaissons le rôle de nombreux acteurs dans les conflits armés et exhortons toutes les parties à "
          "respecter le droit. Nous demandons à notre jeunesse, aux artistes et aux poètes de donner un souffle "
          "nouveau à la Charte.",
    "es": "Reconocemos la función de muchos actores en los conflictos armados e instamos a todas las partes a que "
          "cumplan el derecho. Exhortamos a nuestra juventud, a los artistas y a los poetas a que den nueva vida a "
          "la Carta.",
}  # fmt: skip
_FURTHER_ASKED = {
    "en": ["our youth", "artists", "poets"],
    "fr": ["notre jeunesse", "artistes", "poètes"],
    "es": ["nuestra juventud", "artistas", "poetas"],
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_speakers_further_verbs_in_a_sentence_are_commitments(language: str) -> None:
    """ "We recognize ..., and urge all parties to comply": the speakers urge too (only "recognizes" was read),
    and those they call upon, whom no gazetteer knows, are asked (no one was)."""
    extraction = _declared(language, _TEXTS[language][3], _FURTHER_VERBS[language])
    found = [
        (c.action, [a.name or a.text for a in c.addressees])
        for c in extraction.commitments
        if c.paragraph and c.paragraph.number == "2"
    ]
    assert found == [
        ("recognizes", []),
        ("urges", ["all parties"]),
        ("calls-upon", _FURTHER_ASKED[language]),
    ]


_OPENINGS = {
    "en": ("We, the Heads of State and Government, are meeting in New York to reflect on peace.",
           "We seek the conversion of hearts and minds."),
    "fr": ("Nous, chefs d’État et de gouvernement, nous réunissons à New York pour réfléchir à la paix.",
           "Nous cherchons la conversion des cœurs et des esprits."),
    "es": ("Nosotros, los Jefes de Estado y de Gobierno, nos reunimos en Nueva York para reflexionar sobre la paz.",
           "Buscamos la conversión de los corazones y las mentes."),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_speakers_meet_and_seek(language: str) -> None:
    """ "We, the Heads of State and Government, are meeting ...": the verb after the speakers named between commas
    opens the sentence (the paragraph had no commitment, so it was missing); "We seek ..." states what they
    strive for. Both declare."""
    extraction = _declared(language, *_OPENINGS[language])
    found = [
        (c.paragraph.number, c.action, c.force) for c in extraction.commitments if c.paragraph and c.paragraph.number
    ]
    assert found == [("1", "meets", "declaratory"), ("2", "seeks", "declaratory")]


_AFTER_LEADING_CLAUSES = {
    "en": ("As we close the Summit today, we collectively hold ourselves accountable to the values of the present "
           "declaration.", ["commits"]),
    "fr": ("Alors que nous clôturons le Sommet, nous réaffirmons les valeurs de la présente déclaration.",
           ["reaffirms"]),
    "es": ("Al clausurar la Cumbre, reafirmamos los valores de la presente declaración.", ["reaffirms"]),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_sentence_may_open_with_a_leading_clause_before_its_verb(language: str) -> None:
    """ "As we close the Summit today, we collectively hold ourselves accountable ...": the speakers' verb opens the
    sentence after a leading clause that ends with a comma; the paragraph had no commitment of its own."""
    sentence, actions = _AFTER_LEADING_CLAUSES[language]
    extraction = _declared(language, _TEXTS[language][3], sentence)
    assert [c.action for c in extraction.commitments if c.paragraph and c.paragraph.number == "2"] == actions
