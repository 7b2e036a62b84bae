"""UN resolution numbers, as texts cite them without a symbol, in any language; the kind a symbol names.

A number is written in one of three ways, and each names one resolution:

* a Security Council number with its year, "2532 (2020)" (full-width brackets
  too: "2532（2020）"): ``S/RES/2532(2020)``;
* a number with its part letter and a roman session, "217 A (III)", of a
  General Assembly session before 1976: ``A/RES/217A(III)``;
* session and number, "73/195" (or number and session, or an ECOSOC year
  and number "2006/46", which :func:`kg.text.symbols.resolution_readings`
  tells apart): ``A/RES/73/195``, ``E/RES/2006/46``.

The patterns are pieces with named groups; each builder sets them in its own
context (the UN builder after the words of a list, the prose finder after a
word for "resolution" or before a suffix such as "号决议"). The symbols they
give are canonical (:func:`kg.text.symbols.canonicalize`), so that one
resolution has one key whatever family of document cites it.
"""

from __future__ import annotations

from kg.model import Kind

__all__ = ["COUNCIL_NUMBER", "ROMAN_NUMBER", "SLASH_NUMBER", "council_symbol", "kind_of_symbol", "roman_symbol"]

#: A Security Council resolution: its number and, in brackets, its year ("2532 (2020)").
COUNCIL_NUMBER = r"(?P<council>\d{1,4})\s*[(（]\s*(?P<year>(?:19|20)\d\d)\s*[)）]"
#: A resolution of a session numbered in roman figures, with its part letter ("217 A (III)").
ROMAN_NUMBER = r"(?P<roman_number>\d{1,4})\s*(?P<letter>[A-Z])?\s*\((?P<roman>[IVXL]+)\)"
#: Two numbers, session and number or year and number ("73/195", "2006/46"), not followed by a third.
SLASH_NUMBER = r"(?P<first>\d{1,4})\s*/\s*(?P<second>\d{1,4})(?![\d/])"


def council_symbol(number: int, year: int | str) -> str:
    """The symbol of a Security Council resolution.

    >>> council_symbol(2532, 2020)
    'S/RES/2532(2020)'
    """
    return f"S/RES/{number}({year})"


def roman_symbol(series: str, number: int, letter: str, roman: str) -> str:
    """The symbol of a resolution of a session numbered in roman figures.

    >>> roman_symbol("A", 217, "A", "III")
    'A/RES/217A(III)'
    """
    return f"{series}/RES/{number}{letter}({roman})"


def kind_of_symbol(symbol: str) -> Kind:
    """The kind of document a symbol names.

    >>> [str(kind_of_symbol(s)) for s in ("A/RES/70/1", "A/C.2/72/L.66", "A/C.2/72/SR.15")]
    ['resolution', 'draft-resolution', 'summary-record']
    >>> [str(kind_of_symbol(s)) for s in ("A/72/64-E/2017/12", "A/DEC/78/540", "S/PRST/2023/1")]
    ['report', 'decision', 'presidential-statement']
    """
    parts = symbol.split("-")[0].split("/")
    if "RES" in parts:
        return Kind.RESOLUTION
    if "DEC" in parts:
        return Kind.DECISION
    if "PRST" in parts:
        return Kind.PRESIDENTIAL_STATEMENT
    if any(part.startswith("L.") for part in parts):
        return Kind.DRAFT_RESOLUTION
    if any(part.startswith("SR.") for part in parts):
        return Kind.SUMMARY_RECORD
    return Kind.REPORT
