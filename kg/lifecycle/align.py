"""Paragraph by paragraph alignment of two versions of an instrument, and what differs in each pair.

Within each compared section (preamble, operative), paragraphs are aligned:

* ``paragraph-number``: by their numbers, where both sides number them (the versions of
  one text in two languages, a draft and the resolution adopted from it);
* ``paragraph-order``: by their order, where a side leaves them unnumbered (a preamble)
  and both hold as many;
* ``paragraph-content``: by their words, in order, where numbering differs (two members
  of a series renumber their paragraphs) and both sides are in one language.

A paragraph left without a partner is one side's alone (``added`` or ``dropped``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

from kg.graph.iri import ID
from kg.lifecycle.reading import COMPARED_SECTIONS, Paragraph, Version
from kg.text.normalize import fold_digits

__all__ = ["Difference", "Pair", "align", "differences"]

#: How much of their words two paragraphs of one language must share to be one paragraph.
CONTENT_RATIO = 0.5

UNKNOWN_ACTOR = ID + "actor/"
#: The rank of the declaratory force, which asks no one to act.
DECLARATORY = 1

#: The rule of paragraphs aligned across languages by what opens them: one left alone is more often a
#: paragraph one reading split in two than a paragraph one version lacks, so it is no difference.
SIGNATURE = "paragraph-signature"

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True)
class Pair:
    source: Paragraph | None
    target: Paragraph | None
    rule: str


@dataclass(frozen=True)
class Difference:
    kind: str  # strengthened, weakened, action, addressee, deadline, added, dropped
    detail: str


def align(source: Version, target: Version, *, by_content: bool = False) -> list[Pair]:
    """The pairs of paragraphs of two versions, section by section, in the source's order."""
    pairs: list[Pair] = []
    for section in COMPARED_SECTIONS:
        left = [p for p in source.paragraphs if p.section == section]
        right = [p for p in target.paragraphs if p.section == section]
        if by_content and source.language == target.language:
            pairs.extend(_by_content(left, right))
        elif _numbered(left) and _numbered(right):
            pairs.extend(_by_number(left, right))
        elif len(left) == len(right):
            pairs.extend(Pair(a, b, "paragraph-order") for a, b in zip(left, right, strict=True))
        elif source.language == target.language:
            pairs.extend(_by_content(left, right))
        else:
            pairs.extend(_by_signature(left, right))
    return pairs


def _signature(paragraph: Paragraph) -> str:
    """What two languages' versions of a paragraph share: the action that opens it and its figures."""
    opening = paragraph.commitments[0].action if paragraph.commitments else ""
    return opening + " " + " ".join(sorted(set(_DIGITS.findall(fold_digits(paragraph.quote)))))


