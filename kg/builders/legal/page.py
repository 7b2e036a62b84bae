"""A legal instrument as a legal-information website prints it: its markup, its metadata table, its furniture.

A decision or decree copied from such a site (and converted to text) comes
wrapped in the site's page: a copyright banner and tabs on top, a **metadata
table** ("Số hiệu: | 2639/QĐ-TTg", "Loại văn bản: | Quyết định", "Nature :
Décret", "Rango: Real Decreto", "Вид документа: Постановление"), a summary the
site wrote, then the instrument itself, then lists of related texts, contact
blocks and notices to customers. The conversion leaves its residue in the text:
``**`` and ``*`` around bold and italic runs (a heading broken across lines,
``**THỦ TƯỚNG CHÍNH\\nPHỦ**``; two headings glued, ``**LUẬT****CÁN BỘ**``), ``|``
between the cells of a table, ``#`` before the site's own headings.

:func:`read_page` reads that page without moving a character, so that every
span found in its text is a span of the document:

* the **markup is blanked**: emphasis marks become spaces, a line break inside
  an emphasised run a space (the run is one heading or one sentence), two runs
  glued together a line break, a table's ``|`` a line break (each cell a line),
  a ``#`` of a site heading a space;
* the **metadata table**: a run of at least two labels of
  ``extra["legal_metadata_labels"]`` (each the whole of its cell), each with the
  value in its cell or the next one; it is read as metadata, never as the
  instrument's text;
* **breaks**: where the site's own parts start (its headings, marked ``#``; the
  lines of ``extra["legal_page_furniture"]``: "Văn bản liên quan", "Đang tải
  văn bản..."); an instrument never runs across one.

The site's summary is what stands between the metadata table and the
instrument's heading (:mod:`kg.builders.legal.structure` finds that heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.lang.base import LanguagePack
from kg.model import Span

__all__ = ["MetadataField", "Page", "blank_markup", "join_soft_breaks", "read_page"]

#: The longest emphasised run read as one heading or sentence, and the most line breaks it may hold.
_RUN_CHARACTERS = 400
_RUN_BREAKS = 4
#: Bold, then italic: the opening mark touches a character that is not a space ("* item" is a bullet).
_BOLD = re.compile(rf"\*\*([^*]{{0,{_RUN_CHARACTERS}}}?)\*\*")
_ITALIC = re.compile(rf"(?<![*\w])\*(?=[^\s*])([^*]{{1,{_RUN_CHARACTERS}}}?)\*(?!\w)")
#: Bold written with underscores ("__Nơi nhận__:"), never a rule of underscores ("___________").
_UNDERLINED = re.compile(rf"(?<!_)__(?=[^\s_])([^_]{{1,{_RUN_CHARACTERS}}}?)__(?!_)")
_SITE_HEADING = re.compile(r"(?m)^[ \t]*(#{1,6})(?=[ \t]|$)")
#: The most lines between two labels of one table.
_ROW_REACH = 6
#: A metadata table has at least this many labels; one alone is a word of the text.
_MIN_LABELS = 2


@dataclass(frozen=True)
class MetadataField:
    span: Span  # the value's span
    value: str


@dataclass
class Page:
    """The document's text with its markup blanked, and the site's parts around the instrument."""

    text: str  # the document's text, markup and metadata table blanked: same length
    metadata: dict[str, MetadataField] = field(default_factory=dict)  # "number", "kind", "issuer", ...
    table: Span | None = None  # the metadata table
    breaks: list[int] = field(default_factory=list)  # where the site's own parts start, in order

    def break_after(self, position: int, default: int) -> int:
        """The first place after ``position`` where the site's own part starts, else ``default``."""
        return next((b for b in self.breaks if b > position), default)


def read_page(text: str, pack: LanguagePack, main: Span | None = None) -> Page:
    """The page in ``main`` (the whole text by default): blanked markup, metadata table, breaks."""
    main = main or Span(0, len(text))
    page = Page(blank_markup(text))
    page.breaks = sorted(
        [m.start() for m in _SITE_HEADING.finditer(text, main.start, main.end)]
        + _furniture_lines(page.text, pack, main)
    )
    page.table, page.metadata = _metadata(page.text, pack, main)
    if page.table is not None:  # metadata, never the instrument's text
        table = page.table
        page.text = page.text[: table.start] + re.sub(r"[^\n]", " ", table.of(page.text)) + page.text[table.end :]
    return page


