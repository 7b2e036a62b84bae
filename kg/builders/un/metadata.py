"""What a UN document says about itself: symbol, kind, body, session, agenda, date, title, persons.

The masthead of a UN document is a run of short lines before its first
paragraph: the symbol ("A/RES/73/195"), the body ("General Assembly",
"الجمعية العامة"), "Distr.: General" with a date, "Original: English", the
session ("Seventy-third session"), the agenda items ("Agenda items 14 and
119"), then the title. A resolution adds "Resolution adopted by the General
Assembly on 19 December 2018", the report it was adopted on in brackets
("[on the report of the Second Committee (A/72/417)]") and, after its last
paragraph, the meeting ("60th plenary meeting") and date. A report names its
rapporteur ("Rapporteur: Ms. X (Zambia)", "المقررة: السيدة ... (زامبيا)").
"""

from __future__ import annotations

import re

from kg import resolve
from kg.builders.un.citations import kind_of_symbol
from kg.builders.un.commitments import SUBJECT_KINDS, session_ordinal
from kg.builders.un.layout import LAYOUT_SPACE, Line, ReadingView, cells_of, lines_of
from kg.builders.un.paragraphs import Layout
from kg.builders.un.phrases import PhraseMatcher, matcher_of, words_of
from kg.lang import get as language_pack
from kg.lang.base import LanguagePack
from kg.model import DocumentFacts, Mention, PostHolding, Span
from kg.text.dates import find_dates
from kg.text.normalize import fold_digits
from kg.text.symbols import find_symbols

__all__ = ["document_facts", "find_posts", "masthead", "report_author"]

#: The masthead ends at the first paragraph, and never later than this many lines.
MASTHEAD_LINES = 60
#: The document's own symbol stands in its first lines.
_SYMBOL_LINES = 15
#: A session line is short: "Seventy-fifth session", "الدورة الخامسة والسبعون", "Семьдесят пятая сессия".
_SESSION_LINE_WORDS = 6
#: How far before its meeting line the adoption date of a resolution may be printed, and after it.
_DATE_BEFORE_MEETING = 40
_DATE_AFTER_MEETING = 80
#: "75/200. International trade", "75/200．国际贸易", "2023/5 - تعميم مراعاة المنظور الجنساني".
_RESOLUTION_TITLE = re.compile(r"\s*\d{1,4}/\d{1,4}\s*[A-Z]?\s*(?:\.\s+|．\s*|[-–]\s+)(\S.*)")
#: The number of a resolution alone, its title in the next column.
_RESOLUTION_NUMBER = re.compile(r"\s*\d{1,4}/\d{1,4}\s*[A-Z]?\s*(?:\.|．|[-–])\s*")
#: A Security Council resolution is titled by its number and year, in a word of its language:
#: "Resolution 2532 (2020)", "القرار ٢٥٣٢ (٢٠٢٠)", "第2532(2020)号决议".
_COUNCIL_TITLE = re.compile(r"\s*(?:\w+\s*)?\d{1,5}\s*[(（]\s*\d{4}\s*[)）]\s*(?:\w+)?\s*")


def masthead(view: ReadingView, layout: Layout) -> list[Line]:
    """The non-blank lines before the first paragraph (or the issuer line), each column a line of its own."""
    starts = [p.span.start for p in layout.paragraphs]
    if layout.issuer_line:
        starts.append(layout.issuer_line.start)
    first = min(starts, default=len(view.text))
    return [cell for line in view.lines[:MASTHEAD_LINES] if line.end <= first for cell in cells_of(line)]


