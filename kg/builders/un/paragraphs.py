"""The paragraphs of a UN document and the section each belongs to.

A resolution opens with its issuer on a line of its own ("The General
Assembly,", "إن الجمعية العامة،"); preambular paragraphs follow, each opened
by a preambular phrase ("Recalling", "وإذ تشير"); then numbered operative
paragraphs; then, after "Annex", numbered paragraphs of the annex, with
lettered actions ("(a)") and, in a compact, objective headings ("Objective 1:
..."). A committee report has its own numbered narrative before the draft it
recommends: those paragraphs are section ``body``.

Segmentation works line by line on the reading view (see :mod:`.layout`), so
page furniture never starts or ends a paragraph; a paragraph runs to the next
start and ends at its last punctuation mark, which leaves out headings that
follow it. The language's own marks are read as ASCII ones (``mark_variants``
of the pack: Chinese "1．", "（a）", "："), so the rules below name ASCII marks.
The closing of a resolution ends its last paragraph: the meeting line, and the
adoption date Chinese prints on the line before it ("2020年12月21日 / 第46次全体会议").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from kg import resolve
from kg.builders.un.layout import Line, ReadingView, marks_folded
from kg.finders.phrases import PhraseMatch, matcher_of, words_of
from kg.lang.base import LanguagePack
from kg.model import DECLARATION_SECTION, Kind, Mention, Paragraph, Span
from kg.resolve.normalize import fold
from kg.text.dates import find_dates

__all__ = ["Layout", "has_issuer_line", "segment"]

_NUMBERED = re.compile(r"\s*(\d{1,3})\s*(?:\.|-|–|\))(?!\d)\s*")
_LETTERED = re.compile(r"\s*\(([^\W\d_]{1,4})\)(?:\s|$)")
#: French and Spanish texts letter items with a closing bracket only ("a) Reconnaissons", "b) Exhorta"):
#: Latin lower-case letters or roman numerals, one or a few.
_LETTERED_CLOSING = re.compile(r"\s*([a-z]{1,2}|[ivx]{1,4})\)(?:\s|$)")
#: Where words are not separated by spaces, text follows the bracket at once ("（a）不颁布"); the
#: letters are then Latin, as Chinese texts print them, so "（一）" or "（注）" open no sub-paragraph.
_LETTERED_UNSPACED = re.compile(r"\s*\(([a-z]{1,4})\)")
#: A mark that may end a paragraph (a heading after it has none); "L.66" and "1.5" hold no end; a footnote's
#: marker may follow a comma, semicolon or colon ("... on 25 June 1993,7 \n"), but three digits after a digit's
#: comma are a number's ("Under 10,476 \n").
_TERMINAL = re.compile(r"[.;:,،؛。；，](?!\w)|(?<!\d)[,;:](?=\d{1,3}[ \t]*\n)|(?<=\d)[,;:](?=\d{1,2}[ \t]*\n)")
#: Kinds of the resolver that can open a resolution as its issuer.
ISSUER_KINDS = (Kind.UN_BODY, Kind.ORGANIZATION, Kind.INTERGOVERNMENTAL_ORGANIZATION, Kind.GROUP_OF_STATES)
#: A numbered line shorter than this that ends without punctuation is an item of a list of titles.
_LIST_ITEM_LENGTH = 250
#: A footnote marker after a paragraph's last mark ("... in the Decade; 3"): no words of the paragraph.
_TRAILING_MARKER = re.compile(r"(?<=[.;:,،؛。；，])\s+\d{1,3}$")
#: The longest header of a table's label column ("Member State").
_TABLE_LABEL = 40
#: A numbered paragraph may skip a few numbers (a missed page), not jump far: "2018." is not one.
_MAX_NUMBER_GAP = 3


@dataclass
class Layout:
    """What segmentation found: paragraphs in order, the issuer, and where the head of each lies."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    heads: dict[int, int] = field(default_factory=dict)  # index of a paragraph -> offset after its number
    issuer: Mention | None = None
    issuer_line: Line | None = None
    annex_issuer: Mention | None = None  # "We, the Heads of State and Government ..." of an annexed text
    meeting_line: Line | None = None
    annex_start: int | None = None
    speakers: dict[int, Mention] = field(default_factory=dict)  # index of a paragraph -> the body that speaks in it


