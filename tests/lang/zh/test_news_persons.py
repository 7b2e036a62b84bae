"""Chinese news: persons and the posts they hold."""

from __future__ import annotations

from helpers import build_news


def test_chinese_posts_take_the_organisation_written_before_them() -> None:
    """ "外交部发言人毛宁" gave a spokesperson of no organisation."""
    text = "标题\n\n国务院总理李强主持会议。外交部发言人毛宁表示，中方愿同各方一道努力。人力资源社会保障部部长王晓萍出席。\n"
    posts = {
        p.person.text: (p.post, p.organization.text if p.organization else None) for p in build_news(text, "zh").posts
    }
    assert posts == {
        "李强": ("国务院总理", "国务院"),
        "毛宁": ("发言人", "外交部"),
        "王晓萍": ("部长", "人力资源社会保障部"),
    }
