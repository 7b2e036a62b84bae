"""The text the finders read: main segments, sentences, tokens, and the pack's words.

Everything here works on offsets into ``Document.text``, so that every span a
rule produces can be quoted exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import compress, repeat
from typing import Any, NamedTuple, TypeVar

from kg.lang.base import LanguagePack
from kg.model import Document, Kind, Span
from kg.text.keys import key_of
from kg.text.patterns import ByIdentity, alternation, caseless_alternation, phrase_pieces
from kg.text.prepared import prepared
from kg.text.tokens import split_tokens

T = TypeVar("T")

#: A letter or digit, or a combining mark on one (Arabic shadda, Vietnamese tones written apart).
_WORD_CHAR = r"[\w\u0300-\u036F\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]"
#: A word: letters and digits, possibly joined by a hyphen, an apostrophe or a dot ("TP.HCM", "Co‑operative").
TOKEN = re.compile(rf"{_WORD_CHAR}+(?:[-‑'’.]{_WORD_CHAR}+)*")
#: The words as the group of a split (see :func:`kg.text.tokens.split_tokens`).
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")

#: The end of a sentence: a stop, then space and something that can open a sentence, or a blank line;
#: a full-width stop ends one with no space after it ("。", "！").
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]?[\w\d])|(?<=[。！？])[”’」』）]*\s*|\n\s*\n\s*")
#: In a text whose lines are not wrapped by hand, every line break ends a sentence (captions, titles).
_SENTENCE_OR_LINE_END = re.compile(_SENTENCE_END.pattern + r"|\n\s*")
#: An initial or an initialism: characters each followed by a stop ("J.", "U.S."), or groups of one or two
#: ("EE.UU.", Spanish doubles a letter for a plural); one group of two is a word ("it.", "en.").
_INITIALISM = re.compile(r"(?:\w\.)+|(?:\w{1,2}\.){2,}")
#: A dateline: a line that opens with a place (a letter, not a paragraph number "1 -"), then a dash,
#: no sentence ending before it; after an agency in brackets the dash may follow a stop with no space
#: ("Nueva York, 24 sep (EFE).- El Gobierno").
_DATELINE = re.compile(r"(?m)^[ \t]*([^\W\d_](?:(?![.!?]\s)[^\n]){0,80}?)(?:\s+[-–—]\s+|(?<=[)）])\.?[-–—]+\s*)\w")
#: A dateline whose agency stands between slashes after it: "МОСКВА, 5 ноября. /ТАСС/.", "أبوظبي في 12 نوفمبر / وام /".
_AGENCY_DATELINE = re.compile(r"(?m)^[ \t]*([^\W\d_][^\n/.]{0,80}?)\.?\s*/\s?[^\W\d_][^/\n]{0,20}/")
#: A dateline that is a line of its own, a place and a day, with no dash: "Madrid, 19 de noviembre de 2024.".
_DATED_LINE = re.compile(r"(?m)^[ \t]*([^\W\d_][^\n,]{0,40},[^\n]{4,40}?)\.?[ \t]*$")
#: An agency named after the place of a dateline: "دبي (رويترز)", "GENEVA (Reuters)".
_DATELINE_AGENCY = re.compile(r"\s*[(（][^()（）\n]{1,30}[)）]\s*$")
#: A line of the text, without its line break.
_LINE = re.compile(r"[^\n]+")
#: Marks around a line of furniture: list bullets, emphasis, brackets.
_LINE_MARKS = " \t-*•·#>_【】[]"
#: An author's or editor's line is short: a name or two, not a sentence.
_EDITOR_LINE_LENGTH = 60
#: A line that credits where a page was first published holds a label and the link, no more.
_CREDIT_LINE_LENGTH = 160
#: A markdown link: its words, then its address.
_MARKDOWN_LINK = re.compile(r"!?\[(?P<words>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\((?P<target>[^()\s]*)\)")
#: What a line of links may hold besides them: marks, and a handle after a colon ("：HimalayaAthena").
_LINK_RESIDUE = re.compile(r"[\s\-*•·#>_|,，、]*(?:[:：]\s*@?[\w.\-]{1,40})?[\s*_]*")
#: The address of a page of a social network, of an author, or for sharing a page: never the text's subject.
_SOCIAL_OR_AUTHOR_PAGE = re.compile(
    r"^https?://(?:[\w-]+\.)*(?:twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|youtube\.com|youtu\.be"
    r"|t\.me|telegram\.me|discord\.gg|discord\.com|gettr\.com|gtv\.org|linkedin\.com|weibo\.com|vk\.com|ok\.ru"
    r"|zalo\.me|tiktok\.com|whatsapp\.com|wa\.me|line\.me|reddit\.com|pinterest\.com|truthsocial\.com)(?:[/?#]|$)"
    r"|/(?:author|authors|auteur|autor|avtor|user|users|profile|share|sharer)(?:[/?#.]|$)|[?&/]intent/tweet",
    re.IGNORECASE,
)
#: How far into the main text its dateline (and the document's date) may stand.
DATELINE_REACH = 300
#: Lines of a text wrapped by hand (a PDF, an e-mail) are about this long.
_WRAPPED_LINE_LENGTHS = range(50, 100)


class Token(NamedTuple):
    """A word of the text and where it stands; a tuple, since a document makes tens of thousands of them."""

    start: int
    end: int
    text: str

    @property
    def is_capitalized(self) -> bool:
        return opens_name(self.text[0])


def opens_name(char: str) -> bool:
    """Whether a word that starts with ``char`` can be part of a proper name.

    An upper-case letter can; in a script without letter case (Arabic,
    Chinese) any letter can, and there a name runs to a stop word or a
    punctuation mark.

    >>> opens_name("B"), opens_name("b"), opens_name("و")
    (True, False, True)
    """
    return char.isupper() or (char.isalpha() and not char.islower())


@dataclass
class DocumentText:
    """A document as the finders see it: its text, its language pack, and the parts it reads."""

    document: Document
    pack: LanguagePack
    extra: Mapping[str, Any] = field(init=False)
    # What finders read of the whole document, kept under a name (see :meth:`derived`).
    _derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.extra = self.pack.extra

    def derived(self, name: str, make: Callable[[], T]) -> T:
        """``make()``, computed the first time ``name`` is asked for and kept for the document's life.

        For what a finder reads of the whole text (or of one main segment, named with its span) and asks
        again at every sentence or figure, or what two finders both read: the text does not change.
        """
        if name not in self._derived:
            self._derived[name] = make()
        return self._derived[name]

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def language(self) -> str | None:
        return self.document.language

    @cached_property
    def main_spans(self) -> list[Span]:
        """The main segments, less the lines of page furniture inside them (:meth:`is_furniture_line`)."""
        spans: list[Span] = []
        for segment in self.document.main_segments():
            spans.extend(self._without_furniture(segment.span))
        return spans

    def _without_furniture(self, main: Span) -> Iterator[Span]:
        start = main.start
        for line in _LINE.finditer(self.text, main.start, main.end):
            if self.is_furniture_line(line.group()):
                if self.text[start : line.start()].strip():
                    yield Span(start, line.start())
                start = line.end()
        if self.text[start : main.end].strip():
            yield Span(start, main.end)

    def is_furniture_line(self, line: str) -> bool:
        """Whether a line is the page's, not the text's: only links, one of them to a social, author or share page
        ("[More articles by the Club](https://site.org/author/club/)", "[Club on Discord](https://discord.gg/x)"),
        a short line that opens an author or editor box (``extra["editor_line_cues"]``: "编辑：", "Edited by"), or a
        short line with a link to where the page was first published (``extra["repost_link_cues"]``: "转载自")."""
        stripped = line.strip(_LINE_MARKS)
        if not stripped:
            return False
        if len(stripped) <= _EDITOR_LINE_LENGTH and stripped.startswith(self.words("editor_line_cues")):
            return True
        links = list(_MARKDOWN_LINK.finditer(line))
        if len(stripped) <= _CREDIT_LINE_LENGTH and any(
            link.group("words").strip(_LINE_MARKS).startswith(self.words("repost_link_cues")) for link in links
        ):
            return True  # "`Club` [Reposted from GNews](https://...)": where the page was first published
        return (
            bool(links)
            and _LINK_RESIDUE.fullmatch(_MARKDOWN_LINK.sub("", line)) is not None
            and any(_SOCIAL_OR_AUTHOR_PAGE.search(link.group("target")) for link in links)
        )

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences (or lines, where a line has no stop) of the main segments."""
        spans: list[Span] = []
        for main in self.main_spans:
            spans.extend(self._sentences_in(main))
        return spans

    def _sentences_in(self, main: Span) -> Iterator[Span]:
        start = main.start
        ends = _SENTENCE_END if _is_hard_wrapped(self.text[main.start : main.end]) else _SENTENCE_OR_LINE_END
        for match in ends.finditer(self.text, main.start, main.end):
            if self._is_abbreviation_before(match.start()):
                continue
            if self.text[start : match.start()].strip():
                yield trimmed(self.text, Span(start, match.start()))
            start = match.end()
        if self.text[start : main.end].strip():
            yield trimmed(self.text, Span(start, main.end))

    def _is_abbreviation_before(self, position: int) -> bool:
        """A stop that ends a title ("TS.", "Mr."), an initial ("J.") or an initialism ("U.S.", "U.N.") does not end
        the sentence: "The U.S. government will provide" is one sentence."""
        if self.text[position - 1 : position] != ".":
            return False
        word = re.search(r"\S+$", self.text[max(0, position - 12) : position])
        if not word:
            return False
        return word.group().casefold() in _abbreviations(self.pack) or _INITIALISM.fullmatch(word.group()) is not None

    def words(self, key: str) -> tuple[str, ...]:
        """A tuple of words from the pack's ``extra`` (empty when the language does not have it)."""
        return self.pack.words(key)

    @cached_property
    def dateline(self) -> Span | None:
        """The place of the dateline that opens the main text: a place and a date, or a place in capitals,
        then a dash ("NEW YORK, 20 September 2023 -", "Hà Nội, ngày 25/9/2023 -", "HÀ NỘI —")."""
        from kg.finders.dates import find_dates  # dates are read with the pack, as everywhere

        if not self.main_spans:
            return None
        top = self.main_spans[0].start
        reach = min(len(self.text), top + DATELINE_REACH)
        for pattern in (_DATELINE, _AGENCY_DATELINE, *self._dateline_patterns()):
            for match in pattern.finditer(self.text, top, reach):
                place = Span(match.start(1), match.end(1))
                if (
                    place.of(self.text).split(",")[0].isupper()
                    or find_dates(self.text, self.pack, place.start, place.end)
                    or self._opens_with_known_place(place)
                ):
                    return place
        return self._dated_line(top, reach)

    def _dated_line(self, top: int, reach: int) -> Span | None:
        """ "Madrid, 19 de noviembre de 2024.": a line that is only a place, a comma and a full day, which
        ends it; no headline is written so."""
        from kg.finders.dates import find_dates

        for match in _DATED_LINE.finditer(self.text, top, reach):
            dates = find_dates(self.text, self.pack, match.start(1), match.end(1))
            comma = self.text.index(",", match.start(1))
            if (
                dates
                and len(dates[0].iso) == len("2024-11-19")
                and dates[0].span.end == match.end(1)
                and not self.text[comma + 1 : dates[0].span.start].strip()
            ):
                return Span(match.start(1), match.end(1))
        return None

    def _dateline_patterns(self) -> list[re.Pattern[str]]:
        """The language's own forms of dateline ("新华社上海3月5日电"), its place as the first group."""
        return [re.compile(pattern, re.MULTILINE) for pattern in self.words("dateline_patterns")]

    def _opens_with_known_place(self, place: Span) -> bool:
        """ "جدة - ...", "Hà Nội – ...", "دبي (رويترز) - ...": a known place shows a dateline that capitals
        do not (a script without them, or a place not printed in them), if it is all the line says
        before its date or its agency."""
        from kg.resolve import find_mentions

        named = _DATELINE_AGENCY.sub("", place.of(self.text).split(",")[0]).strip()
        found = find_mentions(
            self.text, self.language, start=place.start, end=place.end, kinds=(Kind.PLACE, Kind.STATE)
        )
        return bool(found) and found[0].span.start == place.start and found[0].text == named

    @cached_property
    def home_state(self) -> str | None:
        """The state an unqualified national body belongs to ("Bộ Ngoại giao", "the Ministry of Labour"):
        the state of the agency that wrote the text, wherever it writes from ("نيويورك - ... (واس)": SAU),
        else the language's where it has one (``extra["home_state"]``), else the state of the dateline's
        place ("MANILA, 4 June 2024 -": PHL)."""
        agency = self.agency_state
        if agency:
            return agency
        home = self.extra.get("home_state")
        if isinstance(home, str):
            return home
        if self.dateline is None:
            return None
        from kg.resolve import find_mentions

        places = find_mentions(self.text, self.language, start=self.dateline.start, end=self.dateline.end,
                               kinds=(Kind.PLACE, Kind.STATE))  # fmt: skip
        state = (places[0].key or "").split("/")[0] if places else ""
        return state if re.fullmatch(r"[A-Z]{3}", state) else None

    @cached_property
    def agency_state(self) -> str | None:
        """The state of the national news agency credited at the top of the main text (``extra["news_agencies"]``):
        between brackets or slashes ("(واس)", "/ТАСС/", "(TTXVN)") or opening a line ("新华社北京3月5日电").
        An international agency (Reuters, AFP) has no state, and leaves the home state to the place."""
        agencies = self.mapping("news_agencies")
        if not agencies or not self.main_spans:
            return None
        top = self.main_spans[0].start
        pattern = self.pack.derived("news_agency_credit", _agency_credit)
        for match in pattern.finditer(self.text, top, min(len(self.text), top + DATELINE_REACH)):
            agency = next(match.group(g) for g in ("agency", "opening", "dashed") if match.group(g))
            start = match.start() + match.group().index(agency)
            if start - (self.text.rfind("\n", 0, start) + 1) <= _AGENCY_LINE_REACH:
                return agencies[key_of(agency, agencies)] or None
        return None

    def mapping(self, key: str) -> Mapping[str, str]:
        value = self.extra.get(key, {})
        return value if isinstance(value, Mapping) else {}

    @cached_property
    def hard_wrapped(self) -> bool:
        """Whether the main text's lines are wrapped by hand, so that a line break is only a space."""
        return any(_is_hard_wrapped(self.text[m.start : m.end]) for m in self.main_spans)

    def sentence_of(self, position: int) -> Span | None:
        return next((s for s in self.sentences if s.start <= position < s.end), None)

    @cached_property
    def token_index(self) -> TokenIndex:
        """The tokens of the whole text, found once and shared by every finder that walks words."""
        return TokenIndex(self.text)

    def tokens_between(self, start: int, end: int) -> Iterator[Token]:
        """:func:`iter_tokens` of ``text[start:end]``, read from the document's :attr:`token_index`."""
        return self.token_index.between(start, end)


