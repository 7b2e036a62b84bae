"""The parts of a legal instrument's text: heading, number, title, recitals, articles, closing block.

A decision, decree or law is printed in parts that stand on lines of their own,
in every language, and that is what this module reads — lines, not prose:

* the **heading** names the type of instrument on a line of its own
  (``extra["legal_heading_types"]``: "QUYẾT ĐỊNH", "DECRETO 123/2024",
  "ПОСТАНОВЛЕНИЕ", "国务院关于...的决定") and its own number after a number mark
  (``extra["legal_number_marks"]``: "Số: 402/QĐ-TTg", "No. 5", "№ 123", "第708号");
* the **title** is the block of lines after the type line that is neither a
  date nor a number ("Ban hành Kế hoạch ...", "О мерах по ...");
* **recitals** open with a phrase of ``extra["recital_openers"]`` ("Căn cứ",
  "Having regard to", "Vu", "Visto", "В соответствии с", "بناءً على", "根据");
* the **enacting formula** (``extra["enacting_formulas"]``: "QUYẾT ĐỊNH:",
  "décrète :", "постановляет:") ends the recitals;
* **articles** open a line with an article word and a number that runs 1, 2,
  3 ... (``extra["article_words"]``, ``extra["article_tails"]``,
  ``extra["article_ordinals"]``: "Điều 1.", "Article premier", "المادة الأولى",
  "第一条"); where an instrument has none, its numbered points after the enacting
  formula are its articles ("1. Утвердить ...");
* the **closing block** after the last article: a closing cue ("Nơi nhận:",
  "Fait à"), a mark of signing on behalf ("KT. THỦ TƯỚNG"), or the run of short
  lines without a final stop that ends the text (posts and the signer's name),
  up to an appendix (``extra["appendix_words"]``: "PHỤ LỤC", "ANNEXE"), which
  is the instrument's but no part of its signature.

On a web page (:mod:`kg.builders.legal.page`), the heading's type line is the
last one before the recitals (the site's metadata table and summary name the
type above it), the heading starts at the first of the short lines above it,
and the instrument ends at the site's next part or at the site's caption that
names it again by its number ("Nghị định 304/2025/NĐ-CP quy định ...").

A reference to an article inside a sentence ("Điều 5 Luật này quy định ...")
does not open a line with a number followed by a stop, and never starts at 1:
news about an instrument has no articles of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set
from dataclasses import dataclass, field

from kg.finders.text import is_unspaced, phrase_pattern, starts_with_phrase
from kg.lang.base import LanguagePack
from kg.model import Span
from kg.text.normalize import digits_folded
from kg.text.patterns import phrases_alternation

__all__ = ["Article", "LegalText", "Line", "may_hold_articles", "may_hold_articles_marked", "read_structure"]

#: The longest line that can be a heading, a post or a signer's name.
_SHORT_LINE = 80
#: How far the type of a heading may stand from its number ("DECRETO 123/2024", "Decree No. 5").
_TYPE_TO_NUMBER = 16
#: How many characters of the top of a text may hold its heading.
HEADING_REACH = 2000
#: Characters that end a line of prose, not a heading or a name.
_FINAL_STOPS = ".;:。；،,"
#: A number as printed in a heading: digits with the letters, slashes and dashes of a national number.
_NUMBER_TOKEN = r"[\w./\-–〔〕［］\[\]]*\d[\w./\-–〔〕［］\[\]]*"
#: The rule above the notes at the foot of a text, or the mark of its first note ("__________", "[1] ...").
_FOOTNOTES = re.compile(r"^(?:_{3,}|\[1\]\s)")
#: A part of a plan numbered in roman figures at the start of its line ("I. MỤC ĐÍCH, YÊU CẦU").
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_SECTION = re.compile(r"(?m)^[ \t]*(" + "|".join(sorted(_ROMAN, key=len, reverse=True)) + r")\.[ \t]+\S")
#: The longest end of a line a hard wrap may put on a line of its own ("sau:").
_WRAPPED_END = 12
#: A numbered point that stands for an article where an instrument has none ("1. Утвердить").
_POINT = re.compile(r"(?m)^[ \t]*(\d{1,3})\.[ \t]+\S")


@dataclass(frozen=True)
class Line:
    span: Span
    text: str  # stripped

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass(frozen=True)
class Article:
    span: Span  # the whole article, heading included
    heading: Span  # "Điều 1.", "Article premier", "第一条"
    number: str
    body: Span  # the article's text after its heading


@dataclass
class LegalText:
    """Where the parts of a legal instrument stand in its text."""

    lines: list[Line]  # the lines of the main part, from ``start`` to ``end``
    start: int = 0  # where the document's main part starts: the page furniture above it is no heading
    end: int = 0  # where it ends (teasers of other texts below it hold no articles)
    type_line: Line | None = None
    kind: str | None = None  # the language's kind of the heading ("decision", "decree" ...)
    number: Span | None = None  # the instrument's own number in its heading
    symbol: str | None = None  # that number as its key: "402/QĐ-TTg", "5/2024"
    title: list[Line] = field(default_factory=list)
    recitals: list[tuple[Span, str]] = field(default_factory=list)  # (span, opening phrase)
    enacting: Line | None = None
    articles: list[Article] = field(default_factory=list)
    closing: list[Line] = field(default_factory=list)
    # the text the instrument issues with it, printed after its signature ("KẾ HOẠCH ..."): its tasks are the
    # instrument's, read as part of the article that issues it
    annexed: Span | None = None
    # an official letter's line to its addressee ("Kính gửi: Công ty ..."), and the lines that name it
    salutation: Span | None = None
    # where a copy that lost its heading finds its number: its appendix's caption ("Kèm theo Nghị định số ...")
    caption: Span | None = None

    @property
    def header(self) -> Span:
        """From the top to the first recital, the enacting formula or the first article."""
        starts = [s.start for s, _ in self.recitals[:1]]
        starts += [self.enacting.span.start] if self.enacting else []
        starts += [self.articles[0].span.start] if self.articles else []
        last = self.lines[-1].span.end if self.lines else self.start
        end = min(starts) if starts else min(self.start + HEADING_REACH, last)
        return Span(self.start, max(self.start, end))

    def header_lines(self) -> list[Line]:
        return [line for line in self.lines if line.span.end <= self.header.end and not line.blank]

    def article_at(self, position: int) -> Article | None:
        return next((a for a in self.articles if a.span.start <= position < a.span.end), None)


def read_structure(text: str, pack: LanguagePack, main: Span | None = None, breaks: Sequence[int] = ()) -> LegalText:
    """The parts of the instrument in ``main``, the document's main part (the whole text by default): a
    page's navigation above it holds no heading, however long it is. ``breaks`` are where a web page's
    own parts start (:mod:`kg.builders.legal.page`): the instrument ends at the first one after its
    first article, and above its heading stands the site's summary, never the instrument."""
    main = main or Span(0, len(text))
    folded = digits_folded(text)
    articles = _articles(text, folded, pack, main)
    lines = [line for line in _lines(text) if main.start <= line.span.start and line.span.end <= main.end]
    if articles:
        anchor = heading_end = articles[0].span.start
    else:
        # no articles (a notice of conclusions, its points after a formula): the heading is near its type line
        first_type, _ = _type_line(lines, pack, main.end, last=False)
        anchor = first_type.span.start if first_type else main.start
        heading_end = min(main.end, anchor + HEADING_REACH)
        salutation = _salutation_line(lines, pack, main.end)
        if salutation is not None and (first_type is None or salutation.span.start < first_type.span.start):
            # an official letter names no type of instrument above its line to its addressee: a type word
            # further down opens a line of its prose ("Quyết định số ... của Bộ Y tế") or a site's notice
            anchor, heading_end = salutation.span.start, salutation.span.end
    main = Span(main.start, _break_after(breaks, anchor, main.end))
    lines = [line for line in lines if line.span.end <= main.end]
    legal = LegalText(lines=lines, start=main.start, end=main.end)
    legal.articles = _spans_to_articles(text, [(a.heading, a.number) for a in articles], main.end)
    legal.type_line, legal.kind = _type_line(lines, pack, min(heading_end, main.end))
    if legal.type_line is not None:
        legal.start = _heading_start(lines, legal.type_line)
        legal.lines = [line for line in lines if line.span.start >= legal.start]
    legal.recitals = _recitals(text, legal.lines, pack, heading_end)
    legal.enacting = _enacting(legal.lines, pack, heading_end)
    if not legal.articles and legal.enacting is None and legal.type_line is not None and legal.recitals:
        # a notice's "... như sau:" after its heading and recitals opens its numbered points
        legal.enacting = _enacting(legal.lines, pack, heading_end, key="notice_formulas")
    if not legal.articles and legal.enacting:
        after_formula = Span(legal.enacting.span.end, main.end)
        legal.articles = _sections(text, folded, after_formula) or _points(text, folded, after_formula)
    if not legal.articles and legal.enacting is None:
        _read_as_letter(text, legal, pack, heading_end)
    header = legal.header
    legal.title = _title(legal.lines, legal, pack)
    # a title may cite another instrument by its number ("... BAN HÀNH KÈM THEO THÔNG TƯ SỐ 06/2024/TT-BGDĐT"):
    # where a page lost the heading's own number, that one is not it
    legal.number, legal.symbol = _number(folded, text, pack, header, [line.span for line in legal.title])
    if legal.number is None and legal.type_line is not None:
        legal.number, legal.symbol = _number_after_type(folded, text, pack, legal.type_line)
    if legal.articles:
        _end_at_caption(text, legal)
        legal.articles, legal.closing = _closed(text, legal.lines, legal.articles, pack)
        legal.annexed = _annexed(legal, pack)
    if legal.number is None and legal.kind is not None and legal.closing:
        legal.number, legal.symbol, legal.caption = _number_in_appendix_caption(folded, text, pack, legal)
    if legal.salutation is not None and not _signed(legal, pack):
        legal.articles, legal.salutation, legal.kind = [], None, None  # no letter without its signature
    return legal


