"""Those asked as the words up to the infinitive name them, where no gazetteer knows them.

- A relative clause narrows a collective: "Calls upon States that have not done so to ratify" asks the States
  that have not done so, not all States (before, the addressee was "States"); a "that" after which a comma comes
  before the infinitive opens what the verb says ("Reminds all States that all persons, ..."), unless the
  clause is set off by commas on both sides, as Russian writes it ("государства, которые ..., ратифицировать").
- A list goes on past the known names: "Invites Member States, financial institutions and other organizations
  to" asks all three (before, only the Member States), also where the conjunction is written on the next word
  ("والمؤسسات المالية").
- A verb that only asks ("calls upon") asks whoever stands before the infinitive: "our youth, artists and poets";
  another asks the names there ("invites the institutions, as well as the Global Alliance of ... to").
- A post and the body it is of, unknown to the gazetteer: "the Chair of the Committee on the Rights of Fishers"
  (before, "Chair" alone); a known body stays asked on its own."""

from __future__ import annotations

import pytest
from helpers import resolved_key
from un_excerpts import PREAMBLES, resolution


def _asked(language: str, operative: str) -> list[str]:
    preamble = [PREAMBLES[language]] if language in PREAMBLES else []  # none composed in Arabic
    extraction = resolution(language, *preamble, f"1. {operative}")
    (commitment,) = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "1"]
    return [a.name or a.text for a in commitment.addressees]


_NARROWED = [
    # a relative clause narrows a collective
    ("en", "Calls upon States that have not done so to ratify the Convention;", ["States that have not done so"]),
    ("fr", "Demande aux États qui ne l’ont pas encore fait de ratifier la Convention ;",
     ["États qui ne l’ont pas encore fait"]),
    ("es", "Exhorta a los Estados que aún no lo hayan hecho a que ratifiquen la Convención;",
     ["Estados que aún no lo hayan hecho"]),
    ("en", "Calls upon Member States that have not yet done so to ratify the Convention;",
     ["Member States that have not yet done so"]),
    # where a language writes what narrows them first ("的")
    ("zh", "吁请尚未批准《公约》的会员国考虑批准；", ["尚未批准《公约》的会员国"]),
    # where a language sets the clause off by commas, both are there
    ("ru", "призывает государства, которые еще не сделали этого, ратифицировать Конвенцию;",
     ["государства, которые еще не сделали этого"]),
    ("ar", "تهيب بالدول التي لم تنضم بعد أن تنضم إلى الاتفاقية؛", ["الدول التي لم تنضم بعد"]),
    # a verb that only asks asks whoever stands before the infinitive
    ("en", "Calls upon young people, artists and athletes to promote the values of the Charter;",
     ["young people", "artists", "athletes"]),
    ("fr", "Demande aux jeunes, aux artistes et aux sportifs de promouvoir les valeurs de la Charte ;",
     ["jeunes", "artistes", "sportifs"]),
    ("es", "Exhorta a los jóvenes, los artistas y los deportistas a que promuevan los valores de la Carta;",
     ["jóvenes", "artistas", "deportistas"]),
    # a name no gazetteer knows among those asked, where the others are no names
    ("en", "Invites the institutions, as well as the Global Alliance of Fishing Cooperatives and regional networks, "
           "to submit inputs;", ["Global Alliance of Fishing Cooperatives"]),
    ("es", "Invita a las instituciones, así como a la Alianza Mundial de Cooperativas Pesqueras, a que presenten "
           "aportaciones;", ["Alianza Mundial de Cooperativas Pesqueras"]),
    # a post of a body no gazetteer knows
    ("en", "Invites the Chair of the Committee on the Rights of Fishers to present an oral report;",
     ["Chair of the Committee on the Rights of Fishers"]),
    ("es", "Invita al Presidente del Comité de Derechos de los Pescadores a que presente un informe oral;",
     ["Presidente del Comité de Derechos de los Pescadores"]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "operative", "asked"), _NARROWED)
