"""Finders: one module per fact type, shared by every document family's builder.

A prose finder reads a :class:`~kg.finders.text.DocumentText` (a document's
main text with its language pack); a finder of structured text takes the text
and the spans a builder has read (paragraphs with their sections). Either
returns facts with their spans and knows nothing of a family's structure (a UN
masthead, a legal text's articles, a news dateline), which stays in the
builders that compose the finders:

======================  =====================================================
fact type               module
======================  =====================================================
the text as read        :mod:`kg.finders.text` (sentences, tokens, phrases),
                        :mod:`kg.finders.phrases` (a pack's phrases as printed)
names                   :mod:`kg.finders.names` (where a name ends)
actors                  :mod:`kg.finders.actors`; :mod:`kg.finders.cast`
                        (what is found); :mod:`kg.finders.bodies` (a body
                        named by its kind: "the Council")
persons, posts          :mod:`kg.finders.persons`
instruments             :mod:`kg.finders.instruments` (in prose);
                        :mod:`kg.finders.citations` (symbols, lists of
                        resolution numbers, named instruments, their dates)
UN resolution numbers   :mod:`kg.finders.resolutions` (and the kind a UN
                        symbol names)
figures                 :mod:`kg.finders.figures` (in prose and in
                        paragraphs); :mod:`kg.finders.tables` (tables)
dates and deadlines     :mod:`kg.finders.dates` (with :mod:`kg.text.deadlines`)
events                  :mod:`kg.finders.events` (by head word, votes);
                        :mod:`kg.finders.meetings` (held, convened, numbered)
commitments             :mod:`kg.finders.commitments` (mandates and pledges
                        in prose); :mod:`kg.finders.clauses` (verb-led
                        clauses); :mod:`kg.finders.demands` (lists of demands)
======================  =====================================================

Like builders, finders do no file I/O and know nothing of RDF; the words of a
language come from its pack (:mod:`kg.lang`).
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.model import Mention

__all__ = ["unique_in_text_order"]


def unique_in_text_order(mentions: Iterable[Mention]) -> list[Mention]:
    """Each mention once (by span and kind), in the order of the text."""
    unique = {(m.span, m.kind): m for m in mentions}
    return sorted(unique.values(), key=lambda m: (m.span.start, m.span.end, m.kind))