def _signed(legal: LegalText, pack: LanguagePack) -> bool:
    """Whether the closing block holds a list of recipients or a mark of signing on behalf ("Nơi nhận:", "KT.")."""
    cues = (*pack.words("closing_cues"), *pack.words("on_behalf_marks"))
    return any(_starts_with(line.text, cues) for line in legal.closing)


def _read_as_letter(text: str, legal: LegalText, pack: LanguagePack, end: int) -> None:
    """ "Kính gửi: Công ty ... | Cục Thuế nhận được công văn ... | Nơi nhận: ... | KT. CỤC TRƯỞNG ...": an official
    letter has no articles: under its line to its addressee (``extra["salutations"]``, the lines that run on
    naming the addressee up to a blank line), its text is one article, up to its closing block."""
    salutations = dict(pack.extra.get("salutations", {}) or {})
    opening = _salutation_line(legal.lines, pack, end)
    if opening is None:
        return
    block_end = opening.span.end
    # "Kính gửi: | - Sở Y tế; | - UBND các xã, phường.": a salutation alone on its line (a table's cell) names
    # its addressees on the lines below it, past the blank lines its cell's border leaves
    named = bool(opening.text[len(_starts_with(opening.text, tuple(salutations)) or "") :].strip(" :：*"))
    ended = named and _ends_sentence(opening.text)
    for line in legal.lines:
        if line.span.start <= opening.span.end:
            continue
        if line.blank and not named:
            continue
        if line.blank or ended:
            break  # "Kính gửi: Thuế tỉnh X. | Cục Thuế nhận được ...": the full stop ends the addressees
        named, block_end = True, line.span.end
        ended = _ends_sentence(line.text)
    body_start = next((li.span.start for li in legal.lines if li.span.start > block_end and not li.blank), None)
    if body_start is None:
        return
    body = Span(body_start, legal.end)
    legal.salutation = Span(opening.span.start, block_end)
    legal.articles = [Article(body, Span(body.start, body.start), "1", body)]
    legal.kind = legal.kind or salutations[_starts_with(opening.text, tuple(salutations)) or ""]