def test_those_asked_are_named_by_the_words_before_the_infinitive(
    language: str, operative: str, asked: list[str]
) -> None:
    assert _asked(language, operative) == asked


def test_a_that_clause_of_what_is_said_narrows_no_one() -> None:
    assert _asked("en", "Reminds all States that all persons, including migrants, are equal before the law;") == [
        "States"
    ]


_LISTED = {
    "en": "Invites Member States, financial institutions and other organizations to make voluntary contributions;",
    "fr": "Invite les États Membres, les institutions financières et les autres organisations à verser des "
          "contributions volontaires ;",
    "es": "Invita a los Estados Miembros, las instituciones financieras y otras organizaciones a que hagan "
          "contribuciones voluntarias;",
    "ru": "предлагает государствам-членам, финансовым учреждениям и другим организациям вносить добровольные "
          "взносы;",
    "ar": "تدعو الدول الأعضاء والمؤسسات المالية والمنظمات الأخرى إلى تقديم تبرعات؛",
}  # fmt: skip
_LISTED_UNKNOWN = {
    "en": ["financial institutions", "other organizations"],
    "fr": ["institutions financières", "autres organisations"],
    "es": ["instituciones financieras", "otras organizaciones"],
    "ru": ["финансовым учреждениям", "другим организациям"],
    "ar": ["المؤسسات المالية", "المنظمات الأخرى"],
}


@pytest.mark.parametrize("language", sorted(_LISTED))
def test_unknown_collectives_listed_with_known_ones_are_asked(language: str) -> None:
    assert _asked(language, _LISTED[language]) == ["Member States", *_LISTED_UNKNOWN[language]]


def test_what_a_verb_encourages_is_not_asked() -> None:
    assert _asked("en", "Encourages continued efforts to strengthen cooperation;") == []
    assert _asked("en", "Invites voluntary contributions to support the Fund;") == []


def test_a_post_of_a_known_body_leaves_the_body_asked() -> None:
    asked = _asked("en", "Invites the Chair of the Human Rights Council to present an oral report;")
    assert "Human Rights Council" in asked and "Chair" in asked


_INSIDE_A_RELATIVE = {
    "en": ("Invites non-governmental organizations that are in consultative status with the Economic and Social "
           "Council, as well as all stakeholders, to register with the Secretariat;",
           ["non-governmental organizations", "all stakeholders"]),
    "fr": ("Invite les organisations non gouvernementales qui sont dotées du statut consultatif auprès du Conseil "
           "économique et social, ainsi que toutes les parties prenantes, à s’inscrire auprès du Secrétariat ;",
           ["non-governmental organizations", "toutes les parties prenantes"]),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(_INSIDE_A_RELATIVE))
def test_a_body_named_inside_a_relative_clause_is_not_asked(language: str) -> None:
    """The Economic and Social Council only qualifies the organizations invited; it was read as invited. The
    organizations themselves are asked (a collective the gazetteer knows), and the stakeholders listed after."""
    operative, asked = _INSIDE_A_RELATIVE[language]
    assert _asked(language, operative) == asked


def test_a_that_right_after_the_verb_opens_what_it_says() -> None:
    assert _asked("en", "Recommends that Member States consider ratifying the Convention;") == ["Member States"]


def test_those_narrowed_are_a_group_of_their_own() -> None:
    """ "Member States that have not yet done so" are not all "Member States": they resolve to an entity of their own
    (they kept the gazetteer's key of all of them)."""
    operative = "1. Calls upon Member States that have not yet done so to ratify the Convention;"
    extraction = resolution("en", PREAMBLES["en"], operative)
    (commitment,) = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "1"]
    (narrowed,) = commitment.addressees
    whole = resolution("en", PREAMBLES["en"], "1. Calls upon Member States to ratify the Convention;")
    (asked,) = [a for c in whole.commitments if c.paragraph and c.paragraph.number == "1" for a in c.addressees]
    assert resolved_key(narrowed, "en") != resolved_key(asked, "en")
