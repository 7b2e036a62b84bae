"""Scoring one document's built facts against its gold file, fact type by fact type.

Each fact type counts gold items found and missed (recall) and, where the gold
lists every acceptable fact of that type, built facts that are right and built
facts that are extra (precision). The definitions, type by type:

``document``
    The gold's kind (or one of ``kind_accept``), symbol or number, date, title
    (unless the gold says ``title_in_text: false``: the copy lost it, so no
    reader of the text can give it), entry into force, issuer (the work's, else that of most of its commitments)
    and signer, each an item. A field the build gives with the wrong value is
    missed *and* extra; precision is right / given.
``citations``
    Recall: the ``must`` symbols among the symbols the document cites. Precision:
    cited symbols that are in ``must``, ``may``, a named instrument's symbol or
    name ("CBD COP decision XIII/15") or the document's own, against those that
    are not (``must_not`` among them).
``named-instruments``
    Recall: ``named_must`` items cited by symbol or by a name (any language,
    other labels, the quote). Precision: instruments cited without a symbol that
    are no named item of the gold (``named_must_not`` included).
``citation-dates``
    The ``dated`` items: the date the build gives a cited symbol. Precision:
    right / dated symbols the build gives a date for.
``paragraphs``
    UN documents: the operative paragraphs 1..``operative_count`` that hold a
    commitment. Precision: built operative paragraph numbers within that range.
``force``
    The force of each operative paragraph (UN), of each article listed
    (legal texts), and of each prose commitment found by its quote. Precision:
    right / paragraphs, articles or quotes the build gives a force for.
``actions``
    UN documents: the action of each operative paragraph (or an accepted
    alternative); precision as for force.
``addressees``
    The addressees of paragraphs, sub-paragraphs, articles and prose
    commitments, found among the addressees of the build's commitments there.
``deadlines``
    Years, dates and sessions by which a paragraph, article or prose
    commitment is due, found among the deadlines of the build's commitments there.
``commitments``
    Prose commitments (``must`` with a quote): a built commitment whose text
    holds the quote; without a quote (legal texts), one whose issuer or
    addressee is the gold's actor. Precision, where every gold commitment is
    quoted: built commitments that hold no ``must`` or ``may`` quote are extra.
``issuers``
    For each prose commitment found by its quote, its issuer is the gold's
    actor (by name, code or label); a joint one written "X and Y" (or a list)
    is the set of issuers built, each party one of them and each of them a
    party. Precision: right / those the build gives an issuer for.
``states``
    Recall: ``states_required`` (else ``states``) by ISO code. Precision: states
    the gold does not list (``states``, ``states_required``, ``states_labels``).
``organizations``
    Recall: ``organizations`` by code or name, among every actor but states,
    persons and places (the Secretary-General may be built as a post).
    Precision: built organisations (not posts, collectives or groups of states)
    that are no organisation, group, post or place the gold names.
``persons``
    Recall: ``persons`` and the signer, by name. Precision: built persons that
    are no person of the gold (``persons_must_not`` and page furniture extra).
``posts``
    Persons of the gold with a post, found holding a post of that name; and
    the gold's ``posts`` (named without their holder), found among the posts.
``figures``
    Recall: ``must`` figures (and a scale's ``table``) by value, strictly, or one
    of ``accepted_values``. Precision: built figures whose value is a gold
    ``must``, ``may`` or table value, against all others (``must_not`` marked).
``figure-details``
    For each figure found: its unit (a figure without a unit may count what the
    unit names in its measure: "refugees"), area, period and qualifier where
    the gold gives them.
``events``
    Recall: ``must`` events by name (the event's label or the words of its
    mentions), or by date and place; when both sides give dates they must
    agree; one built event stands for one gold event. Precision: built events
    that are no ``must`` or ``may`` event.
``event-details``
    For each event found: place, start, end and year where the gold gives them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from kg.eval.facts import Actor, Commitment, DocumentFacts, Event, Figure, Post
from kg.eval.gold import Gold, item_labels
from kg.eval.match import (
    actions_match,
    fold,
    joint_parts,
    names_match,
    number,
    numbers_equal,
    person_names_match,
    quote_overlaps,
    symbol_key,
)
from kg.model import DECLARATION_SECTION, Kind

_Built = TypeVar("_Built", Figure, Event)

__all__ = ["FACT_TYPES", "DocumentScore", "FactScore", "score_document"]


# Collectives ("States", "Member States", "Governments") and groups of states are no organisations.
_NOT_ORGANIZATIONS = (Kind.STATE, Kind.PERSON, Kind.PLACE, Kind.POST, Kind.ACTOR, Kind.GROUP_OF_STATES)
# A gold organisation may be built as a post ("Secretary-General") or a collective: found all the same.
_NOT_ORGANIZATIONS_TO_FIND = (Kind.STATE, Kind.PERSON, Kind.PLACE)
_POST_KEYS = ("post_en", "post_vi", "post_fr", "post_es", "post_ru", "post_zh", "post_ar", "role")
# A person's name as the gold writes it in the text's own script ("name_ru": "Дуган, Дэвид Майкл") too.
_PERSON_KEYS = (
    "name",
    "name_en",
    "name_latin",
    "label_ar",
    *(f"name_{code}" for code in ("vi", "fr", "es", "ru", "zh", "ar")),
)
_UNITS = {"percent": {"percent", "per cent", "%", "pct", "por ciento", "pour cent", "процента", "процентов"}}


@dataclass
class FactScore:
    """Counts of one fact type in one document, with what was missed and what was extra."""

    gold: int = 0
    found: int = 0
    missed: list[str] = field(default_factory=list)
    correct: int = 0
    extra: list[str] = field(default_factory=list)
    precision_defined: bool = False

    def hit(self) -> None:
        self.gold += 1
        self.found += 1

    def miss(self, what: str) -> None:
        self.gold += 1
        self.missed.append(what)

    def judge(self, right: bool, what: str) -> None:
        """Count one built fact for precision: right, or extra."""
        self.precision_defined = True
        if right:
            self.correct += 1
        else:
            self.extra.append(what)

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        judged = self.correct + len(self.extra)
        return self.correct / judged if self.precision_defined and judged else None


@dataclass
class DocumentScore:
    name: str
    source: str
    family: str
    built: bool
    corrected: bool
    scores: dict[str, FactScore]


def score_document(gold: Gold, facts: DocumentFacts | None) -> DocumentScore:
    """Every fact type of one document; a document the build lacks misses everything."""
    built = facts if facts is not None else DocumentFacts(source=gold.source_name)
    scores = {}
    for fact_type, scorer in _SCORERS.items():
        score = FactScore()
        scorer(gold, built, score)
        scores[fact_type] = score
    return DocumentScore(gold.name, gold.source_name, gold.family, facts is not None, gold.corrected, scores)


# --- document ---------------------------------------------------------------------------------------


def _document(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    document = gold.section("document")
    kinds = [k for k in [document.get("kind"), *(document.get("kind_accept") or [])] if k]
    if kinds:
        _field(score, "kind", kinds, facts.kind, _kind_matches)
    symbol = document.get("symbol") or document.get("number")
    if symbol:
        _field(score, "symbol", [symbol], facts.symbol, lambda g, b: symbol_key(g) == symbol_key(b))
    if document.get("date"):
        _field(score, "date", [document["date"]], facts.date, lambda g, b: b[:10] == g)
    if document.get("title") and document.get("title_in_text") is not False:
        titles = [document["title"], *[document[k] for k in ("title_full",) if document.get(k)]]
        _field(score, "title", titles, facts.title, _titles_match)
    if document.get("effective"):
        _field(score, "in force", [document["effective"]], facts.in_force, lambda g, b: b[:10] == g)
    if document.get("expires"):
        _field(score, "last day in force", [document["expires"]], facts.last_day_in_force, lambda g, b: b[:10] == g)
    issuers = _named_actors(gold, [str(document[k]) for k in ("issuer", "issuer_en") if document.get(k)])
    if issuers:
        # The work's issuer where the build states one, else the issuer of most of its commitments.
        built_issuer = facts.issuer or _main_issuer(facts)
        _field(score, "issuer", issuers, _first(built_issuer), lambda g, _b: _actor_named(g, built_issuer))
    signer = document.get("signer")
    if isinstance(signer, dict) and signer.get("name"):
        names = facts.signer
        _field(
            score, "signer", [signer["name"]], _first(names), lambda g, _b: any(person_names_match(g, n) for n in names)
        )


def _first(names: list[str]) -> str:
    return next((n for n in names if n and not n.startswith("http")), names[0] if names else "")


def _field(score: FactScore, name: str, gold: list[str], built: str, same: Callable[[str, str], bool]) -> None:
    if built and any(same(str(g), built) for g in gold):
        score.hit()
        score.judge(True, name)
        return
    score.miss(f"{name}: {gold[0]}" + (f" (built {built!r})" if built else ""))
    if built:
        score.judge(False, f"{name}: {built}")


def _kind_matches(gold: str, built: str) -> bool:
    return built == gold or built.startswith(f"{gold}-") or gold.startswith(f"{built}-")


def _titles_match(gold: str, built: str) -> bool:
    a, b = fold(gold), fold(built)
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and shorter in longer and len(shorter) * 2 >= len(longer)


def _main_issuer(facts: DocumentFacts) -> list[str]:
    """The names of the actor that issues most of a document's commitments."""
    counts: dict[str, int] = {}
    for commitment in facts.commitments:
        if commitment.issuer:
            counts[commitment.issuer[0]] = counts.get(commitment.issuer[0], 0) + 1
    if not counts:
        return []
    first = max(counts, key=lambda name: (counts[name], name))
    return next((c.issuer for c in facts.commitments if c.issuer and c.issuer[0] == first), [first])


