"""Behaviour of the news builder on composed Vietnamese and Arabic government news (a probe's defects)."""

from __future__ import annotations

from decimal import Decimal

from kg.builders.news import BUILDER
from kg.model import Document, Extraction
from kg.readers.segment import segment


def _build(text: str, language: str) -> Extraction:
    return BUILDER.build(Document(source="x", text=text, language=language, segments=segment(text, language)))


def _statistic(extraction: Extraction, value: str):
    return next(s for s in extraction.statistics if s.value == Decimal(value))


def test_vi_a_post_before_an_assigning_verb_gives_the_task_through_its_holder() -> None:
    text = (
        "Thủ tướng Chính phủ Phạm Minh Chính chủ trì hội nghị. "
        "Thủ tướng giao Bộ Tài chính chủ trì hoàn thành giải ngân vốn đầu tư công."
    )
    commitment = next(c for c in _build(text, "vi").commitments if c.action == "tasks")
    assert commitment.issuer is not None and commitment.issuer.kind == "person"
    assert commitment.issuer.key == "pham-minh-chinh"
    assert [a.text for a in commitment.addressees] == ["Bộ Tài chính"]


def test_vi_a_post_alone_before_an_assigning_verb_is_the_giver() -> None:
    commitment = _build("Bộ trưởng yêu cầu Tổng cục Thuế rà soát các khoản thu.", "vi").commitments[0]
    assert commitment.issuer is not None and commitment.issuer.kind == "post"
    assert commitment.issuer.text == "Bộ trưởng"


def test_vi_holders_listed_after_a_post_and_a_colon_each_hold_it() -> None:
    text = (
        "Cùng dự có các Phó Thủ tướng: Trần Hồng Hà, Lê Thành Long, Hồ Đức Phớc; "
        "Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng."
    )
    held = {(p.person.text, p.post_name) for p in _build(text, "vi").posts}
    assert {
        ("Trần Hồng Hà", "Deputy Prime Minister"),
        ("Lê Thành Long", "Deputy Prime Minister"),
        ("Hồ Đức Phớc", "Deputy Prime Minister"),
        ("Nguyễn Thị Hồng", "Governor"),
    } <= held


def test_vi_the_measure_before_its_verb_and_the_year_in_it() -> None:
    text = (
        "Theo báo cáo, tăng trưởng GDP năm 2024 đạt khoảng 7,09%, tổng kim ngạch xuất nhập khẩu đạt "
        "786,29 tỷ USD, tăng 15,4% so với năm 2023. Vốn đầu tư trực tiếp nước ngoài (FDI) thực hiện đạt 25,35 tỷ USD."
    )
    extraction = _build(text, "vi")
    gdp = _statistic(extraction, "7.09")
    assert (gdp.measure, gdp.period, gdp.qualifier) == ("tăng trưởng GDP", "2024", "about")
    assert _statistic(extraction, "786290000000").measure == "tổng kim ngạch xuất nhập khẩu"
    assert _statistic(extraction, "15.4").measure == "tổng kim ngạch xuất nhập khẩu"
    assert _statistic(extraction, "25350000000").measure == "Vốn đầu tư trực tiếp nước ngoài (FDI)"


def test_vi_tro_len_after_a_figure_is_at_least_not_a_measure() -> None:
    text = "Thủ tướng yêu cầu phấn đấu tăng trưởng GDP năm 2025 đạt 8% trở lên."
    eight = _statistic(_build(text, "vi"), "8")
    assert (eight.measure, eight.period, eight.qualifier) == ("tăng trưởng GDP", "2025", "at-least")


def test_measures_before_verbs_in_arabic_chinese_russian() -> None:
    arabic = _statistic(_build("وارتفع حجم الصادرات إلى 5 مليارات دولار.", "ar"), "5000000000")
    chinese = _statistic(_build("海关总署表示，出口额达到3.5万亿元。", "zh"), "3500000000000")
    russian = _statistic(_build("По данным ведомства, экспорт составил 548 млрд долларов.", "ru"), "548000000000")
    assert (arabic.measure, chinese.measure, russian.measure) == ("حجم الصادرات", "出口额", "экспорт")


def test_vi_a_capitalised_word_that_a_lower_case_one_continues_is_no_place_alone() -> None:
    text = "Sáng 5/1/2025, tại Trụ sở Chính phủ, Thủ tướng chủ trì Hội nghị Chính phủ với các địa phương."
    event = _build(text, "vi").events[0]
    assert event.place is not None and event.place.text == "Trụ sở Chính phủ"
    text = "Hội thảo Di cư diễn ra tại Trụ sở chính của Bộ."
    assert _build(text, "vi").events[0].place is None


def test_ar_the_name_before_the_post_holds_it_and_no_holder_after_a_preposition() -> None:
    text = (
        "شارك صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية في الاجتماع رفيع المستوى "
        "للجمعية العامة للأمم المتحدة."
    )
    held = {(p.person.text, p.post_name) for p in _build(text, "ar").posts}
    assert held == {("فيصل بن فرحان بن عبدالله", "Minister for Foreign Affairs")}


def test_ar_a_measure_ends_before_the_next_qualifier_a_cycle_or_a_deadline() -> None:
    text = (
        "قدمت المملكة أكثر من 130 مليار دولار من المساعدات الإنسانية والتنموية لأكثر من 170 دولة. "
        "وتلتزم المملكة بخفض انبعاثات الكربون بمقدار 278 مليون طن سنوياً بحلول عام 2030."
    )
    extraction = _build(text, "ar")
    assert _statistic(extraction, "130000000000").measure == "المساعدات الإنسانية والتنموية"
    assert _statistic(extraction, "278000000").measure is None
