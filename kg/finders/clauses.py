"""Commitments in clauses that open with their verb: one for each verb of commitment in a paragraph.

Where :mod:`kg.finders.commitments` reads prose (a subject, then a phrase of
mandate or pledge), this finder reads paragraphs that open with their verb, as
the operative and preambular paragraphs of a resolution do; the builder gives
it the paragraphs with their sections and who issues them.

An operative paragraph opens with its verb ("2. Welcomes", "٢ - ترحب") and
may add more, each opening a clause of its own ("..., and requests the
Secretary-General", "، وتحث ... ، وتطلب إلى"): every verb is a commitment of
the issuer with the force of its action. Preambular paragraphs give
declaratory commitments in the same way ("Recalling", "وإذ تشير"). In an
annexed declaration the speakers pledge ("We commit to ..."), and each pledge
is a commitment of theirs.

For each commitment this module finds, within its clause, the addressees
(who is asked to act: the words between the verb and the infinitive it
governs), a deadline (a year after "by"/"حتى عام", or a session of a body: "at
its seventy-third session") and the instruments the clause cites.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from kg import resolve
from kg.finders.bodies import ShortNames
from kg.finders.commitments import force_of
from kg.finders.phrases import JoinedView, PhraseMatch, PhraseMatcher, matcher_of, words_of
from kg.lang.base import LanguagePack
from kg.model import DECLARATION_SECTION, Commitment, Deadline, Kind, Mention, Paragraph, Span
from kg.resolve.normalize import fold, soft_breaks
from kg.text.deadlines import find_cycle, find_deadline
from kg.text.normalize import digits_folded
from kg.text.patterns import phrases_alternation

__all__ = ["CommitmentFinder", "session_ordinal", "term_period"]

#: Forces of actions that ask someone else to act, and so have addressees.
ADDRESSED_FORCES = ("exhortatory", "directive")
#: The colon a lead ends with before the lettered items that complete it, in any script ("促请所有会员国：").
LEAD_COLONS = (":", "：")
#: Forces of the verbs a report's author or a body states in its own name in a narrative paragraph.
STATEMENT_FORCES = ("exhortatory", "directive", "decision")
#: Kinds of the resolver that can speak in a report's narrative ("The Secretary-General recommends").
SUBJECT_KINDS = (
    Kind.UN_BODY,
    Kind.POST,
    Kind.ORGANIZATION,
    Kind.INTERGOVERNMENTAL_ORGANIZATION,
    Kind.GOVERNMENT_AGENCY,
)
#: Kinds of the resolver that can be asked to act.
ADDRESSEE_KINDS = (
    Kind.ACTOR,
    Kind.STATE,
    Kind.UN_BODY,
    Kind.GROUP_OF_STATES,
    Kind.ORGANIZATION,
    Kind.INTERGOVERNMENTAL_ORGANIZATION,
    Kind.GOVERNMENT_AGENCY,
    Kind.POST,
    Kind.PERSON,
    Kind.FORUM,
)
#: The action of a pledge in an annexed declaration ("We commit to").
PLEDGE_ACTION = "commits"
#: An action that, said by the speakers of a declaration of their own conduct ("We resolve to move beyond
#: words"), pledges it: they bind only themselves, so it is declaratory there, as a pledge is.
SELF_RESOLVE_ACTION = "resolves"
#: Actions that state what the issuer is ("is-guided-by", "is-convinced"), written as participles and adjectives.
_STATE_ACTION_PREFIX = "is-"
#: What the speakers of a declaration do in a paragraph that tells a fact or a position with no verb of theirs.
STATED_ACTION = "affirms"
#: The kind of the pack's collective addressees ("Member States", "all stakeholders", "civil society").
GENERIC_ADDRESSEE_KIND = Kind.ACTOR
#: Kinds of those asked that words may narrow ("States that have not done so", "Member States that ...").
COLLECTIVE_KINDS = (GENERIC_ADDRESSEE_KIND, Kind.GROUP_OF_STATES)
#: How far after its verb an addressee may stand when no infinitive marker closes the phrase.
ADDRESSEE_REACH = 160
#: How far from a session word its ordinal may be ("at its seventy-third session").
ORDINAL_REACH = 40
#: How far before a verb a connective between it and its clause boundary may start ("in that regard").
_CONNECTIVE_REACH = 40


def session_ordinal(text: str, start: int, end: int, pack: LanguagePack) -> tuple[int, Span] | None:
    """The session named in ``text[start:end]``: "at its seventy-third session", "في دورتها الثالثة والسبعين".

    The ordinal stands before the session word, or after it where the pack says so
    (``extra["ordinal_side"] == "after"``); the longest run of words that the
    pack's ``parse_ordinal`` reads is taken.
    """
    words = words_of(pack, "session_words")
    if not words:
        return None
    pattern = matcher_of(pack, "session_words")
    after = pack.extra.get("ordinal_side") == "after"
    for match in pattern.finditer(text, start, end):
        found = (
            _ordinal_after(text, match.span.end, min(end, match.span.end + ORDINAL_REACH), pack)
            if after
            else _ordinal_before(text, max(start, match.span.start - ORDINAL_REACH), match.span.start, pack)
        )
        if found and not after:
            found = _first_listed(text, start, found, pack)
        if found:
            return found[0], Span(min(found[1].start, match.span.start), max(found[1].end, match.span.end))
    return None


def term_period(text: str, pack: LanguagePack, start: int, end: int) -> Deadline | None:
    """The years a commitment runs over, due from the first, where they open ``text[start:end]`` (the object of
    its verb): "Recognize | the period from 2019 to 2028 as the Decade", "proclame | la période 2019-2028",
    "宣布 | 2019-2028年期间" (the pack's ``term_period_words`` before the years, or its ``term_period_tails``
    after them, and ``term_period_connectors`` between them).

    >>> from kg.lang import get
    >>> term_period("Proclaims the period from 2019 to 2028 the Decade", get("en"), 9, 50).year
    2019
    >>> term_period("Decides that the scale for the period from 2019 to 2021", get("en"), 7, 56) is None
    True
    """
    pattern = pack.derived("clauses.term_period", _term_period_pattern)
    view = digits_folded(text)
    opening = start + len(view[start:end]) - len(view[start:end].lstrip())
    # the period the verb acts on, right after it: "the scale for the period from 2019 to 2021" is no term
    match = pattern.match(view, opening, end) if pattern else None
    if match is None or not (match.groupdict().get("lead") or match.groupdict().get("tail")):
        return None
    first, last = int(match["first"]), int(match["last"])
    return Deadline(Span(match.start(), match.end()), year=first) if first < last else None


def _term_period_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    """The years with the words before them or after them; :func:`term_period` wants one or the other."""
    leads, tails, joints = (
        pack.words(key) for key in ("term_period_words", "term_period_tails", "term_period_connectors")
    )
    if not joints or not (leads or tails):
        return None
    left = r"(?<!\w)" if pack.extra.get("word_boundaries", True) is not False else ""
    lead = rf"(?P<lead>{left}(?:{phrases_alternation(leads)})\s*)?" if leads else ""
    tail = rf"(?P<tail>\s*(?:{phrases_alternation(tails)}))?" if tails else ""
    joint = rf"\s*(?:{phrases_alternation(joints)})\s*"
    return re.compile(rf"{lead}(?<!\d)(?P<first>{_YEAR}){joint}(?P<last>{_YEAR})(?!\d){tail}", re.IGNORECASE)


#: A year of a period a commitment runs over.
_YEAR = r"(?:19|20)\d\d"


def _ordinal_before(text: str, start: int, end: int, pack: LanguagePack) -> tuple[int, Span] | None:
    best = None
    for position in range(end - 1, start - 1, -1):
        if position > 0 and text[position - 1].isalnum() and pack.extra.get("word_boundaries", True) is not False:
            continue
        candidate = text[position:end].strip()
        value = pack.parse_ordinal(candidate) if candidate else None
        if value:
            best = (value, Span(position, end))
    return best


def _imperatives(pack: LanguagePack) -> PhraseMatcher:
    """The pack's ``declaration_verbs`` without the pronoun that leads them ("we recognize" -> "recognize"): how the
    items of a declaration's "We therefore:" open. A language that writes no pronoun keeps its forms."""
    pronouns = [pronoun.casefold() + " " for pronoun in words_of(pack, "we_pronouns")]
    declared = pack.extra.get("declaration_verbs")
    forms: dict[str, str] = {}
    for form, action in declared.items() if isinstance(declared, Mapping) else ():
        lead = next((p for p in pronouns if form.casefold().startswith(p)), "")
        forms.setdefault(form[len(lead) :], action)
    return PhraseMatcher(forms, pack)


