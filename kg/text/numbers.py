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
  is rare in prose, a thousands group is common — unless the number starts
  with a zero (``0,007``: no one groups that);
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
from kg.text.keys import key_of
from kg.text.normalize import digits_folded, fold_digits
from kg.text.patterns import ByIdentity, caseless_alternation, engine_lower, phrase_pieces

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
    """Whether digit groups are a valid thousands grouping: 1–3 digits, then threes; no one groups a
    number that starts with a zero ("0,007" is a fraction in any language)."""
    return 1 <= len(groups[0]) <= 3 and groups[0][0] != "0" and all(len(group) == 3 for group in groups[1:])


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
    for count in _prefix_candidates(groups, separators):
        value = _value_of_groups(groups[:count], separators[: count - 1], pack)
        if value is not None:
            return value, sum(map(len, groups[:count])) + count - 1
    return None


def _prefix_candidates(groups: list[str], separators: list[str]) -> list[int]:
    """The only numbers of leading groups that :func:`_value_of_groups` can read, longest first.

    Cutting a numeral back one group at a time, and judging each prefix whole,
    costs the square of its length: minutes for a 300 KB run of ``1,0,1,0…``.
    The rules leave a handful of prefixes worth judging: with one kind of mark,
    the longest thousands grouping or two groups (a decimal mark); with two,
    only the prefix that ends at the first mark of the second kind. So the
    work is linear in the numeral, and the value the same.
    """
    same = len(separators)  # separators of the first kind before another kind
    for index, separator in enumerate(separators):
        if separator != separators[0]:
            same = index
            break
    grouped = 1 if 1 <= len(groups[0]) <= 3 else 0
    while 0 < grouped <= same and grouped < len(groups) and len(groups[grouped]) == 3:
        grouped += 1
    candidates = {same + 2, min(grouped, same + 1), 2, 1}
    return sorted((count for count in candidates if 1 <= count <= len(groups)), reverse=True)


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


def _match_after(text: str, position: int, words: Collection[str]) -> tuple[str, Span] | None:
    """The word of ``words`` starting at ``position`` (after optional whitespace), and its span."""
    pattern = _words_after_pattern(tuple(words))
    match = pattern.match(text, position) if pattern else None
    if not match:
        return None
    return key_of(match.group(1), words), Span(match.start(1), match.end(1))


_WORDS_BEFORE = ByIdentity(_words_before_pattern)


def _match_before(text: str, position: int, words: Collection[str], reach: int = 40) -> tuple[str, Span] | None:
    """The word of ``words`` ending at ``position`` (before optional whitespace), and its span."""
    pattern = _WORDS_BEFORE(words) if type(words) is tuple else _words_before_pattern(tuple(words))
    window_start = max(0, position - reach)
    match = pattern.search(text[window_start:position]) if pattern else None
    if not match:
        return None
    span = Span(window_start + match.start(1), window_start + match.end(1))
    return key_of(match.group(1), words), span


def _is_prefix_unit(key: str) -> bool:
    """A currency symbol ("$", "€") or an ISO 4217 code ("USD 36 billion", "CAD 2.5 million")."""
    return (not key[-1].isalnum() and key not in "%٪％") or re.fullmatch("[A-Z]{3}", key) is not None


def _prefix_units(pack: LanguagePack) -> dict[str, str]:
    """Units written before the amount: currency symbols such as "$", "US$", "€", ISO codes ("USD"),
    and the words of ``extra["prefix_units"]`` ("百分之")."""

    def make(pack: LanguagePack) -> dict[str, str]:
        words = set(pack.words("prefix_units"))
        return {key: unit for key, unit in pack.units.items() if key in words or _is_prefix_unit(key)}

    return pack.derived("numbers.prefix_units", make)  # asked for at every numeral


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
    return _is_amount(text, start, end, pack)


