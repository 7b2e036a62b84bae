"""Finders: one module per fact type, shared by every document family's builder.

A finder reads a :class:`~kg.finders.text.DocumentText` (a document's main text
with its language pack) and returns facts with their spans; it knows nothing of
a family's structure (a UN masthead, a legal text's articles, a news dateline),
which stays in the builders that compose the finders:

======================  =====================================================
fact type               module
======================  =====================================================
the text as read        :mod:`kg.finders.text` (sentences, tokens, phrases)
names                   :mod:`kg.finders.names` (where a name ends)
actors, persons, posts  :mod:`kg.finders.actors`
instruments             :mod:`kg.finders.instruments`
UN resolution numbers   :mod:`kg.finders.resolutions` (and the kind a UN
                        symbol names; shared with the UN builder)
figures                 :mod:`kg.finders.figures`
dates and deadlines     :mod:`kg.finders.dates` (with :mod:`kg.text.deadlines`)
events                  :mod:`kg.finders.events`
commitments             :mod:`kg.finders.commitments`
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
