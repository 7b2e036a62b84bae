"""Matching a language pack's phrases (verbs, titles, words) in text as printed.

Documents (UN texts above all) are printed with small variations a plain string search would miss:
line breaks inside a phrase, capitals at the start of a paragraph, and in
Arabic, short vowels and shadda that may or may not be written ("تسلّم" /
"تسلم") and hamza seats written either way ("أيضا" / "ايضا"), and words
hyphenated at a line end ("Prie ins-\\ntamment"), which the folded copy joins. A
:class:`PhraseMatcher` matches on the folded copy of the text
(:func:`kg.resolve.normalize.fold`: case, accents and letter variants
unified, marks made ignorable, one character for one), so a match is a span
of the text as printed.

``extra["word_boundaries"] = False`` turns off word boundaries (Chinese).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from kg.lang.base import LanguagePack
from kg.model import Span
from kg.resolve.normalize import IGNORABLE, fold, folded_text, soft_breaks, strip_ignorable
from kg.text.patterns import alternation, phrase_pieces
from kg.text.prepared import prepared

__all__ = ["JoinedView", "PhraseMatch", "PhraseMatcher", "matcher_of", "words_of"]


@dataclass(frozen=True)
class PhraseMatch:
    """A surface form found in the text and what the pack maps it to."""

    span: Span
    form: str  # the key of the pack's mapping
    value: str


def words_of(pack: LanguagePack, key: str) -> tuple[str, ...]:
    """A tuple of words stored under ``pack.extra[key]`` (empty when the pack has none)."""
    return pack.words(key)


class PhraseMatcher:
    """Finds the surface forms of a mapping in text, longest form first.

    >>> from kg.lang import get
    >>> matcher = PhraseMatcher({"تسلم": "recognizes", "تسلم أيضا": "recognizes"}, get("ar"))
    >>> [(m.form, m.span) for m in matcher.finditer("٢٢ - تسلّم أيضاً بضرورة")]
    [('تسلم أيضا', Span(start=5, end=16))]
    """

    def __init__(self, forms: Mapping[str, str] | Iterable[str], pack: LanguagePack, *, prefix: str = "") -> None:
        mapping = dict(forms) if isinstance(forms, Mapping) else {form: form for form in forms}
        self._values = {_key(form): value for form, value in mapping.items()}
        self._forms = {_key(form): form for form in mapping}
        bounded = pack.extra.get("word_boundaries", True) is not False
        end = [r"(?!\w)"] if bounded else []
        kept = [_pieces_of(form) for form in mapping if form.startswith(prefix)]
        alternatives = alternation([*pieces, *end] for pieces in kept)
        # the boundary before a form is tested right after its first character, which matches the same and
        # lets the engine skip every position no form opens at (see kg.finders.text._whole_words)
        opened = alternation([*_opened(pieces), *end] for pieces in kept) if bounded else alternatives
        self._regex = prepared(opened) if alternatives else None
        self._alternatives = alternatives
        self._glued_regex: re.Pattern[str] | None = None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[PhraseMatch]:
        """The matches in ``text[start:end]``, left to right, not overlapping."""
        if self._regex is None:
            return
        for match in self._regex.finditer(folded_text(text), start, len(text) if end is None else end):
            yield self._found(text, match)

    def match_at(self, text: str, position: int, end: int | None = None, *, glued: bool = False) -> PhraseMatch | None:
        """The longest form starting exactly at ``position``, if any; ``glued``: also right after a letter."""
        regex = self._glued() if glued else self._regex
        if regex is None:
            return None
        match = regex.match(folded_text(text), position, len(text) if end is None else end)
        return None if match is None else self._found(text, match)

    def _glued(self) -> re.Pattern[str] | None:
        """The forms without the word boundary before them: a form written on a proclitic ("بالدول").
        Compiled when first needed: compiling is most of what a matcher costs, and few read proclitics."""
        if self._glued_regex is None and self._alternatives:
            self._glued_regex = prepared(self._alternatives)
        return self._glued_regex

    def _found(self, text: str, match: re.Match[str]) -> PhraseMatch:
        key = _key(match.group())
        return PhraseMatch(Span(match.start(), _before_break(text, match.end())), self._forms[key], self._values[key])


def _before_break(text: str, end: int) -> int:
    """The end of a match, not in the line-end hyphen and break its last letter's ignorables ran into
    ("государства-|\\nучастники" read as "государства")."""
    breaks = soft_breaks(text)
    index = bisect_right(breaks, (end, end)) - 1
    if index >= 0 and breaks[index][0] < end <= breaks[index][1]:
        return breaks[index][0]
    return end


def _key(form: str) -> str:
    """What a form and its printed variants have in common; hyphens aside, as a compound broken at its
    hyphen at a line end is read without it ("Государства-|участники")."""
    return " ".join(strip_ignorable(fold(form)).replace("-", "").split())


def _opened(pieces: list[str]) -> list[str]:
    r"""The pieces of a form with the word boundary before it tested after its first letter, before the
    ignorables that may follow that letter: no word character before the letter (``(?<!\w.)``; a form never
    opens with a line break, which "." would not match). A form opening with a hyphen keeps the test first."""
    first = pieces[0]
    if not first.endswith(_IGNORABLES) or first == _HYPHEN:
        return [r"(?<!\w)", *pieces]
    return [first.removesuffix(_IGNORABLES) + r"(?<!\w.)" + _IGNORABLES, *pieces[1:]]


def _pieces_of(form: str) -> list[str]:
    """The regex of one form on folded text: ignorable characters (marks, tatweel) may follow any letter."""
    return phrase_pieces(strip_ignorable(fold(form)), _piece)


_IGNORABLES = re.escape(IGNORABLE) + "*"
# A compound's hyphen, also where the line breaks after it ("Vice-|President") and where the folded text
# made it ignorable, taking it for a word cut at the line end ("государства-|участники").
_HYPHEN = rf"(?:-\s*|(?<={re.escape(IGNORABLE)})){_IGNORABLES}"


@cache  # asked of every character of every form of the packs' tables, in every process
def _piece(char: str) -> str:
    return _HYPHEN if char == "-" else re.escape(char) + _IGNORABLES


def matcher_of(pack: LanguagePack, name: str, prefix: str = "") -> PhraseMatcher:
    """The matcher of a field of the pack ("operative_verbs") or of a key of its ``extra``, compiled once.

    >>> from kg.lang import get
    >>> matcher_of(get("en"), "operative_verbs") is matcher_of(get("en"), "operative_verbs")
    True
    """
    return pack.derived(
        f"phrases.{name}.{prefix}", lambda pack: PhraseMatcher(_forms_of(pack, name), pack, prefix=prefix)
    )


def _forms_of(pack: LanguagePack, name: str) -> Mapping[str, str] | Iterable[str]:
    forms = getattr(pack, name) if hasattr(pack, name) else pack.extra.get(name, ())
    if isinstance(forms, Mapping):
        return {str(k): str(v) for k, v in forms.items()}
    return forms if isinstance(forms, (list, tuple)) else ()


class JoinedView:
    """A view with its words hyphenated at a line end joined ("осу-\\n   ществить" read as "осуществить"), for
    patterns that must see whole words; what they find is mapped back to offsets of the view.

    >>> joined = JoinedView("a осу-\\n  ществить b", ((5, 9),))
    >>> joined.search(re.compile(r"\\s[а-я]+ть"), 1, 20)
    1
    """

    def __init__(self, view: str, breaks: tuple[tuple[int, int], ...]) -> None:
        self.offsets: list[int] = []
        kept, last = [], 0
        for start, end in breaks:
            self.offsets.extend(range(last, start))
            kept.append(view[last:start])
            last = end
        if breaks:
            self.offsets.extend(range(last, len(view)))
        self.text = "".join([*kept, view[last:]])

    def search(self, pattern: re.Pattern[str], start: int, end: int) -> int | None:
        """Where ``pattern`` first matches within ``[start, end)`` of the view, as an offset of the view."""
        if not self.offsets:
            found = pattern.search(self.text, start, end)
            return found.start() if found else None
        found = pattern.search(self.text, bisect_left(self.offsets, start), bisect_left(self.offsets, end))
        return self.offsets[found.start()] if found else None
