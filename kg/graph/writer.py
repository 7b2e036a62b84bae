"""Facts → quads: one named graph per document, every fact tied to its span and builder.

The writer is the only code that knows how the model of :mod:`kg.model` maps
onto the ontology (see ``docs/ARCHITECTURE.md``). It takes the entity of every
mention from a resolver function, so it does no resolution of its own, and it
mints every IRI through :mod:`kg.graph.iri`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Set
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from kg import lang, vocab
from kg.graph import iri, terms
from kg.model import (
    Citation,
    Commitment,
    Deadline,
    Document,
    Entity,
    Event,
    Extraction,
    Kind,
    Mention,
    Paragraph,
    PostHolding,
    Span,
    Statistic,
)
from kg.ontology import is_work_kind
from kg.text.symbols import is_un_symbol

__all__ = ["DocumentQuads", "Resolver", "date_literal", "document_quads", "work_key"]

Resolver = Callable[[Mention], Entity]
#: A term as N-Quads writes it, ``<iri>`` or a quoted literal: what the writer makes and keeps, since a
#: pyoxigraph term costs as much to make, and as much again to hash and to print, as the whole fact.
Term = str


@lru_cache(maxsize=1 << 16)
def _node(value: str) -> Term:
    """A node's text: its IRI checked as pyoxigraph checks it (an invalid one raises), once a process."""
    return str(NamedNode(value))


def _escapes() -> dict[int, str]:
    """The characters N-Quads escapes in a literal, each as pyoxigraph's serialiser writes it.

    The controls, the quote, the backslash and two non-characters (tests/test_writer_nquads.py holds
    every code point to this).
    """
    suspects = [*map(chr, range(0x80)), "\ufffe", "\uffff"]
    written = {char: str(Literal(char))[1:-1] for char in suspects}
    return {ord(char): text for char, text in written.items() if text != char}


_ESCAPES = _escapes()
#: Most literals hold none of them: a search in C finds the few that do (``str.translate`` looks up every character).
#: A period in code: an ISO 8601 year, month or day, or an interval of them ("2017/2022", "2019-07-01/2020-06-30"),
#: and a quarter or half of a year as statistical offices print it (SDMX's "2013-Q1", "2024-H1").
_CODED_DAY = r"[0-9]{4}(?:-(?:[0-9]{2}(?:-[0-9]{2})?|Q[1-4]|H[12]))?"
_CODED_PERIOD = re.compile(rf"{_CODED_DAY}(?:/{_CODED_DAY})?")
_ESCAPED = re.compile("[" + "".join(re.escape(chr(code)) for code in _ESCAPES) + "]")


def _escape(found: re.Match[str]) -> str:
    return _ESCAPES[ord(found.group())]


@lru_cache(maxsize=256)
def _language_tag(language: str) -> str:
    """``@`` and the tag, as pyoxigraph checks and writes it (in lower case)."""
    return str(Literal("", language=language))[2:]


def _literal(value: str, *, language: str | None = None, datatype: Term | None = None) -> Term:
    """A literal's text, as ``str(pyoxigraph.Literal(value, ...))`` gives it, without making the literal."""
    quoted = f'"{_ESCAPED.sub(_escape, value)}"'
    if language:
        return quoted + _language_tag(language)
    if datatype is None or datatype == _XSD_STRING:
        return quoted
    return f"{quoted}^^{datatype}"


ACT = terms.Terms(vocab.ACT, _node)
DCTERMS = terms.Terms(vocab.DCTERMS, _node)
FORCE = terms.Terms(vocab.FORCE, _node)
ORG = terms.Terms(vocab.ORG, _node)
OWL = terms.Terms(vocab.OWL, _node)
PK = terms.Terms(vocab.PK, _node)
PROV = terms.Terms(vocab.PROV, _node)
QB = terms.Terms(vocab.QB, _node)
RDF = terms.Terms(vocab.RDF, _node)
RDFS = terms.Terms(vocab.RDFS, _node)
SKOS = terms.Terms(vocab.SKOS, _node)
XSD = terms.Terms(vocab.XSD, _node)
_XSD_STRING = XSD.string