#: How far into its line an agency may be credited: past a place and a date, not in the prose after them.
_AGENCY_LINE_REACH = 100


def _agency_credit(pack: LanguagePack) -> re.Pattern[str]:
    """An agency of the pack credited in a dateline: between brackets or slashes ("(واس)", "/ТАСС/"),
    opening a line ("新华社北京3月5日电", "TTXVN -"), or after a dash or a stop and before another
    ("МОСКВА, 5 ноя — РИА Новости.", "МОСКВА. 5 ноября. ИНТЕРФАКС -")."""
    agencies = pack.extra.get("news_agencies", {})
    name = rf"(?P<agency>{alternation(phrase_pieces(n) for n in agencies) if agencies else '(?!)'})"
    bracketed = rf"(?<=[(（/])\s?{name}(?=\s?[)）/])"
    opening = rf"(?m:^)[ \t]*{name.replace('agency', 'opening')}(?=\s*[-–—]|{_HAN})"
    after_dash = rf"(?<=[-–—.]\s){name.replace('agency', 'dashed')}(?=\s*[.–—-])"
    return re.compile(f"{bracketed}|{opening}|{after_dash}")


#: A Chinese character, which may follow an agency's name with no space ("新华社北京").
_HAN = r"[\u4e00-\u9fff]"


