"""Vietnamese news: bodies, states and their parts, as actors."""

from __future__ import annotations

from helpers import build_news

from kg import resolve


def test_vietnamese_known_ministry_is_not_run_on_into_lower_case_words() -> None:
    """ "báo cáo Bộ Ngoại giao kết quả thực hiện" made the body "Bộ Ngoại giao kết quả"."""
    text = "Các bộ, ngành, địa phương hằng năm báo cáo Bộ Ngoại giao kết quả thực hiện.\n"
    names = [m.text for m in build_news(text, "vi").mentions if m.kind == "government-agency"]
    assert names == ["Bộ Ngoại giao"]


def test_a_body_named_with_its_place_is_that_places_own() -> None:
    """Every province's People's Committee was one entity, "People's Committee" of Viet Nam."""
    text = (
        "Tiêu đề\n\nHà Nội, ngày 5/3/2024 - Ủy ban nhân dân tỉnh Quảng Ninh và UBND thành phố Hà Nội ký kết "
        "thỏa thuận. Thủ tướng giao Ủy ban nhân dân các tỉnh chủ trì triển khai.\n"
    )
    bodies = [m for m in build_news(text, "vi").mentions if m.kind == "government-agency"]
    keys = [resolve.resolve(m, "vi").key for m in bodies]
    assert len(set(keys)) == 3  # Quảng Ninh's, Hà Nội's, and the provinces' committees at large
    assert bodies[0].text == "Ủy ban nhân dân tỉnh Quảng Ninh" and bodies[0].name == "People's Committee of Quang Ninh"
    moscow = build_news(
        "План\n\nМОСКВА, 5 марта. /ТАСС/. Правительство Москвы и правительство России утвердили план.\n", "ru"
    )
    names = [m.name for m in moscow.mentions if m.kind == "government-agency"]
    assert names == ["Government of Moscow", "Government"]


def test_vietnamese_two_ministries_joined_by_and_are_two() -> None:
    """ "Bộ Công an và Bộ Ngoại giao" was one organisation; "Bộ Ngoại giao cam kết hỗ trợ" took the verb."""
    text = "Tiêu đề\n\nBộ Tài chính phối hợp với Bộ Công an và Bộ Ngoại giao. Bộ Ngoại giao cam kết hỗ trợ công dân.\n"
    names = [m.text for m in build_news(text, "vi").mentions if m.kind == "government-agency"]
    assert names == ["Bộ Tài chính", "Bộ Công an", "Bộ Ngoại giao", "Bộ Ngoại giao"]