def blank_markup(text: str) -> str:
    """``text`` with the residue of its conversion blanked, every character in its place.

    >>> blank_markup("**THỦ TƯỚNG CHÍNH\\nPHỦ**\\n|\\n*Căn cứ Luật;*")
    '  THỦ TƯỚNG CHÍNH PHỦ  \\n\\n\\n Căn cứ Luật; '
    >>> blank_markup("**LUẬT****CÁN BỘ**")
    '  LUẬT\\n   CÁN BỘ  '
    >>> blank_markup("__Nơi nhận__:\\n___")
    '  Nơi nhận  :\\n___'
    """
    if not any(mark in text for mark in "*|#") and "__" not in text:
        return text  # nothing to blank (most texts that are not a site's page)
    chars = list(text)
    for pattern, width in ((_BOLD, 2), (_UNDERLINED, 2), (_ITALIC, 1)):
        for match in pattern.finditer("".join(chars)):
            _blank_run(chars, match, width)
    blanked = "".join(chars).replace("|", "\n")
    chars = list(blanked)
    for match in _SITE_HEADING.finditer(blanked):
        chars[match.start(1) : match.end(1)] = " " * (match.end(1) - match.start(1))
    return "".join(chars)


def _blank_run(chars: list[str], match: re.Match[str], width: int) -> None:
    start, end = match.start(), match.end()
    inner = match.group(1)
    if inner.count("\n") <= _RUN_BREAKS:
        for index in range(start + width, end - width):
            if chars[index] == "\n":
                chars[index] = " "
    chars[start : start + width] = " " * width
    # two runs glued ("**LUẬT****CÁN BỘ**"): two headings, so a line break between them
    glued = "".join(chars[end : end + width]) == "*" * width and end - width >= start + width
    chars[end - width : end] = ("\n" + " " * (width - 1)) if glued and width > 1 else " " * width


#: The shortest line of an article or recital that a line break may cut mid-sentence ("Điều 2. Ủy ban nhân
#: dân các | tỉnh ..."); shorter ones are a heading's words.
_PROSE_LINE = 20
#: What opens a line of its own: a clause number or letter, a bullet ("1.", "a)", "-", "+").
_ITEM_START = re.compile(r"\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|[^\W\d_]\)|[-–+•])")


def join_soft_breaks(text: str, within: Span, pack: LanguagePack) -> str:
    """``text`` with the line breaks that a web page puts inside a sentence made spaces, in ``within`` (an
    article's or a recital's text).

    A site breaks its lines where its HTML source did, mid-sentence and mid-name ("Quyết định này có |
    hiệu lực thi hành", "Bộ trưởng Bộ Tài | chính"): a break after a line of prose with no final stop,
    before a line that opens no clause, item or article, is a space; so is a break after an item's mark and
    its first word or two ("- Phụ | trách chung"), or before a line that goes on in small letters ("Thời |
    gian hoàn thành").

    >>> from kg.lang import get
    >>> join_soft_breaks("Quyết định này có hiệu lực thi hành kể từ\\nngày ký.\\n1. Giao Bộ", Span(0, 57), get("vi"))
    'Quyết định này có hiệu lực thi hành kể từ ngày ký.\\n1. Giao Bộ'
    """
    articles = tuple(pack.words("article_words"))
    chars = list(text)
    for match in re.finditer(r"\n", text[within.start : within.end]):
        index = within.start + match.start()
        line_start = text.rfind("\n", 0, index) + 1
        line = text[line_start:index].strip()
        next_break = text.find("\n", index + 1)
        following = text[index + 1 : next_break if next_break >= 0 else len(text)]
        if not line or line.isupper() or not following.strip():
            continue
        opens_item = _ITEM_START.match(following) or any(following.lstrip().startswith(w) for w in articles)
        cut = (
            _cut_item_head(line)
            or _cut_article_head(line, articles)
            or (line[-1] not in ".;:!?。；：" and (len(line) >= _PROSE_LINE or following.lstrip()[:1].islower()))
        )
        if cut and not opens_item:
            chars[index] = " "
    return "".join(chars)


