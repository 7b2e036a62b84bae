"""The reading view of a UN document: its text with page furniture blanked out.

PDF text layers repeat a header and a footer on every page, often in the
middle of a sentence ("A/RES/73/195 / Global Compact for ... / 18-22354 /
2/36"), print footnotes at the foot of each page, glue footnote markers to
words ("Geneva1", "Rights;2", "جنيف^(١)") and may carry Markdown bold marks
(``**تقر**``). :func:`reading_view` replaces all of these by spaces, one space
per character, so that every offset into the view is an offset into the
document: rules run on the view, spans and quotes come from the document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from kg.text.normalize import fold_digits

__all__ = ["LAYOUT_SPACE", "Line", "ReadingView", "cells_of", "lines_of", "marks_folded", "reading_view"]

# Lines that are furniture wherever they stand: page counters ("2/36"), job numbers
# ("18-22354 (E)    160119", "17-23261"), bar codes ("*1822354*"), footnote rules ("_____").
_FURNITURE_LINE = re.compile(r"\s*(?:\d{1,3}/\d{1,3}|\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?|\*\d{6,}\*|_{5,})\s*")
_FOOTNOTE_RULE = re.compile(r"\s*_{5,}\s*")
# A footnote line: "(٦) A/72/64-E/2017/12." or "14 Resolution 70/1." after a footnote rule.
_PARENTHESISED_FOOTNOTE = re.compile(r"\s*\(\d{1,3}\)\s")
# Footnote markers: "^(١)" (Markdown export) and digits glued to a word or a punctuation mark.
# A text layer glues Arabic ones to the word, in parentheses: "والنظامية(١)،"; a number in parentheses
# after a digit is a subdivision ("4(1)"), not a marker. Each marker pattern opens with a character it reads, what
# comes before tested after it: the engine skips to where one may stand instead of trying every position.
_CARET_MARKER = re.compile(r"\^\(\d{1,3}\)|\^\d{1,3}|\((?<=[^\W\d_]\()\d{1,2}\)")
# Cyrillic words carry them too ("миграции1,"), and Chinese closing marks ("契约》1，"); not a Chinese
# character itself, where a glued digit is a number ("目标3，").
_GLUED_MARKER = re.compile(r"\d(?<=[a-zà-ÿа-яё\)”\"’;》」』）]\d)\d?(?=[\s,;.:)，。；：、]|$)", re.MULTILINE)
_BOLD = re.compile(r"\*\*")
# A footnote marker after the full stop that ends a paragraph's last sentence, at the end of its line: "Least
# Developed Countries.15", "held in New York from 5 to 9 June 2017.3"; not a decimal ("1.5 degrees").
_MARKER_AFTER_STOP = re.compile(r"\d(?:(?<=[^\W\d_]{3}\.\d)|(?<=(?:19|20)\d\d\.\d))\d?(?=[ \t]*$)", re.MULTILINE)
#: The markers a footnote's own text may carry, as in the view ("Rights2" inside a note that cites one).
_MARKERS_BLANKED = re.compile(rf"{_CARET_MARKER.pattern}|{_GLUED_MARKER.pattern}|{_BOLD.pattern}", re.MULTILINE)
#: A line repeated this often, of a title's length and without final punctuation, is a running header.
_RUNNING_HEADER_MIN = 3
_RUNNING_HEADER_LENGTH = 12


@dataclass(frozen=True)
class Line:
    """A line of the text: ``start``/``end`` offsets (without the newline) and its text."""

    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def content_start(self) -> int:
        """Offset of the first non-space character (``end`` for a blank line)."""
        return self.start + (len(self.text) - len(self.text.lstrip())) if self.text.strip() else self.end


@dataclass(frozen=True)
class ReadingView:
    """The document's text with furniture blanked, digits folded to ASCII, and its lines."""

    text: str
    lines: tuple[Line, ...]
    furniture: tuple[Line, ...]  # page headers and footers removed from the view
    footnotes: tuple[Line, ...] = ()  # the lines of footnotes among them (the rule under the text excepted)

    def notes(self) -> str:
        """The footnotes alone, every other character blanked (offsets kept), their markers glued to words
        blanked as in the view: where a text cites the reports of conferences, their places and dates."""
        chars = [char if char == "\n" else " " for char in self.text]
        for line in self.footnotes:
            chars[line.start : line.end] = _MARKERS_BLANKED.sub(lambda m: " " * len(m.group()), line.text)
        return "".join(chars)


