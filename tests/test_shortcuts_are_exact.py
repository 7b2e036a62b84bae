"""The shortcuts taken for speed give exactly what the plain forms they replace gave."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable

import pytest
from helpers import news_document
from hypothesis import given, settings
from hypothesis import strategies as st
from lingua import Language

from kg import lang
from kg.builders.legal import _capitalised_heads
from kg.builders.un import layout
from kg.finders import actors as actors_finder
from kg.finders import figures
from kg.finders import text as finder_text
from kg.finders.actors import _holds_body_word, _is_company_cue, _is_company_cue_word
from kg.finders.names import body_word
from kg.finders.text import DocumentText, Token, indexes_of_words, paragraph_of, phrase_pattern
from kg.model import Span
from kg.readers.language import _KANA_SCRIPTS, _KANA_SHARE, _SCRIPT_SHARE, _SCRIPTS, _candidates, _script
from kg.resolve.normalize import folded_text
from kg.text import numbers, patterns
from kg.text.normalize import digits_folded, fold_digits
from kg.text.patterns import _END, ByIdentity, alternation, phrase_pieces
from kg.text.symbols import _COMPONENT, _ONE_SYMBOL, _SYMBOL


def _plain_emit(node: dict) -> str:
    """The trie written out recursively, a stable sort putting zero-width pieces last, as it was written before."""
    steps = sorted((piece for piece in node if piece is not _END), key=lambda p: p.startswith(("(?=", "(?!", "(?<")))
    branches = [piece + _plain_emit(node[piece]) for piece in steps]
    if _END in node:
        branches.append("")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


@pytest.mark.parametrize("seed", range(20))
def test_an_alternation_is_written_as_the_recursive_form_writes_it(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    chooser = random.Random(seed)
    words = ["prie", "prie instamment", "pide", "pide a", "решает", "решительно", "قرر", "قررت", "决定"]
    pieces = [*map(phrase_pieces, chooser.sample(words, chooser.randint(1, len(words))))]
    pieces += [[*p, r"(?!\w)"] for p in pieces[: chooser.randint(0, len(pieces))]]
    pieces += [[chooser.choice("ab"), r"(?<!\w.)", *chooser.choices("abc", k=chooser.randint(0, 3))] for _ in range(5)]
    written = alternation(pieces)
    monkeypatch.setattr(patterns, "_emit", _plain_emit)
    assert written == alternation(pieces)


def test_a_phrase_s_pieces_are_its_escaped_characters() -> None:
    assert phrase_pieces("U.N.  (Geneva)") == [*map(re.escape, "U.N."), r"\s+", *map(re.escape, "(Geneva)")]


_PLAIN_SYMBOL = re.compile(rf"(?<![\w/.\-]){_ONE_SYMBOL}(?:-{_ONE_SYMBOL})*(?![\w/])")


@pytest.mark.parametrize(
    "text",
    [
        "Recordando su resolución A/RES/99/12, de 3 de marzo de 2098, y E/CN.9/2098/L.3",
        "Rappelant la résolution A/C.3/98/L.7/Rev.1 et le document A/98/64-E/2098/12.",
        "تشير إلى قرارها A/RES/98/270 B و S/RES/9999 (2098)",
        "xA/RES/1 /A/RES/2 .A/RES/3 -A/RES/4 A/RES/5x AB/CD/12/Corr.2",
    ],
)
def test_the_symbol_pattern_finds_what_the_plain_one_finds(text: str) -> None:
    assert [m.span() for m in _SYMBOL.finditer(text)] == [m.span() for m in _PLAIN_SYMBOL.finditer(text)]
    assert _COMPONENT in _SYMBOL.pattern


def test_the_symbol_pattern_finds_what_the_plain_one_finds_in_random_text() -> None:
    chooser = random.Random(7)
    for _ in range(20_000):
        text = "".join(chooser.choices("AES/RC.-12 (20)xa\n_é", k=chooser.randint(0, 30)))
        for start in (0, 1, 3):
            assert [m.span() for m in _SYMBOL.finditer(text, start)] == [
                m.span() for m in _PLAIN_SYMBOL.finditer(text, start)
            ]


def test_a_text_is_folded_once_whichever_way_its_mode_is_passed() -> None:
    text = "Organisation internatio-\n   nale des migrations. " * 50
    assert folded_text(text) is folded_text(text, False) is folded_text(text, keep_tones=False)
    assert folded_text(text, True) == folded_text(text, keep_tones=True)


@pytest.mark.parametrize("text", ["البند ١٦ من القرار ٧٠/١", "第１２条", "Article 12", ""])
def test_a_whole_text_s_digits_are_folded_as_its_lines_are(text: str) -> None:
    times = 2000 // (len(text) + 1) + 1
    whole = " ".join([text] * times)
    assert len(whole) >= 2000
    assert fold_digits(whole) == " ".join([fold_digits(text)] * times)
    assert digits_folded(whole) is fold_digits(whole)  # kept: asked again, not searched again


def _plain_candidates(sample: str) -> frozenset[Language] | None:
    """The candidates as they were found before, a generator over every character."""
    scripts = Counter(_script(char) for char in sample if char.isalpha())
    letters = sum(scripts.values())
    written = [script for script, count in scripts.items() if count >= _SCRIPT_SHARE * letters]
    if any(script not in _SCRIPTS for script in written):
        return None
    candidates = {language for script in written for language in _SCRIPTS[script]}
    if sum(1 for char in sample if char.isalpha() and _script(char) in _KANA_SCRIPTS) < _KANA_SHARE * letters:
        candidates.discard(Language.JAPANESE)
    return frozenset(candidates)


@pytest.mark.parametrize(
    "text",
    [
        "Le Conseil économique et social prie le Secrétaire général de présenter un rapport.",
        "Hội đồng Bảo an kêu gọi các bên tham gia đàm phán với IOM.",
        "Совет Безопасности призывает стороны к переговорам (UNHCR), 2024 год.",
        "联合国大会决定 IOM 和 UNHCR",
        "ภาษาไทย and English",
        "12 345 !",
    ],
)
def test_letters_counted_once_give_the_candidates_counted_one_by_one(text: str) -> None:
    assert _candidates(text) == _plain_candidates(text)


def _plain_paragraph_of(text: str, position: int) -> Span:
    """The paragraph around a position as it was found before: the blank lines before it searched each time."""
    starts = [m.end() for m in re.finditer(r"\n[ \t\u00a0]*\n", text[:position])]
    end = re.compile(r"\n[ \t\u00a0]*\n").search(text, position)
    return Span(max([0, *starts]), end.start() if end else len(text))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab \n\t\u00a0", max_size=40), data=st.data())
def test_a_paragraph_found_by_its_remembered_blank_lines_is_the_one_searched(text: str, data: st.DataObject) -> None:
    position = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert paragraph_of(text, position) == _plain_paragraph_of(text, position)


def _plain_indexes(words: list[str], test: Callable[[str], bool]) -> list[int]:
    return [index for index, word in enumerate(words) if test(word)]


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.lists(st.sampled_from(["Bộ", "bộ", "Agency", "of", "ZELTEX", "NovaRide", "x"])), max_size=4))
def test_words_answered_once_are_the_words_tested_one_by_one(texts: list[list[str]]) -> None:
    """A table shared by the texts of a pack, and forgotten when full, gives each text the plain loop's indexes."""
    answers: dict[str, bool] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(finder_text, "_WORDS_ANSWERED", 3)
        for words in texts:
            assert indexes_of_words(words, answers, str.istitle) == _plain_indexes(words, str.istitle)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Norland Ministry of Tests, the Support Mission and the Texas-based company Kestrel met Agencies."),
        ("fr", "L'Office norlandais et l'Agence Kestrel ont reçu la société Pluvier et L'entreprise des offices."),
        ("ru", "Шотландской национальной партии и Королевский институт испытаний встретили корпорации."),
        ("es", "La empresa Lácteos Norteños y el Ministerio de Pruebas de Norlandia recibieron a la Agencia."),
        ("ar", "التقت والمنظمة النورلاندية للاختبار مع وزارة التجارب."),
    ],
)
def test_the_words_read_for_titled_names_are_those_the_word_loop_read(language: str, text: str) -> None:
    """Only the words that hold a body word (or cue a company) are read further, as the loop over every word tested;
    a script without capitals holds none."""
    news = DocumentText(news_document(f"Title\n\n{text}\n", language), lang.get(language))
    words = [token.text for token in news.tokens_between(0, len(news.text))]

    def plain(word: str) -> bool:
        initial = word[0]
        seated = word in lang.get(language).extra.get("seated_body_words", {})
        return (initial.isupper() or initial.islower()) and bool(body_word(news, word) or seated)

    holders = news.pack.derived("actors.body_word_holders", lambda _: {})
    assert indexes_of_words(words, holders, lambda word: _holds_body_word(news, word)) == _plain_indexes(words, plain)
    cues = news.pack.derived("actors.company_cue_words", lambda _: {})
    assert indexes_of_words(words, cues, lambda w: _is_company_cue_word(news, w)) == _plain_indexes(
        words, lambda w: _is_company_cue(news, Token(0, len(w), w))
    )


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(["Bộ", "Sở", "Ủy ban", "xBộ", " ", "\n", "Bộ ", "tỉnh", "Bộ\n", "_", "-", "Sở "]))
)
def test_a_head_compiled_once_finds_what_the_head_searched_for_found(pieces: list[str]) -> None:
    """Each capitalised head of each pack, opened with its first character, matches where the search with the word
    boundary first matched."""
    text = "".join(pieces)
    for code in ("vi", "ru", "en", "fr", "es"):
        pack = lang.get(code)
        capitalised = [head for head in pack.organization_heads if head[:1].isupper()]
        for head, pattern in zip(capitalised, _capitalised_heads(pack), strict=True):
            plain = re.compile(rf"(?<!\w){re.escape(head)}(?= )")
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_head_compiled_once_is_found_in_prose_and_not_inside_a_word() -> None:
    text = "Bộ Thử nghiệm và Sở Y tế tỉnh Norland; xBộ Kiểm tra, Bộ\nKhác, Ministerio de Pruebas, Ministerio del"
    found = [m.group() for pattern in _capitalised_heads(lang.get("vi")) for m in pattern.finditer(text)]
    assert found == ["Bộ", "Sở"]
    found = [m.group() for pattern in _capitalised_heads(lang.get("es")) for m in pattern.finditer(text)]
    assert found == ["Ministerio de"]


