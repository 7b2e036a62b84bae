"""The builder of the text of a legal instrument itself: a decision, decree, resolution or law.

It knows an instrument by its structure (:mod:`kg.builders.legal.structure`),
never by the words of a sentence: a heading with the type and number of the
instrument, recitals, and articles numbered from 1. News about a decision
cites it, quotes its articles, even opens lines with "Điều 5": it has no
articles of its own, and stays news.

From the structure it learns the document itself: kind (the ontology's kind of
what the heading calls it, the same kind the instrument finder gives the number when
another text cites it, so that both are one work), symbol (its number as
printed), title, date, issuer (the post or body the heading names), signatories
(the signer of the closing block, holding the post printed above the name), and
the day it enters into force and the last day it is in force, where its text bounds it
(:mod:`kg.builders.legal.in_force`).

Entering into force is a fact of the work, not a commitment. The article that
says so ("Quyết định này có hiệu lực thi hành kể từ ngày ký", "Le présent décret
entre en vigueur le 1er avril 2023") is an operative provision and stays an
operative paragraph; but it asks no one to do anything, and its day is when the
instrument starts to bind, not when something falls due. Read as a ``decides``
commitment with that day as its deadline, it would answer "what is due by when?"
wrongly and count as a decision of the issuer among the tasks it gives. So it
is no commitment: its day is the work's ``pk:entryIntoForce`` (a sub-property
of ELI's ``eli:first_date_entry_in_force``).

The rest is read with the shared finders (:mod:`kg.finders`), on the instrument's own text:

======================  ====================================================
what                    from
======================  ====================================================
actors, posts           :func:`kg.finders.actors.find_actors`
instruments cited       :func:`kg.finders.instruments.find_instruments`,
                        less the instrument itself
figures                 :func:`kg.finders.figures.find_statistics`; an appendix
                        table's rows, :mod:`kg.builders.legal.appendix`
events                  :func:`kg.finders.events.find_events`: the session
                        that adopted a law, the meeting a notice relays;
                        a session's legislature, :mod:`kg.builders.legal.sessions`
commitments             :mod:`kg.builders.legal.mandates`
entry into force        :mod:`kg.builders.legal.in_force`
signatories             :mod:`kg.builders.legal.signature`
======================  ====================================================

Paragraphs: each recital (section ``preamble``, with its opening phrase) and
each article (section ``operative``, numbered as printed), its clauses inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg import lang, resolve
from kg.builders import Builder
from kg.builders.legal.appendix import read_appendix
from kg.builders.legal.in_force import find_entry_into_force, find_last_day_in_force
from kg.builders.legal.mandates import annexed_paragraph, article_commitments, points_lead_in
from kg.builders.legal.page import Page, blank_markup, join_soft_breaks, read_page
from kg.builders.legal.sessions import in_legislatures, sessions_in_legislatures
from kg.builders.legal.signature import Signature, find_issuer, issuing_sentence, read_signature, recipient_lines
from kg.builders.legal.structure import (
    HEADING_REACH,
    LegalText,
    may_hold_articles,
    may_hold_articles_marked,
    read_structure,
)
from kg.builders.legal.tasks import TaskTable, read_task_table
from kg.finders import unique_in_text_order
from kg.finders.actors import COLLECTIVE, Actors, find_actors
from kg.finders.dates import find_dates
from kg.finders.events import find_events
from kg.finders.figures import find_statistics
from kg.finders.instruments import Instruments, find_instruments
from kg.finders.text import DocumentText, find_phrases
from kg.lang.base import LanguagePack
from kg.model import (
    Document,
    DocumentFacts,
    Event,
    Extraction,
    Kind,
    Mention,
    Paragraph,
    Segment,
    Span,
    Statistic,
    ontology_kind,
)

__all__ = ["BUILDER", "LegalReading", "build", "read", "score"]

NAME = "legal"
VERSION = "0.1.0"

#: What each part of the structure weighs; an instrument needs its articles and one more part.
_ARTICLES = 0.4
_HEADING = 0.3
_NUMBER = 0.1
_RECITALS = 0.2
#: The most words of the one body a letter's salutation names ("Kính gửi: Thuế tỉnh Hòa Minh.").
_LETTER_NAME_WORDS = 12
#: Below a UN document's certain score, so that a resolution annexing a convention stays the UN's.
_MAX_SCORE = 0.9


def score(document: Document) -> float:
    """How surely ``document`` is the text of a legal instrument, from its structure only.

    Articles numbered from 1 at the start of their lines (0.4) and, before them, a heading with
    the type of instrument (0.3), its number (0.1) or recitals (0.2); nothing without articles.

    >>> text = "QUYẾT ĐỊNH\\nSố: 1/QĐ-TTg\\n\\nCăn cứ Luật Tổ chức Chính phủ;\\n\\nĐiều 1. Ban hành.\\n\\nĐiều 2. ..."
    >>> score(Document(source="x", text=text, language="vi"))
    0.9
    >>> news = "Quyết định số 1/QĐ-TTg có hiệu lực.\\nĐiều 5 Luật này quy định ...\\nĐiều 7 Luật mới ..."
    >>> score(Document(source="x", text=news, language="vi"))
    0.0
    """
    return BUILDER.score(document)


@dataclass(frozen=True)
class LegalReading:
    """What scoring reads and building reuses: the page around the instrument and the instrument's structure."""

    page: Page
    legal: LegalText


