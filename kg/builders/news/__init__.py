"""The builder of news and government texts, in any language: the fallback for whatever is not a UN document.

It reads the ``main`` segments of a document only (see
:func:`kg.readers.segment.segment`): page furniture and teasers of other
articles are never attributed to the article. From them it extracts, with the
shared finders (:mod:`kg.finders`) and the words of the document's
:class:`~kg.lang.base.LanguagePack`:

======================  =====================================================
what                    module
======================  =====================================================
organisations, persons  :mod:`kg.finders.actors`
and their posts
instruments             :mod:`kg.finders.instruments`
statistics              :mod:`kg.finders.figures`
events                  :mod:`kg.finders.events`
commitments             :mod:`kg.finders.commitments`
lists of demands        :mod:`kg.finders.demands`
signatories             :mod:`kg.builders.news.declarations`
======================  =====================================================

The document itself is a ``declaration`` when it opens with signatories, a
``law`` or ``government-document`` when its heading is an instrument with a
number, a ``statement`` when its heading opens with the pack's word for one
("Заявление МИД России о ...", "بلاغ المنظمة ...", "Déclaration de ..."), and a
``news-article`` otherwise. Its title is that heading (past a bare label line:
"بيان" above "بيان حول ..."), else the first block of the main text if one
short line; lines that are only a link or an address are the page's, not the
document's. A bare number on its own line under a statement's heading is the
statement's number ("1080-21-05-2022").
"""

from __future__ import annotations

import datetime
import re
from functools import cached_property

from kg import lang
from kg.builders import Builder
from kg.builders.news.declarations import Signatories, find_signatories
from kg.finders import unique_in_text_order
from kg.finders.actors import COLLECTIVE, Actors, author_after_statement_word, find_actors, statement_author
from kg.finders.commitments import find_commitments
from kg.finders.dates import find_dates, with_year
from kg.finders.events import find_events
from kg.finders.figures import find_statistics
from kg.finders.instruments import Instruments, find_instruments, is_draft
from kg.finders.text import DATELINE_REACH, DocumentText, find_phrases, skip_spaces, starts_with_phrase
from kg.model import Document, DocumentFacts, Extraction, Kind, Mention, Span
from kg.text.symbols import symbol_from_address

__all__ = ["BUILDER", "NewsReading", "build", "score"]

NAME = "news"
VERSION = "0.1.0"

#: How well this builder fits any document: modest, so that a specialised builder wins.
FALLBACK_SCORE = 0.3
#: How well it fits a document that shows signs of news or government texts.
NEWS_SCORE = 0.6

#: The longest line that can be a heading.
_MAX_HEADING_LENGTH = 200
#: A Markdown underline under a heading ("=====", "-----").
_UNDERLINE = re.compile(r"^\s*(?:=+|-+)\s*$")
#: Kinds of instrument that make a document headed by one a law rather than another government document.
_LAW_KINDS = frozenset({Kind.LAW, "constitution", "ordinance"})


class NewsReading:
    """What scoring reads of a document and building reuses: its text as the finders read it, and the
    signatories a joint declaration opens with (looked for once, when first asked)."""

    def __init__(self, document: Document) -> None:
        self.news = DocumentText(document, lang.get(document.language))

    @cached_property
    def signatories(self) -> Signatories | None:
        return find_signatories(self.news)


def score(document: Document) -> float:
    """0.6 for a page with furniture, a joint declaration, national instrument numbers or a dateline; 0.3 otherwise.

    A dateline opens a line near the top of the main text: a place and a date, or a
    place in capitals, then a dash ("NEW YORK, 20 September 2023 -", "HÀ NỘI —").
    It is what makes news about the UN news, however many UN names and symbols follow.

    >>> text = "Hà Nội, ngày 25/9/2023 - Việt Nam cam kết thực hiện Nghị quyết A/RES/70/1 của Liên hợp quốc."
    >>> score(Document(source="x", text=text, language="vi"))
    0.6
    >>> score(Document(source="x", text="Việt Nam cam kết thực hiện Nghị quyết A/RES/70/1.", language="vi"))
    0.3
    """
    return BUILDER.score(document)


def _rate(document: Document, reading: NewsReading) -> float:
    news = reading.news
    if any(s.role != "main" for s in document.segments) or reading.signatories:
        return NEWS_SCORE
    pattern = news.extra.get("instrument_number")
    if isinstance(pattern, str) and re.search(pattern, document.text[:20_000]):
        return NEWS_SCORE
    return NEWS_SCORE if news.dateline is not None else FALLBACK_SCORE


def build(document: Document) -> Extraction:
    """The facts of a news or government text."""
    return BUILDER.build(document)


