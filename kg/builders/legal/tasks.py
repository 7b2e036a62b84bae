"""The tasks of a plan's table: one commitment a row, addressed to the body that leads it, due when the row says.

A plan a decision issues often ends with a table of tasks: a row for each task, a column naming the body that
leads it ("Cơ quan chủ trì", ``extra["task_table_lead_headers"]``), one for those that co-operate, and one for
when it is due ("Thời gian hoàn thành", ``extra["task_table_due_headers"]``): "Quý IV/2026", "Năm 2025 - 2026",
"Hằng năm". A page copied from a legal-information site prints each cell on lines of its own between lines of
a lone "|", and ends a row with an empty cell ("|" twice). The table is the issuer's mandate to each lead body,
as a sentence "X chủ trì ..." of the plan's prose is: a directive, due by the end of the period the row gives.

A row without a number of its own continues the task above it (its number cell spans both rows), and where
it prints no time of its own, that cell spans both rows too: it is due when the row above is.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from kg.finders.actors import Actors
from kg.finders.commitments import action_force
from kg.finders.dates import find_dates
from kg.lang.base import LanguagePack
from kg.model import Commitment, Deadline, Kind, Mention, Paragraph, Span

__all__ = ["TaskTable", "period_deadline", "read_task_table"]

#: A row's number: "1", "12", "I", "IV", "**II**" with its marks.
_ROW_NUMBER = re.compile(r"[*\s]*(?:\d{1,3}|[IVXLC]{1,5})[.*\s]*")
_QUARTER_NUMBERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@dataclass(frozen=True)
class TaskTable:
    """A table of tasks: where it stands (no figure is read there), the paragraph it is (counted as the article
    that issues the plan) and the commitment of each task row."""

    span: Span
    paragraph: Paragraph
    commitments: list[Commitment]


@dataclass(frozen=True)
class _Columns:
    task: int
    lead: int
    due: int | None


def read_task_table(
    text: str,
    start: int,
    end: int,
    pack: LanguagePack,
    actors: Actors,
    issuer: Mention | None,
    article: str | None,
    home_state: str | None = None,
) -> TaskTable | None:
    """The table of tasks in ``text[start:end]``, if one has a column of lead bodies.

    >>> from kg.lang import get
    >>> from kg.finders.actors import Actors
    >>> text = "|\\nTT\\n|\\nNhiệm vụ\\n|\\nCơ quan chủ trì\\n|\\nThời gian hoàn thành\\n|\\n|\\n"
    >>> text += "1\\n|\\nSố hóa hồ sơ\\n|\\nSở Tư pháp\\n|\\nQuý II/2027\\n|\\n|\\n"
    >>> table = read_task_table(text, 0, len(text), get("vi"), Actors(), None, None)
    >>> [(c.span.of(text), c.addressees[0].text, c.deadline.date) for c in table.commitments]
    [('Số hóa hồ sơ', 'Sở Tư pháp', '2027-06-30')]
    """
    rows = _rows(text, start, end)
    for at, header in enumerate(rows):
        columns = _columns(text, header, pack)
        if columns is None:
            continue
        body = rows[at + 1 :]
        last = _last_row_with_task(text, body, columns, pack, actors)
        if last is None:
            continue
        # the table ends with its last task's row: the prose after it is no part of it
        span = Span(header[0].start, body[last][-1].end)
        paragraph = Paragraph(span, "annex", number=article)
        return TaskTable(
            span, paragraph, _tasks(text, body[: last + 1], columns, pack, actors, (issuer, paragraph, home_state))
        )
    return None


def _last_row_with_task(
    text: str, rows: list[list[Span]], columns: _Columns, pack: LanguagePack, actors: Actors
) -> int | None:
    """The index of the last row that gives a task to a lead body, if any does."""
    placeholder = Paragraph(Span(0, 0), "annex")
    ends = {c.span.end for c in _tasks(text, rows, columns, pack, actors, (None, placeholder, None))}
    found = [i for i, row in enumerate(rows) if any(cell.end in ends for cell in row)]
    return found[-1] if found else None


def _rows(text: str, start: int, end: int) -> list[list[Span]]:
    """The rows of cells between lines of a lone "|": a cell its lines, a row ended by an empty cell (or by a
    blank line: no table goes on past one)."""
    rows: list[list[Span]] = []
    row: list[Span] = []
    cell: Span | None = None
    for match in re.finditer(r"(?m)^.*$", text[start:end]):
        line = match.group()
        span = Span(start + match.start(), start + match.end())
        if line.strip() == "|":
            if cell is not None:
                row.append(cell)
            elif row:
                rows.append(row)
                row = []
            cell = None
        elif not line.strip():
            # a blank line parts paragraphs of prose; a cell of a table runs on line by line
            if row:
                rows.append(row)
            row, cell = [], None
        else:
            left = span.start + len(line) - len(line.lstrip())
            right = span.start + len(line.rstrip())
            cell = Span(cell.start if cell else left, right)
    if cell is not None:
        row.append(cell)
    if row:
        rows.append(row)
    return rows


def _columns(text: str, header: list[Span], pack: LanguagePack) -> _Columns | None:
    """The task, lead and due columns a header row names, if it names a lead column."""
    names = [_plain(cell.of(text)) for cell in header]
    lead = _column(names, pack.words("task_table_lead_headers"))
    if lead is None:
        return None
    task = _column(names, pack.words("task_table_task_headers"))
    task = task if task is not None and task < lead else lead - 1
    if task < 0:
        return None
    return _Columns(task, lead, _column(names, pack.words("task_table_due_headers")))


def _column(names: list[str], headers: tuple[str, ...]) -> int | None:
    """The first column whose heading is one of ``headers`` (or opens with one: "Thời hạn (dự kiến)")."""
    wanted = [h.casefold() for h in sorted(headers, key=len, reverse=True)]
    for index, name in enumerate(names):
        if any(name == h or name.startswith(h + " ") or name.startswith(h + "(") for h in wanted):
            return index
    return None


def _plain(written: str) -> str:
    return " ".join(written.replace("*", " ").split()).casefold()


def _tasks(
    text: str,
    rows: list[list[Span]],
    columns: _Columns,
    pack: LanguagePack,
    actors: Actors,
    context: tuple[Mention | None, Paragraph, str | None],
) -> list[Commitment]:
    issuer, paragraph, home_state = context
    tasks: list[Commitment] = []
    due: Deadline | None = None
    for row in rows:
        numbered = bool(row) and _ROW_NUMBER.fullmatch(row[0].of(text)) is not None
        # a row without its number continues the task above: its cells start at the task's column
        shift = 0 if numbered else columns.task
        cells = {index + shift: cell for index, cell in enumerate(row)}
        task, lead = cells.get(columns.task), cells.get(columns.lead)
        if task is None or lead is None or _ROW_NUMBER.fullmatch(task.of(text)):
            continue  # a group's heading ("II | Nhóm nhiệm vụ về đào tạo"), no task
        own = _due(text, cells.get(columns.due), pack) if columns.due is not None else None
        due = own if own is not None or numbered else due
        addressees = _bodies(text, lead, actors, pack, home_state)
        if addressees:
            tasks.append(_task(task, addressees, issuer, own if numbered else due, paragraph))
    return tasks


def _task(
    task: Span,
    addressees: tuple[Mention, ...],
    issuer: Mention | None,
    due: Deadline | None,
    paragraph: Paragraph,
) -> Commitment:
    return Commitment(
        span=task,
        action="tasks",
        force=action_force("tasks"),
        issuer=issuer,
        addressees=addressees,
        deadline=due,
        paragraph=paragraph,
        verb=Span(task.start, task.start),
    )


def _bodies(text: str, cell: Span, actors: Actors, pack: LanguagePack, home_state: str | None) -> tuple[Mention, ...]:
    """The bodies a lead cell names: those the finders know there (a collective too: "Các sở, ngành" is the
    departments together, no body of that name), and the words between them as one name each ("Các sở, UBND
    các xã, thị trấn": the bodies a plan tasks together)."""
    known = sorted(
        (
            m
            for m in [*actors.collectives, *actors.every_organization()]
            if cell.start <= m.span.start and m.span.end <= cell.end
        ),
        key=lambda m: m.span.start,
    )
    known = [m for i, m in enumerate(known) if not any(o.span.start <= m.span.start < o.span.end for o in known[:i])]
    bodies: list[Mention] = []
    at = cell.start
    for mention in [*known, None]:
        gap = Span(at, mention.span.start if mention else cell.end)
        run_on = _unknown_body(text, Span(bodies[-1].span.start, gap.end), pack, home_state) if bodies else []
        if run_on and _runs_on(text, gap, pack):
            bodies[-1] = run_on[0]  # "UBND | các xã, thị trấn": small words after a head word go on with its name
        else:
            bodies += _unknown_body(text, gap, pack, home_state)
        if mention is not None:
            bodies.append(mention)
            at = mention.span.end
    return tuple(bodies)


def _runs_on(text: str, gap: Span, pack: LanguagePack) -> bool:
    first = next(iter(gap.of(text).split()), "")
    joins = {w.casefold() for w in pack.words("list_conjunctions")}
    return first[:1].islower() and first.casefold() not in joins


def _unknown_body(text: str, gap: Span, pack: LanguagePack, home_state: str | None) -> list[Mention]:
    """The words of a cell no known body covers, as one name, unless they only join names ("," "và")."""
    joins = {w.casefold() for w in pack.words("list_conjunctions")}
    written = gap.of(text)
    words = [w for w in re.split(r"[\s,;*]+", written) if w and w.casefold() not in joins]
    if not words or re.search(r"\d", written) or not any(w[:1].isupper() for w in words):
        return []
    left = gap.start + len(written) - len(written.lstrip(" \n,;*"))
    right = gap.start + len(written.rstrip(" \n,;*"))
    for join in sorted(joins, key=len, reverse=True):  # "... và": a name ends before the word that joins
        if text[left:right].casefold().endswith(" " + join):
            right -= len(join) + 1
        if text[left:right].casefold().startswith(join + " "):
            left += len(join) + 1
    name = " ".join(text[left:right].replace("*", " ").split())
    return [Mention(Span(left, right), name, Kind.ORGANIZATION, scope=home_state)] if name else []


def _due(text: str, cell: Span | None, pack: LanguagePack) -> Deadline | None:
    """When a row's task is due: a day, the last day of a quarter ("Quý IV/2026"), else the last year named
    ("Năm 2025 - 2026"); none for a cycle ("Hằng năm") or a condition ("Khi có phát sinh")."""
    if cell is None:
        return None
    written = cell.of(text)
    quarter = _quarter(written, pack)
    if quarter is not None:
        year, number, _ = quarter
        return _period_end(cell, year, number * 3)
    days = [d for d in find_dates(text, pack, cell.start, cell.end) if d.has_year and len(d.iso) == 10]
    if days:
        return Deadline(cell, year=int(days[-1].iso[:4]), date=days[-1].iso)
    years = _YEAR.findall(written)
    return Deadline(cell, year=int(years[-1])) if years else None


def _quarter(written: str, pack: LanguagePack) -> tuple[int, int, int] | None:
    """The year and number of the quarter ``written`` names, and where its writing ends."""
    words = _quarter_words(pack)
    if not words:
        return None
    pattern = rf"(?<!\w)(?:{words})\s*(IV|I{{1,3}}|[1-4])(?!\w)\W{{0,3}}(?:\w{{1,4}}\s+)?((?:19|20)\d\d)(?!\d)"
    match = re.search(pattern, written)
    if match is None:
        return None
    return int(match.group(2)), _QUARTER_NUMBERS[match.group(1)], match.end()


def period_deadline(text: str, clause: Span, pack: LanguagePack, year_of_text: int | None) -> Deadline | None:
    """When a clause's task is due where it names a quarter or a month after a word of time
    (``extra["period_deadline_words"]``): "trong Quý II/2026", "trong tháng 12" (of the text's year), "by
    December 2025" — the last day of that period."""
    words = "|".join(re.escape(w) for w in sorted(pack.words("period_deadline_words"), key=len, reverse=True))
    if not words:
        return None
    for lead in re.finditer(rf"(?<!\w)(?:{words})\s+", text[clause.start : clause.end], re.IGNORECASE):
        at = clause.start + lead.end()
        window = text[at : min(clause.end, at + _PERIOD_REACH)]
        quarter = _quarter(window, pack)
        if quarter is not None and re.match(rf"(?:{_quarter_words(pack)})", window):
            year, number, length = quarter
            return _period_end(Span(at, at + length), year, number * 3)
        month = _month(window, pack, year_of_text)
        if month is not None:
            year, number, length = month
            return _period_end(Span(at, at + length), year, number)
    return None


#: How far past its word of time a period is written ("trong Quý II/2026").
_PERIOD_REACH = 24


def _quarter_words(pack: LanguagePack) -> str:
    return "|".join(re.escape(w) for w in sorted(pack.words("quarter_words"), key=len, reverse=True))


def _month(window: str, pack: LanguagePack, year_of_text: int | None) -> tuple[int, int, int] | None:
    """The month a window opens with ("tháng 12/2025", "tháng 12 năm 2025", "December 2025", "tháng 12"), its
    year (the text's, where none is written) and the length written."""
    for name, number in sorted(pack.months.items(), key=lambda item: len(item[0]), reverse=True):
        if not window.casefold().startswith(name.casefold()) or window[len(name) : len(name) + 1].isalnum():
            continue
        year = re.match(r"\s*(?:/|\w{1,4}\s+|,\s*)?((?:19|20)\d\d)(?!\d)", window[len(name) :])
        if year is not None:
            return int(year.group(1)), number, len(name) + year.end()
        return (year_of_text, number, len(name)) if year_of_text else None
    return None


def _period_end(span: Span, year: int, month: int) -> Deadline:
    return Deadline(span, year=year, date=f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}")
