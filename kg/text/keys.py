"""Which key of a pack's table a matched surface stands for, spacing and case aside.

Finders match a table's keys as one pattern, then ask which key the matched words are. Comparing
the surface with every key, folding each again, made that lookup grow with the table on every
match; the table is folded once here and looked up.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

__all__ = ["key_of"]


def key_of(surface: str, keys: Iterable[str]) -> str:
    """The key among ``keys`` that a matched surface stands for (spacing and case aside); the first of
    several that fold alike. A surface no key stands for is a finder's bug: ``KeyError``.

    >>> key_of("Prime  minister", {"Minister": "x", "prime minister": "y", "Prime Minister": "z"})
    'prime minister'
    """
    try:
        return _keys_by_fold(tuple(keys))[_folded(surface)]
    except KeyError:
        raise KeyError(surface) from None


@lru_cache(maxsize=256)
def _keys_by_fold(keys: tuple[str, ...]) -> dict[str, str]:
    by_fold: dict[str, str] = {}
    for key in keys:
        by_fold.setdefault(_folded(key), key)
    return by_fold


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()
