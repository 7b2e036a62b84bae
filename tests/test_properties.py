"""Properties of the text parsers and IRI minting, for arbitrary text in every language.

For any text (every script the project reads, digits of other scripts,
control characters, bidirectional overrides):

* the parsers never raise;
* every span lies within the text, and what it quotes is what was parsed;
* canonical forms are fixed points (canonicalising twice changes nothing);
* parsing what a formatter wrote gives back the value formatted;
* IRIs minted from text are valid IRIs.

Hypothesis runs are bounded (``max_examples``) and have no deadline, so the
file takes seconds on a small machine.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pyoxigraph import NamedNode

from kg import lang
from kg.graph import iri
from kg.resolve import normalize
from kg.text import dates, numbers, symbols
from kg.text.normalize import fold_digits

BOUNDED = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Decimal digits of scripts other than ASCII that documents may use.
FOREIGN_DIGITS = "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳۴۵۶۷۸۹" + "０１２３４５６７８９" + "०१२३४५६७८९" + "๐๑๒๓๔๕๖๗๘๙"
#: Characters that break naive code: controls, separators, bidirectional overrides, marks, BOM.
TRICKY = (
    "\x01\x07\x1b\x1f\x7f\x85\u00a0\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202e\u2066\u2069\ufeff\u0301\u0323"
)
#: Letters and signs of the languages read, and of UN symbols and numerals.
SCRIPTS = (
    "AaRrEeSsLlCc/.-()–,;: 0123456789ĐđơưăâêôỘộệẠạالجمعيةالعامةقرار،؛ГенеральнаяАссамблея大会秘书长年月日，。éèçàœ«»"
)

text_strategy = st.text(
    alphabet=st.one_of(
        st.sampled_from(SCRIPTS + FOREIGN_DIGITS + TRICKY),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=120,
)
#: Text shaped like the things parsed: words, numbers and symbols joined by spaces and slashes.
token_text = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "A/RES/70/1",
                "E/CN.16/2017/2",
                "A/72/64-E/2017/12",
                "resolution",
                "1.234,5",
                "20 000",
                "١٢٣",
                "25 September 2015",
                "ngày 19 tháng 12 năm 2018",
                "2018年12月19日",
                "19 декабря 2018 года",
                "hơn",
                "%",
                "million",
                "tỷ",
                "/",
                "-",
                "\u202e",
                "\x00",
            ]
        ),
        text_strategy,
    ),
    max_size=8,
).map(" ".join)
any_text = st.one_of(text_strategy, token_text)
languages = st.sampled_from([*lang.SUPPORTED, None])


def _pack(code: str | None) -> lang.LanguagePack:
    return lang.get(code)


# --- UN symbols ----------------------------------------------------------------------------------


@BOUNDED
@given(any_text)
@example("A/RES/57/270 B and A/C.2/72/L.66.")
@example("قرارها A/RES/٧٠/١")
def test_symbols_are_found_within_the_text_and_quote_it(text: str) -> None:
    for span, canonical in symbols.find_symbols(text):
        assert 0 <= span.start < span.end <= len(text)
        assert symbols.canonicalize(fold_digits(span.of(text))) == canonical


@BOUNDED
@given(any_text)
def test_symbols_found_are_canonical_un_symbols(text: str) -> None:
    for _, canonical in symbols.find_symbols(text):
        assert symbols.canonicalize(canonical) == canonical
        assert symbols.is_un_symbol(canonical), canonical


@BOUNDED
@given(any_text)
def test_canonicalize_is_idempotent(text: str) -> None:
    once = symbols.canonicalize(text)
    assert symbols.canonicalize(once) == once


# --- numbers -------------------------------------------------------------------------------------


@BOUNDED
@given(any_text, languages)
def test_number_parsers_never_raise_and_spans_stay_in_the_text(text: str, language: str | None) -> None:
    pack = _pack(language)
    value = numbers.parse_number(text, pack)
    assert value is None or isinstance(value, Decimal)
    for quantity in numbers.find_quantities(text, pack):
        assert 0 <= quantity.span.start < quantity.span.end <= len(text)
        if quantity.unit_span is not None:
            assert quantity.span.start <= quantity.unit_span.start <= quantity.unit_span.end <= quantity.span.end


def _grouped(integer: int, group_mark: str) -> str:
    return f"{integer:,}".replace(",", group_mark)


def _unambiguous_marks(pack: lang.LanguagePack) -> tuple[str, str] | None:
    """A group mark and a decimal mark of the language that are not the same character."""
    decimal = pack.decimal_marks[0]
    groups = [mark for mark in pack.group_marks if mark != decimal]
    return (groups[0], decimal) if groups else None


@BOUNDED
@given(
    st.sampled_from(lang.SUPPORTED),
    st.integers(min_value=1_000_000, max_value=10**12),
    st.integers(min_value=0, max_value=99),
    st.booleans(),
)
def test_parse_number_reads_what_the_language_writes(language: str, integer: int, cents: int, arabic: bool) -> None:
    """Thousands grouped (twice or more, so unambiguous), a decimal part of one or two digits."""
    pack = _pack(language)
    marks = _unambiguous_marks(pack)
    if marks is None:
        pytest.skip(f"{language} has no group mark distinct from its decimal mark")
    group, decimal = marks
    fraction = str(cents).rstrip("0")
    written = _grouped(integer, group) + (decimal + fraction if fraction else "")
    if arabic:
        written = written.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    expected = Decimal(f"{integer}.{fraction}") if fraction else Decimal(integer)
    assert numbers.parse_number(written, pack) == expected, written


# --- dates ---------------------------------------------------------------------------------------


def _month_names(pack: lang.LanguagePack, month: int) -> list[str]:
    return [name for name, number in pack.months.items() if number == month and "." not in name]


#: How each language writes a full date, as ``str.format`` templates (``M``: a month name).
DATE_FORMATS = {
    "en": ["{d} {M} {y}", "{M} {d}, {y}"],
    "fr": ["{d} {M} {y}"],
    "es": ["{d} de {M} de {y}"],
    "ru": ["{d} {M} {y} года"],
    "ar": ["{d} {M} {y}"],
    "vi": ["ngày {d} tháng {m} năm {y}", "{d}/{m}/{y}"],
    "zh": ["{y}年{m}月{d}日"],
}


@BOUNDED
@given(any_text, languages)
def test_date_parsers_never_raise_and_give_iso_dates_within_the_text(text: str, language: str | None) -> None:
    pack = _pack(language)
    parsed = dates.parse_date(text, pack)
    for match in dates.find_dates(text, pack):
        assert 0 <= match.span.start < match.span.end <= len(text)
        _assert_iso(match.iso)
        if match.end_iso is not None:
            _assert_iso(match.end_iso)
    assert parsed is None or parsed == dates.find_dates(text, pack)[0].iso


def _assert_iso(value: str) -> None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        datetime.date.fromisoformat(value)
    else:
        assert re.fullmatch(r"\d{4}(-\d{2})?|--\d{2}-\d{2}", value), value


@pytest.mark.parametrize(
    "language",
    sorted(DATE_FORMATS),
)
@BOUNDED
@given(day=st.dates(datetime.date(1946, 1, 1), datetime.date(2099, 12, 31)), data=st.data())
def test_parse_date_reads_what_the_language_writes(language: str, day: datetime.date, data: st.DataObject) -> None:
    pack = _pack(language)
    template = data.draw(st.sampled_from(DATE_FORMATS[language]))
    names = _month_names(pack, day.month) or [str(day.month)]
    month_name = data.draw(st.sampled_from(names))
    if language == "ru":
        month_name = names[0]  # the genitive, as a date is written; the nominative names the month alone
    written = template.format(d=day.day, m=day.month, y=day.year, M=month_name)
    assert dates.parse_date(written, pack) == day.isoformat(), written


# --- normalisation of names ----------------------------------------------------------------------


@BOUNDED
@given(any_text, st.booleans())
def test_fold_keeps_the_length_so_offsets_stay_valid(text: str, keep_tones: bool) -> None:
    assert len(normalize.fold(text, keep_tones=keep_tones)) == len(text)
    assert len(fold_digits(text)) == len(text)


@BOUNDED
@given(any_text, st.booleans())
def test_folding_and_name_keys_are_idempotent(text: str, keep_tones: bool) -> None:
    folded = normalize.fold(text, keep_tones=keep_tones)
    assert normalize.fold(folded, keep_tones=keep_tones) == folded
    key = normalize.name_key(text, keep_tones=keep_tones)
    assert normalize.name_key(key, keep_tones=keep_tones) == key


# --- IRIs ----------------------------------------------------------------------------------------

#: Characters RFC 3987 does not allow unescaped in an IRI, and that break N-Triples or Turtle.
IRI_FORBIDDEN = re.compile(r'[\s<>"{}|\\^`\x00-\x1f\x7f]')


def _assert_valid_iri(value: str) -> None:
    assert not IRI_FORBIDDEN.search(value), value
    assert NamedNode(value).value == value
    assert value.startswith(iri.ID)


@BOUNDED
@given(any_text)
def test_slugs_are_short_readable_ascii(text: str) -> None:
    value = iri.slug(text)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value), value
    assert len(value) <= 100
    assert iri.slug(text) == value  # deterministic


@BOUNDED
@given(st.one_of(st.sampled_from(["state", "resolution", "government-agency", "person"]), any_text), any_text)
@example("state", "VNM")
@example("resolution", "A/RES/70/1")
@example("law", 'x> . <http://evil> <p> "')
def test_entity_iris_are_valid_iris(kind: str, key: str) -> None:
    _assert_valid_iri(iri.entity_iri(kind, key))


@BOUNDED
@given(any_text, st.one_of(st.none(), any_text), st.integers(0, 10**7), st.integers(0, 10**7), any_text)
def test_document_and_fact_iris_are_valid_iris(
    key: str, language: str | None, start: int, length: int, discriminator: str
) -> None:
    expression = iri.expression_iri(iri.work_iri(key), language)
    for value in (
        expression,
        iri.graph_iri(expression),
        iri.activity_iri(expression),
        iri.fact_iri(expression, "commitment", start, start + length, discriminator),
        iri.agent_iri(discriminator, key),
    ):
        _assert_valid_iri(value)


@BOUNDED
@given(any_text)
def test_undocs_urls_are_valid_iris(symbol: str) -> None:
    url = iri.undocs_url(symbol)
    assert not IRI_FORBIDDEN.search(url), url
    assert NamedNode(url).value == url