def _is_amount(text: str, start: int, end: int, pack: LanguagePack, joined: tuple[bool, bool] = (False, False)) -> bool:
    """:func:`is_amount`, where ``joined`` says on which side a range's dash is no joiner ("10-15%")."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before and not joined[0] and (before in _JOINERS or before in "#№"):
        return False  # "A/RES/73/195", "Covid-19"
    if before.isalpha() and not _is_cjk(before) and not _after_proclitic(text, start, pack):
        return False  # "QH14" (Chinese writes numbers against words; Arabic writes "و12", "and 12")
    if _match_before(text, start, tuple(pack.extra.get("ordinal_markers", ()))):
        return False  # "khóa 73", "No. 5"
    if not joined[1] and after and after in _JOINERS and end + 1 < len(text) and text[end + 1].isalnum():
        return False
    if _is_age(text, start, end, pack) or _is_ratio_base(text, start, pack):
        return False
    return not (_is_list_number(text, start, end) or _is_day_of_month(text, start, end, pack))


def _after_proclitic(text: str, start: int, pack: LanguagePack) -> bool:
    """Whether the letters glued before a numeral are a proclitic of ``extra["proclitics"]`` ("و12")."""
    word = re.search(r"(?<!\w)\w+$", text[max(0, start - 4) : start])
    return bool(word) and word.group() in pack.words("proclitics")  # type: ignore[union-attr]


def _is_age(text: str, start: int, end: int, pack: LanguagePack) -> bool:
    """An age: "aged 65", "under the age of 18", "18 years of age" (``extra["age_words_before"/"_after"]``)."""
    return bool(
        _match_before(text, start, pack.words("age_words_before"))
        or _match_after(text, end, pack.words("age_words_after"))
    )


def _is_ratio_base(text: str, start: int, pack: LanguagePack) -> bool:
    """The second term of a ratio: the 30 of "1 in 30 people" (``extra["ratio_links"]``)."""
    link = _match_before(text, start, pack.words("ratio_links"))
    return bool(link) and re.search(r"\d\s*$", text[max(0, link[1].start - 3) : link[1].start]) is not None  # type: ignore[index]


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
    if _match_after(text, end, linked_names) or _match_after(text, end, tuple(pack.months)):
        return True
    return _match_before(text, start, names) is not None


def _month_words(pack: LanguagePack) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Month names written in words, and the same after each word that may join a day to them."""
    names = tuple(name for name in pack.months if not any(c.isdigit() for c in name))
    links = ("", *(f"{link} " for link in pack.extra.get("date_links", ())))
    return names, tuple(f"{link}{name}" for name in names for link in links)


# Characters read around a region for qualifiers before a number and units after it.
_CONTEXT = 200
#: A dash between the two ends of a range ("10-15%", "2–3 million").
_RANGE_DASH = re.compile(r"\s*[-–‐‑]\s*(?=\d)")


@dataclass(frozen=True)
class _Numeral:
    """A numeral read from a text, with the scale words after it ("6 млн 200 тыс.", "مليون و500 ألف")."""

    start: int
    digits_end: int  # the end of its first numeral (digits or a number word), before any scale word
    end: int  # the end of its last scale word
    value: Decimal
    literal: str  # as written, for the year test ("" for a numeral in words)
    scale: Decimal | None = None  # the multiplier of its first scale word
    qualifier: str | None = None  # written between the digits and the scale word ("130多万": more than)


def find_quantities(text: str, pack: LanguagePack, start: int = 0, end: int | None = None) -> list[Quantity]:
    """The amounts in ``text[start:end]``, in order, with offsets into ``text``.

    A range ("10-15%", "từ 10 đến 15%") is two amounts: its low end ``at-least``
    and its high end ``at-most``, both with the range's unit.

    >>> from kg.lang import get
    >>> [(str(q.value), q.qualifier, q.unit) for q in find_quantities("hơn 100.000 người", get("vi"))]
    [('100000', 'more-than', 'persons')]
    >>> find_quantities("theo Quyết định số 402/QĐ-TTg năm 2020", get("vi"))
    []
    >>> [(str(q.value), q.qualifier) for q in find_quantities("10-15%", get("vi"))]
    [('10', 'at-least'), ('15', 'at-most')]
    """
    end = len(text) if end is None else min(end, len(text))
    low, high = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    window = digits_folded(text)[low:high]
    quantities: list[Quantity] = []
    covered = 0
    for numeral in _numerals(window, pack, start - low, end - low):
        if numeral.start < covered:
            continue  # a part of the amount before ("200 тыс." in "6 млн 200 тыс.", a range's high end)
        found, covered = _quantities_at(window, numeral, pack, end - low)
        quantities.extend(_shifted(quantity, low) for quantity in found)
    return quantities


