"""Matching a language pack's phrases (verbs, titles, words) in text as printed.

UN texts are printed with small variations a plain string search would miss:
line breaks inside a phrase, capitals at the start of a paragraph, and in
Arabic, short vowels and shadda that may or may not be written ("تسلّم" /
"تسلم") and hamza seats written either way ("أيضا" / "ايضا"). A
:class:`PhraseMatcher` matches on the folded copy of the text
(:func:`kg.resolve.normalize.fold`: case, accents and letter variants
unified, marks made ignorable, one character for one), so a match is a span
of the text as printed.

``extra["word_boundaries"] = False`` turns off word boundaries (Chinese).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from kg.lang.base import LanguagePack
from kg.model import Span
from kg.resolve.normalize import IGNORABLE, fold, folded_text, strip_ignorable
from kg.text.patterns import alternation, phrase_pieces

__all__ = ["PhraseMatch", "PhraseMatcher", "matcher_of", "words_of"]


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
        alternatives = alternation([*_pieces_of(form), *end] for form in mapping if form.startswith(prefix))
        left = r"(?<!\w)" if bounded else ""
        self._regex = re.compile(rf"{left}(?:{alternatives})") if alternatives else None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[PhraseMatch]:
        """The matches in ``text[start:end]``, left to right, not overlapping."""
        if self._regex is None:
            return
        for match in self._regex.finditer(folded_text(text), start, len(text) if end is None else end):
            key = _key(match.group())
            yield PhraseMatch(Span(match.start(), match.end()), self._forms[key], self._values[key])

    def match_at(self, text: str, position: int, end: int | None = None) -> PhraseMatch | None:
        """The longest form starting exactly at ``position``, if any."""
        if self._regex is None:
            return None
        match = self._regex.match(folded_text(text), position, len(text) if end is None else end)
        if match is None:
            return None
        key = _key(match.group())
        return PhraseMatch(Span(match.start(), match.end()), self._forms[key], self._values[key])


def _key(form: str) -> str:
    """What a form and its printed variants have in common."""
    return " ".join(strip_ignorable(fold(form)).split())


def _pieces_of(form: str) -> list[str]:
    """The regex of one form on folded text: ignorable characters (marks, tatweel) may follow any letter."""
    return phrase_pieces(strip_ignorable(fold(form)), lambda char: re.escape(char) + _IGNORABLES)


_IGNORABLES = re.escape(IGNORABLE) + "*"


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
