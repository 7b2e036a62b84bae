"""The builder of UN documents: resolutions, drafts and committee reports in the six UN languages.

``build(document)`` reads a :class:`~kg.model.Document` and returns an
:class:`~kg.model.Extraction`, in these steps (one module each):

1. :mod:`.layout` — the reading view: page furniture, footnote markers and
   bold marks blanked out, offsets unchanged;
2. :mod:`.paragraphs` — the issuer line and the paragraphs with their sections
   (body, preamble, operative, annex) and numbers;
3. :mod:`.metadata` — symbol, kind, body, session, agenda items, date, title,
   original language, meeting, the report adopted on; persons and posts;
4. :mod:`kg.finders.citations` — symbols, resolution numbers and named instruments;
5. :mod:`kg.finders.clauses` — one commitment per verb, with force, addressees,
   deadline and instruments, in the paragraphs of each section as chosen here;
6. :mod:`kg.finders.figures`, :mod:`kg.finders.tables` and :mod:`kg.finders.meetings`
   — figures, tables of figures and meetings in the paragraphs;
7. the actors: everything the resolver knows in the main text.

Every word of a language comes from the document's language pack
(:mod:`kg.lang`); the keys of ``LanguagePack.extra`` it reads are listed in
``kg/builders/un/README.md``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from itertools import pairwise

from kg import resolve
from kg.builders import Builder
from kg.builders.un.layout import Line, cells_of, lines_of, reading_view
from kg.builders.un.metadata import document_facts, find_posts, persons_by_honorific, report_author
from kg.builders.un.paragraphs import Layout, has_issuer_line, segment
from kg.finders.actors import named_organizations, posts_of_named_bodies
from kg.finders.citations import find_citations
from kg.finders.clauses import CommitmentFinder
from kg.finders.figures import find_paragraph_statistics
from kg.finders.instruments import instruments_named
from kg.finders.meetings import find_events
from kg.finders.names import overlaps
from kg.finders.phrases import matcher_of
from kg.finders.tables import find_table_figures
from kg.finders.text import DocumentText
from kg.lang import get as language_pack
from kg.lang.base import LanguagePack
from kg.model import (
    DECLARATION_SECTION,
    INSTRUMENT_KINDS,
    Citation,
    Commitment,
    Document,
    DocumentFacts,
    Event,
    Extraction,
    Kind,
    Mention,
    Paragraph,
    PostHolding,
    Span,
)
from kg.resolve.normalize import fold
from kg.text.dates import find_dates
from kg.text.normalize import fold_digits
from kg.text.symbols import find_symbols, series_of, symbol_from_address

__all__ = ["BUILDER", "build", "score"]

NAME = "un"
VERSION = "0.1.0"

#: Marks of a UN document in any language: the distribution line and the bodies' names as printed.
_UN_MARKS = ("Distr.:", "Distr. :", "General Assembly", "الجمعية العامة", "Assemblée générale",
             "Asamblea General",
             "Генеральная Ассамблея", "大会", "Economic and Social Council", "Security Council",
             "Human Rights Council", "United Nations")  # fmt: skip


#: A line opening with a paragraph number ("1.", "1．", "١ -"), possibly in bold.
_NUMBERED_LINE = re.compile(r"(?m)^\s*\d{1,3}\s*[.．\-–]\s*(?:\*\*)?")
#: How much of the text ``score`` reads for operative paragraphs.
_SCORED_LENGTH = 60000


def score(document: Document) -> float:
    """How surely ``document`` is a UN document, from the structure only UN documents have.

    A body's name or a symbol in a sentence is no evidence: news about the UN is
    full of them. What counts is where they stand. The masthead prints each on a
    line of its own: the document's own symbol (0.4), "Distr.: General" (0.2), the
    body (0.2), the agenda item (0.2). A resolution opens with its issuer on a line
    of its own followed by a preambular or operative paragraph (0.6), and acts in
    numbered operative paragraphs (0.4): excerpts have no masthead, but these.

    >>> text = "Distr.: General\\nA/RES/70/1\\nGeneral Assembly\\n1. Notes ...;\\n2. Decides ..."
    >>> score(Document(source="x", text=text, language="en"))
    1.0
    >>> score(Document(source="x", text="The Security Council,\\n\\n1. Decides to remain seized.", language="en"))
    0.6
    >>> news = "NEW YORK - The General Assembly of the United Nations adopted resolution A/RES/78/1."
    >>> score(Document(source="x", text=news, language="en"))
    0.0
    """
    return BUILDER.score(document)


def _rate(document: Document, _: None) -> float:
    head = document.text[:4000]
    lines = [cell.text for line in lines_of(fold_digits(head)) for cell in cells_of(line)]
    pack = language_pack(document.language)
    agenda = matcher_of(pack, "agenda_words")
    # The document's own symbol stands alone on its line; a symbol cited in a sentence never does.
    own_symbol = any(
        span.of(line) == line and series_of(symbol)[:1] in "AEST"
        for line in lines
        for span, symbol in find_symbols(line)
    )
    evidence = (
        (0.4, own_symbol),
        (0.2, any(line.startswith("Distr.") for line in lines)),  # printed in Latin letters in every language
        (0.2, any(line in _UN_MARKS for line in lines)),
        (0.2, any(len(line) < 60 and agenda.match_at(line, 0) and re.search(r"\d", line) for line in lines)),
        (0.6, has_issuer_line(head, reading_view(head), pack, document.language)),
        (0.4, bool(pack.operative_verbs) and _operative_paragraphs(document.text, pack) >= 2),
    )
    return min(1.0, round(sum((weight for weight, found in evidence if found), 0.0), 2))


def _operative_paragraphs(text: str, pack: LanguagePack) -> int:
    """How many lines (of the first pages) open with a paragraph number and an operative verb."""
    matcher = matcher_of(pack, "operative_verbs")
    folded = fold_digits(text[:_SCORED_LENGTH])
    return sum(1 for match in _NUMBERED_LINE.finditer(folded) if matcher.match_at(folded, match.end()))


def build(document: Document) -> Extraction:
    """The facts of a UN document."""
    return BUILDER.build(document)


def _read(_: Document) -> None:
    """Nothing to keep between scoring and building: the score reads only the first page."""


def _extract(document: Document, _: None) -> Extraction:
    text, language = document.text, document.language
    pack = language_pack(language)
    masthead_symbols = {symbol for _, symbol in find_symbols(text[:600])}
    view = reading_view(text, masthead_symbols)
    layout = segment(text, view, pack, language)
    facts = document_facts(text, view, layout, pack, language)
    if facts.symbol is None:  # "https://undocs.org/ar/A/72/417": the address names what the text lost
        facts.symbol = facts.work_key = symbol_from_address(document.url)
    furniture = tuple(Span(line.start, line.end) for line in view.furniture if line.stripped in masthead_symbols)
    series = series_of(facts.symbol).split("/C.")[0] if facts.symbol else "A"
    folded = fold_digits(text).replace("**", "  ")
    citations = find_citations(text, folded, pack, language, series=series, skip=furniture, names_in=view.text)
    citations = [c for c in citations if not _cites_itself(c, facts.symbol)]
    view_text = DocumentText(replace(document, text=view.text), pack)
    bodies = named_organizations(view_text)  # bodies named by structure: no instrument's names
    named = _named_instruments(text, view_text, citations, [body.span for body in bodies])
    citations = sorted([*citations, *named], key=lambda c: (c.mention.span.start, c.mention.span.end))
    citations = _dated_by_their_markers(text, view.footnotes, citations, pack)
    extraction = Extraction(builder=NAME, builder_version=VERSION, document=facts)
    extraction.paragraphs = list(layout.paragraphs)
    extraction.citations = citations
    author = report_author(text, view, layout, pack, language)
    home = (layout.issuer, facts.body)
    extraction.commitments = _commitments(
        text, view.text, layout, pack, language, citations, author, home, facts.kind, tuple(bodies)
    )
    # a decision's sentence is a paragraph only its commitment finds
    found = [c.paragraph for c in extraction.commitments if c.paragraph]
    extraction.paragraphs = list(dict.fromkeys([*extraction.paragraphs, *found]))
    extraction.posts = _signed_for(find_posts(text, view.text, pack, language), facts)
    honoured = persons_by_honorific(text, view.text, pack, [post.person.span for post in extraction.posts])
    extraction.posts += [found for found in honoured if isinstance(found, PostHolding)]
    persons = [found for found in honoured if isinstance(found, Mention)]
    extraction.events = find_events(text, view.text, pack, language, layout.paragraphs, notes=view.notes())
    headings = _headings(view.text, layout.paragraphs)
    extraction.statistics = find_paragraph_statistics(text, pack, language, layout.paragraphs, headings)
    rows = [(line.start, line.end) for line in view.lines]
    leads = [paragraph.span for paragraph in layout.paragraphs]
    extraction.statistics += find_table_figures(text, pack, language, view=view.text, lines=rows, paragraphs=leads)
    extraction.events = _with_inferred_years(_one_per_stay(extraction.events), facts.date)
    extraction.mentions = _actors(document, layout, extraction, persons)
    extraction.mentions = _with_named_organizations(extraction.mentions, view_text, bodies)
    return extraction


#: A footnote's number at the start of its line, then what it cites: "9 S/PRST/2013/2; see ...".
_NOTE_NUMBER = re.compile(r"\s*(\d{1,3})\s+")
#: A footnote's marker right after a date in the text ("of 12 February 2013, 9 in which"), and its number.
_MARKER_AFTER_DATE = re.compile(r"\s*,?\s*(\d{1,3})(?!\d)")


def _dated_by_their_markers(
    text: str, footnotes: tuple[Line, ...], citations: list[Citation], pack: LanguagePack
) -> list[Citation]:
    """The date of an instrument a footnote gives by symbol alone, from the text that calls the note: "the statement
    by the President of the Security Council of 12 February 2013,9" and the note "9 S/PRST/2013/2" date the
    statement. The note's number must follow a date in the text before it, with at most a comma between."""
    dated: dict[int, str] = {}
    for line in footnotes:
        number = _NOTE_NUMBER.match(line.text)
        cited = next((c for c in citations if c.mention.span.start == line.start + (number.end() if number else -1)),
                     None)  # fmt: skip
        if number is None or cited is None or cited.date or not cited.mention.key:
            continue
        for date in reversed(find_dates(text, pack, 0, line.start)):
            marker = _MARKER_AFTER_DATE.match(text, date.span.end)
            if marker and marker.group(1) == number.group(1) and date.iso[:1].isdigit() and len(date.iso) == 10:
                dated[cited.mention.span.start] = date.iso
                break
    return [replace(c, date=dated[c.mention.span.start]) if c.mention.span.start in dated else c for c in citations]


