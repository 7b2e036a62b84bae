"""Statistics: the figures a UN text states, with unit, measure, area, period and qualifier.

Amounts come from :func:`kg.text.numbers.find_quantities`. A figure is kept
when something makes it a measurement — a unit ("12 per cent"), a scale word
("1.5 billion", "281 million migrants"), a qualifier ("less than 20") — or when a rate gives it one:
in "90 mobile broadband subscriptions per 100 people in developed countries,
compared with 41 in developing countries and less than 20 in the least
developed countries", the rate "per 100 people" (a per-word of the pack,
``extra["per_words"]``, before an amount) is the unit of 90 and of the
figures of the same sentence that count the same thing (41, 20). The measure
is what the figure counts, in the document's words; the area is the group,
state or region the resolver finds after the figure; the period is a year the
sentence gives after it, or else the year that opens the sentence ("In 2020, ...").

A table of figures (a scale of assessments: "Member State | Percentage", then
one row a State) is read by :func:`find_table_figures`: under a column header
of the pack (``extra["table_unit_headers"]``: "Percentage" -> percent), each
row whose label the resolver reads as a State gives a figure with that State as
its area; the total row (``extra["table_total_words"]``) gives one with none.
The period is the span of the years the paragraph before the table names
("for 2019, 2020 and 2021" -> 2019/2021), the measure that paragraph's words.
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
from kg.model import Kind, Mention, Paragraph, Span, Statistic
from kg.resolve.normalize import fold
from kg.text.dates import find_dates
from kg.text.normalize import digits_folded
from kg.text.symbols import find_symbols

if TYPE_CHECKING:
    from kg.text.numbers import Quantity

__all__ = ["find_statistics", "find_table_figures"]

#: Kinds of the resolver that can be the area of a figure.
AREA_KINDS = (Kind.GROUP_OF_STATES, Kind.STATE, "region", Kind.PLACE)
#: English names of the counted things of a rate ("per 100 persons" reads "per 100 people").
RATE_NOUNS = {"persons": "people"}
#: A measure this short says nothing of what it counts; the figure counts what the one before did.
_SHORT_MEASURE_WORDS = 2
_SHORT_UNSPACED_MEASURE = 4
_SENTENCE_END = re.compile(r"[;؛。；]|\.(?!\d)|\n\s*\n")
_CLAUSE_END = re.compile(r"[,،;؛.。，；]")


@dataclass(frozen=True)
class _Figure:
    span: Span
    value: Decimal
    qualifier: str
    unit: str | None
    noun: str  # the word after the numeral: what it counts ("subscriptions", "اشتراكا")
    per: bool  # the amount of a rate ("per 100 people")
    scaled: bool  # "281 million": a scale word makes it a measurement


class _StatisticReader:
    def __init__(self, text: str, pack: LanguagePack, language: str | None) -> None:
        self.text, self.pack, self.language = text, pack, language
        self.not_figures = _not_figures(text, pack)
        per_words = words_of(pack, "per_words")
        words = "|".join(map(re.escape, sorted(per_words, key=len, reverse=True)))
        self.per = re.compile(rf"(?<!\w)(?:{words})\s*$", re.IGNORECASE) if per_words else None

    def figures(self, start: int, end: int) -> list[_Figure]:
        from kg.text.numbers import find_quantities  # written alongside; imported when first needed

        figures = []
        for quantity in find_quantities(self.text, self.pack, start, end):
            if any(span.start <= quantity.span.start < span.end for span in self.not_figures):
                continue
            before = self.text[max(start, quantity.span.start - 12) : quantity.span.start]
            noun = re.match(r"\s*(\w+)", self.text[quantity.span.end : quantity.span.end + 30])
            figures.append(
                _Figure(quantity.span, quantity.value, quantity.qualifier, quantity.unit,
                        noun.group(1) if noun else "", bool(self.per and self.per.search(before)), quantity.scaled)
            )  # fmt: skip
        return figures

    def statistics(self, paragraph: Paragraph) -> list[Statistic]:
        found = []
        for sentence in _sentences(self.text, paragraph.span):
            found.extend(self._in_sentence(sentence))
        return found

    def _qualifier(self, figure: _Figure) -> str:
        """The figure's qualifier, also with a proclitic written on it ("وأقل من ٢٠": "and less than 20")."""
        if figure.qualifier != "exact":
            return figure.qualifier
        before = self.text[max(0, figure.span.start - 30) : figure.span.start].rstrip()
        for words, qualifier in sorted(self.pack.qualifiers.items(), key=lambda item: -len(item[0])):
            if before.endswith(words):
                preceding = before[: -len(words)]
                word = re.search(r"(\w*)$", preceding).group(1)  # type: ignore[union-attr]  # always matches
                if word == "" or word in words_of(self.pack, "proclitics"):
                    return qualifier
        return "exact"

    def _in_sentence(self, sentence: Span) -> list[Statistic]:
        figures = [replace(f, qualifier=self._qualifier(f)) for f in self.figures(sentence.start, sentence.end)]
        rate_unit, rate_noun, measured = None, None, []
        for index, figure in enumerate(figures):
            if figure.per:
                continue
            rate = next((f for f in figures[index + 1 : index + 2] if f.per), None)
            unit = figure.unit
            if rate is not None:
                rate_noun = figure.noun
                rate_unit = f"per {rate.value} {RATE_NOUNS.get(rate.unit or '', rate.unit or rate.noun)}"
                unit = rate_unit
            elif unit is None and rate_unit and figure.noun == rate_noun:
                unit = rate_unit
            if unit is None and figure.qualifier == "exact" and not figure.scaled:
                continue
            measured.append((figure, unit, rate))
        statistics: list[Statistic] = []
        rate_measure = None
        for figure, unit, rate in measured:
            statistic = self._statistic(figure, unit, rate, sentence, measured)
            if rate is not None:
                rate_measure = statistic.measure
            elif unit is not None and unit == rate_unit and rate_measure:
                statistic = replace(statistic, measure=rate_measure)
            elif statistics and statistics[-1].unit == unit and self._is_short(statistic.measure):
                statistic = replace(statistic, measure=statistics[-1].measure)  # "..., and 31 per cent in ..."
            statistics.append(statistic)
        return statistics

    def _is_short(self, measure: str | None) -> bool:
        """A measure too short to say what it counts ("and 31 per cent in", "其中"): two words, or, where
        words are not spaced, four characters."""
        if self.pack.extra.get("word_boundaries", True) is False:
            return len("".join((measure or "").split())) <= _SHORT_UNSPACED_MEASURE
        return len((measure or "").split()) <= _SHORT_MEASURE_WORDS

    def _statistic(
        self, figure: _Figure, unit: str | None, rate: _Figure | None, sentence: Span, measured
    ) -> Statistic:
        after = rate.span.end if rate else figure.span.end
        following = [f.span.start for f, _, _ in measured if f.span.start > figure.span.start]
        area_end = min([*following, sentence.end])
        return Statistic(
            span=Span(figure.span.start, after),
            value=figure.value,
            qualifier=figure.qualifier,
            unit=unit,
            measure=self._measure(figure, rate, sentence),
            area=self._area(after, area_end),
            period=self._period(after, _clause_end(self.text, after, sentence.end))
            or self._period_before(sentence.start, figure.span.start),
        )

    def _measure(self, figure: _Figure, rate: _Figure | None, sentence: Span) -> str | None:
        """What a figure counts: the words between it and its rate, else the clause before it."""
        if rate is not None:
            words = self.text[figure.span.end : rate.span.start]
            words = self.per.sub("", words) if self.per else words
            return " ".join(words.split()) or None
        clause_start = max(
            [
                sentence.start,
                *(m.end() for m in _CLAUSE_END.finditer(self.text, sentence.start, figure.span.start)),
            ]
        )
        words = " ".join(self.text[clause_start : figure.span.start].split())
        return words or None

    def _area(self, start: int, end: int) -> Mention | None:
        known = resolve.find_mentions(self.text, self.language, start=start, end=end, kinds=AREA_KINDS)
        return known[0] if known else None

    def _period(self, start: int, end: int) -> str | None:
        dates = find_dates(self.text, self.pack, start, end)
        return dates[0].iso[:4] if dates and dates[0].iso[:1].isdigit() else None

    def _period_before(self, start: int, end: int) -> str | None:
        """A year that opens the sentence of a figure ("In 2020, an estimated 281 million ...")."""
        years = [date for date in find_dates(self.text, self.pack, start, end) if len(date.iso) == 4]
        return years[0].iso if years else None


