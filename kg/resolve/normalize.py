"""Folding names for matching: one character in, one character out.

Matching runs on a *folded copy* of the text, so that an offset found in the
copy is an offset into the original. Folding therefore never changes the
length of a string: every character maps to exactly one character. What a
matcher should skip (Arabic short vowels, tatweel, combining accents, soft
hyphens, direction marks) becomes :data:`IGNORABLE`, which tokenisation drops.

Two modes:

* the default folds case *and* accents (``"États" -> "etats"``): French,
  Spanish and English texts drop accents on capitals, and a Vietnamese name
  quoted in an English text is often written without tones;
* ``keep_tones=True`` (used for Vietnamese texts) folds case only, because
  Vietnamese tone marks tell words apart (``"Bộ"`` ministry, ``"Bỏ"`` drop).

Arabic letter variants that writers and OCR use interchangeably are unified
(أ إ آ ٱ → ا, ة → ه, ى → ي); Arabic-Indic and full-width digits become ASCII.

A document's folded copy (:func:`folded_text`) also mends the words that PDF
text layers of French, Spanish and Russian texts hyphenate at a line end
("internatio-\\n    nale"): the hyphen, the line break and the next line's
indentation become :data:`IGNORABLE`, so the word is one word again while its
span still quotes the hyphen and the break (see :func:`soft_breaks`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

__all__ = ["IGNORABLE", "fold", "fold_char", "folded_text", "name_key", "soft_breaks", "strip_ignorable"]

#: What a character that matching skips folds to.
IGNORABLE = "\x00"

# Letters that Unicode does not decompose into a base letter and a mark.
_LATIN_BASE = {"đ": "d", "ø": "o", "ł": "l", "ħ": "h", "ı": "i", "ŀ": "l"}
# Arabic letters written interchangeably in running text and in OCR output.
_ARABIC_VARIANTS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ة": "ه",
    "ى": "ي",
    "ی": "ي",  # Persian yeh, common in web text
    "ک": "ك",  # Persian kaf
}
_APOSTROPHES = "'’‘ʼʹ`´′"
_TATWEEL = "\u0640"


def _is_dash(char: str) -> bool:
    return unicodedata.category(char) == "Pd" or char == "\u2212"


# Letters that look accented but are letters of their own, whose loss would join words:
# Russian й marks case endings ("-ой" / "-ои" are different forms).
_NOT_ACCENTED = frozenset("йЙ")


def _strip_accent(char: str) -> str:
    """The base letter of an accented letter (``é`` → ``e``), when it has one."""
    if char in _NOT_ACCENTED:
        return char
    decomposed = unicodedata.normalize("NFD", char)
    if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return decomposed[0]
    return _LATIN_BASE.get(char, char)


def _lower(char: str) -> str:
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char  # "İ".lower() is two characters


def _compat(char: str) -> str:
    """Full-width and other compatibility forms (``Ａ`` → ``A``) when that stays one character."""
    composed = unicodedata.normalize("NFKC", char)
    return composed if len(composed) == 1 else char


def _fold_once(char: str, keep_tones: bool) -> str:
    category = unicodedata.category(char)
    if category == "Nd":
        return str(unicodedata.digit(char))
    if char.isspace():
        return " "
    if category in ("Mn", "Me", "Cf") or char in (_TATWEEL, "\u00ad"):
        return IGNORABLE
    if _is_dash(char):
        return "-"
    if char in _APOSTROPHES:
        return "'"
    if char in _ARABIC_VARIANTS:
        return _ARABIC_VARIANTS[char]
    folded = _lower(_compat(char))
    return folded if keep_tones else _lower(_strip_accent(folded))


@cache
def fold_char(char: str, keep_tones: bool = False) -> str:
    """Fold one character; applied until stable, so that folding is idempotent.

    >>> fold_char("É"), fold_char("أ"), fold_char("١"), fold_char("Ộ", keep_tones=True)
    ('e', 'ا', '1', 'ộ')
    """
    previous, current = char, _fold_once(char, keep_tones)
    while current != previous:
        previous, current = current, _fold_once(current, keep_tones)
    return current


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that folds each character the first time it is met.

    Translating runs in C; the table learns the few hundred characters a corpus uses.
    """

    def __init__(self, keep_tones: bool) -> None:
        super().__init__()
        self.keep_tones = keep_tones

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code), self.keep_tones)
        return folded