def _ends_sentence(written: str) -> bool:
    """A line whose last mark (past its markup) is a full stop: the last of a letter's addressees."""
    return written.rstrip(" *_").endswith(".")


def _salutation_line(lines: list[Line], pack: LanguagePack, end: int) -> Line | None:
    """The first line before ``end`` that opens with an official letter's salutation ("Kính gửi:")."""
    salutations = tuple(pack.extra.get("salutations", {}) or {})
    return next((li for li in lines if li.span.start < end and _starts_with(li.text, salutations)), None)


def _annexed(legal: LegalText, pack: LanguagePack) -> Span | None:
    """ "QUYẾT ĐỊNH: | Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ... | KT. CHỦ TỊCH ... | KẾ HOẠCH | ...":
    the text under a heading of ``extra["annexed_text_headings"]`` after the closing block, to the end of the
    instrument or to an appendix (``extra["appendix_words"]``)."""
    if not legal.closing:
        return None
    annexed = set(pack.words("annexed_text_headings"))
    after = legal.closing[-1].span.end
    heading = next((li for li in legal.lines if li.span.start >= after and li.text in annexed), None)
    if heading is None or heading.span.start >= legal.end:
        return None
    # up to an appendix of its own ("PHỤ LỤC | NHIỆM VỤ CỦA CÁC SỞ ..."): a table, read by its rows
    appendix = next(
        (
            li.span.start
            for li in legal.lines
            if li.span.start > heading.span.end and _starts_with(li.text, pack.words("appendix_words"))
        ),
        legal.end,
    )
    return Span(heading.span.start, appendix)


def _break_after(breaks: Sequence[int], position: int, default: int) -> int:
    return next((b for b in sorted(breaks) if b > position), default)


def _heading_start(lines: list[Line], type_line: Line) -> int:
    """Where the heading block above the type line starts: its short lines without a final stop (issuer,
    national motto, number, place and date), up to a line of prose, the end of a site's summary."""
    above = [line for line in lines if line.span.end <= type_line.span.start]
    start = type_line.span.start
    for line in reversed(above):
        if line.blank:
            continue
        if len(line.text) > _SHORT_LINE or line.text[-1] in _FINAL_STOPS.replace(":", "").replace(",", ""):
            break
        start = line.span.start
    return start


def _end_at_caption(text: str, legal: LegalText) -> None:
    """A site names the instrument again under it ("Nghị định 304/2025/NĐ-CP quy định ...", a translation's
    "No. 61/2025/TT-BCT"): the first line after the last article that opens with its own number, within a
    word or two, ends the instrument."""
    if legal.symbol is None or legal.number is None:
        return
    number = re.escape(legal.number.of(text))
    caption = re.compile(rf"^[^\W\d]\S*(?:[ \t]+[^\W\d]\S*){{0,2}}[ \t]+{number}(?!\w)")
    last = legal.articles[-1]
    for line in legal.lines:
        if line.span.start > last.body.start and caption.match(line.text):
            legal.end = line.span.start
            legal.lines = [li for li in legal.lines if li.span.end <= legal.end]
            body = Span(last.body.start, max(last.body.start, min(last.body.end, legal.end)))
            trimmed = Span(last.span.start, max(body.end, last.heading.end))
            legal.articles[-1] = Article(trimmed, last.heading, last.number, body)
            return