def _first_listed(text: str, start: int, found: tuple[int, Span], pack: LanguagePack) -> tuple[int, Span]:
    """Of ordinals listed before one session word, the first: "at their seventy-fourth and thirty-ninth
    sessions, respectively" is due first at the seventy-fourth, the session of the body named first."""
    before = text[max(start, found[1].start - ORDINAL_REACH) : found[1].start]
    for conjunction in words_of(pack, "list_conjunctions"):
        # the conjunction ends the words before the ordinal, or opens the ordinal as read ("and thirty-ninth")
        joint = re.search(rf"(?:^|\s){re.escape(conjunction)}\s+$", before)
        opening = re.match(rf"{re.escape(conjunction)}\s", text[found[1].start : found[1].end])
        if joint or opening:
            end = found[1].start - len(before) + joint.start() if joint else found[1].start
            earlier = _ordinal_before(text, max(start, end - ORDINAL_REACH), end, pack)
            if earlier:
                return earlier[0], Span(earlier[1].start, found[1].end)
    return found


def _ordinal_after(text: str, start: int, end: int, pack: LanguagePack) -> tuple[int, Span] | None:
    best = None
    for position in range(start + 1, end + 1):
        if position < len(text) and text[position].isalnum():
            continue
        candidate = text[start:position].strip()
        value = pack.parse_ordinal(candidate) if candidate else None
        if value:
            best = (value, Span(start, position))
    return best


#: How far before its session the body it belongs to may be named ("to the General Assembly at its").
_BODY_REACH = 30
#: A body this few words before a session is its owner, even if also read as asked ("إلى مجلس حقوق الإنسان في دورته").
_SESSION_LEAD_WORDS = 2
#: A year right before or after a session word, with at most a short word between: "2024 session",
#: "session de 2024", "دورته لعام 2024", "сессии 2024 года".
_YEAR_BEFORE_SESSION = re.compile(r"(?<!\d)((?:19|20)\d\d)[^\d,;،؛，；.]{0,3}$")
_YEAR_AFTER_SESSION = re.compile(r"[^\d,;،؛，；.]{0,8}?(?<!\d)((?:19|20)\d\d)(?!\d)")
#: The force of a decision, whose clause names whom it binds: "Decides that the Secretary-General shall".
DECIDED_FORCE = "decision"
#: How far after an actor its predicate is read ("is hereby authorized"), and after a verb its complementizer.
_PREDICATE_REACH = 40
#: A blank line, which ends a paragraph.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: Marks that close a clause: a body before one is named in another clause than the session.
_CLAUSE_MARK = re.compile(r"[,;،؛，；]")
#: How far before a session the words that make it a topic may start ("on the work of its").
_TOPIC_REACH = 40


@dataclass(frozen=True)
class _Verb:
    match: PhraseMatch
    clause_start: int  # where the clause of this verb starts (its boundary, or the verb itself)