@cache
def kind_class(kind: str) -> Term:
    return str(terms.kind_class(kind))


def date_literal(value: str) -> Term:
    """A typed literal for an ISO date of any precision the text gave.

    >>> date_literal("2020-03-20")
    '"2020-03-20"^^<http://www.w3.org/2001/XMLSchema#date>'
    >>> date_literal("--10-29").rsplit("#")[1]
    'gMonthDay>'
    """
    if value.startswith("--"):
        datatype = XSD.gMonthDay
    elif len(value) == 4:
        datatype = XSD.gYear
    elif len(value) == 7:
        datatype = XSD.gYearMonth
    else:
        datatype = XSD.date
    return _literal(value, datatype=datatype)


def work_key(document: Document, extraction: Extraction, resolve: Resolver) -> tuple[str, str]:
    """The key and kind of the work a document is a version of.

    The printed symbol wins; then a title the resolver knows as a named
    instrument (so that the three language versions of a declaration meet);
    then the original URL; then the file's name.
    """
    facts = extraction.document
    if facts.work_key:
        return facts.work_key, facts.kind
    if facts.symbol:
        return facts.symbol, facts.kind
    title = facts.title or document.title
    if title:
        mention = Mention(Span(0, 0), title, Kind.INSTRUMENT)
        entity = resolve(mention)
        if entity.rule.startswith("gazetteer"):
            return entity.key, facts.kind
    if document.url:
        return "web/" + document.url.split("://", 1)[-1], facts.kind
    return "file/" + _file_name(document.source).rsplit(".", 1)[0], facts.kind


Triple = tuple[Term, Term, Term]


class DocumentQuads(Set[Quad]):
    """The quads of one document's named graph, kept as the N-Quads texts of their terms.

    A pyoxigraph ``Quad`` costs several times what the triple of its terms does to make, and a
    pyoxigraph term costs more to hash and to print than to make: a document of a few thousand
    facts spent more time there than in finding them. The writer makes each term's text (the
    serialiser's own form, :func:`_node`, :func:`_literal`) and keeps triples of texts; the graph
    is the same for every triple. Iterating gives ``Quad`` objects, for a store or a test to read.
    """

    def __init__(self, graph: NamedNode) -> None:
        self.graph = graph
        self.triples: set[Triple] = set()

    def add(self, subject: Any, predicate: Any, obj: Any) -> None:
        """Add a triple of pyoxigraph terms."""
        self.triples.add((str(subject), str(predicate), str(obj)))

    def add_texts(self, subject: Term, predicate: Term, obj: Term) -> None:
        """Add a triple of terms' texts."""
        self.triples.add((subject, predicate, obj))

    def __contains__(self, quad: object) -> bool:
        if not isinstance(quad, Quad) or quad.graph_name != self.graph:
            return False
        return (str(quad.subject), str(quad.predicate), str(quad.object)) in self.triples

    def __iter__(self) -> Iterator[Quad]:
        return iter(parse(self.sorted_nquads(), format=RdfFormat.N_QUADS))

    def __len__(self) -> int:
        return len(self.triples)

    def sorted_nquads(self) -> bytes:
        """The N-Quads of the graph, one quad a line, lines sorted: what serialising the quads and
        sorting their lines gives, byte for byte (a triple is one line: the set holds no two alike)."""
        tail = f" {self.graph} .\n"
        return "".join(sorted([f"{s} {p} {o}{tail}" for s, p, o in self.triples])).encode()


