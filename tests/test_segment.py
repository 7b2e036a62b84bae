"""Telling an article from the page around it (kg.readers.segment)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.readers.segment import segment

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _parts(text: str, language: str | None) -> list[tuple[str, str]]:
    return [(s.role, text[s.span.start : s.span.end]) for s in segment(text, language)]


def test_a_text_without_furniture_is_one_main_segment() -> None:
    text = "Hà Nội, ngày 5/6 - Bộ Ngoại giao cho biết...\n\nĐoạn thứ hai của bài."
    assert _parts(text, "vi") == [("main", text)]


def test_vietnamese_page_with_breadcrumb_and_teasers() -> None:
    page = (
        "Trang chủThời sựXã hộiBộ Lao động công bố số liệu...\n\n"
        "Bộ Lao động công bố số liệu lao động đi làm việc ở nước ngoài\n\n"
        "Năm 2023, hơn 150.000 lao động đã đi làm việc ở nước ngoài theo hợp đồng.\n\n"
        "Tin liên quan\n\n"
        "Nhật Bản tiếp nhận thêm thực tập sinh\n\n"
        "Khoảng 54% thực tập sinh đến từ Việt Nam...\n\n"
        "Xem nhiều\n\n"
        "Giá vàng hôm nay\n\n"
        "Giá vàng tăng 2 triệu đồng mỗi lượng..."
    )
    assert _parts(page, "vi") == [
        ("furniture", "Trang chủThời sựXã hộiBộ Lao động công bố số liệu..."),
        (
            "main",
            "Bộ Lao động công bố số liệu lao động đi làm việc ở nước ngoài\n\n"
            "Năm 2023, hơn 150.000 lao động đã đi làm việc ở nước ngoài theo hợp đồng.",
        ),
        ("furniture", "Tin liên quan"),
        ("teaser", "Nhật Bản tiếp nhận thêm thực tập sinh\n\nKhoảng 54% thực tập sinh đến từ Việt Nam..."),
        ("furniture", "Xem nhiều"),
        ("teaser", "Giá vàng hôm nay\n\nGiá vàng tăng 2 triệu đồng mỗi lượng..."),
    ]


@pytest.mark.parametrize(
    ("language", "breadcrumb", "cue"),
    [
        ("en", "Home > World > Americas", "Related"),
        ("fr", "Accueil › Monde › Amériques", "Lire aussi"),
        ("es", "Inicio » Mundo » América", "Noticias relacionadas"),
        ("ar", "الرئيسية > أخبار > العالم", "اقرأ أيضا"),
    ],
)
def test_breadcrumbs_and_teaser_lists_in_other_languages(language, breadcrumb, cue) -> None:
    page = f"{breadcrumb}\n\nTitle of the article\n\nFirst paragraph.\n\n{cue}:\n\nOther title\n\nOther summary."
    roles = [role for role, _ in _parts(page, language)]
    assert roles == ["furniture", "main", "furniture", "teaser"]


def test_a_source_line_after_the_article_is_furniture() -> None:
    page = "Tiêu đề\n\nNội dung.\n\nNguồn: https://example.vn/bai-viet-1.html\n\nTin liên quan\n\nBài khác"
    assert _parts(page, "vi")[:2] == [
        ("main", "Tiêu đề\n\nNội dung."),
        ("furniture", "Nguồn: https://example.vn/bai-viet-1.html"),
    ]


def test_cue_words_inside_a_paragraph_do_not_cut_the_article() -> None:
    text = "Bài viết.\n\nĐộc giả có thể xem thêm tin liên quan trên trang.\n\nHết."
    assert _parts(text, "vi") == [("main", text)]


@pytest.mark.parametrize(
    ("language", "article", "cue", "teasers"),
    [
        ("vi", "Bộ Ngoại giao công bố báo cáo.\nHơn 2 triệu người.", "Tin liên quan",
         "Thủ tướng làm việc với Bộ Ngoại giao\nNăm 2023, hơn 300.000 lượt người"),
        ("ar", "أعلنت الوزارة خطة جديدة.", "اقرأ أيضا", "غوتيريش يدعو إلى التضامن\nتقرير جديد عن الهجرة"),
        ("en", "The ministry announced a plan.", "Related articles:", "Minister visits Manila\n1,200 workers return"),
    ],
)  # fmt: skip
def test_a_teaser_list_printed_right_under_its_heading_is_not_the_article(language, article, cue, teasers) -> None:
    page = f"{article}\n{cue}\n{teasers}"
    roles = {(s.role, page[s.span.start : s.span.end]) for s in segment(page, language)}
    main = [text for role, text in roles if role == "main"]
    assert main == [article] and ("furniture", cue) in roles
    teaser_text = "\n".join(text for role, text in roles if role == "teaser")
    assert all(line in teaser_text for line in teasers.splitlines())


def test_the_baoquocte_page_ends_its_article_at_cung_chu_de() -> None:
    text = (CORPUS / "news-vi-baoquocte-291956.txt").read_text(encoding="utf-8")
    segments = segment(text, "vi")
    (main,) = [s for s in segments if s.role == "main"]
    article = text[main.span.start : main.span.end]
    assert article.startswith("Để chính sách song hành")
    assert article.rstrip().endswith("(Nguồn: Hội LHPNVN)")
    teasers = [text[s.span.start : s.span.end] for s in segments if s.role == "teaser"]
    assert any("Tô Lâm" in t for t in teasers) and any("Amos Hochstein" in t for t in teasers)
    assert all(s.span.start >= text.index("Cùng chủ đề") for s in segments if s.role == "teaser")


# --- properties ------------------------------------------------------------------------------

PAGE_TEXT = st.lists(
    st.sampled_from(
        ["Trang chủ", "Tin liên quan", "Related", "Tiêu đề", "Một đoạn văn dài của bài báo.", "", "\n", "..."]
    ),
    max_size=12,
).map("\n\n".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=200), PAGE_TEXT), language=st.sampled_from(["vi", "en", "fr", None, "xx"]))
def test_segments_are_ordered_disjoint_and_within_the_text(text, language) -> None:
    segments = segment(text, language)
    assert segments
    previous_end = 0
    for part in segments:
        assert previous_end <= part.span.start <= part.span.end <= len(text)
        assert part.role in {"main", "furniture", "teaser"}
        previous_end = part.span.end


@settings(max_examples=200, deadline=None)
@given(text=PAGE_TEXT)
def test_the_main_segment_read_again_holds_no_teasers(text) -> None:
    for part in segment(text, "vi"):
        if part.role == "main":
            main = text[part.span.start : part.span.end]
            assert "teaser" not in {s.role for s in segment(main, "vi")}