def read(document: Document) -> LegalReading:
    """The page around the instrument (a legal-information site's: its markup, metadata table and furniture)
    and the instrument's structure in it."""
    main = _main_part(document)
    pack = lang.get(document.language)
    page = read_page(document.text, pack, main)
    return LegalReading(page, read_structure(page.text, pack, main, page.breaks))


def _main_part(document: Document) -> Span:
    mains = document.main_segments()  # a page's navigation above the text, teasers below it
    return Span(mains[0].span.start, mains[-1].span.end)


def _may_fit(document: Document) -> bool:
    """Whether ``document`` may hold articles, without reading its structure: no instrument without them."""
    pack, main = lang.get(document.language), _main_part(document)
    return may_hold_articles_marked(document.text, pack, main) and may_hold_articles(
        blank_markup(document.text), pack, main
    )


def _rate(document: Document, reading: LegalReading) -> float:
    legal = reading.legal
    if not legal.articles or not (legal.type_line or legal.recitals or legal.salutation):
        return 0.0
    evidence = (
        (_ARTICLES, True),
        # an official letter's line to its addressee heads it as a type line does
        (_HEADING, legal.type_line is not None or legal.salutation is not None),
        (_NUMBER, legal.symbol is not None),
        (_RECITALS, bool(legal.recitals)),
    )
    return min(_MAX_SCORE, round(sum(weight for weight, found in evidence if found), 2))


def build(document: Document) -> Extraction:
    """The facts of the text of a decision, decree or law."""
    return BUILDER.build(document)


def _extract(document: Document, reading: LegalReading) -> Extraction:
    pack = lang.get(document.language)
    page, legal = reading.page, reading.legal
    # the finders read the instrument alone, its markup blanked: not the site's table, summary or notices
    instrument = Span(legal.start, legal.end)
    # its prose, from the type line (title, recitals, a notice's account of the meeting) to the last article
    prose_start = legal.type_line.span.end if legal.type_line else legal.header.end
    prose_end = legal.articles[-1].span.end if legal.articles else legal.header.end
    prose_end = legal.annexed.end if legal.annexed else prose_end
    text = join_soft_breaks(page.text, Span(prose_start, max(prose_start, prose_end)), pack)
    as_printed = document.text  # a table's cells stand between lines of "|" there
    document = replace(document, text=text, segments=[Segment(instrument, "main")])
    news = DocumentText(_without_formula_and_signature(document, legal), pack)
    extraction = Extraction(builder=NAME, builder_version=VERSION)
    actors = _without_syllables(news, _without_names_in_capitals(_without_structure_words(find_actors(news), pack)))
    actors = _without_places_as_persons(actors, pack)
    actors = _without_venues_as_bodies(news, actors)
    actors = _with_ministry_fields(news, actors)
    actors = _with_places_served(news, actors)
    # a letter's addressee, named before the instruments are read: the letters it cites are that body's
    actors = _with_salutation_name(news, legal, actors)
    # the issuing sentence names the instrument itself by its type and title: no other instrument
    instruments = _without_itself(find_instruments(news, actors), None, issuing_sentence(news, legal))
    actors = _without_names_inside_titles(actors, instruments)
    actors = _with_letter_addressee(news, legal, actors)
    facts = _document_facts(news, legal, actors, instruments)
    signature = read_signature(DocumentText(document, pack), legal)  # the closing block, not blanked
    facts.signatories = signature.signers or _metadata_signer(page)
    facts.body = facts.body or signature.on_behalf_of
    facts.date = (
        facts.date
        or _closing_date(document, legal)
        or _adoption_date(document, legal)
        or _caption_date(document, legal)
        or _metadata_day(news, page, "date")
        or document.date
    )
    facts.symbol = facts.symbol or _metadata_value(page, "number")
    if facts.kind == Kind.INSTRUMENT:
        facts.kind = _metadata_kind(pack, page) or facts.kind
    extraction.document = facts
    # a plan's table of tasks after its prose: a commitment a row, to the body that leads it
    annex = annexed_paragraph(news, legal)
    tasks = read_task_table(
        as_printed, prose_start, legal.end, pack, actors, facts.body, annex.number if annex else None, news.home_state
    )
    instruments = _outside_task_table(instruments, tasks)
    cited = _without_itself(instruments, facts.symbol, None)
    extraction.citations = cited.citations
    extraction.paragraphs = _paragraphs(legal, annex) + ([tasks.paragraph] if tasks else [])
    by_number = {p.number: p for p in extraction.paragraphs if p.section == "operative" and p.number}
    in_force = find_entry_into_force(news, legal, facts.date)
    facts.in_force = in_force.date if in_force else None
    facts.last_day_in_force = find_last_day_in_force(news, legal, in_force, _metadata_day(news, page, "out_of_force"))
    lead_in = points_lead_in(news, legal)
    operative = DocumentText(_articles_only(document, legal, lead_in), pack)
    extraction.commitments = in_legislatures(
        news,
        article_commitments(
            news,
            operative,
            legal,
            actors,
            cited,
            by_number,
            issuer=facts.body,
            date=facts.date,
            in_force=in_force,
            lead_in=lead_in,
        ),
    )
    extraction.commitments += tasks.commitments if tasks else []
    recipients = _recipients(document, legal, pack)
    extraction.posts = [*actors.posts, *signature.posts]
    extraction.posts += recipients.posts
    not_figures = [a.heading for a in legal.articles] + ([legal.number] if legal.number else [])
    not_figures += [c.deadline.span for c in extraction.commitments if c.deadline]
    not_figures += [in_force.date_span] if in_force and in_force.date_span else []
    events = sessions_in_legislatures(news, find_events(news, actors), actors)
    extraction.events = [e for e in events if _happens(e)]
    # the appendix table after the signature is read by its rows, not as prose
    after = legal.articles[-1].span.end if legal.articles else legal.end
    appendix = read_appendix(page.text, after, legal.end, pack, news.home_state)
    not_figures += [appendix.span] if appendix else []
    not_figures += [tasks.span] if tasks else []
    not_figures += _hours_of_the_day(news)
    figures = find_statistics(news, [*(m.span for m in instruments.mentions), *not_figures])
    extraction.statistics = _in_the_issuer_s_place(news, figures, facts.body)
    extraction.statistics += appendix.figures if appendix else []
    extraction.mentions = _mentions(actors, instruments, signature, extraction, recipients)
    return extraction


