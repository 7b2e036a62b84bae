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

Tables of figures are read by :mod:`kg.finders.tables`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from kg import resolve
from kg.finders.phrases import words_of
from kg.lang.base import LanguagePack
from kg.model import Kind, Mention, Paragraph, Span, Statistic
from kg.text.dates import find_dates
from kg.text.normalize import digits_folded
from kg.text.symbols import find_symbols

__all__ = ["find_statistics"]

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