def _lines(text: str) -> Iterator[Line]:
    for match in re.finditer(r"[^\n]*", text):
        if match.start() > 0 and match.start() == match.end() and text[match.start() - 1 : match.start()] != "\n":
            continue  # the empty match right after a line's text
        raw = match.group()
        start = match.start() + len(raw) - len(raw.lstrip())
        yield Line(Span(start, max(start, match.start() + len(raw.rstrip()))), raw.strip())


def _folded(phrase: str) -> str:
    """A phrase as compared with others: case and spaces aside ("DÉCRÈTE :" is "décrète:")."""
    return re.sub(r"\s+", "", phrase).casefold()


def _starts_with(line: str, phrases: tuple[str, ...]) -> str | None:
    """The longest of ``phrases`` that opens ``line`` as whole words, case aside."""
    return starts_with_phrase(line, 0, phrases, ignore_case=True)


# --- articles -----------------------------------------------------------------------------


def _article_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    words = pack.words("article_words")
    if not words:
        return None
    tails = pack.words("article_tails")
    ordinals = list(pack.extra.get("article_ordinals", {}) or {})
    numerals = "".join(pack.extra.get("numeral_characters", {}) or {})
    number_forms = [r"\d{1,4}(?:er|º|°)?"]
    number_forms += [re.escape(o) for o in sorted(ordinals, key=len, reverse=True)]
    number_forms += [f"[{re.escape(numerals)}]+"] if numerals else []
    number = rf"(?P<number>{'|'.join(number_forms)})"
    # After the number: the tail ("条"), or a stop, a dash or the line's end; never a word ("Điều 5 Luật này").
    after = rf"\s*(?:{phrases_alternation(tails)})" if tails else r"(?:\s*[.:\-–—)]|[ \t]*(?=\n|$))"
    return re.compile(
        rf"(?m)^[ \t]*(?P<head>(?:{phrases_alternation(words)})[ \t]*[(（]?[ \t]*{number}[ \t]*[)）]?{after})",
        re.IGNORECASE,
    )


def _articles(text: str, folded: str, pack: LanguagePack, main: Span) -> list[Article]:
    """Articles numbered 1, 2, 3 ... at the start of their lines; each runs to the next one."""
    pattern = pack.derived("legal.articles", _article_pattern)
    if pattern is None:
        return []
    heads: list[tuple[Span, str]] = []
    for match in pattern.finditer(folded, main.start, main.end):
        number = _article_number(match["number"], pack)
        if number == "1" and heads and _signed_between(text, pack, heads[-1][0].end, match.start()):
            break  # "... KT. CHỦ TỊCH ... QUY ĐỊNH | Điều 1.": the text the instrument issues numbers its own
        if number == str(len(heads) + 1):
            heads.append((Span(match.start("head"), match.end("head")), number))
    return _spans_to_articles(text, heads, main.end)


def _signed_between(text: str, pack: LanguagePack, start: int, end: int) -> bool:
    """Whether a line between ``start`` and ``end`` opens a closing block ("Nơi nhận:", "KT. CHỦ TỊCH")."""
    cues = (*pack.words("closing_cues"), *pack.words("on_behalf_marks"))
    return any(_starts_with(line.text.strip("*_ "), cues) for line in _lines(text[start:end]))


def may_hold_articles(text: str, pack: LanguagePack, main: Span) -> bool:
    """Whether ``text`` (a page's text, its markup blanked) may hold an instrument's articles in ``main``.

    A few searches with the pack's compiled patterns, where :func:`read_structure` reads every line: an
    article numbered 1 at the start of a line, or a point numbered 1 and a line that ends with an enacting
    formula (the points after it are the articles of an instrument that has none). It never says no to a
    text whose structure holds articles; news and UN documents mostly have neither.
    """
    folded = digits_folded(text)
    articles = pack.derived("legal.articles", _article_pattern)
    if articles is not None and any(
        _article_number(match["number"], pack) == "1" for match in articles.finditer(folded, main.start, main.end)
    ):
        return True
    formula = pack.derived("legal.formula_ends", _formula_end_pattern)
    salutation = pack.derived("legal.salutations", _salutation_pattern)
    return (
        formula is not None
        and any(match.group(1) == "1" for match in _POINT.finditer(folded, main.start, main.end))
        and formula.search(text[main.start : main.end].casefold()) is not None
    ) or (salutation is not None and salutation.search(text, main.start, main.end) is not None)


def _salutation_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    """An official letter's salutation at the start of a line (``extra["salutations"]``)."""
    salutations = list(pack.extra.get("salutations", {}) or {})
    return re.compile(rf"(?m)^[ \t]*(?:{phrases_alternation(salutations)})(?!\w)") if salutations else None


