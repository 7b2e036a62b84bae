"""Numbers and amounts in running text, in every language the project reads (kg.text.numbers)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import lang
from kg.text import numbers
from kg.text.numbers import find_quantities, parse_number

VI, EN, FR, ES, AR, RU, ZH = (lang.get(code) for code in ("vi", "en", "fr", "es", "ar", "ru", "zh"))


@pytest.mark.parametrize(
    ("text", "pack", "value"),
    [
        ("475.198", VI, "475198"),
        ("100.000", VI, "100000"),
        ("3,6", VI, "3.6"),
        ("1,5", FR, "1.5"),
        ("1.5 billion", EN, "1500000000"),
        ("1,234,567.89", EN, "1234567.89"),
        ("٩٠", AR, "90"),
        ("٣٫٥", AR, "3.5"),
        ("20 000", FR, "20000"),
        ("20\u00a0000", FR, "20000"),
        ("20\u202f000", FR, "20000"),
        ("314 millions", FR, "314000000"),
        ("1,2 millón", ES, "1200000"),
        ("1.500", ES, "1500"),  # Spain
        ("1,500", ES, "1500"),  # Mexico
        ("2,5", ES, "2.5"),
        ("1.234.567,89", ES, "1234567.89"),
        ("2,5 tỷ", VI, "2500000000"),
        ("1 200 000", RU, "1200000"),
        ("2.81亿", ZH, "281000000"),
        ("１２", EN, "12"),
    ],
)
def test_parse_number(text, pack, value) -> None:
    assert parse_number(text, pack) == Decimal(value)


@pytest.mark.parametrize(("text", "pack"), [("1,5", EN), ("abc", VI), ("", FR), ("1.2.3", EN), ("12 abc", EN)])
def test_what_is_not_one_number(text, pack) -> None:
    assert parse_number(text, pack) is None


def _read(text: str, pack) -> list[tuple[str, str, str, str | None]]:
    return [(text[q.span.start : q.span.end], str(q.value), q.qualifier, q.unit) for q in find_quantities(text, pack)]


def test_vietnamese_amounts_with_qualifiers_and_units() -> None:
    text = "Mỗi năm có hơn 10.000 công dân đi du học, khoảng 3,6% dân số; gần 860.000 lao động; 37 triệu đồng."
    assert _read(text, VI) == [
        ("hơn 10.000", "10000", "more-than", None),
        ("khoảng 3,6%", "3.6", "about", "percent"),
        ("gần 860.000", "860000", "about", None),
        ("37 triệu đồng", "37000000", "exact", "VND"),
    ]


def test_counted_persons_keep_their_unit_span() -> None:
    (quantity,) = find_quantities("hơn 100.000 người lao động", VI)
    assert quantity.unit == "persons"
    assert (
        quantity.unit_span is not None and "hơn 100.000 người lao động"[quantity.unit_span.start :] == "người lao động"
    )


def test_other_languages() -> None:
    assert _read("plus de 314 millions de\ndollars et 20 000 réfugiés", FR) == [
        ("plus de 314 millions de\ndollars", "314000000", "more-than", "USD"),
        ("20 000", "20000", "exact", None),
    ]
    assert _read("plus de 1,2 million de personnes", FR) == [
        ("plus de 1,2 million de personnes", "1200000", "more-than", "persons")
    ]
    assert _read("more than $1.5 billion; less than 5 per cent", EN) == [
        ("more than $1.5 billion", "1500000000", "more-than", "USD"),
        ("less than 5 per cent", "5", "less-than", "percent"),
    ]
    assert _read("más de 2,5 millones de dólares", ES) == [
        ("más de 2,5 millones de dólares", "2500000", "more-than", "USD")
    ]
    assert _read("أقل من ٩٠ في المائة", AR) == [("أقل من ٩٠ في المائة", "90", "less-than", "percent")]
    assert _read("около 5 млн человек", RU) == [("около 5 млн человек", "5000000", "about", "persons")]
    assert _read("超过2.81亿人", ZH) == [("超过2.81亿人", "281000000", "more-than", "persons")]


@pytest.mark.parametrize(
    "text",
    [
        "Quyết định số 402/QĐ-TTg ngày 20/3/2020",
        "Luật số 69/2020/QH14",
        "trong giai đoạn 2017-2022",
        "năm 2023",
        "dịch bệnh Covid-19",
        "tại kỳ họp khóa 73",
        "lúc 10:30",
        "the 9th Summit and G20",
        "A/RES/73/195",
        "1. Hợp đồng\n2) Thỏa thuận",
    ],
)
def test_identifiers_dates_years_ordinals_and_list_numbers_are_not_amounts(text) -> None:
    assert find_quantities(text, VI) == []


def test_a_day_next_to_a_month_name_is_a_date() -> None:
    french = replace(FR, months={"juin": 6})
    assert find_quantities("le 10 juin 2022", french) == []
    assert _read("le 10 juin, 20 000 personnes", french) == [("20 000 personnes", "20000", "exact", "persons")]


def test_a_qualified_year_shaped_number_is_an_amount() -> None:
    assert _read("hơn 2000 người", VI) == [("hơn 2000 người", "2000", "more-than", "persons")]


def test_range_of_the_search() -> None:
    text = "10 người, 20 người, 30 người"
    assert [str(q.value) for q in find_quantities(text, VI, start=4, end=20)] == ["20"]


# --- properties ---------------------------------------------------------------------------------

PACKS = st.sampled_from([VI, EN, FR, ES, AR, RU, ZH])
NUMERIC_TEXT = st.text(alphabet=st.sampled_from("0123456789٠١٢٣., \u00a0%$-/:hơnmore thanplus de\n"), max_size=40)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=60), NUMERIC_TEXT), pack=PACKS)
def test_parsers_never_raise(text, pack) -> None:
    parse_number(text, pack)
    for quantity in find_quantities(text, pack):
        assert 0 <= quantity.span.start < quantity.span.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(text=NUMERIC_TEXT, pack=PACKS)
def test_an_amount_read_again_alone_has_the_same_value(text, pack) -> None:
    found = find_quantities(text, pack)
    for quantity in found:
        alone = text[quantity.span.start : quantity.span.end]
        again = find_quantities(alone, pack)
        # a range ("10-15%") is two amounts read from one span: its span gives both again
        expected = [(q.value, q.qualifier, q.unit) for q in found if q.span == quantity.span]
        assert [(q.value, q.qualifier, q.unit) for q in again] == expected


@settings(max_examples=200, deadline=None)
@given(value=st.integers(min_value=0, max_value=10**12))
def test_grouped_numbers_read_back(value) -> None:
    assert parse_number(f"{value:,}".replace(",", "."), VI) == value
    assert parse_number(f"{value:,}", EN) == value
    assert parse_number(f"{value:,}".replace(",", " "), FR) == value


def test_a_year_cut_short_by_a_mark_the_language_does_not_use_is_still_a_year() -> None:
    # "2000,0" is no English numeral: what can be read of it, "2000", is a bare year (found by hypothesis).
    assert find_quantities("2000,0", EN) == find_quantities("2000", EN) == []


@pytest.mark.parametrize(("language", "written", "value"), [("es", "0,007", "0.007"), ("es", "0.077", "0.077")])
def test_a_number_that_starts_with_a_zero_is_never_grouped(language: str, written: str, value: str) -> None:
    """ "0,007" and "0.077" are fractions, though in Spanish either mark before three digits may group thousands."""
    (quantity,) = find_quantities(written, lang.get(language))
    assert quantity.value == Decimal(value)


# --- long runs of grouped digits: linear work (issue 20, item 7) ------------------------------------


def _cut_back_one_group_at_a_time(numeral: str, pack: lang.LanguagePack) -> tuple[Decimal, int] | None:
    """The definition of a numeral's value: its longest prefix of whole groups that the rules read."""
    groups, separators = numbers._split_numeral(numeral)
    while groups:
        value = numbers._value_of_groups(groups, separators, pack)
        if value is not None:
            return value, sum(map(len, groups)) + len(separators)
        groups, separators = groups[:-1], separators[:-1]
    return None


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["en", "fr", "es", "vi", "ru", "ar", "zh"]),
    st.lists(st.integers(0, 99999).map(str), min_size=1, max_size=8),
    st.data(),
)
def test_a_numeral_is_read_as_its_longest_readable_prefix(
    language: str, groups: list[str], data: st.DataObject
) -> None:
    pack = lang.get(language)
    marks = st.sampled_from(sorted(numbers._pack_marks(pack)))
    numeral = groups[0] + "".join(data.draw(marks) + group for group in groups[1:])
    assert numbers._numeral_value(numeral, pack) == _cut_back_one_group_at_a_time(numeral, pack)