def _hours_of_the_day(news: DocumentText) -> list[Span]:
    """ "trước 05 giờ sáng và sau 23 giờ đêm", "before 6 a.m.": an hour of the day (a number, maybe the word for
    an hour, then a part of the day: ``extra["time_of_day_words"]``) is a time, no quantity of hours."""
    parts = news.words("time_of_day_words")
    if not parts:
        return []
    hour_words = news.words("clock_hour_words")
    hours = rf"(?:(?:{'|'.join(re.escape(w) for w in hour_words)})\s*)?" if hour_words else ""
    after = "|".join(re.escape(w) for w in sorted(parts, key=len, reverse=True))
    pattern = rf"(?<![\d.,])\d{{1,2}}(?:[:h]\d{{2}})?\s*{hours}(?:{after})(?!\w)"
    return [Span(m.start(), m.end()) for m in re.finditer(pattern, news.text)]


def _happens(event: Event) -> bool:
    """ "Điều 4. Lễ tang đối với công chức", "Khu Trung tâm Hội nghị xã": a rule about a kind of ceremony, or a
    venue's name, says of no event when or where it is held; an instrument's events (the session that adopted
    it, the meeting a notice relays) are dated or placed, or numbered in their body's series."""
    return bool(event.start or event.place or event.number or event.series)


def _in_the_issuer_s_place(news: DocumentText, figures: list[Statistic], issuer: Mention | None) -> list[Statistic]:
    """ "HỘI ĐỒNG NHÂN DÂN | THÀNH PHỐ HÀ NỘI ... Mức phụ cấp ... bằng 2.340.000 đồng": a figure of an instrument
    that a province's or city's body issues, where its sentence names no place, is that place's (not the
    country's: its rules and allowances apply there)."""
    if issuer is None:
        return figures
    places = resolve.find_mentions(
        news.text, news.language, start=issuer.span.start, end=issuer.span.end, kinds=(Kind.PLACE,)
    )
    place = places[-1] if places else None
    if place is None:
        return figures

    def unplaced(figure: Statistic) -> bool:
        area = figure.area
        return area is None or (area.kind == Kind.STATE and (area.key or "").split("/")[0] == news.home_state)

    return [replace(f, area=place) if unplaced(f) else f for f in figures]


