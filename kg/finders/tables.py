"""Tables of figures: one figure a row whose label names a State, and the total row.

A table of figures (a UN scale of assessments, a legal text's appendix: "Member
State | Percentage", then one row a State) is read from the lines of a text:
under a column header of the pack (``extra["table_unit_headers"]``:
"Percentage" -> percent), each row whose label the resolver reads as a State
gives a figure with that State as its area; the total row
(``extra["table_total_words"]``) gives one with none. A label may wrap over two
lines, and the header printed again on the next page goes on with the table.
The period is the span of the years the paragraph before the table names ("for
2019, 2020 and 2021" -> 2019/2021), the measure that paragraph's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from kg import resolve
from kg.finders.phrases import words_of
from kg.lang.base import LanguagePack
from kg.model import Kind, Span, Statistic
from kg.resolve.normalize import fold
from kg.text.normalize import digits_folded

if TYPE_CHECKING:
    from kg.text.numbers import Quantity

__all__ = ["find_table_figures"]

#: A blank line: where no builder gave paragraphs, blocks of lines between them are the paragraphs.
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
#: A year, in digits folded to ASCII.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A line that opens a numbered paragraph ("12. Takes note"): the end of a table.
_PARAGRAPH_LINE = re.compile(r"\s*\d{1,3}\s*[.．]\s*\D")
#: The number that opens a paragraph ("11. Resolves ..."): no part of what a table measures.
_NUMBER_HEAD = re.compile(r"^\s*\d{1,3}\s*[.．\-–]\s*")
#: A row's label may wrap over this many lines ("United Kingdom of Great Britain and | Northern Ireland").
_LABEL_LINES = 2
#: This many lines in a row without a figure end a table.
_TABLE_GAP = 12
#: A figure that starts with a zero and a mark ("0,007", "0.077"): the mark is its decimal mark.
_LEADING_ZERO = re.compile(r"0([.,])\d+")
#: The longest word a row's label may hold before the State it names: an article.
_ARTICLE_LENGTH = 4
#: A measure taken from the paragraph before a table is cut at this many characters.
_MEASURE_LENGTH = 200


@dataclass(frozen=True)
class _Table:
    header_end: int  # where the rows may start
    unit: str
    measure: str | None
    period: str | None


def find_table_figures(
    text: str,
    pack: LanguagePack,
    language: str | None,
    *,
    view: str | None = None,
    lines: Sequence[tuple[int, int]] | None = None,
    paragraphs: Sequence[Span] | None = None,
) -> list[Statistic]:
    """The figures of the tables of a document: one a row whose label is a State, and the total.

    ``view`` is a copy of ``text`` with page furniture blanked (offsets kept), so that a table printed
    over several pages reads as one, and ``lines`` the (start, end) offsets of its lines; both default
    to the text as it is. ``paragraphs`` are the spans of the document's paragraphs, of which the last
    that opens before a table leads it; by default the blocks of lines between blank lines that end
    before it.

    >>> from kg.lang import get
    >>> text = "Scales for 2022 and 2023:\\n\\nMember State\\nPercentage\\nFrance 4.318\\nTotal 100.000\\n"
    >>> rows = find_table_figures(text, get("en"), "en")
    >>> [(str(f.value), f.unit, f.area.key if f.area else None, f.period) for f in rows]
    [('4.318', 'percent', 'FRA', '2022/2023'), ('100.000', 'percent', None, '2022/2023')]
    """
    view = text if view is None else view
    lines = _lines_of(view) if lines is None else lines
    headers = {fold(header): unit for header, unit in _mapping(pack, "table_unit_headers").items()}
    if not headers:
        return []
    totals = {fold(word) for word in words_of(pack, "table_total_words")}
    found: list[Statistic] = []
    index = 0
    while index < len(lines):
        start, end = lines[index]
        unit = headers.get(fold(view[start:end].strip()))
        if unit is None:
            index += 1
            continue
        leads = _blocks_before(view, start) if paragraphs is None else paragraphs
        table = _Table(end, unit, *_lead_of(text, leads, start))
        rows, index = _table_rows((view, text), lines, index + 1, pack, language, table, (set(headers), totals))
        found.extend(rows)
    return found


def _lines_of(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the lines of ``text``, without their line breaks."""
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    return lines


def _blocks_before(text: str, position: int) -> list[Span]:
    """The blocks of lines between blank lines that end before ``position``: a text's paragraphs where no
    builder has read them."""
    blocks, start = [], 0
    for blank in _BLANK_LINES.finditer(text, 0, position):
        if text[start : blank.start()].strip():
            blocks.append(Span(start, blank.start()))
        start = blank.end()
    return blocks