def may_hold_articles_marked(text: str, pack: LanguagePack, main: Span) -> bool:
    """:func:`may_hold_articles` before the page's markup is blanked, looser still: an article word or an
    enacting formula anywhere in ``main``. Blanking turns only ``*``, ``|``, ``#`` and line breaks into
    spaces or line breaks, so a word it lets the patterns find is already here, between those marks."""
    words, formulas = pack.derived("legal.article_cues", _article_cues)
    if words is None or formulas is None:
        return True
    part = text[main.start : main.end]
    salutations = tuple(pack.extra.get("salutations", {}) or {})
    return (
        words.search(part) is not None
        or formulas.search(part.casefold()) is not None
        or any(salutation in part for salutation in salutations)
    )


def _article_cues(pack: LanguagePack) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The first word of each article word, case aside as the article pattern has it; each enacting formula
    casefolded as :func:`_is_formula` compares it, marks and spaces between its characters. None where
    a cue holds a mark itself (nothing ruled out then); a pattern that never matches where there is none."""
    words = {word.split()[0] for word in pack.words("article_words") if word.split()}
    formulas = {_folded(f) for f in _any_formulas(pack)}
    if any(mark in cue for cue in words | formulas for mark in "*|#") or "" in formulas:
        return None, None
    word_cues = [re.escape(word) for word in sorted(words, key=len, reverse=True)] or ["(?!)"]
    formula_cues = [r"[\s*|#]*".join(map(re.escape, f)) for f in sorted(formulas, key=len, reverse=True)] or ["(?!)"]
    return re.compile("|".join(word_cues), re.IGNORECASE), re.compile("|".join(formula_cues))


def _any_formulas(pack: LanguagePack) -> tuple[str, ...]:
    """Every formula that may open an instrument's articles or points: enacting formulas and notices' ones."""
    return (*pack.words("enacting_formulas"), *pack.words("notice_formulas"))


def _formula_end_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    """Any enacting formula ending a line, the text casefolded, spaces aside (as :func:`_is_formula` compares)."""
    formulas = sorted({_folded(f) for f in _any_formulas(pack)}, key=len, reverse=True)
    if not formulas:
        return None
    spaced = (r"\s*".join(re.escape(char) for char in formula) for formula in formulas)
    return re.compile(rf"(?m)(?:{'|'.join(spaced)})\s*$")


def _points(text: str, folded: str, within: Span) -> list[Article]:
    heads: list[tuple[Span, str]] = []
    for match in _POINT.finditer(folded, within.start, within.end):
        if match.group(1) == str(len(heads) + 1):
            heads.append((Span(match.start(1), match.end(1) + 1), match.group(1)))
    return _spans_to_articles(text, heads, within.end)


def _sections(text: str, folded: str, within: Span) -> list[Article]:
    """ "I. MỤC ĐÍCH, YÊU CẦU | 1. Mục đích ... | II. NHIỆM VỤ | 1. ...": a plan's parts numbered in roman
    figures after its formula, each numbering its own points from 1, are its articles (two at least)."""
    heads: list[tuple[Span, str]] = []
    for match in _SECTION.finditer(folded, within.start, within.end):
        if match.group(1) == _ROMAN[len(heads)] if len(heads) < len(_ROMAN) else False:
            heads.append((Span(match.start(1), match.end(1) + 1), str(len(heads) + 1)))
    return _spans_to_articles(text, heads, within.end) if len(heads) >= 2 else []


def _spans_to_articles(text: str, heads: list[tuple[Span, str]], last_end: int) -> list[Article]:
    """Each article runs to the next one's head, the last to ``last_end`` (the end of the main part)."""
    articles = []
    for index, (head, number) in enumerate(heads):
        end = heads[index + 1][0].start if index + 1 < len(heads) else last_end
        end = head.end + len(text[head.end : end].rstrip())
        body_start = head.end + len(text[head.end : end]) - len(text[head.end : end].lstrip())
        articles.append(Article(Span(head.start, end), head, number, Span(body_start, end)))
    return articles


def _article_number(written: str, pack: LanguagePack) -> str:
    """ "1", "1er" → "1"; "premier", "الأولى" → "1"; "十二" → "12"."""
    ordinals = {k.casefold(): v for k, v in (pack.extra.get("article_ordinals", {}) or {}).items()}
    if written.casefold() in ordinals:
        return ordinals[written.casefold()]
    digits = re.match(r"\d+", written)
    if digits:
        return str(int(digits.group()))
    value = _character_numeral(written, pack.extra.get("numeral_characters", {}) or {})
    return str(value) if value is not None else written


def _character_numeral(written: str, values: dict[str, object]) -> int | None:
    """A whole number written in characters ("十二" = 12, "二十三" = 23, "一百零五" = 105)."""
    total, digit = 0, 0
    for char in written:
        value = values.get(char)
        if not isinstance(value, (int, float)) and not hasattr(value, "as_tuple"):
            return None
        number = int(value)  # type: ignore[call-overload]
        if number >= 10:
            total += (digit or 1) * number
            digit = 0
        else:
            digit = number
    return total + digit


# --- closing block ----------------------------------------------------------------------------


