"""Collective addressees ("all stakeholders", "civil society", "the private sector", "academia", "international
organizations") are actors, not organisations: no one body answers for them. Before, the gazetteer typed them
``organization``, so every resolution that asked them counted five organisations it never names."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

from kg import resolve
from kg.model import Kind

_ASKING_COLLECTIVES = {
    "en": "1. Encourages all stakeholders, civil society, the private sector, academia and international "
          "organizations to support the Day;",
    "fr": "1. Encourage toutes les parties prenantes, la société civile, le secteur privé, les milieux universitaires "
          "et les organisations internationales à soutenir la Journée ;",
    "es": "1. Alienta a todos los interesados, la sociedad civil, el sector privado, el mundo académico y las "
          "organizaciones internacionales a que apoyen el Día;",
}  # fmt: skip
_COLLECTIVES = {"stakeholders", "civil-society", "private-sector", "academia", "international-organizations"}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_collectives_asked_are_actors_not_organizations(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], _ASKING_COLLECTIVES[language])
    (commitment,) = [c for c in extraction.commitments if c.paragraph and c.paragraph.number == "1"]
    kinds = {entity.key: entity.kind for entity in (resolve.resolve(a, language) for a in commitment.addressees)}
    asked = {key: kind for key, kind in kinds.items() if key in _COLLECTIVES}
    assert {"stakeholders", "civil-society"} <= set(asked)
    assert set(asked.values()) == {Kind.ACTOR}


def test_the_gazetteer_types_every_collective_as_an_actor() -> None:
    for key in sorted(_COLLECTIVES):
        known = resolve.lookup(key)
        assert known is not None, key
        assert known.kind == Kind.ACTOR, key


_ASKING_TREATY_AND_REGIONAL = {
    "en": "1. Invites regional organizations to conclude agreements with the Court;\n\n"
          "2. Urges all States Parties to the Statute to cooperate with the Court;\n\n"
          "3. Invites non-governmental organizations to register with the Secretariat;",
    "fr": "1. Invite les organisations régionales à conclure des accords avec la Cour ;\n\n"
          "2. Exhorte tous les États parties au Statut à coopérer avec la Cour ;\n\n"
          "3. Invite les organisations non gouvernementales à s’inscrire auprès du Secrétariat ;",
    "es": "1. Invita a las organizaciones regionales a concertar acuerdos con la Corte;\n\n"
          "2. Insta a todos los Estados partes en el Estatuto a cooperar con la Corte;\n\n"
          "3. Invita a las organizaciones no gubernamentales a inscribirse en la Secretaría;",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_regional_organizations_ngos_and_states_parties_are_asked(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], _ASKING_TREATY_AND_REGIONAL[language])
    asked: dict[str, set[str | None]] = {}
    for commitment in extraction.commitments:
        if commitment.paragraph and commitment.paragraph.section == "operative":
            keys = {resolve.resolve(a, language).key for a in commitment.addressees}
            asked.setdefault(commitment.paragraph.number or "", set()).update(keys)
    assert "regional-organizations" in asked["1"]
    assert "states-parties" in asked["2"]
    assert "non-governmental-organizations" in asked["3"]
    kinds = {resolve.resolve(a, language).kind for c in extraction.commitments for a in c.addressees}
    assert Kind.ORGANIZATION not in kinds  # collectives, not organisations


# A collective named in common words, which no gazetteer knows, asked by a verb that may also take a thing:
# the whole phrase is asked where a plural noun for a collective opens or closes it; a phrase about something
# ("the strengthening of institutions") asks no one. A line may break before the infinitive.
_COMMON_WORD_COLLECTIVES = {
    "en": ("1. Invites relevant human rights mechanisms and procedures, as appropriate, \nto address the matter;",
           "2. Encourages the strengthening of institutions to address the matter;",
           "relevant human rights mechanisms and procedures"),
    "fr": ("1. Invite les organes conventionnels pertinents à examiner la question ;",
           "2. Encourage le renforcement des institutions pour examiner la question ;",
           "organes conventionnels pertinents"),
    "es": ("1. Invita a los organismos competentes a que examinen la cuestión;",
           "2. Alienta el fortalecimiento de las instituciones para examinar la cuestión;",
           "organismos competentes"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_collective_in_common_words_is_asked_and_a_topic_is_not(language: str) -> None:
    invitation, topic, asked = _COMMON_WORD_COLLECTIVES[language]
    extraction = resolution(language, PREAMBLES[language], invitation, topic)
    by_paragraph = {c.paragraph.number: c for c in extraction.commitments if c.paragraph and c.paragraph.number}
    assert [a.text for a in by_paragraph["1"].addressees] == [asked]
    assert by_paragraph["2"].addressees == ()