class CommitmentFinder:
    """Finds the commitments of the paragraphs of one document."""

    def __init__(
        self,
        text: str,
        view: str,
        pack: LanguagePack,
        language: str | None,
        instruments_in: Callable[[int, int], list[Mention]],
        home: tuple[Mention | None, ...] = (),
        bodies: tuple[Mention, ...] = (),
    ) -> None:
        """``home``: the bodies the document is of (its issuer, its body), that its short names stand for;
        ``bodies``: those it names that no gazetteer knows, which its short names may stand for too."""
        self.text, self.view, self.pack, self.language = text, view, pack, language
        self.instruments_in = instruments_in
        self.short_names = ShortNames(text, view, pack, language, home, bodies)
        self._joined_view: JoinedView | None = None
        prefix = str(pack.extra.get("clause_verb_prefix", ""))
        self.operative = matcher_of(pack, "operative_verbs")
        self.preamble = matcher_of(pack, "preambular_phrases")
        self.internal = [
            matcher_of(pack, "operative_verbs", prefix),
            matcher_of(pack, "preambular_phrases", prefix),
        ]
        self.pledges = matcher_of(pack, "pledge_phrases")
        self.declared = matcher_of(pack, "declaration_verbs")
        self.imperatives = pack.derived("commitments.imperatives", _imperatives)
        self.passives = matcher_of(pack, "passive_phrases")
        self.passive_openers = matcher_of(pack, "passive_openers")
        self.decided = matcher_of(pack, "decided_phrases")
        self.decided_verbs = matcher_of(pack, "decided_verbs")
        boundary = str(pack.extra.get("clause_boundary", r"[,;]\s+"))
        self.boundary = re.compile(rf"(?:{boundary})$")
        self.connectives = matcher_of(pack, "clause_connectives")
        self.clause_openers = matcher_of(pack, "leading_clause_openers")
        self.addressee_terms = matcher_of(pack, "addressee_terms")
        self.subject_predicates = tuple(fold(word) for word in words_of(pack, "subject_predicates"))
        self.posts = matcher_of(pack, "posts")
        self.held = matcher_of(pack, "held_words")
        self.conjunctions = words_of(pack, "list_conjunctions")
        self.asides = [tuple(fold(word).split()) for word in words_of(pack, "addressee_aside_words")]
        self.inclusion_words = frozenset(words_of(pack, "addressee_inclusion_words"))
        conjunctions = phrases_alternation(self.conjunctions) if self.conjunctions else "(?!)"
        # a conjunction the language writes on the next word ("والمؤسسات"), as the pack's proclitics
        glued = [c for c in self.conjunctions if c in words_of(pack, "proclitics")]
        self.glued = phrases_alternation(glued) if glued else "(?!)"
        joint = rf"\s+(?:(?:{conjunctions})\s|(?:{self.glued})(?=\w))"
        # a list goes on after a name with a comma or a conjunction; its items end at the next
        self.list_joint = re.compile(rf"\s*[,،，、]|{joint}")
        self.list_item = re.compile(rf"[^,،，、;]+?(?=\s*[,،，、;]|{joint}|\s*$)")
        relatives = words_of(pack, "addressee_relatives")
        # set off by commas where a language writes them so ("государства, которые еще не сделали этого,")
        pronoun = rf"(?P<comma>,)?\s+(?:{phrases_alternation(relatives)})\s"
        self.relatives = re.compile(pronoun, re.IGNORECASE) if relatives else None

    # --- verbs ---------------------------------------------------------------

    def verbs(self, paragraph: Paragraph, head: int) -> list[_Verb]:
        """The verbs of a paragraph: the one at its head, then those opening later clauses."""
        opening = self.preamble if paragraph.section == "preamble" else self.operative
        first = opening.match_at(self.view, head, paragraph.span.end)
        found = [_Verb(first, first.span.start)] if first else []
        after = first.span.end if first else head
        for matcher in self.internal:
            for match in matcher.finditer(self.view, after, paragraph.span.end):
                clause = self._clause_start(match.span.start)
                if clause is not None and not self._modifies_the_clause_before(match):
                    found.append(_Verb(match, clause))
        return _first_of_overlaps(found)

    def _modifies_the_clause_before(self, verb: PhraseMatch) -> bool:
        """A state of the issuer ("guided by", "convinced", "aware": actions ``is-...``) right after a bare comma
        inside a paragraph describes what comes before it ("... and its timely conclusion, guided by the principles
        of transparency"); it opens a clause of its own after a conjunction or a connective ("and guided by", the
        pack's ``clause_verb_prefix`` written on it: "وإذ تسترشد") or a semicolon."""
        if not verb.value.startswith(_STATE_ACTION_PREFIX) or self._opens_with_prefix(verb):
            return False
        if self._before_connective(verb.span.start) != verb.span.start:
            return False
        return self.view[: verb.span.start].rstrip().endswith((",", "،", "，"))

    def _opens_with_prefix(self, verb: PhraseMatch) -> bool:
        """Whether a verb inside a paragraph is written with the pack's ``clause_verb_prefix`` ("وإذ تسترشد")."""
        prefix = str(self.pack.extra.get("clause_verb_prefix", "")).strip()
        return bool(prefix) and self.view.startswith(prefix, verb.span.start)

    def pledges_in(self, paragraph: Paragraph, head: int) -> list[_Verb]:
        """The pledges opening a sentence ("We commit to ..."), not those reported inside one, and what else
        the speakers do there (the pack's ``declaration_verbs``: "We recognize ...", "Nous réaffirmons ...")."""
        start, end = paragraph.span.start, paragraph.span.end
        if "(" in (paragraph.number or ""):
            return self._imperatives_in(paragraph, head)
        declared = list(self.declared.finditer(self.view, start, end))
        # "We reaffirm our commitment to ...": the speakers reaffirm, as their declaration verb says; a pledge
        # phrase is the paragraph's verb only where no declaration verb opens it
        opened = {match.span.start for match in declared}
        pledges = [
            match
            for match in self.pledges.finditer(self.view, start, end)
            if match.value == PLEDGE_ACTION and match.span.start not in opened
        ]
        found = [
            _Verb(match, match.span.start)
            for match in [*pledges, *declared]
            if _opens_sentence(self.view, head, self._before_leading_connective(head, match.span.start))
        ]
        # "In this regard, while recalling that ..., with the Office as its coordinator, we urge ...": a
        # declaration verb in the speakers' person after a comma is the main clause a long opening leads to
        found += [_Verb(match, match.span.start) for match in declared if self._after_comma(head, match)]
        found += self._after_speakers(head, end)
        # the speakers' further verbs in the same sentence: "We recognize ..., and urge all parties to comply"
        for verb in list(found):
            found += self._later_imperatives(verb.match.span.end, _sentence_end(self.view, verb.match.span.end, end))
        return _first_of_overlaps(found)

    def _after_comma(self, head: int, match: PhraseMatch) -> bool:
        return head < match.span.start and self.view[head : match.span.start].rstrip().endswith((",", "،", "，"))

    def _after_speakers(self, head: int, end: int) -> list[_Verb]:
        """The verb of a sentence that names its speakers between commas after the pronoun: "We, Heads of State and
        Government ..., are meeting", "Nous, chefs d'État ..., réaffirmons": the first of the pack's
        ``declaration_verbs`` without their pronoun that follows a comma in that sentence."""
        found: list[_Verb] = []
        for pronoun in words_of(self.pack, "we_pronouns"):
            for opening in re.finditer(rf"(?<!\w){re.escape(pronoun)}\s*[,،，]", self.view[head:end], re.IGNORECASE):
                at = head + opening.start()
                if not _opens_sentence(self.view, head, at):
                    continue
                sentence_end = _sentence_end(self.view, at, end)
                verbs = self.imperatives.finditer(self.view, head + opening.end(), sentence_end)
                verb = next((v for v in verbs if self.view[: v.span.start].rstrip().endswith((",", "،", "，"))), None)
                found += [_Verb(verb, verb.span.start)] if verb else []
        return found

    def _before_leading_connective(self, head: int, position: int) -> int:
        """Where a connective and its comma before ``position`` start ("In this regard, we note", "В этой связи
        мы отмечаем"), or a leading clause that one of the pack's ``leading_clause_openers`` opens ("As we rise from
        the General Assembly today, we hold"): a sentence that opens with one opens with the verb after it.
        ``position`` where none."""
        before = self.view[head:position].rstrip()
        comma = before.endswith((",", "،", "，"))
        before = before[:-1].rstrip() if comma else before
        end = head + len(before)
        for match in self.connectives.finditer(self.view, max(head, end - _CONNECTIVE_REACH), end):
            if match.span.end == end:
                return match.span.start
        sentence = _sentence_start(self.view, head, end)
        opener = self.clause_openers.match_at(self.view, sentence, end) if comma else None
        # "As we rise from the General Assembly today, we ...": a leading clause of one piece, up to the comma
        if opener is not None and not _CLAUSE_MARK.search(self.view, opener.span.end, end):
            return sentence
        return position

    def _imperatives_in(self, paragraph: Paragraph, head: int) -> list[_Verb]:
        """The verbs of an item of a declaration that the speakers' "We therefore:" opens: "(a) Recognize ...
        and call upon all Member States to ...", "(b) Welcome ..., and encourage ...": the pack's
        ``declaration_verbs`` without their pronoun, at the item's head and after a clause boundary or a
        conjunction."""
        first = self.imperatives.match_at(self.view, head, paragraph.span.end)
        if first is None:
            return []
        return _first_of_overlaps(
            [_Verb(first, first.span.start), *self._later_imperatives(first.span.end, paragraph.span.end)]
        )

    def _later_imperatives(self, start: int, end: int) -> list[_Verb]:
        """The pack's ``declaration_verbs`` without their pronoun in ``[start, end)`` that open a clause of their
        own, after a clause boundary or a conjunction ("..., and call upon", "... and encourage")."""
        found = []
        for match in self.imperatives.finditer(self.view, start, end):
            before = self.view[max(0, match.span.start - 12) : match.span.start]
            clause = self._clause_start(match.span.start)
            joined = any(re.search(rf"\s{re.escape(word)}\s+$", before) for word in self.conjunctions)
            if clause is not None or joined:
                found.append(_Verb(match, match.span.start if clause is None else clause))
        return found

    def _clause_start(self, verb_start: int) -> int | None:
        """Where the clause of a verb inside a paragraph starts, if a clause boundary precedes it, also with a
        connective of the pack between them (", and in that regard urges", "и в этой связи призывает")."""
        end = self._before_connective(verb_start)
        before = self.view[max(0, end - 12) : end]
        match = self.boundary.search(before)
        return end - len(match.group()) if match else None

    def _before_connective(self, position: int) -> int:
        """Where a connective of the pack's ``clause_connectives`` that ends right before ``position`` starts;
        ``position`` where none does."""
        window = max(0, position - _CONNECTIVE_REACH)
        for match in self.connectives.finditer(self.view, window, position):
            if not self.view[match.span.end : position].strip():
                return match.span.start
        return position

    # --- commitments -----------------------------------------------------------

    def commitments(self, paragraph: Paragraph, head: int, issuer: Mention | None) -> list[Commitment]:
        verbs = (
            self.pledges_in(paragraph, head)
            if paragraph.section in ("annex", DECLARATION_SECTION)
            else self.verbs(paragraph, head)
        )
        found = []
        for index, verb in enumerate(verbs):
            clause_end = verbs[index + 1].clause_start if index + 1 < len(verbs) else paragraph.span.end
            commitment = self._commitment(verb.match, clause_end, paragraph, issuer)
            if commitment and paragraph.section == DECLARATION_SECTION and commitment.action == SELF_RESOLVE_ACTION:
                commitment = replace(commitment, force=force_of(PLEDGE_ACTION) or commitment.force)
            if commitment:
                found.append(commitment)
        return found

    def statement(self, paragraph: Paragraph, head: int, issuer: Mention | None) -> Commitment | None:
        """What the speakers of a declaration state in a numbered paragraph that opens with no verb of theirs
        ("Born out of the horrors of the Second World War, the United Nations ..."): their statement of a fact or
        a position, declaratory (:data:`STATED_ACTION`), from the paragraph's head to its first sentence's end."""
        end = _sentence_end(self.view, head, paragraph.span.end)
        if not self.view[head:end].strip():
            return None
        return self._commitment(PhraseMatch(Span(head, head), "", STATED_ACTION), end, paragraph, issuer)

    def asked_in_item(self, lead: Commitment, item: Paragraph, head: int) -> list[Commitment]:
        """Those a paragraph asks in its lettered items: "Encourages: (a) Member States to ...; (b) The United
        Nations system to ...". The lead's verb asks no one and ends its paragraph with a colon; an item with no
        verb of its own that opens with those asked is the lead's commitment to them."""
        lead_paragraph = lead.paragraph.span.of(self.view) if lead.paragraph else ""
        if lead.force not in ADDRESSED_FORCES or lead.addressees or not lead_paragraph.rstrip().endswith(LEAD_COLONS):
            return []
        end = item.span.end
        addressees = self._opening_addressees(head, end)
        if not addressees:
            return []
        return [
            Commitment(
                span=Span(head, end), action=lead.action, force=lead.force, issuer=lead.issuer,
                addressees=addressees, deadline=self.deadline_in(head, end, lead.issuer, addressees),
                instruments=tuple(self.instruments_in(head, end)), paragraph=item,
                cycle=find_cycle(self.text, self.pack, head, end),
            )
        ]  # fmt: skip

    def _opening_addressees(self, head: int, end: int) -> tuple[Mention, ...]:
        """Those asked an item opens with, after at most an article ("The", "A los"); none where it opens
        otherwise."""
        addressees = self.addressees(head, end)
        leading = self.view[head : addressees[0].span.start].strip().casefold() if addressees else None
        openers = (*words_of(self.pack, "list_articles"), *words_of(self.pack, "addressee_openers"))
        return addressees if leading in ("", *(word.casefold() for word in openers)) else ()

    def continued_in_item(self, lead: Commitment, item: Paragraph, head: int) -> list[Commitment]:
        """A lettered item that carries on the clause of a lead that names those it asks: "Urges all States: (a) To
        take all measures ...; (b) To ensure ...", "Exhorte tous les États : a) À prendre ...". With no verb of its
        own and no one else named at its head, the item is what the lead asks them: the lead's act, to the lead's
        addressees, due when the item says."""
        lead_paragraph = lead.paragraph.span.of(self.view) if lead.paragraph else ""
        if (
            lead.force not in ADDRESSED_FORCES
            or not lead.addressees
            or not lead_paragraph.rstrip().endswith(LEAD_COLONS)
        ):
            return []
        end = item.span.end
        if self._opening_addressees(head, end):
            return []  # others named where the act should open: no clause of the lead's
        return [
            replace(
                lead, span=Span(head, end), paragraph=item, verb=None,
                deadline=self.deadline_in(head, end, lead.issuer, lead.addressees),
                instruments=tuple(self.instruments_in(head, end)), cycle=find_cycle(self.text, self.pack, head, end),
            )
        ]  # fmt: skip

    def completing_lead(self, lead: Commitment, item: Paragraph, head: int) -> Commitment:
        """A numbered paragraph that completes the clause of the unnumbered lead above it: "Resolves that: 1. The
        Working Capital Fund shall be established ...; 2. Member States shall make advances ...; 5. The
        Secretary-General is authorized to advance ...". It is the lead's act (its action and force), binding the
        actors it opens with."""
        end = item.span.end
        known = self._actors(head, _sentence_end(self.view, head, end))
        opening = self.view[head : known[0].span.start].strip().casefold() if known else None
        articles = ("", *(word.casefold() for word in words_of(self.pack, "list_articles")))
        addressees = (known[0],) if known and opening in articles else ()
        if not addressees:  # "Should the provision prove inadequate, the Secretary-General is authorized to"
            subject = self.clause_subject(head, _sentence_end(self.view, head, end))
            addressees = (subject,) if subject else ()
        return Commitment(
            span=Span(head, end), action=lead.action, force=lead.force, issuer=lead.issuer, addressees=addressees,
            deadline=self.deadline_in(head, end, lead.issuer, addressees),
            instruments=tuple(self.instruments_in(head, end)), paragraph=item,
            cycle=find_cycle(self.text, self.pack, head, end),
        )  # fmt: skip

    def due_in_item(self, lead: Commitment, item: Paragraph, head: int) -> Commitment | None:
        """The lead with the deadline one of its lettered items states: "Decides that the forums: ... (c) Shall take
        place during the first semester of the year 2022", "Décide que les forums : ... c) Se tiendront au cours du
        premier semestre de 2022". An item with no verb of its own completes the lead's clause, so what it
        sets a date for is the lead's; the lead's own deadline, where it states one, stands."""
        lead_paragraph = lead.paragraph.span.of(self.view) if lead.paragraph else ""
        if lead.deadline is not None or not lead_paragraph.rstrip().endswith(LEAD_COLONS):
            return None
        deadline = self.deadline_in(head, item.span.end, lead.issuer, lead.addressees)
        return replace(lead, deadline=deadline) if deadline is not None else None

    def statements(self, paragraph: Paragraph, head: int, author: Mention | None = None) -> list[Commitment]:
        """What a report's author or a body asks in its own name, in a narrative paragraph: "The
        Secretary-General recommends that Member States ...", "La Segunda Comisión recomienda a la Asamblea
        General que ...", "第三委员会建议大会通过", "يوصي الأمين العام بأن ...". Only verbs that ask someone
        to act count: a report's narrative is full of "notes" and "recalls" of others."""
        found: list[Commitment] = []
        for verb in self.operative.finditer(self.view, head, paragraph.span.end):
            if force_of(verb.value) not in STATEMENT_FORCES or (found and verb.span.start < found[-1].span.end):
                continue  # a verb inside a recommendation is what it recommends: "建议大会通过"
            sentence = _sentence_start(self.view, head, verb.span.start)
            subject = self._subject(sentence, verb)
            if subject is None:
                continue
            commitment = self._commitment(verb, _sentence_end(self.view, verb.span.end, paragraph.span.end),
                                          paragraph, subject)  # fmt: skip
            if commitment:
                others = tuple(a for a in commitment.addressees if a.span != subject.span)
                found.append(replace(commitment, addressees=others))
        if author is not None:
            found.extend(self._passive_statements(paragraph, head, author, found))
        return sorted(found, key=lambda commitment: commitment.span.start)

    def decisions(self, body: Mention | None) -> list[Commitment]:
        """A decision of a body, told in the past: "the General Assembly, on the recommendation of the Second
        Committee, decided to take note of the report ... and to request the Secretary-General to ...", "قررت
        الجمعية العامة ... أن تحيط علما ...، وأن تطلب إلى الأمين العام أن". The sentence is the body's decision
        (the pack's ``decided_phrases``); each request it makes (``decided_verbs``: "to request", "وأن تطلب إلى")
        is a commitment of its own, with its addressees and deadline."""
        found: list[Commitment] = []
        for verb in self.decided.finditer(self.view, 0, len(self.view)):
            blank = list(_BLANK_LINE.finditer(self.view, 0, verb.span.start))
            sentence = _sentence_start(self.view, blank[-1].end() if blank else 0, verb.span.start)
            end = _sentence_end(self.view, verb.span.end, len(self.view))
            paragraph = Paragraph(Span(sentence, end), "operative")
            inner = list(self.decided_verbs.finditer(self.view, verb.span.end, end))
            issuer = self._decider(sentence, verb, inner[0].span.start if inner else end) or body
            decision = self._commitment(verb, end, paragraph, issuer)
            if decision and inner:  # what the decision asks is due when its requests say, not the decision
                decision = replace(decision, deadline=self.deadline_in(verb.span.end, inner[0].span.start, issuer))
            found.extend([decision] if decision else [])
            for index, request in enumerate(inner):
                clause_end = inner[index + 1].span.start if index + 1 < len(inner) else end
                commitment = self._commitment(request, clause_end, paragraph, issuer)
                found.extend([commitment] if commitment else [])
        return found

    def _decider(self, sentence: int, verb: PhraseMatch, end: int) -> Mention | None:
        """The body that decided: the last one named before the verb ("the General Assembly, on the recommendation
        of the Second Committee, decided" names two: the first is the subject), or, where the verb opens the
        sentence ("قررت الجمعية العامة"), the one right after it."""
        if not self.view[sentence : verb.span.start].strip():
            after = resolve.find_mentions(self.text, self.language, start=verb.span.end, end=end, kinds=(Kind.UN_BODY,))
            return after[0] if after else None
        before = resolve.find_mentions(self.text, self.language, start=sentence, end=verb.span.start,
                                       kinds=(Kind.UN_BODY,))  # fmt: skip
        return before[0] if before else None

    def _passive_statements(
        self, paragraph: Paragraph, head: int, author: Mention, stated: list[Commitment]
    ) -> list[Commitment]:
        """What a report asks with no speaker named: "Member States are encouraged to ...", "Se alienta a los
        Estados Miembros a que ...", "鼓励会员国 ...". The report speaks, so its author asks; those asked stand
        before the phrase (its subject) or after it."""
        found: list[Commitment] = []
        for verb in self._passive_verbs(paragraph, head):
            if any(c.span.start <= verb.span.start < c.span.end for c in [*stated, *found]):
                continue  # inside what a named speaker recommends: "recommends that States be encouraged to"
            sentence = _sentence_start(self.view, head, verb.span.start)
            end = _sentence_end(self.view, verb.span.end, paragraph.span.end)
            commitment = self._commitment(verb, end, paragraph, author)
            if commitment is None:
                continue
            # Those asked stand before the phrase ("Member States are encouraged to cooperate with UN-Habitat": a
            # partner follows) or, where none does, after it ("Se alienta a los Estados Miembros a que").
            subjects = self._subjects(sentence, verb.span.start)
            addressees = tuple(_without_overlaps(subjects or commitment.addressees))
            found.append(replace(commitment, span=Span(sentence, commitment.span.end), addressees=addressees))
        return found

    def _passive_verbs(self, paragraph: Paragraph, head: int) -> list[PhraseMatch]:
        """The pack's ``passive_phrases`` anywhere, and its ``passive_openers`` where they open a sentence (a
        verb with no subject: "鼓励会员国", "تُشجَّع الدول الأعضاء")."""
        end = paragraph.span.end
        openers = [
            match
            for match in self.passive_openers.finditer(self.view, head, end)
            if not self.view[_sentence_start(self.view, head, match.span.start) : match.span.start].strip()
        ]
        chosen: list[PhraseMatch] = []
        for match in sorted([*self.passives.finditer(self.view, head, end), *openers], key=lambda m: m.span.start):
            if not chosen or match.span.start >= chosen[-1].span.end:
                chosen.append(match)
        return chosen

    def _subjects(self, sentence: int, verb_start: int) -> list[Mention]:
        """The actors of the clause before a passive verb: "In this regard, | Member States are encouraged"."""
        boundaries = list(re.finditer(r"[,،，;；]", self.view[sentence:verb_start]))
        start = sentence + boundaries[-1].end() if boundaries else sentence
        known = resolve.find_mentions(self.text, self.language, start=start, end=verb_start, kinds=ADDRESSEE_KINDS)
        return self._candidates(known, start, verb_start)

    def _subject(self, sentence: int, verb: PhraseMatch) -> Mention | None:
        """The actor that speaks: named right before the verb after at most an article ("The
        Secretary-General recommends"), or right after a verb that opens the sentence ("يوصي الأمين العام")."""
        before = resolve.find_mentions(self.text, self.language, start=sentence, end=verb.span.start,
                                       kinds=SUBJECT_KINDS)  # fmt: skip
        if before:
            last = before[-1]
            lead = self.view[sentence : last.span.start].split()
            if len(lead) <= 1 and not self.view[last.span.end : verb.span.start].strip():
                return last
        if self.view[sentence : verb.span.start].strip():
            return None
        reach = min(len(self.text), verb.span.end + ADDRESSEE_REACH)
        after = resolve.find_mentions(self.text, self.language, start=verb.span.end, end=reach, kinds=SUBJECT_KINDS)
        if after and not self.view[verb.span.end : after[0].span.start].strip():
            return after[0]
        return None

    def _commitment(
        self, verb: PhraseMatch, end: int, paragraph: Paragraph, issuer: Mention | None
    ) -> Commitment | None:
        force = force_of(verb.value)
        if force is None:
            return None
        start = verb.span.start
        end = start + len(self.view[start:end].rstrip().rstrip(",;،؛，；"))
        addressees = self.addressees(verb.span.end, end, verb.value) if force in ADDRESSED_FORCES else ()
        if force == DECIDED_FORCE and self._opens_a_complement(verb.span.end):
            subject = self.clause_subject(verb.span.end, _sentence_end(self.view, verb.span.end, end))
            addressees = (subject,) if subject else ()
        return Commitment(
            span=Span(start, end),
            action=verb.value,
            force=force,
            issuer=issuer,
            addressees=addressees,
            deadline=self.deadline_in(verb.span.end, end, issuer, addressees),
            instruments=tuple(self.instruments_in(start, end)),
            paragraph=paragraph,
            verb=verb.span,
            cycle=find_cycle(self.text, self.pack, verb.span.end, end),
        )

    def clause_subject(self, start: int, end: int) -> Mention | None:
        """The actor a clause binds where it is the clause's subject, told what it shall do or may do: named
        where a clause opens (at ``start``, after a comma or a complementizer, with at most an article before it)
        and followed at once by one of the pack's ``subject_predicates`` ("the Secretary-General is authorized",
        ", the President of the General Assembly will"). The first such actor, or None."""
        if not self.subject_predicates:
            return None
        for mention in self._candidates(self._actors(start, end), start, end):
            if self._opens_a_clause(start, mention.span.start) and self._predicate_follows(mention.span.end, end):
                return mention
        return None

    def _opens_a_clause(self, start: int, position: int) -> bool:
        """Whether ``position`` opens a clause: only an article stands between it and ``start``, a comma or a
        word of the pack's ``lead_complementizers``."""
        words = fold(self.view[start:position]).split()
        articles = {fold(word) for word in words_of(self.pack, "list_articles")}
        while words and words[-1] in articles:
            words.pop()
        complementizers = {fold(word) for word in words_of(self.pack, "lead_complementizers")}
        return not words or words[-1].endswith(",") or words[-1] in complementizers

    def _predicate_follows(self, position: int, end: int) -> bool:
        after = " ".join(fold(self.view[position : min(end, position + _PREDICATE_REACH)]).split())
        return any(after == word or after.startswith(f"{word} ") for word in self.subject_predicates)

    def _opens_a_complement(self, position: int) -> bool:
        """Whether a complementizer follows a verb ("Decides that"), opening the clause it decides."""
        words = fold(self.view[position : position + _PREDICATE_REACH]).split()
        complementizers = {fold(word) for word in words_of(self.pack, "lead_complementizers")}
        return bool(words) and words[0].rstrip(",") in complementizers

    def addressees(self, start: int, end: int, action: str = "") -> tuple[Mention, ...]:
        """Who is asked: the known actors between the verb and the infinitive it governs, narrowed by the
        clause that qualifies them ("States that have not done so"), and the unknown ones listed with them
        ("Member States, financial institutions and other organizations to") or, after a verb that only asks
        ("calls upon our people to"), in their place."""
        candidates = self._candidates(self._actors(start, end), start, end)
        # a marker inside a name or a collective term ends no addressee: "High Commissioner for Human Rights",
        # "parties to armed conflict"
        names = {(m.span.start, m.span.end) for m in candidates}
        limit = self._listed_limit(candidates, names, self._addressee_limit(start, end), end)
        named = self._candidates(self._actors(start, limit), start, limit)
        known = self._qualified(self._outside_relatives(named, start), end)
        known = [self._qualified_before(known[0], start), *known[1:]] if known else known
        # the list goes on after the last one named, asked or inside a relative clause ("..., ainsi que toutes les
        # parties prenantes")
        last = max((m.span.end for m in [*known, *named]), default=None)
        if known or last is not None:
            found = (*known, *self._unnamed_items(last or start, end, listed=True))
        else:
            found = self._unnamed_items(start, end, listed=False, anyone=action in ONLY_ASKING_ACTIONS)
            found = found or self._collective_phrase(start, end)
        return self._with_elided_heads(found, start, end)

    def _collective_phrase(self, start: int, end: int) -> tuple[Mention, ...]:
        """Those asked in common words, as one collective up to the infinitive or an aside's comma, where one of
        the pack's ``addressee_collective_heads`` is its first or last word: "Invites relevant human rights
        mechanisms and procedures, as appropriate, to", "Invite les mécanismes et procédures pertinents à"."""
        heads = {fold(word) for word in words_of(self.pack, "addressee_collective_heads")}
        stop = self._infinitive_at(start, end)
        if not heads or stop >= end:
            return ()
        phrase = re.split(r"[,;:،，、(]", self.view[start:stop], maxsplit=1)[0]
        words = self._without_openers(phrase.split())
        if not words or len(words) > _LIST_ITEM_WORDS or any(c.isdigit() for c in phrase):
            return ()
        joiners = {fold(word) for word in words_of(self.pack, "name_joiners")}
        if not ({fold(words[0]), fold(words[-1])} & heads) or self._is_name(words):
            return ()
        if any(fold(word) in joiners for word in words):
            return ()  # "the strengthening of institutions": a noun phrase on something, no one asked
        first = self.view.index(words[0], start)
        last = self.view.rindex(words[-1], first, start + len(phrase)) + len(words[-1])
        span = Span(first, last)
        return (Mention(span, span.of(self.text), GENERIC_ADDRESSEE_KIND, name=_name_of(span.of(self.text))),)

    def _with_elided_heads(self, found: tuple[Mention, ...], start: int, end: int) -> tuple[Mention, ...]:
        """Those asked whose noun a list writes once, after the last of their modifiers (the pack's
        ``addressee_modifiers``): "intergovernmental, international and non-governmental organizations" asks
        intergovernmental and international organizations too; or, where modifiers follow their noun, once before
        the first: "les organisations intergouvernementales, internationales et non gouvernementales"."""
        if not found or not words_of(self.pack, "addressee_modifiers"):
            return found
        stop = self._infinitive_at(found[-1].span.end, end)
        edges = [start, *(m.span.end for m in found)]
        added: list[Mention] = []
        for index, gap_start in enumerate(edges):
            gap_end = found[index].span.start if index < len(found) else stop
            modifiers = self._modifiers_only(gap_start, gap_end)
            if not modifiers:
                continue
            following = found[index] if index < len(found) else None
            preceding = found[index - 1] if index > 0 else None
            head = self._head_after_modifier(following) if following else None
            for modifier in modifiers:
                if head:
                    name = f"{modifier.group()} {head}"
                elif preceding and (noun := self._head_before_modifier(preceding)):
                    name = f"{noun} {modifier.group()}"
                else:
                    continue
                span = Span(modifier.start(), modifier.end())
                added.append(Mention(span, span.of(self.text), GENERIC_ADDRESSEE_KIND, name=_name_of(name)))
        return tuple(sorted([*found, *added], key=lambda m: m.span.start)) if added else found

    def _modifier_pattern(self) -> re.Pattern[str]:
        def make(pack: LanguagePack) -> re.Pattern[str]:
            return re.compile(rf"(?<!\w)(?:{phrases_alternation(words_of(pack, 'addressee_modifiers'))})(?!\w)",
                              re.IGNORECASE)  # fmt: skip

        return self.pack.derived("clauses.addressee_modifiers", make)

    def _modifiers_only(self, start: int, end: int) -> list[re.Match[str]]:
        """The modifiers of ``view[start:end]`` where nothing else stands there but commas, conjunctions,
        articles and asides the pack's ``addressee_parentheticals`` name ("and, as appropriate, intergovernmental,
        international and")."""
        if start >= end:
            return []
        modifiers = list(self._modifier_pattern().finditer(self.view, start, end))
        rest = self._modifier_pattern().sub(" ", self.view[start:end])
        fillers = (*words_of(self.pack, "addressee_parentheticals"), *self.conjunctions,
                   *words_of(self.pack, "list_articles"))  # fmt: skip
        for filler in sorted(fillers, key=len, reverse=True):
            pattern = r"\s+".join(re.escape(word) for word in filler.split())  # "as \nappropriate": a wrapped line
            rest = re.sub(rf"(?<!\w){pattern}(?!\w)", " ", rest, flags=re.IGNORECASE)
        return modifiers if modifiers and not rest.strip(" \n,،，、") else []

    def _head_after_modifier(self, mention: Mention) -> str | None:
        """The noun a mention writes after its own first modifier ("non-governmental | organizations")."""
        words = " ".join(mention.text.split())
        opening = self._modifier_pattern().match(words)
        rest = words[opening.end() :].strip() if opening else ""
        return rest if rest and not self._modifier_pattern().fullmatch(rest) else None

    def _head_before_modifier(self, mention: Mention) -> str | None:
        """The noun a mention writes before its last modifier ("organisations | intergouvernementales"), less its
        articles."""
        words = " ".join(mention.text.split())
        closing = [m for m in self._modifier_pattern().finditer(words) if m.end() == len(words)]
        rest = words[: closing[0].start()].strip() if closing else ""
        kept = self._without_openers(rest.split())
        return " ".join(kept) if kept else None

    def _qualified_before(self, mention: Mention, start: int) -> Mention:
        """Where a language writes what narrows a collective before it, with a mark of the pack's
        ``addressee_relatives_before`` ("尚未这样做的 | 国家"): the collective with those words, from the verb on."""
        marks = words_of(self.pack, "addressee_relatives_before")
        before = self.view[start : mention.span.start]
        opening = start + len(before) - len(before.lstrip())
        if mention.kind not in COLLECTIVE_KINDS or not before.strip() or not before.rstrip().endswith(marks or ("\0",)):
            return mention
        if _CLAUSE_MARK.search(before) or any(mark in before for mark in "、，"):
            return mention
        span = Span(opening, mention.span.end)
        return _narrowed(mention, span, self.text)

    def _outside_relatives(self, found: list[Mention], start: int) -> list[Mention]:
        """Those not named inside a relative clause that qualifies others: "invites non-governmental organizations
        that are in consultative status with the Economic and Social Council, as well as ..." does not ask the
        Council. The clause runs from its pronoun to the next comma."""
        if self.relatives is None:
            return found
        kept = []
        for mention in found:
            before = self.view[start : mention.span.start]
            # a pronoun right after the verb opens what it says, not a relative clause: "Recommends that States ..."
            pronouns = [m for m in self.relatives.finditer(before) if not m["comma"] and before[: m.start()].strip()]
            if not pronouns or _CLAUSE_MARK.search(before, pronouns[-1].end()):
                kept.append(mention)
        return kept

    def _qualified(self, found: list[Mention], end: int) -> list[Mention]:
        """Those asked as the words up to the infinitive narrow them: a collective and a relative clause ("States
        that have not done so to", "les États qui ne l'ont pas encore fait à"), a post and the body it is of ("the
        Chair of the Committee on the Protection of the Rights of All Migrant Workers to"). One addressee each;
        the actors named inside are not asked. A comma before the infinitive makes no such phrase ("Reminds all
        States that all persons, including migrants, ...")."""
        chosen: list[Mention] = []
        for mention in found:
            if chosen and mention.span.end <= chosen[-1].span.end:
                continue  # named inside the words that narrow the one before
            # the infinitive after the relative pronoun, which may be written as one ("los Estados que ... a que")
            relative = self.relatives.match(self.view, mention.span.end) if self.relatives else None
            stop = self._infinitive_at(relative.end() if relative else mention.span.end, end)
            tail = self.view[mention.span.end : stop].rstrip()
            if relative and relative["comma"]:  # the clause closes with a comma too, right before the infinitive
                tail = tail[:-1].rstrip() if tail.endswith(",") else ","
            # a body named by its kind alone ("Director of the Fund") is the post's own, as an unknown one is
            named = any(
                mention.span.end <= other.span.start < stop and not self._is_short_name(other) for other in found
            )
            inner = tail[1:] if relative and relative["comma"] else tail
            if stop < end and not _CLAUSE_MARK.search(inner) and self._narrows(mention, tail, named):
                span = Span(mention.span.start, mention.span.end + len(tail))
                mention = _narrowed(mention, span, self.text)
            chosen.append(mention)
        return chosen

    def _is_short_name(self, mention: Mention) -> bool:
        """Whether a mention is a body named by its kind alone ("the Centre"), the pack's short name."""
        match = self.short_names.matcher.match_at(self.view, mention.span.start, mention.span.end)
        return match is not None and match.span.end == mention.span.end

    def _narrows(self, mention: Mention, tail: str, named: bool) -> bool:
        """Whether ``tail`` narrows ``mention``: a relative clause after a collective, or, after a post, the name
        of a body no gazetteer knows (``named`` where one is known there: "the Director General of the
        International Organization for Migration" asks both), a joiner of the pack's ``name_joiners`` then
        capitalised words and joiners."""
        if mention.kind in COLLECTIVE_KINDS:
            # a name in the clause is what it is about ("that were accredited to the Conference"): too long to tell
            capitalised = any(word[:1].isupper() for word in tail.split())
            return self.relatives is not None and self.relatives.match(tail) is not None and not capitalised
        if mention.kind != Kind.POST or named:
            return False
        words = tail.split()
        joiners = {*words_of(self.pack, "name_joiners"), *words_of(self.pack, "list_articles"),
                   *self.conjunctions}  # fmt: skip
        return (
            len(words) > 1
            and words[0] in words_of(self.pack, "name_joiners")
            and any(word[:1].isupper() for word in words)
            and all(word[:1].isupper() or word in joiners for word in words)
        )

    def _unnamed_items(self, start: int, end: int, *, listed: bool, anyone: bool = True) -> tuple[Mention, ...]:
        """The collectives no gazetteer knows, as items of a list up to the infinitive: after the last known
        addressee where the list goes on (``listed``: ", financial institutions and other organizations to"), or
        right after the verb ("call upon our youth, artists and poets to"), or, unless ``anyone``, only the names
        among them ("invites the institutions, as well as the Global Alliance of National Human Rights
        Institutions, to"); items of a few words, none of which opens an aside ("as appropriate")."""
        stop = self._infinitive_at(start, end)
        if stop >= end or (listed and not self.list_joint.match(self.view, start, stop)):
            return ()
        found: list[Mention] = []
        parentheticals = {fold(w) for w in words_of(self.pack, "addressee_parentheticals")}
        for item in self.list_item.finditer(self.view, start, stop):
            words = self._without_openers(re.sub(rf"^\s*(?:{self.glued})(?=\w)", "", item.group()).split())
            if fold(" ".join(words)) in parentheticals or self._modifier_pattern().fullmatch(" ".join(words)):
                continue  # "and, as appropriate, ...", "intergovernmental, | international and ...": no item
            while words and words[-1] in self.conjunctions:  # "national institutions and, as appropriate, ..."
                words = words[:-1]
            # "the biennial Kestrel Water Forum", "the second meeting of the Regional Network for ...": the name
            words = self._name_ending(words)
            named = self._is_name(words)  # a name may hold an aside's word: "Committee on Contributions"
            if not words or not (named or self._opens_a_list_item(words)) or any(c.isdigit() for c in item.group()):
                break
            if not (anyone or named):
                continue
            first = self.view.index(words[0], item.start())
            last = self.view.rindex(words[-1], first, item.end()) + len(words[-1])
            span = Span(first, last)
            found.append(Mention(span, span.of(self.text), GENERIC_ADDRESSEE_KIND, name=_name_of(span.of(self.text))))
        return tuple(found)

    def _name_ending(self, words: list[str]) -> list[str]:
        """The proper name that ends an item after lower-case words only, where one does: "biennial | Kestrel
        Water Forum", "second meeting of the | Regional Network for Coastal Safety"; else the item's words."""
        if self._is_name(words):
            return words
        for index in range(1, len(words) - 1):
            if words[index][:1].isupper():
                tail = words[index:]
                lower = all(word[:1].islower() for word in words[:index])
                return tail if lower and self._is_name(tail) else words
        return words

    def _is_name(self, words: list[str]) -> bool:
        """Whether words are a proper name of several words: each capitalised but the pack's joiners ("Global Alliance
        of National Human Rights Institutions")."""
        joiners = {*words_of(self.pack, "name_joiners"), *words_of(self.pack, "list_articles")}
        return len(words) > 1 and words[0][:1].isupper() and all(w[:1].isupper() or w in joiners for w in words)

    def _without_openers(self, words: list[str]) -> list[str]:
        """The words of an item of a list of those asked without the words that open it: a conjunction, an
        article or the pack's ``addressee_openers`` ("and the", "aux", "a los"), and its
        ``addressee_inclusion_words`` ("including")."""
        keys = ("list_conjunctions", "list_articles", "addressee_openers", "addressee_inclusion_words")
        openers = sorted({tuple(w.split()) for key in keys for w in words_of(self.pack, key)}, key=len, reverse=True)
        while words:
            opening = next((o for o in openers if o and tuple(words[: len(o)]) == o), None)
            if opening is None:
                return words
            words = words[len(opening) :]
        return words

    def _infinitive_at(self, start: int, end: int) -> int:
        """Where the infinitive that closes the addressees stands: the first of the pack's
        ``addressee_end_markers`` that is a word (" to ", not ",") or of its ``addressee_infinitive_markers``
        (" إلى "), not before an article (a preposition: "accredited to the Conference") or a capitalised word (inside
        a name: "Network for Coastal Safety"), or its
        ``addressee_end_pattern``; ``end`` where none does."""
        limit = min(end, start + ADDRESSEE_REACH)
        articles = tuple(f"{article} " for article in words_of(self.pack, "list_articles"))
        positions = [
            match.start()
            for marker in (
                *words_of(self.pack, "addressee_end_markers"),
                *words_of(self.pack, "addressee_infinitive_markers"),
            )
            if marker.strip(" ,،，")
            # a line may break at the marker's spaces: "..., as appropriate, \nto address"
            for match in re.finditer(re.escape(marker).replace(r"\ ", r"\s"), self.view[start:limit])
            if self.view[start : start + match.start()].strip()  # a marker that opens the phrase opens those asked
            and not self.view.startswith(articles, start + match.end())
            # a capitalised word after it: inside a name ("Regional Network for Coastal Safety to")
            and not self.view[start + match.end() : start + match.end() + 1].isupper()
        ]
        positions = [start + position for position in positions]
        pattern = self.pack.extra.get("addressee_end_pattern")
        first_word = start + len(self.view[start:limit]) - len(self.view[start:limit].lstrip())
        verb = self._joined().search(re.compile(pattern), first_word, limit) if isinstance(pattern, str) else None
        positions += [verb] if verb is not None else []
        return min(positions, default=end)

    def _actors(self, start: int, end: int) -> list[Mention]:
        """The resolver's actors in ``[start, end)`` and the bodies named there by a short name ("the Council")."""
        known = resolve.find_mentions(self.text, self.language, start=start, end=end, kinds=ADDRESSEE_KINDS)
        return _without_overlaps([*known, *self.short_names.find(start, end)])

    def _candidates(self, known: list[Mention], start: int, end: int) -> list[Mention]:
        """The resolver's actors and the pack's collective addressees and posts in ``[start, end)``."""
        structural = [
            Mention(
                m.span,
                m.span.of(self.text),
                Kind.POST if matcher is self.posts else GENERIC_ADDRESSEE_KIND,
                name=m.value,
            )
            for matcher in (self.addressee_terms, self.posts)
            for m in matcher.finditer(self.view, start, end)
        ]
        structural += self._with_proclitics(start, end)
        # a term that ends inside a known name has cut it: "tous les [États] parties" asks the States Parties
        structural = [t for t in structural if not any(k.span.start < t.span.end < k.span.end for k in known)]
        return _without_overlaps([*known, *structural])

    def _listed_limit(self, candidates: list[Mention], names: set[tuple[int, int]], limit: int, end: int) -> int:
        """The end of the addressees, moved past a proper name that a marker falls inside ("High Commissioner
        for Human Rights | to") and past the next names of a list ("Китаю, | Индии и Российской Федерации")."""
        for mention in candidates:
            inside = mention.span.start < limit < mention.span.end and (mention.span.start, mention.span.end) in names
            if inside or (mention.span.start >= limit and self._joins_a_list(self.view[limit : mention.span.start])):
                limit = self._addressee_limit(mention.span.end - 1, end)
        return limit

    def _joins_a_list(self, between: str) -> bool:
        """Whether the text between two names joins them in a list: a comma or a conjunction first."""
        if self.pack.extra.get("word_boundaries", True) is False:
            # no spaces: "，提交" is a comma and a verb, not a short word of a list ("开发署、儿基会和卫生组织")
            return between.strip(" ,，、") in ("", *self.conjunctions)
        words = between.strip(" ,،，、").split()
        opens = between.lstrip()[:1] in (",", "،", "，", "、") or (bool(words) and words[0] in self.conjunctions)
        return opens and (
            _LIST_JOINT.fullmatch(between) is not None
            or self._opens_a_list_item(words)
            or self._unknown_items_between(between)
        )

    def _unknown_items_between(self, between: str) -> bool:
        """Whether the text between two names is items of the same list that no gazetteer knows, each a few
        words that open no aside, after an inclusion word: "the United Nations system, | including funds,
        programmes and | specialized agencies"."""
        pieces = [piece.split() for piece in re.split(r"[,،，、]", between) if piece.strip()]
        inclusion = tuple(f"{word} " for word in self.inclusion_words)
        if len(pieces) < 2 or not any(f"{' '.join(words_)} ".startswith(inclusion) for words_ in pieces):
            return False
        items = [self._without_openers(words_) for words_ in pieces]
        return all(self._opens_a_list_item(item) for item in items if item)

    def _opens_a_list_item(self, words: list[str]) -> bool:
        """Whether the words before a name make an item of a list of addressees with it ("..., organizations of
        | the United Nations system", "other international and regional organizations and | civil society"): a few
        words, none of the pack's ``addressee_aside_words`` that open an aside ("in accordance with its mandate and
        the rules of procedure of | the General Assembly") or a clause."""
        asides = self.asides
        if not asides or len(words) > _LIST_ITEM_WORDS or any(mark in " ".join(words) for mark in ",;:،؛"):
            return False
        folded = [fold(word) for word in words]
        return not any(
            folded[index : index + len(aside)] == list(aside) for index in range(len(folded)) for aside in asides
        )

    def _with_proclitics(self, start: int, end: int) -> list[Mention]:
        """Addressee terms glued to a proclitic ("والوكالات المتخصصة"): the term without it."""
        found = []
        for proclitic in words_of(self.pack, "proclitics"):
            for match in re.finditer(rf"(?<!\w){re.escape(proclitic)}(?=\w)", self.view[start:end]):
                term = self.addressee_terms.match_at(self.view, start + match.end(), end, glued=True)
                if term:
                    found.append(Mention(term.span, term.span.of(self.text), GENERIC_ADDRESSEE_KIND, name=term.value))
        return found

    def _addressee_limit(self, start: int, end: int) -> int:
        """Where the addressees end: at a word of the pack's ``addressee_end_markers`` (" to "), or at the
        verb its ``addressee_end_pattern`` describes (Russian infinitives: "Генерального секретаря | представить")."""
        limit = min(end, start + ADDRESSEE_REACH)
        for marker in words_of(self.pack, "addressee_end_markers"):
            position = self.view.find(marker, start + 1, limit)
            if position > start:
                limit = position
        pattern = self.pack.extra.get("addressee_end_pattern")
        verb = self._joined().search(re.compile(pattern), start + 1, limit) if isinstance(pattern, str) else None
        return verb if verb is not None else limit

    def _joined(self) -> JoinedView:
        if self._joined_view is None:
            self._joined_view = JoinedView(self.view, soft_breaks(self.text))
        return self._joined_view

    def deadline_in(
        self, start: int, end: int, issuer: Mention | None, addressees: tuple[Mention, ...] = ()
    ) -> Deadline | None:
        """A day or year after a deadline word (:mod:`kg.text.deadlines`), or a session ("at its 73rd session")."""
        due = find_deadline(self.text, self.pack, start, end)
        if due is not None:
            return Deadline(due.span, year=due.year, date=due.date, within=due.within)
        session = session_ordinal(self.view, start, end, self.pack)
        if session is None:
            return self._session_of_year(start, end) or term_period(self.text, self.pack, start, end)
        if session and self._session_is_topic(start, session[1].start):
            session = None  # "the report of the Committee on its twenty-second session": what, not when
        if session and not self.held.match_at(self.view, _after_name(self.view, session[1].end, end)):
            number, span = session
            numbers = self._listed_ordinals(span)
            bodies = self._session_bodies(start, span.start, addressees)
            body = (bodies[0] if len(numbers) > 1 else bodies[-1]) if bodies else _body_of(issuer, addressees)
            # "respectively": the sessions and the bodies listed pair in order, each due at its own
            paired = zip(numbers[1:], bodies[1:], strict=True) if len(numbers) == len(bodies) > 1 else ()
            listed = tuple(Deadline(span, session=other, body=owner) for other, owner in paired)
            return Deadline(span, session=number, body=body, listed_with=listed)
        return None

    def _session_of_year(self, start: int, end: int) -> Deadline | None:
        """A session named by its year, as the Economic and Social Council's are: "at its 2024 session",
        "في دورته لعام 2024", "en su período de sesiones de 2024", "2024年届会"; due in that year."""
        for match in matcher_of(self.pack, "session_words").finditer(self.view, start, end):
            before = _YEAR_BEFORE_SESSION.search(self.view, max(start, match.span.start - 8), match.span.start)
            after = _YEAR_AFTER_SESSION.match(self.view, match.span.end, min(end, match.span.end + 12))
            year = before or after
            if year and not self._session_is_topic(start, min(year.start(), match.span.start)):
                span = Span(min(year.start(1), match.span.start), max(year.end(1), match.span.end))
                return Deadline(span, year=int(year.group(1)))
        return None

    def _session_bodies(self, start: int, session_start: int, addressees: tuple[Mention, ...]) -> list[Mention]:
        """The body whose session it is, named right before it ("to the General Assembly at its"): not one
        asked to act, nor one a clause away ("en colaboración con la UNCTAD, le presente en su"); with the bodies
        listed before it ("to the General Assembly and the Human Rights Council at their"), first to last. None
        where no body is named there: the session is then the issuer's."""
        bodies = resolve.find_mentions(self.text, self.language, start=start, end=session_start, kinds=(Kind.UN_BODY,))
        bodies = _without_overlaps([*bodies, *self.short_names.find(start, session_start)])
        asked = {(m.span.start, m.span.end) for m in addressees}
        for index in range(len(bodies) - 1, -1, -1):
            body = bodies[index]
            between = self.view[body.span.end : session_start]
            if (
                ((body.span.start, body.span.end) not in asked or len(between.split()) <= _SESSION_LEAD_WORDS)
                and len(between) <= _BODY_REACH
                and not _CLAUSE_MARK.search(between)
            ):
                return _listed_bodies(self.view, bodies[: index + 1])
        return []

    def _listed_ordinals(self, span: Span) -> list[int]:
        """The numbers of the sessions a session's words list ("seventy-fourth and thirty-ninth sessions":
        74, 39); one number where they name one session."""
        joints = "|".join(re.escape(word) for word in words_of(self.pack, "list_conjunctions"))
        if not joints:
            return []
        pieces = re.split(rf"\s*,\s*|\s+(?:{joints})\s+", self.view[span.start : span.end], flags=re.IGNORECASE)
        numbers = [_leading_ordinal(piece, self.pack) for piece in pieces]
        return [n for n in numbers if n] if all(numbers) else []

    def _session_is_topic(self, start: int, session_start: int) -> bool:
        """Whether words of the pack's ``session_topic_words`` ("on its", "sur les travaux de sa") end right
        before the session: a session reported on, not one something is due at."""
        before = " ".join(self.view[max(start, session_start - _TOPIC_REACH) : session_start].split()).casefold()
        return any(before.endswith(words.casefold()) for words in words_of(self.pack, "session_topic_words"))


