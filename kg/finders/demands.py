"""Statements that list their demands: one commitment per item of the list.

An NGO's or a union's statement, a congress's final declaration, a ministry's
communiqué often end with a lead-in and a list: "appelle à :", "تطالب بـ :",
"calls for:", "exige :", "呼吁：", "требуем:", then numbered or bulleted items,
or one paragraph an item where the conversion lost the bullets. Each item is a
commitment of the statement's author:

* a **lead-in** is a paragraph that ends with a colon and holds a phrase of
  ``extra["demand_list_leads"]`` (a verb of demand, recommendation or
  announcement); a paragraph that ends with a colon without one ("Our position
  rests on:") opens no list, and closes the one before;
* an **item** is a line that opens with a bullet or a number ("- ", "• ",
  "1.", "2)", "(a)"); without such marks, a paragraph that opens with a verb of
  the pack (its operative verbs, requesting phrases and
  ``extra["demand_item_verbs"]``: "يطالب المؤتمر", "Urges", "تنديدها") or, right
  after the lead-in or another item, one that ends with a stop ("التسريع بتفعيل
  ... ."). A short line with no stop is a heading ("At the regional level"):
  after it the list goes on only with paragraphs that open with a verb, and
  one whose verb only states ("تعتبر", "notes") is the section's context, no
  item; anything else ends the list;
* the **action** of an item is the strongest verb it holds ("يشيد ... ويدين ...
  ويدعو": calls upon), else the lead-in's own ("appelle à :" → calls-for); its
  **force** is the action's, but a statement's demand binds no one: one that
  would direct ("demands", "requests") exhorts;
* the **issuer** is the statement's author (:func:`statement_author`); the
  **addressee** is the actor named right after the item's verb, where it names
  one ("تدعو السلطات الجزائرية إلى"), with the one joined to it by a conjunction
  ("الحكومة والجماعات الترابية", "the Government and local authorities"); an
  item that names none is addressed to whom the lead-in asks ("يوصي أجهزة
  المنظمة بالعمل على:");
* a list addressed to the author's own organs (``extra["own_organ_words"]``:
  "أجهزة المنظمة", "ses instances") directs them: an organisation binds its own
  bodies, if no one else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from kg import ontology
from kg.finders.actors import COLLECTIVE, Actors, asked_addressee
from kg.finders.instruments import Instruments
from kg.finders.text import DocumentText, find_phrases, key_of, skip_spaces, starts_with_phrase, trimmed
from kg.model import Commitment, Kind, Mention, Span

__all__ = ["DemandList", "find_demand_lists", "joined_addressees", "listed_commitments", "statement_author"]

#: A bullet or a number that opens an item: "- ", "• ", "1.", "2)", "(a)", "a)", "١-".
_ITEM_MARK = re.compile(
    r"[ \t]*(?:[-–—•·*▪●◦]|\(?(?:\d{1,2}|[a-z])[.)]|\d{1,2}\s*[-–]|\(\d{1,2}\)|[一二三四五六七八九十]+、)[ \t]+"
)
#: What ends an item written as a paragraph: a stop of any script.
_ITEM_END = re.compile(r"[.!?;。！？；؛…]\s*[\"”’»)]*\s*$")
#: A colon that ends a lead-in (Latin, full width, Arabic script uses the Latin one).
_LEAD_END = re.compile(r"[:：]\s*$")
#: The longest line that can be a heading between items.
_MAX_HEADING = 80
#: How far after an item's verb its addressee may start (past the subject: "يطالب المؤتمر، الحكومة").
_ADDRESSEE_REACH = 12
#: The fewest words of an item as short as a heading: a demand and its object ("الإسراع بفتح مستشفى جامعي جديد
#: في كل جهة"); a heading names a topic in fewer.
_MIN_SHORT_ITEM_WORDS = 6
#: How far into a paragraph the verb that opens it may end.
_OPENING_REACH = 40


@dataclass(frozen=True)
class DemandList:
    """A lead-in and the items that follow it."""

    lead: Span
    action: str  # the lead-in's own action, for items with no verb of their own
    items: tuple[Span, ...]
    verb: Span | None = None  # the lead-in's phrase, before whom it asks


def find_demand_lists(news: DocumentText) -> list[DemandList]:
    """The lists of demands of the main segments, in text order."""
    leads = news.mapping("demand_list_leads")
    if not leads:
        return []
    found: list[DemandList] = []
    for main in news.main_spans:
        found.extend(_lists_in(news, _units(news.text, main)))
    return found


def _lists_in(news: DocumentText, units: list[Span]) -> Iterator[DemandList]:
    lead: Span | None = None
    action = ""
    verb: Span | None = None
    items: list[Span] = []
    marked = after_heading = verbs_in_items = False
    for index, unit in enumerate(units):
        text = unit.of(news.text)
        if lead is not None and _is_section_heading(news, text):
            # "على المستوى الوطني": a section of the list; with a colon it announces items as the lead-in did
            after_heading = bool(items) and not _LEAD_END.search(text)
            continue
        if lead is not None and starts_with_phrase(text, 0, news.words("closing_openers")) is not None:
            if items:  # "في الختام، ...", "Pour conclure, ...": the text's conclusion ends any list
                yield DemandList(lead, action, tuple(items), verb)
            lead, items, marked, after_heading = None, [], False, False
            continue
        if _LEAD_END.search(text) and lead is not None and items and _is_item_with_colon(news, unit):
            items.append(unit)
            continue
        if _LEAD_END.search(text):
            if lead is not None and items:
                yield DemandList(lead, action, tuple(items), verb)
            lead, items, marked, after_heading = None, [], False, False
            phrase = _lead_phrase(news, unit)
            subject = _subject_lead(news, unit) if phrase is None else None
            if phrase is not None:
                lead, (verb, action), verbs_in_items = unit, phrase, False
            elif subject is not None:  # "فإن المنظمة ...:": the verbs are the items' own, and ask no one yet
                lead, verb, action, verbs_in_items = unit, None, subject, True
            elif _is_section_heading(news, text):  # "على المستوى الوطني:" with no lead-in: items with their verbs
                lead, verb, action, verbs_in_items = unit, None, "calls-for", True
            continue
        if lead is None:
            continue
        mark = _ITEM_MARK.match(text)
        if mark and (marked or not items):
            items.append(Span(unit.start + mark.end(), unit.end))
            marked, after_heading = True, False
        elif not marked and (opening := _opening_action(news, unit)):
            # after a heading, a paragraph that only states ("يسجل المؤتمر التحولات ...", "تعتبر المناضلة ...")
            # is the section's context, not one of its demands; under a lead-in that itself states ("يسجل
            # المؤتمر ما يلي:"), stances are what the list holds
            if not (after_heading and _rank(opening) == 1 < _rank(action)):
                items.append(unit)
                after_heading = False
        elif (
            not marked
            and not after_heading
            and not verbs_in_items
            and (_is_unmarked_item(text) or _is_short_item(news, units, index, items))
        ):
            items.append(unit)
        elif not marked and _is_heading(text):
            after_heading = bool(items)  # a heading right after the lead-in is the list's own title
        else:
            if items:
                yield DemandList(lead, action, tuple(items), verb)
            lead, items, marked, after_heading = None, [], False, False
    if lead is not None and items:
        yield DemandList(lead, action, tuple(items), verb)


def _is_item_with_colon(news: DocumentText, unit: Span) -> bool:
    """An item among items that open with their verbs, which a slip ends with a colon: it opens with a verb of
    an item too and is too long for a lead-in's heading ("يدعو المؤتمر المنتظم الدولي لتفعيل مبادئ ... الناتجة عنها
    :"); a short one ("يعبر المؤتمر عن:") opens a list of its own."""
    text = _LEAD_END.sub("", unit.of(news.text)).strip()
    return not _is_heading(text) and _opening_action(news, unit) is not None