def _headings(view: str, paragraphs: list[Paragraph]) -> list[Span]:
    """The headings between operative paragraphs, as a budget's parts print them ("Budget estimates for the period
    from 1 July 2019 to 30 June 2020"): the words between two paragraphs of the reading view, where page
    furniture and footnotes are blanked."""
    found = []
    operative = [p for p in paragraphs if p.section == "operative"]
    for before, after in pairwise(operative):
        gap = view[before.span.end : after.span.start]
        if gap.strip():
            start = before.span.end + len(gap) - len(gap.lstrip())
            found.append(Span(start, before.span.end + len(gap.rstrip())))
    return found


#: Kinds of known bodies whose general posts ("the President of the Human Rights Council") are theirs.
_POSTED_BODY_KINDS = (Kind.UN_BODY, Kind.INTERGOVERNMENTAL_ORGANIZATION, Kind.ORGANIZATION)


def _with_named_organizations(mentions: list[Mention], text: DocumentText, bodies: list[Mention]) -> list[Mention]:
    """The actors, and the organisations the text names by structure that no actor overlaps ("the Global
    Alliance of National Human Rights Institutions"), read on the reading view (no page furniture). A post
    does not hide the body it names ("the Chair of the Committee on ...")."""
    taken = [m.span for m in mentions if m.kind != Kind.POST]
    # the place a body is seated in stays a mention of its own: "Support Mission in Mali" names Mali
    named = [m for m in bodies if not overlaps(m.span, [s for s in taken if not _seat_of(m, s, mentions)])]
    known_bodies = [m for m in mentions if m.kind in _POSTED_BODY_KINDS]
    posts = posts_of_named_bodies(text, [m for m in mentions if m.kind == Kind.POST], [*named, *known_bodies])
    others = [m for m in mentions if m.kind != Kind.POST]
    found = sorted([*others, *posts, *named], key=lambda m: (m.span.start, m.span.end))
    return [_as_shortened_form(m, found) for m in found]