def _by_signature(left: list[Paragraph], right: list[Paragraph]) -> Iterator[Pair]:
    """Paragraphs in order across languages: runs of the same signatures, runs of as many between them."""
    matcher = SequenceMatcher(None, [_signature(p) for p in left], [_signature(p) for p in right], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            yield from (Pair(a, b, SIGNATURE) for a, b in zip(left[i1:i2], right[j1:j2], strict=True))
        else:
            yield from (Pair(a, None, SIGNATURE) for a in left[i1:i2])
            yield from (Pair(None, b, SIGNATURE) for b in right[j1:j2])


def _numbered(paragraphs: list[Paragraph]) -> bool:
    return bool(paragraphs) and all(p.number for p in paragraphs)


def _by_number(left: list[Paragraph], right: list[Paragraph]) -> Iterator[Pair]:
    right_by_number = {p.number: p for p in right if p.number}
    matched = set()
    for paragraph in left:
        partner = right_by_number.get(paragraph.number) if paragraph.number else None
        if partner is not None:
            matched.add(partner.iri)
        yield Pair(paragraph, partner, "paragraph-number")
    for paragraph in right:
        if paragraph.iri not in matched:
            yield Pair(None, paragraph, "paragraph-number")


def _by_content(left: list[Paragraph], right: list[Paragraph]) -> Iterator[Pair]:
    """Pairs in order, each paragraph with the first later one of the other side whose words it shares."""
    words = {p.iri: _WORD.findall(p.quote.casefold()) for p in [*left, *right]}
    position = 0
    for paragraph in left:
        found = None
        for index in range(position, len(right)):
            ratio = SequenceMatcher(None, words[paragraph.iri], words[right[index].iri], autojunk=False).ratio()
            if ratio >= CONTENT_RATIO:
                found = index
                break
        if found is None:
            yield Pair(paragraph, None, "paragraph-content")
            continue
        for skipped in right[position:found]:
            yield Pair(None, skipped, "paragraph-content")
        yield Pair(paragraph, right[found], "paragraph-content")
        position = found + 1
    for skipped in right[position:]:
        yield Pair(None, skipped, "paragraph-content")


def differences(pair: Pair, *, same_language: bool = True) -> list[Difference]:
    """What differs between the two sides of a pair: force, then action, addressees and deadlines.

    Across languages, two verbs of one force are often one verb translated two ways ("تؤكد" is
    "affirms" and "stresses"), and a name the gazetteers do not know cannot meet its translation:
    only the force, known addressees and deadlines are compared there.
    """
    if pair.source is None or pair.target is None:
        kept = pair.source or pair.target
        if kept is None or pair.rule == SIGNATURE:
            return []
        return [Difference("dropped" if pair.target is None else "added", _excerpt(kept.quote))]
    if not pair.source.commitments or not pair.target.commitments:
        return []
    # The verb that opens a paragraph is its commitment; the verbs inside it are read unevenly across languages.
    before, after = pair.source.commitments[0], pair.target.commitments[0]
    found = []
    if before.rank != after.rank:
        kind = "strengthened" if after.rank > before.rank else "weakened"
        found.append(Difference(kind, f"{before.action} → {after.action}"))
    elif before.action != after.action and same_language:
        found.append(Difference("action", f"{before.action} → {after.action}"))
    if before.addressees and after.addressees and (same_language or _known(before.addressees | after.addressees)):
        found.extend(Difference("addressee", detail) for detail in _sides(before.addressees, after.addressees))
    if max(before.rank, after.rank) > DECLARATORY:  # "by 2030" in what only declares binds no one to a date
        deadlines = _unstated(before.deadlines, pair.target.quote), _unstated(after.deadlines, pair.source.quote)
        found.extend(Difference("deadline", detail) for detail in _sides(*deadlines))
    return found


def _unstated(deadlines: frozenset[tuple[str, str]], other_quote: str) -> frozenset[tuple[str, str]]:
    """The deadlines of one side, less the years the other side's paragraph states in its words.

    A year is written alike in every language (once its digits are folded); where the other
    version names it, its reading took it for no deadline ("acknowledges the extension ... through
    2025" beside "decides to extend ... until ٢٠٢٥"): the force differs, the date does not.
    """
    years = set(_DIGITS.findall(fold_digits(other_quote)))
    return frozenset(deadline for deadline in deadlines if not (_YEAR.fullmatch(deadline[0]) and deadline[0] in years))


def _known(entities: frozenset[tuple[str, str]]) -> bool:
    """Whether the gazetteers know every entity (a name they do not know is minted under ``/actor/``)."""
    return not any(iri.startswith(UNKNOWN_ACTOR) for iri, _ in entities)


def _sides(left: frozenset[tuple[str, str]], right: frozenset[tuple[str, str]]) -> list[str]:
    """What one side names alone, each as its name reads: "session 76 of the General Assembly only in the source"."""
    only_left = sorted(f"{name} only in the source" for _, name in left - right)
    return [*only_left, *sorted(f"{name} only in the target" for _, name in right - left)]


def _excerpt(text: str, length: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"