@dataclass
class _Start:
    """Where a paragraph (or a boundary that ends one) starts."""

    offset: int
    head: int
    section: str | None  # None for a boundary that is no paragraph (a heading, the issuer line)
    number: str | None = None
    leading: PhraseMatch | None = None
    heading: bool = False  # an objective heading: ends at its last word, not at punctuation
    speaker: Mention | None = None  # the body that speaks in an unnumbered paragraph ("The Security Council ...")


def _line_pattern(words: tuple[str, ...], tail: str) -> re.Pattern[str] | None:
    if not words:
        return None
    alternation = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*(?:{alternation}){tail}", re.IGNORECASE)


#: Quotation marks that open the text of a statement read out on a body's behalf.
_OPENING_QUOTES = "\"“„«‘'「『"
#: How far into its line the verb of a paragraph a body opens may stand ("El Consejo de Seguridad | exhorta").
_SPEAKER_REACH = 120

_ROMAN_ITEMS = frozenset(["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"])


def _is_sub_item(label: str, letter: str) -> bool:
    """Whether "(i)", "(ii)" ... numbers the sub-items of item ``letter`` rather than continuing its letters."""
    if not letter or label not in _ROMAN_ITEMS:
        return False
    return not (len(label) == 1 and len(letter) == 1 and ord(label) == ord(letter) + 1)


