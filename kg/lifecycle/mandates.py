"""Mandates and their follow-up, inferred over all documents once they are built.

A *mandate* is a directive commitment with a point it falls due at: "requests the
Secretary-General to submit a report at its seventy-fourth session", "by 2030",
"biennially". Its due session is resolved to dates where the body has a calendar
(:data:`CALENDARS`), its deadline to the last day it names.

A later document *fulfils* a mandate when it is, or names, the report asked for.
Three rules, each recorded on the fulfilment it makes, with the words that show it:

* ``cited-symbol``: a paragraph of a document on the mandate's subject names the
  addressee's report and cites, right after, a document of the due session ("the report
  of the Secretary-General (A/74/123)");
* ``title-and-session``: a document of the due session's body and session, on the
  mandate's subject (it cites the mandating text, bears its title, or names the
  report "on" that title), names the addressee's report;
* ``is-the-report``: a report in the build of the due session, whose title names the
  addressee's report, on the mandate's subject.

A report that carries a draft's text asks what the draft asks. Once the resolution
adopted from that draft is in the build (the link graph's ``pk:carriesTextOf`` and
``pk:adoptedFrom``), the request is the adopted text's: the draft's is no mandate of its
own. A draft with no adopted resolution in the build still mandates (the query marks it
a draft's).

Everything is read from the documents' graphs and the link graph, and written to one
named graph of its own (:data:`GRAPH`), recomputed only when a graph it reads changed
(:func:`mandates_chunks`).
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions, RdfFormat, Store, parse

from kg import lang
from kg.buildfolder import Chunk
from kg.graph import iri
from kg.graph.terms import DCTERMS, FORCE, PK, PROV, RDF, RDFS, SKOS, XSD
from kg.lifecycle.derived import derived_chunk
from kg.lifecycle.reading import nquads_terms
from kg.resolve.normalize import fold

__all__ = [
    "CALENDARS",
    "GRAPH",
    "Mandate",
    "SessionCalendar",
    "fulfilment_quads",
    "mandates_chunks",
]

#: The named graph of mandates and their fulfilments.
GRAPH = iri.derived_graph_iri("mandates")
#: Bumped when the rules change, so that a cached graph of mandates is computed again.
RULES_VERSION = "2"

CITED_SYMBOL = "cited-symbol"
TITLE_AND_SESSION = "title-and-session"
IS_THE_REPORT = "is-the-report"


@dataclass(frozen=True)
class SessionCalendar:
    """What a body's session numbers say of dates and of the symbols of its documents.

    >>> CALENDARS["ga"].opens(74), CALENDARS["ga"].closes(74)
    (datetime.date(2019, 9, 1), datetime.date(2020, 8, 31))
    >>> CALENDARS["ga"].session_of_symbol("A/74/123"), CALENDARS["ga"].session_of_symbol("A/RES/74/1")
    (74, None)
    >>> CALENDARS["hrc"].opens(50) is None, CALENDARS["hrc"].session_of_symbol("A/HRC/50/21")
    (True, 50)
    """

    #: ``symbol_pattern`` matches the symbol of a document of a session; its first group is the session.
    symbol_pattern: str
    #: Session N opens in ``opening_month`` of ``first_year + N``; None: no fixed calendar.
    first_year: int | None = None
    opening_month: int = 9

    def opens(self, session: int) -> date | None:
        if self.first_year is None:
            return None
        return date(self.first_year + session, self.opening_month, 1)

    def closes(self, session: int) -> date | None:
        """The day before the next session opens: a session runs until the next one."""
        following = self.opens(session + 1)
        return None if following is None else date.fromordinal(following.toordinal() - 1)

    def session_of_symbol(self, symbol: str) -> int | None:
        match = re.match(self.symbol_pattern, symbol)
        return int(match.group(1)) if match else None


#: Bodies by the key the resolver gives them. The General Assembly's session N opens in September
#: of 1945 + N and runs to the next; its documents are A/N/...: resolutions (A/RES/N/...) and
#: committees' papers (A/C.2/N/...) are not reports to it. The Human Rights Council's sessions keep
#: no fixed calendar year: a session is dated only where a document dates it.
CALENDARS: dict[str, SessionCalendar] = {
    "ga": SessionCalendar(r"A/(\d+)/", first_year=1945),
    "hrc": SessionCalendar(r"A/HRC/(\d+)/"),
}

# Between the word for a report and the addressee's name ("report of the", "rapport du", "秘书长的报告"):
# a few letters, no punctuation that would end the phrase.
_GAP = r"[^.;:()\[\]]{0,16}?"
# How far after the addressee's report its symbol may stand: "(A/74/123)", ", contained in document A/74/123".
_SYMBOL_REACH = 120


@dataclass
class Mandate:
    """A directive commitment with its due point, and what the store says of its mandating work."""

    commitment: str
    expression: str
    work: str
    addressees: set[str] = field(default_factory=set)
    session: str | None = None
    session_number: int | None = None
    body_key: str | None = None
    body: str | None = None
    deadline: Literal | None = None
    cycle: str | None = None

    @property
    def calendar(self) -> SessionCalendar | None:
        return CALENDARS.get(self.body_key or "")

    def due_interval(self, session_end: date | None = None) -> tuple[date | None, date | None]:
        """The first and last day the mandate falls due in, where its session or deadline tells them."""
        opens = closes = None
        if self.session_number is not None and self.calendar is not None:
            opens, closes = self.calendar.opens(self.session_number), self.calendar.closes(self.session_number)
        closes = closes or session_end
        by_deadline = _last_day(self.deadline) if self.deadline is not None else None
        if by_deadline is not None and (closes is None or by_deadline < closes):
            closes = by_deadline
        return opens, closes


@dataclass(frozen=True)
class Work:
    iri: str
    session: int | None
    issuer: str | None
    symbol: str | None
    is_report: bool
    titles: frozenset[str]  # folded, one per language version
    cites: frozenset[str]


@dataclass(frozen=True)
class Paragraph:
    iri: str
    expression: str
    work: str
    language: str
    start: int
    quote: str


@dataclass(frozen=True)
class Fulfilment:
    mandate: str
    rule: str
    evidence: str
    evidence_node: str  # the paragraph or work the words were read in
    derived_from: str  # the expression (or work) that holds them
    report: str | None = None


def _last_day(deadline: Literal) -> date | None:
    """The last day of the year, month or day a deadline names.

    >>> _last_day(Literal("2030", datatype=XSD.gYear)), _last_day(Literal("2022-02", datatype=XSD.gYearMonth))
    (datetime.date(2030, 12, 31), datetime.date(2022, 2, 28))
    """
    text = deadline.value
    try:
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = int(text[:4]), int(text[5:])
            return date(year, month, calendar.monthrange(year, month)[1])
        return date.fromisoformat(text[:10])
    except ValueError:  # a date the text printed wrong (a 31 April) is due nowhere
        return None


# --- reading the store ---------------------------------------------------------------------------

_PREFIXES = """
PREFIX pk: <https://w3id.org/policy-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX force: <https://w3id.org/policy-kg/ontology/force/>
"""

_MANDATES = (
    _PREFIXES
    + """