def _extract(document: Document, reading: NewsReading) -> Extraction:
    news = reading.news
    extraction = Extraction(builder=NAME, builder_version=VERSION)
    actors = find_actors(news)
    instruments = find_instruments(news, actors)
    signatories = reading.signatories
    extraction.document = _document_facts(news, actors, instruments, signatories)
    if extraction.document.body is None:  # a statement: the body its heading or signature names issues it
        extraction.document.body = statement_author(news, actors)
    extraction.posts = actors.posts
    extraction.citations = instruments.citations
    extraction.events = find_events(news, actors, _headed_date(news, extraction.document.date), instruments)
    extraction.commitments = find_commitments(
        news,
        actors,
        instruments,
        speaker=signatories.group if signatories else None,
        author=extraction.document.body,
        date=extraction.document.date,
    )
    # A time limit's number ("trong thời hạn 30 ngày") says when, not how much.
    time_limits = [c.deadline.span for c in extraction.commitments if c.deadline and c.deadline.within]
    extraction.statistics = find_statistics(news, [*(m.span for m in instruments.mentions), *time_limits])
    extraction.mentions = _mentions(actors, instruments, signatories, extraction)
    extraction.warnings = _draft_warnings(news, instruments)
    return extraction


def _draft_warnings(news: DocumentText, instruments: Instruments) -> list[str]:
    """Drafts the ontology has no draft class for, so that the kind alone does not tell them."""
    return [
        f"draft {m.kind} at [{m.span.start}, {m.span.end}): {m.text!r} (the ontology has no draft-{m.kind})"
        for m in instruments.mentions
        if is_draft(news, m) and not m.kind.startswith("draft-")
    ]


def _document_facts(
    news: DocumentText, actors: Actors, instruments: Instruments, signatories: Signatories | None
) -> DocumentFacts:
    statement = _statement_heading(news, actors)
    title = news.document.title or (_title_of_statement(news, statement) if statement else None) or _heading(news)
    facts = DocumentFacts(kind=_kind(news, statement, instruments, signatories), title=title, date=_date(news))
    self_issuer = _self_declared_issuer(news, actors)
    if self_issuer is not None and facts.kind == Kind.NEWS_ARTICLE:
        facts.kind, facts.body = Kind.STATEMENT, self_issuer
    if signatories:
        facts.signatories = signatories.states
        facts.body = signatories.group
    heading_instrument = _heading_instrument(news, instruments)
    if heading_instrument:
        facts.symbol = heading_instrument.key
    elif statement and _number_under(news, statement):
        facts.symbol = _number_under(news, statement)
    else:  # "https://undocs.org/en/A/RES/73/195": the address names what the copied text no longer does
        facts.symbol = symbol_from_address(news.document.url or _address_line(news))
    return facts


def _self_declared_issuer(news: DocumentText, actors: Actors) -> Mention | None:
    """The body a text says issues it ("Ce communiqué de presse est émis par la Campagne ...", "This statement is
    issued by ...", ``extra["self_issued_phrases"]``): the text is that body's statement, wherever the sentence stands
    (a note to the press at its end)."""
    for main in news.main_spans:
        phrases = find_phrases(news.text, news.words("self_issued_phrases"), main.start, main.end, ignore_case=True)
        for phrase in phrases:
            issuer = actors.organization_starting_after(phrase.end(), _ISSUER_REACH)
            if issuer is not None:
                return issuer
    return None


#: How far after the phrase that says who issues a text its issuer may start, past an article ("par | la | ...").
_ISSUER_REACH = 6


#: How many lines at the top of the main text may make its heading (a label, a title, a subtitle, a byline, a date).
_HEADING_LINES = 8
#: A line that is only a Markdown link or image: the navigation of the page the text was copied from.
_LINK_LINE = re.compile(r"[#>*\s]*!?\[[^\]\n]*\]\([^)\n]*\)[\s*]*")
#: A reference number on a line of its own ("1080-21-05-2022", "12/2025"): digits joined by dashes or slashes.
_NUMBER_LINE = re.compile(r"[ \t]*(\d{1,6}(?:[-/]\d{1,4}){1,4})[ \t]*(?:\n|$)")


def _heading_lines(news: DocumentText) -> list[Span]:
    """The first lines of the main text that hold words, as spans."""
    if not news.main_spans:
        return []
    main = news.main_spans[0]
    lines = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", news.text[: main.end]) if m.start() >= main.start]
    return [line for line in lines if line.of(news.text).strip()][:_HEADING_LINES]


def _statement_word(news: DocumentText, line: Span) -> str | None:
    start = skip_spaces(news.text, line.start, line.end)
    return starts_with_phrase(news.text, start, news.words("statement_words"), ignore_case=False)