class _Segmenter:
    def __init__(self, text: str, view: ReadingView, pack: LanguagePack, language: str | None) -> None:
        self.text, self.pack, self.language = text, pack, language
        self.printed = view  # lines handed on in the layout keep the marks as printed
        marks = pack.extra.get("mark_variants")
        self.view = marks_folded(view, marks) if isinstance(marks, Mapping) else view
        self.unspaced = pack.extra.get("word_boundaries", True) is False
        self.preamble = matcher_of(pack, "preambular_phrases")
        self.operative = matcher_of(pack, "operative_verbs")
        self.annex_line = _line_pattern(words_of(pack, "annex_words"), r"(?:\s+[IVX\d]+)?\s*")
        self.objective = _line_pattern(words_of(pack, "objective_words"), r"\s+(\d{1,3})\s*[:.]")
        self.speakers: list[Mention] = []  # the bodies that opened unnumbered paragraphs so far
        headers = pack.extra.get("table_unit_headers")
        self.table_headers = frozenset(fold(str(header)) for header in headers) if isinstance(headers, Mapping) else ()
        meeting = pack.extra.get("plenary_meeting")
        self.meeting = re.compile(rf"\s*{meeting}", re.IGNORECASE) if isinstance(meeting, str) else None
        # A body without plenary meetings (the Human Rights Council) closes with "44th meeting" alone on its line.
        alone = pack.extra.get("meeting_line")
        self.meeting_alone = re.compile(rf"\s*{alone}\s*", re.IGNORECASE) if isinstance(alone, str) else None

    # --- the issuer ----------------------------------------------------------

    def find_issuer_line(self) -> int | None:
        """Index of the issuer's line: short, ending in a comma, followed by a paragraph of a resolution."""
        lines = self.view.lines
        for index, line in enumerate(lines):
            content = line.stripped
            if not content or len(content.split()) > 8:
                continue
            following = next((later for later in lines[index + 1 :] if later.stripped), None)
            if following is None:
                continue
            if content[-1] in ",،，" and self._opens_resolution(following):
                return index
            if content[-1].isalpha() and self._adopts_a_text(following) and self._names_an_issuer(line):
                return index
        return None

    def _adopts_a_text(self, line: Line) -> bool:
        """Whether ``line`` opens an unnumbered paragraph with an operative verb and its words end with a colon:
        a resolution whose one act adopts the text that follows ("Adopts the following political declaration:")."""
        if self.operative.match_at(self.view.text, line.content_start) is None:
            return False
        blank = re.compile(r"\n[ \t]*\n").search(self.view.text, line.start)
        end = blank.start() if blank else len(self.view.text)
        return self.view.text[line.start : end].rstrip().endswith(":")

    def _leads_numbered_paragraphs(self, line: Line) -> bool:
        """Whether ``line`` is an operative verb and a colon, with at most a word of the pack's
        ``lead_complementizers`` between ("Resolves that:", "Décide que :", "Resuelve que:"): its numbered paragraphs
        complete its clause ("1. The Working Capital Fund shall be established ..."), where "Adopts the following
        declaration:" names a text it adopts."""
        verb = self.operative.match_at(self.view.text, line.content_start)
        if verb is None or not line.stripped.endswith(":"):
            return False
        rest = " ".join(self.view.text[verb.span.end : line.end].split()).rstrip(":").strip().casefold()
        return rest in ("", *(word.casefold() for word in words_of(self.pack, "lead_complementizers")))

    def _names_an_issuer(self, line: Line) -> bool:
        """Whether ``line`` is the name of a body and nothing else ("The General Assembly")."""
        known = resolve.find_mentions(self.text, self.language, start=line.content_start, end=line.end,
                                      kinds=ISSUER_KINDS)  # fmt: skip
        return (
            bool(known)
            and not self.text[known[-1].span.end : line.end].strip()
            and (len(self.text[line.content_start : known[0].span.start].split()) <= 1)
        )

    def _opens_resolution(self, line: Line) -> bool:
        if self.preamble.match_at(self.view.text, line.content_start) or self._leads_numbered_paragraphs(line):
            return True
        numbered = _NUMBERED.match(self.view.text, line.start, line.end)
        if numbered is None:
            return False
        head = self._skip_space(numbered.end())
        return self.operative.match_at(self.view.text, head) is not None

    def issuer_mention(self, line: Line) -> Mention:
        """The issuer named on its line, from the resolver where it knows the name."""
        start, end = line.content_start, line.start + len(line.text.rstrip().rstrip(",،，"))
        known = resolve.find_mentions(self.text, self.language, start=start, end=end, kinds=ISSUER_KINDS)
        if known:
            return known[0]
        for prefix in sorted(words_of(self.pack, "issuer_prefixes"), key=len, reverse=True):
            if self.text[start : start + len(prefix)].casefold() == prefix.casefold():
                rest = start + len(prefix)
                if prefix[-1] in "'’" or self.text[rest : rest + 1].isspace():
                    start = self._skip_space(rest)
                    break
        return Mention(Span(start, end), self.text[start:end], Kind.UN_BODY)

    def annex_issuer(self, annex_start: int) -> Mention | None:
        """The speakers of an annexed text: "We, the Heads of State and Government ..., meeting in"."""
        for pronoun in words_of(self.pack, "we_pronouns"):
            pattern = re.compile(rf"(?<!\w){re.escape(pronoun)},\s+([^,،]{{3,160}}?)\s*[,،]", re.IGNORECASE)
            match = pattern.search(self.view.text, annex_start)
            if match and match.start() - annex_start < 2000:
                start, end = match.span(1)
                return Mention(Span(start, end), self.text[start:end], Kind.GROUP_OF_STATES)
        return None

    # --- paragraph starts --------------------------------------------------------

    def _skip_space(self, position: int) -> int:
        while position < len(self.view.text) and self.view.text[position].isspace():
            position += 1
        return position

    def starts(self, issuer_index: int | None, layout: Layout) -> list[_Start]:
        state = "body"  # until the issuer line: a report's narrative, or a text with no resolution
        last_number: dict[str, list[int]] = {}
        current_number = current_letter = ""
        found: list[_Start] = []
        for index, line in enumerate(self.view.lines):
            if not line.stripped:
                continue
            if index == issuer_index:
                found.append(_Start(line.start, line.start, None))
                state = "preamble"
                continue
            if state != "body" and self._is_boundary(index, layout):
                found.append(_Start(line.start, line.start, None))
                if self.annex_line and self.annex_line.fullmatch(line.text):
                    state = "annex"
                    layout.annex_start = line.start
                continue
            start = self._numbered_start(line, state, last_number) or self._lettered_start(
                line, state, current_number, current_letter
            )
            if start is None and state == "annex":
                start = self._objective_start(line)
            if start is None and state == "body" and issuer_index is None:
                start = self._speaker_led_start(index)
            if start is None and state == "preamble" and self._leads_numbered_paragraphs(line):
                # "Resolves that:": the numbered paragraphs after it complete its clause, the operative part
                found.append(_Start(line.content_start, line.content_start, "operative"))
                state = "operative"
                continue
            if (
                start is None
                and state == "preamble"
                and not any(f.section for f in found)
                and self._adopts_a_text(line)
            ):
                # the resolution's one act adopts the text that follows it, which is read as its annex
                found.append(_Start(line.content_start, line.content_start, "operative"))
                state = "annex"
                following = self._next_line(index)
                layout.annex_start = following.start if following else line.end
                continue
            if start is None and state == "preamble":
                leading = self.preamble.match_at(self.view.text, line.content_start)
                start = _Start(line.content_start, line.content_start, "preamble", leading=leading) if leading else None
            if start is None and self._is_heading(index):
                found.append(_Start(line.start, line.start, None))
            if start is None:
                continue
            if start.section == "operative" and state == "preamble":
                state = "operative"
            if start.number and "(" not in start.number and not start.heading:
                current_number, current_letter = start.number, ""
            elif start.number and start.number.count("(") == 1:
                current_letter = start.number.split("(")[1].rstrip(")")
            found.append(start)
        return found

    def _speaker_led_start(self, index: int) -> _Start | None:
        """An unnumbered paragraph that opens with a body and its verb, as a presidential statement's do: "The
        Security Council reaffirms ...", "El Consejo de Seguridad exhorta ...", "安全理事会重申", or, where the
        verb comes first, "يؤكد مجلس الأمن من جديد". Only after a blank line, so that a line wrapped inside a
        paragraph ("... recommends that the | General Assembly requests") opens none."""
        lines, text = self.view.lines, self.view.text
        if index > 0 and lines[index - 1].stripped:
            return None
        line = lines[index]
        start = line.content_start
        while start < line.end and text[start] in _OPENING_QUOTES:
            start += 1
        if next(self.operative.finditer(text, start, min(line.end, start + _SPEAKER_REACH)), None) is None:
            return None  # no verb near the start: spare the resolver
        bodies = resolve.find_mentions(self.text, self.language, start=start, end=line.end, kinds=(Kind.UN_BODY,))
        bodies = sorted([*bodies, *self._short_speakers(start, line.end)], key=lambda m: m.span.start)
        if not bodies:
            return None
        body = bodies[0]
        head = None
        if len(text[start : body.span.start].split()) <= 1:  # at most an article: "The", "El", "Le"
            head = (
                self._skip_space(body.span.end)
                if self.operative.match_at(text, self._skip_space(body.span.end))
                else None
            )
        verb = self.operative.match_at(text, start)
        if head is None and verb and not text[verb.span.end : body.span.start].strip():
            head = start
        if head is None:
            return None
        self.speakers.append(body)
        return _Start(start, head, "operative", speaker=body)

    def _short_speakers(self, start: int, end: int) -> list[Mention]:
        """The body that spoke last, named short in a later paragraph ("Le Conseil prie ...", "The Council
        requests ..."): a short name of its kind (the pack's ``short_body_names``)."""
        if not self.speakers:
            return []
        last = self.speakers[-1]
        kinds = set((last.name or "").casefold().split())
        return [
            Mention(match.span, match.span.of(self.text), Kind.UN_BODY, key=last.key, name=last.name)
            for match in matcher_of(self.pack, "short_body_names").finditer(self.view.text, start, end)
            if kinds & set(match.value.casefold().split())
        ]

    def _is_boundary(self, index: int, layout: Layout) -> bool:
        line = self.view.lines[index]
        if self.annex_line and self.annex_line.fullmatch(line.text):
            return True
        if self._is_meeting_line(line):
            layout.meeting_line = layout.meeting_line or self.printed.lines[index]
            return True
        return self._heads_a_table(index) or self._is_closing_date(index)

    def _heads_a_table(self, index: int) -> bool:
        """A table's column header ("Percentage"), or the header of its label column just before it
        ("Member State"): the paragraph that introduces the table ends there."""
        if not self.table_headers:
            return False
        if fold(self.view.lines[index].stripped) in self.table_headers:
            return True
        lines = self.view.lines
        line = lines[index].stripped
        following = lines[index + 1].stripped if index + 1 < len(lines) else ""
        return (
            fold(following) in self.table_headers
            and len(line) < _TABLE_LABEL
            and _TERMINAL.search(line[-1] + " ") is None
        )

    def _is_meeting_line(self, line: Line) -> bool:
        return bool(
            (self.meeting and self.meeting.match(line.text))
            or (self.meeting_alone and self.meeting_alone.fullmatch(line.text))
        )

    def _is_closing_date(self, index: int) -> bool:
        """A line holding only a date, just before the meeting line: the adoption date, no text of the last paragraph.

        Chinese prints it there ("2020年12月21日 / 第46次全体会议"); read as part of the paragraph,
        it would leave the paragraph ending without punctuation, like an item of a list of titles.
        """
        following = self._next_line(index)
        if following is None or not self._is_meeting_line(following):
            return False
        line = self.view.lines[index]
        dates = find_dates(self.view.text, self.pack, line.content_start, line.end)
        return len(dates) == 1 and dates[0].span.of(self.view.text) == line.stripped

    def _next_line(self, index: int) -> Line | None:
        """The first non-blank line after line ``index``."""
        lines = self.view.lines
        return next((lines[later] for later in range(index + 1, len(lines)) if lines[later].stripped), None)

    def _is_heading(self, index: int) -> bool:
        """A short line without final punctuation, after a blank line and before a blank or numbered one."""
        lines = self.view.lines
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        alone = (index == 0 or not lines[index - 1].stripped) and (
            following is None or not following.stripped or _NUMBERED.match(following.text) is not None
        )
        return alone and len(line.stripped) < 150 and _TERMINAL.search(line.stripped[-1] + " ") is None

    def _numbered_start(self, line: Line, state: str, last_number: dict[str, list[int]]) -> _Start | None:
        """A numbered paragraph, if its number continues a sequence of its section.

        A section may hold more than one sequence (a compact lists its 23 objectives "1." to "23."
        between its paragraphs 16 and 17), so each sequence is followed on its own.
        """
        match = _NUMBERED.match(self.view.text, line.start, line.end)
        if match is None:
            return None
        number = int(match.group(1))
        section = "operative" if state == "preamble" else state
        sequences = last_number.setdefault(section, [])
        continued = next((i for i, last in enumerate(sequences) if last < number <= last + _MAX_NUMBER_GAP), None)
        if continued is not None:
            sequences[continued] = number
        elif number == 1:
            sequences.append(1)
        else:
            return None
        head = self._skip_space(match.end())
        return _Start(line.content_start, head, section, number=str(number))

    def _lettered_start(self, line: Line, state: str, current_number: str, current_letter: str) -> _Start | None:
        """ "(b) ..." is item 2(b); "(i)" after an item "(b)" is its sub-item 2(b)(i), after "(h)" item 2(i)."""
        match = _LETTERED.match(self.view.text, line.start, line.end) or _LETTERED_CLOSING.match(
            self.view.text, line.start, line.end
        )
        if match is None and self.unspaced:
            match = _LETTERED_UNSPACED.match(self.view.text, line.start, line.end)
        if match is None or state == "preamble":
            return None
        head = self._skip_space(match.end())
        label = match.group(1)
        parent = f"{current_number}({current_letter})" if _is_sub_item(label, current_letter) else current_number
        return _Start(line.content_start, head, state, number=f"{parent}({label})")

    def _objective_start(self, line: Line) -> _Start | None:
        match = self.objective.match(self.view.text, line.start, line.end) if self.objective else None
        if match is None:
            return None
        return _Start(
            line.content_start,
            line.content_start,
            "annex",
            number=f"objective-{match.group(1)}",
            heading=True,
        )

    # --- paragraphs ------------------------------------------------------------------

    def is_list_item(self, start: _Start, limit: int) -> bool:
        """A short numbered line that ends without punctuation: an item of a list of titles, no paragraph."""
        region = _TRAILING_MARKER.sub("", self.view.text[start.head : limit].rstrip())
        return len(region) < _LIST_ITEM_LENGTH and not _TERMINAL.search(region[-1:] + " ")

    def paragraph_end(self, start: _Start, limit: int) -> int:
        """Where a paragraph ends: its last punctuation mark before ``limit`` (a heading: its last word)."""
        region = self.view.text[start.head : limit]
        if not start.heading:
            terminals = list(_TERMINAL.finditer(region))
            if terminals:
                return start.head + terminals[-1].end()
        return start.head + len(region.rstrip())