@dataclass
class _DocumentGraph:
    """Collects the quads of one document's named graph."""

    document: Document
    extraction: Extraction
    resolve: Resolver
    expression_iri: str = field(init=False)
    expression: Term = field(init=False)
    graph_iri: str = field(init=False)
    activity: Term = field(init=False)
    quads: DocumentQuads = field(init=False)
    _described: set[str] = field(default_factory=set)
    _mentioned: set[tuple[int, int, str]] = field(default_factory=set)

    def add(self, subject: Term, predicate: Term, obj: Term | None) -> None:
        if obj is not None:  # the set itself, not add_texts: a document adds tens of thousands of triples
            self.quads.triples.add((subject, predicate, obj))

    def text_literal(self, text: str | None) -> Term | None:
        if not text:
            return None
        return _literal(" ".join(text.split()), language=self.document.language or None)

    # --- the document -------------------------------------------------------------

    def write_document(self) -> None:
        key, kind = work_key(self.document, self.extraction, self.resolve)
        work_iri = iri.work_iri(key, kind)
        work = _node(work_iri)
        self.expression_iri = iri.expression_iri(work_iri, self.document.language)
        self.expression = _node(self.expression_iri)
        self.graph_iri = iri.graph_iri(self.expression_iri)
        self.quads = DocumentQuads(NamedNode(self.graph_iri))
        self.activity = _node(iri.activity_iri(self.expression_iri))
        self.write_provenance()
        self.write_expression(work)
        self.write_work(work, key, kind)

    def write_provenance(self) -> None:
        agent = _node(iri.agent_iri(self.extraction.builder, self.extraction.builder_version))
        self.add(self.activity, RDF.type, PROV.Activity)
        self.add(self.activity, PROV.wasAssociatedWith, agent)
        self.add(self.activity, PROV.used, _literal(self.document.source))
        self.add(agent, RDF.type, PROV.SoftwareAgent)
        self.add(agent, RDFS.label, _literal(f"policy-kg builder '{self.extraction.builder}'", language="en"))
        self.add(agent, OWL.versionInfo, _literal(self.extraction.builder_version))

    def write_expression(self, work: Term) -> None:
        document, expression = self.document, self.expression
        self.add(expression, RDF.type, PK.Expression)
        self.add(expression, PK.realizes, work)
        self.add(expression, DCTERMS.language, _literal(document.language or "und"))
        # the file's path below the folder the build was given (see kg.publish.sources): no machine's folders
        self.add(expression, PK.sourceFile, _literal(document.source))
        licence = document.metadata.get("licence")
        self.add(expression, DCTERMS.rights, _literal(licence) if licence else None)
        self.add(expression, PK.sha256, _literal(document.sha256) if document.sha256 else None)
        self.add(expression, DCTERMS.source, _node(document.url) if document.url else None)
        self.add(expression, DCTERMS.title, self.text_literal(self.extraction.document.title or document.title))
        date = self.extraction.document.date or document.date
        self.add(expression, DCTERMS.date, date_literal(date) if date else None)
        self.add(expression, PROV.wasGeneratedBy, self.activity)

    def write_work(self, work: Term, key: str, kind: str) -> None:
        facts = self.extraction.document
        self.add(work, RDF.type, kind_class(kind))
        if facts.symbol:
            self.add(work, PK.symbol, _literal(facts.symbol))
            if is_un_symbol(facts.symbol):
                self.add(work, RDFS.seeAlso, _node(iri.undocs_url(facts.symbol)))
        title = facts.title or self.document.title
        self.add(work, DCTERMS.title, self.text_literal(title))
        if not title and not facts.symbol:
            # a text with neither title nor number is still found by the name of its file
            self.add(work, RDFS.label, _literal(_file_name(self.document.source)))
        self.add(work, DCTERMS.date, date_literal(facts.date) if facts.date else None)
        self.add(work, PK.entryIntoForce, _whole_day(facts.in_force))
        self.add(work, PK.lastDayInForce, _whole_day(facts.last_day_in_force))
        self.add(work, PK.issuer, self.entity(facts.body))
        self.add(work, PK.session, _literal(str(facts.session), datatype=XSD.integer) if facts.session else None)
        for item in facts.agenda_items:
            self.add(work, PK.agendaItem, _literal(str(item), datatype=XSD.integer))
        self.add(work, PK.originalLanguage, _literal(facts.original_language) if facts.original_language else None)
        self.add(work, PK.meeting, _literal(facts.meeting) if facts.meeting else None)
        if facts.adopted_on:
            self.add(
                work,
                PK.adoptedOn,
                self.entity(Mention(Span(0, 0), facts.adopted_on, Kind.REPORT, key=facts.adopted_on)),
            )
        self.add(work, PK.committee, self.entity(facts.committee))
        for draft in facts.recommends:
            self.add(work, PK.recommends, self.entity(Mention(Span(0, 0), draft, Kind.DRAFT_RESOLUTION, key=draft)))
        for signatory in facts.signatories:
            self.add(work, PK.signatory, self.entity(signatory))

    # --- entities and mentions -------------------------------------------------------

    def entity(self, mention: Mention | None) -> Term | None:
        """The entity a mention denotes, described once per graph, with the mention recorded."""
        if mention is None:
            return None
        entity = self.resolve(mention)
        node = _entity_node(entity.kind, entity.key)
        if node not in self._described:
            self._described.add(node)
            for predicate, obj in _description(node, entity):
                self.add(node, predicate, obj)
        if mention.text and mention.span.end > mention.span.start:
            surface = self.text_literal(mention.text)
            self.add(node, SKOS.altLabel, surface)
            self.add(node, PK.surfaceForm, surface)
            if mention.written:  # a declined name: labelled by its base form, found as written too
                self.add(node, PK.surfaceForm, self.text_literal(mention.written))
            self.write_mention(node, mention, entity.rule)
        if mention.parent is not None:
            self.add(node, ORG.subOrganizationOf, self.entity(mention.parent))
        return node

    def write_mention(self, node: Term, mention: Mention, rule: str) -> None:
        marker = (mention.span.start, mention.span.end, node)
        if marker in self._mentioned:
            return
        self._mentioned.add(marker)
        # The whole key, not its last segment: the meetings of "its 20th to 25th meetings" share a span
        # and may share a last segment (their date).
        subject = self.fact(Kind.MENTION, mention.span, node[1:-1].removeprefix(iri.ID))
        self.add(subject, RDF.type, PK.Mention)
        self.add(subject, PK.mentionOf, node)
        self.add(subject, PK.resolutionRule, _literal(rule) if rule else None)

    def fact(self, kind: str, span: Span, discriminator: str = "") -> Term:
        """A fact node with its span, quote, document and generating activity."""
        subject = _node(iri.fact_iri(self.expression_iri, kind, span.start, span.end, discriminator))
        self.add(subject, PK.inDocument, self.expression)
        self.add(subject, PK.start, _literal(str(span.start), datatype=XSD.nonNegativeInteger))
        self.add(subject, PK.end, _literal(str(span.end), datatype=XSD.nonNegativeInteger))
        self.add(subject, PK.quote, _literal(span.of(self.document.text)))
        self.add(subject, PROV.wasGeneratedBy, self.activity)
        return subject

    # --- facts ------------------------------------------------------------------------

    def write_citation(self, citation: Citation) -> None:
        instrument = self.entity(citation.mention)
        self.add(self.expression, PK.cites, instrument)
        if instrument is not None and citation.date:
            self.add(instrument, DCTERMS.date, date_literal(citation.date))
        if instrument is not None:
            self.add(instrument, PK.issuer, self.entity(citation.issuer))

    def write_paragraph(self, paragraph: Paragraph) -> Term:
        subject = self.fact(Kind.PARAGRAPH, paragraph.span, paragraph.section)
        self.add(subject, RDF.type, PK.Paragraph)
        self.add(subject, PK.section, _literal(paragraph.section))
        self.add(subject, PK.paragraphNumber, _literal(paragraph.number) if paragraph.number else None)
        self.add(subject, PK.leadingPhrase, self.text_literal(paragraph.leading_phrase))
        return subject

    def write_commitment(self, commitment: Commitment) -> None:
        subject = self.fact(Kind.COMMITMENT, commitment.span, commitment.action)
        self.add(subject, RDF.type, PK.Commitment)
        self.add(subject, PK.action, ACT[commitment.action])
        self.add(subject, PK.force, FORCE[commitment.force])
        for issuer in commitment.issuers:  # a joint stance's parties each issue it: one pk:issuer apiece
            self.add(subject, PK.issuer, self.entity(issuer))
        for addressee in commitment.addressees:
            self.add(subject, PK.addressee, self.entity(addressee))
        for instrument in commitment.instruments:
            self.add(subject, PK.refersTo, self.entity(instrument))
        if commitment.paragraph is not None:
            self.add(subject, PK.inParagraph, self.write_paragraph(commitment.paragraph))
        if commitment.deadline is not None:
            self.write_deadline(subject, commitment)
        if commitment.cycle:
            self.add(subject, PK.reportingCycle, _literal(commitment.cycle, datatype=XSD.duration))

    def write_deadline(self, subject: Term, commitment: Commitment) -> None:
        deadline = commitment.deadline
        assert deadline is not None
        if deadline.within:
            self.add(subject, PK.dueWithin, _literal(deadline.within, datatype=XSD.duration))
        if deadline.date:
            self.add(subject, PK.deadline, date_literal(deadline.date))
        elif deadline.year:
            self.add(subject, PK.deadline, _literal(f"{deadline.year:04d}", datatype=XSD.gYear))
        for due in (deadline, *deadline.listed_with):
            self.write_session(subject, due, commitment.issuer)

    def write_session(self, subject: Term, deadline: Deadline, issuer: Mention | None) -> None:
        """The session of a body a commitment is due at ("at its seventy-third session"): the issuer's where the
        text names no other."""
        if deadline.session:
            body_mention = deadline.body or issuer
            body = self.entity(body_mention)
            body_key = self.resolve(body_mention).key if body_mention else "unknown-body"
            # "Kỳ họp thứ 10 của Quốc hội khóa XV": sessions numbered within a legislature are keyed by it too
            term = f"{deadline.legislature}/" if deadline.legislature else ""
            session = _node(iri.entity_iri(Kind.SESSION, f"{body_key}/{term}{deadline.session}"))
            self.add(session, RDF.type, PK.Session)
            body_name = self.resolve(body_mention).name if body_mention else None
            label = f"session {deadline.session} of the {body_name}" if body_name else f"session {deadline.session}"
            label += f", legislature {deadline.legislature}" if deadline.legislature else ""
            self.add(session, RDFS.label, _literal(label, language="en"))
            self.add(session, PK.session, _literal(str(deadline.session), datatype=XSD.integer))
            self.add(session, PK.series, body)
            self.add(subject, PK.dueAtSession, session)

    def write_statistic(self, statistic: Statistic) -> None:
        dataset = _node(self.expression_iri + "/statistics")
        self.add(dataset, RDF.type, QB.DataSet)
        self.add(dataset, QB.structure, PK.statisticsStructure)
        subject = self.fact("observation", statistic.span, _decimal_text(statistic.value))
        self.add(subject, RDF.type, QB.Observation)
        self.add(subject, QB.dataSet, dataset)
        self.add(subject, PK.value, _literal(_decimal_text(statistic.value), datatype=XSD.decimal))
        self.add(subject, PK.qualifier, _literal(statistic.qualifier))
        self.add(subject, PK.unit, _literal(statistic.unit) if statistic.unit else None)
        self.add(subject, PK.measure, self.text_literal(statistic.measure))
        self.add(subject, PK.refArea, self.entity(statistic.area))
        self.add(subject, PK.refPeriod, self.period_literal(statistic.period))

    def period_literal(self, period: str | None) -> Term | None:
        """A coded period ("2020", "2017/2022", "2013-Q1") as a plain string; one the text names by an event
        only ("before the pandemic", "疫情发生前") is words of the document, tagged with its language."""
        if not period:
            return None
        return _literal(period) if _CODED_PERIOD.fullmatch(period) else self.text_literal(period)

    def write_event(self, event: Event) -> None:
        series = self.resolve(event.series).key if event.series else None
        place = self.resolve(event.place).key if event.place else ""
        if series and event.legislature and event.number:
            # the session of a legislature is one, whoever names it, held or due: keyed as write_session keys it
            key = f"{series}/{event.legislature}/{event.number}"
        else:
            key = f"{series or event.name}/{event.start or 'undated'}/{place}"
        mention = Mention(event.span, event.span.of(self.document.text), event.kind, key=key)
        node = self.entity(mention)
        assert node is not None
        self.add(node, RDFS.label, self.text_literal(event.name))
        self.add(node, PK.place, self.entity(event.place))
        self.add(node, PK.series, self.entity(event.series))
        self.add(node, PK.startDate, date_literal(event.start) if event.start else None)
        self.add(node, PK.endDate, date_literal(event.end) if event.end else None)
        if event.date_inferred:
            self.add(node, PK.dateInferred, _literal("true", datatype=XSD.boolean))
        if event.place_inferred:
            self.add(node, PK.placeInferred, _literal("true", datatype=XSD.boolean))

    def write_post(self, holding: PostHolding) -> None:
        person = self.entity(holding.person)
        post = self.entity(holding.known_post) or self.held_post(holding)
        assert person is not None  # a holding always has its person
        self.add(person, ORG.holds, post)
        self.add(person, PK.represents, self.entity(holding.state))

    def held_post(self, holding: PostHolding) -> Term:
        """A post named by its holding: the post of its organisation, by its English name where known."""
        organization = self.entity(holding.organization)
        scope = self.resolve(holding.organization).key if holding.organization else "unknown"
        post = _node(iri.entity_iri(Kind.POST, f"{scope}/{holding.post_name or holding.post}"))
        self.add(post, RDF.type, kind_class(Kind.POST))
        self.add(post, SKOS.prefLabel, _literal(holding.post_name, language="en") if holding.post_name else None)
        self.add(post, RDFS.label, self.text_literal(holding.post))
        self.add(post, ORG.postIn, organization)
        return post

    def write_facts(self) -> None:
        extraction = self.extraction
        for mention in extraction.mentions:
            self.entity(mention)
        for citation in extraction.citations:
            self.write_citation(citation)
        for paragraph in extraction.paragraphs:
            self.write_paragraph(paragraph)
        for commitment in extraction.commitments:
            self.write_commitment(commitment)
        for statistic in extraction.statistics:
            self.write_statistic(statistic)
        for event in extraction.events:
            self.write_event(event)
        for holding in extraction.posts:
            self.write_post(holding)