def _closed(
    text: str, lines: list[Line], articles: list[Article], pack: LanguagePack
) -> tuple[list[Article], list[Line]]:
    """The last article ends where the closing block starts: signature, place and date, recipients."""
    last = articles[-1]
    first_line_end = text.find("\n", last.body.start)
    after = [line for line in lines if line.span.start > (first_line_end if first_line_end >= 0 else last.body.end)]
    # a text the instrument issues with it ("KẾ HOẠCH", "УТВЕРЖДЕНЫ") follows the signature: the closing block,
    # a run of short lines that may end the text, ends above it
    annexed = set(pack.words("annexed_text_headings"))
    after = after[: next((i for i, line in enumerate(after) if line.text in annexed), len(after))]
    # and the notes printed under the signature, below their rule ("_______ | [1] Gồm các đồng chí ...")
    after = after[: next((i for i, line in enumerate(after) if _FOOTNOTES.match(line.text)), len(after))]
    cues = (*pack.words("closing_cues"), *pack.words("on_behalf_marks"))
    start = next((line.span.start for line in after if not line.blank and _starts_with(line.text, cues)), None)
    trailing = _trailing_short_lines(after)
    if trailing is not None and (start is None or trailing < start):
        start = trailing
    if start is None:
        return articles, []
    end = start - (len(text[last.body.start : start]) - len(text[last.body.start : start].rstrip()))
    closed = Article(Span(last.span.start, end), last.heading, last.number, Span(last.body.start, end))
    closing = [line for line in after if line.span.start >= start and not line.blank]
    appendix = next(
        (i for i, line in enumerate(closing) if _starts_with(line.text, pack.words("appendix_words"))), None
    )
    return [*articles[:-1], closed], closing[:appendix]


def _trailing_short_lines(after: list[Line]) -> int | None:
    """Where the run of short lines with no final stop that ends the text starts: after a blank line (a page
    that puts a blank line between all its lines has them inside the run too: "CHỦ TỊCH QUỐC HỘI | | (Đã ký)
    | | Trần Thanh Mẫn"), or under the last article's text where the run opens with a post in capitals."""
    start = None
    blank_below = False  # a blank line between the line at hand and the run below it
    for index in range(len(after) - 1, -1, -1):
        line = after[index]
        if line.blank:
            blank_below = True
            continue
        if len(line.text) > _SHORT_LINE or line.text[-1] in _FINAL_STOPS:
            # after a blank line; or right under the last article, from a post in capitals ("BỘ TRƯỞNG"),
            # as a page read from HTML prints it, one paragraph a line
            if start is None:  # the text ends on this line: no run of short lines below it
                return None
            return start if blank_below or after[index + 1].text.isupper() else None
        start = line.span.start
        blank_below = False
    return start if start is not None and (blank_below or after[0].text.isupper()) else None


# --- recitals and the enacting formula ---------------------------------------------------------------------


def _recitals(text: str, lines: list[Line], pack: LanguagePack, end: int) -> list[tuple[Span, str]]:
    """Lines that open with a recital phrase; each runs to the next recital, formula or blank line."""
    openers = pack.words("recital_openers")
    formulas = {_folded(f) for f in pack.words("enacting_formulas")}
    recitals: list[tuple[Span, str]] = []
    current: tuple[int, int, str] | None = None
    for line, below in zip(lines, [*lines[1:], None], strict=True):
        if line.span.start >= end:
            break
        opener = _opener(line, below, openers) if openers and not line.blank else None
        ends_here = line.blank or opener or _is_formula(line.text, formulas)
        if current and ends_here:
            recitals.append((Span(current[0], current[1]), current[2]))
            current = None
        if opener:
            current = (line.span.start, line.span.end, opener)
        elif current and not line.blank:
            current = (current[0], line.span.end, current[2])
    if current:
        recitals.append((Span(current[0], current[1]), current[2]))
    return recitals


def _opener(line: Line, below: Line | None, openers: tuple[str, ...]) -> str | None:
    """The recital phrase ``line`` opens with, or that a hard wrap split after its first words ("Căn | cứ Luật
    Hải quan ..."): the line is those words alone and the line below completes the phrase."""
    found = _starts_with(line.text, openers)
    if found or below is None or below.blank or len(line.text) > _WRAPPED_END:
        return found
    joined = _starts_with(f"{line.text} {below.text}", openers)
    return joined if joined and len(joined) > len(line.text) else None


def _is_formula(line: str, formulas: Set[str]) -> bool:
    folded = _folded(line)
    return any(folded.endswith(f) for f in formulas)


def _enacting(lines: list[Line], pack: LanguagePack, end: int, key: str = "enacting_formulas") -> Line | None:
    """The enacting formula (a formula of ``extra[key]``): the end of its line, which may hold the last recital
    and the issuer before it ("В соответствии с ... Правительство Российской Федерации | постановляет:")."""
    formulas = {_folded(f) for f in pack.words(key)}
    line = next((li for li in _with_wrapped_ends(lines, end) if _is_formula(li.text, formulas)), None)
    if line is None:
        return None
    for offset in range(len(line.text) - 1, -1, -1):
        if _folded(line.text[offset:]) in formulas:
            return Line(Span(line.span.end - len(line.text) + offset, line.span.end), line.text[offset:])
    return line