def _is_hard_wrapped(text: str) -> bool:
    """Whether most lines of a text are cut at a fixed width, so that a line break is only a space."""
    lengths = [len(line) for line in text.splitlines() if line.strip()]
    wrapped = sum(1 for n in lengths if n in _WRAPPED_LINE_LENGTHS)
    return len(lengths) >= 4 and wrapped >= 0.6 * len(lengths)


def trimmed(text: str, span: Span) -> Span:
    """``span`` without the white space at its ends (empty, at its end, where it holds nothing else)."""
    chunk = text[span.start : span.end]
    start = span.start + len(chunk) - len(chunk.lstrip())
    return Span(start, max(start, span.start + len(chunk.rstrip())))


def tokens(text: str, start: int, end: int) -> list[Token]:
    return list(iter_tokens(text, start, end))


def iter_tokens(text: str, start: int, end: int) -> Iterator[Token]:
    """The tokens of ``text[start:end]``, read only as far as the caller goes."""
    return (Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end))


class TokenIndex:
    """The tokens of a text, found once, and the tokens of any part of it read from them.

    Finders ask for the words from a position to a limit thousands of times a document; scanning
    the text again each time made the time grow with the text's length times its names. A part's
    tokens are exactly those :func:`iter_tokens` finds in it: where the part starts inside a word or
    ends inside one, the word is cut as a scan of the part alone would cut it (``TOKEN`` looks at no
    character before its match, so a scan that meets a token's start goes on as the whole text's did).

    >>> index = TokenIndex("Ferdinand R. Marcos Jr. spoke")
    >>> [t.text for t in index.between(3, 21)]
    ['dinand', 'R', 'Marcos', 'J']
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # the words and their offsets from one split of the text, and the tokens zipped from them
        # (``tuple.__new__`` is what ``Token._make`` calls): 15 % cheaper than a Token a match
        words, self.starts, self.ends = split_tokens(_TOKEN_SPLIT, text)
        self.tokens: list[Token] = list(
            map(tuple.__new__, repeat(Token), zip(self.starts, self.ends, words, strict=True))
        )

    def between(self, start: int, end: int) -> Iterator[Token]:
        """The tokens of ``text[start:end]``, as :func:`iter_tokens` gives them, read only as far as the caller goes."""
        index = bisect_left(self.starts, start)
        if index > 0 and self.tokens[index - 1].end > start:  # inside a word: scan it as the part cuts it
            for match in TOKEN.finditer(self.text, start, end):
                shared = self._shared(match, end)
                if shared is not None:
                    index = shared
                    break
                yield Token(match.start(), match.end(), match.group())
            else:
                return
        # tokens end in order: those that end by ``end`` are whole, found by a search, not a walk
        stop = max(index, bisect_right(self.ends, end))
        yield from self.tokens[index:stop]
        if stop < len(self.tokens) and self.tokens[stop].start < end:  # the last word, cut by the part's end
            cut = TOKEN.match(self.text, self.tokens[stop].start, end)
            if cut:
                yield Token(cut.start(), cut.end(), cut.group())

    def _shared(self, match: re.Match[str], end: int) -> int | None:
        """The index of the whole text's token that ``match`` is the start of, from where the two scans agree."""
        index = bisect_left(self.starts, match.start())
        if index < len(self.starts) and self.starts[index] == match.start():
            return index
        return None