def has_issuer_line(text: str, view: ReadingView, pack: LanguagePack, language: str | None) -> bool:
    """Whether ``text`` opens a resolution with its issuer's line ("The General Assembly," then a paragraph)."""
    return _Segmenter(text, view, pack, language).find_issuer_line() is not None


def segment(text: str, view: ReadingView, pack: LanguagePack, language: str | None) -> Layout:
    """The paragraphs of ``text`` (through its reading view), with their sections and the issuer."""
    segmenter = _Segmenter(text, view, pack, language)
    layout = Layout()
    issuer_index = segmenter.find_issuer_line()
    if issuer_index is not None:
        layout.issuer_line = view.lines[issuer_index]
        layout.issuer = segmenter.issuer_mention(layout.issuer_line)
    starts = segmenter.starts(issuer_index, layout)
    for position, start in enumerate(starts):
        if start.section is None:
            continue
        limit = starts[position + 1].offset if position + 1 < len(starts) else len(text)
        if start.number and not start.heading and segmenter.is_list_item(start, limit):
            continue
        end = segmenter.paragraph_end(start, limit)
        if end <= start.offset:
            continue
        leading = start.leading.span.of(text) if start.leading else None
        layout.heads[len(layout.paragraphs)] = start.head
        if start.speaker is not None:
            layout.speakers[len(layout.paragraphs)] = start.speaker
        layout.paragraphs.append(Paragraph(Span(start.offset, end), start.section, start.number, leading))
    if layout.annex_start is not None:
        layout.annex_issuer = segmenter.annex_issuer(layout.annex_start)
    if layout.annex_issuer is not None and not any(p.number for p in layout.paragraphs if p.section == "operative"):
        # A resolution whose one act is unnumbered ("Adopts the following political declaration:") speaks
        # through the declaration it adopts: its speakers' numbered paragraphs ("We, Heads of State ...") are
        # the operative part a reader counts. A compact adopted beside numbered paragraphs stays an annex.
        layout.paragraphs = [
            replace(p, section=DECLARATION_SECTION) if p.section == "annex" else p for p in layout.paragraphs
        ]
    return layout