def _whole_day(day: str | None) -> Term | None:
    """A day an instrument takes effect or ends, a whole day only (the shapes ask for an xsd:date)."""
    return _literal(day, datatype=XSD.date) if day and len(day) == len("2020-03-20") else None


def _symbol_of(entity: Entity) -> str | None:
    """The symbol or official number of a work, when its key is one.

    Only works carry symbols ("GA/73" keys a session, not a document); a key a
    builder read in the text counts when it looks like a number (402/QĐ-TTg),
    not a name.
    """
    if not is_work_kind(entity.kind):
        return None
    if is_un_symbol(entity.key) or (entity.rule.startswith("given:") and _is_number(entity.key)):
        return entity.key
    return None


def _file_name(source: str) -> str:
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def _is_number(key: str) -> bool:
    """Whether a key given by a builder is an official number rather than a name.

    A number written without spaces ("402/QĐ-TTg", "1155/2024"), or a designation: a head word, a
    number sign and a number ("Republic Act No. 42", "указ № 123"), or a head's short form and a number
    ("EO 42"). A name that ends with a year has no number sign before it, and is no number.

    >>> [_is_number(k) for k in ("402/QĐ-TTg", "Republic Act No. 42", "указ № 123", "المرسوم رقم 45", "EO 42")]
    [True, True, True, True, True]
    >>> [_is_number(k) for k in ("Law on Government Organization 2015", "No. 42", "Republic Act No. X", "UN 42")]
    [False, False, False, False]
    """
    words = key.split()
    if len(words) == 1:
        return any(char.isdigit() for char in key)
    if len(words) == 2 and words[0] in _head_abbreviations():
        return re.fullmatch(r"[\w./-]*\d[\w./-]*", words[1]) is not None
    if len(words) < 3:  # a designation has a head word
        return False
    sign, number = words[-2:]
    return sign in _number_signs() and re.fullmatch(r"[\w./-]*\d[\w./-]*", number) is not None