#: How many words' answers a table of :func:`indexes_of_words` keeps; past it, it forgets them all and starts again.
_WORDS_ANSWERED = 1 << 16


def indexes_of_words(words: list[str], answers: dict[str, bool], test: Callable[[str], bool]) -> list[int]:
    """The indexes of ``words`` that ``test`` holds of, in order; ``answers`` keeps each word's answer.

    A finder that reads every word of a text for the few that open what it looks for (a body word, a
    company's cue) asked its test of each word in a Python loop; words recur, so each distinct word is
    tested once (the text's, then the next text's new ones) and the walk over all of them is the
    engine's own (``map`` over the table, ``compress``). ``test`` must depend on the word alone, for
    as long as ``answers`` is kept.

    >>> indexes_of_words(["Ha", "noi", "Ha"], {}, str.istitle)
    [0, 2]
    """
    new = set(words).difference(answers)
    if len(answers) + len(new) > _WORDS_ANSWERED:
        answers.clear()
        new = set(words)
    for word in new:
        answers[word] = test(word)
    return list(compress(range(len(words)), map(answers.__getitem__, words)))


def phrase_pattern(phrases: Iterable[str], *, ignore_case: bool = False) -> re.Pattern[str] | None:
    """A pattern matching any of ``phrases`` as whole words, longest first, inner spaces as any whitespace."""
    if type(phrases) is tuple:  # a pack's word list or a constant, passed again at every sentence
        return (_CASELESS_PHRASES if ignore_case else _PHRASES)(phrases)
    return _phrase_pattern(tuple(phrases), ignore_case)