def _without_structure_words(actors: Actors, pack: LanguagePack) -> Actors:
    """ "THỦ TƯỚNG CHÍNH PHỦ | Căn cứ Luật ...", "THỦ TƯỚNG CHÍNH PHỦ | Số: 9/QĐ-TTg": the word that opens a
    recital or the instrument's number (``extra["recital_openers"]``, ``extra["legal_number_marks"]``) under a
    post in capitals is no person holding that post."""
    phrases = (*pack.words("recital_openers"), *pack.words("legal_number_marks"))
    words = {phrase.split()[0].rstrip(":").casefold() for phrase in phrases if phrase.split()}

    def structural(person: Mention) -> bool:
        return person.text.strip().rstrip(":").casefold() in words

    return replace(
        actors,
        persons=[p for p in actors.persons if not structural(p)],
        posts=[h for h in actors.posts if not structural(h.person)],
    )


def _without_places_as_persons(actors: Actors, pack: LanguagePack) -> Actors:
    """ "Phường Lạc Viên | - | Sân vận động ...", "Ward Seven": a name that opens with the word of an administrative
    unit (``extra["administrative_unit_words"]``) names a place, though a list prints it as it prints persons."""
    units = pack.words("administrative_unit_words")

    def place(person: Mention) -> bool:
        written = " ".join(person.text.split())
        return any(written.startswith(unit + " ") for unit in units)

    return replace(
        actors,
        persons=[p for p in actors.persons if not place(p)],
        posts=[h for h in actors.posts if not place(h.person)],
    )


def _without_venues_as_bodies(news: DocumentText, actors: Actors) -> Actors:
    """ "Sân Trung tâm Thể thao Hòa Minh", "Khu Trung tâm Triển lãm xã ...", "City Hall Square": a body's
    name right after a word of a site (``extra["venue_words"]``) names where something is held, no body."""
    venues = news.words("venue_words")
    if not venues:
        return actors
    site = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(v) for v in venues)})\s+$")

    def venue(body: Mention) -> bool:
        return site.search(news.text, max(0, body.span.start - 20), body.span.start) is not None

    return replace(actors, organizations=[m for m in actors.organizations if not venue(m)])


#: The fewest syllables of a place's name after its prefix ("Hòa Minh"); one capital alone opens other words.
_PLACE_SYLLABLES = 2
#: A place's name after its prefix: words that open with a capital, on one line ("Hòa Minh", "Lạc Sơn - Đông Hải").
_PLACE_NAME = re.compile(r"[^\W\d_][\w]*(?:[ \t]+(?:-[ \t]+)?[^\W\d_a-zđ][\w]*)*")


def _with_places_served(news: DocumentText, actors: Actors) -> Actors:
    """ "Công an tỉnh Hòa Minh", "Sở Y tế thành phố Hải Đông": a body named with the place it serves (a prefix of
    ``extra["place_prefixes"]`` in small letters, then the place's name) is that place's body, its name running on
    over the place; a head word alone before the place is such a body."""
    prefixes = [p for p in news.words("place_prefixes") if p[:1].islower()]
    if not prefixes:
        return actors
    served: list[Mention] = []
    for mention in actors.organizations:
        end = _place_served_after(news, mention.span.end, prefixes)
        served.append(mention if end is None else _run_on(news, mention, end))
    taken = [m.span for m in served]
    for pattern in news.pack.derived("legal.capitalised_heads", _capitalised_heads):
        for found in pattern.finditer(news.text):
            start = found.start()
            if any(t.start <= start < t.end for t in taken):
                continue
            end = _place_served_after(news, found.end(), prefixes)
            if end is not None:
                span = Span(start, end)
                served.append(Mention(span, " ".join(span.of(news.text).split()), Kind.GOVERNMENT_AGENCY))
                taken.append(span)
    places = [m for m in actors.known if not (m.kind == Kind.PLACE and any(_within(m.span, t) for t in taken))]
    return replace(actors, organizations=served, known=places)


def _capitalised_heads(pack: LanguagePack) -> tuple[re.Pattern[str], ...]:
    r"""A pattern for each of the pack's organisation heads that opens with a capital, in the pack's order, a word
    and a space after it; compiled once a pack, and opening with the head's first character, the word boundary
    tested after it (``(?<!\w.)``, the same test), so that the engine skips to where the head stands instead of
    trying every position of the text."""
    return tuple(
        re.compile(rf"{re.escape(head[0])}(?<!\w.){re.escape(head[1:])}(?= )")
        for head in pack.organization_heads
        if head[:1].isupper()
    )


def _place_served_after(news: DocumentText, position: int, prefixes: list[str]) -> int | None:
    """Where the place a body serves ends, if a prefix and a place's name follow ``position`` on its line."""
    if news.text[position : position + 1] != " ":
        return None
    after = position + 1
    prefix = next((p for p in sorted(prefixes, key=len, reverse=True) if news.text.startswith(p + " ", after)), None)
    if prefix is None:
        return None
    name = _PLACE_NAME.match(news.text, after + len(prefix) + 1)
    # a place is named in two syllables or more ("Hòa Minh"); one capital alone opens the next words ("Quy định")
    if name is None or not name.group()[:1].isupper() or len(name.group().split()) < _PLACE_SYLLABLES:
        return None
    return name.end()


