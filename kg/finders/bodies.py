"""Short names of bodies: "the Council", "le Conseil", "Совету", "للمجلس", "理事会".

A resolution names its own body in full once, on its issuer line, and then
calls it "the Council" ("Requests the High Commissioner to present a report to
the Council at its fifty-sixth session"); a General Assembly resolution that
has named the Economic and Social Council calls it "the Council" too. A short
name (the pack's ``short_body_names``, each mapped to the kind of body it
names: ``"council"``, ``"assembly"``, ``"committee"``, ``"commission"``)
stands for the body of that kind the document is of (its issuer, its body),
else for the last one of that kind it has named before. The kind of a body is
read from its English name ("Human Rights Council" is a council), so a word for
"Council" never stands for an assembly.

A text may also define a short form in brackets right after a body's full name
("the United Nations Network on Migration (the network)", "(le Réseau)"): from
there on, that form names the body.

Besides the bodies the gazetteer knows, a builder may give those the document
names by structure ("the Kestrel Centre for Tidal Studies in Norland"), so
that "the Centre" stands for the one it named last.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg import resolve
from kg.finders.names import overlaps
from kg.finders.phrases import PhraseMatch, matcher_of, words_of
from kg.lang.base import LanguagePack
from kg.model import Kind, Mention, Span

__all__ = ["ShortNames"]

#: How many words after a short name are read for the rest of a longer name ("Council of Europe").
_TAIL_WORDS = 3
#: The words after a short name, up to the end of its clause.
_TAIL = re.compile(r"[^,;:.،؛，；。()]*")
#: A short form in brackets right after a body's full name, opening with a small word: "United Nations Network on
#: Migration (the network)", "Réseau des Nations Unies sur les migrations (le Réseau)". An acronym ("(IOM)") is the
#: gazetteer's to know.
_DEFINED = re.compile(r"[ \t]*[(（]([^\W\d_][^()（）\n]{1,40})[)）]")


class ShortNames:
    """The short names of bodies in one document, each resolved to the body it stands for."""

    def __init__(
        self,
        text: str,
        view: str,
        pack: LanguagePack,
        language: str | None,
        home: Iterable[Mention | None],
        named: Iterable[Mention] = (),
    ) -> None:
        """``home``: the bodies the document is of; ``named``: the bodies it names that no gazetteer knows."""
        self.text, self.view, self.pack, self.language = text, view, pack, language
        self.matcher = matcher_of(pack, "short_body_names")
        self.home = [body for body in home if body is not None and body.kind == Kind.UN_BODY]
        self.structural = list(named)
        self.conjunctions = {word.casefold() for word in words_of(pack, "list_conjunctions")}
        self._named: list[Mention] | None = None
        self._defined: list[tuple[re.Pattern[str], Mention, int]] | None = None

    def find(self, start: int, end: int) -> list[Mention]:
        """The short names in ``[start, end)`` that stand for a known body, as mentions of it: the pack's, and
        those the document defines."""
        found = []
        for match in self.matcher.finditer(self.view, start, end):
            body = self._body_of(match) if self._stands_alone(match) else None
            if body is not None:
                found.append(self._mention_of(body, match.span.start, match.span.end))
        taken = [(m.span.start, m.span.end) for m in found]
        for pattern, body, defined_at in self._defined_names():
            for defined in pattern.finditer(self.view, max(start, defined_at), end):
                if not any(s < defined.end() and defined.start() < e for s, e in taken):
                    found.append(self._mention_of(body, defined.start(), defined.end()))
        return sorted(found, key=lambda m: m.span.start)

    def _mention_of(self, body: Mention, start: int, end: int) -> Mention:
        name = body.name or (None if body.key else " ".join(body.text.split()))
        return Mention(Span(start, end), self.text[start:end], body.kind, key=body.key, name=name)

    def _defined_names(self) -> list[tuple[re.Pattern[str], Mention, int]]:
        """The short forms the document defines for bodies it names in full ("... on Migration (the network)"),
        each with the body and where its definition ends: later, the short form names that body."""
        if self._defined is None:
            self._defined = []
            for body in self._named_bodies():
                match = _DEFINED.match(self.view, body.span.end)
                if match and match.group(1)[0].islower():
                    form = re.escape(" ".join(match.group(1).split())).replace(r"\ ", r"\s+")
                    pattern = re.compile(rf"(?<!\w){form}(?!\w)", re.IGNORECASE)
                    self._defined.append((pattern, body, match.end()))
        return self._defined

    def _body_of(self, match: PhraseMatch) -> Mention | None:
        kinds = set(match.value.casefold().split())  # "committee commission": لجنة, 委员会 are either
        for body in self.home:
            if kinds & _kinds_of(body):
                return body
        earlier = [m for m in self._named_bodies() if m.span.end <= match.span.start and kinds & _kinds_of(m)]
        return earlier[-1] if earlier else None

    def _stands_alone(self, match: PhraseMatch) -> bool:
        """Whether the short name is one: printed with a capital where the script has them ("the commission of
        crimes" is none), not inside a longer name the resolver knows ("人权理事会"), and not the head of a
        name it does not know ("Council of Europe", "Comité de los Derechos del Niño")."""
        span = match.span
        if self.text[span.start].islower() or overlaps(span, [m.span for m in self._named_bodies()]):
            return False
        rest = _TAIL.match(self.view, span.end)
        tail = rest.group().split()[:_TAIL_WORDS] if rest else []
        if tail and tail[0].casefold() in self.conjunctions:
            return True
        return not any(word[:1].isupper() for word in tail)

    def _named_bodies(self) -> list[Mention]:
        """The bodies the document names in full, read once."""
        if self._named is None:
            known = resolve.find_mentions(self.text, self.language, kinds=(Kind.UN_BODY,))
            structural = [m for m in self.structural if not overlaps(m.span, [k.span for k in known])]
            self._named = sorted([*known, *structural], key=lambda m: m.span.start)
        return self._named


def _kinds_of(body: Mention) -> set[str]:
    """The words of a body's name, which tell its kind: its English name, or, for a body no gazetteer knows, its
    name as written."""
    return set((body.name or body.text).casefold().split())
