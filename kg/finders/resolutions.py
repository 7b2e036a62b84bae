"""UN resolution numbers, as texts cite them without a symbol, in any language: their grammar, their
readings and the symbols they name; and the kind a symbol names.

A number is written in one of three ways, and each names one resolution:

* a Security Council number with its year, "2532 (2020)" (full-width brackets
  too: "2532（2020）"): ``S/RES/2532(2020)``;
* a number with its part letter and a roman session, "217 A (III)", of a
  General Assembly session before 1976: ``A/RES/217A(III)``;
* session and number, "73/195" (or number and session, or an ECOSOC year
  and number "2006/46", which :func:`resolution_readings` tells apart: a
  General Assembly session N runs from September of 1945 + N, and ECOSOC
  numbers its resolutions by year): ``A/RES/73/195``, ``E/RES/2006/46``.

The patterns are pieces with named groups; each builder sets them in its own
context (the UN builder after the words of a list, the prose finder after a
word for "resolution" or before a suffix such as "号决议"). The symbols they
give are canonical (:func:`kg.text.symbols.canonicalize`), so that one
resolution has one key whatever family of document cites it.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import Kind

__all__ = [
    "COUNCIL_NUMBER",
    "RESOLUTION_SERIES",
    "ROMAN_NUMBER",
    "SLASH_NUMBER",
    "ResolutionReading",
    "council_symbol",
    "kind_of_symbol",
    "resolution_readings",
    "resolution_symbol",
    "roman_symbol",
    "special_session_symbol",
]

#: A Security Council resolution: its number and, in brackets, its year ("2532 (2020)").
COUNCIL_NUMBER = r"(?P<council>\d{1,4})\s*[(（]\s*(?P<year>(?:19|20)\d\d)\s*[)）]"
#: A resolution of a session numbered in roman figures, with its part letter ("217 A (III)"), a special
#: session's too ("1874 (S-IV)", "ES-" for an emergency special session).
ROMAN_NUMBER = r"(?P<roman_number>\d{1,4})\s*(?P<letter>[A-Z])?\s*\((?P<roman>(?:E?S-)?[IVXL]+)\)"
#: Two numbers, session and number or year and number ("73/195", "2006/46"), not followed by a third; a
#: special session's number is marked before its session ("S-23/3"), an emergency special session's too
#: ("ES-10/19").
SLASH_NUMBER = r"(?P<special>E?S-)?(?P<first>\d{1,4})\s*/\s*(?P<second>\d{1,4})(?![\d/])"


#: The year before the first session of the General Assembly: session N opens in 1945 + N.
GA_BASE_YEAR = 1945

#: ECOSOC numbers its resolutions by year ("2006/46") since 1978; older years are not resolutions.
ECOSOC_YEARS = range(1978, 2100)

#: The series of the resolutions of each body that adopts them, by the body's gazetteer key:
#: "Human Rights Council resolution 41/2" is A/HRC/RES/41/2.
RESOLUTION_SERIES = {"GA": "A", "SC": "S", "ECOSOC": "E", "HRC": "A/HRC"}


@dataclass(frozen=True)
class ResolutionReading:
    """One way to read a resolution number "a/b": ``session``/``number``, or ``year``/``number``."""

    number: int
    session: int | None = None
    year: int | None = None


def resolution_readings(first: int, second: int, *, year: int | None = None) -> list[ResolutionReading]:
    """The plausible readings of a resolution number written "first/second", best first.

    A four-digit year makes it an ECOSOC-style number (year/number or number/year).
    Otherwise one of the two is a General Assembly session: a session is small
    (below 100), and where the text dates the resolution, its session is the one
    running that year (session N from September of 1945 + N).

    >>> resolution_readings(183, 56)
    [ResolutionReading(number=183, session=56, year=None)]
    >>> resolution_readings(46, 2006)
    [ResolutionReading(number=46, session=None, year=2006)]
    >>> resolution_readings(1, 70, year=2015)
    [ResolutionReading(number=1, session=70, year=None)]
    >>> len(resolution_readings(12, 15))  # undated and ambiguous: both readings, session/number first
    2
    """
    for maybe_year, number in ((first, second), (second, first)):
        if maybe_year in ECOSOC_YEARS and number < 1000:
            return [ResolutionReading(number=number, year=maybe_year)]
    readings = [
        ResolutionReading(number=number, session=session)
        for session, number in ((first, second), (second, first))
        if 1 <= session < 100 and number >= 1
    ]
    if year is not None:
        dated = [
            r for r in readings if r.session is not None and year - GA_BASE_YEAR - 1 <= r.session <= year - GA_BASE_YEAR
        ]
        readings = dated or readings
    return list(dict.fromkeys(readings))


def resolution_symbol(reading: ResolutionReading, series: str = "A", letter: str = "") -> str:
    """The symbol of a resolution of ``series`` ("A", "A/HRC", "E"), with its part letter.

    >>> resolution_symbol(ResolutionReading(number=270, session=57), letter="B")
    'A/RES/57/270B'
    >>> resolution_symbol(ResolutionReading(number=46, year=2006))
    'E/RES/2006/46'
    """
    if reading.year is not None:
        return f"E/RES/{reading.year}/{reading.number}{letter}"
    return f"{series}/RES/{reading.session}/{reading.number}{letter}"


def special_session_symbol(series: str, marker: str, session: int, number: int) -> str:
    """The symbol of a resolution of a special ("S-") or an emergency special ("ES-") session of the General
    Assembly: sessions numbered apart from the regular ones, so "S-23/3" is no resolution 23/3.

    >>> special_session_symbol("A", "ES-", 10, 19), special_session_symbol("A", "S-", 23, 3)
    ('A/RES/ES-10/19', 'A/RES/S-23/3')
    """
    return f"{series}/RES/{marker}{session}/{number}"


def council_symbol(number: int, year: int | str) -> str:
    """The symbol of a Security Council resolution.

    >>> council_symbol(2532, 2020)
    'S/RES/2532(2020)'
    """
    return f"S/RES/{number}({year})"


def roman_symbol(series: str, number: int, letter: str, roman: str) -> str:
    """The symbol of a resolution of a session numbered in roman figures.

    >>> roman_symbol("A", 217, "A", "III"), roman_symbol("A", 1874, "", "S-IV")
    ('A/RES/217A(III)', 'A/RES/1874(S-IV)')
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