#: Actions whose object is always who is asked ("calls upon our people to"): there, unknown words name them.
ONLY_ASKING_ACTIONS = ("calls-upon",)

#: At most this many words before a name make an item of a list of addressees with it.
_LIST_ITEM_WORDS = 6
#: What may stand between two names of a list of addressees: punctuation and a few short words ("and the",
#: "y a la", "и", "و"); "in consultation with" ends the list.
_LIST_JOINT = re.compile(r"[\s,،，、]*(?:[^\W\d]{1,4}(?![^\W\d])[\s,،，、]*){0,3}")


#: The end of a sentence: a full stop or semicolon before a space ("A/C.2/78/L.12" holds none).
_SENTENCE_END = re.compile(r"[.;:!?。；：！？](?=\s|$)")


def _sentence_start(text: str, head: int, position: int) -> int:
    """Where the sentence holding ``position`` starts: after the last sentence end since ``head``."""
    ends = list(_SENTENCE_END.finditer(text, head, position))
    start = ends[-1].end() if ends else head
    while start < position and text[start].isspace():
        start += 1
    return start


def _sentence_end(text: str, position: int, end: int) -> int:
    match = _SENTENCE_END.search(text, position, end)
    return match.end() if match else end


def _listed_bodies(text: str, bodies: list[Mention]) -> list[Mention]:
    """The bodies listed last in ``bodies``, those joined by no more than a list's joints ("the General
    Assembly and the Human Rights Council", "l'Assemblée générale et le Conseil"), first to last."""
    first = len(bodies) - 1
    while first > 0 and _LIST_JOINT.fullmatch(text[bodies[first - 1].span.end : bodies[first].span.start]):
        first -= 1
    return bodies[first:]


