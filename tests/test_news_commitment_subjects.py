"""Who commits where the subject does not stand right before the verb.

Each excerpt is composed for the test. Before, a pledge after a relative pronoun ("el cual pretende"), a
call that names no one it asks ("y pidieron comenzar") and a sentence's later clause had no subject, and a
Markdown heading that restates the body was a commitment of its own.
"""

from __future__ import annotations

import pytest
from helpers import build_news

_RELATIVE = {
    "es": (
        "MÉXICO, 17 de abril de 2013 - El caso puso en alerta al Instituto Nacional de Migración (INM), organismo "
        "dependiente de la Secretaría de Gobernación, el cual pretende hacer una depuración de personal.",
        "Instituto Nacional de Migración",
    ),
    "en": (
        "WASHINGTON, 17 April 2013 - The case alarmed the Department of Migrant Workers, an agency of the "
        "Ministry of Labour, which intends to review its staff.",
        "Department of Migrant Workers",
    ),
}


@pytest.mark.parametrize("language", sorted(_RELATIVE))
def test_a_relative_pronoun_stands_for_the_body_before_its_apposition(language: str) -> None:
    text, body = _RELATIVE[language]
    intends = [c for c in build_news(text, language).commitments if c.action == "intends"]
    assert len(intends) == 1
    assert intends[0].issuer is not None and intends[0].issuer.text == body


_CALLS = {
    "es": (
        "NUEVA YORK, 2 de abril de 2013 - La Coalición de Control de Armas, que representa a cien organizaciones, "
        "celebró el voto en la ONU y pidió comenzar cuanto antes la ratificación del tratado.",
        "Coalición de Control de Armas",
    ),
    "zh": ("新华社12月16日电 因此，欧洲议会呼吁，希望塞尔维亚政府让欧盟官员自由进入工厂。", "欧洲议会"),
}


@pytest.mark.parametrize("language", sorted(_CALLS))
def test_a_call_that_names_no_one_asked_calls_for_what_follows(language: str) -> None:
    text, caller = _CALLS[language]
    commitments = build_news(text, language).commitments
    calls = [c for c in commitments if c.action == "calls-for"]
    assert len(calls) == 1
    assert calls[0].force == "exhortatory"
    # the body the sentence opens with, not the one before "y" ("en la ONU y pidió"); a later clause is its too
    assert {c.issuer.text for c in commitments if c.issuer is not None} == {caller}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("## 加拿大将2022年移民目标提高到43万人\n\n新华社2月18日电 移民部发布了新的计划。\n", "zh"),
        (
            "## The Government will resettle 100,000 refugees\n\nWASHINGTON, 20 June 2024 - The plan was published.\n",
            "en",
        ),
    ],
)
def test_a_heading_is_no_commitment(text: str, language: str) -> None:
    assert build_news(text, language).commitments == []


_AGREEMENTS = {
    "zh": ("澳大利亚莫里森政府已经与越南签署了一项协议，以解决劳动力短缺问题。", "澳大利亚莫里森政府"),
    "es": (
        "MÉXICO, 2 de abril de 2024 - La Secretaría de Agricultura, tras meses de negociación con Guatemala, firmó un "
        "acuerdo para el empleo temporal.",
        "Secretaría de Agricultura",
    ),
}


@pytest.mark.parametrize("language", sorted(_AGREEMENTS))
def test_an_agreement_is_signed_by_the_body_the_sentence_opens_with_not_its_partner(language: str) -> None:
    """Before, "签署了一项协议" was no pledge, and the state signed with ("与 | 越南") stood for its subject."""
    text, body = _AGREEMENTS[language]
    signed = [c for c in build_news(text, language).commitments if c.action == "commits"]
    assert len(signed) == 1
    assert signed[0].force == "declaratory"
    assert signed[0].issuer is not None and signed[0].issuer.text == body


def test_chinese_a_target_is_the_opening_bodys_but_a_plan_named_as_a_noun_is_none() -> None:
    text = "近日联邦移民部发布了最新计划，未来三年的目标是吸引130多万新移民。"
    commitments = build_news(text, "zh").commitments
    assert [(c.action, c.issuer.text if c.issuer else None) for c in commitments] == [("intends", "联邦移民部")]


