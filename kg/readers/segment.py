"""Tell an article from the page around it, in the plain text of a saved web page.

A web page saved as text keeps, around the article, a breadcrumb line at the
top ("Trang chủNewsNhân quyềnĐể chính sách...") and, below, lists of teasers of
other articles under headings such as "Cùng chủ đề", "Related", "Lire aussi".
:func:`segment` cuts the text into :class:`~kg.model.Segment` s:

* ``"main"``: the article;
* ``"furniture"``: breadcrumbs and the headings of teaser lists;
* ``"teaser"``: one per teaser (a title line and the summary under it), so
  that a teaser could become a document of its own.

The headings are language data: ``extra["furniture_cues"]`` of each
:class:`~kg.lang.base.LanguagePack`, and the words that open a breadcrumb,
``extra["home_cues"]``, and the words that credit a source on the
article's last line, ``extra["source_cues"]``. Cues of every known language are used whatever the
page's language, since pages mix them ("Tags" on a Vietnamese page).

Two assumptions keep this simple and are worth knowing:

* a line is a heading of furniture only when it is *all* of its line (with an
  optional colon), so an article that says "xem thêm ở đây" stays whole;
* once the first heading of furniture is reached, the article is over: pages
  put their lists of other articles after the article, not inside it. A
  heading with its teaser titles right under it (no blank line) is cut
  there, each title a teaser of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from kg import lang
from kg.model import Segment, Span

__all__ = ["segment"]

#: Characters that separate the steps of a breadcrumb ("Home > News > World").
_BREADCRUMB_SEPARATORS = re.compile(r"\s[>›»|/]\s|\s?[›»]\s?")

#: A teaser's title is one short line; its summary is the paragraph under it.
_MAX_TITLE_LENGTH = 200


@dataclass(frozen=True)
class _Block:
    """A run of non-blank lines, with its offsets in the text."""

    start: int
    end: int
    text: str

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines()


def segment(text: str, language: str | None = None) -> list[Segment]:
    """The segments of a page's text, in order; one ``"main"`` segment when there is no furniture.

    >>> page = "Trang chủ > Tin\\n\\nTiêu đề\\n\\nBài.\\n\\nTin liên quan\\n\\nBài khác\\n\\nTóm tắt."
    >>> parts = [(s.role, page[s.span.start : s.span.end]) for s in segment(page, "vi")]
    >>> parts  # doctest: +NORMALIZE_WHITESPACE
    [('furniture', 'Trang chủ > Tin'), ('main', 'Tiêu đề\\n\\nBài.'),
     ('furniture', 'Tin liên quan'), ('teaser', 'Bài khác\\n\\nTóm tắt.')]
    """
    cues = _furniture_cues(language)
    blocks = list(_split_at_cues(_blocks(text), cues))
    head = _count_breadcrumb_blocks(blocks, _home_cues(language))
    tail = next((i for i, block in enumerate(blocks) if i >= head and _is_cue(block, cues)), len(blocks))
    if head == 0 and tail == len(blocks):
        return [Segment(Span(0, len(text)), "main")]
    segments = [Segment(Span(block.start, block.end), "furniture") for block in blocks[:head]]
    source_lines = _count_trailing_source_lines(blocks[head:tail], _source_cues(language))
    if head < tail - source_lines:
        segments.append(Segment(Span(blocks[head].start, blocks[tail - source_lines - 1].end), "main"))
    segments.extend(Segment(Span(b.start, b.end), "furniture") for b in blocks[tail - source_lines : tail])
    segments.extend(_furniture_and_teasers(blocks[tail:], cues))
    return segments


def _blocks(text: str) -> Iterator[_Block]:
    """Runs of non-blank lines, each with its offsets (code points) in ``text``."""
    for match in re.finditer(r"\S(?:.*\S)?(?:\n[ \t\u00a0]*\S.*)*", text):
        block_text = match.group().rstrip()
        yield _Block(match.start(), match.start() + len(block_text), block_text)


def _split_at_cues(blocks: Iterator[_Block], cues: frozenset[str]) -> Iterator[_Block]:
    """Blocks, with a heading of furniture set apart from the lines around it, and each line after it
    a block of its own: pages often print "Related" and its teaser titles with no blank line between."""
    for block in blocks:
        if "\n" not in block.text:  # one line, most of a page's blocks: nothing to set apart
            yield block
            continue
        lines = _line_blocks(block)
        cue = next((i for i, line in enumerate(lines) if _normal(line.text) in cues), None)
        if len(lines) == 1 or cue is None:
            yield block
            continue
        if cue > 0:
            yield _Block(block.start, lines[cue - 1].end, block.text[: lines[cue - 1].end - block.start])
        yield from lines[cue:]


def _line_blocks(block: _Block) -> list[_Block]:
    found, position = [], block.start
    for line in block.text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped[0])
            found.append(_Block(start, start + len(stripped), stripped))
        position += len(line) + 1
    return found


def _normal(line: str) -> str:
    return " ".join(line.split()).rstrip(":：").strip().casefold()


def _is_cue(block: _Block, cues: frozenset[str]) -> bool:
    return len(block.lines) == 1 and _normal(block.text) in cues


def _count_breadcrumb_blocks(blocks: list[_Block], home_cues: tuple[str, ...]) -> int:
    """How many blocks at the top of the page are breadcrumbs (at most the first two)."""
    count = 0
    for block in blocks[:2]:
        if not _is_breadcrumb(block, blocks[count + 1 :], home_cues):
            break
        count += 1
    return count


def _is_breadcrumb(block: _Block, rest: list[_Block], home_cues: tuple[str, ...]) -> bool:
    """A one-line block that opens with "Home", steps through "A > B > C", or cuts a later title short."""
    if len(block.lines) != 1 or len(rest) == 0:
        return False
    line = block.text.strip()
    if any(line.casefold().startswith(cue.casefold()) for cue in home_cues):
        return True
    if len(_BREADCRUMB_SEPARATORS.findall(line)) >= 2:
        return True
    return _is_truncated_copy(line, rest)


def _count_trailing_source_lines(blocks: list[_Block], source_cues: tuple[str, ...]) -> int:
    """How many one-line blocks at the end of the article credit its source ("Nguồn: https://...")."""
    count = 0
    for block in reversed(blocks[1:]):
        if len(block.lines) != 1 or not block.text.casefold().startswith(tuple(c.casefold() for c in source_cues)):
            break
        count += 1
    return count


def _is_truncated_copy(line: str, rest: list[_Block]) -> bool:
    """A line ending in "..." whose beginning is a later line ("Để chính sách ... của...")."""
    if not line.endswith(("...", "…")):
        return False
    stem = line.rstrip(".… ")
    return any(stem and stem[-20:] in block.text for block in rest[:3])


def _furniture_and_teasers(blocks: list[_Block], cues: frozenset[str]) -> Iterator[Segment]:
    """Headings of lists as furniture; each title with the summary under it as a teaser."""
    title: _Block | None = None
    for block in blocks:
        if _is_cue(block, cues):
            if title:
                yield Segment(Span(title.start, title.end), "teaser")
                title = None
            yield Segment(Span(block.start, block.end), "furniture")
        elif title is None and len(block.lines) == 1 and len(block.text) <= _MAX_TITLE_LENGTH:
            title = block
        else:
            start = title.start if title else block.start
            yield Segment(Span(start, block.end), "teaser")
            title = None
    if title:
        yield Segment(Span(title.start, title.end), "teaser")


@cache
def _furniture_cues(language: str | None) -> frozenset[str]:
    return frozenset(_normal(cue) for pack in _packs(language) for cue in pack.extra.get("furniture_cues", ()))


@cache
def _home_cues(language: str | None) -> tuple[str, ...]:
    return tuple(cue for pack in _packs(language) for cue in pack.extra.get("home_cues", ()))


@cache
def _source_cues(language: str | None) -> tuple[str, ...]:
    return tuple(cue for pack in _packs(language) for cue in pack.extra.get("source_cues", ()))


def _packs(language: str | None) -> list[lang.LanguagePack]:
    """The page's language first, then every other known language."""
    codes = [language] if language in lang.SUPPORTED else []
    return [lang.get(code) for code in codes + [c for c in lang.SUPPORTED if c != language]]