def _is_unmarked_item(text: str) -> bool:
    """A paragraph that, right after a lead-in or an item, is one more item though nothing marks it: one that ends
    with a stop, or a single line too long for a heading (a page's list items lose their bullets and often their
    stops when the page is turned into text: "إقرار مبادئ السلم والأمن الدوليين، وفق ما هو مقرر ...")."""
    return bool(_ITEM_END.search(text)) or ("\n" not in text and len(text) > _MAX_HEADING)


def _is_short_item(news: DocumentText, units: list[Span], index: int, items: list[Span]) -> bool:
    """A short line with no stop between two items of a list of demands, which is one more item, not a heading:
    a page's items lose their stops, and a short one ("الإسراع بفتح مستشفى جامعي جديد في كل جهة") reads
    as a heading but for the items around it. A heading inside a list opens a section whose items carry their
    own verbs; here the items before and after it are of its kind, with no verb ("ملاءمة ...", "إصلاح ..."),
    the next one ending with a stop or long, and it has the words of a demand and its object, more than a
    heading's topic ("خاتمة", "Au niveau national")."""
    if not items or index + 1 >= len(units):
        return False
    text, following = units[index].of(news.text), units[index + 1].of(news.text)
    return (
        _is_heading(text)
        and len(text.split()) >= _MIN_SHORT_ITEM_WORDS
        and _is_unmarked_item(following)
        and not _LEAD_END.search(following)
        and _opening_action(news, items[-1]) is None
        and _opening_action(news, units[index + 1]) is None
    )


