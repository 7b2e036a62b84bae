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
from kg.builders.un.layout import LAYOUT_SPACE, Line, ReadingView, cells_of, lines_of
from kg.builders.un.paragraphs import Layout
from kg.finders.clauses import SUBJECT_KINDS, session_ordinal
from kg.finders.phrases import PhraseMatcher, matcher_of, words_of
from kg.finders.resolutions import kind_of_symbol
from kg.lang import get as language_pack
from kg.lang.base import LanguagePack
from kg.model import DocumentFacts, Kind, Mention, PostHolding, Span
from kg.text.dates import find_dates
from kg.text.normalize import fold_digits
from kg.text.symbols import find_symbols

__all__ = ["document_facts", "find_posts", "masthead", "persons_by_honorific", "recommended_drafts", "report_author"]

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
#: What parts two columns of a masthead line.
_COLUMN_START = re.compile(r"\s{3,}|\t")
#: An agenda line is short: "Item 20 (a) of the provisional agenda", "Agenda items 14, 15 and 119".
_AGENDA_LINE_WORDS = 12
#: A blank line, which ends a block of the masthead.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: Kinds of the resolver that sponsor a draft.
SPONSOR_KINDS = (Kind.STATE, Kind.GROUP_OF_STATES, Kind.INTERGOVERNMENTAL_ORGANIZATION)
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

    def agenda_lines(self) -> list[Line]:
        """The masthead's agenda lines: short, with a number ("Agenda item 68 (b)", "Tema 25 de la lista
        preliminar*"); a presidential statement's first sentence ("... en relación con el examen del tema titulado
        ...") is no agenda line, though a text without numbered paragraphs has no masthead end."""
        return [
            line
            for line in self.lines_with("agenda_words")
            if len(line.stripped.split()) <= _AGENDA_LINE_WORDS and re.search(r"\d", fold_digits(line.text))
        ]

    def symbol(self) -> str | None:
        """The document's own symbol: a symbol alone on one of the first lines (or in a column of one), as printed."""
        for cell in (cell for line in lines_of(self.text)[:_SYMBOL_LINES] for cell in cells_of(line)):
            symbols = find_symbols(cell.text)
            if len(symbols) == 1 and symbols[0][0].of(cell.text).strip() == cell.stripped:
                return symbols[0][1]
        return None

    def kind(self, symbol: str | None) -> str:
        """The kind its symbol names where the symbol says (A/RES/, A/DEC/, S/PRST/, L., SR.), else the kind
        its masthead's words name ("Decision adopted by", "Resolution adopted by", "Letter dated", "Report of"):
        a plain symbol (S/2024/123) is shared by reports, letters and notes."""
        of_symbol = kind_of_symbol(symbol) if symbol else None
        if of_symbol and of_symbol != Kind.REPORT:
            return of_symbol
        if self.lines_with("adopted_decision_phrases"):
            return Kind.DECISION
        if self.lines_with("adopted_phrases"):
            return Kind.RESOLUTION
        kinds = self.pack.extra.get("kind_words", {})
        for kind, words in kinds.items() if isinstance(kinds, dict) else ():
            matcher = PhraseMatcher(tuple(words), self.pack)
            if any(matcher.match_at(self.view.text, line.content_start) for line in self.lines):
                return str(kind)
        if of_symbol:
            return of_symbol
        if self.layout.issuer and self.layout.meeting_line:
            return Kind.RESOLUTION  # a draft closes with no meeting: one that adopted it closes a resolution
        return Kind.DRAFT_RESOLUTION if self.layout.issuer else Kind.DOCUMENT

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
            known = resolve.find_mentions(
                self.text, self.language, start=line.start, end=line.end, kinds=(Kind.UN_BODY,)
            )
            if known and len(known[0].text) >= len(line.stripped) - 2:
                return known[0]
        return self._spaced_body() or issuer

    def _spaced_body(self) -> Mention | None:
        """A body whose name is printed letter-spaced, as wide as a column gap: "大    会" opens its line."""
        first = self.lines[0].start if self.lines else 0
        for line in (line for line in self.view.lines[:_SYMBOL_LINES] if line.start >= first and line.stripped):
            known = resolve.find_mentions(
                self.text, self.language, start=line.start, end=line.end, kinds=(Kind.UN_BODY,)
            )
            if known and known[0].span.start == line.content_start and " " in known[0].text:
                rest = self.view.text[known[0].span.end : line.end]
                if not rest.strip() or _COLUMN_START.match(rest):
                    return known[0]
        return None

    def session(self) -> int | None:
        """The session of the masthead's session line ("Seventy-fifth session"), not of a title
        ("Report of the Committee ... on its twenty-second session")."""
        for line in self.lines:
            found = session_ordinal(self.view.text, line.start, line.end, self.pack)
            if found and len(line.stripped.split()) <= _SESSION_LINE_WORDS:
                return found[0]
        return None

    def agenda_items(self) -> tuple[int, ...]:
        for line in self.agenda_lines():
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
        if kind == Kind.RESOLUTION and meeting:
            # The date is on the meeting's line or the next, however far a PDF indents it.
            reach = min(len(self.text), meeting.end + _DATE_AFTER_MEETING + LAYOUT_SPACE)
            after = [d for d in find_dates(self.text, self.pack, meeting.end, reach) if d.iso[:1].isdigit()]
            if after and len(" ".join(self.text[meeting.end : after[0].span.start].split())) <= _DATE_AFTER_MEETING:
                return after[0].iso
            # Chinese prints the date first: "2019年12月18日 / 第50次全体会议".
            before = find_dates(self.text, self.pack, max(0, meeting.start - _DATE_BEFORE_MEETING), meeting.start)
            if before:
                return before[-1].iso
        for line in [*self.lines_with("adopted_phrases"), *self.lines_with("adopted_decision_phrases")]:
            dates = find_dates(self.text, self.pack, line.start, min(len(self.text), line.end + 60))
            if dates:
                return dates[0].iso
        # The distribution date is often printed in English whatever the language of the text, and comes first:
        # a letter's title names another day ("Письмо ... от 28 февраля 2024 года").
        for line in self.lines:
            for pack in (self.pack, language_pack("en")):
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
        agenda = self.agenda_lines()
        if agenda and agenda[-1] in self.lines:
            blocks = self._blocks(self.lines[self.lines.index(agenda[-1]) + 1 :])
            sponsors = self._sponsors_block(blocks)
            if sponsors is not None:  # a draft: "Argentina, Chile ...: draft resolution", then its title
                return self._block_text(blocks[sponsors + 1]) if sponsors + 1 < len(blocks) else None
            parts = [self._block_text(block) for block in blocks[:2] if not self._names_a_post(block[0])]
            return ": ".join(_without_repeats(parts)) or None
        return self._kind_titled()

    def _kind_titled(self) -> str | None:
        """A text with no agenda item (a letter, a presidential statement) is titled by the block that names its
        kind: "Letter dated 5 March 2024 from the Permanent Representative ...", "Declaración de la Presidencia"."""
        block = self._kind_block()
        return self._block_text(block) if block else None

    def _kind_block(self, kind: str | None = None) -> list[Line] | None:
        """The first block that opens with a word of the pack's ``kind_words`` (of ``kind``, where given)."""
        kinds = self.pack.extra.get("kind_words", {})
        heads = tuple(
            word for name, words in (kinds.items() if isinstance(kinds, dict) else ()) if kind in (None, name)
            for word in words
        )  # fmt: skip
        matcher = PhraseMatcher(heads, self.pack)
        for block in self._blocks(self.lines):
            if matcher.match_at(self.view.text, block[0].content_start):
                return block
        return None

    def sender(self) -> Mention | None:
        """The State a letter is from, the first one its title names: "Letter dated ... from the Permanent
        Representative of Norway to the United Nations addressed to the Secretary-General". The body in the
        masthead (the Security Council) is whom it is circulated to, not who wrote it."""
        block = self._kind_block(Kind.LETTER)
        if block is None:
            return None
        states = resolve.find_mentions(self.text, self.language, start=block[0].start, end=block[-1].end,
                                       kinds=(Kind.STATE,))  # fmt: skip
        return states[0] if states else None

    def _blocks(self, lines: list[Line]) -> list[list[Line]]:
        """Runs of lines with no blank line between them: a title printed on three lines is one block; the line
        of a post ("Rapporteur: Mr. X (Uruguay)") is a block of its own."""
        blocks: list[list[Line]] = []
        for line in lines:
            if blocks and self._same_block(blocks[-1][-1], line):
                blocks[-1].append(line)
            else:
                blocks.append([line])
        return blocks

    def _same_block(self, previous: Line, line: Line) -> bool:
        """No blank line between two lines, nor a post's line, nor the end of a draft's sponsors (which mastheads
        print with no blank line around it); a sponsors' line joins the previous one where a long list wraps."""
        if _BLANK_LINE.search(self.view.text, previous.end, line.start):
            return False
        if self._ends_sponsors(previous) or self._names_a_post(previous) or self._names_a_post(line):
            return False
        return self._continues_a_list(previous) if self._ends_sponsors(line) else True

    def _ends_sponsors(self, line: Line) -> bool:
        """Whether a line ends with "draft resolution": the end of a draft's sponsors, printed with no blank line
        around it."""
        marks = tuple(mark.casefold() for mark in words_of(self.pack, "draft_marks"))
        return bool(marks) and line.stripped.rstrip(".*").casefold().endswith(marks)

    def _continues_a_list(self, line: Line) -> bool:
        """Whether a line breaks a list of names: it ends with a comma or a conjunction ("Chile, Colombia and")."""
        words = line.stripped.split()
        return line.stripped.endswith((",", "،", "，", "、")) or (
            bool(words) and words[-1] in words_of(self.pack, "list_conjunctions")
        )

    def _block_text(self, block: list[Line]) -> str:
        return _joined([self._printed(line) for line in block])

    def _sponsors_block(self, blocks: list[list[Line]]) -> int | None:
        """The index of the block that names a draft's sponsors and ends with "draft resolution"."""
        marks = tuple(mark.casefold() for mark in words_of(self.pack, "draft_marks"))
        for index, block in enumerate(blocks):
            if marks and self._block_text(block).rstrip(".*").casefold().endswith(marks):
                return index
        return None

    def sponsors(self) -> tuple[Mention, ...]:
        """The States and groups that submit a draft, before its mark: "Mexico, Philippines and Senegal: draft
        resolution", "Ouganda (au nom du Groupe des 77 et de la Chine) : projet de résolution"."""
        agenda = self.agenda_lines()
        lines = self.lines[self.lines.index(agenda[-1]) + 1 :] if agenda and agenda[-1] in self.lines else self.lines
        blocks = self._blocks(lines)
        index = self._sponsors_block(blocks)
        if index is None:
            return ()
        start, end = blocks[index][0].start, blocks[index][-1].end
        return tuple(resolve.find_mentions(self.text, self.language, start=start, end=end, kinds=SPONSOR_KINDS))

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
            if not self._printed(line):  # a line the reading view blanked ("United Nations") may still be the title's
                break
            following.append(self._printed(line))
        return following

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

    def statement_meeting(self) -> str | None:
        """The meeting at which a presidential statement was made, named in the sentence that introduces it: "At
        the 9250th meeting of the Security Council, held on 20 January 2023, ...", "En la 9250ª sesión ..."."""
        pattern = self.pack.extra.get("meeting_number")
        if not isinstance(pattern, str):
            return None
        for line in self.lines:
            found = re.search(pattern, self.view.text[line.start : line.end], re.IGNORECASE)
            if found:
                return " ".join(found.group().split())
        return None

    def adopted_on(self) -> str | None:
        """The report (or draft) a resolution was adopted on, from its bracketed line."""
        line = self._adoption_line()
        symbols = find_symbols(line.text) if line else []
        return symbols[-1][1] if symbols else None

    def reporting_committee(self, kind: str) -> Mention | None:
        """The committee on whose report a resolution was adopted ("[on the report of the Second Committee
        (A/72/417)]"), or whose report a report is (its title's speaker: "تقرير اللجنة الثانية")."""
        if kind == Kind.REPORT:
            author = report_author(self.text, self.view, self.layout, self.pack, self.language)
            return author if author is not None and author.kind == Kind.UN_BODY else None
        line = self._adoption_line()
        if line is None or kind not in (Kind.RESOLUTION, Kind.DECISION):
            return None
        bodies = resolve.find_mentions(self.text, self.language, start=line.start, end=line.end, kinds=(Kind.UN_BODY,))
        return bodies[0] if bodies else None

    def _adoption_line(self) -> Line | None:
        return next((line for line in self.lines if line.stripped.startswith("[")), None)


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
        body=(head.sender() if kind == Kind.LETTER else None) or head.body(),
        session=head.session(),
        agenda_items=head.agenda_items(),
        original_language=head.original_language(),
        meeting=head.statement_meeting() if kind == Kind.PRESIDENTIAL_STATEMENT else head.meeting(),
        adopted_on=head.adopted_on() if kind == Kind.RESOLUTION else None,
        committee=head.reporting_committee(kind),
        recommends=recommended_drafts(text, pack) if kind == Kind.REPORT else (),
        work_key=symbol,
        # The sponsors submit a draft (the body would adopt it): they sign it, in the ontology's words.
        signatories=head.sponsors() if kind == Kind.DRAFT_RESOLUTION else (),
    )