def _run_on(news: DocumentText, mention: Mention, end: int) -> Mention:
    span = Span(mention.span.start, end)
    return replace(mention, span=span, text=" ".join(span.of(news.text).split()), written=None, name=None)


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


#: How far past a department's name its ministry's field may run ("Sở Văn hóa | , Thể thao và Du lịch").
_FIELD_REACH = 60


def _with_ministry_fields(news: DocumentText, actors: Actors) -> Actors:
    """ "Sở Văn hóa, Thể thao và Du lịch" cut at its comma: a local department (``extra["local_department_heads"]``)
    is named after the field of the ministry of the same field the gazetteers know ("Bộ Văn hóa, Thể thao và
    Du lịch"), so its name runs on as far as that ministry's does."""
    heads: dict[str, str] = dict(news.pack.extra.get("local_department_heads", {}) or {})
    if not heads:
        return actors
    organizations = [_run_on_as_ministry(news, m, heads) for m in actors.organizations]
    return replace(actors, organizations=organizations)


def _run_on_as_ministry(news: DocumentText, mention: Mention, heads: dict[str, str]) -> Mention:
    head = next((h for h in heads if mention.text.startswith(h + " ")), None)
    if head is None:
        return mention
    following = news.text[mention.span.end : mention.span.end + _FIELD_REACH].split("\n\n")[0]
    if not following.startswith(","):
        return mention
    field = mention.span.of(news.text)[len(head) :]
    ministry = heads[head] + field
    candidate = ministry + following
    known = [
        m
        for m in resolve.find_mentions(candidate, news.language, kinds=(Kind.GOVERNMENT_AGENCY,))
        if m.span.start == 0 and m.span.end > len(ministry)
    ]
    if not known:
        return mention
    end = mention.span.end + max(m.span.end for m in known) - len(ministry)
    span = Span(mention.span.start, end)
    return replace(mention, span=span, text=" ".join(span.of(news.text).split()), written=None)


def _without_names_in_capitals(actors: Actors) -> Actors:
    """ "... CỦA BỘ TRƯỞNG BỘ Y TẾ QUY ĐỊNH VIỆC ÁP DỤNG ...", "CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ QUYẾT ĐỊNH SỐ": the words in
    capitals after a post in a title are the title's, no person's name, nor a heading's ("EL PRESIDENTE | DE LA
    REPÚBLICA"); the signer, printed in capitals by some texts, is read from the closing block."""

    def in_capitals(person: Mention) -> bool:
        return person.text.isupper()

    return replace(
        actors,
        persons=[p for p in actors.persons if not in_capitals(p)],
        posts=[h for h in actors.posts if not in_capitals(h.person)],
    )


def _without_syllables(news: DocumentText, actors: Actors) -> Actors:
    """ "Chánh Văn phòng Ủy ban nhân dân Thành phố", "Phó Chánh Văn phòng Thường trực", "Tổng Bí thư kết luận
    như sau: Trẻ em ...": a one-word "name" after a post whose next word is in small letters is the first
    syllable of a common word ("Thành phố", "Thường trực", "Trẻ em"). An instrument names a person in full."""

    def syllable(person: Mention) -> bool:
        if len(person.text.split()) != 1:
            return False
        following = news.text[person.span.end : person.span.end + 12].split()
        return bool(following) and following[0][:1].islower()

    return replace(
        actors,
        persons=[p for p in actors.persons if not syllable(p)],
        posts=[h for h in actors.posts if not syllable(h.person)],
    )


def _without_names_inside_titles(actors: Actors, instruments: Instruments) -> Actors:
    """ "Luật Tổ chức Viện kiểm sát nhân dân", "the Law on the National Migration Agency": a name found by its
    head word where an instrument's title runs is words of the title, not an organisation the text names
    (the ones the gazetteers know stay)."""
    titles = [m.span for m in instruments.mentions]

    def inside_title(organization: Mention) -> bool:
        return any(t.start <= organization.span.start < t.end for t in titles)

    return replace(actors, organizations=[m for m in actors.organizations if not inside_title(m)])