#: The fewest words a shortened form of a body's name keeps ("Office of the High Commissioner").
_SHORTENED_WORDS = 3
#: The kinds an unknown body named by structure may be read as.
_BODY_KINDS = (Kind.UN_BODY, Kind.ORGANIZATION, Kind.GOVERNMENT_AGENCY)


def _as_shortened_form(body: Mention, known: list[Mention]) -> Mention:
    """A body named by structure that shortens the name of a known body named before it: "the Office of the
    High Commissioner" after "the Office of the United Nations High Commissioner for Human Rights" is that
    Office. Its words open the full name and follow it in order; the last body so named before it wins."""
    words = fold(body.text).split()
    if body.key or body.kind not in _BODY_KINDS or len(words) < _SHORTENED_WORDS:
        return body
    earlier = [m for m in known if m.key and m.kind == Kind.UN_BODY and m.span.end <= body.span.start]
    full = next((m for m in reversed(earlier) if _shortens(words, fold(m.text).split())), None)
    return replace(body, kind=full.kind, key=full.key, name=full.name) if full else body


def _shortens(words: list[str], full: list[str]) -> bool:
    if len(words) >= len(full) or not full or words[0] != full[0]:
        return False
    remaining = iter(full)
    return all(word in remaining for word in words)


def _seat_of(body: Mention, span: Span, mentions: list[Mention]) -> bool:
    """Whether ``span`` is a known state or place that ends the name of ``body`` ("... Mission in Mali")."""
    return span.end == body.span.end and any(m.span == span and m.kind in (Kind.STATE, Kind.PLACE) for m in mentions)