def _leading_ordinal(words: str, pack: LanguagePack) -> int | None:
    """The ordinal the words open with ("thirty-ninth sessions": 39), the longest run the pack reads."""
    split = words.split()
    for count in range(len(split), 0, -1):
        value = pack.parse_ordinal(" ".join(split[:count]))
        if value:
            return int(value)
    return None


def _body_of(issuer: Mention | None, addressees: tuple[Mention, ...]) -> Mention | None:
    """The body a session belongs to when none is named before it: the issuer's own ("at its"), or,
    where a person speaks ("The Secretary-General recommends that the General Assembly ... at its
    eighty-first session"), the body asked."""
    if issuer is not None and issuer.kind == Kind.POST:
        return next((a for a in addressees if a.kind == Kind.UN_BODY), issuer)
    return issuer


def _narrowed(mention: Mention, span: Span, text: str) -> Mention:
    """Those asked as the words of ``span`` narrow them: a group of their own, not the one the gazetteer keys
    ("States that have not done so" are not all "States"), named as written."""
    return replace(mention, span=span, text=span.of(text), name=_name_of(span.of(text)), key=None)


def _name_of(words: str) -> str:
    """The name of those asked as the text writes them, on one line ("non-↵governmental" is "non-governmental")."""
    return re.sub(r"(?<=\w-) ", "", " ".join(words.split()))


def _opens_sentence(text: str, head: int, position: int) -> bool:
    before = text[head:position].rstrip()
    return not before or before[-1] in ".:;!?。；"


def _after_name(text: str, position: int, end: int) -> int:
    """Where the words after a session's name resume: past "of the Conference ..., " up to a comma.

    A session followed by a word of holding ("..., held in Nairobi") is a past event, not a deadline.
    """
    comma = re.compile(r"[,،]\s*").search(text, position, end)
    return comma.end() if comma and comma.start() - position < 80 else position


def _first_of_overlaps(verbs: list[_Verb]) -> list[_Verb]:
    chosen: list[_Verb] = []
    for verb in sorted(verbs, key=lambda v: (v.match.span.start, -v.match.span.end)):
        if not chosen or verb.match.span.start >= chosen[-1].match.span.end:
            chosen.append(verb)
    return chosen


def _without_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    """Mentions in text order; of overlapping ones the longest wins, and of equals the first given."""
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.span.start - m.span.end):
        if all(mention.span.end <= m.span.start or mention.span.start >= m.span.end for m in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.span.start)