def _shifted(quantity: Quantity, offset: int) -> Quantity:
    unit_span = quantity.unit_span.shift(offset) if quantity.unit_span else None
    return replace(quantity, span=quantity.span.shift(offset), unit_span=unit_span)


# --- numerals with their scale words ---------------------------------------------------


def _numerals(text: str, pack: LanguagePack, start: int, end: int) -> list[_Numeral]:
    """Numerals in digits and in words ("ثلاثة ملايين", "two million") starting in ``text[start:end]``."""
    found = []
    for match in _numeral_pattern(_pack_marks(pack)).finditer(text, start, end):
        numeral = _digit_numeral(text, match.start(), match.group(), pack, end)
        if numeral is not None:
            found.append(numeral)
    found.extend(_word_numerals(text, pack, start, end))
    found.extend(_character_numerals(text, pack, start, end))
    return sorted(found, key=lambda numeral: numeral.start)


def _digit_numeral(text: str, start: int, numeral: str, pack: LanguagePack, limit: int) -> _Numeral | None:
    read = _numeral_value(numeral, pack)
    if read is None:
        return None
    value, length = read
    # "130多万": a word of approximation between the digits and the scale word (``extra["scale_infixes"]``)
    infixes: dict[str, str] = pack.extra.get("scale_infixes", {})
    infix = _match_after(text, start + length, infixes) if infixes else None
    position = infix[1].end if infix and _scale_after(text, infix[1].end, pack, limit) else start + length
    if _scale_after(text, position, pack, limit) and _decimal_before_scale(numeral[:length], pack):
        groups = re.findall(r"\d+", numeral[:length])
        value = Decimal(f"{groups[0]}.{groups[1]}")
    total, end, scale = _scaled(text, position, value, pack, limit)
    qualifier = infixes[infix[0]] if infix and position != start + length else None
    if infix and qualifier is None and _counted_after(text, infix[1].end, pack):
        qualifier, end = infixes[infix[0]], infix[1].end  # "400 多间教室", "300余名": more than, with no scale
    return _Numeral(start, start + length, end, total, numeral[:length], scale, qualifier)


def _counted_after(text: str, position: int, pack: LanguagePack) -> bool:
    """Whether a measure word of the pack follows ``position`` ("间", "名"): what a number and its infix count."""
    return _match_after(text, position, pack.words("count_classifiers")) is not None


def _decimal_before_scale(numeral: str, pack: LanguagePack) -> bool:
    """ "2.075 millones": before a scale word, one mark that may be either, then three digits that do not end
    in 0, is a decimal mark (Mexico's "."): thousands of millions are written "2 mil 75 millones" there, and a
    fraction is written without trailing zeros, so "1.500 millones" (Spain's 1500 million) stays grouped.
    Only where the pack says its language writes so (``extra["three_digit_fraction_before_scale"]``): in
    Vietnamese "2.615 tỷ đồng" is 2615 billion."""
    groups, separators = _split_numeral(numeral)
    return (
        pack.extra.get("three_digit_fraction_before_scale") is True
        and len(separators) == 1
        and separators[0] in pack.decimal_marks
        and separators[0] in pack.group_marks
        and len(groups[1]) == 3
        and not groups[1].endswith("0")
    )