def _named_instruments(text: str, view: DocumentText, citations: list[Citation], bodies: list[Span]) -> list[Citation]:
    """The instruments the text names by a head word ("Lima Declaration on Fisheries") that no citation overlaps and
    no known actor's name holds ("Joint United Nations Programme on HIV/AIDS" is UNAIDS; "Lima" is a place inside
    the name), read on the reading view (no page furniture, no footnote markers)."""
    taken = [c.mention.span for c in citations]
    known = resolve.find_mentions(text, view.language)  # the document's text, which the resolver has read already
    actors = [m.span for m in known if m.kind not in INSTRUMENT_KINDS] + bodies
    named = instruments_named(view, taken)
    return [
        Citation(replace(m, text=m.span.of(text)))
        for m in named
        if m.text[:1].isupper()  # a name, not a topic: "la stratégie de ..." names nothing in a resolution
        and not overlaps(m.span, taken)
        and not any(a.start <= m.span.start and m.span.end <= a.end for a in actors)
        and not _inside_a_title(view.text, m, view.pack)
    ]


#: The longest small word that joins the words of a title ("in", "on", "of", "for", "de", "sur").
_TITLE_JOINER_LENGTH = 4
#: How many capitalised words before a name make it the middle of a title ("Consular Assistance in the ...").
_TITLE_WORDS_BEFORE = 2


def _inside_a_title(view: str, mention: Mention, pack: LanguagePack) -> bool:
    """Whether a name read at a head word is the middle of a longer title whose words run on before it: "on the
    Right to Information on Consular Assistance in the Framework of the Guarantees of the Due Process of Law" (an
    advisory opinion's title) holds no "Framework ...". Two capitalised words of a title, then a small word that
    joins a name's words (the pack's name joiners and prepositions of place; not a conjunction: "Rights and the
    Constitution of ..." lists two), then an article, then the name; "... that are Parties to the Agreement on ..."
    is no title."""
    words = view[max(0, mention.span.start - 80) : mention.span.start].split()
    articles = {w.casefold() for w in pack.words("list_articles")}
    joiners = {
        w.casefold()
        for key in ("name_joiners", "instrument_name_joiners", "place_prepositions")
        for w in pack.words(key)
        if len(w) <= _TITLE_JOINER_LENGTH
    }
    while words and words[-1].casefold() in articles:
        words.pop()
    if len(words) < 2 or words[-1] not in joiners:
        return False
    capitalised = 0  # the title's words before the joiner: "Consular Assistance | in the Framework"
    for word in reversed(words[:-1]):
        if word[:1].isupper() and word.isalpha():
            capitalised += 1
        elif word not in joiners:
            break
    return capitalised >= _TITLE_WORDS_BEFORE


def _cites_itself(citation: Citation, symbol: str | None) -> bool:
    """Its own symbol in the masthead, or its number before its title ("53/7. Права человека"), is no
    citation; its name in its own text is a mention of it, and stays one."""
    return bool(symbol) and citation.mention.key == symbol and any(char.isdigit() for char in citation.mention.text)


