"""A request told with the day it was made between the verb and whom it asks: "exhortó el sábado a",
"pidió este lunes al". News names the day there; the one asked still follows the verb.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("text", "action", "asker", "asked"),
    [
        ("LIMA. El gobierno de Chile exhortó el sábado a Bolivia que retire sus tropas de la frontera.",
         "urges", "Chile", "Bolivia"),
        ("QUITO. Colombia pidió este lunes al Congreso de Ecuador que apruebe el acuerdo de pesca.",
         "requests", "Colombia", "Congreso de Ecuador"),
        ("MADRID. Portugal instó ayer a Marruecos a reforzar la vigilancia costera.", "urges", "Portugal", "Marruecos"),
    ],
)  # fmt: skip
def test_spanish_a_request_after_its_day_asks_whom_follows(text: str, action: str, asker: str, asked: str) -> None:
    requests = [c for c in build_news(text, "es").commitments if c.action == action]
    assert len(requests) == 1, [(c.action, c.span.of(text)) for c in build_news(text, "es").commitments]
    assert requests[0].issuer is not None and requests[0].issuer.text == asker
    assert [a.text for a in requests[0].addressees] == [asked]


def test_spanish_a_day_after_a_verb_that_asks_no_one_makes_no_request() -> None:
    text = "LIMA. El ministro llegó el sábado a Bolivia para la cumbre andina."
    assert not [c for c in build_news(text, "es").commitments if c.addressees]