#: Patterns as written before they opened with the character they read first, each beside the one that replaced it.
_PATTERNS_OPENED_BY_A_CHARACTER = {
    "caret markers": (layout._CARET_MARKER, re.compile(r"\^\(\d{1,3}\)|\^\d{1,3}|(?<=[^\W\d_])\(\d{1,2}\)")),
    "glued markers": (
        layout._GLUED_MARKER,
        re.compile(r"(?<=[a-zà-ÿа-яё\)”\"’;》」』）])\d{1,2}(?=[\s,;.:)，。；：、]|$)", re.MULTILINE),
    ),
    "markers after a stop": (
        layout._MARKER_AFTER_STOP,
        re.compile(r"(?:(?<=[^\W\d_]{3}\.)|(?<=(?:19|20)\d\d\.))\d{1,2}(?=[ \t]*$)", re.MULTILINE),
    ),
    "clause breaks before a name": (
        actors_finder._CLAUSE_BREAK,
        re.compile(r"[,;:!?،؛\"“”«»()（）\n]|\s[–—-]\s|(?<!\b\w)\.\s"),
    ),
    "clause breaks before a figure": (figures._CLAUSE_BREAK, re.compile(r"(?<!\d)[,،;؛]|[,،;؛](?!\d)|[。，；]")),
    "lone years": (figures._LONE_YEAR, re.compile(r"(?<![\d/.,\-–])((?:19|20)\d\d)(?![\d/]|\s*[-–]\s*\d)")),
}


