"""Numbers as written in running text, in any language: ``475.198``, ``1,5``, ``20 000``, ``1.5 billion``.

Two entry points:

* :func:`parse_number` reads one numeral (digits of any script, separators,
  an optional scale word) and returns its value, or ``None``;
* :func:`find_quantities` finds the *amounts* in a text: a numeral with the
  qualifier words before it ("more than", "hơn"), its scale word ("million",
  "tỷ") and its unit ("%", "USD", "người").

What a language writes is data in its :class:`~kg.lang.base.LanguagePack`:
``decimal_marks``, ``group_marks``, ``scale_words``, ``qualifiers``, ``units``.

**Which separator is which.** A character that only one list holds means what
that list says. A character in both lists (a "." in Vietnamese and Spanish, a
"," in Spanish, where Spain and Mexico disagree) is decided from the digits
around it, by the rules of how people write thousands:

* repeated (``1.234.567``) it can only group thousands;
* once, before exactly three digits and after at most three (``475.198``,
  ``1.500``), it groups thousands — a decimal fraction of exactly three digits
  is rare in prose, a thousands group is common;
* otherwise (``1.5``, ``1,25``) it is a decimal mark;
* with two different marks (``1.234,5`` / ``1,234.5``) the last is the
  decimal mark and the others group thousands.

A space (or a no-break space) only groups thousands, and only before exactly
three digits, so ``2020 100`` stays two numbers.

**What is not an amount.** :func:`find_quantities` leaves out numerals that
belong to something else (see :func:`is_amount`): parts of identifiers and
dates written with "/" or "-" (``402/QĐ-TTg``, ``69/2020/QH14``, ``20/3/2020``,
``2017-2022``, ``Covid-19``), times (``10:30``), ordinals and codes glued to
letters (``9e``, ``73rd``, ``G20``), numbers after a word of the pack's
``extra["ordinal_markers"]`` (``khóa 73``, ``No. 5``), list numbering at the
start of a line (``1.``, ``2)``), day numbers next to a month name (``10 juin``,
``10 de junio``), and bare years (``2017``) that carry no qualifier, scale or
unit. The builder still decides which amounts are statistics worth keeping.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from kg.lang.base import LanguagePack
from kg.model import Span
from kg.text.normalize import digits_folded, fold_digits

__all__ = ["Quantity", "find_quantities", "is_amount", "parse_number"]

#: Qualifier of a figure that none qualifies.
EXACT = "exact"

#: Bare integers in this range with nothing around them are read as years, not amounts.
_YEARS = range(1800, 2200)

#: Characters that join a numeral to an identifier, a date, a range or a time.
_JOINERS = "/-–‐‑:"


@dataclass(frozen=True)
class Quantity:
    """An amount found in a text.

    ``span`` covers the qualifier words, the numeral, its scale word and its
    unit; ``unit_span`` covers the unit alone, so that a builder can tell a
    unit of measure ("%", "USD") from a counted noun ("người", "personnes").
    """

    span: Span
    value: Decimal
    qualifier: str = EXACT
    unit: str | None = None
    unit_span: Span | None = None
    scaled: bool = False  # stated with a scale word ("281 million"): a measurement, not a list number


# --- numerals -------------------------------------------------------------------


def _is_space(mark: str) -> bool:
    return mark.isspace()


@lru_cache(maxsize=64)
def _numeral_pattern(marks: str) -> re.Pattern[str]:
    """Digits, possibly separated by single marks of the language (each mark between two digits)."""
    separators = "".join(sorted(set(marks)))
    return re.compile(rf"\d+(?:[{re.escape(separators)}]\d+)*")


def _split_numeral(numeral: str) -> tuple[list[str], list[str]]:
    """``"1.234,5"`` → ``(["1", "234", "5"], [".", ","])``."""
    groups = re.findall(r"\d+", numeral)
    separators = re.findall(r"\D", numeral)
    return groups, separators


def _is_grouping(groups: list[str]) -> bool:
    """Whether digit groups are a valid thousands grouping: 1–3 digits, then threes."""
    return 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def _value_of_groups(groups: list[str], separators: list[str], pack: LanguagePack) -> Decimal | None:
    """The value of a numeral split into digit groups; ``None`` when the separators make no sense."""
    if not separators:
        return Decimal(groups[0])
    kinds = set(separators)
    if len(kinds) == 1:
        mark = separators[0]
        can_group = mark in pack.group_marks or (_is_space(mark) and " " in pack.group_marks)
        if can_group and _is_grouping(groups):  # three digits after the mark: thousands
            return Decimal("".join(groups))
        if len(separators) == 1 and mark in pack.decimal_marks:
            return Decimal(f"{groups[0]}.{groups[1]}")
        return None
    # Two kinds of marks: the last one, used once, is the decimal mark.
    decimal_mark = separators[-1]
    group_marks = set(separators[:-1])
    if (
        len(group_marks) == 1
        and decimal_mark in pack.decimal_marks
        and decimal_mark not in group_marks
        and group_marks <= set(pack.group_marks) | ({" "} if " " in pack.group_marks else set())
        and _is_grouping(groups[:-1])
    ):
        return Decimal(f"{''.join(groups[:-1])}.{groups[-1]}")
    return None


def _numeral_value(numeral: str, pack: LanguagePack) -> tuple[Decimal, int] | None:
    """The value of the longest valid prefix of a numeral (ASCII digits), and that prefix's length.

    A numeral the language cannot write ("1,5" in English) is cut back to the
    digits before its first unreadable mark.
    """
    groups, separators = _split_numeral(numeral)
    while groups:
        value = _value_of_groups(groups, separators, pack)
        if value is not None:
            length = sum(map(len, groups)) + len(separators)
            return value, length
        groups, separators = groups[:-1], separators[:-1]
    return None


def _pack_marks(pack: LanguagePack) -> str:
    marks = pack.decimal_marks + pack.group_marks
    # A space in ``group_marks`` stands for every kind of space a page may use.
    return marks + "\u00a0\u202f\u2009" if " " in marks else marks


# --- words around numerals -----------------------------------------------------------


def _is_cjk(char: str) -> bool:
    """Scripts written without spaces between words, where word boundaries cannot be asked for."""
    return "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _word_alternation(words: Iterable[str]) -> str:
    """An alternation of words, longest first, each inner space matching any run of whitespace."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        body = r"\s+".join(re.escape(piece) for piece in word.split())
        if word[-1].isalnum() and not _is_cjk(word[-1]):
            body += r"(?!\w)"
        parts.append(body)
    return "|".join(parts)