def _units(text: str, main: Span) -> list[Span]:
    """Paragraphs of the main text, and each line that opens with a bullet or a number on its own."""
    units: list[Span] = []
    start: int | None = None
    position = main.start
    for line in text[main.start : main.end].splitlines(keepends=True):
        line_start, position = position, position + len(line)
        if not line.strip():
            if start is not None:
                units.append(trimmed(text, Span(start, line_start)))
            start = None
            continue
        if start is not None and _ITEM_MARK.match(line):
            units.append(trimmed(text, Span(start, line_start)))
            start = None
        if start is None:
            start = line_start
    if start is not None:
        units.append(trimmed(text, Span(start, main.end)))
    return units


def _is_section_heading(news: DocumentText, text: str) -> bool:
    """A heading that opens a section of a list by its level (``extra["demand_section_openers"]``: "على المستوى
    الوطني:", "Au niveau régional :"), with or without a colon: the list goes on under it."""
    heading = _SECTION_NUMBER.sub("", _LEAD_END.sub("", text).strip())  # "-1- على المستوى الدولي :"
    ordinal = starts_with_phrase(heading, 0, news.words("section_ordinals"))
    if ordinal is not None:  # "أولا: على المستوى الدولي", "Deuxièmement - Au niveau national"
        heading = heading[len(ordinal) :].lstrip(_ORDINAL_JOINTS)
    return _is_heading(heading) and starts_with_phrase(heading, 0, news.words("demand_section_openers")) is not None


#: The number a section heading may open with: "-1- ", "1. ", "(2) ", "II. ".
_SECTION_NUMBER = re.compile(r"^[\s(–—-]*(?:\d{1,2}|[IVX]{1,4}(?=[.)–—-]))[\s).–—-]+")
#: What may join an ordinal in words to the rest of its heading: "أولا: ", "Premièrement - ".
_ORDINAL_JOINTS = " \t:.،,–—-"


def _is_heading(text: str) -> bool:
    return "\n" not in text and len(text) <= _MAX_HEADING and not _ITEM_END.search(text)


def _lead_phrase(news: DocumentText, unit: Span) -> tuple[Span, str] | None:
    """The last lead phrase of a paragraph that ends with a colon, with its action, if it holds one."""
    leads = news.mapping("demand_list_leads")
    found = find_phrases(news.text, leads, unit.start, unit.end, ignore_case=True)
    if not found:
        return None
    return Span(found[-1].start(), found[-1].end()), leads[key_of(found[-1].group(), leads)]