def _scaled(
    text: str, position: int, value: Decimal, pack: LanguagePack, limit: int
) -> tuple[Decimal, int, Decimal | None]:
    """The value with the scale words after ``position``, where they end, and the first one's multiplier.

    A smaller scale may follow, with a number of its own: "6 млн 200 тыс." (6 200 000),
    "مليون و500 ألف" (1 500 000), joined by a word of ``extra["scale_links"]``.
    """
    scale = _scale_after(text, position, pack, limit)
    if scale is None:
        return value, position, None
    total, position = _with_smaller_parts(text, scale[1], value * scale[0], scale[0], pack, limit)
    total, position = _with_units_after(text, position, total, pack, limit)
    return _plain(total), position, scale[0]


def _with_smaller_parts(
    text: str, position: int, total: Decimal, multiplier: Decimal, pack: LanguagePack, limit: int
) -> tuple[Decimal, int]:
    while (part := _smaller_part(text, position, multiplier, pack, limit)) is not None:
        amount, multiplier, position = part
        total += amount
    return total, position


def _with_units_after(text: str, position: int, total: Decimal, pack: LanguagePack, limit: int) -> tuple[Decimal, int]:
    """A number after a scale word of ``extra["scale_units_after"]`` adds to it: "32 mil 653" (32 653), "2万5000"
    (25 000), "cinco millones 423.37 mil"; and where a larger scale word follows it, the whole is of that
    scale: "mil 589.95 millones" (1 589.95 million), "tres mil 061.58 millones"."""
    words = pack.words("scale_units_after")
    scale_word = _match_before(text, position, words) if words else None
    if scale_word is None or scale_word[1].end != position:
        return total, position
    multiplier = Decimal(pack.scale_words[scale_word[0]])
    match = pack.derived("numbers.units_after", _units_after_pattern).match(text, position, limit)
    read = _numeral_value(match.group(1), pack) if match else None
    if match is None or read is None or read[1] != len(match.group(1)):
        return total, position
    value, end = read[0], match.start(1) + read[1]
    if _looks_like_year(match.group(1), value) or (_is_cjk(scale_word[0][-1]) and match.start(1) != position):
        return total, position  # "3万 2025年": a year, and Chinese writes no space inside a number
    scale = _scale_after(text, end, pack, limit)
    if scale is None:
        return (total + value, end) if value < multiplier else (total, position)
    if scale[0] > multiplier:
        return _plain((total + value) * scale[0]), scale[1]
    return _plain(total + value * scale[0]), scale[1]


def _units_after_pattern(pack: LanguagePack) -> re.Pattern[str]:
    """A numeral right after a scale word (past spaces where words have them), not a year or a date."""
    marks = re.escape(_pack_marks(pack))
    return re.compile(rf"[ \t\u00a0]*(\d+(?:[{marks}]\d+)?)(?![\d/:-]|[{marks}]\d)")


def _scale_after(text: str, position: int, pack: LanguagePack, limit: int) -> tuple[Decimal, int] | None:
    scale = _match_after(text, position, pack.scale_words) if pack.scale_words else None
    if not scale or scale[1].end > limit:
        return None
    return Decimal(pack.scale_words[scale[0]]), scale[1].end


def _smaller_part(
    text: str, position: int, multiplier: Decimal, pack: LanguagePack, limit: int
) -> tuple[Decimal, Decimal, int] | None:
    """``(amount, its multiplier, end)`` of a number with a scale smaller than ``multiplier`` at ``position``."""
    match = pack.derived("numbers.scale_part", _scale_part_pattern).match(text, position)
    read = _numeral_value(match.group(1), pack) if match else None
    if not match or read is None or read[1] != len(match.group(1)):
        return None
    scale = _scale_after(text, match.end(), pack, limit)
    if scale is None or scale[0] >= multiplier:
        return None
    return read[0] * scale[0], scale[0], scale[1]


def _scale_part_pattern(pack: LanguagePack) -> re.Pattern[str]:
    """A number before a smaller scale word, with a fraction where the language writes one ("423.37 mil")."""
    links = "|".join(re.escape(link) for link in sorted(pack.words("scale_links"), key=len, reverse=True))
    link = rf"(?:(?:{links})\s*)?" if links else ""
    marks = re.escape(_pack_marks(pack))
    return re.compile(rf"\s*{link}(\d+(?:[{marks}]\d+)?)(?![\d{marks}]\d)")