def _mapping(pack: LanguagePack, key: str) -> dict[str, str]:
    value = pack.extra.get(key)
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _lead_of(text: str, paragraphs: Sequence[Span], position: int) -> tuple[str | None, str | None]:
    """The measure and period of a table: the words and the years of the paragraph that opens before it."""
    before = [span for span in paragraphs if span.start < position]
    if not before:
        return None, None
    lead = before[-1].of(text)
    years = sorted({int(year) for year in _YEAR.findall(digits_folded(lead))})
    period = None if not years else str(years[0]) if len(years) == 1 else f"{years[0]}/{years[-1]}"
    measure = " ".join(_NUMBER_HEAD.sub("", lead).split())[:_MEASURE_LENGTH] or None
    return measure, period


def _table_rows(
    texts: tuple[str, str], lines: Sequence[tuple[int, int]], index: int, pack: LanguagePack, language: str | None,
    table: _Table, words: tuple[set[str], set[str]],
) -> tuple[list[Statistic], int]:  # fmt: skip
    """The rows of one table, from line ``index``, and the index of the line after it. ``texts``: the
    reading view and the text; ``words``: the folded headers and total words."""
    text, original = texts
    headers, totals = words
    rows: list[Statistic] = []
    label: list[tuple[int, int]] = []  # the lines of the label of the row being read
    gap = 0
    while index < len(lines) and gap < _TABLE_GAP:
        start, end = lines[index]
        content = text[start:end].strip()
        index += 1
        if not content:
            continue
        if fold(content) in headers:  # the header printed again on the next page
            label, gap = [], 0
            continue
        figure = _row_figure(text, start, end, pack)
        if figure is None:
            if _PARAGRAPH_LINE.match(text, start, end):
                break
            label = [*label, (start, end)][-_LABEL_LINES:]
            gap += 1
            continue
        label_span = _label_span(text, label, start, figure.span.start)
        label, gap = [], 0
        if label_span is None:
            continue
        row = _row(original, label_span, figure, table, language, totals)
        if row is not None:
            rows.append(row)
    return _one_decimal_mark(rows, text), index


def _one_decimal_mark(rows: list[Statistic], text: str) -> list[Statistic]:
    """A column writes its figures one way: where a row shows its decimal mark beyond doubt ("0,007": a number
    that starts with a zero is never grouped), the same mark in the other rows is a decimal mark too ("2,948",
    "22,000", "100,000" are 2.948, 22 and 100 in a column of shares in Spanish, whose "," may group thousands)."""
    marks = {
        match.group(1)
        for row in rows
        if (match := _LEADING_ZERO.fullmatch(text[row.span.start : row.span.end].split()[-1])) is not None
    }
    if len(marks) != 1:
        return rows
    (mark,) = marks
    fixed = []
    for row in rows:
        written = text[row.span.start : row.span.end].split()[-1]
        if re.fullmatch(rf"\d+{re.escape(mark)}\d+", written):
            value = Decimal(written.replace(mark, "."))
            row = replace(row, value=value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize())
        fixed.append(row)
    return fixed


def _row_figure(text: str, start: int, end: int, pack: LanguagePack) -> Quantity | None:
    """The amount that ends the line, if the line ends with one and holds nothing after it."""
    from kg.text.numbers import find_quantities

    quantities = find_quantities(text, pack, start, end)
    if not quantities or text[quantities[-1].span.end : end].strip():
        return None
    return quantities[-1]


def _label_span(text: str, label: list[tuple[int, int]], line_start: int, figure_start: int) -> Span | None:
    """The label of a row: the words before its figure on its line, else the lines above it."""
    same_line = text[line_start:figure_start]
    if same_line.strip():
        begin = line_start + len(same_line) - len(same_line.lstrip())
        return Span(begin, line_start + len(same_line.rstrip()))
    if not label:
        return None
    begin = label[0][0] + len(text[label[0][0] : label[0][1]]) - len(text[label[0][0] : label[0][1]].lstrip())
    return Span(begin, label[-1][0] + len(text[label[-1][0] : label[-1][1]].rstrip()))


def _row(
    text: str, label: Span, figure: Quantity, table: _Table, language: str | None, totals: set[str]
) -> Statistic | None:
    """A row's figure: its area the State its label names whole, or none on the total row."""
    span = Span(label.start, figure.span.end)
    if fold(" ".join(label.of(text).split())) in totals:
        return Statistic(span, figure.value, "exact", table.unit, table.measure, None, table.period)
    states = resolve.find_mentions(text, language, start=label.start, end=label.end, kinds=(Kind.STATE,))
    # the State's name is the whole label, but for an article ("The former Yugoslav Republic of Macedonia")
    covering = [m for m in states if len(text[label.start : m.span.start].split()) <= 1
                and len(text[label.start : m.span.start].strip()) <= _ARTICLE_LENGTH
                and not text[m.span.end : label.end].strip()]  # fmt: skip
    if not covering:
        return None
    return Statistic(span, figure.value, "exact", table.unit, table.measure, covering[0], table.period)
