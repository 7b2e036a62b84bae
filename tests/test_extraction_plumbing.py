"""How finders get their matches (look-ups, shared readings) changes no fact they find: each faster path
is compared with the plain reading it replaced, on composed words and texts."""

from __future__ import annotations

import _sre
import re
from collections.abc import Mapping

import pytest
from helpers import news_document

from kg import lang
from kg.finders.actors import (
    _BARE_ACRONYM,
    _BARE_ACRONYM_RUNS,
    _DEFINED_ACRONYM,
    _DEFINED_ACRONYM_RUNS,
    find_actors,
)
from kg.finders.names import _body_word, has_case
from kg.finders.text import DocumentText, _caseless_alternation, _whole_words, phrase_pattern
from kg.text.dates import _opening_month, _patterns, _piece, find_dates
from kg.text.numbers import _scale_word_pattern, _word_numeral_pattern, _word_numerals, find_quantities
from kg.text.patterns import (
    _EXTRA_CASES,
    alternation,
    caseless_matches,
    engine_lower,
    finditer_from_space_runs,
    phrase_pieces,
)


def _body_word_by_scan(pack: lang.LanguagePack, word: str) -> str | None:
    """The body word ``word`` is or begins with, each body word of the pack compared in turn (the reading
    the look-up by prefix replaced)."""
    words = pack.extra.get("body_words", {})
    bodies = [(body, body.casefold()) for body in words] if isinstance(words, Mapping) else []
    endings = ("", *pack.words("body_word_endings"))
    for form in (word, *(word[len(p) :] for p in pack.words("proclitics") if word.startswith(p))):
        folded = form.casefold()
        for body, folded_body in bodies:
            if not folded.startswith(folded_body):
                continue
            if len(endings) > 1 and has_case(form, 0):
                if folded[len(folded_body) :] in endings:
                    return body
            elif len(form) - len(body) <= 3 or not has_case(form, 0):
                return body
    return None


@pytest.mark.parametrize(
    ("language", "word", "body"),
    [
        ("en", "Offices", "Office"),
        ("en", "Officer", None),  # an ending the pack does not list
        ("en", "agency", "Agency"),
        ("fr", "l'Organisation", "Organisation"),
        ("fr", "Commissions", "Commission"),
        ("ru", "корпорацией", "корпораци"),
        ("ar", "وللهيئة", None),
        ("ar", "والهيئة", "الهيئة"),
        ("ar", "بوزارة", "وزارة"),
    ],
)
def test_a_body_word_is_looked_up_by_its_prefixes(language: str, word: str, body: str | None) -> None:
    news = DocumentText(news_document("Title\n\nText.\n", language), lang.get(language))
    assert _body_word(news, word) == body == _body_word_by_scan(news.pack, word)


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru", "ar", "vi", "zh"])
def test_the_look_up_finds_what_a_scan_of_every_body_word_finds(language: str) -> None:
    """Every body word of the pack, cut, lengthened, in other cases and after each proclitic: the look-up
    and the scan agree, the pack's order deciding between two body words that both open a word."""
    pack = lang.get(language)
    news = DocumentText(news_document("Title\n\nText.\n", language), pack)
    words = pack.extra.get("body_words", {})
    bodies = list(words) if isinstance(words, Mapping) else []
    forms = {"", "x", "Bureau", "Comité"}
    for body in bodies:
        forms |= {body, body[:-1], body + "s", body + "es", body + "ion", body + "ами", body.upper(), body.lower()}
        forms |= {p + body for p in pack.words("proclitics")}
    for form in sorted(forms):
        if form:
            assert _body_word(news, form) == _body_word_by_scan(pack, form), form


def _plain_caseless(phrases: list[str]) -> re.Pattern[str]:
    """The alternation with case ignored that opens with its word test (the pattern the skipping one replaced)."""
    return re.compile(alternation(_whole_words(phrase.lower()) for phrase in phrases), re.IGNORECASE)


