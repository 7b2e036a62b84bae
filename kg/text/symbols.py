"""UN document symbols: find them in running text and write them one canonical way.

A symbol is a series ("A", "E", "S", "TD", "UNEP" ...) followed by components
separated by slashes: ``A/RES/70/1``, ``A/C.2/72/L.66``, ``E/CN.16/2017/2``,
``A/67/65/Corr.1``; joint symbols join two with a hyphen (``A/72/64-E/2017/12``).
The canonical form (DESIGN.md, "Identifiers") is upper case with no inner
spaces: ``A/RES/57/270 B`` → ``A/RES/57/270B``.

Resolutions are also cited by number alone ("resolution 70/1", "قرارها ١/٧٠");
the rules that turn such a number into a symbol are :mod:`kg.finders.resolutions`.

Job numbers and page numbers ("17-23261", "18-22354 (E)", "2/36") have no
series letters and are never taken for symbols.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote

from kg.model import Span
from kg.text.normalize import fold_digits

__all__ = [
    "canonicalize",
    "find_symbols",
    "is_un_symbol",
    "series_of",
    "symbol_from_address",
]

# A series: upper-case letters, e.g. "A", "E", "TD", "UNEP", "FCCC".
_SERIES = r"[A-Z]{1,8}"
# A component after a slash: a body or a type ("RES", "C.2", "CN.16", "L.66", "SR.15"), a number
# with an optional part letter ("270 B"), a session in Roman numerals ("(III)"), or an addendum.
# The Security Council adds the year to its resolution numbers: "S/RES/2532 (2020)".
_COMPONENT = (
    r"(?:(?i:Corr|Add|Rev|Amend|Suppl|Sub|Res|Dec)\.\d{1,3}"
    r"|[A-Z]{1,8}(?:\.\d{1,4}[A-Z]?)?"
    r"|\d{1,5}(?:\s?[A-Z](?![A-Za-z]))?(?:\s?\([IVXL]+\)|\s?\((?:19|20)\d\d\))?)"
)
_ONE_SYMBOL = rf"{_SERIES}(?:/{_COMPONENT})+"
# No word character, slash, stop or hyphen before the series, tested after its first letter (``(?<![...].)``:
# the same test): a pattern that opens with a letter lets the engine skip to the next capital, where one that
# opens with the test is tried at every position of a document.
_SYMBOL = re.compile(rf"[A-Z](?<![\w/.\-].)[A-Z]{{0,7}}(?:/{_COMPONENT})+(?:-{_ONE_SYMBOL})*(?![\w/])")
_CANONICAL_ONE = r"[A-Z]{1,8}(?:/(?:[A-Z]{1,8}(?:\.\d{1,4}[A-Z]?)?|\d{1,5}[A-Z]?(?:\([IVXL]+\)|\(\d{4}\))?))+"
_CANONICAL = re.compile(rf"{_CANONICAL_ONE}(?:-{_CANONICAL_ONE})*")


def canonicalize(symbol: str) -> str:
    """The canonical form of a symbol: upper case, no spaces, no trailing punctuation.

    >>> canonicalize("A/RES/57/270 B")
    'A/RES/57/270B'
    >>> canonicalize(" a/c.2/72/l.66. ")
    'A/C.2/72/L.66'
    >>> canonicalize("A/67/65/Corr.1-E/2012/48/Corr.1")
    'A/67/65/CORR.1-E/2012/48/CORR.1'
    >>> canonicalize("S/RES/2532 (2020)"), canonicalize("A/RES/217 A (III)"), canonicalize("A/72/64);")
    ('S/RES/2532(2020)', 'A/RES/217A(III)', 'A/72/64')
    """
    canonical = "".join(symbol.split()).upper().rstrip(".,;:")
    while canonical.endswith(")") and canonical.count(")") > canonical.count("("):  # "(A/72/64)": not its own
        canonical = canonical[:-1].rstrip(".,;:")
    return canonical


def is_un_symbol(key: str | None) -> bool:
    """Whether ``key`` is a canonical UN symbol (and not, say, a national number or a job number).

    >>> [is_un_symbol(k) for k in ("A/RES/70/1", "A/72/64-E/2017/12", "402/QĐ-TTg", "17-23261", "RES")]
    [True, True, False, False, False]
    >>> is_un_symbol("S/RES/2532(2020)")
    True
    """
    return key is not None and _CANONICAL.fullmatch(key) is not None and any(c.isdigit() for c in key)


def find_symbols(text: str) -> list[tuple[Span, str]]:
    """Every UN symbol in ``text`` with its span and canonical form, in order.

    Digits of any script are read as ASCII digits; spans are offsets into ``text``.

    >>> text = "(A/72/64-E/2017/12); A/C.2/72/SR.15 و A/RES/57/270 B, p. 2/36, 17-23261, S/RES/2532 (2020)"
    >>> [symbol for _, symbol in find_symbols(text)]
    ['A/72/64-E/2017/12', 'A/C.2/72/SR.15', 'A/RES/57/270B', 'S/RES/2532(2020)']
    >>> find_symbols("hoàn thành trong Quý IV/2026; primer trimestre (I/2025)")
    []
    """
    if len(text) < _WHOLE_TEXT:
        return _read_symbols(text)
    return list(_symbols_of_whole_text(text))


#: A text this long is a document's, which the resolver and several finders each read whole: its symbols
#: are kept. A line or a paragraph, asked once, is read each time, and leaves the few kept in place.
_WHOLE_TEXT = 2000
_TEXTS_REMEMBERED = 4


@lru_cache(maxsize=_TEXTS_REMEMBERED)
def _symbols_of_whole_text(text: str) -> tuple[tuple[Span, str], ...]:
    return tuple(_read_symbols(text))


def _read_symbols(text: str) -> list[tuple[Span, str]]:
    found = []
    for match in _SYMBOL.finditer(fold_digits(text)):
        if any(char.isdigit() for char in match.group()) and not _QUARTER.fullmatch(match.group()):
            found.append((Span(match.start(), match.end()), canonicalize(match.group())))
    return found


#: A quarter of a year ("Quý IV/2026", "trimestre II/2025"): a period, no series of the UN's is a roman numeral.
_QUARTER = re.compile(r"(?:I{1,3}|IV)/(?:19|20)\d\d")


def series_of(symbol: str) -> str:
    """The issuing series of a symbol: the body it comes from, without type and numbers.

    >>> [series_of(s) for s in ("A/HRC/RES/35/1", "A/C.2/72/L.66", "E/2017/12", "S/RES/2250")]
    ['A/HRC', 'A/C.2', 'E', 'S']
    """
    parts = []
    for part in symbol.split("-")[0].split("/"):
        if part[:1].isdigit() or part in ("RES", "DEC", "PRST", "INF"):
            break
        parts.append(part)
    return "/".join(parts)


#: Addresses that carry a UN symbol: undocs.org's path ("undocs.org/en/A/RES/73/195"), and the "DS" or
#: "symbol" parameter of the ODS and UN library search links ("...Get?Open&DS=A/RES/73/195&Lang=E").
_ADDRESS_SYMBOL = re.compile(
    r"^(?:https?://)?(?:www\.)?undocs\.org/(?:(?:ar|zh|en|fr|ru|es)/)?(?P<path>[^?#]+)"
    r"|[?&](?:DS|ds|symbol)=(?P<parameter>[^&#]+)"
)


def symbol_from_address(address: str | None) -> str | None:
    """The UN symbol a document's address names, where it names one (the text may have lost it).

    >>> symbol_from_address("https://undocs.org/en/A/RES/73/195"), symbol_from_address("undocs.org/S/RES/2532(2020)")
    ('A/RES/73/195', 'S/RES/2532(2020)')
    >>> symbol_from_address("https://daccess-ods.un.org/access.nsf/Get?Open&DS=A/HRC/RES/26/9&Lang=E")
    'A/HRC/RES/26/9'
    >>> symbol_from_address("https://www.mid.ru/ru/maps/ca/1814238/") is None
    True
    """
    match = _ADDRESS_SYMBOL.search((address or "").strip())
    if match is None:
        return None
    symbol = canonicalize(unquote(match.group("path") or match.group("parameter")).rstrip("/"))
    return symbol if is_un_symbol(symbol) else None
