"""One regular expression for many phrases, shaped as a trie.

A plain alternation of a few hundred phrases makes the regex engine try every
phrase at every position of the text. Sharing the phrases' common beginnings
(``(?:notes(?:\\s+with\\s+concern|)|...)``) lets it drop every phrase that
does not start with the character at hand after one comparison.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

__all__ = ["alternation", "phrase_pieces"]

_END = None  # the trie slot that marks where a phrase ends


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
    steps = sorted((piece for piece in node if piece is not _END), key=_is_lookaround)  # stable sort
    branches = [piece + _emit(node[piece]) for piece in steps]
    if _END in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _is_lookaround(piece: str) -> bool:
    return piece.startswith(("(?=", "(?!", "(?<=", "(?<!"))


def phrases_alternation(phrases: Iterable[str]) -> str:
    """A regex matching any of ``phrases`` (each written out, spaces as any whitespace), the longest first.

    >>> import re
    >>> re.compile(phrases_alternation(["no later than", "by", "no"])).match("no  later than 2030").group()
    'no  later than'
    """
    return alternation(phrase_pieces(phrase) for phrase in phrases)


def phrase_pieces(phrase: str, char: Callable[[str], str] = re.escape) -> list[str]:
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