def _cut_article_head(line: str, articles: tuple[str, ...]) -> bool:
    """ "**Điều 2. **Chánh | Văn phòng Sở Nội vụ ...": past an article's number, its bold closed (the
    marks, or the spaces they were blanked to), a site breaks the line after the first word or two of the
    article's text, which runs on below; a title in bold ("**Điều 4. Thẩm quyền**") is no such line."""
    bare = line.lstrip("* ")
    word = next((w for w in articles if bare.startswith(w + " ")), None)
    if word is None:
        return False
    number = re.match(r"\s+\d{1,3}[.:]?(?:\s*\*\*|[ \t]{2,})\s*", bare[len(word) :])
    words = bare[len(word) + number.end() :].split() if number else []
    return 0 < len(words) <= _CUT_ITEM_WORDS and not words[-1].endswith(("*", ".", ";", ":", "!", "?"))


def _cut_item_head(line: str) -> bool:
    """ "- Phụ | trách chung ...", "+ Sở | Xây dựng: ...", "1.2. | Sở Tài chính": a site breaks a line after an
    item's mark and its first word or two, as its HTML source did; the item runs on below."""
    mark = _ITEM_MARK.match(line)
    words = line[mark.end() :].split() if mark else []
    return mark is not None and len(words) <= _CUT_ITEM_WORDS and not (words and words[-1][-1] in ".;:!?")


#: An item's mark: a point's number ("1.", "1.2."), a letter ("a)") or a bullet.
_ITEM_MARK = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]|\(\d{1,3}\)|[^\W\d_]\)|[-–+•])")
#: The most words a site leaves on the line of an item's mark before breaking it.
_CUT_ITEM_WORDS = 2


def _furniture_lines(text: str, pack: LanguagePack, main: Span) -> list[int]:
    cues = {_folded(cue) for cue in pack.words("legal_page_furniture")}
    if not cues:
        return []
    starts = []
    for match in re.finditer(r"[^\n]+", text[main.start : main.end]):
        line = match.group().strip()
        if line and _folded(line) in cues:
            starts.append(main.start + match.start() + len(match.group()) - len(match.group().lstrip()))
    return starts


def _folded(line: str) -> str:
    return " ".join(line.replace("…", "...").split()).rstrip(":.").casefold()


def _metadata(text: str, pack: LanguagePack, main: Span) -> tuple[Span | None, dict[str, MetadataField]]:
    """The first run of at least two labels of the table, each label a cell of its own or opening its line."""
    labels: dict[str, str] = {_folded(k): v for k, v in (pack.extra.get("legal_metadata_labels", {}) or {}).items()}
    if not labels:
        return None, {}
    lines = [(m.start() + main.start, m.group()) for m in re.finditer(r"[^\n]*", text[main.start : main.end])]
    lines = [(start, line) for start, line in lines if line.strip()]
    found: dict[str, MetadataField] = {}
    first = last = None
    since_label = 0
    for index, (start, line) in enumerate(lines):
        label, value = _label_and_value(line, labels)
        if label is None:
            since_label += 1
            if found and since_label > _ROW_REACH:
                break
            continue
        since_label = 0
        field_ = _value(lines[index + 1 : index + 2], start, line, value, labels)
        if field_ is not None and label not in found:
            found[label] = field_
        first = start if first is None else first
        last = field_.span.end if field_ is not None else start + len(line)
    if len(found) < _MIN_LABELS or first is None or last is None:
        return None, {}
    return Span(first, last), found


def _label_and_value(line: str, labels: dict[str, str]) -> tuple[str | None, str]:
    """ "Số hiệu:" → ("number", ""); "Nature : Décret" → ("kind", "Décret")."""
    stripped = line.strip()
    head, colon, rest = stripped.partition(":")
    if colon and _folded(head) in labels:
        return labels[_folded(head)], rest.strip()
    return (labels[_folded(stripped)], "") if _folded(stripped) in labels else (None, "")


def _value(
    following: list[tuple[int, str]], start: int, line: str, value: str, labels: dict[str, str]
) -> MetadataField | None:
    """The value in the label's cell, else in the next cell; none where the next cell is another label."""
    if value:
        offset = start + line.rindex(value)
        return MetadataField(Span(offset, offset + len(value)), value)
    for next_start, next_line in following[:1]:
        stripped = next_line.strip()
        if _label_and_value(next_line, labels)[0] is not None:
            return None
        offset = next_start + len(next_line) - len(next_line.lstrip())
        return MetadataField(Span(offset, offset + len(stripped)), stripped)
    return None