_FOLD_TABLES = {keep_tones: _FoldTable(keep_tones) for keep_tones in (False, True)}


def fold(text: str, *, keep_tones: bool = False) -> str:
    """The folded copy of ``text``, of the same length.

    >>> fold("Việt Nam"), fold("Việt Nam", keep_tones=True)
    ('viet nam', 'việt nam')
    >>> fold("وللجمعيّة العامة")
    'وللجمعي\\x00ه العامه'
    >>> len(fold("Co‑operative  Republic")) == len("Co‑operative  Republic")
    True
    """
    return text.translate(_FOLD_TABLES[keep_tones])


# Several readers of one document fold its whole text (the resolver, the phrase matchers).
_TEXTS_REMEMBERED = 4


def folded_text(text: str, keep_tones: bool = False) -> str:
    """:func:`fold` of a whole document's text, its words hyphenated at a line end joined (see
    :func:`soft_breaks`); remembered for the few documents being read.

    >>> folded_text("Organisation internatio-\\n   nale").replace(IGNORABLE, "_")
    'organisation internatio_____nale'
    """
    # one key however the caller passes the mode: the resolver names it, the phrase matchers leave it out
    return _folded_text(text, keep_tones)


@lru_cache(maxsize=_TEXTS_REMEMBERED)
def _folded_text(text: str, keep_tones: bool) -> str:
    folded = fold(text, keep_tones=keep_tones)
    breaks = soft_breaks(text)
    if not breaks:
        return folded
    pieces, last = [], 0
    for start, end in breaks:
        pieces += [folded[last:start], IGNORABLE * (end - start)]
        last = end
    pieces.append(folded[last:])
    return "".join(pieces)


# A hyphen (or soft hyphen) right after a letter, ending a line, and the next line's indentation. Dashes
# (en dash, em dash) join no words: "2020–\\n2030"; nor does the non-breaking hyphen, which never ends a line.
_LINE_END_HYPHEN = re.compile(r"[-\u2010\u00ad](?<=[^\W\d_].)[ \t]*(?:\r\n|\n|\r)\s*(?=[^\W\d_])")


@lru_cache(maxsize=_TEXTS_REMEMBERED)
def soft_breaks(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the hyphens, line breaks and indentation that cut a word in two at a line end.

    Only a lower-case letter after the break continues the word: "Vice-\\nPresident" keeps its
    hyphen. A compound broken at its own hyphen ("Государства-\\nучастники") is found here too:
    readers that can, such as :mod:`kg.resolve.matcher`, also read it unjoined.

    >>> soft_breaks("Uni-\\n  das; Vice-\\nPresident; 2020-\\n2030")
    ((3, 7),)
    """
    if "\n" not in text and "\r" not in text:
        return ()
    return tuple(found.span() for found in _LINE_END_HYPHEN.finditer(text) if text[found.end()].islower())


def strip_ignorable(text: str) -> str:
    """``text`` without the characters folding marked as ignorable.

    >>> strip_ignorable("a\\x00b")
    'ab'
    """
    return text.replace(IGNORABLE, "")


def name_key(name: str, *, keep_tones: bool = False) -> str:
    """A name reduced to what identifies it: folded, skippables dropped, spaces collapsed.

    >>> name_key("  Đại hội đồng\\nLiên hợp quốc ")
    'dai hoi dong lien hop quoc'
    >>> name_key("الجمعيّة العامّة") == name_key("الجمعية العامه")
    True
    """
    return " ".join(strip_ignorable(fold(name, keep_tones=keep_tones)).split())