def _word_numerals(text: str, pack: LanguagePack, start: int, end: int) -> list[_Numeral]:
    """Numerals in words before a scale word ("ثلاثة ملايين"), or a scale word that alone means one of
    it ("مليون", "مليونين"): ``extra["number_words"]`` and ``extra["lone_scale_words"]``."""
    pattern = pack.derived("numbers.word_numerals", _word_numeral_pattern)
    if pattern is None:
        return []
    scales = pack.derived("numbers.scale_words_anywhere", _scale_word_pattern)
    if scales is not None and scales.search(text, start, end) is None:
        return []  # every numeral in words holds a scale word: a part with none holds none, read at no place
    counts, lone = pack.extra.get("number_words", {}), pack.extra.get("lone_scale_words", {})
    found = []
    for match in pattern.finditer(text, start, end):
        if re.search(r"\d\s*$", text[max(0, match.start() - 4) : match.start()]):
            continue  # "500 ألف" is read from its digits
        scale_word = match.group("scale")
        if match.group("count"):
            if scale_word not in pack.scale_words:
                continue
            value = Decimal(counts[key_of(match.group("count"), counts)]) * Decimal(pack.scale_words[scale_word])
        elif scale_word in lone:
            value = Decimal(lone[scale_word])
        else:
            continue
        multiplier = Decimal(pack.scale_words.get(scale_word, value))
        total, numeral_end = _with_smaller_parts(text, match.end(), value, multiplier, pack, end)
        total, numeral_end = _with_units_after(text, numeral_end, total, pack, end)
        if match.group("count") and _runs_on_in_words(text, numeral_end, pack):
            continue  # "hai nghìn | sáu trăm mười lăm tỷ": a number in words read no further is misread
        numeral_start = match.start("count") if match.group("count") else match.start("scale")
        found.append(_Numeral(numeral_start, match.start("scale"), numeral_end, _plain(total), ""))
    return found


def _character_numerals(text: str, pack: LanguagePack, start: int, end: int) -> list[_Numeral]:
    """Numerals in Chinese characters after a unit written before them ("百分之二十六点六": 26.6 percent).

    The characters are ``extra["numeral_characters"]`` (digits and 十 百 千 with their
    values) and ``extra["numeral_point"]``; they are read only after a word of
    ``extra["prefix_units"]``, since "一" is also in many words ("统一", "第一").
    """
    pattern = pack.derived("numbers.character_numerals", _character_numeral_pattern)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text, start, end):
        value = _character_value(match.group("whole"), match.group("fraction") or "", pack)
        if value is not None:
            found.append(_Numeral(match.start("whole"), match.end(), match.end(), value, ""))
    return found + _scaled_character_numerals(text, pack, start, end)


def _scaled_character_numerals(text: str, pack: LanguagePack, start: int, end: int) -> list[_Numeral]:
    """Numerals in characters before a scale word ("五百万人": 5 000 000, "三千亿元"): the scale word shows them
    a number, as a prefix unit does."""
    pattern = pack.derived("numbers.scaled_character_numerals", _scaled_character_numeral_pattern)
    found = []
    for match in pattern.finditer(text, start, end) if pattern else ():
        value = _character_value(match.group("whole"), "", pack)
        if value is not None:
            total, scaled_end, scale = _scaled(text, match.end(), value, pack, end)
            found.append(_Numeral(match.start(), match.end(), scaled_end, total, "", scale))
    return found


def _scaled_character_numeral_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    characters = pack.extra.get("numeral_characters", {})
    if not characters or not pack.scale_words:
        return None
    chars = re.escape("".join(characters))
    scales = "|".join(map(re.escape, sorted(pack.scale_words, key=len, reverse=True)))
    return re.compile(rf"(?<![{chars}\d])(?P<whole>[{chars}]+)(?=(?:{scales}))")