@cache
def _head_abbreviations() -> frozenset[str]:
    """The short forms of every language by which an instrument's head is keyed with its number ("EO")."""
    return frozenset(
        short
        for code in lang.SUPPORTED
        for short in dict(lang.get(code).extra.get("instrument_head_abbreviations") or {}).values()
    )


@cache
def _number_signs() -> frozenset[str]:
    """The words of every language that stand before an official number ("No.", "№", "số", "رقم")."""
    return frozenset(
        word
        for code in lang.SUPPORTED
        for key in ("instrument_number_word", "legal_number_marks")
        for word in lang.get(code).words(key)
    )


def _decimal_text(value: Decimal) -> str:
    """Canonical xsd:decimal lexical form: no exponent, no trailing zeros after the point."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


#: The entities whose nodes and descriptions a process keeps: the states, bodies and works that recur.
_ENTITIES_REMEMBERED = 1 << 14


@lru_cache(maxsize=_ENTITIES_REMEMBERED)
def _entity_node(kind: str, key: str) -> Term:
    return _node(iri.entity_iri(kind, key))


@lru_cache(maxsize=_ENTITIES_REMEMBERED)
def _description(node: Term, entity: Entity) -> tuple[tuple[Term, Term], ...]:
    """What a graph says of an entity besides its mentions: its class, names, code and symbol, the same in
    every document that names it (the gazetteer's labels in every language make most of it), made once."""
    said = [(RDF.type, kind_class(entity.kind))]
    if entity.name:
        said.append((SKOS.prefLabel, _literal(entity.name, language="en")))
    if entity.code:
        said.append((PK.code, _literal(entity.code)))
    symbol = _symbol_of(entity)
    if symbol:
        said.append((PK.symbol, _literal(symbol)))
        if is_un_symbol(symbol):
            said.append((RDFS.seeAlso, _node(iri.undocs_url(symbol))))
    said += [(SKOS.altLabel, _literal(form, language=language)) for form, language in _gazetteer_labels(entity)]
    return tuple(said)


def _gazetteer_labels(entity: Entity) -> Iterable[tuple[str, str]]:
    from kg.resolve import labels

    return labels(entity) if entity.rule.startswith("gazetteer") else ()


def document_quads(document: Document, extraction: Extraction, resolve: Resolver) -> tuple[str, DocumentQuads]:
    """The named graph IRI of a document and its quads.

    A set: the order of the outputs is that of their serialised lines (see ``kg.pipeline``).
    """
    graph = _DocumentGraph(document, extraction, resolve)
    graph.write_document()
    graph.write_facts()
    return graph.graph_iri, graph.quads