def _statement_heading(news: DocumentText, actors: Actors) -> Span | None:
    """The line that heads a statement: a heading line that opens with the pack's word for a statement, or
    the first line of the text where that word is followed by the body that issues it ("Déclaration de
    Thierry Kuhn, président d'Emmaüs France. Révolté ..."); of a bare label ("بلاغ") and a line under it
    that opens with the same word ("بلاغ المنظمة المغربية ..."), the latter; of a label of the text's kind
    ("بيان", "Communiqué") and a title line under it, the title."""
    lines = _heading_lines(news)
    headed = [
        line
        for index, line in enumerate(lines)
        if _statement_word(news, line)
        and _opens_a_paragraph(news, line)
        and (
            _is_heading_line(line.of(news.text))
            or (index == 0 and author_after_statement_word(news, actors, line) is not None)
        )
    ]
    if not headed:
        return None
    first = headed[0]
    bare = first.of(news.text).strip() == _statement_word(news, first)
    following = next((line for line in lines if line.start > first.start), None)
    if bare and following in headed and _statement_word(news, following) == _statement_word(news, first):
        return following
    if following is not None and _is_kind_label(news, first) and _is_title_line(news, following):
        return following
    return first


def _is_kind_label(news: DocumentText, line: Span) -> bool:
    """A line that only labels the text by its kind ("بيان", "Communiqué": ``extra["statement_labels"]``), as a
    page prints its category above the title; a label that names the text ("البيان العام") is no such line."""
    return line.of(news.text).strip() in news.words("statement_labels")


def _is_title_line(news: DocumentText, line: Span) -> bool:
    """A heading line that can be a title: short, no final stop, and no date in it (a dateline is none)."""
    return _is_heading_line(line.of(news.text)) and not find_dates(news.text, news.pack, line.start, line.end)


def _opens_a_paragraph(news: DocumentText, line: Span) -> bool:
    """Where lines are wrapped by hand, a line that follows another of its paragraph is no heading ("... lors du
    Sommet des Amériques la\nDéclaration de Los Angeles sur ... Celle-ci")."""
    if not news.hard_wrapped:
        return True
    previous_line = news.text[: line.start].rstrip(" \t").removesuffix("\n").rsplit("\n", 1)[-1]
    return not previous_line.strip()


def _is_heading_line(line: str) -> bool:
    """A line short enough for a heading, with no final stop."""
    line = line.strip().lstrip("#").strip().strip("_*").strip()
    return bool(line) and len(line) <= _MAX_HEADING_LENGTH and line[-1] not in ".,;:"


def _title_of_statement(news: DocumentText, heading: Span) -> str | None:
    text = heading.of(news.text).strip().lstrip("#").strip().strip("_*").strip()
    return text if _is_heading_line(text) else None


def _number_under(news: DocumentText, heading: Span) -> str | None:
    """A reference number on its own line right under a statement's heading (past blank lines)."""
    match = _NUMBER_LINE.match(news.text, skip_spaces(news.text, heading.end))
    return match.group(1) if match else None


#: A line that is nothing but an address ("https://www.mid.ru/ru/maps/ca/1814238/").
_ADDRESS_LINE = re.compile(r"\s*(https?://\S+)\s*(?:\n|$)")


def _address_line(news: DocumentText) -> str | None:
    """The address a copied page opens with, on a line of its own: the page's source, not its heading."""
    opening = _ADDRESS_LINE.match(news.text, news.main_spans[0].start) if news.main_spans else None
    return opening.group(1) if opening else None


def _heading(news: DocumentText) -> str | None:
    """The first block of the main text if one short line with no final stop (or a Markdown heading)."""
    if not news.main_spans:
        return None
    main = news.main_spans[0]
    blocks = (_own_lines(block) for block in re.split(r"\n[ \t]*\n", news.text[main.start : main.end].strip()))
    lines = next((lines for lines in blocks if lines), [])
    if not lines or (len(lines) > 1 and not lines[0].lstrip().startswith("#")):  # a Markdown heading is one anyway
        return None
    line = lines[0].strip().lstrip("#").strip().strip("_*").strip()  # Markdown heading and emphasis marks
    if not _is_heading_line(line) or _ADDRESS_LINE.fullmatch(line):
        return None
    return line


def _own_lines(block: str) -> list[str]:
    """The lines of a block that are the document's: not an underline, nor a link alone (the page's navigation)."""
    return [
        line
        for line in block.splitlines()
        if line.strip() and not (_UNDERLINE.match(line) or _LINK_LINE.fullmatch(line))
    ]


