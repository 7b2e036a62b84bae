"""Quotation marks: which closes which, and the spans of text they enclose.

Titles are quoted ("entitled «Преобразование нашего мира: ... до 2030 года»",
"《2030年可持续发展议程》"): words inside a title are the title's, not the
sentence's, so a deadline word in a quoted title is no deadline.
"""

from __future__ import annotations

import re

from kg.model import Span

__all__ = ["QUOTATION_MARKS", "quoted_spans"]

#: Each opening quotation mark and the mark that closes it (German „…“ closes with an English opener).
QUOTATION_MARKS = {"“": "”", '"': '"', "«": "»", "„": "“", "‘": "’", "「": "」", "『": "』", "《": "》"}

_OPENING = re.compile("[" + re.escape("".join(QUOTATION_MARKS)) + "]")


def quoted_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The quotations in ``text[start:end]``, marks included, left to right.

    An opening mark with no closing mark before ``end`` quotes nothing; a quotation
    inside another ends the outer one early (« a « b » c » gives « a « b »).

    >>> text = 'entitled «Agenda 2030» and "Migration", by 2030'
    >>> [text[s.start:s.end] for s in quoted_spans(text)]
    ['«Agenda 2030»', '"Migration"']
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    position = start
    while (opening := _OPENING.search(text, position, end)) is not None:
        closing = text.find(QUOTATION_MARKS[opening.group()], opening.end(), end)
        if closing < 0:
            position = opening.end()
            continue
        spans.append(Span(opening.start(), closing + 1))
        position = closing + 1
    return spans