#: How far after the words that name an adopted draft its symbol may stand (a space, a bracket, a mark).
_DRAFT_SYMBOL_REACH = 12


def recommended_drafts(text: str, pack: LanguagePack) -> tuple[str, ...]:
    """The drafts a report says its committee adopted, which it recommends to its body: the symbols right
    after the pack's ``draft_adopted`` words ("the Committee adopted draft resolution A/C.2/72/L.66",
    "اعتمدت اللجنة مشروع القرار A/C.2/72/L.66"); a draft only introduced or withdrawn is not one of them."""
    pattern = pack.extra.get("draft_adopted")
    if not pattern:
        return ()
    drafts: dict[str, None] = {}
    for match in re.finditer(pattern, text):
        after = text[match.end() : match.end() + _DRAFT_SYMBOL_REACH + 40]
        symbols = find_symbols(after)
        if symbols and symbols[0][0].start <= _DRAFT_SYMBOL_REACH:
            symbol = symbols[0][1]
            if kind_of_symbol(symbol) == Kind.DRAFT_RESOLUTION:
                drafts[symbol] = None
    return tuple(drafts)


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
    holdings = _signatures(text, view, pack, language)
    for match in pattern.finditer(view):
        person = Mention(Span(*match.span("name")), text[match.start("name") : match.end("name")], Kind.PERSON)
        country_span = Span(*match.span("country"))
        known = resolve.find_mentions(
            text, language, start=country_span.start, end=country_span.end, kinds=(Kind.STATE,)
        )
        state = known[0] if known else Mention(country_span, country_span.of(text), Kind.STATE)
        post = match.group("post")
        holdings.append(
            PostHolding(Span(match.start("post"), match.end()), person, post, pack.posts.get(post), state=state)
        )
    return holdings


