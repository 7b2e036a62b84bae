"""A body adopts an instrument or a decision, and what its resolution asks is the body's.

Each excerpt is composed for the test. Before, "aprobó", "通过决议" and "adopted a resolution" were no
commitment, and "呼吁塞尔维亚当局" after "欧洲议会……通过决议，" was asked by no one: the body stands
before a vote count, far from the verb.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg.model import Commitment

_ADOPTIONS = {
    "zh": ("新华社12月16日电 欧洲议会以586票赞成，53票反对通过决议，呼吁塞尔维亚当局调查强迫劳动现象。", "欧洲议会"),
    "es": (
        "NUEVA YORK, 2 de abril de 2013 - La Asamblea General de la Organización de Naciones Unidas (ONU) aprobó hoy "
        "el primer tratado sobre comercio de armas.",
        "Asamblea General",
    ),
    "en": (
        "BRUSSELS, 16 December 2021 - The European Parliament adopted a resolution by 586 votes to 53, calling on "
        "the Serbian authorities to investigate.",
        "European Parliament",
    ),
}


def _adoption(text: str, language: str) -> Commitment:
    adopted = [c for c in build_news(text, language).commitments if c.action == "adopts"]
    assert len(adopted) == 1, [(c.action, c.span.of(text)) for c in build_news(text, language).commitments]
    return adopted[0]


@pytest.mark.parametrize("language", sorted(_ADOPTIONS))
def test_a_body_that_adopts_decides(language: str) -> None:
    text, body = _ADOPTIONS[language]
    adopted = _adoption(text, language)
    assert adopted.force == "decision"
    assert adopted.issuer is not None and adopted.issuer.text == body


def test_chinese_a_call_of_the_resolution_is_the_adopting_bodys() -> None:
    text = _ADOPTIONS["zh"][0]
    calls = [c for c in build_news(text, "zh").commitments if c.action == "calls-upon"]
    assert len(calls) == 1
    assert calls[0].issuer is not None and calls[0].issuer.text == "欧洲议会"
    assert [a.text for a in calls[0].addressees] == ["塞尔维亚当局"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("新华社12月16日电 该法案以586票赞成通过决议后生效。", "zh"),  # no body adopts
        ("MADRID, 2 de abril de 2013 - El proyecto aprobó todas las pruebas técnicas.", "es"),
    ],
)
def test_an_adoption_phrase_without_a_body_is_no_adoption(text: str, language: str) -> None:
    assert not [c for c in build_news(text, language).commitments if c.action == "adopts"]
