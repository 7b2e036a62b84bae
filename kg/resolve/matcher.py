"""Finding gazetteer names in running text: a token trie over folded text.

The text is folded (:mod:`kg.resolve.normalize`, length-preserving) and cut
into tokens: runs of letters and digits, single punctuation marks, and single
Chinese or Japanese characters (those scripts have no spaces). Every
gazetteer form is cut the same way into a path of the trie. Because matches
start and end on token boundaries, a name inside a longer word never matches
("Niger" in "Nigeria", المغرب in the adjective المغربية).

Rules that keep false friends out, all general:

* **longest match wins** and matches never overlap: "Papua New Guinea" is not
  Guinea, and a state named inside a longer known organisation name is part
  of the organisation;
* **capitals count in Latin scripts**: where a gazetteer form has a capital
  (or is an acronym), the text must too, so "chad" and "iom" are not Chad and
  IOM; forms written in lower case ("least developed countries") match in any
  case;
* **Arabic clitics are peeled, the article must agree**: a word may carry
  و or ف, then ب ل or ك, then the article ال (ل + ال is written لل); the rest
  must be a gazetteer form whose article matches. "وللجمعية العامة" is
  الجمعية العامة, but "المالي" (the financial) is not مالي (Mali).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import compress, repeat

from kg.model import Kind, Span
from kg.resolve.gazetteer import Known, Label, gazetteer, without_article
from kg.resolve.normalize import IGNORABLE, fold, folded_text, soft_breaks
from kg.text.symbols import find_symbols
from kg.text.tokens import split_tokens

__all__ = ["Match", "Tokens", "find", "match_whole", "token_table"]

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: A token: a run of letters, digits (not Chinese or Japanese ones) and ignorable characters, a Chinese or
#: Japanese character, or a punctuation mark. The run is written as letters then ignorables in turn, each
#: a class the engine reads in one loop, not a lookahead tried at every character (twice as fast).
_LETTERS = rf"[^\W_{_CJK}\x00]"
_TOKEN = re.compile(rf"{_LETTERS}+(?:\x00+{_LETTERS}*)*|\x00+(?:{_LETTERS}+\x00*)*|[{_CJK}]|[^\w\s\x00]")
#: The tokens as the group of a split: what lies between them, then each token, in one pass of the engine.
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u0671-\u06d3]")
#: Arabic vowel marks, shadda and sukun, and the superscript alef.
_ARABIC_MARK = re.compile(r"[\u064b-\u0652\u0670]")
_ARTICLE = "ال"
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ل", "ك")
_MIN_STEM = 2
_END = ""  # trie slot for the labels that end at a node (no token is empty)

#: When one form names several entities, the first kind here wins ("تونس": Tunisia before Tunis).
KIND_PRIORITY = (
    Kind.STATE,
    Kind.GROUP_OF_STATES,
    Kind.UN_BODY,
    Kind.INTERGOVERNMENTAL_ORGANIZATION,
    Kind.GOVERNMENT_AGENCY,
    Kind.ORGANIZATION,
    Kind.FORUM,
    Kind.SUMMIT,
    Kind.RESOLUTION,
    Kind.INSTRUMENT,
    Kind.POST,
    Kind.PLACE,
    Kind.TERRITORY,
)

# Case requirements of a form's token.
_ANY_CASE, _CAPITALISED, _ALL_CAPS = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Entry:
    """A gazetteer label compiled for the trie."""

    known: Known
    label: Label
    article: bool | None  # Arabic labels: does the name open with ال? None for other scripts
    case: tuple[int, ...]  # per token: _ANY_CASE, _CAPITALISED or _ALL_CAPS
    # The vowel marks that tell this form from a same-lettered one too ambiguous to find
    # ("عمّان" Amman, "عُمان" Oman, bare "عمان" either): the text must write them.
    marks: str = ""


@dataclass(frozen=True, slots=True)
class Opening:
    """One reading of the first token of a match: clitics peeled, article noted."""

    stem: str
    article: bool | None
    skip: int  # folded characters of proclitics left out of the mention
    clitics: bool  # were proclitics peeled?


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    known: Known
    label: Label
    how: str  # "name", "alias after clitic strip" ...


@dataclass(frozen=True, slots=True)
class Tokens:
    """The tokens of a folded text as three parallel lists.

    A document has tens of thousands of tokens and only a few start a name: making an
    object per token would cost more than the whole walk through the trie.
    """

    norms: list[str]  # what matching compares (see :func:`_comparable`)
    starts: list[int]  # offsets into the text
    ends: list[int]

    def __len__(self) -> int:
        return len(self.norms)


def token_table(folded: str) -> Tokens:
    """The tokens of a folded text (see :class:`Tokens`), computed list by list in C where it can.

    >>> token_table(fold("UN-Women (UNDP), 联合国大会")).norms
    ['un', '-', 'women', '(', 'undp', ')', ',', '联', '合', '国', '大', '会']
    >>> def norms(text):
    ...     return token_table(fold(text)).norms
    >>> norms("Генеральной Ассамблеи") == norms("Генеральная Ассамблея")
    True
    """
    words, starts, ends = split_tokens(_TOKEN_SPLIT, folded)
    norms = list(map(_comparable, words))
    if "" in norms:  # a "word" of ignorable characters only
        kept = [index for index, norm in enumerate(norms) if norm]
        norms, starts, ends = [norms[i] for i in kept], [starts[i] for i in kept], [ends[i] for i in kept]
    return Tokens(norms, starts, ends)


# Russian case endings, longest first: names are inflected ("Генеральной Ассамблеи").
_RUSSIAN_ENDING_TABLE = (
    "ями ами ого его ому ему ыми ими иях ых их ах ях ов ев ей ой ий ый ая яя ое ее ую юю ом ем "
    "ия ие ии ию ам ям ы и а я у ю е о й ь"
)
_RUSSIAN_ENDINGS = tuple(sorted(_RUSSIAN_ENDING_TABLE.split(), key=len, reverse=True))
_MIN_RUSSIAN_STEM = 3
# Vietnamese tone marks (as combining characters); other marks (circumflex, breve, horn) make letters.
_VIETNAMESE_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


# Words recur: remembering what a word compares as saves the Unicode work of every repeat.
_WORDS_REMEMBERED = 1 << 16


@lru_cache(maxsize=_WORDS_REMEMBERED)
def _comparable(word: str) -> str:
    """What matching compares of a word cut from folded text: ignorable characters out,
    Russian stems, Vietnamese tones in one place."""
    norm = word.replace(IGNORABLE, "")
    if "\u0400" <= norm[:1] <= "\u04ff":
        return _russian_stem(norm)
    if any(c > "\u00ff" for c in norm) and norm.isalpha():
        return _tone_last(norm)
    return norm


def _russian_stem(word: str) -> str:
    """A Russian word without its case ending, so that declined names meet.

    A stem ending in "е" or "и" loses it too: nouns in -ея and -ия keep that vowel in most cases
    but not in all ("Ассамблея", "Ассамблее"; "Организация", "Организацией").

    >>> [_russian_stem(w) for w in ("ассамблеи", "ассамблея", "ассамблее", "ассамблеей", "ооп")]
    ['ассамбл', 'ассамбл', 'ассамбл', 'ассамбл', 'ооп']
    >>> _russian_stem("организация") == _russian_stem("организацией") == _russian_stem("организациях")
    True
    """
    stem = _without_ending(word)
    if stem != word and stem[-1:] in _STEM_VOWELS and len(stem) > _MIN_RUSSIAN_STEM:
        return stem[:-1]
    return stem


_STEM_VOWELS = ("е", "и")


def _without_ending(word: str) -> str:
    for ending in _RUSSIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_RUSSIAN_STEM:
            return word[: -len(ending)]
    return word


def _tone_last(syllable: str) -> str:
    """A Vietnamese syllable with its tone mark moved to the end.

    Writers place the tone on either vowel of "oa", "oe", "uy" ("thoả" and
    "thỏa", "hoà" and "hòa"); moving it out of the way makes both spellings
    one, while "bộ" and "bỏ" stay apart. Syllables without a tone are unchanged.

    >>> _tone_last("thoả") == _tone_last("thỏa"), _tone_last("bộ") == _tone_last("bỏ")
    (True, False)
    """
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = "".join(c for c in decomposed if c in _VIETNAMESE_TONES)
    if not tones:
        return syllable
    letters = "".join(c for c in decomposed if c not in _VIETNAMESE_TONES)
    return unicodedata.normalize("NFC", letters) + tones


def _is_arabic(norm: str) -> bool:
    return bool(_ARABIC_LETTER.match(norm))


def _case_of(token_text: str) -> int:
    letters = [c for c in token_text if c.isalpha()]
    if not letters or not letters[0].isupper():
        return _ANY_CASE
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return _ALL_CAPS
    return _CAPITALISED


def _compile(known: Known, label: Label, keep_tones: bool) -> tuple[list[str], Entry] | None:
    tokens = token_table(fold(label.form, keep_tones=keep_tones))
    if not tokens:
        return None
    path = list(tokens.norms)
    article = None
    if _is_arabic(path[0]):
        article = path[0].startswith(_ARTICLE) and len(path[0]) - len(_ARTICLE) >= _MIN_STEM
        if article:
            path[0] = path[0][len(_ARTICLE) :]
    case = tuple(_case_of(label.form[start:end]) for start, end in zip(tokens.starts, tokens.ends, strict=True))
    return path, Entry(known, label, article, case)


@cache
def _compiled_labels(keep_tones: bool) -> list[tuple[list[str], Entry]]:
    return [
        compiled
        for known in gazetteer()
        for label in known.labels
        if (compiled := _compile(known, label, keep_tones)) is not None
    ]


@cache
def trie(keep_tones: bool) -> dict:
    """The trie of every gazetteer form, built once per process and fold mode."""
    root: dict = {}
    compiled_labels = _compiled_labels(keep_tones)
    ambiguous = {tuple(path) for path, entry in compiled_labels if not entry.label.findable}
    for path, entry in compiled_labels:
        if entry.label.findable and tuple(path) in ambiguous:
            entry = replace(entry, marks=_arabic_marks(entry.label.form))
        node = root
        for step in path:
            node = node.setdefault(step, {})
        node.setdefault(_END, []).append(entry)
    return root


@lru_cache(maxsize=_WORDS_REMEMBERED)
def _openings(norm: str) -> tuple[Opening, ...]:
    """The readings of a first token (see :func:`_readings`), remembered per word."""
    return tuple(_readings(norm))


@lru_cache(maxsize=_WORDS_REMEMBERED)
def _name_openings(norm: str, keep_tones: bool) -> tuple[Opening, ...]:
    """The readings of a token that open a name of the trie: none for most words, remembered per word."""
    root = trie(keep_tones)
    return tuple(opening for opening in _openings(norm) if opening.stem in root)


def _readings(norm: str) -> Iterator[Opening]:
    """The readings of a first token: as written, and with Arabic proclitics and article peeled.

    >>> [(o.stem, o.article, o.skip) for o in _readings("وللجمعيه")]  # doctest: +NORMALIZE_WHITESPACE
    [('وللجمعيه', False, 0), ('للجمعيه', False, 1), ('لجمعيه', False, 2), ('جمعيه', True, 1)]
    """
    yield Opening(norm, None if not _is_arabic(norm) else False, 0, False)
    if not _is_arabic(norm):
        return
    for conjunction in _CONJUNCTIONS:
        for preposition in _PREPOSITIONS:
            prefix = conjunction + preposition
            if not norm.startswith(prefix):
                continue
            rest = norm[len(prefix) :]
            if prefix and len(rest) >= _MIN_STEM:
                yield Opening(rest, False, len(prefix), True)
            if preposition == "ل" and rest.startswith("ل") and len(rest) > _MIN_STEM:
                # ل + ال is written لل: the mention keeps both letters.
                yield Opening(rest[1:], True, len(conjunction), True)
            elif rest.startswith(_ARTICLE) and len(rest) - len(_ARTICLE) >= _MIN_STEM:
                yield Opening(rest[len(_ARTICLE) :], True, len(prefix), bool(prefix))


def _arabic_marks(text: str) -> str:
    return "".join(_ARABIC_MARK.findall(text))


def _marks_fit(entry: Entry, text: str, tokens: Tokens, first: int) -> bool:
    """A vowelled form that tells two names apart is found only where the text writes its vowels."""
    if not entry.marks:
        return True
    last = first + len(entry.case) - 1
    return _arabic_marks(text[tokens.starts[first] : tokens.ends[last]]) == entry.marks


def _case_fits(entry: Entry, text: str, tokens: Tokens, first: int) -> bool:
    for index, required in enumerate(entry.case, start=first):
        written = text[tokens.starts[index] : tokens.ends[index]]
        if required == _CAPITALISED and not written[:1].isupper():
            return False
        if required == _ALL_CAPS and any(c.islower() for c in written):
            return False
    return True


def _fits(entry: Entry, opening: Opening, text: str, tokens: Tokens, first: int, *, check_case: bool) -> bool:
    if entry.article is None:
        if opening.article is not None and opening.skip:
            return False  # only Arabic names take Arabic proclitics
    elif entry.article != bool(opening.article):
        return False
    return not check_case or (_case_fits(entry, text, tokens, first) and _marks_fit(entry, text, tokens, first))


def _offset_after(folded: str, start: int, end: int, skip: int) -> int:
    """The text offset after ``skip`` non-ignorable characters of the token at ``start:end``."""
    position = start
    while skip and position < end:
        if folded[position] != IGNORABLE:
            skip -= 1
        position += 1
    while position < end and folded[position] == IGNORABLE:
        position += 1
    return position


def _how(label: Label, opening: Opening) -> str:
    return f"{label.how} after clitic strip" if opening.clitics else label.how


def _walk(root: dict, norms: list[str], first: int, opening: Opening) -> Iterator[tuple[int, list[Entry]]]:
    """(index of the last token, entries) for every form that the tokens from ``first`` spell."""
    node = root.get(opening.stem)
    index = first
    while node is not None:
        if _END in node:
            yield index, node[_END]
        index += 1
        if index == len(norms):
            return
        node = node.get(norms[index])


def _priority(entry: Entry, language: str | None) -> tuple[int, int, int]:
    kind = entry.known.kind
    rank = KIND_PRIORITY.index(kind) if kind in KIND_PRIORITY else len(KIND_PRIORITY)
    return (rank, entry.label.lang != language, not entry.label.findable)


def _candidates(text: str, language: str | None) -> Iterator[Match]:
    keep_tones = language == "vi"
    folded = folded_text(text, keep_tones)
    tokens = token_table(folded)
    yield from _matches(text, language, folded, tokens, range(len(tokens)))
    for unjoined, firsts in _unjoined(text, keep_tones, tokens):
        yield from _matches(text, language, folded, unjoined, firsts)


def _unjoined(text: str, keep_tones: bool, joined: Tokens) -> Iterator[tuple[Tokens, range]]:
    """Around each word the folded text joined at a line-end hyphen, the tokens as printed, unjoined.

    Whether a hyphen at a line end cuts a word ("Объеди-|ненных") or belongs to it
    ("секретарь-|исполнитель", "Государства-|участники") only a dictionary could tell:
    names are looked for in both readings, and the longest wins.
    Yields the tokens of the neighbourhood (offsets into ``text``) and the indexes a name
    through the break may start at.
    """
    reach = _depth(keep_tones)
    for start, end in soft_breaks(text):
        index = bisect_right(joined.starts, start) - 1
        if index < 0:
            continue
        low, high = joined.starts[max(0, index - reach)], joined.ends[min(len(joined) - 1, index + reach)]
        local = token_table(fold(text[low:high], keep_tones=keep_tones))
        shifted = Tokens(local.norms, [s + low for s in local.starts], [e + low for e in local.ends])
        yield shifted, range(bisect_right(shifted.starts, end))


@cache
def _depth(keep_tones: bool) -> int:
    """The most tokens a gazetteer form has."""
    return max((len(path) for path, _ in _compiled_labels(keep_tones)), default=0)


def _matches(text: str, language: str | None, folded: str, tokens: Tokens, firsts: range) -> Iterator[Match]:
    """The matches of the names that start at the tokens ``firsts``."""
    keep_tones = language == "vi"
    root = trie(keep_tones)
    # most words open no name: the words that do are picked out by the engine's own loops, not one by one
    norms = tokens.norms[firsts.start : firsts.stop]
    openings_at = list(map(_name_openings, norms, repeat(keep_tones)))
    for first, openings in zip(compress(firsts, openings_at), filter(None, openings_at), strict=True):
        for opening in openings:
            for last, entries in _walk(root, tokens.norms, first, opening):
                fitting = [
                    e for e in entries if e.label.findable and _fits(e, opening, text, tokens, first, check_case=True)
                ]
                if fitting:
                    best = min(fitting, key=lambda e: _priority(e, language))
                    begin = _offset_after(folded, tokens.starts[first], tokens.ends[first], opening.skip)
                    yield Match(begin, tokens.ends[last], best.known, best.label, _how(best.label, opening))


@dataclass(frozen=True, slots=True)
class _Candidates:
    """Every match of every length in one text, in order of start (ties: shorter first)."""

    matches: tuple[Match, ...]

    def within(self, start: int, end: int) -> Iterator[Match]:
        for index in range(bisect_left(self.matches, start, key=_start), len(self.matches)):
            match = self.matches[index]
            if match.start >= end:
                return
            if match.end <= end:
                yield match


# Builders look for names in one text many times (its paragraphs, its lines, the whole): the
# text is folded, cut and walked through the trie once, and each region picks its matches.
_TEXTS_REMEMBERED = 4


@lru_cache(maxsize=_TEXTS_REMEMBERED)
def _text_candidates(text: str, language: str | None) -> _Candidates:
    symbols = [span for span, _ in find_symbols(text)]
    found = (match for match in _candidates(text, language) if not _inside_a_symbol(match, symbols))
    return _Candidates(tuple(sorted(found, key=lambda m: (m.start, m.end))))


def _inside_a_symbol(match: Match, symbols: list[Span]) -> bool:
    """A name among a symbol's letters ("HRC" in "A/HRC/50/32") is the document's series, not a mention;
    a symbol the gazetteer knows whole is still one."""
    return any(
        span.start <= match.start and match.end <= span.end and (span.start, span.end) != (match.start, match.end)
        for span in symbols
    )


def _start(match: Match) -> int:
    return match.start


def _longest_first(matches: Iterable[Match]) -> list[Match]:
    """Non-overlapping matches, longer ones first, then earlier; returned in text order."""
    chosen: list[Match] = []  # in text order; they never overlap
    for match in sorted(matches, key=lambda m: (m.start - m.end, m.start)):
        index = bisect_right(chosen, match.start, key=_start)
        overlaps_before = index > 0 and chosen[index - 1].end > match.start
        overlaps_after = index < len(chosen) and chosen[index].start < match.end
        if not overlaps_before and not overlaps_after:
            chosen.insert(index, match)
    return chosen


def find(text: str, language: str | None, start: int = 0, end: int | None = None) -> list[Match]:
    """Every gazetteer name in ``text[start:end]``: longest first, no overlaps, in text order.

    A name must lie wholly inside the region; the words of the region are those of the whole text.
    """
    end = len(text) if end is None else end
    return _longest_first(_text_candidates(text, language).within(start, end))


def match_whole(name: str, language: str | None = None) -> list[tuple[Known, str]]:
    """The known entities whose form is all of ``name`` (case and articles aside), best first."""
    for candidate in dict.fromkeys((name, without_article(name.strip()))):
        keep_tones = language == "vi"
        tokens = token_table(fold(candidate, keep_tones=keep_tones))
        if not tokens:
            continue
        found: list[tuple[tuple[int, int, int], Known, str]] = []
        for opening in _openings(tokens.norms[0]):
            for last, entries in _walk(trie(keep_tones), tokens.norms, 0, opening):
                if last != len(tokens) - 1:
                    continue
                for entry in entries:
                    if _fits(entry, opening, candidate, tokens, 0, check_case=False):
                        found.append((_priority(entry, language), entry.known, _how(entry.label, opening)))
        if found:
            found.sort(key=lambda item: item[0])
            return list({id(known): (known, how) for _, known, how in found}.values())
    return []