@lru_cache(maxsize=256)
def _words_after_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(rf"\s*({_word_alternation(words)})", re.IGNORECASE)


@lru_cache(maxsize=256)
def _words_before_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Words ending just before a position (the text is cut there, so ``$`` anchors at it)."""
    if not words:
        return None
    spaced = [w for w in words if not _is_cjk(w[0])]
    unspaced = [w for w in words if _is_cjk(w[0])]
    options = []
    if spaced:
        options.append(rf"(?<!\w)(?:{_word_alternation(spaced)})")
    if unspaced:
        options.append(f"(?:{_word_alternation(unspaced)})")
    return re.compile(rf"({'|'.join(options)})\s*$", re.IGNORECASE)


def _key_of(surface: str, words: Collection[str]) -> str:
    """The word of ``words`` a matched surface form stands for (case and spacing aside)."""
    folded = " ".join(surface.split()).casefold()
    for word in words:
        if " ".join(word.split()).casefold() == folded:
            return word
    raise KeyError(surface)


def _match_after(text: str, position: int, words: Collection[str]) -> tuple[str, Span] | None:
    """The word of ``words`` starting at ``position`` (after optional whitespace), and its span."""
    pattern = _words_after_pattern(tuple(words))
    match = pattern.match(text, position) if pattern else None
    if not match:
        return None
    return _key_of(match.group(1), words), Span(match.start(1), match.end(1))


def _match_before(text: str, position: int, words: Collection[str], reach: int = 40) -> tuple[str, Span] | None:
    """The word of ``words`` ending at ``position`` (before optional whitespace), and its span."""
    pattern = _words_before_pattern(tuple(words))
    window_start = max(0, position - reach)
    match = pattern.search(text[window_start:position]) if pattern else None
    if not match:
        return None
    span = Span(window_start + match.start(1), window_start + match.end(1))
    return _key_of(match.group(1), words), span


def _prefix_units(pack: LanguagePack) -> dict[str, str]:
    """Units written before the amount: currency symbols such as "$", "US$", "€"."""
    return {key: unit for key, unit in pack.units.items() if not key[-1].isalnum() and key not in "%٪％"}


# --- public API ------------------------------------------------------------------------


def parse_number(text: str, pack: LanguagePack) -> Decimal | None:
    """The value of one numeral, with an optional scale word after it; ``None`` if ``text`` is not one.

    Digits of any script are read; separators follow the language (see the module docstring).

    >>> from kg.lang import get
    >>> parse_number("475.198", get("vi")), parse_number("1,5", get("fr"))
    (Decimal('475198'), Decimal('1.5'))
    >>> parse_number("1.5 billion", get("en"))
    Decimal('1500000000')
    >>> parse_number("٩٠", get("ar")), parse_number("20 000", get("fr"))
    (Decimal('90'), Decimal('20000'))
    >>> parse_number("1,5", get("en")) is None
    True
    """
    folded = fold_digits(text.strip())
    match = _numeral_pattern(_pack_marks(pack)).match(folded)
    if not match:
        return None
    read = _numeral_value(match.group(), pack)
    if read is None or read[1] != len(match.group()):
        return None
    value, end = read
    scale = _match_after(folded, end, pack.scale_words) if pack.scale_words else None
    if scale:
        value = _plain(value * Decimal(pack.scale_words[scale[0]]))
        end = scale[1].end
    return value if folded[end:].strip() == "" else None


def is_amount(text: str, start: int, end: int, pack: LanguagePack) -> bool:
    """Whether the numeral ``text[start:end]`` may be an amount rather than part of something else.

    >>> from kg.lang import get
    >>> text = "Quyết định số 402/QĐ-TTg ngày 20/3/2020, hơn 100 người"
    >>> [is_amount(text, m.start(), m.end(), get("vi")) for m in re.finditer(r"\\d+", text)]
    [False, False, False, False, True]
    """
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before and (before in _JOINERS or before in "#№" or (before.isalpha() and not _is_cjk(before))):
        return False  # "QH14", "A/RES/73/195", "Covid-19" (Chinese writes numbers against words)
    if _match_before(text, start, tuple(pack.extra.get("ordinal_markers", ()))):
        return False  # "khóa 73", "No. 5"
    if after and after in _JOINERS and end + 1 < len(text) and text[end + 1].isalnum():
        return False
    return not (_is_list_number(text, start, end) or _is_day_of_month(text, start, end, pack))


def _plain(value: Decimal) -> Decimal:
    """``1500000000.0`` → ``1500000000``: a scaled value without a fraction prints as an integer."""
    return value.to_integral_value() if value == value.to_integral_value() else value.normalize()


def _is_list_number(text: str, start: int, end: int) -> bool:
    """``1.`` / ``2)`` / ``(3)`` opening a line: the number of an item, not an amount."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t-•*#(") != "":
        return False
    return bool(re.match(r"[.)]\s", text[end : end + 2])) or text[end : end + 1] == ")"