@pytest.mark.parametrize("name", sorted(_PATTERNS_OPENED_BY_A_CHARACTER))
@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet='ab1920^(), .;\n\t-–—،。，"”ая》x3/', max_size=30), data=st.data())
def test_a_pattern_opened_by_a_character_finds_what_the_plain_one_found(
    name: str, text: str, data: st.DataObject
) -> None:
    opened, plain = _PATTERNS_OPENED_BY_A_CHARACTER[name]
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for part in ((0, len(text)), (start, end)):
        assert [(m.span(), m.groups()) for m in opened.finditer(text, *part)] == [
            (m.span(), m.groups()) for m in plain.finditer(text, *part)
        ]


@pytest.mark.parametrize(
    ("text", "markers", "years"),
    [
        (
            "Norland Tests Act.12\nheld in 2019.3\nKestrel(2), 4(1) ^(3) Rights2, миграции1, 契约》1，目标3，",
            ["12", "3"],
            ["2019"],
        ),
        (
            "Kestrel Foundation, U.S. International - the Agency. “Pluvier”; 432,000; 2019 1999/2020 2021-22",
            [],
            ["2019"],
        ),
    ],
)
def test_a_pattern_opened_by_a_character_finds_what_the_plain_one_found_in_prose(
    text: str, markers: list[str], years: list[str]
) -> None:
    for opened, plain in _PATTERNS_OPENED_BY_A_CHARACTER.values():
        assert [m.span() for m in opened.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in layout._MARKER_AFTER_STOP.finditer(text)] == markers
    assert [m.group(1) for m in figures._LONE_YEAR.finditer(text)] == years


@settings(max_examples=200, deadline=None)
@given(calls=st.lists(st.tuples(st.integers(0, 3), st.booleans()), max_size=12))
def test_a_phrase_table_found_by_identity_is_the_one_found_by_its_words(calls: list[tuple[int, bool]]) -> None:
    """A tuple passed again, a copy of it (another tuple of the same words) and a list of them all give the
    pattern made of those words, in either case mode, also once the tuples held are forgotten."""
    tables = [("Kestrel", "Norland"), ("pide", "pide a"), ("решает",), ()]
    copies = [tuple(list(words)) for words in tables]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(finder_text, "_PHRASES", ByIdentity(finder_text._PHRASES._make, size=2))
        for index, ignore_case in calls:
            by_words = finder_text._phrase_pattern(tables[index], ignore_case)
            for phrases in (tables[index], copies[index], list(tables[index])):
                assert phrase_pattern(phrases, ignore_case=ignore_case) is by_words


def test_a_table_of_words_before_a_figure_found_by_identity_reads_as_by_its_words() -> None:
    words = ("some", "about", "près de")
    text = "Kestrel paid about 12 and près de 3 to Norland"
    for position in (len("Kestrel paid about "), len("Kestrel paid about 12 and près de "), 3):
        assert numbers._match_before(text, position, words) == numbers._match_before(text, position, list(words))
    assert numbers._match_before(text, len("Kestrel paid about "), words) == ("about", Span(13, 18))