_OBLIGATIONS = {
    "fr": (
        'PARIS, 3 mars 2024 - Jean Martin, de la Fédération Terre Paysanne, affirme que "le débat doit se '
        'poursuivre. Aussi, les parlementaires des autres pays doivent rejoindre ce processus".',
        "Fédération Terre Paysanne",
    ),
    "es": (
        'MÉXICO, 2 de abril de 2024 - Ana López, de la Red de Defensoras, afirmó que "el diálogo debe seguir. '
        'Los gobiernos de la región deben proteger a las defensoras".',
        "Red de Defensoras",
    ),
}


@pytest.mark.parametrize("language", sorted(_OBLIGATIONS))
def test_what_a_quoted_speaker_says_a_group_must_do_is_their_call(language: str) -> None:
    """A plural "must" in a quotation is the speaker's call; a singular one ("le débat doit") states no call."""
    text, speaker = _OBLIGATIONS[language]
    calls = [c for c in build_news(text, language).commitments if c.force == "exhortatory"]
    assert len(calls) == 1
    assert calls[0].issuer is not None and calls[0].issuer.text == speaker
    assert calls[0].span.of(text).rstrip('".').endswith(("processus", "defensoras"))


def test_a_group_that_must_act_in_a_report_of_no_one_is_no_call() -> None:
    text = "PARIS, 3 mars 2024 - Les candidats doivent déposer leur dossier avant le 30 juin."
    assert build_news(text, "fr").commitments == []


def test_a_quoted_pledge_is_the_organisation_its_speaker_presides() -> None:
    """ "Karin Nansen, présidente d'Amis de la Terre International, affirme que \"nous nous engageons ...\"": the
    pledge is the organisation's; before, it was no one's."""
    text = (
        'PARIS, 3 mars 2024 - Marie Durand, présidente de la Fédération Terre Paysanne, affirme que "nous nous '
        'engageons à continuer le combat".'
    )
    pledges = [c for c in build_news(text, "fr").commitments if c.action == "commits"]
    assert len(pledges) == 1
    assert pledges[0].issuer is not None and pledges[0].issuer.text == "Fédération Terre Paysanne"


_PRONOUN_SUBJECTS = {
    "fr": (
        "Titre\n\nUn chantier a été ouvert près de Lyon, a indiqué la Fédération des Usagers du Rail (FUR).\n\n"
        "Cette dernière va saisir le tribunal administratif.\n",
        "FUR",
    ),
    "es": (
        "Título\n\nEl Instituto Estatal de Aguas visitó la presa de Valdeolmos.\n\n"
        "Éste va a presentar un plan de obras en mayo.\n",
        "Instituto Estatal de Aguas",
    ),
}


@pytest.mark.parametrize("language", sorted(_PRONOUN_SUBJECTS))
def test_a_pronoun_subject_stands_for_the_body_named_last(language: str) -> None:
    """Before, "Cette dernière va saisir le tribunal" and "Éste va a presentar" had no subject, so no pledge;
    the pledge's span now opens with the pronoun, not with the body named in the sentence before."""
    text, body = _PRONOUN_SUBJECTS[language]
    (pledge,) = build_news(text, language).commitments
    assert pledge.action == "will" and pledge.issuer is not None and pledge.issuer.text == body
    assert text[pledge.span.start :].startswith(("Cette dernière", "Éste"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Titre\n\nUn chantier a été ouvert près de Lyon.\n\nCette dernière va saisir le tribunal.\n"),
        ("es", "Título\n\nSe abrió una obra cerca de Tepic.\n\nÉsta va a presentar un plan de obras.\n"),
    ],
)
def test_a_pronoun_with_no_body_named_before_pledges_nothing(language: str, text: str) -> None:
    """Only a place stands before the pronoun: it is no one who pledges."""
    assert build_news(text, language).commitments == []


_PRONOUN_ASKERS = {
    "fr": (
        "Titre\n\nLa ministre Anne Morel a reçu les syndicats. Elle a appelé les hôpitaux à recruter.\n",
        "Anne Morel",
    ),
    "es": (
        "Título\n\nLa ministra Ana Ruiz Pardo visitó Tepic. Ella pidió a la Secretaría de Marina reforzar la "
        "vigilancia.\n",
        "Ana Ruiz Pardo",
    ),
}


@pytest.mark.parametrize("language", sorted(_PRONOUN_ASKERS))
def test_a_pronoun_that_asks_stands_for_the_person_named_last(language: str) -> None:
    """Before, "Elle a appelé ..." and "Ella pidió a ..." asked with no one asking."""
    text, person = _PRONOUN_ASKERS[language]
    (request,) = build_news(text, language).commitments
    assert request.issuer is not None and request.issuer.text == person
    assert text[request.span.start :].startswith(("Elle", "Ella"))