class _TooMuchWork(Exception):
    pass


def _groups_judged(run: str, bound: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """Digit groups the rules looked at to read ``run`` (the work of reading it); stops beyond ``bound``."""
    judged = 0
    judge = numbers._value_of_groups

    def counting(groups: list[str], separators: list[str], pack: lang.LanguagePack) -> Decimal | None:
        nonlocal judged
        judged += len(groups)
        if judged > bound:
            raise _TooMuchWork(f"{judged} groups judged, more than {bound}")
        return judge(groups, separators, pack)

    with monkeypatch.context() as patch:
        patch.setattr(numbers, "_value_of_groups", counting)
        find_quantities(f"The amount was {run} dollars.", EN)
    return judged


@pytest.mark.parametrize("run", ["1,0", "1.0", "1,000,0", "1 000 0"])
def test_a_long_run_of_grouped_digits_is_read_in_linear_work(run: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """75 KB of ``1,0,1,0…`` took 7 s, 300 KB 112 s: each shorter prefix was judged whole again."""
    separator = run[1]
    for size in (75_000, 150_000, 300_000):
        repeats = size // len(run)
        groups = repeats * (run.count(separator) + 1)
        # A few passes over the groups, not one per prefix (which is groups² / 2).
        assert _groups_judged(separator.join([run] * repeats), 5 * groups, monkeypatch) > 0