def _subject_lead(news: DocumentText, unit: Span) -> str | None:
    """The action of a lead-in that ends with its subject, its verbs left to the items
    (``extra["demand_list_subject_leads"]``: "وأمام هذه الأحداث فإن المنظمة ...:" | "تستنكر ..."), if it is one:
    no verb stands between that word and the colon."""
    found = find_phrases(news.text, news.words("demand_list_subject_leads"), unit.start, unit.end)
    if not found:
        return None
    verbs = _item_verbs(news)
    if find_phrases(news.text, verbs, found[-1].end(), unit.end, ignore_case=True):
        return None
    return "calls-for"


def _item_verbs(news: DocumentText) -> dict[str, str]:
    return news.pack.derived(
        "news.demand_item_verbs",
        lambda pack: {
            **pack.operative_verbs,
            **pack.extra.get("requesting_phrases", {}),
            **dict.fromkeys(pack.extra.get("duty_phrases", ()), "calls-upon"),
            **pack.extra.get("demand_item_verbs", {}),
        },
    )


def _opening_action(news: DocumentText, unit: Span) -> str | None:
    """The action of the verb that opens a paragraph, if one does."""
    verbs = _item_verbs(news)
    found = find_phrases(news.text, verbs, unit.start, min(unit.end, unit.start + _OPENING_REACH), ignore_case=True)
    return verbs[key_of(found[0].group(), verbs)] if found and found[0].start() == unit.start else None


def listed_commitments(
    news: DocumentText, actors: Actors, instruments: Instruments, author: Mention | None
) -> list[Commitment]:
    """One commitment per item of every list of demands."""
    commitments = []
    for demands in find_demand_lists(news):
        issuer = statement_author(news, actors, author, demands.lead)
        asked = _lead_addressee(news, actors, issuer, demands)
        for item in demands.items:
            commitment = _item_commitment(news, actors, instruments, issuer, demands.action, item)
            if asked is not None and not commitment.addressees:
                commitment = replace(commitment, addressees=(asked,))
            # the lead-in asks the author's organs, or the item asks only them ("تدعو المجلس الوطني والمكتب التنفيذي")
            asks_own = (
                _own_organs(news, asked)
                if asked is not None
                else bool(commitment.addressees) and all(_own_organs(news, a) for a in commitment.addressees)
            )
            if asks_own and _rank(commitment.action) > 1:
                commitment = replace(commitment, force="directive")
            commitments.append(commitment)
    return commitments


def _lead_addressee(news: DocumentText, actors: Actors, issuer: Mention | None, demands: DemandList) -> Mention | None:
    """Whom a lead-in asks, named after its verb or a preposition there ("يوصي | أجهزة المنظمة", "recomienda a
    | sus órganos")."""
    if demands.verb is None:
        return None
    start = skip_spaces(news.text, demands.verb.end)
    opener = starts_with_phrase(news.text, start, news.words("addressee_openers"))
    verb = Span(demands.verb.start, start + len(opener)) if opener else demands.verb
    # past the author's noun for itself: "توصيات المجلس | للقيادة الجديدة:"
    position = _past_speaker_noun(news, skip_spaces(news.text, verb.end))
    own = starts_with_phrase(news.text, position, news.words("own_organ_words"))
    if own is not None:  # "a sus órganos:": the lead-in ends with them
        span = Span(position, position + len(own))
        return Mention(span=span, text=own, kind=COLLECTIVE)
    return _addressee(news, actors, issuer, verb, demands.lead)


def _own_organs(news: DocumentText, addressee: Mention) -> bool:
    """ "أجهزة المنظمة", "ses instances", an organ named bare ("المكتب الوطني", ``extra["organ_names"]``): the
    bodies of the author itself, which its recommendations direct."""
    own = news.words("own_organ_words")
    organs = {organ.casefold() for organ in news.words("organ_names")}
    return any(word.casefold() in addressee.text.casefold() for word in own) or addressee.text.casefold() in organs