def _with_letter_addressee(news: DocumentText, legal: LegalText, actors: Actors) -> Actors:
    """ "Kính gửi: Công ty TNHH Ánh Dương | ... Công ty phải nộp đủ số tiền thuế ..., đề nghị Công ty liên hệ ...": in
    a letter, the head word of its addressee's name standing alone (not before another name) is that addressee."""
    if legal.salutation is None or not legal.articles:
        return actors
    salutation = legal.salutation
    named = [m for m in actors.every_organization() if salutation.start <= m.span.start < salutation.end]
    addressee = max(named, key=lambda m: m.span.end - m.span.start, default=None)
    heads = [h for h in news.pack.organization_heads if addressee and addressee.text.startswith(h + " ")]
    if addressee is None or not heads:
        return actors
    head = max(heads, key=len)
    body = legal.articles[0].body
    taken = [m.span for m in actors.all_mentions()]
    aliases = []
    for match in re.finditer(rf"(?<!\w){re.escape(head)}(?!\w)", news.text[body.start : body.end]):
        span = Span(body.start + match.start(), body.start + match.end())
        following = news.text[span.end : span.end + 2].lstrip(" ")
        if following[:1].isupper() or any(t.start <= span.start < t.end for t in taken):
            continue  # "Công ty TNHH Khác": another firm, named in full
        aliases.append(replace(addressee, span=span, written=span.of(news.text)))
    return replace(actors, organizations=[*actors.organizations, *aliases]) if aliases else actors