def _with_wrapped_ends(lines: list[Line], end: int) -> Iterator[Line]:
    """Each line before ``end``, then with the short line a hard wrap put under it ("... đồng chí Tổng Bí thư
    kết luận như | sau:"): a formula the conversion broke is found whole. A joined line's text holds one space
    where the break was, so that its end is where its span ends."""
    lines = [line for line in lines if line.span.start < end and not line.blank]
    for line, below in zip(lines, [*lines[1:], None], strict=True):
        yield line
        if below is not None and len(below.text) <= _WRAPPED_END and line.text[-1] not in _FINAL_STOPS:
            yield Line(Span(line.span.start, below.span.end), f"{line.text} {below.text}")


# --- heading: type, number, title ----------------------------------------------------------------


@dataclass(frozen=True)
class _HeadingTypes:
    """A pack's types of instrument, prepared once: a heading line is tested against all at once."""

    kinds: dict[str, str]  # the heading's word → the language's kind
    ordered: tuple[str, ...]  # longest first
    by_fold: dict[str, tuple[str, ...]]  # a word case aside → the words so spelt, in ``ordered`` order
    opener: re.Pattern[str] | None  # any of the words opening a line as whole words, case aside
    unspaced: bool
    formulas: frozenset[str]


def _heading_types(pack: LanguagePack) -> _HeadingTypes:
    kinds: dict[str, str] = dict(pack.extra.get("legal_heading_types", {}) or {})
    ordered = tuple(sorted(kinds, key=len, reverse=True))
    by_fold: dict[str, tuple[str, ...]] = {}
    for word in ordered:
        by_fold[word.casefold()] = (*by_fold.get(word.casefold(), ()), word)
    return _HeadingTypes(
        kinds=kinds,
        ordered=ordered,
        by_fold=by_fold,
        opener=phrase_pattern(ordered, ignore_case=True),
        unspaced=pack.extra.get("word_boundaries") is False,
        formulas=frozenset(_folded(f) for f in pack.words("enacting_formulas")),
    )


def _type_line(lines: list[Line], pack: LanguagePack, end: int, *, last: bool = True) -> tuple[Line | None, str | None]:
    """The line that names the type of instrument alone ("QUYẾT ĐỊNH"), the last before ``end`` (a web
    page's metadata table and summary name it above), else the first that opens with it and a number."""
    types = pack.derived("legal.heading_types", _heading_types)
    heading = [line for line in lines if line.span.start < end and line.text and len(line.text) <= 2 * _SHORT_LINE]
    alone = [
        (line, word)
        for line in heading
        for word in types.by_fold.get(line.text.rstrip(":： ").casefold(), ())
        if not _is_formula(line.text, types.formulas)
    ]
    numbered = (
        (line, word)
        for line in heading
        if _may_be_type_line(line.text, types)
        for word in types.ordered
        if _is_type_line(line.text, word, types.unspaced)
    )
    found = (alone[-1] if last else alone[0]) if alone else next(numbered, None)
    return (found[0], types.kinds[found[1]]) if found else (None, None)


def _may_be_type_line(line: str, types: _HeadingTypes) -> bool:
    """Whether some type word may make ``line`` a type line: one test for all words, which only the lines
    that pass weigh one by one (:func:`_is_type_line`)."""
    text = line.rstrip(":： ")
    if types.unspaced:
        return len(text) <= _SHORT_LINE // 2 and text.endswith(types.ordered)
    return text.casefold() in types.by_fold or (types.opener is not None and types.opener.match(text) is not None)


def _is_type_line(line: str, word: str, unspaced: bool) -> bool:
    """ "QUYẾT ĐỊNH", "DECRETO 123/2024", "Decree No. 5 of 2024", "ПОСТАНОВЛЕНИЕ от ... № 123", "...的决定"."""
    text = line.rstrip(":： ")
    if unspaced:
        return text.endswith(word) and len(text) <= _SHORT_LINE // 2
    if text.casefold() == word.casefold():
        return True
    if not _starts_with(text, (word,)):
        return False
    rest = text[len(word) :]
    return rest[:1].isspace() and (bool(re.search(r"\d", rest[:_TYPE_TO_NUMBER])) or text.isupper())


def _number(
    folded: str, text: str, pack: LanguagePack, header: Span, title: Sequence[Span] = ()
) -> tuple[Span | None, str | None]:
    """The instrument's own number after a number mark in its heading, with its year where a link gives
    one ("رقم 12 لسنة 2020" → "12/2020"), as the news builder keys the numbers it cites."""
    marks = pack.words("legal_number_marks")
    if not marks:
        return None, None
    tails = pack.words("legal_number_tails")
    links = pack.words("instrument_year_links")
    year = rf"(?:,?\s+(?:{phrases_alternation(links)})\s+(?P<year>\d{{4}})(?!\d))?" if links else "(?P<year>(?!))?"
    boundary = "" if is_unspaced(marks[0][-1]) else r"(?<!\w)"
    # a page that prints its heading as a table may break the cell after the mark ("Số: | 2820/QĐ-UBND")
    gap = r"[ \t]*:?[ \t]*(?:\n[ \t]*)?"
    pattern = rf"{boundary}(?:{phrases_alternation(marks)}){gap}(?P<number>{_NUMBER_TOKEN}){year}"
    for match in re.compile(pattern, re.IGNORECASE).finditer(folded, header.start, header.end):
        if any(line.start <= match.start("number") < line.end for line in title):
            continue
        number = match["number"].rstrip(".-–/")
        for tail in tails:
            number = number[: -len(tail)] if number.endswith(tail) else number
        if not number:
            continue
        span = Span(match.start("number"), match.start("number") + len(number))
        symbol = span.of(text) + (f"/{match['year']}" if match["year"] else "")
        return span, symbol
    return None, None