#: How many lines under a signature its signer's posts may take ("Ambassador", "Permanent Representative of ...").
_SIGNATURE_LINES = 4


def _signatures(text: str, view: str, pack: LanguagePack, language: str | None) -> list[PostHolding]:
    """Who signs a letter, and as what: "(Signed) Merete Fjeld Brattested" above "Ambassador" and "Permanent
    Representative of Norway to the United Nations"; the post the most specific the lines name (the longest), the
    State the first one they name."""
    marks = words_of(pack, "signed_marks")
    if not marks:
        return []
    opener = "|".join(re.escape(mark) for mark in sorted(marks, key=len, reverse=True))
    pattern = re.compile(rf"(?:{opener})[ \t]*(?P<name>[^\n]{{2,80}}?)[ \t]*$", re.MULTILINE | re.IGNORECASE)
    holdings = []
    for match in pattern.finditer(view):
        below = [line for line in lines_of(view[match.end() :])[1 : _SIGNATURE_LINES + 1] if line.stripped]
        posts = [
            (post, match.end() + line.content_start)
            for line in below
            for post in pack.posts
            if line.stripped.startswith(post) and not line.stripped[len(post) : len(post) + 1].isalnum()
        ]
        if not posts:
            continue
        post, post_start = max(posts, key=lambda found: len(found[0]))
        reach = match.end() + (below[-1].end if below else 0)
        states = resolve.find_mentions(text, language, start=post_start, end=reach, kinds=(Kind.STATE,))
        person = Mention(Span(*match.span("name")), text[match.start("name") : match.end("name")], Kind.PERSON)
        span = Span(match.start(), post_start + len(post))
        holdings.append(PostHolding(span, person, post, pack.posts.get(post), state=states[0] if states else None))
    return holdings