def _with_salutation_name(news: DocumentText, legal: LegalText, actors: Actors) -> Actors:
    """ "Kính gửi: Thuế tỉnh Hòa Minh. | ... đề nghị Thuế tỉnh Hòa Minh rà soát ...": the one addressee a letter's
    salutation names, where no body the finders know covers its name, is a body of that name, wherever the
    letter writes it whole (not the place its name ends with)."""
    if legal.salutation is None or not legal.articles:
        return actors
    salutations = tuple(dict(news.pack.extra.get("salutations", {}) or {}))
    line = legal.salutation.of(news.text)
    opening = next((s for s in salutations if line.startswith(s)), None)
    if opening is None or "\n" in line.strip():
        return actors
    name = " ".join(line[len(opening) :].replace("*", " ").strip(" :：").rstrip(".").split())
    if not name[:1].isupper() or re.search(r"[;\d]", name) or len(name.split()) > _LETTER_NAME_WORDS:
        return actors
    salutation = legal.salutation
    if any(
        salutation.start <= m.span.start and m.span.end <= salutation.end and len(m.span.of(news.text)) >= len(name)
        for m in actors.every_organization()
    ):
        return actors  # a body the finders know by that name
    spans = [Span(found.start(), found.end()) for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", news.text)]
    named = [Mention(span, name, Kind.ORGANIZATION, scope=news.home_state) for span in spans]

    def outside(mention: Mention) -> bool:
        return not any(s.start <= mention.span.start < s.end for s in spans)

    return replace(
        actors,
        known=[m for m in actors.known if outside(m)],
        organizations=[*(m for m in actors.organizations if outside(m)), *named],
    )


def _metadata_value(page: Page, name: str) -> str | None:
    found = page.metadata.get(name)
    return found.value if found is not None else None


def _metadata_signer(page: Page) -> tuple[Mention, ...]:
    """The signer the site's metadata table names, where the closing block gives none."""
    found = page.metadata.get("signer")
    if found is None or not found.value or any(c.isdigit() for c in found.value):
        return ()
    return (Mention(found.span, found.value, Kind.PERSON),)


def _metadata_kind(pack: LanguagePack, page: Page) -> str | None:
    """The kind the metadata table gives ("Loại văn bản: Quyết định", "Nature : Décret") as the heading would."""
    written = _metadata_value(page, "kind")
    types: dict[str, str] = dict(pack.extra.get("legal_heading_types", {}) or {})
    kind = next((k for w, k in types.items() if written and w.casefold() == written.casefold()), None)
    return ontology_kind(kind) if kind else None


def _metadata_day(news: DocumentText, page: Page, name: str) -> str | None:
    """The day the metadata table's field ``name`` gives ("Ngày ban hành: 02/12/2025"), where it has a year."""
    found = page.metadata.get(name)
    if found is None:
        return None
    dates = find_dates(found.value, news.pack, 0, len(found.value))
    return next((d.iso for d in dates if d.has_year), None)


def _document_facts(news: DocumentText, legal: LegalText, actors: Actors, instruments: Instruments) -> DocumentFacts:
    own = _own_number(legal, instruments)
    kind = ontology_kind(legal.kind) if legal.kind else (own.kind if own else Kind.INSTRUMENT)
    body = find_issuer(news, legal, actors) or (instruments.issuers.get(own.span) if own else None)
    # the date the heading prints wins over a page's (a web page's date is when it was posted, or a guess)
    title = _title(legal, body) or _letter_subject(news, legal)
    facts = DocumentFacts(kind=kind, title=title, date=_heading_date(news, legal))
    facts.symbol = own.key if own else legal.symbol
    facts.body = body
    return facts


def _letter_subject(news: DocumentText, legal: LegalText) -> str | None:
    """ "Số: 12/STP-VP | V/v rà soát hồ sơ lưu trữ": the subject a letter prints under its number, above its
    salutation (after ``extra["letter_subject_marks"]``), is its title."""
    if legal.salutation is None:
        return None
    marks = news.words("letter_subject_marks")
    for line in legal.lines:
        if line.span.start >= legal.salutation.start:
            break
        written = " ".join(line.text.replace("*", " ").split())
        mark = next((m for m in marks if written.startswith(m + " ") or written.startswith(m + ":")), None)
        if mark is not None:
            subject = written[len(mark) :].strip(" :")
            return subject or None
    return None


def _title(legal: LegalText, issuer: Mention | None) -> str | None:
    """The title's lines, up to the issuer's where it runs on after them; else the type line itself."""
    runs_on = issuer is not None and legal.title and issuer.span.start > legal.title[0].span.end
    lines = [line for line in legal.title if not runs_on or (issuer and line.span.end <= issuer.span.start)]
    title = " ".join(" ".join(line.text for line in lines).split())
    if not title and legal.type_line is not None:
        title = legal.type_line.text.rstrip(":：")
    return title or None


def _own_number(legal: LegalText, instruments: Instruments) -> Mention | None:
    """The numbered instrument the heading prints: the news builder's key for it, where it reads one."""
    if legal.number is None:
        return None
    number = legal.number
    return next(
        (m for m in instruments.mentions if m.key and m.span.start <= number.start and number.end <= m.span.end + 1),
        None,
    )


def _heading_date(news: DocumentText, legal: LegalText) -> str | None:
    header = legal.header
    dates = find_dates(news.text, news.pack, header.start, min(header.end, header.start + HEADING_REACH))
    # a title's date is the cited instrument's ("... THÔNG TƯ SỐ 06/2024/TT-BGDĐT NGÀY 10 THÁNG 4 NĂM 2024")
    title = [line.span for line in legal.title]
    dates = [d for d in dates if not any(t.start <= d.span.start < t.end for t in title)]
    return next((d.iso for d in dates if d.has_year), None)


def _closing_date(document: Document, legal: LegalText) -> str | None:
    """ "Fait à Paris, le 12 mars 2024": where the heading has no date, the closing block's."""
    if not legal.closing:
        return None
    pack = lang.get(document.language)
    dates = find_dates(document.text, pack, legal.closing[0].span.start, legal.closing[-1].span.end)
    return next((d.iso for d in dates if d.has_year), None)


def _caption_date(document: Document, legal: LegalText) -> str | None:
    """ "(Kèm theo Nghị định số 297/2025/NĐ-CP ngày 17 tháng 11 năm 2025 ...)": a copy that lost its heading is
    dated by the appendix caption that gave its number."""
    if legal.caption is None or legal.number is None:
        return None
    pack = lang.get(document.language)
    dates = find_dates(document.text, pack, legal.number.end, legal.caption.end)
    return next((d.iso for d in dates if d.has_year), None)


def _adoption_date(document: Document, legal: LegalText) -> str | None:
    """ "Luật này được Quốc hội ... thông qua ngày 10 tháng 11 năm 2022": a law dated where it says it was adopted
    (``extra["adoption_date_phrases"]``), after its articles' first words."""
    pack = lang.get(document.language)
    if not legal.articles:
        return None
    start = legal.articles[0].body.start
    for match in find_phrases(document.text, pack.words("adoption_date_phrases"), start, legal.end):
        dates = find_dates(document.text, pack, match.end(), min(legal.end, match.end() + _DATE_REACH))
        if dates and dates[0].has_year:
            return dates[0].iso
    return None


#: How far after the words of adoption its date may stand ("Принят Государственной Думой | 14 ноября 2023 года").
_DATE_REACH = 40


def _outside_task_table(instruments: Instruments, tasks: TaskTable | None) -> Instruments:
    """ "Báo cáo", "Nghị định" in a table's column of expected results, "Báo cáo Ủy ban nhân dân tỉnh ..." opening
    a task: in a table of tasks, a kind of instrument named without a number is what a task yields or does, not
    an instrument the text cites."""
    if tasks is None:
        return instruments

    def inside(mention: Mention) -> bool:
        return mention.key is None and tasks.span.start <= mention.span.start < tasks.span.end

    return Instruments(
        citations=[c for c in instruments.citations if not inside(c.mention)],
        mentions=[m for m in instruments.mentions if not inside(m)],
        issuers=dict(instruments.issuers),
        adopters=dict(instruments.adopters),
    )


def _without_itself(instruments: Instruments, symbol: str | None, issuing: re.Match[str] | None) -> Instruments:
    """The instruments the text cites, less the instrument itself: "402/QĐ-TTg" in its own heading, and the
    instrument its issuing sentence names by its type and title ("Hội đồng nhân dân ban hành Nghị quyết Quy
    định mức phụ cấp ...")."""
    if symbol is None and issuing is None:
        return instruments

    def itself(mention: Mention) -> bool:
        return (symbol is not None and mention.key == symbol) or (
            issuing is not None and mention.span.start == issuing.start("own")
        )

    return Instruments(
        citations=[c for c in instruments.citations if not itself(c.mention)],
        mentions=[m for m in instruments.mentions if not itself(m)],
        issuers={span: issuer for span, issuer in instruments.issuers.items()},
    )


def _paragraphs(legal: LegalText, annex: Paragraph | None) -> list[Paragraph]:
    recitals = [Paragraph(span, "preamble", leading_phrase=opener) for span, opener in legal.recitals]
    articles = [Paragraph(a.span, "operative", number=a.number) for a in legal.articles]
    return [*recitals, *articles, *([annex] if annex else [])]


def _without_formula_and_signature(document: Document, legal: LegalText) -> Document:
    """The document as its finders read it: the enacting formula and the closing block blanked out (same
    length, so that every offset holds), since their lines of capitals would read as posts of the names
    below them ("... Bộ trưởng Bộ Ngoại giao, | QUYẾT ĐỊNH:", "KT. THỦ TƯỚNG | PHÓ THỦ TƯỚNG | Phạm Bình Minh")."""
    spans = [line.span for line in legal.closing] + ([legal.enacting.span] if legal.enacting else [])
    if not spans:
        return document
    text = list(document.text)
    for span in spans:
        text[span.start : span.end] = " " * (span.end - span.start)
    return replace(document, text="".join(text))


def _before_its_parent(unit: Mention) -> bool:
    """Whether the unit's name runs up to its parent body's ("Cục Hải quan (Bộ Tài chính)"), so it is whole,
    not a name cut short by the finder ("Cục Kiểm tra ... vi phạm | hành chính (Bộ Tư pháp)")."""
    parent = unit.parent
    return parent is not None and 0 < parent.span.start - unit.span.end <= len(" (")


def _recipients(document: Document, legal: LegalText, pack: LanguagePack) -> Actors:
    """The actors of the recipients list ("- Bộ Tài chính;", "- Bộ trưởng Nguyễn Văn A (để b/c);"), read on
    those lines alone: the rest of the closing block (a post in capitals above the signer's name) and the
    text above are blanked, every offset kept."""
    lines = recipient_lines(legal)
    if not lines:
        return Actors()
    text = [" " if c != "\n" else c for c in document.text]
    for line in lines:
        text[line.span.start : line.span.end] = document.text[line.span.start : line.span.end]
    # the finders read the list's own segment only, not the blanks of the whole text
    listed = replace(
        document, text="".join(text), segments=[Segment(Span(lines[0].span.start, lines[-1].span.end), "main")]
    )
    return _without_structure_words(find_actors(DocumentText(listed, pack)), pack)


def _articles_only(document: Document, legal: LegalText, lead_in: Span | None = None) -> Document:
    """The document as read for commitments: its articles' text, without headings, recitals or signature, and the
    text it issues with it after the signature (a plan); a directive's lead-in to its points."""
    bodies = [a.body for a in legal.articles] + ([legal.annexed] if legal.annexed else [])
    bodies = ([lead_in] if lead_in else []) + bodies
    return replace(document, segments=[Segment(body, "main") for body in bodies if body.end > body.start])


def _mentions(
    actors: Actors, instruments: Instruments, signature: Signature, extraction: Extraction, recipients: Actors
) -> list[Mention]:
    """Every mention once, in text order."""
    found = [*actors.all_mentions(), *instruments.mentions, *instruments.issuers.values(), *signature.mentions]
    # of a recipients list, its office holders named with their post ("Bộ trưởng Nguyễn Văn A (để b/c)") and
    # the units named whole with their parent body ("Cục Hải quan (Bộ Tài chính)"); its other bodies are sent a
    # copy, cut short by the list's abbreviations ("HĐND, UBND các tỉnh"), no actors of it
    found += [m for p in recipients.posts for m in (p.person, p.known_post) if m is not None]
    found += [m for m in recipients.organizations if m.parent is not None and _before_its_parent(m)]
    if extraction.document.body is not None:
        found.append(extraction.document.body)
    found.extend(a for c in extraction.commitments for a in c.addressees if a.kind == COLLECTIVE)
    return unique_in_text_order(found)


BUILDER: Builder[LegalReading] = Builder(
    name=NAME,
    version=VERSION,
    description="The text of a decision, decree, resolution or law: heading, recitals, articles, signature",
    read=read,
    rate=_rate,
    extract=_extract,
    may_fit=_may_fit,
)