@lru_cache(maxsize=512)
def _phrase_pattern(phrases: tuple[str, ...], ignore_case: bool) -> re.Pattern[str] | None:
    if not phrases:
        return None
    if ignore_case:  # one branch for "We" and "we"
        lowered = [phrase.lower() for phrase in phrases]
        skipping = _caseless_alternation(lowered)
        return prepared(skipping or alternation(_whole_words(phrase) for phrase in lowered), re.IGNORECASE)
    return prepared(alternation(_whole_words(phrase, boundary_after_first=True) for phrase in phrases))


_PHRASES = ByIdentity(lambda phrases: _phrase_pattern(phrases, False))
_CASELESS_PHRASES = ByIdentity(lambda phrases: _phrase_pattern(phrases, True))


def _caseless_alternation(phrases: list[str]) -> str | None:
    r"""The phrases' alternation with case ignored, shaped so that the engine skips to where one can open
    (:func:`kg.text.patterns.caseless_alternation`), or None; their word boundary tested after their first
    character, as where case counts.

    >>> pattern = re.compile(_caseless_alternation(["on", "up to"]), re.IGNORECASE)
    >>> [m.group() for m in pattern.finditer("Upon ON up  to on-")]
    ['ON', 'up  to', 'on']
    """
    return caseless_alternation(
        [_whole_words(phrase, boundary_after_first=True) for phrase in phrases],
        [phrase.strip()[:1] for phrase in phrases],
    )