#: At most this many words name a person after an honorific ("Mr. António Manuel de Oliveira Guterres").
_PERSON_NAME_WORDS = 6
#: The longest small word inside a person's name ("de", "van", "bin", "al").
_NAME_PARTICLE_LENGTH = 3


def persons_by_honorific(text: str, view: str, pack: LanguagePack, taken: list[Span]) -> list[PostHolding | Mention]:
    """Persons a resolution names after an honorific of the pack ("by Mr. António Guterres during his first term",
    "Appoints Ms. Jane Roe Executive Director"): the capitalised words that follow it (small particles between
    them), up to a post of the pack, which the person then holds ("Appoints Mr. X Secretary-General of the United
    Nations"); a mention of the person alone where no post follows. ``taken``: persons already read."""
    if not pack.honorifics or not pack.posts:
        return []
    honorifics = "|".join(re.escape(h) for h in sorted(pack.honorifics, key=len, reverse=True))
    posts = sorted(pack.posts, key=len, reverse=True)
    found: list[PostHolding | Mention] = []
    for match in re.finditer(rf"(?<!\w)(?:{honorifics})(?!\w)[ \t]*", view):
        words = list(re.finditer(r"[^\W\d_][\w'’\-]*", view[match.end() : match.end() + 120]))
        name: list[re.Match[str]] = []
        for word in words[:_PERSON_NAME_WORDS]:
            gap = view[match.end() + (name[-1].end() if name else 0) : match.end() + word.start()]
            rest = view[match.end() + word.start() :]
            if (name and gap.strip()) or any(rest.startswith(post) for post in posts):
                break
            if word.group()[:1].isupper():
                name.append(word)
            elif not name or len(word.group()) > _NAME_PARTICLE_LENGTH or not word.group().islower():
                break
            else:
                name.append(word)
        while name and not name[-1].group()[:1].isupper():
            name.pop()
        if len(name) < 2:
            continue  # a family name alone may be anything: "Mr. President"
        span = Span(match.end() + name[0].start(), match.end() + name[-1].end())
        if any(s.start < span.end and span.start < s.end for s in taken):
            continue
        person = Mention(span, span.of(text), Kind.PERSON)
        after = view[span.end :].lstrip(" \t\n")
        post = next((p for p in posts if after.startswith(p) and not after[len(p) : len(p) + 1].isalnum()), None)
        if post is None:
            found.append(person)
            continue
        post_start = span.end + len(view[span.end :]) - len(view[span.end :].lstrip(" \t\n"))
        found.append(PostHolding(Span(match.start(), post_start + len(post)), person, post, pack.posts.get(post)))
    return found
