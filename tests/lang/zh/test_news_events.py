"""Chinese news: events named after the verb that convenes them."""

from __future__ import annotations

from helpers import build_news


def test_the_words_after_a_convening_verb_name_the_meeting() -> None:
    """ "举行政策圆桌会议": a policy round-table meeting; "举行了会议" names no meeting but "a meeting"."""
    text = "## 标题\n\n23日，政府和执政党在总理办公室举行政策圆桌会议，讨论预算草案。\n"
    assert [(e.name, e.kind) for e in build_news(text, "zh").events] == [("政策圆桌会议", "meeting")]
    assert build_news("## 标题\n\n他们举行了会议。\n", "zh").events == []
