"""The figures of an appendix table after an instrument's signature: one a row, its area the place named.

A decision that allocates money often ends with an appendix ("PHỤ LỤC", ``extra["appendix_words"]``)
whose table gives each locality its amount, under a line that states the unit of every cell
("Đơn vị: Triệu đồng", ``extra["table_unit_labels"]``). A page copied from a legal-information site
prints each cell on a line of its own. A row is a label (a cell with no digits) followed by the cell of
its amount; the row number before the label is no amount; the label of the total row
(``extra["table_total_words"]``: "TỔNG", "Total") gives the amount of the whole, with no area.

This reader is the legal builder's until the shared table reader (the UN builder's table of figures,
moving into :mod:`kg.finders`) reads tables of places: that reader then plugs in at
:func:`read_appendix`, which gives it the text after the signature and the unit line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from kg.lang.base import LanguagePack
from kg.model import Kind, Mention, Span, Statistic
from kg.resolve.normalize import fold
from kg.text.numbers import find_quantities

__all__ = ["Appendix", "read_appendix"]


@dataclass(frozen=True)
class _Unit:
    factor: Decimal
    unit: str | None


@dataclass(frozen=True)
class Appendix:
    """An appendix table: where it stands (no other figure is read there) and the figures of its rows."""

    span: Span
    figures: list[Statistic]


def read_appendix(text: str, start: int, end: int, pack: LanguagePack, home_state: str | None) -> Appendix | None:
    """The appendix table in ``text[start:end]`` (the text after the last article), if it has a unit line.

    >>> from kg.lang import get
    >>> text = "PHỤ LỤC\\nĐơn vị: Triệu đồng\\nSTT\\nĐịa phương\\nKinh phí\\nTỔNG\\n300\\n1\\nCAO BẰNG\\n68.900\\n"
    >>> table = read_appendix(text, 0, len(text), get("vi"), "VNM")
    >>> [(str(f.value), f.unit, f.area.text if f.area else None) for f in table.figures]
    [('300000000', 'VND', None), ('68900000000', 'VND', 'CAO BẰNG')]
    """
    cells = _cells(text, start, end)
    opening = next(
        (i for i, cell in enumerate(cells) if _starts_with(cell.of(text), pack.words("appendix_words"))), None
    )
    if opening is None:
        return None
    unit_at = next((i for i in range(opening, len(cells)) if _unit_of(text, cells[i], pack)), None)
    if unit_at is None:
        return None
    unit = _unit_of(text, cells[unit_at], pack)
    assert unit is not None
    totals = {fold(word) for word in pack.words("table_total_words")}
    figures: list[Statistic] = []
    measure: str | None = None
    for before, cell in zip(cells[unit_at + 1 :], cells[unit_at + 2 :], strict=False):
        amount = _amount(text, cell, pack)
        if amount is None or re.search(r"\d", before.of(text)):
            continue  # a label, or the row number after the amount before it
        label = " ".join(before.of(text).split())
        if measure is None:  # the column's heading stands just above the first row
            measure = _heading_above(text, cells, before, unit_at)
        area = None if fold(label) in totals else Mention(before, before.of(text), Kind.PLACE, scope=home_state)
        figures.append(
            Statistic(Span(before.start, cell.end), amount * unit.factor, unit=unit.unit, measure=measure, area=area)
        )
    return Appendix(Span(cells[opening].start, end), figures)


def _cells(text: str, start: int, end: int) -> list[Span]:
    """The non-blank lines of ``text[start:end]``, trimmed of spaces."""
    cells = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        written = match.group()
        if written.strip():
            left = start + match.start() + len(written) - len(written.lstrip())
            cells.append(Span(left, left + len(written.strip())))
    return cells


def _starts_with(written: str, words: tuple[str, ...]) -> bool:
    return any(written.startswith(word) for word in words)


def _unit_of(text: str, cell: Span, pack: LanguagePack) -> _Unit | None:
    """ "Đơn vị: Triệu đồng": the multiplier and unit of every amount of the table, read as the number
    finder reads "1 triệu đồng"."""
    written = cell.of(text).strip(" ()*")
    label = next((w for w in pack.words("table_unit_labels") if written.casefold().startswith(w.casefold())), None)
    if label is None:
        return None
    unit_words = written[len(label) :].strip(" :")
    quantities = find_quantities(f"1 {unit_words}", pack)
    if not quantities:
        return _Unit(Decimal(1), unit_words or None)
    return _Unit(quantities[0].value, quantities[0].unit or unit_words or None)


def _amount(text: str, cell: Span, pack: LanguagePack) -> Decimal | None:
    """The amount a cell holds whole ("152.100"), if it holds one and nothing else."""
    quantities = find_quantities(text, pack, cell.start, cell.end)
    if len(quantities) != 1 or quantities[0].span != cell:
        return None
    return quantities[0].value


def _heading_above(text: str, cells: list[Span], first_label: Span, unit_at: int) -> str | None:
    """The heading of the amounts' column: the cell just above the first row's label, if no amount."""
    index = cells.index(first_label)
    if index - 1 <= unit_at:
        return None
    above = cells[index - 1].of(text)
    return None if re.search(r"\d", above) else " ".join(above.split())