def statement_author(news: DocumentText, actors: Actors, author: Mention | None, lead: Span) -> Mention | None:
    """Who speaks in a list of demands: the document's author, else the organisation the lead-in names
    ("فإن المكتب التنفيذي للمنظمة ... يعلن", "La CGT appelle à :"). The one place that decides it."""
    if author is not None:
        return author
    named = [m for m in actors.all_mentions() if lead.start <= m.span.start and m.span.end <= lead.end]
    bodies = [m for m in named if m.kind not in (Kind.STATE, Kind.PLACE, Kind.PERSON, Kind.POST)]
    return bodies[0] if bodies else None


def _item_commitment(
    news: DocumentText, actors: Actors, instruments: Instruments, issuer: Mention | None, default: str, item: Span
) -> Commitment:
    verbs = _item_verbs(news)
    found = [(m, verbs[key_of(m.group(), verbs)]) for m in find_phrases(news.text, verbs, item.start, item.end,
                                                                        ignore_case=True)]  # fmt: skip
    strongest = max(found, key=lambda pair: _rank(pair[1]), default=None)
    verb = Span(strongest[0].start(), strongest[0].end()) if strongest else None
    action = strongest[1] if strongest else default
    # a stance ("يثمن المؤتمر المكتسبات", "welcomes the progress") asks no one: what follows it is its object
    addressee = _addressee(news, actors, issuer, verb, item) if verb and _rank(action) > 1 else None
    if verb is None and _rank(action) > 1:  # "لدعوة كل من:" | "الدولة الجزائرية إلى ...": whom it asks comes first
        addressee = _opening_addressee(actors, item)
    if _rank(action) > 1:  # "La nécessité pour | la communauté internationale de ...": named before any verb
        addressee = _addressee_after_opener(news, actors, issuer, item) or addressee
    return Commitment(
        span=item,
        action=action,
        force=_listed_force(action),
        issuer=issuer,
        addressees=(addressee, *joined_addressees(news, actors, addressee, item.end)) if addressee else (),
        instruments=tuple(instruments.in_span(item)),
        verb=verb,
    )


def _opening_addressee(actors: Actors, item: Span) -> Mention | None:
    """The actor that opens an item with no verb of its own, the longest of those that start there."""
    mentions = [m for m in [*actors.all_mentions(), *actors.collectives] if m.kind != Kind.PLACE]
    opening = [m for m in mentions if m.span.start == item.start and m.span.end <= item.end]
    return max(opening, key=lambda m: m.span.end, default=None)


def _addressee_after_opener(news: DocumentText, actors: Actors, issuer: Mention | None, item: Span) -> Mention | None:
    """The actor an item names right after the words that open it (``extra["demand_item_openers"]``: "La
    nécessité pour | la communauté internationale d'honorer", "Que, | l'État garantisse"), which comes before
    any verb of the item and so before what that verb acts on. Past one more word (an article, or the verbal
    noun of what it is asked: "ضرورة وفاء | المنتظم الدولي"), only a state or a collective acts; a body there
    is what is asked for ("la nécessité de soutenir l'agence" opens no list of whom it asks)."""
    opener = starts_with_phrase(news.text, item.start, news.words("demand_item_openers"))
    if opener is None:
        return None
    position = skip_spaces(news.text, item.start + len(opener), item.end)
    if news.text[position : position + 1] in (",", "،"):  # "Que, le Haut Commissariat ..."
        position = skip_spaces(news.text, position + 1, item.end)
    word = _WORD_AFTER.match(news.text, position, item.end)
    after_word = skip_spaces(news.text, word.end(), item.end) if word else position
    mentions = [
        m
        for m in [*actors.all_mentions(), *actors.collectives]
        if m.kind != Kind.PLACE and m.span.end <= item.end and (issuer is None or m.key is None or m.key != issuer.key)
    ]
    at_opener = [m for m in mentions if m.span.start == position]
    past_word = [m for m in mentions if m.span.start == after_word and m.kind in (Kind.STATE, COLLECTIVE)]
    return max(at_opener or past_word, key=lambda m: m.span.end, default=None)


