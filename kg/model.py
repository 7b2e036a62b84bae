"""The data that flows through the pipeline: read → build → resolve → graph.

Readers produce a :class:`Document`; builders turn it into an :class:`Extraction`
(facts tied to character spans of ``Document.text``); resolution maps each
:class:`Mention` to an :class:`Entity`; the graph layer mints IRIs and writes
triples. Nothing here knows RDF.

Conventions shared by every stage:

* offsets are Unicode code points into ``Document.text`` (so that
  ``text[span.start:span.end] == mention.text``);
* dates are ISO 8601 strings of the precision the text gives: ``2020-03-20``,
  ``2020-03``, ``2020``, or ``--10-29`` (an xsd:gMonthDay) when the text gives
  a day and month but no year;
* kinds are the local names of ontology classes in lower case with hyphens
  (``state``, ``un-body``, ``resolution``, ``news-article`` ...): the members of
  :class:`Kind`, which code names instead of spelling them;
* numbers are :class:`decimal.Decimal`, never floats, so values print exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

__all__ = [
    "DECLARATION_SECTION",
    "INSTRUMENT_KINDS",
    "NARROWER_INSTRUMENT_KINDS",
    "Citation",
    "Commitment",
    "Deadline",
    "Document",
    "DocumentFacts",
    "Entity",
    "Event",
    "Extraction",
    "Kind",
    "Mention",
    "Paragraph",
    "PostHolding",
    "Segment",
    "Span",
    "Statistic",
    "ontology_kind",
]


class Kind(StrEnum):
    """The kinds of the ontology: each class's ``pk:kindName`` (``tests/test_kinds.py`` fails when they differ).

    A member is its string ("un-body"), so a kind compares, hashes and prints as the name the query
    contract gives; code names the member (``Kind.UN_BODY``) so that a misspelt kind fails at once.
    """

    ACTOR = "actor"
    AGREEMENT = "agreement"
    ALIGNMENT = "alignment"
    CIRCULAR = "circular"
    COMMITMENT = "commitment"
    CONFERENCE = "conference"
    DECISION = "decision"
    DECLARATION = "declaration"
    DECREE = "decree"
    DIFFERENCE = "difference"
    DOCUMENT = "document"
    DRAFT_LAW = "draft-law"
    DRAFT_RESOLUTION = "draft-resolution"
    EVENT = "event"
    EXPRESSION = "expression"
    FORUM = "forum"
    FULFILMENT = "fulfilment"
    GOVERNMENT_AGENCY = "government-agency"
    GOVERNMENT_DOCUMENT = "government-document"
    GROUP_OF_STATES = "group-of-states"
    INSTRUMENT = "instrument"
    INTERGOVERNMENTAL_ORGANIZATION = "intergovernmental-organization"
    LAW = "law"
    LETTER = "letter"
    MANDATE = "mandate"
    MEETING = "meeting"
    MENTION = "mention"
    NEWS_ARTICLE = "news-article"
    NOTE = "note"
    NOTICE = "notice"
    ORGANIZATION = "organization"
    PARAGRAPH = "paragraph"
    PERSON = "person"
    PLACE = "place"
    POST = "post"
    PRESIDENTIAL_STATEMENT = "presidential-statement"
    PROGRAMME = "programme"
    PROJECT = "project"
    REPORT = "report"
    RESOLUTION = "resolution"
    SESSION = "session"
    STATE = "state"
    STATEMENT = "statement"
    SUMMARY_RECORD = "summary-record"
    SUMMIT = "summit"
    TERRITORY = "territory"
    TREATY = "treaty"
    UN_BODY = "un-body"
    WORK = "work"
    WORKSHOP = "workshop"


#: What languages call an instrument the ontology has no class for, and the class it falls under.
NARROWER_INSTRUMENT_KINDS: dict[str, Kind] = {
    "directive": Kind.GOVERNMENT_DOCUMENT,
    "plan": Kind.GOVERNMENT_DOCUMENT,
    "strategy": Kind.GOVERNMENT_DOCUMENT,
    "official-letter": Kind.LETTER,
    "ordinance": Kind.LAW,
    "constitution": Kind.LAW,
    "convention": Kind.TREATY,
    "protocol": Kind.TREATY,
    "compact": Kind.AGREEMENT,
    "agenda": Kind.INSTRUMENT,
    "framework": Kind.INSTRUMENT,
}

#: Kinds of mention that name an instrument (cited), not an actor: the ontology's and the languages' own.
INSTRUMENT_KINDS: frozenset[str] = frozenset(
    {
        Kind.INSTRUMENT, Kind.RESOLUTION, Kind.DRAFT_RESOLUTION, Kind.DECISION, Kind.REPORT, Kind.LAW,
        Kind.DRAFT_LAW, Kind.DECLARATION, Kind.AGREEMENT, Kind.TREATY, Kind.PROGRAMME, Kind.PROJECT,
        Kind.PRESIDENTIAL_STATEMENT, Kind.LETTER, Kind.NOTE, Kind.DECREE, Kind.CIRCULAR, Kind.NOTICE,
        *NARROWER_INSTRUMENT_KINDS,
    }
)  # fmt: skip


def ontology_kind(kind: str) -> Kind:
    """The kind of the ontology a language's kind of instrument is.

    >>> ontology_kind("directive"), ontology_kind("decree"), ontology_kind("no-such-kind")
    (<Kind.GOVERNMENT_DOCUMENT: 'government-document'>, <Kind.DECREE: 'decree'>, <Kind.INSTRUMENT: 'instrument'>)
    """
    if kind in Kind.__members__.values():
        return Kind(kind)
    return NARROWER_INSTRUMENT_KINDS.get(kind, Kind.INSTRUMENT)


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of code points in a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def shift(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)


@dataclass(frozen=True, slots=True)
class Segment:
    """A region of the text with a role.

    ``role`` is ``"main"`` for the document proper, ``"furniture"`` for page
    navigation and boilerplate, ``"teaser"`` for the summary of another
    article shown on the page. Builders extract facts from ``main`` segments
    only (teasers may become documents of their own).
    """

    span: Span
    role: str


@dataclass(slots=True)
class Document:
    """A text as read from one file, with what is known about it before building."""

    source: str  # the path as given to ``kg build`` (or a URL)
    text: str
    language: str | None = None  # ISO 639-1 code, ``None`` when unknown
    media_type: str = "text/plain"
    title: str | None = None
    date: str | None = None
    url: str | None = None  # the original address, where known
    sha256: str = ""  # of the bytes read
    segments: list[Segment] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)  # e.g. from the corpus manifest

    def main_segments(self) -> list[Segment]:
        """The parts of the text builders read; the whole text when unsegmented."""
        mains = [s for s in self.segments if s.role == "main"]
        return mains or [Segment(Span(0, len(self.text)), "main")]


@dataclass(frozen=True, slots=True)
class Mention:
    """A surface form in a document that names an entity.

    ``key`` is a canonical key the builder already knows (a UN symbol, a
    national instrument number, an ISO 3166 alpha-3 code); resolution fills it
    in otherwise. ``scope`` narrows an unknown name (a ministry is scoped to
    its state's alpha-3 code); ``parent`` is the organisation this one is part
    of ("Cục Lãnh sự" of "Bộ Ngoại giao").
    """

    span: Span
    text: str
    kind: str
    key: str | None = None
    scope: str | None = None
    parent: Mention | None = None
    name: str | None = None  # an English name the builder knows (e.g. a translated post)
    written: str | None = None  # the form as written, where ``text`` is its base form (a declined name)


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity: one per (kind, key), whatever the language of its mentions."""

    kind: str
    key: str
    name: str | None = None  # canonical English name, where known
    code: str | None = None  # ISO 3166 alpha-3, acronym, or symbol
    rule: str = ""  # the resolution rule that produced it ("gazetteer:alias", "minted:name", ...)


@dataclass(slots=True)
class DocumentFacts:
    """What a builder learns about the document itself."""

    kind: str = "document"  # resolution, draft-resolution, report, news-article, declaration ...
    symbol: str | None = None  # canonical UN symbol or national number, where printed
    title: str | None = None
    date: str | None = None
    body: Mention | None = None  # the issuing body or author
    session: int | None = None
    agenda_items: tuple[int, ...] = ()
    original_language: str | None = None
    meeting: str | None = None  # "60th plenary meeting"
    adopted_on: str | None = None  # symbol of the report a resolution was adopted on
    committee: Mention | None = None  # the committee whose report it is, or on whose report it was adopted
    recommends: tuple[str, ...] = ()  # symbols of the drafts a report recommends
    work_key: str | None = None  # a key shared by all language versions, where known
    signatories: tuple[Mention, ...] = ()
    in_force: str | None = None  # the day the instrument takes effect (ISO date), as its text says
    last_day_in_force: str | None = None  # the last day it is in force (ISO date), as its text says


@dataclass(frozen=True, slots=True)
class Citation:
    """An instrument cited or named in the text (by symbol, number or name)."""

    mention: Mention  # kind: resolution, report, law, decision, agreement ... key: canonical symbol
    date: str | None = None
    issuer: Mention | None = None  # the body or post that issued the instrument, where the text says


#: The section of the numbered paragraphs of a declaration a document adopts in its annex, whose speakers
#: commit ("We, Heads of State and Government ..."), where the document's own operative act is unnumbered.
DECLARATION_SECTION = "declaration"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A numbered (or lettered) paragraph of a section of the document."""

    span: Span
    section: str  # preamble, operative, annex, declaration, body
    number: str | None = None  # "1", "17", "(a)"
    leading_phrase: str | None = None  # "Recalling", "Noting with concern"


@dataclass(frozen=True, slots=True)
class Deadline:
    """When something is due: a year, a date, a session of a body, or a time limit ("within 60 days")."""

    span: Span
    year: int | None = None
    date: str | None = None
    session: int | None = None
    body: Mention | None = None
    legislature: int | None = None  # the body's legislature its session is numbered in ("Quốc hội khóa XV": 15)
    within: str | None = None  # ISO 8601 duration counted from when the text takes effect: "P60D"
    # the sessions listed with this one, each of its own body ("to the General Assembly and the Human Rights
    # Council at their seventy-fourth and thirty-ninth sessions, respectively")
    listed_with: tuple[Deadline, ...] = ()


@dataclass(frozen=True, slots=True)
class Commitment:
    """One verb of commitment: issuer → action → addressees, with its force.

    A joint stance ("The two leaders reaffirmed ...", "双方同意 ...") has several issuers: ``issuer`` is the first
    party (the host of a readout), ``co_issuers`` the others; :attr:`issuers` gives them all.
    """

    span: Span  # the clause this verb governs
    action: str  # identifier of a concept in the ontology's action scheme ("calls-upon")
    force: str  # declaratory | exhortatory | directive | decision
    issuer: Mention | None = None
    addressees: tuple[Mention, ...] = ()
    deadline: Deadline | None = None
    instruments: tuple[Mention, ...] = ()
    paragraph: Paragraph | None = None
    verb: Span | None = None  # where the verb itself stands
    cycle: str | None = None  # how often it recurs, an ISO 8601 duration ("P1Y": "to report annually")
    co_issuers: tuple[Mention, ...] = ()  # the other parties of a joint stance, who take it with the issuer

    @property
    def issuers(self) -> tuple[Mention, ...]:
        """Every party that takes this stance: the issuer, then those who take it jointly with it."""
        return (self.issuer, *self.co_issuers) if self.issuer is not None else self.co_issuers


@dataclass(frozen=True, slots=True)
class Statistic:
    """A figure stated in the text."""

    span: Span
    value: Decimal
    qualifier: str = "exact"  # exact | more-than | less-than | about | at-least | at-most
    unit: str | None = None  # "per 100 people", "percent", "persons", "USD"
    measure: str | None = None  # what is counted, in the document's words
    area: Mention | None = None
    period: str | None = None  # "2020", "2017/2022"


@dataclass(frozen=True, slots=True)
class Event:
    """A meeting, session, summit, workshop or forum."""

    span: Span
    name: str
    kind: str = "event"  # session, meeting, summit, workshop, forum, conference
    place: Mention | None = None
    start: str | None = None
    end: str | None = None
    date_inferred: bool = False  # the year was not in the text
    place_inferred: bool = False  # the place is the seat of the body that met, not named in the text
    series: Mention | None = None  # the recurring forum it belongs to (IGF)
    legislature: int | None = None  # a session's legislature, where its body numbers sessions in one ("khóa XV")
    number: int | None = None  # a session's number in its legislature ("kỳ họp thứ 9": 9), where it has one


@dataclass(frozen=True, slots=True)
class PostHolding:
    """A person holding a post, optionally in an organisation."""

    span: Span
    person: Mention
    post: str  # as written ("Phó Cục trưởng", "Rapporteur")
    post_name: str | None = None  # English name of the post where known
    organization: Mention | None = None
    state: Mention | None = None  # the country the person represents
    known_post: Mention | None = None  # the post as the gazetteer knows it ("Bộ trưởng Bộ Ngoại giao")


@dataclass(slots=True)
class Extraction:
    """Everything a builder found in one document."""

    builder: str
    builder_version: str
    document: DocumentFacts = field(default_factory=DocumentFacts)
    mentions: list[Mention] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    posts: list[PostHolding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "mentions": len(self.mentions),
            "citations": len(self.citations),
            "paragraphs": len(self.paragraphs),
            "commitments": len(self.commitments),
            "statistics": len(self.statistics),
            "events": len(self.events),
            "posts": len(self.posts),
        }