def lines_of(text: str) -> list[Line]:
    """The lines of ``text`` with their offsets.

    >>> [(line.start, line.text) for line in lines_of("a\\nbc\\n")]
    [(0, 'a'), (2, 'bc'), (5, '')]
    """
    lines, position = [], 0
    for piece in text.split("\n"):
        lines.append(Line(position, position + len(piece), piece))
        position += len(piece) + 1
    return lines


#: How much whitespace a PDF text layer's line break and indentation may put between two words
#: that follow each other ("77/201\n                    du 15 décembre 2022").
LAYOUT_SPACE = 120
#: A gap this wide between words on a line parts two columns: "United Nations        A/78/236".
_COLUMN_GAP = re.compile(r"\s{3,}|\t")


def cells_of(line: Line) -> list[Line]:
    """The non-blank cells of a line that a PDF text layer prints in columns, each with its own offsets.

    Mastheads print the body beside the symbol, "Distr.: General" beside the body, and so on.

    >>> [(cell.start, cell.text) for cell in cells_of(Line(10, 40, "United Nations       A/78/236  "))]
    [(10, 'United Nations'), (31, 'A/78/236')]
    """
    cells, position = [], 0
    for gap in [*_COLUMN_GAP.finditer(line.text), None]:
        end = gap.start() if gap else len(line.text)
        piece = line.text[position:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            text = piece.strip()
            cells.append(Line(line.start + position + lead, line.start + position + lead + len(text), text))
        position = gap.end() if gap else position
    return cells


def _blank(chars: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        if chars[index] != "\n":
            chars[index] = " "


def _could_be_title(text: str) -> bool:
    """Not a list marker ("(a)", "1.") nor the end of a sentence."""
    return text[-1] not in ".;:,،؛" and not text[0].isdigit() and not text.startswith("(")


def _running_headers(lines: list[Line], own_symbols: set[str]) -> set[str]:
    """Lines repeated on several pages: the document's symbol alone, or a short title line."""
    counts = Counter(line.stripped for line in lines if line.stripped)
    headers = {text for text in own_symbols if counts[text] >= 2}
    for text, count in counts.items():
        if count >= _RUNNING_HEADER_MIN and _RUNNING_HEADER_LENGTH <= len(text) < 120 and _could_be_title(text):
            headers.add(text)
    return headers


#: The most lines a running title prints beside the symbol in a page header.
_HEADER_TITLE_LINES = 3


def _titles_beside_symbols(lines: list[Line], furniture: set[int], own_symbols: set[str], text: str) -> set[int]:
    """Indexes of the title lines a page header prints right above or below the document's own symbol
    ("A/RES/74/96 / Offers by Member States of study ... / for inhabitants of ..."): a short document prints
    its header once or twice, too few times to be told by its repeats. A title line is one the text prints
    elsewhere too (the masthead's title), with no final punctuation, touching the symbol's line; not beside the
    masthead's symbol, the first."""
    found: set[int] = set()
    symbol_lines = sorted(i for i in furniture if lines[i].stripped in own_symbols)
    for index in symbol_lines[1:]:  # the first is the masthead's
        for step in (-1, 1):
            position = index + step
            while 0 <= position < len(lines) and abs(position - index) <= _HEADER_TITLE_LINES:
                line = lines[position].stripped
                if not line or not _could_be_title(line) or text.count(line) < 2:
                    break
                found.add(position)
                position += step
    return found


#: Where a document's own symbol beside other words is its masthead, not a page header.
_MASTHEAD_CHARS = 600


def _is_furniture_in_columns(line: Line, own_symbols: set[str]) -> bool:
    """A header or footer printed in columns on one line: "23-25874        1/2" (job number, page
    counter), "A/RES/78/210        Protection des migrants" (the symbol beside the running title)."""
    cells = cells_of(line)
    if len(cells) < 2:
        return False
    if all(_FURNITURE_LINE.fullmatch(cell.text) for cell in cells):
        return True
    symbols = [cell for cell in cells if cell.text in own_symbols]
    others = [cell for cell in cells if cell.text not in own_symbols and not _FURNITURE_LINE.fullmatch(cell.text)]
    return (
        line.start >= _MASTHEAD_CHARS
        and bool(symbols)
        and len(others) <= 1
        and all(_could_be_title(cell.text) for cell in others)
    )


def _footnote_blocks(lines: list[Line], furniture: set[int]) -> set[int]:
    """Indexes of the lines of footnotes: from a footnote rule to the next page furniture."""
    inside, found = False, set()
    for index, line in enumerate(lines):
        if _FOOTNOTE_RULE.fullmatch(line.text):
            inside = True
        elif index in furniture and line.stripped:
            inside = False
        if inside:
            found.add(index)
    return found


def reading_view(text: str, own_symbols: set[str] | None = None) -> ReadingView:
    """The reading view of ``text``; ``own_symbols`` are the document's symbols as printed in its headers.

    >>> view = reading_view("1. \\nExpresses its thanks to Geneva1 and\\n18-22354\\n2/36\\nothers;2 **it**")
    >>> view.text.split()
    ['1.', 'Expresses', 'its', 'thanks', 'to', 'Geneva', 'and', 'others;', 'it']
    >>> len(view.text) == len("1. \\nExpresses its thanks to Geneva1 and\\n18-22354\\n2/36\\nothers;2 **it**")
    True
    """
    folded = fold_digits(text)
    lines = lines_of(folded)
    headers = _running_headers(lines, own_symbols or set())
    furniture = {
        index
        for index, line in enumerate(lines)
        if _FURNITURE_LINE.fullmatch(line.text)
        or (line.stripped and line.stripped in headers)
        or _is_furniture_in_columns(line, own_symbols or set())
    }
    furniture |= _titles_beside_symbols(lines, furniture, own_symbols or set(), folded)
    notes = _footnote_blocks(lines, furniture)
    footnotes = {index for index in notes if not _FOOTNOTE_RULE.fullmatch(lines[index].text)}
    furniture |= notes
    furniture |= {index for index, line in enumerate(lines) if _PARENTHESISED_FOOTNOTE.match(line.text)}
    chars = list(folded)
    for index in furniture:
        _blank(chars, lines[index].start, lines[index].end)
    for pattern in (_CARET_MARKER, _GLUED_MARKER, _MARKER_AFTER_STOP, _BOLD):
        for match in pattern.finditer(folded):
            _blank(chars, match.start(), match.end())
    view = "".join(chars)
    return ReadingView(
        text=view,
        lines=tuple(lines_of(view)),
        furniture=tuple(lines[index] for index in sorted(furniture)),
        footnotes=tuple(lines[index] for index in sorted(footnotes)),
    )


def marks_folded(view: ReadingView, marks: Mapping[str, str]) -> ReadingView:
    """``view`` with a language's own punctuation marks read as the ASCII marks they stand for.

    Chinese prints "1．" and "（a）" where other languages print "1." and "(a)"; rules on the
    structure of a text are written once, for the ASCII marks. Only marks of one character
    standing for one character are folded, so offsets stay offsets into the document.

    >>> view = reading_view("１．促请会员国：\\n（a）不颁布措施；")
    >>> marks_folded(view, {"．": ".", "：": ":", "（": "(", "）": ")"}).text
    '1.促请会员国:\\n(a)不颁布措施；'
    """
    table = {ord(mark): ascii_mark for mark, ascii_mark in marks.items() if len(mark) == len(ascii_mark) == 1}
    if not table:
        return view
    text = view.text.translate(table)
    return ReadingView(text=text, lines=tuple(lines_of(text)), furniture=view.furniture, footnotes=view.footnotes)