class _Masthead:
    def __init__(self, text: str, view: ReadingView, layout: Layout, pack: LanguagePack, language: str | None) -> None:
        self.text, self.view, self.layout, self.pack, self.language = text, view, layout, pack, language
        self.lines = masthead(view, layout)

    def lines_with(self, key: str) -> list[Line]:
        matcher = matcher_of(self.pack, key)
        return [line for line in self.lines if next(matcher.finditer(self.view.text, line.start, line.end), None)]

    def symbol(self) -> str | None:
        """The document's own symbol: a symbol alone on one of the first lines (or in a column of one), as printed."""
        for cell in (cell for line in lines_of(self.text)[:_SYMBOL_LINES] for cell in cells_of(line)):
            symbols = find_symbols(cell.text)
            if len(symbols) == 1 and symbols[0][0].of(cell.text).strip() == cell.stripped:
                return symbols[0][1]
        return None

    def kind(self, symbol: str | None) -> str:
        if self.lines_with("adopted_phrases"):
            return "resolution"
        if symbol:
            return kind_of_symbol(symbol)
        kinds = self.pack.extra.get("kind_words", {})
        for kind, words in kinds.items() if isinstance(kinds, dict) else ():
            matcher = PhraseMatcher(tuple(words), self.pack)
            if any(matcher.match_at(self.view.text, line.content_start) for line in self.lines):
                return str(kind)
        return "draft-resolution" if self.layout.issuer else "document"

    def body(self) -> Mention | None:
        """The body in the masthead: the issuer's name where printed there, else what the resolver knows."""
        issuer = self.layout.issuer
        for line in self.lines:
            if issuer and issuer.text and issuer.text in line.text:
                start = line.start + line.text.index(issuer.text)
                return Mention(
                    Span(start, start + len(issuer.text)),
                    issuer.text,
                    issuer.kind,
                    issuer.key,
                    name=issuer.name,
                )
        for line in self.lines:
            known = resolve.find_mentions(self.text, self.language, start=line.start, end=line.end, kinds=("un-body",))
            if known and len(known[0].text) >= len(line.stripped) - 2:
                return known[0]
        return issuer

    def session(self) -> int | None:
        """The session of the masthead's session line ("Seventy-fifth session"), not of a title
        ("Report of the Committee ... on its twenty-second session")."""
        for line in self.lines:
            found = session_ordinal(self.view.text, line.start, line.end, self.pack)
            if found and len(line.stripped.split()) <= _SESSION_LINE_WORDS:
                return found[0]
        return None

    def agenda_items(self) -> tuple[int, ...]:
        for line in self.lines_with("agenda_words"):
            return tuple(int(n) for n in re.findall(r"(?<![\d/])\d{1,3}(?![\d/])", line.text))
        return ()

    def original_language(self) -> str | None:
        names = self.pack.extra.get("language_names", {})
        for label in words_of(self.pack, "original_labels"):
            for line in self.lines:
                if line.stripped.casefold().startswith(label.casefold()):
                    name = line.stripped[len(label) :].strip().casefold()
                    return names.get(name) if isinstance(names, dict) else None
        return None

    def date(self, kind: str) -> str | None:
        """The adoption date of a resolution (beside its meeting line), else the masthead's first full date."""
        meeting = self.layout.meeting_line
        if kind == "resolution" and meeting:
            # The date is on the meeting's line or the next, however far a PDF indents it.
            reach = min(len(self.text), meeting.end + _DATE_AFTER_MEETING + LAYOUT_SPACE)
            after = [d for d in find_dates(self.text, self.pack, meeting.end, reach) if d.iso[:1].isdigit()]
            if after and len(" ".join(self.text[meeting.end : after[0].span.start].split())) <= _DATE_AFTER_MEETING:
                return after[0].iso
            # Chinese prints the date first: "2019年12月18日 / 第50次全体会议".
            before = find_dates(self.text, self.pack, max(0, meeting.start - _DATE_BEFORE_MEETING), meeting.start)
            if before:
                return before[-1].iso
        for line in self.lines_with("adopted_phrases"):
            dates = find_dates(self.text, self.pack, line.start, min(len(self.text), line.end + 60))
            if dates:
                return dates[0].iso
        # The distribution date is often printed in English whatever the language of the text.
        for pack in (self.pack, language_pack("en")):
            for line in self.lines:
                dates = [d for d in find_dates(self.text, pack, line.start, line.end) if len(d.iso) == 10]
                if dates:
                    return dates[0].iso
        return None

    def title(self) -> str | None:
        for index, line in enumerate(self.lines):
            match = _RESOLUTION_TITLE.fullmatch(line.text)
            if match:
                title = self.text[line.start + match.start(1) : line.start + match.end(1)]
                return _joined([title, *self._continuation(index)])
            if _RESOLUTION_NUMBER.fullmatch(line.text) and self._beside(index):
                return _joined([self._printed(self.lines[index + 1]), *self._continuation(index + 1)])
        for line in self.lines:
            if _COUNCIL_TITLE.fullmatch(fold_digits(line.text)):
                return self._printed(line)
        agenda = self.lines_with("agenda_words")
        if agenda and agenda[-1] in self.lines:
            after = self.lines[self.lines.index(agenda[-1]) + 1 :]
            sponsors = next((i for i, line in enumerate(after[:3]) if self._is_sponsors_line(line)), None)
            if sponsors is not None:  # a draft: "Argentina, Chile ...: draft resolution", then its title
                return self._printed(after[sponsors + 1]) if sponsors + 1 < len(after) else None
            titled = [line for line in after[:2] if not _RESOLUTION_TITLE.fullmatch(line.text)]
            parts = [self._printed(line) for line in titled if not self._names_a_post(line)]
            return ": ".join(_without_repeats(parts)) or None
        return None

    def _beside(self, index: int) -> bool:
        """Whether the next cell is on the same line: a layout prints "78/210.      保护移民" in two columns."""
        following = self.lines[index + 1 : index + 2]
        return bool(following) and "\n" not in self.text[self.lines[index].end : following[0].start]

    def _continuation(self, index: int) -> list[str]:
        """Lines that continue a title: until a blank line in the document."""
        following = []
        for line in self.view.lines:
            if line.start <= self.lines[index].start:
                continue
            if not line.stripped:
                break
            following.append(self._printed(line))
        return following

    def _is_sponsors_line(self, line: Line) -> bool:
        """ "Argentina, Chile, Colombia, México y Perú: proyecto de resolución": who sponsors a draft."""
        text = line.stripped.rstrip(".*").casefold()
        return any(text.endswith(mark.casefold()) for mark in words_of(self.pack, "draft_marks"))

    def _names_a_post(self, line: Line) -> bool:
        """ "Rapporteur: Mr. Carlos Amorín (Uruguay)": who wrote the report, not its title."""
        text = line.stripped
        return any(
            text.startswith(post) and text[len(post) :].lstrip().startswith((":", "：")) for post in self.pack.posts
        )

    def _printed(self, line: Line) -> str:
        """A line as the document prints it (the reading view may have folded its digits)."""
        return self.text[line.start : line.end].strip()

    def meeting(self) -> str | None:
        """The meeting that adopted a resolution: its own line, or the adoption line of the masthead."""
        line = self.layout.meeting_line
        if line is None:
            adopted = self.lines_with("adopted_phrases")
            line = adopted[0] if adopted and re.search(r"\d", fold_digits(adopted[0].text)) else None
        return " ".join(line.stripped.split()) if line else None

    def adopted_on(self) -> str | None:
        """The report (or draft) a resolution was adopted on, from its bracketed line."""
        for line in self.lines:
            if line.stripped.startswith("["):
                symbols = find_symbols(line.text)
                if symbols:
                    return symbols[-1][1]
        return None


