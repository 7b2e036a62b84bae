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