@pytest.mark.parametrize(
    ("phrases", "text", "found"),
    [
        (
            ["calls upon", "calls", "urges"],
            "Calls upon States; it URGES, recalls and calls.",
            ["Calls upon", "URGES", "calls"],
        ),
        (["prie", "prie instamment"], "Prie  instamment ; s'approprie ; PRIE", ["Prie  instamment", "PRIE"]),
        (["призывает", "просит"], "Призывает государства; запросит; ПРОСИТ", ["Призывает", "ПРОСИТ"]),
        (["يطلب", "«"], "يطلب من الدول «الامتثال» ويطلب", ["يطلب", "«"]),
        (["呼吁", "on"], "安理会呼吁各方 upon ON", ["呼吁", "ON"]),
    ],
)
def test_phrases_with_case_ignored_are_found_where_the_plain_alternation_finds_them(
    phrases: list[str], text: str, found: list[str]
) -> None:
    """A phrase inside a word ("recalls", "s'approprie", "запросит", "ويطلب") is no phrase; case is ignored."""
    skipping = phrase_pattern(phrases, ignore_case=True)
    assert skipping is not None
    assert [m.group() for m in skipping.finditer(text)] == found
    assert [m.span() for m in skipping.finditer(text)] == [m.span() for m in _plain_caseless(phrases).finditer(text)]
    assert all(
        (a.span() if a else None) == (b.span() if b else None)
        for a, b in ((skipping.match(text, i), _plain_caseless(phrases).match(text, i)) for i in range(len(text)))
    )


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru", "ar", "vi", "zh"])
def test_every_phrase_table_of_a_pack_matches_as_the_plain_alternation(language: str) -> None:
    """Each list of phrases of the pack, with case ignored, on a composed text of its phrases in every case,
    glued to letters and apart: the same matches as the plain alternation, where it skips or not."""
    pack = lang.get(language)
    for key in pack.extra:
        value = pack.extra.get(key)
        if not isinstance(value, list | tuple | Mapping) or not value:
            continue
        phrases = [p for p in value if isinstance(p, str) and p.strip()]
        if not phrases:
            continue
        text = " ".join(
            [*phrases, *(p.upper() for p in phrases), *(p.title() for p in phrases), "x" + "y".join(phrases)]
        )
        skipping = re.compile(_caseless_alternation([p.lower() for p in phrases]) or "(?!)", re.IGNORECASE)
        assert [m.span() for m in skipping.finditer(text)] == [
            m.span() for m in _plain_caseless(phrases).finditer(text)
        ], key


def test_a_character_matches_with_case_ignored_only_characters_its_class_names() -> None:
    """The class a caseless phrase pattern opens with holds every character the engine would match: all the
    first letters of every pack's phrases, read against every character of the plane, and no character
    outside the plane matches one inside it."""
    plane = "".join(map(chr, range(0x10000)))
    firsts = {"s", "k", "i", "ß", "µ", "θ", "é", "đ", "д", "ع", "中"}
    for language in ("en", "fr", "es", "ru", "ar", "vi", "zh"):
        pack = lang.get(language)
        for key in pack.extra:
            value = pack.extra.get(key)
            if isinstance(value, list | tuple | Mapping):
                firsts |= {p.strip()[0].lower() for p in value if isinstance(p, str) and p.strip()}
    for first in sorted(firsts):
        matches = caseless_matches(first)
        assert matches is not None
        assert set(re.findall(re.escape(first), plane, re.IGNORECASE)) <= matches, first
    above = [code for code in range(0x10000, 0x110000) if _sre.unicode_tolower(code) < 0x10000]
    assert above == []
    assert all((code < 0x10000) == all(o < 0x10000 for o in others) for code, others in _EXTRA_CASES.items())


#: The numeric date pattern as it was, its boundary tested before the first digit.
_NUMERIC_DATE_BEFORE = re.compile(r"(?<![\w/.\-])(\d{1,4})([/.\-])(\d{1,2})(?:\2(\d{2,4}))?(?![\w/]|\.\d)")