def _without_repeats(parts: list[str]) -> list[str]:
    """The parts of a title that no other part holds: a report is often titled like its agenda item
    ("Macroeconomic policy questions" / "Macroeconomic policy questions: international trade")."""
    folded = [" ".join(part.casefold().split()) for part in parts]
    return [
        part
        for index, part in enumerate(parts)
        if not any(
            folded[index] in other and (folded[index] != other or other_index < index)
            for other_index, other in enumerate(folded)
            if other_index != index
        )
    ]


def _joined(parts: list[str]) -> str:
    return " ".join(" ".join(parts).split())


def document_facts(
    text: str, view: ReadingView, layout: Layout, pack: LanguagePack, language: str | None
) -> DocumentFacts:
    """The document's facts about itself."""
    head = _Masthead(text, view, layout, pack, language)
    symbol = head.symbol()
    kind = head.kind(symbol)
    return DocumentFacts(
        kind=kind,
        symbol=symbol,
        title=head.title(),
        date=head.date(kind),
        body=head.body(),
        session=head.session(),
        agenda_items=head.agenda_items(),
        original_language=head.original_language(),
        meeting=head.meeting(),
        adopted_on=head.adopted_on() if kind == "resolution" else None,
        work_key=symbol,
    )


def report_author(
    text: str, view: ReadingView, layout: Layout, pack: LanguagePack, language: str | None
) -> Mention | None:
    """Who wrote a report or a note: the speaker its title names ("Report of the Secretary-General", "Informe del
    Consejo de Derechos Humanos", "秘书长的报告"), the first one where the title names several."""
    kinds = pack.extra.get("kind_words", {})
    heads = tuple(word for words in kinds.values() for word in words) if isinstance(kinds, dict) else ()
    matcher = PhraseMatcher(heads, pack)
    for line in masthead(view, layout):
        if next(matcher.finditer(view.text, line.start, line.end), None) is None:
            continue
        speakers = resolve.find_mentions(text, language, start=line.start, end=line.end, kinds=SUBJECT_KINDS)
        if speakers:
            return speakers[0]
    return None


def find_posts(text: str, view: str, pack: LanguagePack, language: str | None) -> list[PostHolding]:
    """Persons with their post and country: "Rapporteur: Ms. X (Zambia)", "المقررة: السيدة ... (زامبيا)"."""
    if not pack.posts:
        return []
    posts = "|".join(re.escape(post) for post in sorted(pack.posts, key=len, reverse=True))
    honorifics = "|".join(re.escape(h) for h in sorted(pack.honorifics, key=len, reverse=True)) or "(?!)"
    pattern = re.compile(
        rf"^[ \t]*(?P<post>{posts})[ \t]*[:：][ \t]*(?:(?:{honorifics})[ \t]+)?(?P<name>[^\n(（]{{2,80}}?)"
        rf"[ \t]*[(（](?P<country>[^\n)）]{{2,60}})[)）]",
        re.MULTILINE,
    )
    holdings = []
    for match in pattern.finditer(view):
        person = Mention(Span(*match.span("name")), text[match.start("name") : match.end("name")], "person")
        country_span = Span(*match.span("country"))
        known = resolve.find_mentions(text, language, start=country_span.start, end=country_span.end, kinds=("state",))
        state = known[0] if known else Mention(country_span, country_span.of(text), "state")
        post = match.group("post")
        holdings.append(
            PostHolding(Span(match.start("post"), match.end()), person, post, pack.posts.get(post), state=state)
        )
    return holdings