def _commitments(
    text: str,
    view: str,
    layout: Layout,
    pack: LanguagePack,
    language: str | None,
    citations: list[Citation],
    author: Mention | None = None,
    home: tuple[Mention | None, ...] = (),
    kind: str = "",
    bodies: tuple[Mention, ...] = (),
) -> list[Commitment]:
    """The commitments of the preamble, the operative part and the pledges of an annex; ``bodies`` are those the
    text names by structure, which its short names ("the Centre") may stand for."""

    def instruments_in(start: int, end: int) -> list[Mention]:
        return [c.mention for c in citations if start <= c.mention.span.start < end]

    finder = CommitmentFinder(text, view, pack, language, instruments_in, home, bodies)
    found: list[Commitment] = []
    leads: dict[str, Commitment] = {}  # the last commitment of each numbered paragraph, for its lettered items
    completed: Commitment | None = None  # an unnumbered lead its numbered paragraphs complete ("Resolves that:")
    for index, paragraph in enumerate(layout.paragraphs):
        if paragraph.section in ("preamble", "operative"):
            speaker = layout.speakers.get(index)
            own = _not_asking_itself(finder.commitments(paragraph, layout.heads[index], speaker or layout.issuer))
            if paragraph.section == "operative" and paragraph.number is None:
                completed = own[-1] if own and paragraph.span.of(view).rstrip().endswith(":") else None
            elif not own and completed is not None and paragraph.number and "(" not in paragraph.number:
                own = [finder.completing_lead(completed, paragraph, layout.heads[index])]
            lead = leads.get((paragraph.number or "").split("(")[0]) if "(" in (paragraph.number or "") else None
            if not own and lead is not None:
                head = layout.heads[index]
                own = finder.asked_in_item(lead, paragraph, head) or finder.continued_in_item(lead, paragraph, head)
            dated = finder.due_in_item(lead, paragraph, layout.heads[index]) if not own and lead else None
            if dated is not None and lead is not None:  # the lead's clause runs on in its item: due when it says
                found[found.index(lead)] = leads[(paragraph.number or "").split("(")[0]] = dated
            if own and paragraph.number and "(" not in paragraph.number:
                leads[paragraph.number] = own[-1]
            found.extend(own)
        elif paragraph.section == "body" and layout.issuer is None:
            # A report that carries a draft only hands it on ("The Committee recommends ... adopt the
            # following draft"); the draft's paragraphs are the commitments. A report without one
            # (the Secretary-General's) states its own recommendations.
            found.extend(finder.statements(paragraph, layout.heads[index], author))
        elif paragraph.section in ("annex", DECLARATION_SECTION) and _speaks_in_annex(
            paragraph.number, layout.annex_issuer
        ):
            speakers = layout.annex_issuer or layout.issuer
            own = finder.commitments(paragraph, layout.heads[index], speakers)
            if not own and paragraph.section == DECLARATION_SECTION and "(" not in (paragraph.number or "("):
                # a declaration's numbered paragraph is its speakers' statement, whether or not a verb of theirs
                # opens it ("Born out of the horrors of the Second World War, the United Nations ...")
                stated = finder.statement(paragraph, layout.heads[index], speakers)
                own = [stated] if stated else []
            found.extend(own)
    if kind == Kind.DECISION and not found:
        found.extend(_not_asking_itself(finder.decisions(home[1] if len(home) > 1 else None)))
    return found


def _speaks_in_annex(number: str | None, speakers: Mention | None) -> bool:
    """Whether an annex paragraph holds commitments: a numbered one; a lettered item only where speakers of a
    declaration act in it ("We therefore: (a) Recognize ..."), not the lettered actions of a compact."""
    return number is not None and ("(" not in number or speakers is not None)


def _signed_for(posts: list[PostHolding], facts: DocumentFacts) -> list[PostHolding]:
    """The signer of a letter whose posts name no State ("Постоянный представитель") represents the one it is from."""
    sender = facts.body if facts.kind == Kind.LETTER and facts.body and facts.body.kind == Kind.STATE else None
    return [replace(post, state=sender) if post.state is None and sender else post for post in posts]