#: How far past an appendix caption's number its date may stand ("... số 297/2025/NĐ-CP ngày 17 tháng 11 năm 2025").
_CAPTION_DATE_REACH = 40


def _number_in_appendix_caption(
    folded: str, text: str, pack: LanguagePack, legal: LegalText
) -> tuple[Span | None, str | None, Span | None]:
    """ "(Kèm theo Nghị định số 297/2025/NĐ-CP ngày 17 tháng 11 năm 2025 của Chính phủ)": where a copy lost its
    heading, the caption of an appendix after the signature (``extra["appendix_caption_links"]``) names the
    instrument by its own type and number; the caption's span, to where its date may end, is kept too."""
    links = pack.words("appendix_caption_links")
    types = pack.derived("legal.heading_types", _heading_types)
    own = [word for word, kind in types.kinds.items() if kind == legal.kind]
    if not links or not own:
        return None, None, None
    marks = pack.words("legal_number_marks")
    mark = rf"(?:(?:{phrases_alternation(marks)})\s*)?" if marks else ""
    pattern = re.compile(
        rf"(?<!\w)(?:{phrases_alternation(links)})\s+(?:{phrases_alternation(own)})\s+{mark}(?P<number>{_NUMBER_TOKEN})",
        re.IGNORECASE,
    )
    found = pattern.search(folded, legal.closing[-1].span.end, legal.end)
    if found is None:
        return None, None, None
    number = found["number"].rstrip(".-–/")
    span = Span(found.start("number"), found.start("number") + len(number))
    return span, span.of(text), Span(found.start(), min(legal.end, span.end + _CAPTION_DATE_REACH))


def _number_after_type(folded: str, text: str, pack: LanguagePack, line: Line) -> tuple[Span | None, str | None]:
    """ "DECRETO 123/2024": a number right after the type word of the heading, where no mark announces it."""
    links = pack.words("instrument_year_links")
    year = rf"(?:,?\s+(?:{phrases_alternation(links)})\s+(?P<year>\d{{4}})(?!\d))?" if links else "(?P<year>(?!))?"
    pattern = re.compile(rf"[^\W\d_][^\d\n]{{0,{_TYPE_TO_NUMBER}}}?\s(?P<number>{_NUMBER_TOKEN}){year}")
    match = pattern.match(folded, line.span.start, line.span.end)
    if match is None:
        return None, None
    number = match["number"].rstrip(".-–/,")
    span = Span(match.start("number"), match.start("number") + len(number))
    return span, span.of(text) + (f"/{match['year']}" if match["year"] else "")


def _title(lines: list[Line], legal: LegalText, pack: LanguagePack) -> list[Line]:
    """The block of lines after the type line that names the instrument: no date, no number, no recital."""
    if legal.type_line is None:
        return []
    end = legal.header.end
    following = [line for line in lines if legal.type_line.span.end < line.span.start < end]
    marks = pack.words("legal_number_marks")
    title: list[Line] = []
    for index, line in enumerate(following):
        if line.blank:
            if title:
                break
            continue
        if title and all(t.text.isupper() for t in title) and not line.text.isupper():
            break  # a title in capitals ends where prose or the issuer's line in small letters starts
        short = line.text.isupper() and len(line.text.split()) <= 2
        if _is_dated_or_numbered(line.text, marks) or (short and not _runs_on(following, index)):
            if title:
                break
            continue
        title.append(line)
    return title


def _runs_on(lines: list[Line], index: int) -> bool:
    """A short line in capitals that the next line continues, a title broken after a word or two
    ("VỀ | VIỆC BỔ SUNG ...", "QUY | ĐỊNH VỀ ..."), not a post or body standing alone ("THỦ TƯỚNG")."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (
        following is not None
        and not following.blank
        and following.text.isupper()
        and len(following.text) > 2 * len(lines[index].text) + 20
    )


def _is_dated_or_numbered(line: str, marks: tuple[str, ...]) -> bool:
    """A line of a heading that gives a date, a number or a place and a date, not a title. A title in capitals
    may cite another instrument by its number and date ("... TRIỂN KHAI QUYẾT ĐỊNH SỐ | 06/QĐ-TTG NGÀY 02 ...",
    "PORTANT APPLICATION DE LA LOI N° 2020-12 DU ..."): a long line of capitals is a number's only from its mark."""
    if re.search(r"\d", digits_folded(line)) is None:
        return False
    if len(line) < _SHORT_LINE // 2:
        return True
    folded = line.casefold()
    marked = [m.casefold() for m in marks if m.casefold() in folded]
    return bool(marked) and (not line.isupper() or folded.startswith(tuple(marked)))
