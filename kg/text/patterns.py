"""One regular expression for many phrases, shaped as a trie.

A plain alternation of a few hundred phrases makes the regex engine try every
phrase at every position of the text. Sharing the phrases' common beginnings
(``(?:notes(?:\\s+with\\s+concern|)|...)``) lets it drop every phrase that
does not start with the character at hand after one comparison.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any, Generic, TypeVar

__all__ = [
    "ByIdentity",
    "alternation",
    "caseless_alternation",
    "caseless_matches",
    "engine_lower",
    "finditer_from_space_runs",
    "phrase_pieces",
]

_END = None  # the trie slot that marks where a phrase ends

T = TypeVar("T")


class ByIdentity(Generic[T]):
    """What ``make`` makes of a tuple of words, found again by the tuple itself rather than its hash.

    Finders pass the same tuple (a pack's word list, a constant) thousands of times a document, and a cache
    keyed by the tuple's value hashes every word of it at every call. Each tuple is held with what was made of
    it, so that its identity stays its own while it is kept; past ``size`` tuples, all are forgotten.

    >>> made = ByIdentity(len)
    >>> words = ("prie", "décide")
    >>> made(words), made(words), made(("prie",))
    (2, 2, 1)
    """

    def __init__(self, make: Callable[[tuple[str, ...]], T], size: int = 1024) -> None:
        self._make, self._size = make, size
        self._held: dict[int, tuple[tuple[str, ...], T]] = {}

    def __call__(self, words: tuple[str, ...]) -> T:
        held = self._held.get(id(words))
        if held is not None and held[0] is words:
            return held[1]
        made = self._make(words)
        if len(self._held) >= self._size:
            self._held.clear()
        self._held[id(words)] = (words, made)
        return made


def alternation(phrases: Iterable[Sequence[str]]) -> str:
    """A regex matching any of ``phrases``, each given as a sequence of regex pieces.

    Where one phrase extends another, the longer is tried first, so the longest
    phrase that matches at a position wins ("notes with concern" over "notes").
    Pieces that match no character (lookarounds such as ``(?!\\w)``) are tried
    after the pieces that consume one.

    >>> import re
    >>> pattern = re.compile(alternation([["n", "o", "t", "e", "s"], list("notes") + [r"\\s+", *"with"]]))
    >>> pattern.pattern
    'notes(?:\\\\s+with|)'
    >>> pattern.match("notes with concern").group()
    'notes with'
    """
    trie: dict = {}
    for pieces in phrases:
        node = trie
        for piece in pieces:
            node = node.setdefault(piece, {})
        node[_END] = {}
    return _emit(trie) if trie else ""


def _emit(node: dict) -> str:
    # Most nodes of a phrase table's trie have one way on: such a run is written as it is, in a loop (the
    # packs' tables make hundreds of thousands of nodes, and every process builds them).
    run: list[str] = []
    while len(node) == 1:
        (piece,) = node
        if piece is _END:
            return "".join(run)
        run.append(piece)
        node = node[piece]
    # the pieces that consume a character first, then the zero-width ones, each in the order given
    steps = [piece for piece in node if piece is not _END and not piece.startswith(_LOOKAROUNDS)]
    steps += [piece for piece in node if piece is not _END and piece.startswith(_LOOKAROUNDS)]
    branches = [piece + _emit(node[piece]) for piece in steps]
    if _END in node:
        branches.append("")
    return "".join(run) + "(?:" + "|".join(branches) + ")"


_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


def _is_lookaround(piece: str) -> bool:
    return piece.startswith(_LOOKAROUNDS)


def phrases_alternation(phrases: Iterable[str]) -> str:
    """A regex matching any of ``phrases`` (each written out, spaces as any whitespace), the longest first.

    >>> import re
    >>> re.compile(phrases_alternation(["no later than", "by", "no"])).match("no  later than 2030").group()
    'no  later than'
    """
    return alternation(phrase_pieces(phrase) for phrase in phrases)


@cache
def _escaped(char: str) -> str:
    """``re.escape`` of one character, remembered: the packs' phrase tables ask it hundreds of thousands of
    times in every process, of a few hundred characters."""
    return re.escape(char)


def phrase_pieces(phrase: str, char: Callable[[str], str] = _escaped) -> list[str]:
    """A phrase as the pieces :func:`alternation` takes: ``char(c)`` for each character that is
    not a space, and any run of whitespace between words, however the text breaks its lines.

    >>> phrase_pieces("by  2030")
    ['b', 'y', '\\\\s+', '2', '0', '3', '0']
    """
    pieces: list[str] = []
    for c in phrase.strip():
        if not c.isspace():
            pieces.append(char(c))
        elif pieces[-1] != r"\s+":
            pieces.append(r"\s+")
    return pieces


# --- a first character the engine can skip to, with case ignored ---------------------------------

try:  # the engine's own case tables (CPython 3.11 and later; not in the type stubs)
    import _sre

    _casefix: Any = importlib.import_module("re._casefix")
    _TO_LOWER: Callable[[int], int] | None = _sre.unicode_tolower
    _IS_CASED: Callable[[int], bool] | None = _sre.unicode_iscased
    _EXTRA_CASES: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES
except (ImportError, AttributeError):  # pragma: no cover - another Python: no skipping, same matches
    _TO_LOWER = _IS_CASED = None
    _EXTRA_CASES = {}

#: The characters of the Basic Multilingual Plane; no character outside it is the same letter as one inside
#: it with case ignored (``tests/test_extraction_plumbing.py`` reads every code point to check).
_PLANE = 0x10000


def caseless_matches(char: str) -> frozenset[str] | None:
    """Every character that ``char`` matches in a pattern compiled with ``re.IGNORECASE`` (perhaps a few
    more), or None where that is not known (another Python; a character outside the Basic Multilingual Plane).

    The engine compares a cased character by its lower case, and some lower cases with others that it
    takes for the same letter ("s" and "ſ"): all that share one of those lower cases.

    >>> sorted(caseless_matches("s")), sorted(caseless_matches("S")), sorted(caseless_matches("5"))
    (['S', 's', 'ſ'], ['S', 's', 'ſ'], ['5'])
    """
    if _TO_LOWER is None or _IS_CASED is None or len(char) != 1 or ord(char) >= _PLANE:
        return None
    if not _IS_CASED(ord(char)):
        return frozenset(char)  # the engine matches an uncased character as it is
    lower = _TO_LOWER(ord(char))
    sharing = _lower_cases()
    return frozenset(
        chr(code) for same in (lower, *_EXTRA_CASES.get(lower, ())) for code in sharing.get(same, (same,))
    ) | {char}


def caseless_alternation(phrases: Sequence[Sequence[str]], firsts: Sequence[str]) -> str | None:
    r""":func:`alternation` of ``phrases`` for a pattern compiled with ``re.IGNORECASE``, shaped so that the
    engine skips to where a phrase can open, or None where it cannot be so shaped.

    With case ignored the engine skips to no character, and tries the pattern at every position. This
    pattern opens with a class of every character a phrase can open with, written out case and all
    (``(?-i:[...])``: :func:`caseless_matches`), then each first character's branch behind a test of that
    character (``(?<=a)``, with case ignored as before). ``firsts[i]`` is the first character of
    ``phrases[i]``, whose first piece matches it alone. A zero-width piece that every phrase of a first
    character has right after it (a word boundary tested after the first character, ``(?<!\w.)``) is
    tested once for all the branches that have it. None where two first characters may be one letter
    (their branches' order would count) or one's matches are not known.

    >>> pattern = re.compile(caseless_alternation([["o", "n"], ["u", "p", r"\s+", "t", "o"]], "ou"), re.IGNORECASE)
    >>> pattern.pattern, [m.group() for m in pattern.finditer("Upon ON up  to")]
    ('(?-i:[OoUu])(?:(?<=o)n|(?<=u)p\\s+to)', ['on', 'ON', 'up  to'])
    """
    branches: dict[str, tuple[frozenset[str], list[Sequence[str]]]] = {}
    for pieces, first in zip(phrases, firsts, strict=True):
        if pieces[0] not in branches:
            matches = caseless_matches(first)
            if matches is None or any(matches & other for other, _ in branches.values()):
                return None
            branches[pieces[0]] = (matches, [])
        branches[pieces[0]][1].append(pieces[1:])
    if not branches:
        return None
    opening = "".join(re.escape(char) for matches, _ in branches.values() for char in sorted(matches))
    tested: dict[str, list[str]] = {}  # the branches under each test shared after the first character
    for first, (_, rests) in branches.items():
        shared = rests[0][0] if rests[0] and _is_lookaround(rests[0][0]) else ""
        if shared and all(rest[:1] == [shared] for rest in rests):
            rests = [rest[1:] for rest in rests]
        else:
            shared = ""
        tested.setdefault(shared, []).append(f"(?<={first}){alternation(rests)}")
    choices = [f"{shared}(?:{'|'.join(tests)})" if shared else "|".join(tests) for shared, tests in tested.items()]
    return f"(?-i:[{opening}])(?:{'|'.join(choices)})"


def engine_lower(text: str) -> str:
    """``text`` in lower case as the regex engine lowers a character to ignore its case (one character for one):
    with case ignored, a phrase matches what it matches in this lower case, so two phrases that differ only in
    case are one.

    >>> engine_lower("Million İ")
    'million i'
    """
    if _TO_LOWER is None:  # pragma: no cover - another Python
        return text
    return "".join(chr(_TO_LOWER(ord(char))) for char in text)


@cache
def _lower_cases() -> dict[int, tuple[int, ...]]:
    """The characters of the plane whose lower case, as the engine reads it, is another, by that lower case
    (with it): made once a process."""
    if _TO_LOWER is None:
        return {}
    sharing: dict[int, list[int]] = {}
    for code, lower in zip(range(_PLANE), map(_TO_LOWER, range(_PLANE)), strict=True):
        if code != lower:
            sharing.setdefault(lower, [lower]).append(code)
    return {lower: tuple(codes) for lower, codes in sharing.items()}


def finditer_from_space_runs(
    pattern: re.Pattern[str], from_runs: re.Pattern[str], text: str, start: int, end: int
) -> list[re.Match[str]]:
    r"""``list(pattern.finditer(text, start, end))`` for a pattern that opens with a run of white space
    (``\s*[(]...``), read with ``from_runs``: the same pattern tried only where its run starts (no white space
    before it: ``[\s(](?<!\s[\s\S])...``).

    Tried at every position of a run of white space, such a pattern reads the rest of the run each time: the
    blanked page furniture of a reading view (thousands of spaces) made it quadratic. Where the run starts,
    it finds what it finds from any later position of the run; only a run the part starts inside of is read
    from the part's start, as ``pattern`` there.

    >>> whole, runs = re.compile(r"\s*\((\w+)\)"), re.compile(r"[\s(](?<!\s[\s\S])(?:(?<=\()|(?<=\s)\s*\()(\w+)\)")
    >>> [m.span() for m in finditer_from_space_runs(whole, runs, "a  (b) (c)(d)   (e", 2, 19)]
    [(2, 6), (6, 10), (10, 13)]
    """
    found = []
    first = pattern.match(text, start, end)
    if first is not None:
        found.append(first)
        start = first.end()
    found.extend(from_runs.finditer(text, start, end))
    return found