def _character_numeral_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    characters, prefixes = pack.extra.get("numeral_characters", {}), pack.words("prefix_units")
    if not characters or not prefixes:
        return None
    chars = re.escape("".join(characters))
    point = re.escape(str(pack.extra.get("numeral_point", ".")))
    before = "|".join(map(re.escape, prefixes))
    return re.compile(rf"(?<=(?:{before}))(?P<whole>[{chars}]+)(?:{point}(?P<fraction>[{chars}]+))?")


def _character_value(whole: str, fraction: str, pack: LanguagePack) -> Decimal | None:
    """The value of "二十六" and "六" is 26.6: digits times the power of ten written after them (十 百 千), summed."""
    values = pack.extra["numeral_characters"]
    total, digit = 0, None
    for char in whole:
        value = values[char]
        if value >= 10:
            total += (1 if digit is None else digit) * value
            digit = None
        elif digit is None:
            digit = value
        else:
            return None  # "二六": a code or a year in characters, not a number
    total += digit or 0
    if any(values[char] >= 10 for char in fraction):
        return None
    decimals = "".join(str(values[char]) for char in fraction)
    return _plain(Decimal(f"{total}.{decimals}" if decimals else total))


def _runs_on_in_words(text: str, position: int, pack: LanguagePack) -> bool:
    """Whether a number in words goes on at ``position`` with a number or scale word."""
    pattern = pack.derived("numbers.word_continuations", _word_continuation_pattern)
    return pattern is not None and pattern.match(text, position) is not None


def _word_continuation_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    counts = pack.extra.get("number_words", {})
    words = [*counts, *pack.scale_words]
    return re.compile(rf"[ \t]+(?:{_word_alternation(words)})", re.IGNORECASE) if counts else None


def _scale_word_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    """Any scale word of the pack (or lone scale word), case ignored, wherever it stands: a part where it finds
    none holds no numeral in words. Shaped so that the engine skips to where one can open
    (:func:`kg.text.patterns.caseless_alternation`); None where it cannot be, and every part is read."""
    words = [engine_lower(word) for word in (*pack.scale_words, *pack.extra.get("lone_scale_words", {}))]
    words = sorted({word for word in words if word.strip()})
    shaped = caseless_alternation([phrase_pieces(word) for word in words], [word.strip()[:1] for word in words])
    return re.compile(shaped, re.IGNORECASE) if shaped else None


def _word_numeral_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    counts, lone = pack.extra.get("number_words", {}), pack.extra.get("lone_scale_words", {})
    if not (counts or lone):
        return None
    proclitics = "|".join(map(re.escape, sorted(pack.words("proclitics"), key=len, reverse=True)))
    before = rf"(?<!\w)(?:{proclitics})?" if proclitics else r"(?<!\w)"
    scales = _word_alternation([*pack.scale_words, *lone])
    count = rf"(?:(?P<count>{_word_alternation(counts)})\s+)?" if counts else "(?P<count>(?!))?"
    return re.compile(rf"{before}{count}(?P<scale>{scales})", re.IGNORECASE)


# --- amounts -----------------------------------------------------------------------------


def _quantities_at(text: str, numeral: _Numeral, pack: LanguagePack, limit: int) -> tuple[list[Quantity], int]:
    """The amounts a numeral opens (two for a range), and where what they read ends."""
    ranged = _range_at(text, numeral, pack, limit)
    if ranged is not None:
        return ranged
    quantity = _quantity_of(text, numeral, pack, limit)
    return ([quantity] if quantity else []), numeral.end


