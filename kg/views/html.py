"""The long repeated parts of the pages, composed here rather than looped over in Jinja.

A document's tables and its text with marks run to thousands of rows and pieces a page;
Jinja spends several calls on each value it prints (lookup, escape, a ``Markup`` made),
which made rendering cost as much as reading the store. These functions write the same
bytes the templates' loops wrote, each value escaped exactly as Jinja's autoescape escapes
it (:func:`escape`), and return them as ``Markup``, which the templates print as is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from markupsafe import Markup

from kg.views.reader import Mark, Piece

__all__ = ["escape", "escape_all", "mark_rows", "passages_html", "table_rows"]


#: Joins the values of a page so that they are escaped in one pass; a value holding it is escaped alone.
_SEPARATOR = "\x1f"


def escape(value: object) -> str:
    """``value`` as text with ``& < > ' "`` escaped, byte for byte as markupsafe's ``escape``."""
    return (
        str(value)
        .replace("&", "&amp;")
        .replace(">", "&gt;")
        .replace("<", "&lt;")
        .replace("'", "&#39;")
        .replace('"', "&#34;")
    )


def escape_all(values: Iterable[object]) -> list[str]:
    """Each of ``values`` escaped: in one pass over them all (a call each cost as much as the rest of a page)."""
    texts = [str(value) for value in values]
    escaped = escape(_SEPARATOR.join(texts)).split(_SEPARATOR)
    if len(escaped) != len(texts):  # a value held the separator
        return [escape(text) for text in texts]
    return escaped


def table_rows(rows: Sequence[dict[str, Any]]) -> Markup:
    """The ``<tr>`` of a facts table, one a line: ``id="at-N"`` where the row has a place in the text."""
    escaped = iter(escape_all(value for row in rows for value in (row["at"], *row["cells"])))
    lines = []
    for row in rows:
        at = next(escaped)
        place = "" if row["at"] is None else f' id="at-{at}"'
        cells = "".join(f'<td dir="auto">{next(escaped)}</td>' for _ in row["cells"])
        lines.append(f"\n    <tr{place}>{cells}</tr>")
    return Markup("".join(lines))


def passages_html(passages: Sequence[Sequence[Piece]]) -> Markup:
    """The text's passages, a ``<p>`` each, its marked pieces in ``<span>`` with their classes and titles."""
    values = (value for passage in passages for piece in passage for value in (piece.text, piece.classes, piece.title))
    escaped = iter(escape_all(values))
    html = []
    for passage in passages:
        html.append("\n    <p>")
        for piece in passage:
            text, classes, title = next(escaped), next(escaped), next(escaped)
            if not piece.classes:
                html.append(text)
                continue
            anchor = "" if piece.anchor is None else f' id="t-{piece.anchor:d}"'
            html.append(f'<span class="{classes}"{anchor} title="{title}">{text}</span>')
        html.append("</p>")
    return Markup("".join(html))


def mark_rows(marks: Sequence[Mark]) -> Markup:
    """The rows of the reader's table of facts, each linking to its place in the text."""
    escaped = iter(escape_all(value for mark in marks for value in (mark.kind, mark.detail, mark.title)))
    lines = []
    for mark in marks:
        kind, detail, title = next(escaped), next(escaped), next(escaped)
        force = f" force-{detail}" if mark.kind == "commitment" else ""
        lines.append(
            f'\n        <tr><td><span class="mark-{kind}{force}">{kind}</span></td><td dir="auto">{title}</td>'
            f'<td><a href="#t-{mark.start:d}">{mark.start:d}–{mark.end:d}</a></td></tr>'
        )
    return Markup("".join(lines))