def _named_actors(gold: Gold, names: list[str]) -> list[str]:
    """The names of actors the gold gives by code or English name ("OMDH"), with the labels its own list of
    organisations gives them ("المنظمة المغربية لحقوق الإنسان"): a text need not print the acronym."""
    organizations = gold.section("actors").get("organizations") or []
    wanted = {fold(name) for name in names}
    expanded = list(names)
    for organization in organizations:
        if isinstance(organization, dict) and {fold(str(organization.get(k) or "")) for k in ("code", "en")} & wanted:
            expanded += [label for label in item_labels(organization) if label not in expanded]
    return expanded


def _actor_named(gold: str, names: Iterable[str]) -> bool:
    return any(names_match(gold, name) for name in names)


# --- citations ----------------------------------------------------------------------------------------


def _citations(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    section = gold.section("citations")
    if not section:
        return
    cited = {symbol_key(c.symbol) for c in facts.citations if c.symbol}
    for symbol in _strings(section.get("must")):
        score.hit() if symbol_key(symbol) in cited else score.miss(symbol)
    allowed = {symbol_key(s) for s in _strings(section.get("must")) + _strings(section.get("may"))}
    for key in ("named_must", "named_may", "dated", "may"):
        allowed |= {symbol_key(i["symbol"]) for i in section.get(key) or [] if isinstance(i, dict) and i.get("symbol")}
    document = gold.section("document")
    allowed |= {symbol_key(str(document[k])) for k in ("symbol", "number") if document.get(k)}
    named = [label for key in ("named_must", "named_may") for i in section.get(key) or [] for label in item_labels(i)]
    forbidden = {symbol_key(s) for s in _strings(section.get("must_not"))}
    for symbol in sorted(cited):
        right = symbol in allowed or _named_with(symbol, named)
        score.judge(right and symbol not in forbidden, symbol + (" (must_not)" if symbol in forbidden else ""))
    if "must" in section:
        score.precision_defined = True


def _named_with(symbol: str, labels: list[str]) -> bool:
    """A symbol a named instrument of the gold carries in its name ("CBD COP decision XIII/15")."""
    return any(f" {symbol} " in f" {' '.join(label.upper().split())} " for label in labels)


def _citation_dates(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    dated = {symbol_key(c.symbol): c.date for c in facts.citations if c.symbol}
    for item in gold.section("citations").get("dated") or []:
        if isinstance(item, dict) and item.get("symbol") and item.get("date"):
            built = dated.get(symbol_key(str(item["symbol"])), "")
            right = built[:10] == str(item["date"])
            score.hit() if right else score.miss(
                f"{item['symbol']} {item['date']}" + (f" (built {built})" if built else "")
            )
            if built:
                score.judge(right, f"{item['symbol']} {built}")


def _strings(values: Any) -> list[str]:
    return [str(v) for v in values or [] if isinstance(v, str)]


def _named_instruments(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    section = gold.section("citations")
    named = [i for i in section.get("named_must") or [] if isinstance(i, dict)]
    for item in named:
        found = any(_cites_item(item, citation.symbol, citation.names()) for citation in facts.citations)
        score.hit() if found else score.miss(_describe(item))
    if not named and not section.get("named_may"):
        return
    acceptable = named + [i for i in section.get("named_may") or [] if isinstance(i, dict)]
    unwanted = [i for i in section.get("named_must_not") or [] if isinstance(i, dict)]
    for citation in facts.citations:
        if citation.symbol:
            continue
        right = any(_cites_item(i, "", citation.names()) for i in acceptable)
        wrong = any(_cites_item(i, "", citation.names()) for i in unwanted)
        score.judge(right and not wrong, citation.name or (citation.quotes or ["?"])[0])


def _cites_item(item: dict[str, Any], symbol: str, names: list[str]) -> bool:
    if symbol and item.get("symbol") and symbol_key(symbol) == symbol_key(str(item["symbol"])):
        return True
    return any(names_match(label, name) for label in item_labels(item, with_quote=True) for name in names)


def _describe(item: Any) -> str:
    labels = item_labels(item)
    return labels[0] if labels else str(item)


# --- commitments --------------------------------------------------------------------------------------


def _operative(facts: DocumentFacts, number: object, *, subparagraph: str | None = None) -> list[Commitment]:
    """The commitments of an operative paragraph: its own (its chapeau), or those of one sub-paragraph,
    or (``subparagraph="*"``) its own and all of its sub-paragraphs' ("4", "4(a)", "4(b)", ...)."""
    own = str(number)
    wanted = {own} if subparagraph is None else {f"{own}({subparagraph})"}
    operative = _numbered_part(facts)
    if subparagraph == "*":
        return [c for c in operative if _top_paragraph(c.paragraph) == own]
    return [c for c in operative if c.paragraph in wanted]


def _numbered_part(facts: DocumentFacts) -> list[Commitment]:
    """The commitments of the numbered operative part the gold counts: the document's own, or, where its only
    operative act is unnumbered ("Adopts the following political declaration"), those of the declaration it
    adopts, whose paragraphs the gold numbers as operative (a builder may label them "declaration")."""
    operative = [c for c in facts.commitments if c.section == "operative"]
    if any(c.paragraph for c in operative):
        return operative
    return [c for c in facts.commitments if c.section == DECLARATION_SECTION] or operative


def _top_paragraph(paragraph: str) -> str:
    """The paragraph a sub-paragraph belongs to: "4" for "4(a)"."""
    match = re.match(r"\d+", paragraph)
    return match.group(0) if match else paragraph


def _in_article(facts: DocumentFacts, article: object) -> list[Commitment]:
    return [c for c in facts.commitments if c.section != "preamble" and c.paragraph == str(article)]


def _quoted(facts: DocumentFacts, quote: str) -> list[Commitment]:
    return [c for c in facts.commitments if quote_overlaps(quote, c.text)]


def _paragraphs(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    count = gold.section("commitments").get("operative_count")
    if not isinstance(count, int):
        return
    built = {_top_paragraph(c.paragraph) for c in _numbered_part(facts) if c.paragraph}
    for wanted in range(1, count + 1):
        score.hit() if str(wanted) in built else score.miss(f"paragraph {wanted}")
    for paragraph in sorted(built, key=_natural):
        score.judge(paragraph.isdigit() and 1 <= int(paragraph) <= count, f"paragraph {paragraph}")


def _natural(text: str) -> tuple[int, str]:
    return (int(text), "") if text.isdigit() else (10**6, text)


def _force(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    section = gold.section("commitments")
    for entry in section.get("operative") or []:
        if isinstance(entry, list) and len(entry) == 2:
            _judge_force(score, f"paragraph {entry[0]}", entry[1], _operative(facts, entry[0]))
    for article in section.get("articles") or section.get("articles_selected") or []:
        if isinstance(article, dict) and article.get("force"):
            _judge_force(
                score, f"article {article.get('article')}", article["force"], _in_article(facts, article.get("article"))
            )
    for item in _prose(section):
        if item.get("quote") and item.get("force"):
            _judge_force(score, f"'{item['quote'][:40]}'", item["force"], _quoted(facts, item["quote"]))


def _judge_force(score: FactScore, where: str, force: str, built: list[Commitment]) -> None:
    forces = sorted({c.force for c in built if c.force})
    if force in forces:
        score.hit()
    else:
        score.miss(f"{where}: {force}" + (f" (built {', '.join(forces)})" if forces else ""))
    if forces:
        score.judge(force in forces, f"{where}: {', '.join(forces)}")


def _prose(section: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for i in section.get("must") or [] if isinstance(i, dict)]


def _actions(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    section = gold.section("commitments")
    actions = section.get("actions")
    if not isinstance(actions, dict):
        return
    alternatives = section.get("actions_alternatives") or {}
    for paragraph, action in actions.items():
        accepted = [action, *alternatives.get(paragraph, [])]
        built = sorted({c.action for c in _operative(facts, paragraph) if c.action})
        right = any(actions_match(wanted, a) for wanted in accepted for a in built)
        score.hit() if right else score.miss(
            f"paragraph {paragraph}: {action}" + (f" (built {', '.join(built)})" if built else "")
        )
        if built:
            score.judge(right, f"paragraph {paragraph}: {', '.join(built)}")


def _addressees(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    section = gold.section("commitments")
    wanted: list[tuple[str, str, list[Commitment]]] = []
    for entry in section.get("addressees") or []:
        if isinstance(entry, dict) and entry.get("addressee"):
            paragraph = entry.get("paragraph")
            wanted.append(
                (f"paragraph {paragraph}", entry["addressee"], _operative(facts, paragraph, subparagraph="*"))
            )
    for entry in section.get("secondary") or []:
        if not isinstance(entry, dict):
            continue
        paragraph, sub = entry.get("paragraph"), entry.get("subparagraph")
        where = f"paragraph {paragraph}" + (f"({sub})" if sub else "")
        built = _operative(facts, paragraph, subparagraph=sub or "*")
        for name in entry.get("addressees") or []:
            wanted.append((where, name, built))
    for article in section.get("articles") or section.get("articles_selected") or []:
        for name in article.get("addressees") or [] if isinstance(article, dict) else []:
            wanted.append((f"article {article.get('article')}", name, _in_article(facts, article.get("article"))))
    for item in _prose(section):
        names = item.get("addressees") or ([item["addressee"]] if item.get("addressee") else [])
        for name in names:
            if item.get("quote"):
                wanted.append((f"'{item['quote'][:40]}'", name, _quoted(facts, item["quote"])))
    for where, name, built in wanted:
        addressees = [a for c in built for a in c.addressees]
        found = any(names_match(name, a) for a in addressees)
        score.hit() if found else score.miss(f"{where}: {name}")


def _deadlines(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    section = gold.section("commitments")
    for entry in section.get("deadlines") or []:
        if not isinstance(entry, dict):
            continue
        if "paragraph" in entry:
            where = f"paragraph {entry['paragraph']}"
            built = _operative(facts, entry["paragraph"], subparagraph="*")
        else:
            where, built = f"article {entry.get('article')}", _in_article(facts, entry.get("article"))
        _judge_deadline(score, where, entry, built)
    for article in section.get("articles") or section.get("articles_selected") or []:
        if isinstance(article, dict) and article.get("deadline") and not _listed(section, article):
            _judge_deadline(
                score,
                f"article {article.get('article')}",
                {"date": article["deadline"]},
                _in_article(facts, article.get("article")),
            )
    for item in _prose(section):
        # a prose commitment is due by a day ("deadline") or at a session of a body ("session")
        due = {"date": item.get("deadline"), "session": item.get("session")}
        if item.get("quote") and any(due.values()):
            _judge_deadline(score, f"'{item['quote'][:40]}'", due, _quoted(facts, item["quote"]))


def _listed(section: dict[str, Any], article: dict[str, Any]) -> bool:
    """An article's deadline the gold lists again under ``deadlines``."""
    return any(
        isinstance(d, dict) and d.get("article") == article.get("article") and d.get("date") == article.get("deadline")
        for d in section.get("deadlines") or []
    )


def _judge_deadline(score: FactScore, where: str, entry: dict[str, Any], built: list[Commitment]) -> None:
    deadlines = [d for c in built for d in c.deadlines]
    wanted = _deadline_values(entry)
    if not wanted:
        return
    for label, accepts in wanted:
        found = any(accepts(d) for d in deadlines)
        score.hit() if found else score.miss(f"{where}: {label}")


def _deadline_values(entry: dict[str, Any]) -> list[tuple[str, Callable[[str], bool]]]:
    values: list[tuple[str, Callable[[str], bool]]] = []
    if entry.get("session"):
        session = str(entry["session"])
        values.append((f"session {session}", lambda d: _session_number(d) == session))
    if entry.get("date"):
        date = str(entry["date"])
        values.append((date, lambda d: d[:10] == date))
    elif entry.get("year"):
        year = str(entry["year"])
        values.append((year, lambda d: d[:4] == year))
    return values


def _session_number(deadline: str) -> str:
    """The session number a deadline names: an IRI or label ending in the number ('.../session/A/73')."""
    match = re.search(r"(\d+)\D*$", deadline)
    return match.group(1) if match else ""


def _commitments(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    section = gold.section("commitments")
    must = _prose(section)
    for item in must:
        if item.get("quote"):
            found = bool(_quoted(facts, item["quote"]))
        else:
            actors = [str(item[k]) for k in ("actor", "actor_en") if item.get(k)]
            found = any(_actor_named(a, [*c.addressees, *c.issuer]) for a in actors for c in facts.commitments)
        score.hit() if found else score.miss(str(item.get("quote") or item.get("about") or item.get("actor")))
    quotes = [i["quote"] for i in must + [i for i in section.get("may") or [] if isinstance(i, dict)] if i.get("quote")]
    if must and all(i.get("quote") for i in must) and "operative" not in section:
        for commitment in facts.commitments:
            score.judge(any(quote_overlaps(q, commitment.text) for q in quotes), commitment.text[:80])
        score.precision_defined = True


def _issuers(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    conjunctions = _gold_conjunctions(gold)
    for item in _prose(gold.section("commitments")):
        written = _written_actors(item)
        actors = _named_actors(gold, [name for name in written if isinstance(name, str)])
        if not item.get("quote") or not written:
            continue
        built = _quoted(facts, item["quote"])
        if not built:
            continue
        wanted = [[actor] for actor in actors] + _joint_alternatives(written, conjunctions)
        right = any(_same_parties(parties, _built_parties(c)) for parties in wanted for c in built)
        issuers = next((_joint_name(_built_parties(c)) for c in built if c.issuer), "")
        where = f"'{item['quote'][:40]}'"
        built_note = f" (built {issuers})" if issuers else ""
        score.hit() if right else score.miss(f"{where}: {_joint_name(wanted[0])}{built_note}")
        if issuers:
            score.judge(right, f"{where}: {issuers}")


def _written_actors(item: dict[str, Any]) -> list[str | list[str]]:
    """The issuer a gold commitment names: a name ("Biden and Iohannis"), or a list of the parties of a joint one."""
    written: list[str | list[str]] = []
    for key in ("actor", "actor_en"):
        value = item.get(key)
        if isinstance(value, list) and value:
            written.append([str(v) for v in value])
        elif value:
            written.append(str(value))
    return written


def _joint_alternatives(written: list[str | list[str]], conjunctions: list[str]) -> list[list[str]]:
    """The sets of parties a gold's issuer may name jointly: a list as given, a name cut at its conjunctions."""
    joint = [name if isinstance(name, list) else joint_parts(name, conjunctions) for name in written]
    return [parties for parties in joint if len(parties) > 1]


def _gold_conjunctions(gold: Gold) -> list[str]:
    """The conjunctions a gold may join the parties of a joint issuer by: its text's language's, and English's."""
    from kg import lang

    language = str(gold.section("document").get("language") or "en")
    codes = dict.fromkeys((language, "en")) if language in lang.SUPPORTED else {"en": None}
    return [c for code in codes for c in lang.get(code).words("list_conjunctions")]


def _built_parties(commitment: Commitment) -> list[Actor]:
    """Each issuer of a built commitment (a joint stance has several)."""
    if commitment.issuers:
        return list(commitment.issuers.values())
    return [Actor("", labels=commitment.issuer)] if commitment.issuer else []


def _same_parties(gold: list[str], built: list[Actor]) -> bool:
    """Whether the gold's parties are the built issuers: each gold party one of them, and each of them a gold party
    (a stance both leaders take is not the host's alone, nor the host's stance both leaders')."""
    return (
        bool(built)
        and all(any(_party_named(party, actor) for actor in built) for party in gold)
        and all(any(_party_named(party, actor) for party in gold) for actor in built)
    )


def _party_named(gold: str, actor: Actor) -> bool:
    """A gold party is this built issuer: by name, and for a person by every word of one name ("Iohannis")."""
    if actor.kind == Kind.PERSON and any(person_names_match(gold, name) for name in actor.names()):
        return True
    return _actor_named(gold, actor.names())


def _joint_name(parties: list[Actor] | list[str]) -> str:
    """The parties as one name, for a report: "Biden and Iohannis"."""
    names = [party if isinstance(party, str) else next(iter(party.names()), "?") for party in parties]
    return " and ".join(name for name in names if name)


# --- actors -------------------------------------------------------------------------------------------


def _states(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    actors = gold.section("actors")
    if not actors:
        return
    built = {a.code for a in facts.actors_of_kind(Kind.STATE) if a.code}
    required = actors.get("states_required")
    for code in required if isinstance(required, list) else actors.get("states") or []:
        score.hit() if code in built else score.miss(code)
    if isinstance(actors.get("states"), list):
        allowed = set(actors["states"]) | set(required or []) | set(actors.get("states_labels") or {})
        for code in sorted(built):
            score.judge(code in allowed, code)
        score.precision_defined = True


def _organizations(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    actors = gold.section("actors")
    items = [i for i in actors.get("organizations") or [] if isinstance(i, (dict, str))]
    built = facts.actors_except(*_NOT_ORGANIZATIONS)
    for item in items:
        found = any(_is_organization(item, actor) for actor in facts.actors_except(*_NOT_ORGANIZATIONS_TO_FIND))
        score.hit() if found else score.miss(_describe(item))
    if not items:
        return
    named = items + [
        i
        for key in ("organizations_may", "groups", "posts", "places")
        for i in actors.get(key) or []
        if isinstance(i, (dict, str))
    ]
    document = gold.section("document")
    named += [document[k] for k in ("issuer", "issuer_en") if isinstance(document.get(k), str)]
    for actor in built:
        score.judge(any(_is_organization(i, actor) for i in named), actor.name or (actor.labels or ["?"])[0])


def _is_organization(item: Any, actor: Actor) -> bool:
    if isinstance(item, dict) and item.get("code") and actor.code and fold(str(item["code"])) == fold(actor.code):
        return True
    labels = item_labels(item, with_quote=True)
    return any(names_match(label, name) for label in labels for name in actor.names()) or (
        bool(actor.code) and any(fold(label) == fold(actor.code) for label in labels)
    )


def _gold_persons(gold: Gold) -> list[dict[str, Any]]:
    actors = gold.section("actors")
    persons = [p for p in actors.get("persons") or [] if isinstance(p, dict)]
    signer = gold.section("document").get("signer")
    if not isinstance(signer, dict) or not signer.get("name"):
        return persons
    if not any(person_names_match(signer["name"], str(p.get("name", ""))) for p in persons):
        persons.append(signer)
    return persons


def _person_names(item: dict[str, Any]) -> list[str]:
    return [str(item[k]) for k in _PERSON_KEYS if isinstance(item.get(k), str) and item[k]]


def _built_persons(facts: DocumentFacts) -> list[str]:
    names = [n for a in facts.actors_of_kind(Kind.PERSON) for n in a.names()[:1]]
    return names + [p.person for p in facts.posts if p.person and p.person not in names]


def _persons(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    persons = _gold_persons(gold)
    built = _built_persons(facts)
    for item in persons:
        found = any(person_names_match(n, b) for n in _person_names(item) for b in built)
        score.hit() if found else score.miss(_person_names(item)[0] if _person_names(item) else str(item))
    actors = gold.section("actors")
    if "persons" not in actors and not persons:
        return
    acceptable = persons + [p for p in actors.get("persons_may") or [] if isinstance(p, dict)]
    unwanted = [str(p.get("label", "")) for p in actors.get("persons_must_not") or [] if isinstance(p, dict)]
    unwanted += _strings(gold.section("boilerplate").get("foreign_actors"))
    for name in built:
        right = any(person_names_match(n, name) for p in acceptable for n in _person_names(p))
        wrong = any(u and person_names_match(u, name) for u in unwanted)
        score.judge(right and not wrong, name + (" (must_not)" if wrong else ""))


def _posts(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    for item in _gold_persons(gold):
        posts = [str(item[k]) for k in _POST_KEYS if isinstance(item.get(k), str) and item[k]]
        if not posts:
            continue
        held = [p for p in facts.posts if p.post and any(person_names_match(n, p.person) for n in _person_names(item))]
        found = any(_post_named(post, h) for post in posts for h in held)
        names = _person_names(item)
        score.hit() if found else score.miss(f"{names[0] if names else '?'}: {posts[0]}")
    built_posts = facts.actors_of_kind(Kind.POST)
    for item in gold.section("actors").get("posts") or []:
        found = any(_is_organization(item, post) for post in built_posts)
        score.hit() if found else score.miss(f"post {_describe(item)}")


#: What joins a post to the body it is in, where a gold post names both ("President of the United States").
#: Longer links first ("del" before "de"); none where a language joins a post to its body by position
#: ("رئيسة | الفيدرالية ...", the construct state).
_POST_OF = re.compile(r"\s*(?:of|for|at|to|in|de la|del|des|du|de|d'|,|\(|(?<=\s))\s*", re.IGNORECASE)
#: An article the gold may write before a post.
_LEADING_ARTICLE = re.compile(r"^(?:the|an?|una?|el|la|los|las|les?|une)\s+", re.IGNORECASE)
#: What parts a post's body into the bodies it names ("Ambassador of | Costa Rica | to the | UN").
_POST_PARTS = re.compile(r"\s+(?:to|at|in|ante|auprès|en)\s+(?:the\s+|la\s+|el\s+|le\s+|l')?", re.IGNORECASE)


def _post_named(gold: str, built: Post) -> bool:
    """Whether a built post is the gold's, by its English name or as the text writes it ("генеральный директор
    компании Lockheed Martin Canada", which the gold may give in that language)."""
    return any(_post_name_matches(gold, name, built) for name in (built.post, built.written) if name)


def _post_name_matches(gold: str, name: str, built: Post) -> bool:
    """The same name, or the gold's head where the gold writes the body into the post ("President of the
    United States") and the build names that body apart or not at all."""
    gold = _LEADING_ARTICLE.sub("", gold)  # "una responsable de Oxfam": a post is named without its article
    if names_match(gold, name):
        return True
    head = fold(name)
    written = fold(gold)
    if not head or not written.startswith(head):
        return False
    rest = gold[len(name) :] if gold.casefold().startswith(name.casefold()) else ""
    joined = _POST_OF.match(rest)
    if joined is None:
        return False
    body = rest[joined.end() :].strip(" )")
    parts = [body, *_POST_PARTS.split(body)]
    named = any(names_match(part, known) for part in parts for known in built.organization)
    # a post joined to its body by position alone must name the body the build gives it
    return named or (not built.organization and bool(joined.group().strip()))


# --- statistics ---------------------------------------------------------------------------------------


def _gold_values(item: dict[str, Any]) -> list[Any]:
    return [item.get("value"), *(item.get("accepted_values") or [])]


def _figures(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    section = gold.section("statistics")
    if not section:
        return
    must = [i for i in section.get("must") or [] if isinstance(i, dict)]
    table = [i for i in section.get("table") or [] if isinstance(i, dict)]
    for item in must + _table_only(table, must):
        found = any(numbers_equal(v, f.value) for v in _gold_values(item) for f in facts.figures)
        score.hit() if found else score.miss(_figure_label(item))
    acceptable = [
        v for i in must + table + [i for i in section.get("may") or [] if isinstance(i, dict)] for v in _gold_values(i)
    ]
    forbidden = [
        v for key in ("must_not", "must_not_in_article") for v in section.get(key) or [] if number(v) is not None
    ]
    for figure in facts.figures:
        right = any(numbers_equal(v, figure.value) for v in acceptable)
        marked = " (must_not)" if not right and any(numbers_equal(v, figure.value) for v in forbidden) else ""
        score.judge(right, f"{figure.value}{marked}: {figure.text[:60]}")
    score.precision_defined = True


def _table_only(table: list[dict[str, Any]], must: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of a scale the ``must`` list does not already hold (same area, same value)."""
    listed = {(str(i.get("area")), str(number(i.get("value")))) for i in must}
    return [
        {"value": row.get("value"), "area": row.get("state"), "label": row.get("label")}
        for row in table
        if (str(row.get("state")), str(number(row.get("value")))) not in listed
    ]


def _figure_label(item: dict[str, Any]) -> str:
    where = item.get("area") or item.get("label") or ""
    return f"{item.get('value')} {item.get('unit') or ''} {where}".strip()


def _figure_details(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    for item in [i for i in gold.section("statistics").get("must") or [] if isinstance(i, dict)]:
        candidates = [f for f in facts.figures if any(numbers_equal(v, f.value) for v in _gold_values(item))]
        _judge_details(score, str(item.get("value")), candidates, _figure_checks(item))


def _judge_details(
    score: FactScore, what: str, candidates: list[_Built], checks: list[tuple[str, Callable[[_Built], bool]]]
) -> None:
    """Each detail the gold gives, judged on the built fact that gets most of them right."""
    if not candidates:
        return
    best = max(candidates, key=lambda fact: sum(check(fact) for _, check in checks))
    for label, check in checks:
        score.hit() if check(best) else score.miss(f"{what}: {label}")


def _figure_checks(item: dict[str, Any]) -> list[tuple[str, Callable[[Figure], bool]]]:
    checks: list[tuple[str, Callable[[Figure], bool]]] = []
    if item.get("unit"):
        unit = str(item["unit"])
        checks.append((f"unit {unit}", lambda f: _units_match(unit, f.unit) or _counts(unit, f)))
    if item.get("area"):
        area = str(item["area"])
        checks.append((f"area {area}", lambda f: any(_area_matches(area, a) for a in f.area)))
    if item.get("period"):
        period = str(item["period"])
        checks.append((f"period {period}", lambda f: _years(period) == _years(f.period) and bool(f.period)))
    if item.get("qualifier"):
        qualifier = str(item["qualifier"])
        checks.append((f"qualifier {qualifier}", lambda f: f.qualifier == qualifier))
    return checks


def _units_match(gold: str, built: str) -> bool:
    a, b = fold(gold), fold(built)
    if not b:
        return False
    for forms in _UNITS.values():
        if a in forms:
            return b in forms
    return a == b or f" {b} " in f" {a} " or f" {a} " in f" {b} "


def _counts(unit: str, figure: Figure) -> bool:
    """A figure without a unit that counts what the gold's unit names: "refugees" in the measure
    "refugee officers" counts officers, so the unit's words must all be there (plural or not)."""
    if figure.unit or not figure.measure:
        return False
    measured = {_singular(word) for word in fold(figure.measure).split()}
    return all(_singular(word) in measured for word in fold(unit).split())


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _area_matches(gold: str, built: str) -> bool:
    if re.fullmatch(r"[A-Z]{3}", gold):
        return built.rstrip("/").endswith(f"/{gold}") or built == gold
    return names_match(gold, built)


def _years(text: str) -> list[str]:
    return re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)


# --- events -------------------------------------------------------------------------------------------


def _gold_events(section: dict[str, Any], key: str) -> list[dict[str, Any]]:
    return [e for e in section.get(key) or [] if isinstance(e, dict)]


def _events(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    section = gold.section("events")
    if not section:
        return
    must = _gold_events(section, "must")
    for item, event in _pair_events(must, facts.events):
        score.hit() if event is not None else score.miss(_describe(item))
    acceptable = must + _gold_events(section, "may")
    for event in facts.events:
        name = (event.names or ["?"])[0] + f" {event.start}".rstrip()
        score.judge(any(_is_event(item, event) for item in acceptable), name)
    score.precision_defined = True


def _pair_events(items: list[dict[str, Any]], events: list[Event]) -> list[tuple[dict[str, Any], Event | None]]:
    """Each gold event with a built event of its own (one built event stands for one gold event),
    those whose dates agree chosen first."""
    unused = list(events)
    pairs: list[tuple[dict[str, Any], Event | None]] = []
    for item in items:
        matching = [e for e in unused if _is_event(item, e)]
        chosen = max(matching, key=lambda e: bool(e.start), default=None)
        if chosen is not None:
            unused.remove(chosen)
        pairs.append((item, chosen))
    return pairs


def _event_start(item: dict[str, Any]) -> str:
    return str(item.get("start") or item.get("date") or "")


def _is_event(item: dict[str, Any], event: Event) -> bool:
    start, year = _event_start(item), str(item.get("year") or "")
    dated = bool(start or year)
    dates_agree = (not start or event.start[:10] == start) and (not year or event.start[:4] == year)
    named = any(names_match(label, name) for label in item_labels(item, with_quote=True) for name in event.names)
    if named:
        return not (dated and event.start) or dates_agree
    return bool(start) and event.start[:10] == start and _place_agrees(item, event)


def _gold_places(item: dict[str, Any]) -> list[str]:
    return [str(item[k]) for k in ("place", "place_en", "country") if isinstance(item.get(k), str) and item[k]]


def _place_agrees(item: dict[str, Any], event: Event) -> bool:
    places = _gold_places(item)
    return not places or any(_area_matches(p, b) for p in places for b in event.place)


def _event_details(gold: Gold, facts: DocumentFacts, score: FactScore) -> None:
    for item, event in _pair_events(_gold_events(gold.section("events"), "must"), facts.events):
        _judge_details(score, _describe(item), [event] if event else [], _event_checks(item))


def _event_checks(item: dict[str, Any]) -> list[tuple[str, Callable[[Event], bool]]]:
    checks: list[tuple[str, Callable[[Event], bool]]] = []
    if _gold_places(item):
        checks.append((f"place {_gold_places(item)[0]}", lambda e: _place_agrees(item, e)))
    start = _event_start(item)
    if start:
        checks.append((f"start {start}", lambda e: e.start[:10] == start))
    if item.get("end"):
        end = str(item["end"])
        checks.append((f"end {end}", lambda e: e.end[:10] == end))
    if item.get("year") and not start:
        year = str(item["year"])
        checks.append((f"year {year}", lambda e: e.start[:4] == year))
    return checks


#: The fact types, in the order of the tables, each with the function that scores it.
_SCORERS: dict[str, Callable[[Gold, DocumentFacts, FactScore], None]] = {
    "document": _document,
    "citations": _citations,
    "named-instruments": _named_instruments,
    "citation-dates": _citation_dates,
    "paragraphs": _paragraphs,
    "force": _force,
    "actions": _actions,
    "addressees": _addressees,
    "deadlines": _deadlines,
    "commitments": _commitments,
    "issuers": _issuers,
    "states": _states,
    "organizations": _organizations,
    "persons": _persons,
    "posts": _posts,
    "figures": _figures,
    "figure-details": _figure_details,
    "events": _events,
    "event-details": _event_details,
}
FACT_TYPES = tuple(_SCORERS)