def _not_figures(text: str, pack: LanguagePack) -> list[Span]:
    """Where numbers say nothing of the world: inside a symbol ("A/HRC/50/L.12 por 124 votos" is no
    "12 per 124 votes"), and a vote's tally ("by 124 votes to 49, with 1 abstention"), which is how a
    body decided, not a measurement (the pack's ``extra["vote_pattern"]``)."""
    spans = [span for span, _ in find_symbols(text)]
    pattern = pack.extra.get("vote_pattern")
    if isinstance(pattern, str):
        compiled = pack.derived("statistics.votes", lambda _: re.compile(pattern, re.IGNORECASE))
        spans += [Span(*match.span()) for match in compiled.finditer(digits_folded(text))]
    return spans


def _clause_end(text: str, start: int, end: int) -> int:
    match = _CLAUSE_END.search(text, start, end)
    return match.start() if match else end


def _sentences(text: str, span: Span) -> list[Span]:
    sentences, start = [], span.start
    for match in _SENTENCE_END.finditer(text, span.start, span.end):
        sentences.append(Span(start, match.start()))
        start = match.end()
    if start < span.end:
        sentences.append(Span(start, span.end))
    return [s for s in sentences if s.end > s.start]


def find_statistics(
    text: str, pack: LanguagePack, language: str | None, paragraphs: list[Paragraph]
) -> list[Statistic]:
    """The figures stated in the paragraphs of a document."""
    reader = _StatisticReader(text, pack, language)
    return [statistic for paragraph in paragraphs for statistic in reader.statistics(paragraph)]


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
    view: str, text: str, lines: Sequence[tuple[int, int]], pack: LanguagePack, language: str | None,
    paragraphs: list[Paragraph],
) -> list[Statistic]:  # fmt: skip
    """The figures of the tables of a document: one a row whose label is a State, and the total.

    ``view`` is the reading view of ``text`` (page furniture blanked, offsets kept), so that a table
    printed over several pages reads as one; ``lines`` are the (start, end) offsets of its lines.
    """
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
        table = _Table(end, unit, *_lead_of(text, paragraphs, start))
        rows, index = _table_rows((view, text), lines, index + 1, pack, language, table, (set(headers), totals))
        found.extend(rows)
    return found


def _mapping(pack: LanguagePack, key: str) -> dict[str, str]:
    value = pack.extra.get(key)
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _lead_of(text: str, paragraphs: list[Paragraph], position: int) -> tuple[str | None, str | None]:
    """The measure and period of a table: the words and the years of the paragraph that opens before it."""
    before = [p for p in paragraphs if p.span.start < position]
    if not before:
        return None, None
    lead = before[-1].span.of(text)
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
