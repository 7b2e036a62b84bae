"""A document's text with its facts marked in place.

The build keeps each document's text (``texts/`` in the build folder): the
reader shows it whole, in its blocks (runs of lines between blank lines). For a
build that kept no text it falls back on what the graph holds: every fact and
paragraph keeps the span it was read from and its quote, which is that span of
the text, and the reader joins these quotes into passages (a paragraph, or the
quotes of facts that overlap), in the order of the text. Either way each
passage is cut where a fact begins or ends, so that a piece of text carries the
marks of every fact that covers it: a commitment by its force, a figure, a
citation, an entity. A fact that runs over two blocks is marked in both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from kg.model import Kind
from kg.views.gather import DocumentFacts, Entity

__all__ = ["RIGHT_TO_LEFT", "Mark", "Piece", "direction", "marks", "passages"]

RIGHT_TO_LEFT = {"ar", "fa", "he", "ur"}

#: The kinds a mention is marked as a citation for (works, not actors).
CITED_KINDS = {
    Kind.RESOLUTION, Kind.DRAFT_RESOLUTION, Kind.TREATY, Kind.REPORT, Kind.LAW, Kind.DRAFT_LAW, Kind.DECLARATION,
    Kind.DECISION, Kind.INSTRUMENT, Kind.AGREEMENT, Kind.GOVERNMENT_DOCUMENT, Kind.SUMMARY_RECORD, Kind.PROGRAMME,
}  # fmt: skip


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # commitment, figure, citation or entity
    detail: str  # the force of a commitment, the kind of an entity, the unit of a figure
    title: str


@dataclass(frozen=True)
class Piece:
    text: str
    classes: str  # space-separated, "" for unmarked text
    title: str
    anchor: int | None  # the offset of the facts that start here, for links to the passage


@dataclass(frozen=True)
class _Passage:
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def direction(language: str) -> str:
    return "rtl" if language in RIGHT_TO_LEFT else "ltr"


def marks(facts: DocumentFacts) -> list[Mark]:
    """The facts of the document as marks on its text, in the order of the text."""
    found = [Mark(c.start, c.end, "commitment", c.force, f"{c.force} · {c.action}") for c in facts.commitments] + [
        Mark(int(row["start"]), int(row["end"]), "figure", row["unit"], f"{row['value']} {row['unit']}".strip())
        for row in facts.statistics
    ]
    for iri, _quote, start, end in facts.mentions:
        entity = facts.entities.get(iri) or Entity(iri)
        kind = "citation" if entity.kinds & CITED_KINDS else "entity"
        found.append(Mark(start, end, kind, min(entity.kinds, default=""), entity.label))
    return sorted(set(found), key=lambda mark: (mark.start, -mark.end, mark.kind, mark.title, mark.detail))


_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def passages(facts: DocumentFacts, text: str | None = None, found: list[Mark] | None = None) -> list[list[Piece]]:
    """The document's ``text`` (else what the graph holds of it) as passages of pieces, each with its marks.

    ``found`` is ``marks(facts)`` where the caller has them already.
    """
    blocks = _blocks(text) if text is not None else _join(_quoted_spans(facts))
    all_marks = marks(facts) if found is None else found  # in the order of their starts
    active: list[Mark] = []
    waiting = iter(all_marks)
    following = next(waiting, None)
    pieces = []
    for passage in blocks:  # in the order of the text: a sweep keeps the marks that may overlap the passage
        while following is not None and following.start < passage.end:
            active.append(following)
            following = next(waiting, None)
        active = [mark for mark in active if mark.end > passage.start]
        pieces.append(_pieces(passage, active))
    return pieces


def _blocks(text: str) -> list[_Passage]:
    """The text's blocks, the blank lines between them left out, each at its offset."""
    blocks, start = [], 0
    for gap in _BLANK_LINES.finditer(text):
        if text[start : gap.start()].strip():
            blocks.append(_Passage(start, text[start : gap.start()]))
        start = gap.end()
    if text[start:].strip():
        blocks.append(_Passage(start, text[start:]))
    return blocks


def _quoted_spans(facts: DocumentFacts) -> list[tuple[int, str]]:
    spans = [(start, quote) for start, _end, quote in facts.paragraphs]
    spans += [(c.start, c.quote) for c in facts.commitments]
    spans += [(int(row["start"]), row["quote"]) for row in facts.statistics]
    spans += [(start, quote) for _iri, quote, start, _end in facts.mentions]
    return spans


def _join(spans: list[tuple[int, str]]) -> list[_Passage]:
    """Quotes that overlap become one passage; one that does not starts a new passage."""
    joined: list[_Passage] = []
    for start, quote in sorted(spans, key=lambda span: (span[0], -len(span[1]))):
        last = joined[-1] if joined else None
        if last is None or start >= last.end:
            joined.append(_Passage(start, quote))
        elif start + len(quote) > last.end:
            joined[-1] = _Passage(last.start, last.text + quote[last.end - start :])
    return joined


def _pieces(passage: _Passage, nearby: list[Mark]) -> list[Piece]:
    first, end = passage.start, passage.end
    inside = [m for m in nearby if m.start < end and m.end > first and m.end > m.start]
    edges = {edge for m in inside for edge in (m.start, m.end) if first < edge < end}
    cuts = sorted({first, end, *edges})
    starts = {m.start for m in inside}
    pieces = []
    anchored: set[int] = set()
    for left, right in pairwise(cuts):
        covering = [m for m in inside if m.start <= left and right <= m.end]
        anchor = left if left in starts and left not in anchored else None
        if anchor is not None:
            anchored.add(anchor)
        classes = sorted(
            {f"mark-{m.kind}" for m in covering} | {f"force-{m.detail}" for m in covering if m.kind == "commitment"}
        )
        pieces.append(
            Piece(
                passage.text[left - first : right - first],
                " ".join(classes),
                "\n".join(dict.fromkeys(m.title for m in covering)),
                anchor,
            )
        )
    return pieces