SELECT ?commitment ?expression ?work ?addressee ?session ?number ?body ?deadline ?cycle WHERE {
  ?commitment a pk:Commitment ; pk:force force:directive ; pk:addressee ?addressee ; pk:inDocument ?expression .
  ?expression pk:realizes ?work .
  OPTIONAL { ?commitment pk:dueAtSession ?session . ?session pk:session ?number ; pk:series ?body }
  OPTIONAL { ?commitment pk:deadline ?deadline }
  OPTIONAL { ?commitment pk:reportingCycle ?cycle }
  FILTER (BOUND(?session) || BOUND(?deadline) || BOUND(?cycle))
}"""
)

# The versions that carry a draft's text, when the resolution adopted from the draft is read in the build.
_SUPERSEDED = (
    _PREFIXES
    + """
SELECT DISTINCT ?expression WHERE {
  ?expression pk:carriesTextOf ?draft .
  ?resolution pk:adoptedFrom ?draft .
  ?adopted pk:realizes ?resolution .
}"""
)

_SESSION_ENDS = _PREFIXES + "SELECT ?session ?end WHERE { ?session a pk:Session ; pk:endDate ?end }"

_LABELS = (
    _PREFIXES
    + """
SELECT DISTINCT ?actor ?label WHERE {
  ?commitment pk:addressee ?actor .
  ?actor skos:prefLabel|skos:altLabel|pk:surfaceForm|rdfs:label ?label .
}"""
)

_WORKS = (
    _PREFIXES
    + """
