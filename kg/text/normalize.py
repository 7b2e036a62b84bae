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

    One character in, one character out: offsets are unchanged.

    >>> fold_digits("البند ١٦ ٢٠١٧ １２")
    'البند 16 2017 12'
    """
    if _FOREIGN_DIGITS.search(text) is None:
        return text
    return _FOREIGN_DIGITS.sub(_ascii_digits, text)


def _ascii_digits(run: re.Match[str]) -> str:
    return "".join(str(unicodedata.decimal(char)) for char in run.group())


# Builders read one text a sentence at a time, asking for its digits each time.
_TEXTS_REMEMBERED = 4
#: A text this long is a document's; a shorter one (a line, a cell) is folded each time, and does not push
#: a document's folded text out of the few remembered.
_WHOLE_TEXT = 2000


def digits_folded(text: str) -> str:
    """:func:`fold_digits` of a whole text, remembered for the few texts being read."""
    return _digits_folded(text) if len(text) >= _WHOLE_TEXT else fold_digits(text)


@lru_cache(maxsize=_TEXTS_REMEMBERED)
def _digits_folded(text: str) -> str:
    return fold_digits(text)
