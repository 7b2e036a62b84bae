"""Length-preserving normalisation, so that offsets into a normalised text are offsets into the original."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["digits_folded", "fold_digits"]


# Decimal digits of any script but ASCII: the character class is "not a non-digit, not 0-9"
# (``\d`` on str patterns is Unicode category Nd). Most texts hold none, and finding that out
# is several times quicker than translating every character.
_FOREIGN_DIGITS = re.compile(r"[^\D0-9]+")


def fold_digits(text: str) -> str:
    """Replace every decimal digit of any script (Arabic-Indic ١٢٣, full-width １２３ ...) by its ASCII digit.

    One character in, one character out: offsets are unchanged. A whole text (a document's, its reading
    view) is remembered for the few texts being read: builders and finders each ask for its digits, and the
    search through it costs more than looking it up.

    >>> fold_digits("البند ١٦ ٢٠١٧ １２")
    'البند 16 2017 12'
    """
    return _whole_text_folded(text) if len(text) >= _WHOLE_TEXT else _folded(text)


def _folded(text: str) -> str:
    if _FOREIGN_DIGITS.search(text) is None:
        return text
    return _FOREIGN_DIGITS.sub(_ascii_digits, text)


def _ascii_digits(run: re.Match[str]) -> str:
    return "".join(str(unicodedata.decimal(char)) for char in run.group())


# The texts being read at once: a document's, its reading view, the parts a builder rates it by.
_TEXTS_REMEMBERED = 8
#: A text this long is a document's; a shorter one (a line, a cell) is folded each time, and does not push
#: a document's folded text out of the few remembered.
_WHOLE_TEXT = 2000


#: :func:`fold_digits`, by the name the readers of a whole text know it by.
digits_folded = fold_digits


@lru_cache(maxsize=_TEXTS_REMEMBERED)
def _whole_text_folded(text: str) -> str:
    return _folded(text)