def _range_at(text: str, low: _Numeral, pack: LanguagePack, limit: int) -> tuple[list[Quantity], int] | None:
    """A range, "10-15%" or "từ 10 đến 15%" (``extra["range_links"]``): its low end at least, its high at most."""
    if low.scale is not None or not low.literal:
        return None
    link = _RANGE_DASH.match(text, low.end) or pack.derived("numbers.range_links", _range_link_pattern).match(
        text, low.end
    )
    numeral = _numeral_pattern(_pack_marks(pack)).match(text, link.end()) if link else None
    high = _digit_numeral(text, numeral.start(), numeral.group(), pack, limit) if numeral else None
    if high is None or high.start >= limit:
        return None
    top = _quantity_of(text, high, pack, limit, joined=(True, False))
    bottom = _quantity_of(text, low, pack, limit, joined=(False, True))
    value = _plain(low.value * (high.scale or 1))
    if top is None or bottom is None or not (top.unit or top.scaled) or value >= top.value:
        return None
    bottom = replace(
        top,
        span=Span(bottom.span.start, top.span.end),
        value=value,
        qualifier="at-least" if bottom.qualifier == EXACT else bottom.qualifier,
    )
    # Both ends are stated by the whole range: each quotes it, so that it reads the same again.
    top = replace(top, span=bottom.span, qualifier="at-most" if top.qualifier == EXACT else top.qualifier)
    return [bottom, top], high.end


def _range_link_pattern(pack: LanguagePack) -> re.Pattern[str]:
    links = pack.words("range_links")
    if not links:
        return re.compile("(?!)")
    # a one-letter link is written on the next number: "بين ٢ و٣ مليارات" (``extra["proclitics"]``)
    glued = [link for link in links if link in pack.words("proclitics")]
    on_number = rf"|\s+(?:{'|'.join(re.escape(link) for link in glued)})(?=\d)" if glued else ""
    return re.compile(rf"\s+(?:{_word_alternation(links)})\s+(?=\d){on_number}", re.IGNORECASE)


def _quantity_of(
    text: str, numeral: _Numeral, pack: LanguagePack, limit: int, joined: tuple[bool, bool] = (False, False)
) -> Quantity | None:
    """The quantity of a numeral, or ``None`` if it is not an amount (``joined``: a range's dash on that side)."""
    start, number_end = numeral.start, numeral.end
    unit = _unit_after(text, number_end, pack, limit)
    if not unit and _glued_to_letters(text, number_end):
        return None  # "9e", "73rd", "QH14"
    if not _is_amount(text, start, numeral.digits_end, pack, joined):
        return None
    prefix = _match_before(text, start, _prefix_units(pack)) if pack.units else None
    if prefix and not unit:
        unit = (pack.units[prefix[0]], prefix[1])
    qualifiers = pack.derived("numbers.qualifiers", _qualifiers)
    qualifier = _match_before(text, prefix[1].start if prefix else start, qualifiers)
    scaled = numeral.end > numeral.digits_end
    if not (scaled or unit or qualifier) and _looks_like_year(numeral.literal, numeral.value):
        return None
    first = qualifier[1].start if qualifier else prefix[1].start if prefix else start
    last = max(number_end, unit[1].end) if unit else number_end
    return Quantity(
        span=Span(first, last),
        value=numeral.value,
        qualifier=qualifiers[qualifier[0]] if qualifier else numeral.qualifier or EXACT,
        unit=unit[0] if unit else None,
        unit_span=unit[1] if unit else None,
        scaled=scaled,
    )


def _qualifiers(pack: LanguagePack) -> dict[str, str]:
    """The pack's qualifiers, also with a proclitic written on them ("وأكثر من": "and more than")."""
    written_on = {f"{clitic}{word}": q for clitic in pack.words("proclitics") for word, q in pack.qualifiers.items()}
    return written_on | dict(pack.qualifiers)


def _unit_after(text: str, position: int, pack: LanguagePack, limit: int) -> tuple[str, Span] | None:
    found = _match_after(text, position, pack.units) if pack.units else None
    if not found or found[1].end > limit:
        return None
    return pack.units[found[0]], found[1]


def _glued_to_letters(text: str, position: int) -> bool:
    return position < len(text) and text[position].isalpha() and not _is_cjk(text[position])


def _looks_like_year(numeral: str, value: Decimal) -> bool:
    return numeral.isdigit() and len(numeral) == 4 and int(value) in _YEARS