def _not_asking_itself(commitments: list[Commitment]) -> list[Commitment]:
    """A body named after its verb ("يطلب مجلس الأمن إلى الأمين العام") speaks; it asks the others."""
    return [
        replace(c, addressees=tuple(a for a in c.addressees if c.issuer is None or a.span != c.issuer.span))
        for c in commitments
    ]


def _with_inferred_years(events: list[Event], document_date: str | None) -> list[Event]:
    """Events dated by day and month only ("on 13 October") take the year of the document, marked inferred."""
    if not document_date or not document_date[:4].isdigit():
        return events
    year = document_date[:4]

    def dated(iso: str | None) -> str | None:
        return f"{year}{iso[1:]}" if iso and iso.startswith("--") else iso

    return [
        replace(event, start=dated(event.start), end=dated(event.end), date_inferred=True)
        if (event.start or "").startswith("--")
        else event
        for event in events
    ]


def _one_per_stay(events: list[Event]) -> list[Event]:
    """One event for the same days told twice: "would be held in Nice, France, from 9 to 13 June 2025" in the
    preamble, "meeting in Nice ... from 9 to 13 June 2025 at the United Nations Conference to ..." in the annex.
    Events over the same first and last day, whose names do not differ (one has none, or one holds the other)
    and whose places do not either, are one: the fuller name of the two, and the place one of them gives."""
    kept: list[Event] = []
    for event in events:
        same = next((other for other in kept if _same_stay(other, event)), None)
        if same is None:
            kept.append(event)
            continue
        named, other = (same, event) if len(same.name) >= len(event.name) else (event, same)
        kept[kept.index(same)] = replace(named, place=named.place or other.place)
    return kept


def _same_stay(one: Event, other: Event) -> bool:
    if not (one.start and one.end) or (one.start, one.end) != (other.start, other.end):
        return False
    names = sorted((" ".join(fold(event.name).split()) for event in (one, other)), key=len)
    places = [fold(event.place.text) for event in (one, other) if event.place is not None]
    return names[0] in names[1] and len(set(places)) < 2


def _actors(document: Document, layout: Layout, extraction: Extraction, persons: list[Mention]) -> list[Mention]:
    """The actors of the main text (from the resolver), and those the builder found by structure (``persons``
    named after an honorific with no post)."""
    found: list[Mention] = []
    units = language_pack(document.language).units
    for segment_ in document.main_segments():
        found.extend(
            m
            for m in resolve.find_mentions(
                document.text, document.language, start=segment_.span.start, end=segment_.span.end
            )
            if m.kind not in INSTRUMENT_KINDS and not _names_a_unit(document.text, m, units)
        )
    structural = [layout.issuer, layout.annex_issuer, extraction.document.body, *persons]
    structural += [post.person for post in extraction.posts] + [post.state for post in extraction.posts if post.state]
    structural += [a for c in extraction.commitments for a in c.addressees]
    structural += [e.place for e in extraction.events if e.place] + [e.series for e in extraction.events if e.series]
    known = {(m.span.start, m.span.end) for m in found}
    for mention in structural:
        if mention is not None and (mention.span.start, mention.span.end) not in known:
            known.add((mention.span.start, mention.span.end))
            found.append(mention)
    return sorted(found, key=lambda m: (m.span.start, m.span.end))


def _names_a_unit(text: str, mention: Mention, units: Mapping[str, str]) -> bool:
    """Whether a State is named only inside the name of a currency ("United States dollars", "dollars des
    États-Unis"), a unit of the pack: no actor. A line may break the name ("United \nStates dollars")."""
    if mention.kind != Kind.STATE:
        return False
    name = " ".join(mention.text.split())
    start, end = max(0, mention.span.start - _UNIT_REACH), mention.span.end + _UNIT_REACH
    for unit in units:
        if len(unit) <= len(name) or name not in unit:
            continue
        pattern = r"\s+".join(re.escape(word) for word in unit.split())
        if any(m.start() <= mention.span.start - start and mention.span.end - start <= m.end()
               for m in re.finditer(pattern, text[start:end])):  # fmt: skip
            return True
    return False


#: How far around a State's name the currency it may be part of is read.
_UNIT_REACH = 40


BUILDER: Builder[None] = Builder(
    name=NAME,
    version=VERSION,
    description="UN resolutions, drafts and committee reports in the six UN languages",
    read=_read,
    rate=_rate,
    extract=_extract,
)
