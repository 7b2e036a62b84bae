"""Vietnamese news: figures with their units, scales, qualifiers and measures."""

from __future__ import annotations

from helpers import build_news, statistic_of


def test_vi_the_measure_before_its_verb_and_the_year_in_it() -> None:
    text = (
        "Theo báo cáo, tăng trưởng GDP năm 2024 đạt khoảng 7,09%, tổng kim ngạch xuất nhập khẩu đạt "
        "786,29 tỷ USD, tăng 15,4% so với năm 2023. Vốn đầu tư trực tiếp nước ngoài (FDI) thực hiện đạt 25,35 tỷ USD."
    )
    extraction = build_news(text, "vi")
    gdp = statistic_of(extraction, "7.09")
    assert (gdp.measure, gdp.period, gdp.qualifier) == ("tăng trưởng GDP", "2024", "about")
    assert statistic_of(extraction, "786290000000").measure == "tổng kim ngạch xuất nhập khẩu"
    assert statistic_of(extraction, "15.4").measure == "tổng kim ngạch xuất nhập khẩu"
    assert statistic_of(extraction, "25350000000").measure == "Vốn đầu tư trực tiếp nước ngoài (FDI)"


def test_vi_tro_len_after_a_figure_is_at_least_not_a_measure() -> None:
    text = "Thủ tướng yêu cầu phấn đấu tăng trưởng GDP năm 2025 đạt 8% trở lên."
    eight = statistic_of(build_news(text, "vi"), "8")
    assert (eight.measure, eight.period, eight.qualifier) == ("tăng trưởng GDP", "2025", "at-least")
