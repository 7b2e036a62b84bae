"""Length-preserving normalisation, so that offsets into a normalised text are offsets into the original."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["digits_folded", "fold_digits"]


class _DigitTable(dict[int, int]):
    """A ``str.translate`` table: a decimal digit of any script to its ASCII digit, other characters to
    themselves, each learnt when first met (translating runs in C; a corpus uses few characters)."""

    def __missing__(self, code: int) -> int:
        char = chr(code)
        is_foreign_digit = not ("0" <= char <= "9") and unicodedata.category(char) == "Nd"
        self[code] = ord(str(unicodedata.digit(char))) if is_foreign_digit else code
        return self[code]


_DIGITS = _DigitTable()


def fold_digits(text: str) -> str:
    """Replace every decimal digit of any script (Arabic-Indic ١٢٣, full-width １２３ ...) by its ASCII digit.

    One character in, one character out: offsets are unchanged.

    >>> fold_digits("البند ١٦ ٢٠١٧ １２")
    'البند 16 2017 12'
    """
    return text.translate(_DIGITS)


# Builders read one text a sentence at a time, asking for its digits each time.
_TEXTS_REMEMBERED = 4


@lru_cache(maxsize=_TEXTS_REMEMBERED)
def digits_folded(text: str) -> str:
    """:func:`fold_digits` of a whole text, remembered for the few texts being read."""
    return fold_digits(text)