def _is_day_of_month(text: str, start: int, end: int, pack: LanguagePack) -> bool:
    """A day number next to a month name: "10 juin", "June 10", "10 de junio".

    The words that may join a day to its month ("de") are ``extra["date_links"]``.
    """
    if not pack.months:
        return False
    names, linked_names = pack.derived("numbers.month_words", _month_words)
    if _match_after(text, end, linked_names):
        return True
    return _match_before(text, start, names) is not None


def _month_words(pack: LanguagePack) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Month names written in words, and the same after each word that may join a day to them."""
    names = tuple(name for name in pack.months if not any(c.isdigit() for c in name))
    links = ("", *(f"{link} " for link in pack.extra.get("date_links", ())))
    return names, tuple(f"{link}{name}" for name in names for link in links)


# Characters read around a region for qualifiers before a number and units after it.
_CONTEXT = 200


def find_quantities(text: str, pack: LanguagePack, start: int = 0, end: int | None = None) -> list[Quantity]:
    """The amounts in ``text[start:end]``, in order, with offsets into ``text``.

    >>> from kg.lang import get
    >>> [(str(q.value), q.qualifier, q.unit) for q in find_quantities("hơn 100.000 người", get("vi"))]
    [('100000', 'more-than', 'persons')]
    >>> find_quantities("theo Quyết định số 402/QĐ-TTg năm 2020", get("vi"))
    []
    """
    end = len(text) if end is None else min(end, len(text))
    low, high = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    window = digits_folded(text)[low:high]
    quantities = []
    for match in _numeral_pattern(_pack_marks(pack)).finditer(window, start - low, end - low):
        quantity = _quantity_at(window, match.start(), match.group(), pack, end - low)
        if quantity is not None:
            quantities.append(_shifted(quantity, low))
    return quantities


def _shifted(quantity: Quantity, offset: int) -> Quantity:
    unit_span = quantity.unit_span.shift(offset) if quantity.unit_span else None
    return replace(quantity, span=quantity.span.shift(offset), unit_span=unit_span)


def _quantity_at(text: str, start: int, numeral: str, pack: LanguagePack, limit: int) -> Quantity | None:
    """The quantity whose numeral starts at ``start``, or ``None`` if it is not an amount."""
    read = _numeral_value(numeral, pack)
    if read is None:
        return None
    value, length = read
    number_end = start + length
    scale = _match_after(text, number_end, pack.scale_words) if pack.scale_words else None
    if scale and scale[1].end <= limit:
        value = _plain(value * Decimal(pack.scale_words[scale[0]]))
        number_end = scale[1].end
    else:
        scale = None
    unit = _unit_after(text, number_end, pack, limit)
    if not unit and _glued_to_letters(text, number_end):
        return None  # "9e", "73rd", "QH14"
    if not is_amount(text, start, start + length, pack):
        return None
    prefix = _match_before(text, start, _prefix_units(pack)) if pack.units else None
    if prefix and not unit:
        unit = (pack.units[prefix[0]], prefix[1])
    qualifier = _match_before(text, prefix[1].start if prefix else start, pack.qualifiers)
    if not (scale or unit or qualifier) and _looks_like_year(numeral[:length], value):
        return None
    first = qualifier[1].start if qualifier else prefix[1].start if prefix else start
    last = max(number_end, unit[1].end) if unit else number_end
    return Quantity(
        span=Span(first, last),
        value=value,
        qualifier=pack.qualifiers[qualifier[0]] if qualifier else EXACT,
        unit=unit[0] if unit else None,
        unit_span=unit[1] if unit else None,
        scaled=scale is not None,
    )


def _unit_after(text: str, position: int, pack: LanguagePack, limit: int) -> tuple[str, Span] | None:
    found = _match_after(text, position, pack.units) if pack.units else None
    if not found or found[1].end > limit:
        return None
    return pack.units[found[0]], found[1]


def _glued_to_letters(text: str, position: int) -> bool:
    return position < len(text) and text[position].isalpha()


def _looks_like_year(numeral: str, value: Decimal) -> bool:
    return numeral.isdigit() and len(numeral) == 4 and int(value) in _YEARS