SELECT ?work ?session ?issuer ?symbol ?report ?title ?cited WHERE {
  ?expression a pk:Expression ; pk:realizes ?work .
  OPTIONAL { ?work pk:session ?session }
  OPTIONAL { ?work pk:issuer ?issuer }
  OPTIONAL { ?work pk:symbol ?symbol }
  BIND (EXISTS { ?work a pk:Report } AS ?report)
  OPTIONAL { ?expression dcterms:title ?title }
  OPTIONAL { ?expression pk:cites ?cited }
}"""
)

_PARAGRAPHS = (
    _PREFIXES
    + """
SELECT ?paragraph ?expression ?work ?language ?start ?quote WHERE {
  ?paragraph a pk:Paragraph ; pk:inDocument ?expression ; pk:start ?start ; pk:quote ?quote .
  ?expression pk:realizes ?work ; dcterms:language ?language .
}"""
)

_CITED_SYMBOLS = (
    _PREFIXES
    + """
SELECT ?expression ?work ?symbol ?start WHERE {
  ?mention pk:mentionOf ?work ; pk:inDocument ?expression ; pk:start ?start .
  ?expression pk:cites ?work .
  ?work pk:symbol ?symbol .
}"""
)


def _select(store: Store, query: str) -> Iterator[dict[str, NamedNode | Literal]]:
    results = store.query(query)
    assert isinstance(results, QuerySolutions)
    names = [variable.value for variable in results.variables]
    for solution in results:
        yield {name: solution[name] for name in names if solution[name] is not None}


def _value(term: NamedNode | Literal | None) -> str | None:
    return None if term is None else term.value


def read_mandates(store: Store) -> list[Mandate]:
    """The store's directive commitments that fall due at a session, by a date or in a cycle.

    A draft's, carried by a report, is left out when the resolution adopted from the draft is
    in the store: the adopted text's own commitment is the mandate.
    """
    superseded = {row["expression"].value for row in _select(store, _SUPERSEDED)}
    mandates: dict[str, Mandate] = {}
    for row in _select(store, _MANDATES):
        if row["expression"].value in superseded:
            continue
        commitment = row["commitment"].value
        mandate = mandates.get(commitment)
        if mandate is None:
            mandate = mandates[commitment] = Mandate(commitment, row["expression"].value, row["work"].value)
        mandate.addressees.add(row["addressee"].value)
        if "session" in row and mandate.session is None:
            mandate.session, mandate.body = row["session"].value, row["body"].value
            mandate.session_number = int(row["number"].value)
            mandate.body_key = mandate.body.rstrip("/").rsplit("/", 1)[-1]
        deadline = row.get("deadline")
        if isinstance(deadline, Literal):
            mandate.deadline = deadline
        mandate.cycle = _value(row.get("cycle")) or mandate.cycle
    return [mandates[key] for key in sorted(mandates)]


def _works(store: Store) -> dict[str, Work]:
    facts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in _select(store, _WORKS):
        work = facts[row["work"].value]
        for name, term in row.items():
            if name != "work" and term.value not in ("", "false"):
                work[name].add(fold(term.value) if name == "title" else term.value)

    def one(values: set[str]) -> str | None:
        return min(values) if values else None

    return {
        key: Work(
            iri=key,
            session=int(session) if (session := one(facts["session"])) and session.isdigit() else None,
            issuer=one(facts["issuer"]),
            symbol=one(facts["symbol"]),
            is_report=bool(facts["report"]),
            titles=frozenset(_words(title) for title in facts["title"]),
            cites=frozenset(facts["cited"]),
        )
        for key, facts in facts.items()
    }


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text))


# --- the rules -----------------------------------------------------------------------------------


class _ReportNames:
    """Where a text names the report of one of a mandate's addressees, in the text's language."""

    def __init__(self, labels: dict[str, set[str]]) -> None:
        self._labels = labels
        self._patterns: dict[tuple[str, frozenset[str]], re.Pattern[str] | None] = {}

    def find(self, text: str, language: str, addressees: Iterable[str]) -> Iterator[re.Match[str]]:
        pattern = self._pattern(language, frozenset(addressees))
        return iter(()) if pattern is None else pattern.finditer(fold(text))

    def _pattern(self, language: str, addressees: frozenset[str]) -> re.Pattern[str] | None:
        key = (language, addressees)
        if key not in self._patterns:
            words = lang.get(language).extra.get("kind_words", {}).get("report", ())
            names = {label for actor in addressees for label in self._labels.get(actor, ())}
            if not words or not names:
                self._patterns[key] = None
            else:
                word, name = _alternation(words), _alternation(names)
                self._patterns[key] = re.compile(rf"(?:{word}){_GAP}(?:{name})\b|(?:{name}){_GAP}(?:{word})")
        return self._patterns[key]


def _alternation(phrases: Iterable[str]) -> str:
    """Folded phrases, longest first, their spaces matching any run of spaces and line breaks."""
    folded = sorted({fold(phrase.strip()) for phrase in phrases if phrase.strip()}, key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in folded)


def _addressee_labels(store: Store) -> dict[str, set[str]]:
    labels: dict[str, set[str]] = defaultdict(set)
    for row in _select(store, _LABELS):
        label = row["label"].value.strip()
        if len(label) > 2:  # an initial or a stray letter names no one
            labels[row["actor"].value].add(label)
    return labels


def _on_subject(mandate: Mandate, work: Work, mandating: Work | None, words_after: str) -> bool:
    """Whether ``work`` (or the words after the report's name) speaks of the mandating text's subject."""
    if mandating is None:
        return False
    if mandate.work in work.cites or work.titles & mandating.titles:
        return True
    after = _words(words_after)
    return any(title and title in after for title in mandating.titles)


def _of_due_session(mandate: Mandate, work: Work) -> bool:
    """Whether ``work`` was issued by the mandate's body at its due session."""
    return (
        mandate.session_number is not None
        and work.session == mandate.session_number
        and (work.issuer == mandate.body or work.issuer is None)
    )


def _report_symbol_session(mandate: Mandate, symbol: str) -> bool:
    calendar_ = mandate.calendar
    return calendar_ is not None and calendar_.session_of_symbol(symbol) == mandate.session_number


@dataclass
class _Documents:
    """What the rules read of the documents, indexed by expression."""

    works: dict[str, Work]
    names: _ReportNames
    paragraphs: dict[str, list[Paragraph]]  # by expression, in order
    symbols: dict[str, list[tuple[int, str, str]]]  # by expression: where a symbol is cited, the symbol, its work
    titles: dict[str, list[tuple[str, str]]]  # reports' titles: by work, the expression and the title
    authors: dict[str, set[str]]  # by report: the actors its heading names

    def candidates(self, mandate: Mandate) -> list[str]:
        """The expressions that may show a mandate's report: of its due session, or citing a document of it."""
        found = []
        for expression, paragraphs in self.paragraphs.items():
            work = self.works.get(paragraphs[0].work)
            if work is None or work.iri == mandate.work:
                continue
            cited = self.symbols.get(expression, ())
            if _of_due_session(mandate, work) or any(_report_symbol_session(mandate, s) for _, s, _ in cited):
                found.append(expression)
        return found


def _read_documents(store: Store) -> _Documents:
    paragraphs: dict[str, list[Paragraph]] = defaultdict(list)
    for row in _select(store, _PARAGRAPHS):
        paragraph = Paragraph(
            row["paragraph"].value,
            row["expression"].value,
            row["work"].value,
            row["language"].value,
            int(row["start"].value),
            row["quote"].value,
        )
        paragraphs[paragraph.expression].append(paragraph)
    for found in paragraphs.values():
        found.sort(key=lambda paragraph: paragraph.start)
    symbols: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for row in _select(store, _CITED_SYMBOLS):
        symbols[row["expression"].value].append((int(row["start"].value), row["symbol"].value, row["work"].value))
    titles: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in sorted(_select(store, _TITLES), key=lambda row: (row["expression"].value, row["title"].value)):
        titles[row["work"].value].append((row["expression"].value, row["title"].value))
    # A report's author is named in its heading, before its first paragraph ("Report of the Secretary-General").
    authors: dict[str, set[str]] = defaultdict(set)
    for row in _select(store, _REPORT_MENTIONS):
        first = paragraphs.get(row["expression"].value)
        if not first or int(row["start"].value) < first[0].start:
            authors[row["work"].value].add(row["actor"].value)
    return _Documents(_works(store), _ReportNames(_addressee_labels(store)), paragraphs, symbols, titles, authors)


def _paragraph_fulfilments(mandate: Mandate, documents: _Documents) -> Iterator[Fulfilment]:
    mandating = documents.works.get(mandate.work)
    for expression in documents.candidates(mandate):
        for paragraph in documents.paragraphs[expression]:
            fulfilment = _paragraph_fulfilment(mandate, mandating, paragraph, documents)
            if fulfilment is not None:
                yield fulfilment
                break  # one fulfilment a document shows: the first paragraph that names the report


def _paragraph_fulfilment(
    mandate: Mandate, mandating: Work | None, paragraph: Paragraph, documents: _Documents
) -> Fulfilment | None:
    work = documents.works.get(paragraph.work)
    if work is None:
        return None
    for match in documents.names.find(paragraph.quote, paragraph.language, mandate.addressees):
        # The addressee writes many reports a session: the one asked for is on the mandate's subject.
        if not _on_subject(mandate, work, mandating, fold(paragraph.quote[match.end() :])):
            continue
        after = paragraph.start + match.end()
        reach = min(after + _SYMBOL_REACH, paragraph.start + len(paragraph.quote))
        cited = [
            (start, report)
            for start, symbol, report in documents.symbols.get(paragraph.expression, ())
            if after <= start < reach and _report_symbol_session(mandate, symbol)
        ]
        if cited:
            report = min(cited)[1]
            return Fulfilment(
                mandate.commitment, CITED_SYMBOL, paragraph.quote, paragraph.iri, paragraph.expression, report
            )
        if _of_due_session(mandate, work):
            return Fulfilment(
                mandate.commitment, TITLE_AND_SESSION, paragraph.quote, paragraph.iri, paragraph.expression
            )
    return None


def _report_fulfilments(mandate: Mandate, documents: _Documents) -> Iterator[Fulfilment]:
    mandating = documents.works.get(mandate.work)
    for work in documents.works.values():
        if not work.is_report or work.iri == mandate.work or not documents.authors[work.iri] & mandate.addressees:
            continue
        session = mandate.calendar.session_of_symbol(work.symbol) if mandate.calendar and work.symbol else None
        if session != mandate.session_number and not _of_due_session(mandate, work):
            continue
        if _on_subject(mandate, work, mandating, ""):
            for expression, title in documents.titles.get(work.iri, [(work.iri, "")])[:1]:
                yield Fulfilment(mandate.commitment, IS_THE_REPORT, title, work.iri, expression, work.iri)


_TITLES = (
    _PREFIXES
    + """
SELECT ?work ?expression ?title WHERE {
  ?expression pk:realizes ?work ; dcterms:title ?title .
  ?work a pk:Report .
}"""
)

_REPORT_MENTIONS = (
    _PREFIXES
    + """
SELECT ?work ?expression ?actor ?start WHERE {
  ?work a pk:Report .
  ?expression pk:realizes ?work .
  ?mention pk:inDocument ?expression ; pk:mentionOf ?actor ; pk:start ?start .
}"""
)


def infer_fulfilments(store: Store, mandates: Sequence[Mandate]) -> list[Fulfilment]:
    """Every fulfilment the rules find for ``mandates`` in ``store``, one per mandate and document."""
    due = [mandate for mandate in mandates if mandate.session_number is not None]
    if not due:
        return []
    documents = _read_documents(store)
    found: dict[tuple[str, str], Fulfilment] = {}
    for mandate in due:
        for fulfilment in [*_paragraph_fulfilments(mandate, documents), *_report_fulfilments(mandate, documents)]:
            found.setdefault((fulfilment.mandate, fulfilment.derived_from), fulfilment)
    return [found[key] for key in sorted(found)]


# --- writing the graph of mandates ---------------------------------------------------------------


def fulfilment_quads(store: Store) -> list[Quad]:
    """The graph of mandates: each mandate with its due interval, each fulfilment with its rule and evidence."""
    graph = NamedNode(GRAPH)
    quads: list[Quad] = []

    def add(subject: str, predicate: NamedNode, value: NamedNode | Literal) -> None:
        quads.append(Quad(NamedNode(subject), predicate, value, graph))

    session_ends = {
        row["session"].value: end
        for row in _select(store, _SESSION_ENDS)
        if (end := _last_day(row["end"])) is not None  # type: ignore[arg-type]
    }
    mandates = read_mandates(store)
    dated_sessions: set[str] = set()
    for mandate in mandates:
        add(mandate.commitment, RDF.type, PK.Mandate)
        opens, closes = mandate.due_interval(session_ends.get(mandate.session or ""))
        if opens is not None:
            add(mandate.commitment, PK.dueFrom, Literal(opens.isoformat(), datatype=XSD.date))
        if closes is not None:
            add(mandate.commitment, PK.dueBy, Literal(closes.isoformat(), datatype=XSD.date))
        if mandate.session and mandate.calendar and opens and mandate.session not in dated_sessions:
            dated_sessions.add(mandate.session)
            _date_session(add, mandate)
    for fulfilment in infer_fulfilments(store, mandates):
        subject = iri.fulfilment_iri(fulfilment.mandate, fulfilment.evidence_node)
        add(subject, RDF.type, PK.Fulfilment)
        add(subject, PK.fulfils, NamedNode(fulfilment.mandate))
        add(subject, PK.fulfilmentRule, Literal(fulfilment.rule))
        add(subject, PK.evidence, Literal(fulfilment.evidence))
        add(subject, PROV.wasDerivedFrom, NamedNode(fulfilment.derived_from))
        if fulfilment.report is not None:
            add(subject, PK.fulfilledBy, NamedNode(fulfilment.report))
    return sorted(set(quads), key=str)


def _date_session(add: Callable[[str, NamedNode, NamedNode | Literal], None], mandate: Mandate) -> None:
    """A session of a body with a calendar, dated to the month it opens and the month the next opens."""
    assert mandate.session and mandate.calendar and mandate.session_number is not None
    opens = mandate.calendar.opens(mandate.session_number)
    following = mandate.calendar.opens(mandate.session_number + 1)
    assert opens is not None and following is not None
    add(mandate.session, PK.startDate, Literal(opens.isoformat()[:7], datatype=XSD.gYearMonth))
    add(mandate.session, PK.endDate, Literal(following.isoformat()[:7], datatype=XSD.gYearMonth))
    add(mandate.session, PK.dateInferred, Literal(True))


# --- the build's step ----------------------------------------------------------------------------


# What the rules read: a document's graph holds much more (mentions of actors, figures, events), and
# most of what it says of a mention or an entity (its quote, its names) no rule reads.
_READ_PREDICATES = nquads_terms(
    PK.realizes,
    PK.session,
    PK.series,
    PK.endDate,
    PK.symbol,
    PK.cites,
    PK.carriesTextOf,
    PK.adoptedFrom,
    DCTERMS.title,
    DCTERMS.language,
)
#: What a commitment says that the rules read, for the directive commitments only: no other is a mandate.
_MANDATE_PREDICATES = nquads_terms(PK.force, PK.addressee, PK.dueAtSession, PK.deadline, PK.reportingCycle)
#: The classes the rules match; the types of mentions, actors and figures are most of a graph's types.
_READ_TYPES = nquads_terms(PK.Expression, PK.Report, PK.Paragraph, PK.Session)
_PARAGRAPH, _COMMITMENT, _REPORT = (f"<{term.value}>".encode() for term in (PK.Paragraph, PK.Commitment, PK.Report))
_DIRECTIVE = f"<{FORCE.directive.value}>".encode()
_TYPE, _ADDRESSEE, _MENTION_OF, _IN_DOCUMENT, _QUOTE, _CITES, _REALIZES, _FORCE, _ISSUER = (
    nquads_terms(term)
    for term in (
        RDF.type, PK.addressee, PK.mentionOf, PK.inDocument, PK.quote, PK.cites, PK.realizes, PK.force, PK.issuer
    )
)  # fmt: skip
#: Where a paragraph, a commitment or a mention of something stands: read for those only.
_SPAN = nquads_terms(PK.start, PK.inDocument)
#: An actor's names, read only for the actors a mandate addresses (the names its report is matched by).
_NAMES = nquads_terms(SKOS.prefLabel, SKOS.altLabel, PK.surfaceForm, RDFS.label)


@dataclass(frozen=True)
class _Wanted:
    """What the first pass over the graphs finds that the second needs: one graph may name what another reads."""

    directives: set[bytes]  # the directive commitments: the only ones that can be mandates
    addressees: set[bytes]  # the actors they address: their names are read
    works: set[bytes]  # the works realized: their issuers are read
    cited: set[bytes]  # the works documents cite: their mentions are read (where a cited symbol stands)
    in_reports: set[bytes]  # the expressions of reports: their mentions are read (a report's author)


def _wanted(graphs: Iterable[bytes]) -> _Wanted:
    directives, cited, reports = set(), set(), set()
    addressed: list[tuple[bytes, bytes]] = []
    realized: list[tuple[bytes, bytes]] = []
    for data in graphs:
        for line in data.splitlines():
            parts = line.split(b" ", 3)  # subjects and these objects are IRIs: no space inside
            if len(parts) != 4:
                continue
            subject, predicate, obj = parts[0], parts[1], parts[2]
            if predicate in _ADDRESSEE:
                addressed.append((subject, obj))
            elif predicate in _FORCE and obj == _DIRECTIVE:
                directives.add(subject)
            elif predicate in _CITES:
                cited.add(obj)
            elif predicate in _REALIZES:
                realized.append((subject, obj))
            elif predicate in _TYPE and obj == _REPORT:
                reports.add(subject)
    return _Wanted(
        directives,
        {actor for commitment, actor in addressed if commitment in directives},
        {work for _, work in realized},
        cited,
        {expression for expression, work in realized if work in reports},
    )


def _read_chunks(chunks: Sequence[Chunk]) -> Store:
    """What the rules read of the graphs of ``chunks``, merged in the default graph as a build's store has it.

    Two passes over the chunks' lines: the first finds what one graph may need of another (the actors
    commitments address, the works cited, the reports), the second keeps the lines the rules' queries
    can match.
    """
    wanted = _wanted(chunk.read() for chunk in chunks)
    store = Store()
    for chunk in chunks:
        lines = _read_lines(chunk.read(), wanted)
        if lines:
            quads = parse(lines, format=RdfFormat.N_QUADS)
            store.bulk_extend(Quad(quad.subject, quad.predicate, quad.object) for quad in quads)
    return store


def _read_lines(nquads: bytes, wanted: _Wanted) -> bytes:
    """The lines of a graph's N-Quads that the rules' queries can match.

    Of the commitments, only the directive ones (a mandate is one); of the many mentions, only those
    a rule reads: of a work some document cites, or in a report.
    """
    lines = nquads.splitlines(keepends=True)
    split = [(line, *_subject_predicate(line)) for line in lines]
    typed = {(subject, line.split(b" ", 3)[2]) for line, subject, predicate in split if predicate in _TYPE}
    paragraphs = {subject for subject, kind in typed if kind == _PARAGRAPH}
    directives = {subject for subject, kind in typed if kind == _COMMITMENT and subject in wanted.directives}
    mentions = _read_mentions(split, wanted)
    spanned = paragraphs | directives | mentions
    return b"".join(
        line
        for line, subject, predicate in split
        if predicate in _READ_PREDICATES
        or (predicate in _MANDATE_PREDICATES and subject in wanted.directives)
        or (predicate in _ISSUER and subject in wanted.works)
        or (predicate in _TYPE and (line.split(b" ", 3)[2] in _READ_TYPES or subject in directives))
        or (predicate in _SPAN and subject in spanned)
        or (predicate in _MENTION_OF and subject in mentions)
        or (predicate in _QUOTE and subject in paragraphs)
        or (predicate in _NAMES and subject in wanted.addressees)
    )


def _read_mentions(split: list[tuple[bytes, bytes, bytes]], wanted: _Wanted) -> set[bytes]:
    """The mentions of a graph the rules read: of a cited work, or in a report's expression."""
    found, where = set(), []
    for line, subject, predicate in split:
        if predicate in _MENTION_OF and line.split(b" ", 3)[2] in wanted.cited:
            found.add(subject)
        elif predicate in _IN_DOCUMENT:
            where.append((subject, line.split(b" ", 3)[2]))
    mentioned = {subject for line, subject, predicate in split if predicate in _MENTION_OF}
    found.update(subject for subject, document in where if subject in mentioned and document in wanted.in_reports)
    return found


def _subject_predicate(line: bytes) -> tuple[bytes, bytes]:
    """The subject and predicate of an N-Quads line whose subject is an IRI (the build writes no blank nodes)."""
    parts = line.split(b" ", 2)
    return (parts[0], parts[1]) if len(parts) == 3 else (b"", b"")


def mandates_chunks(chunks: Sequence[Chunk], cache_folder: Path | None, environment: str = "") -> list[Chunk]:
    """The graph of mandates of the documents' ``chunks``, as a chunk of the build (none when it is empty).

    It is computed again only when a document's graph or the link graph (or ``environment``,
    what else the rules depend on) changed (:func:`kg.lifecycle.derived.derived_chunk`).
    """
    found = derived_chunk("mandates", RULES_VERSION, chunks, cache_folder, _fulfilments_of, environment)
    return [found] if found is not None else []


def _fulfilments_of(chunks: Sequence[Chunk]) -> list[Quad]:
    return fulfilment_quads(_read_chunks(chunks))