@pytest.mark.parametrize(
    ("language", "text", "dates"),
    [
        ("vi", "Ngày 29/10, Bộ đã họp; ngày 5.3.2021 ký; 3/4 số hộ; mã A-12/3/2020x.", ["--10-29", "2021-03-05"]),
        (
            "en",
            "Signed on 3/20/2020 (item 2.10), revised 1-4-2021; see A/75/2020 and v2/3/2020.",
            ["2020-03-20", "2021-01-04"],
        ),
        ("fr", "Le 12/05/2019 et le 3.4.19 ; pièce 12/345.", ["2019-05-12", "2019-04-03"]),
    ],
)
def test_numeric_dates_read_with_their_boundary_after_the_first_digit(
    language: str, text: str, dates: list[str]
) -> None:
    """A numeric date opens where no word character, slash, stop or hyphen stands before its first digit."""
    pack = lang.get(language)
    assert [d.iso for d in find_dates(text, pack) if d.iso[:1] in "-12"] == dates
    numeric = _patterns(pack).numeric
    for start in range(len(text)):
        assert [(m.span(), m.groups()) for m in numeric.finditer(text, start)] == [
            (m.span(), m.groups()) for m in _NUMERIC_DATE_BEFORE.finditer(text, start)
        ]


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Safety Board (HSB) and the  (ab) Port Agency\n(PA) said (( (XY)) and (Q) (R&D)(MN).",
        "El Instituto Nacional de Pesca (INP) y  la Red de Puertos (RdP) dijeron (ONU)(OEA)",
        "Северная торговая корпорация (СТК) и（ВОЗ） и (Ab) (ТАСС",
        "هيئة الموانئ الوطنية  FEMED وقالت \t ABC) OK",
        "Page furniture" + " " * 300 + "\n" + " " * 200 + "(UNEP) and" + " \t" * 50 + "UNDP (X)",
    ],
)
def test_acronyms_read_from_where_their_white_space_starts_are_those_read_from_every_position(text: str) -> None:
    """From every start, reading only where a run of white space starts finds what the patterns find."""
    for pattern, runs in ((_DEFINED_ACRONYM, _DEFINED_ACRONYM_RUNS), (_BARE_ACRONYM, _BARE_ACRONYM_RUNS)):
        for start in range(len(text)):
            for end in (len(text), max(start, len(text) - 7)):
                assert [(m.span(), m.span(1)) for m in finditer_from_space_runs(pattern, runs, text, start, end)] == [
                    (m.span(), m.span(1)) for m in pattern.finditer(text, start, end)
                ]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        (
            "en",
            "Title\n\nThe Coastal Fisheries Agency (CFA) said on Monday it would act.\n",
            "Coastal Fisheries Agency",
        ),
        (
            "es",
            "Título\n\nEl Instituto Nacional de Pesca (INP) anunció nuevas cuotas.\n",
            "Instituto Nacional de Pesca",
        ),
    ],
)
def test_a_body_named_before_its_acronym_is_found_once_the_acronyms_are_shared(
    language: str, text: str, body: str
) -> None:
    news = DocumentText(news_document(text, language), lang.get(language))
    assert body in {m.text for m in find_actors(news).organizations}
    assert any(name.startswith("actors.defined_acronyms.") for name in news._derived)


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru", "ar", "vi", "zh"])
def test_month_names_that_open_a_date_are_found_where_the_plain_alternation_finds_them(language: str) -> None:
    """Each month name of the pack in every case, alone, glued to a word and before a day and year."""
    pack = lang.get(language)
    names = list(pack.months)
    text = " ".join(f"{n} 12, 2020 x{n} 3 {n.upper()} 2021 {n.title()}, 2019 ({n} 2018)" for n in names)
    plain = re.compile(rf"(?<!\w)(?:{alternation(phrase_pieces(n, _piece) for n in names)})", re.IGNORECASE)
    skipping = re.compile(_opening_month(names), re.IGNORECASE) if names else plain
    assert [m.span() for m in skipping.finditer(text)] == [m.span() for m in plain.finditer(text)]
    found = [d.iso for d in find_dates(text, pack)]
    assert len(found) >= len(names) or not names


def test_a_date_that_opens_with_its_month_is_read_in_any_case() -> None:
    en, es = lang.get("en"), lang.get("es")
    assert [d.iso for d in find_dates("Signed MARCH 11-12, 2024; dismay 3, 2020; in june 2019.", en)] == [
        "2024-03-11",
        "2019-06",
    ]
    assert [d.iso for d in find_dates("En Marzo de 2021 y en ENERO 2020; xmayo 2019.", es)] == ["2021-03", "2020-01"]


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("en", "Some two million people and three hundred staff; a billion.", ["2000000", "1000000000"]),
        ("es", "Unos tres millones de personas y mil soldados.", ["3000000", "1000"]),
        ("ar", "نحو ثلاثة ملايين شخص ومليون لاجئ", ["3000000", "1000000"]),
    ],
)
def test_numerals_in_words_are_read_where_a_scale_word_stands(language: str, text: str, values: list[str]) -> None:
    """A numeral in words holds a scale word; a part with none is not read for them (and yields none)."""
    pack = lang.get(language)
    assert [str(q.value) for q in find_quantities(text, pack)] == values
    cut = text.index(" ", text.index(" ") + 1)  # the opening two words: a count word at most, no scale word
    assert _word_numerals(text, pack, 0, cut) == []
    assert _scale_word_pattern(pack) is not None


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru", "ar", "vi"])
def test_the_scale_word_test_keeps_every_numeral_in_words(language: str) -> None:
    """Every count and scale word of the pack in three cases, alone and glued: the numerals read with the test
    are those read without it, from every part."""
    pack = lang.get(language)
    counts = list(pack.extra.get("number_words", {}))
    words = [*pack.scale_words, *pack.extra.get("lone_scale_words", {}), *counts]
    text = " ".join(f"{w} {w.upper()} {w.title()} 3 x{w}" for w in words)
    text += " " + " ".join(f"{count} {scale}" for count in counts[:12] for scale in pack.scale_words)
    plain = re.compile(_word_numeral_pattern(pack).pattern, re.IGNORECASE)  # type: ignore[union-attr]
    scales = _scale_word_pattern(pack)
    assert scales is not None
    for start in range(0, len(text), 23):
        for end in (min(len(text), start + 40), len(text)):
            if scales.search(text, start, end) is None:
                assert plain.search(text, start, end) is None


def test_the_engine_lowers_one_character_for_one_and_once() -> None:
    plane = "".join(map(chr, range(0x10000)))
    lowered = engine_lower(plane)
    assert len(lowered) == len(plane)
    assert engine_lower(lowered) == lowered
