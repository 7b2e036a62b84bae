"""Cutting a text into tokens in one pass of the regular-expression engine.

A token pattern's ``findall`` gives the words and its ``finditer`` their offsets: two passes, and
a match object for every word. Splitting on the pattern as a group gives, in one pass and with no
match objects, the text between tokens and the tokens in turn; their lengths summed give every
offset.
"""

from __future__ import annotations

import re
from itertools import accumulate

__all__ = ["split_tokens"]


def split_tokens(split: re.Pattern[str], text: str) -> tuple[list[str], list[int], list[int]]:
    """The tokens of ``text``, where each starts and where each ends.

    ``split`` is a token pattern wrapped in one group, ``(token)``, with no other group; a token is never
    empty. The same as ``findall`` for the words and ``finditer`` for the offsets:

    >>> split_tokens(re.compile(r"(\\w+)"), "Hà Nội, 2024!")
    (['Hà', 'Nội', '2024'], [0, 3, 8], [2, 6, 12])
    """
    parts = split.split(text)  # between, token, between, token, ..., between
    words = parts[1::2]
    offsets = list(accumulate(map(len, parts)))  # the end of each part
    return words, offsets[0:-1:2], offsets[1::2]
