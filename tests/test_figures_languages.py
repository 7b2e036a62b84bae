"""Figures in news and UN texts, language by language: one regression test per reported problem.

Every excerpt is composed for the test in the style of real articles and resolutions; none is taken
from a corpus.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import build_news, build_un

from kg.model import Statistic


def _news(text: str, language: str) -> list[Statistic]:
    return build_news(text, language).statistics


def _figures(text: str, language: str) -> list[tuple[Decimal, str, str | None]]:
    return [(s.value, s.qualifier, s.unit) for s in _news(text, language)]


def _d(value: str | int) -> Decimal:
    return Decimal(value)


# --- scale words, abbreviated, compound and in words ------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("В области живут 6 млн 200 тыс. человек.", "ru", (_d(6_200_000), "exact", "persons")),
        ("Население страны превысило 281 млн.", "ru", (_d(281_000_000), "exact", None)),
        ("Экспорт составил 548 млрд. долл. США за год.", "ru", (_d(548_000_000_000), "exact", "USD")),
        ("На ремонт школ выделят 12 млрд рублей.", "ru", (_d(12_000_000_000), "exact", "RUB")),
        ("Штраф составит 500 руб. за каждое нарушение.", "ru", (_d(500), "exact", "RUB")),
        ("خصصت الوزارة مليون و500 ألف دولار لترميم المدارس.", "ar", (_d(1_500_000), "exact", "USD")),
        ("قدم الصندوق ثلاثة ملايين دينار أردني للبلديات.", "ar", (_d(3_000_000), "exact", "JOD")),
        ("The bank lent USD 36.14 billion to small firms.", "en", (_d(36_140_000_000), "exact", "USD")),
        ("Ottawa pledged CAD 2.5 million to the shelters.", "en", (_d(2_500_000), "exact", "CAD")),
        ("Workers sent home PHP 1.5 billion in May.", "en", (_d(1_500_000_000), "exact", "PHP")),
    ],
)
def test_scaled_amounts_and_currencies(text, language, expected) -> None:
    assert expected in _figures(text, language)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该市常住人口达五百万人。", [(_d(5_000_000), "exact", "persons")]),
        ("两国贸易额将达三千亿元。", [(_d(300_000_000_000), "exact", "CNY")]),
        ("会议统一了标准，这是第一次。", []),
    ],
)
def test_chinese_numerals_in_characters_before_a_scale_word(text, expected) -> None:
    """ "五百万人" was no figure: numerals in characters were read only after a prefix unit ("百分之")."""
    assert _figures(text, "zh") == expected


# --- Arabic: percent, qualifiers with a conjunction, decimal comma, clauses ------------------------


def test_arabic_percent_written_with_a_preposition_and_a_conjunction() -> None:
    figures = _figures("ارتفعت البطالة إلى 10 بالمئة و12 بالمئة بين النساء.", "ar")
    assert figures == [(_d(10), "exact", "percent"), (_d(12), "exact", "percent")]


@pytest.mark.parametrize(
    ("text", "qualifier", "value"),
    [
        ("زار المعرض وأكثر من 15 ألف زائر.", "more-than", _d(15_000)),
        ("سجلت المحافظة أقل من 500 إصابة جديدة.", "less-than", _d(500)),
    ],
)
def test_arabic_qualifiers(text, qualifier, value) -> None:
    assert (value, qualifier) in [(s.value, s.qualifier) for s in _news(text, "ar")]


def test_arabic_decimal_comma() -> None:
    assert (_d("3.6"), "exact", "percent") in _figures("بلغ النمو ٣,٦ في المائة هذا العام.", "ar")


def test_arabic_measure_ends_at_a_comma_and_a_new_clause() -> None:
    statistics = _news("يعمل في الخارج 800 ألف مواطن، وأن تحويلاتهم بلغت 3 مليارات دولار.", "ar")
    assert (statistics[0].value, statistics[0].measure) == (_d(800_000), "مواطن")


# --- Vietnamese: ranges, dates ------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Giá điện tăng 10-15% so với năm trước.", "Giá điện tăng từ 10 đến 15% trong quý."])
def test_vietnamese_range_is_a_low_and_a_high_end(text) -> None:
    assert _figures(text, "vi") == [(_d(10), "at-least", "percent"), (_d(15), "at-most", "percent")]


def test_dates_and_instrument_numbers_are_not_figures() -> None:
    text = "Nghị định số 152/2020/NĐ-CP có hiệu lực từ ngày 1 tháng 7 năm 2025 trên cả nước."
    assert _news(text, "vi") == []


# --- Chinese: characters, 亿 and 万, measures --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年失业率为百分之二十六点六。", (_d("26.6"), "exact", "percent")),
        ("全年共投资1.2万亿元用于建设。", (_d(1_200_000_000_000), "exact", "CNY")),
        ("签发签证约190万份。", (_d(1_900_000), "about", None)),
        ("全球移民人数达2.81亿。", (_d(281_000_000), "exact", None)),
        ("共有3600万人受益。", (_d(36_000_000), "exact", "persons")),
    ],
)
def test_chinese_amounts(text, expected) -> None:
    assert expected in _figures(text, "zh")


def test_chinese_measure_stays_in_its_sentence() -> None:
    statistics = _news("签发签证约190万份。入境人员达到3547万人次。", "zh")
    assert statistics[0].measure == "份"


def test_chinese_ordinals_are_not_figures() -> None:
    assert _news("第3次会议在北京举行。", "zh") == []


# --- the UN builder: ages, ratios, estimates ---------------------------------------------------------

_UN_HEADS = {
    "en": "General Assembly\nSeventy-third session\nAgenda item 14\n\nThe General Assembly,\n\n",
    "zh": "大会\n第七十三届会议\n议程项目14\n\n大会，\n\n",
}
_UN_ENDS = {"en": "\n\n1. Welcomes the Compact;\n", "zh": "\n\n1. 欢迎通过《契约》；\n"}


def _un(text: str, language: str) -> list[Statistic]:
    return build_un(_UN_HEADS[language] + text + _UN_ENDS[language], language).statistics


def test_ages_and_ratios_are_not_figures_in_un_texts() -> None:
    text = (
        "Noting that children under 18 years of age and persons aged 65 or over are at risk, "
        "that 1 in 30 people is a migrant, and that children under the age of 18 are 13 per cent of migrants,"
    )
    assert [(s.value, s.qualifier, s.unit) for s in _un(text, "en")] == [(_d(13), "exact", "percent")]


def test_chinese_estimates_and_scales_in_un_texts() -> None:
    figures = [(s.value, s.qualifier, s.unit) for s in _un("注意到全球汇款估计下降9.2%，移民人数达2.81亿，", "zh")]
    assert (_d("9.2"), "about", "percent") in figures
    assert (_d(281_000_000), "exact", None) in figures


# --- tonnes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Xuất khẩu gạo đạt 9 triệu tấn trong năm 2024.", "vi", _d(9_000_000)),
        ("وتلتزم المملكة بخفض الانبعاثات بمقدار 278 مليون طن.", "ar", _d(278_000_000)),
        ("全年粮食产量达到7亿吨。", "zh", _d(700_000_000)),
        ("Экспорт зерна составил 60 млн тонн.", "ru", _d(60_000_000)),
        ("La production a atteint 2,5 millions de tonnes.", "fr", _d(2_500_000)),
        ("Las exportaciones alcanzaron 3 millones de toneladas.", "es", _d(3_000_000)),
        ("Emissions fell by 40 million tonnes of carbon dioxide.", "en", _d(40_000_000)),
    ],
)
def test_a_weight_in_tonnes_is_a_figure_in_tonnes(text: str, language: str, value: Decimal) -> None:
    assert [(s.value, s.unit) for s in _news(text, language)] == [(value, "tonnes")]


# --- a number that says what kind a thing is ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        ("Chính phủ xây dựng mô hình chính quyền địa phương 02 cấp, bố trí 2.615 tỷ đồng cho 27 địa phương.", "vi",
         [_d(2_615_000_000_000), _d(27)]),
        ("Mặt hàng gạo bao gồm 03 dòng hàng HS 8 số chi tiết, với lượng hạn ngạch 70.000 tấn.", "vi",
         [_d(3), _d(70_000)]),
        ("Le contingent couvre 13 lignes tarifaires à 8 chiffres, soit 3 000 tonnes par an.", "fr",
         [_d(13), _d(3000)]),
    ],
)  # fmt: skip
def test_a_number_that_classifies_a_kind_is_no_figure(text: str, language: str, kept: list[Decimal]) -> None:
    """ "chính quyền 02 cấp" (two-tier government), "HS 8 số" and "à 8 chiffres" (8-digit lines) say what kind a
    thing is, not how much of anything there is (the pack's ``kind_classifier_nouns``); they were figures."""
    assert [s.value for s in _news(text, language)] == kept