#: One word, an elided article ("l'", "d’") being a word of its own.
_WORD_AFTER = re.compile(r"\w+['’]?")


def _listed_force(action: str) -> str:
    """A statement's demand asks, and binds no one: "demands" directs where the Security Council says it, and
    exhorts where an NGO or a congress does."""
    force = ontology.actions()[action].force
    return "exhortatory" if force == "directive" else force


def _rank(action: str) -> int:
    return ontology.forces()[ontology.actions()[action].force]


def joined_addressees(news: DocumentText, actors: Actors, addressee: Mention, end: int) -> tuple[Mention, ...]:
    """The actor joined to an addressee by a conjunction ("الحكومة | والجماعات الترابية", "the Government | and
    local authorities to"): the one named there, else the one the words up to what they are asked describe."""
    start = _past_conjunction(news, skip_spaces(news.text, addressee.span.end))
    if start is None:
        return ()
    # "called on France | and Spain to": a state joined to the one asked is asked too
    named = actors.addressee_starting_after(start, 0) or next(
        (m for m in actors.known if m.kind in (Kind.STATE, Kind.GROUP_OF_STATES) and m.span.start == start), None
    )
    joined = asked_addressee(news, actors, named if named and named.span.end <= end else None, start, end)
    return (joined,) if joined is not None and joined.span.start >= start else ()


def _past_conjunction(news: DocumentText, position: int) -> int | None:
    """Past a conjunction at ``position``: a word ("and", "et") or a proclitic written on the next word ("و")."""
    conjunctions = news.words("list_conjunctions")
    spaced = starts_with_phrase(news.text, position, conjunctions)
    if spaced is not None:
        return skip_spaces(news.text, position + len(spaced))
    glued = next((c for c in conjunctions if c in news.words("proclitics") and news.text.startswith(c, position)), None)
    if glued is None or not news.text[position + len(glued) : position + len(glued) + 1].isalpha():
        return None
    return position + len(glued)


def _addressee(news: DocumentText, actors: Actors, issuer: Mention | None, verb: Span, item: Span) -> Mention | None:
    """The actor named right after the verb ("تدعو | السلطات الجزائرية", "يطالب المؤتمر، | الحكومة"), past a
    noun by which the author names itself; past it and a verbal noun, only a state acts ("يطالب المؤتمر
    بمصادقة | المغرب"), a body is what the verbal noun acts on ("يطالب المؤتمر بإصلاح | منظومة الأمم المتحدة")."""
    after_verb = skip_spaces(news.text, verb.end)
    start = _past_speaker_noun(news, after_verb)
    reach = 0 if news.extra.get("word_boundaries") is False else _ADDRESSEE_REACH
    mentions = [*actors.all_mentions(), *actors.collectives]
    # "تدعو المجلس المنتخب": a body whose name opens with the speaker's noun is asked, unless it is the speaker
    named = [m for m in mentions if m.span.start == after_verb < start < m.span.end and m.kind != Kind.PLACE]
    if any(issuer is None or m.text != issuer.text for m in named):
        start = after_verb
    candidates = [
        m
        for m in mentions
        if m.kind != Kind.PLACE
        and 0 <= m.span.start - start <= reach
        and m.span.end <= item.end
        and (issuer is None or m.key != issuer.key or m.key is None)
        and (start == after_verb or m.span.start == start or m.kind == Kind.STATE)
    ]
    return asked_addressee(
        news, actors, min(candidates, key=lambda m: (m.span.start, -m.span.end), default=None), start, item.end
    )


def _past_speaker_noun(news: DocumentText, position: int) -> int:
    """Past the author's noun for itself that follows a verb where verbs come first ("يطالب | المؤتمر،")."""
    if not news.extra.get("verb_first"):
        return position
    noun = starts_with_phrase(news.text, position, news.words("speaker_nouns"))
    if noun is None:
        return position
    after = skip_spaces(news.text, position + len(noun))
    return skip_spaces(news.text, after + 1) if news.text[after : after + 1] in (",", "،") else after