def _kind(news: DocumentText, statement: Span | None, instruments: Instruments, signatories: Signatories | None) -> str:
    if signatories:
        return Kind.DECLARATION
    heading_instrument = _heading_instrument(news, instruments)
    if heading_instrument:
        return Kind.LAW if heading_instrument.kind in _LAW_KINDS else Kind.GOVERNMENT_DOCUMENT
    return Kind.STATEMENT if statement or _ends_as_release(news) else Kind.NEWS_ARTICLE


def _ends_as_release(news: DocumentText) -> bool:
    """Whether the text ends with the mark of a press release ("###" on the last line, "\\###" in a Markdown
    copy): the release, a fact sheet or a statement, is its issuer's statement, not an article about it."""
    marks = news.pack.words("release_end_marks")
    lines = [line for line in news.text.splitlines() if line.strip()]
    return bool(lines and marks) and lines[-1].replace("\\", "").strip() in marks


def _heading_instrument(news: DocumentText, instruments: Instruments) -> Mention | None:
    """An instrument with a number that opens the main text: the document is that instrument."""
    if not news.main_spans:
        return None
    main = news.main_spans[0]
    first_line_end = news.text.find("\n", main.start, main.end)
    first_line = Span(main.start, first_line_end if first_line_end >= 0 else main.end)
    opening = skip_spaces(news.text, main.start)
    return next((m for m in instruments.in_span(first_line) if m.key and m.span.start == opening), None)


def _date(news: DocumentText) -> str | None:
    """The document's date: the reader's, else a full date near the top of the main text."""
    if news.document.date:
        return news.document.date
    if not news.main_spans:
        return None
    main = news.main_spans[0]
    # a line of furniture may cut the top ("## title\n**By:[Desk](...)**\n\n**2022-01-04**"): the date is
    # sought in every part of the main text within reach of its start
    top = main.start + DATELINE_REACH
    dates = [
        date
        for span in news.main_spans
        if span.start < top
        for date in find_dates(news.text, news.pack, span.start, min(span.end, top))
    ]
    if not dates:
        return None
    if dates[0].has_year:
        return dates[0].iso
    # "МОСКВА, 5 ноября. /ТАСС/ ... постановление № 1523 от 1 ноября 2024 года": the first day at the
    # top is the article's; a later full date is an instrument's or a deadline's, and lends only its
    # year, and only when near enough in time to tell which year the day falls in.
    later = find_dates(news.text, news.pack, dates[0].span.end, main.end)
    return next((y for y in (_year_near(dates[0].iso, d.iso) for d in later if d.has_year) if y), None)


def _headed_date(news: DocumentText, date: str | None) -> str | None:
    """The text's date where a line of its heading is that date alone ("20 يونيو 2025" under a statement's title)
    or its dateline gives it: then it dates the days the text names without a year. A date read in the first
    sentence may be an instrument's ("theo Nghị định ... ngày 30/12/2020"), which dates nothing else."""
    if date is None:
        return None
    if news.dateline is not None:
        return date
    for line in _heading_lines(news):
        dates = find_dates(news.text, news.pack, line.start, line.end)
        text = line.of(news.text).strip(" \t*#_")
        if len(dates) == 1 and dates[0].iso == date and dates[0].span.of(news.text).strip() == text:
            return date
    return None


#: How many days a full date may be from the dateline's day for its year to be the article's.
_NEAR_DAYS = 92


def _year_near(month_day: str, full: str) -> str | None:
    """The dateline's day ("--11-05") in the year that puts it nearest a full date, if near enough."""
    if len(full) != 10:
        return None
    anchor = datetime.date.fromisoformat(full)
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        candidate = with_year(month_day, year)
        try:
            day = datetime.date.fromisoformat(candidate)
        except ValueError:  # 29 February of a common year
            continue
        if abs((day - anchor).days) <= _NEAR_DAYS:
            return candidate
    return None


def _mentions(
    actors: Actors, instruments: Instruments, signatories: Signatories | None, extraction: Extraction
) -> list[Mention]:
    """Every mention once, in text order."""
    found = [*actors.all_mentions(), *instruments.mentions, *instruments.issuers.values()]
    if signatories:
        found.extend([signatories.group, *signatories.states])
    found.extend(event.place for event in extraction.events if event.place)
    # a collective is an actor only where it is given a task
    found.extend(a for c in extraction.commitments for a in c.addressees if a.kind == COLLECTIVE)
    return unique_in_text_order(found)


BUILDER: Builder[NewsReading] = Builder(
    name=NAME,
    version=VERSION,
    description="News and government texts in any language: actors, posts, instruments, figures, events",
    read=NewsReading,
    rate=_rate,
    extract=_extract,
)
