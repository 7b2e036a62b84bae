"""Chinese news: a speaker's worry or warning is its stance ("表示担心", "警告说"), where the speaker is a body
whose name runs through two words of its kind ("农民协会联合会") with its acronym in full-width brackets, or a
person named after a post with a transliteration joined by a hyphen ("彼得-汉森").

Each excerpt is composed for the test; each test's docstring names what was wrong before.
"""

from __future__ import annotations

import pytest
from helpers import build_news

_TEXT = (
    "布鲁塞尔，10月5日。亚洲农民协会联合会（AFFA）表示担心，化肥价格将继续上涨。"
    "欧盟贸易专员彼得-汉森警告说，欧洲将出现更多的粮食短缺。瑞典政府副发言人林德表示，政府已经启动了一些措施。"
)


def test_a_body_named_through_two_kind_words_is_one_body() -> None:
    """Before: the name ended at the first kind word ("亚洲农民协会") and "联合会" was left over; "瑞典政府" before
    a deputy spokesperson was no body."""
    extraction = build_news(_TEXT, "zh")
    bodies = {m.text for m in extraction.mentions if m.kind in ("organization", "government-agency")}
    assert {"亚洲农民协会联合会", "瑞典政府"} <= bodies
    assert "亚洲农民协会" not in bodies


def test_a_worry_or_a_warning_is_the_speaker_s_stance() -> None:
    """Before: neither "表示担心" nor "警告说" made a commitment, and "彼得-汉森" was cut at the hyphen."""
    stances = {(c.issuer.text if c.issuer else None, c.action, c.force) for c in build_news(_TEXT, "zh").commitments}
    assert ("亚洲农民协会联合会", "expresses-concern", "declaratory") in stances
    assert ("彼得-汉森", "expresses-concern", "declaratory") in stances


@pytest.mark.parametrize(
    "text",
    [
        "北京，10月5日。市民担心物价上涨，很多人表示担忧。",
        "北京，10月5日。专家的警告说明了问题。",
    ],
)
def test_a_worry_of_no_one_named_is_no_stance(text: str) -> None:
    assert build_news(text, "zh").commitments == []