#: No word character before the character just read (a phrase's first): the word boundary before a phrase.
_BOUNDARY_AFTER_FIRST = r"(?<!\w.)"


def _whole_words(phrase: str, *, boundary_after_first: bool = False) -> list[str]:
    r"""A phrase as regex pieces that match only where it starts and ends at word boundaries.

    A script written without spaces (Chinese) has no boundary to look for: "中方承诺" holds "承诺".

    ``boundary_after_first`` tests the boundary before the phrase after its first character
    (``(?<!\w.)``: no word character before that one), which matches exactly the same: a pattern whose
    branches all open with a character lets the engine skip at once every position where none of
    them opens, where a pattern that opens with a lookbehind is tried at every position (three to
    seven times slower over a text). With case ignored the engine cannot skip so, and the test stays first.

    >>> pieces = _whole_words("on", boundary_after_first=True)
    >>> pieces, [m.span() for m in re.finditer("".join(pieces), "on upon onto on")]
    (['o', '(?<!\\w.)', 'n', '(?!\\w)'], [(0, 2), (13, 15)])
    """
    pieces = phrase_pieces(phrase)
    tail = [r"(?!\w)"] if phrase[-1].isalnum() and not is_unspaced(phrase[-1]) else []
    if not (phrase[0].isalnum() and not is_unspaced(phrase[0])):
        return [*pieces, *tail]
    if boundary_after_first:  # the first character is never a line break, which "." would not match
        return [pieces[0], _BOUNDARY_AFTER_FIRST, *pieces[1:], *tail]
    return [r"(?<!\w)", *pieces, *tail]


def is_unspaced(char: str) -> bool:
    """Whether ``char`` is of a script that writes no spaces between words (Han, kana).

    >>> is_unspaced("国"), is_unspaced("B"), is_unspaced("ب")
    (True, False, False)
    """
    return "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def find_phrases(text: str, phrases: Iterable[str], start: int, end: int, *, ignore_case: bool = False):
    """Matches of ``phrases`` in ``text[start:end]``."""
    pattern = phrase_pattern(phrases, ignore_case=ignore_case)
    return list(pattern.finditer(text, start, end)) if pattern else []


def _abbreviations(pack: LanguagePack) -> frozenset[str]:
    """The pack's titles written with a stop ("Mr.", "TS.") and its other abbreviations ("Inc.", ``extra[
    "stop_abbreviations"]``), folded: asked at every stop of every text."""
    return pack.derived(
        "text.abbreviations",
        lambda p: frozenset(w.casefold() for w in (*p.honorifics, *p.words("stop_abbreviations")) if w.endswith(".")),
    )


def starts_with_phrase(text: str, position: int, phrases: Iterable[str], *, ignore_case: bool = True) -> str | None:
    """The phrase of ``phrases`` that starts exactly at ``position`` (longest first), if any."""
    pattern = phrase_pattern(phrases, ignore_case=ignore_case)
    match = pattern.match(text, position) if pattern else None
    return match.group() if match else None


#: A blank line (maybe of spaces), between paragraphs.
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def paragraph_of(text: str, position: int) -> Span:
    """The paragraph around ``position``: from the blank line before it to the next."""
    ends = _blank_line_ends(text)
    before = bisect_right(ends, position)
    end = _BLANK_LINE.search(text, position)
    return Span(ends[before - 1] if before else 0, end.start() if end else len(text))


@lru_cache(maxsize=4)
def _blank_line_ends(text: str) -> tuple[int, ...]:
    """Where each blank line of a text ends: asked for each figure and stance of a document, found once."""
    return tuple(m.end() for m in _BLANK_LINE.finditer(text))


def skip_spaces(text: str, position: int, end: int | None = None) -> int:
    """The first position at or after ``position`` that is not whitespace (line breaks included)."""
    end = len(text) if end is None else end
    while position < end and text[position].isspace():
        position += 1
    return position
