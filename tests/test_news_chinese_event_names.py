"""Chinese news: an event named by the body or the state right before its head word ("欧盟 | 峰会", "东盟 |
论坛"), where no capitals mark a name; a head alone names no event.

Each excerpt is composed for the test. Before, "下周的欧盟峰会" was no event.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("北京，10月5日。能源价格也将在下周的欧盟峰会上讨论。", "欧盟峰会", "summit"),
        ("北京，10月5日。两国部长出席了在雅加达举行的东盟论坛。", "东盟论坛", "forum"),
    ],
)
def test_a_body_before_the_head_names_the_event(text: str, name: str, kind: str) -> None:
    assert (name, kind) in {(e.name, e.kind) for e in build_news(text, "zh").events}


def test_a_head_alone_names_no_event() -> None:
    assert build_news("北京，10月5日。会议讨论了能源问题，峰会将在明年举行。", "zh").events == []
