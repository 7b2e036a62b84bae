"""Actors in news prose: known entities, organisations, the author of a statement, places.

Known entities (states, UN bodies, IOM, places such as Hà Nội) come from the
resolution layer (:func:`kg.resolve.find_mentions`). Unknown organisations are
found by structure, with the pack's words: an organisation is a head word of
``organization_heads`` ("Bộ", "Cục", "Hội") followed by a name (see
:mod:`kg.finders.names`), or one of ``extra["standalone_organizations"]``
("Quốc hội"); a government agency is scoped to the document's home state (the
language's, or the dateline's: :attr:`~kg.finders.text.DocumentText.home_state`);
its parent is the organisation written right after it ("Cục Lãnh sự, Bộ Ngoại
giao") or, for departments whose parent is fixed by law, the one in
``extra["parent_organizations"]`` when the text names it. Persons and their
posts are found after the organisations, by :mod:`kg.finders.persons`; what
both find is kept in :class:`~kg.finders.cast.Actors`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from kg import lang, resolve
from kg.finders.cast import NOT_ORGANIZATIONS, Actors, known_place_at, moved, organization_mention
from kg.finders.names import (
    LATIN_NAME,
    body_word,
    capitalized_run,
    continued_in_lower_case,
    has_case,
    listed_name_end,
    name_end,
    name_joiners,
    organization_rules,
    overlaps,
    proclitic_forms,
    unspaced,
    writes_latin,
)
from kg.finders.persons import find_persons, post_matches
from kg.finders.text import (
    DocumentText,
    Token,
    find_phrases,
    indexes_of_words,
    is_unspaced,
    iter_tokens,
    key_of,
    opens_name,
    skip_spaces,
    starts_with_phrase,
)
from kg.lang.base import LanguagePack
from kg.model import INSTRUMENT_KINDS, Kind, Mention, Span
from kg.resolve.normalize import fold
from kg.text.patterns import finditer_from_space_runs, phrases_alternation

__all__ = [
    "Actors",
    "asked_addressee",
    "author_after_statement_word",
    "defined_acronym",
    "described_addressee",
    "described_addressees",
    "find_actors",
    "named_organizations",
    "place_after",
    "posts_of_named_bodies",
    "statement_author",
]


#: The kind of a collective a pack names ("civil society", "các bộ, ngành, địa phương"), as the resolver
#: mints it from its English name (see ``kg.resolve``).
COLLECTIVE = Kind.ACTOR
#: Separators that put an organisation's parent right after it ("Cục Lãnh sự, Bộ Ngoại giao").
_PARENT_LINK = re.compile(r"\s*(?:,|\(|–|-)\s*")


def find_actors(news: DocumentText) -> Actors:
    actors = Actors(known=_known_mentions(news))
    post_spans = post_matches(news)
    organizations = _organizations(news, actors.known, [span for span, _ in post_spans])
    if unspaced(news):
        actors.known = _without_known_inside_words(actors.known, organizations)
    linked = {
        m.span: m
        for m in _with_parents(news, sorted([*organizations, *_known_organizations(actors)], key=lambda m: m.span))
    }
    actors.organizations = [linked[m.span] for m in organizations]
    actors.known = [linked.get(m.span, m) if m.kind not in NOT_ORGANIZATIONS else m for m in actors.known]
    actors.organizations = sorted([*actors.organizations, *_acronyms_defined(news, actors)], key=lambda m: m.span)
    actors.organizations = sorted([*actors.organizations, *_heads_alone(news, actors)], key=lambda m: m.span)
    actors.organizations = sorted(
        [*actors.organizations, *_acronyms_listed_with_bodies(news, actors)], key=lambda m: m.span
    )
    actors.organizations = sorted([*actors.organizations, *_recurring_acronyms(news, actors)], key=lambda m: m.span)
    actors.organizations = sorted(
        [*actors.organizations, *_names_listed_with_actors(news, actors)], key=lambda m: m.span
    )
    companies = {
        m.span
        for main in news.main_spans
        for m in [*_companies_after_their_kind(news, main), *_companies_by_their_spelling(news, main)]
    }
    actors.companies = frozenset(m.span for m in actors.organizations if m.span in companies)
    find_persons(news, actors, post_spans)
    paired = _paired_subjects(news, actors)
    actors.organizations = sorted([*actors.organizations, *paired], key=lambda m: m.span)
    actors.companies |= {m.span for m in paired}
    actors.collectives = _collectives(news)
    actors.organizations = sorted([*actors.organizations, *_organs_of_the_author(news, actors)], key=lambda m: m.span)
    return actors


def _without_known_inside_words(known: list[Mention], organizations: list[Mention]) -> list[Mention]:
    """ "四大会计事务所" holds "大会" (the General Assembly's short name) across two of its words: in a text
    without spaces, a known body strictly inside a longer body's name is no mention. A state there is
    ("澳大利亚工人工会"), and so is a known body that ends the name ("亟需 | 北大西洋公约组织": the name read
    back from the tail ran past the known one's start)."""
    return [
        k
        for k in known
        if k.kind in (Kind.STATE, Kind.PLACE, Kind.PERSON)
        or not any(o.span.start < k.span.start and k.span.end < o.span.end for o in organizations)
    ]


def named_organizations(news: DocumentText) -> list[Mention]:
    """The organisations a text names by their structure alone (a titled name with a body word, a head word, an
    acronym defined in brackets), where the gazetteer knows nothing as long: "the Inter-American Court of Human
    Rights" in a resolution. A body's common noun standing alone ("the Government") is left out: in a text that
    speaks for many States, it is no one body."""
    known = _known_mentions(news)
    common = {m.span for main in news.main_spans for m in _standalone_organizations(news, main)}
    return [m for m in _organizations(news, known, []) if m.span not in common]


def posts_of_named_bodies(news: DocumentText, posts: list[Mention], bodies: list[Mention]) -> list[Mention]:
    """ "the Chair | of the | Committee on the Protection of the Rights of All Migrant Workers", "the President | of
    the | Human Rights Council": a post the gazetteer knows only in general, before "of" and a body named whole
    there, is that body's post, named with it (where the gazetteer knows the post of the body, "President of the
    General Assembly", it is the gazetteer's). A body whose name runs on in capitals after what is known of it
    ("United Nations System | Network on Tidal Data") is not named whole."""
    text = news.text
    by_start = {body.span.start: body for body in bodies}
    found = []
    for post in posts:
        after = skip_spaces(text, post.span.end)
        link = starts_with_phrase(text, after, news.words("post_links"), ignore_case=False)
        body = by_start.get(skip_spaces(text, after + len(link))) if link else None
        if body is None or _name_runs_on(text, body.span.end):
            found.append(post)
            continue
        span = Span(post.span.start, body.span.end)
        found.append(Mention(span=span, text=span.of(text), kind=Kind.POST))
    return found


def _name_runs_on(text: str, end: int) -> bool:
    """Whether a capitalised word follows ``end`` on the same line or the next: the name goes on."""
    following = re.match(r"[ \t]*\n?[ \t]*([^\W\d_])", text[end : end + 40])
    return following is not None and following.group(1).isupper()


# --- known entities -------------------------------------------------------------------


def _known_mentions(news: DocumentText) -> list[Mention]:
    found: list[Mention] = []
    for main in news.main_spans:
        known = resolve.find_mentions(news.text, news.language, start=main.start, end=main.end)
        # "постановление правительства": in news the pack's national body, not the UN's "Governments"
        national = {m.span for m in _standalone_organizations(news, main)}
        found.extend(m for m in known if not (m.kind == Kind.GROUP_OF_STATES and m.span in national))
        found.extend(_bodies_in_instrument_names(news, known))
        found.extend(_home_country(news, main, found))
        found.extend(_unions_by_member_count(news, main, found))
    return sorted(found, key=lambda m: (m.span.start, m.span.end))


def _unions_by_member_count(news: DocumentText, main: Span, known: list[Mention]) -> list[Mention]:
    """ "Les Vingt-Huit se sont mis d'accord", "los Veintisiete acordaron": a union named by the count of its
    members (``extra["unions_by_member_count"]``, the count to the union's key) is that union, which decides."""
    counts = news.mapping("unions_by_member_count")
    found = []
    for match in find_phrases(news.text, counts, main.start, main.end):
        entity = resolve.lookup(counts[key_of(match.group(), counts)])
        span = Span(match.start(), match.end())
        if entity is not None and not any(m.span.start <= span.start < m.span.end for m in known):
            found.append(Mention(span, match.group(), entity.kind, key=entity.key, name=entity.name))
    return found


def _bodies_in_instrument_names(news: DocumentText, known: list[Mention]) -> list[Mention]:
    """ "إعلان | الأمم المتحدة | بشأن المدافعين", "Rome Statute of the | International Criminal Court": the body an
    instrument's name holds is named too, a whole word of it (the gazetteer gives the longer name alone)."""
    found: list[Mention] = []
    for instrument in (m for m in known if m.kind in INSTRUMENT_KINDS):
        inside = resolve.find_mentions(news.text, news.language, start=instrument.span.start + 1,
                                       end=instrument.span.end)  # fmt: skip
        found.extend(
            m
            for m in inside
            if m.kind not in (*NOT_ORGANIZATIONS, *INSTRUMENT_KINDS) and news.text[m.span.start - 1].isspace()
        )
    return found


def _home_country(news: DocumentText, main: Span, known: list[Mention]) -> list[Mention]:
    """ "وتلتزم المملكة", "nước ta", "我国": the pack's words for the home country name the home state,
    where no longer name holds them ("المملكة المتحدة" is another kingdom)."""
    home = news.home_state
    if home is None:
        return []
    forms = news.pack.derived("news_home_country_forms", _home_country_forms)
    found = []
    for match in find_phrases(news.text, forms, main.start, main.end):
        span = Span(match.start() + forms[match.group()], match.end())
        if not overlaps(span, [k.span for k in known]):
            found.append(Mention(span=span, text=span.of(news.text), kind=Kind.STATE, key=home))
    return found


def _home_country_forms(pack: LanguagePack) -> dict[str, int]:
    """The words for the home country, also with a one-letter word written on them ("بالمملكة", "وبالمملكة"),
    each with where the word itself starts in it; "ل" takes the alif of the article ("للمملكة")."""
    forms: dict[str, int] = {}
    for word in pack.words("home_country_words"):
        forms[word] = 0
        for proclitic in pack.words("proclitics"):
            if proclitic.endswith("ل") and word.startswith("ال"):
                forms.setdefault(proclitic + "ل" + word[2:], 0)  # no clean place to cut: the whole word
            else:
                forms.setdefault(proclitic + word, len(proclitic))
    return forms


def _collectives(news: DocumentText) -> list[Mention]:
    """The pack's collectives ("các bộ, ngành, địa phương", "الجهات المعنية"), named in English; those of
    one state (``extra["national_addressees"]``) are the home state's, so that "relevant agencies" of two
    states are two."""
    terms = news.mapping("addressee_terms")
    national = set(news.words("national_addressees"))
    found = []
    for main in news.main_spans:
        for match in find_phrases(news.text, terms, main.start, main.end, ignore_case=True):
            name = terms[key_of(match.group(), terms)]
            span = Span(match.start(), match.end())
            scope = news.home_state if name in national else None
            found.append(Mention(span=span, text=match.group(), kind=COLLECTIVE, name=name, scope=scope))
    return found


#: How many words an addressee described by common nouns may have ("les gouvernements des autres régions").
_MAX_DESCRIBED_WORDS = 6
#: How many items a list of described addressees may have.
_MAX_DESCRIBED_ITEMS = 6
#: A word that holds punctuation or a digit ends a clause or names no one ("2020", "Gouvernement,").
_NO_ADDRESSEE_WORD = re.compile(r"[\d,،;؛:.!?()\[\]\"«»“”]")
_WORD = re.compile(r"\S+")


def described_addressee(news: DocumentText, position: int, end: int) -> Mention | None:
    """Whom a request asks where it names no known actor but describes one with common nouns: the words
    after the verb up to the word that opens what they are asked (``extra["request_complements"]``:
    "appelons | les gouvernements des autres régions | à résister", "encourages | Americans | to consider",
    "وتطالب | الدولة الجزائرية | بالتدخل", a complement glued to its preposition). A word of
    ``extra["addressee_breaks"]`` ends the description before the complement ("الحكومة والجماعات الترابية
    | فيما تبقى لها ... إلى"); one that opens it describes no one ("urged | on Monday | to"); where verbs
    come first, the statement's author named by a noun (``extra["speaker_nouns"]``: "يطالب المؤتمر | الدول
    المغاربية") is the subject, not the one asked. Of a list, the first described."""
    described = described_addressees(news, position, end)
    return described[0] if described else None


def described_addressees(news: DocumentText, position: int, end: int) -> list[Mention]:
    """Those a request asks where it describes them with common nouns (see :func:`described_addressee`),
    each item of a list of them ("called on | the mayors of cities, trade unions, farmers, and
    charities | to"): commas part the items, and a conjunction the last one once commas opened a list."""
    complements = {w.casefold() for w in news.words("request_complements")}
    glued = tuple(c for c in complements if c in news.words("proclitics"))
    breaks = {w.casefold() for w in news.words("addressee_breaks")}
    conjunctions = {w.casefold() for w in news.words("list_conjunctions")}
    items: list[list[Span]] = [[]]
    closed = False
    for word in _WORD.finditer(news.text, position, end):
        text = word.group()
        if text.casefold() in complements or (glued and text.startswith(glued) and len(text) > 3):
            return [_described_words(news, item) for item in items if item] if items[0] else []
        if not items[0] and news.extra.get("verb_first") and text in news.words("speaker_nouns"):
            continue
        if text.casefold() in breaks:
            if not items[0]:
                return []  # "urged | on Monday to": a time or a place, no one asked
            closed = True
        if closed:
            continue
        if len(items) > 1 and text.casefold() in conjunctions:
            if items[-1]:  # "A, B and | C": the conjunction opens the list's last item
                items.append([])
            continue  # "B, and | C"
        listed = text.endswith((",", "،")) and len(text) > 1
        word_span = Span(word.start(), word.end() - 1) if listed else Span(word.start(), word.end())
        if _NO_ADDRESSEE_WORD.search(word_span.of(news.text)) or len(items[-1]) == _MAX_DESCRIBED_WORDS:
            return []
        if len(items) > _MAX_DESCRIBED_ITEMS:
            return []
        items[-1].append(word_span)
        if listed:
            items.append([])
    return []


def _described_words(news: DocumentText, words: list[Span]) -> Mention:
    span = Span(words[0].start, words[-1].end)
    return Mention(span=span, text=span.of(news.text), kind=COLLECTIVE)


def asked_addressee(
    news: DocumentText, actors: Actors, named: Mention | None, position: int, end: int
) -> Mention | None:
    """The actor a request asks: the one named right after the verb, else the one described there, which also
    wins where it qualifies a collective ("الدول المغاربية" over "الدول"). A description that holds an actor
    is none ("وتطالب الجمعية الحكومة": the association asks the Government)."""
    if named is not None and named.kind == Kind.STATE and (qualified := _qualified_by_state(news, named, end)):
        return qualified  # "urges | U.S. hospitals | to": the state names whose they are
    if named is not None and named.kind != COLLECTIVE:
        return named
    described = described_addressee(news, position, end)
    if described is None or (named is not None and not _qualifies(described.span, named.span)):
        return named
    held = [m.span for m in actors.all_mentions() if m.kind not in (COLLECTIVE, Kind.PLACE)]
    # the collective qualified may also be known as a group ("gouvernements"): no other actor
    held = [span for span in held if named is None or not overlaps(span, [named.span])]
    return named if overlaps(described.span, held) else described


def _qualified_by_state(news: DocumentText, state: Mention, end: int) -> Mention | None:
    """The addressee a state's name qualifies, described with common nouns after it ("U.S. | hospitals",
    "Japanese | city councils"), up to what they are asked: not the state, but its bodies so named. A
    conjunction after the state ("Norland and Estland to") joins states, qualifying nothing."""
    following = re.match(r"\s+([^\W\d_]+)", news.text[state.span.end : end])
    if following is None or not following.group(1).islower():
        return None
    if following.group(1).casefold() in {w.casefold() for w in news.words("list_conjunctions")}:
        return None
    described = described_addressee(news, state.span.end, end)
    if described is None or described.span.start != state.span.end + following.start(1):
        return None
    span = Span(state.span.start, described.span.end)
    return Mention(span=span, text=span.of(news.text), kind=COLLECTIVE)


def _qualifies(described: Span, named: Span) -> bool:
    """Whether a description holds a collective's name and words after it ("الدول | المغاربية")."""
    return described.start <= named.start and named.end < described.end


def _known_organizations(actors: Actors) -> list[Mention]:
    return [m for m in actors.known if m.kind not in NOT_ORGANIZATIONS and m.parent is None]


# --- organisations ----------------------------------------------------------------------

#: An acronym defined in brackets right after a name, on its line or the next: "the Department of Migrant
#: Workers (DMW)", "Banco de México (BdeM)", "Канадская коммерческая корпорация (ССС)"; no digits ("(FY2024)").
_DEFINED_ACRONYM = re.compile(r"\s*[(（]([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё&]{0,10}[A-ZА-ЯЁ])[)）]")
#: Where names have no capitals, a Latin acronym right after the name needs no brackets ("... القسري FEMED").
_BARE_ACRONYM = re.compile(r"[ \t]+([A-Z][A-Z&]{1,9})(?![\w)）])")
# The same, read only from where their white space starts (see kg.text.patterns.finditer_from_space_runs).
_DEFINED_ACRONYM_RUNS = re.compile(
    r"[\s(（](?<!\s[\s\S])(?:(?<=[(（])|(?<=\s)\s*[(（])([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё&]{0,10}[A-ZА-ЯЁ])[)）]"
)
_BARE_ACRONYM_RUNS = re.compile(r"[ \t](?<![ \t][\s\S])[ \t]*([A-Z][A-Z&]{1,9})(?![\w)）])")


def _acronyms_defined(news: DocumentText, actors: Actors) -> list[Mention]:
    """ "the Department of Migrant Workers (DMW) ... The DMW is directed to": an acronym the article defines
    after an organisation it found by structure names that organisation, in its brackets and wherever it
    stands alone later."""
    found: list[Mention] = []
    taken = [m.span for m in actors.all_mentions()]
    for organization in actors.organizations:
        defined = _acronym_of(news, organization)
        if defined is None:
            continue
        first = defined.start(1)
        key = resolve.resolve(organization, news.language).key
        for main in news.main_spans:
            for match in re.finditer(rf"(?<!\w){re.escape(defined.group(1))}(?!\w)", news.text[: main.end]):
                span = Span(match.start(), match.end())
                if span.start < max(main.start, first) or overlaps(span, taken):
                    continue
                found.append(replace(organization, span=span, text=match.group(), written=None, key=key, parent=None))
                taken.append(span)
    return found


def _heads_alone(news: DocumentText, actors: Actors) -> list[Mention]:
    """ "the Biden-Harris Administration ... the Administration encourages", "la Fondation Abbé Pierre ... La
    Fondation appelle": the first or the last word of a body's name, capitalised after an article
    (``extra["name_articles"]``) and standing alone, names the body of that word named nearest before it."""
    articles = news.words("name_articles")
    heads = {m.span: _head_words(m.text) for m in actors.organizations}
    bodies = [m for m in actors.organizations if heads[m.span]]
    if not articles or not bodies:
        return []
    words = sorted({w for m in bodies for w in heads[m.span]}, key=len, reverse=True)
    pattern = re.compile(
        rf"(?<!\w)(?i:{'|'.join(re.escape(a) for a in articles)})\s+({'|'.join(re.escape(w) for w in words)})"
        r"(?![\w-])(?!\s+[^\W\d_a-z])"  # "the Social Security Administration" goes on with a capital
    )
    taken = [m.span for m in actors.all_mentions()]
    found: list[Mention] = []
    for main in news.main_spans:
        for match in pattern.finditer(news.text, main.start, main.end):
            span = Span(match.start(1), match.end(1))
            earlier = [m for m in bodies if m.span.end <= span.start and match.group(1) in heads[m.span]]
            if not earlier or overlaps(span, taken):
                continue
            body = max(earlier, key=lambda m: m.span.start)
            key = resolve.resolve(body, news.language).key
            found.append(replace(body, span=span, text=match.group(1), written=None, key=key, parent=None))
    return found


#: An acronym standing alone: two to eight capitals ("DIF", "INM"), no part of a longer word.
_ACRONYM_ALONE = r"([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ]{1,7})(?![\w-])"
#: How far, in characters, a conjunction and an article may put a listed body from the acronym.
_LISTED_REACH = 12


def _acronyms_listed_with_bodies(news: DocumentText, actors: Actors) -> list[Mention]:
    """ "en coordinación con el DIF y la Secretaría de Relaciones Exteriores", "the INM and the DFC": an acronym
    after an article that the pack's conjunction joins to an organisation, before or after it, is one too,
    where the text defines it nowhere; "el PIB y la inflación" is no such list."""
    articles, conjunctions = news.words("name_articles"), news.words("list_conjunctions")
    if not articles or not conjunctions:
        return []
    pattern = re.compile(rf"(?<!\w)(?i:{'|'.join(re.escape(a) for a in articles)})\s+{_ACRONYM_ALONE}")
    taken = [m.span for m in actors.all_mentions()]
    found: list[Mention] = []
    for main in news.main_spans:
        for match in pattern.finditer(news.text, main.start, main.end):
            span = Span(match.start(1), match.end(1))
            if overlaps(span, taken) or not _listed_with_a_body(news, actors, Span(match.start(), span.end)):
                continue
            found.append(organization_mention(news, span, Kind.ORGANIZATION))
    return found


#: The fewest items a list parted by semicolons must have for its names to be read as those of actors.
_MIN_LISTED_ITEMS = 4
#: The most words a name listed among actors may have.
_MAX_LISTED_NAME_WORDS = 6


def _names_listed_with_actors(news: DocumentText, actors: Actors) -> list[Mention]:
    """ "Participants will include Peru; Chile; ...; Kestrel Trust; Brightway, the network for clean water;
    Norlandia Water Access Network; ... and the Tern Foundation": in a list whose items semicolons part,
    most of them states and bodies the text names, an item that is a capitalised name (before its apposition)
    names an actor too, a body no gazetteer knows."""
    if not writes_latin(news):
        return []
    skipped = {w.casefold() for w in (*news.words("list_conjunctions"), *news.words("name_articles"))}
    joiners = name_joiners(news)  # small words inside a listed name ("Anna and Tom Berg Foundation")
    named = [m for m in actors.all_mentions() if m.kind not in (Kind.PERSON, Kind.POST)]
    found: list[Mention] = []
    for sentence in news.sentences:
        items = _semicolon_items(news.text, sentence)
        if len(items) < _MIN_LISTED_ITEMS:
            continue
        names = [_listed_name(news.text, item, skipped, joiners) for item in items]
        known = [name for name in names if name and any(_covers(m.span, name) for m in named)]
        if len(known) * 2 < len(items):
            continue
        for name in names:
            if name and name not in known and not overlaps(name, [m.span for m in named]):
                found.append(organization_mention(news, name, Kind.ORGANIZATION))
    return found


_SEMICOLON = re.compile(";")


def _semicolon_items(text: str, sentence: Span) -> list[Span]:
    """The parts of a sentence between its semicolons; none where it has no semicolon."""
    cuts = [m.start() for m in _SEMICOLON.finditer(text, sentence.start, sentence.end)]
    if not cuts:
        return []
    starts, ends = [sentence.start, *(c + 1 for c in cuts)], [*cuts, sentence.end]
    return [Span(a, b) for a, b in zip(starts, ends, strict=True)]


def _listed_name(text: str, item: Span, skipped: set[str], joiners: frozenset[str]) -> Span | None:
    """The capitalised name an item of a list holds, past a conjunction and an article before it and up to an
    apposition after a comma ("Brightway, the network for clean water"); None where it holds other words."""
    words = list(re.finditer(r"[^\s,.;:]+", text[item.start : item.end]))
    comma = text.find(",", item.start, item.end)
    words = [w for w in words if comma < 0 or item.start + w.end() <= comma]
    while words and words[0].group().casefold() in skipped:
        words = words[1:]
    if not words or len(words) > _MAX_LISTED_NAME_WORDS or not words[0].group()[:1].isupper():
        return None
    if not all(w.group()[:1].isupper() or w.group().casefold() in joiners for w in words):
        return None
    return Span(item.start + words[0].start(), item.start + words[-1].end())


def _covers(mention: Span, name: Span) -> bool:
    """Whether a mention is the listed name, or part of it ("Spain, Nigeria": the item names two states)."""
    return (mention.start <= name.start and name.end <= mention.end) or (
        name.start <= mention.start and mention.end <= name.end
    )


#: How often an acronym the text never defines must recur, once at least after an article, to name a body.
_RECURRING_ACRONYM_COUNT = 3


def _recurring_acronyms(news: DocumentText, actors: Actors) -> list[Mention]:
    """ "El PVJ y el PAZ irán juntos ... dirigentes estatales del PVJ", "la FRX": an acronym the text never
    defines (a party, a public company: its readers know it) that it writes after an article and uses again and
    again is a body's, wherever no other finder named it ("la compagnie FRX" is a company's); the pack's acronyms
    of measures and things (``extra["non_body_acronyms"]``: "PIB", "IVA") are none. A state's code so written
    ("el PER") is taken out of the known mentions: it names the body, no state."""
    articles = news.words("name_articles")
    if not articles:
        return []
    excluded = set(news.words("non_body_acronyms"))
    taken = [m.span for m in actors.all_mentions()]
    after_article = re.compile(rf"(?<!\w)(?i:{'|'.join(re.escape(a) for a in articles)})\s+{_ACRONYM_ALONE}")
    found: list[Mention] = []
    for main in news.main_spans:
        named = {m.group(1) for m in after_article.finditer(news.text, main.start, main.end)} - excluded
        for acronym in sorted(named):
            spans = [
                Span(m.start(), m.end())
                for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", news.text[: main.end])
                if m.start() >= main.start
            ]
            defined = re.search(rf"[(（]{re.escape(acronym)}[)）]", news.text[main.start : main.end])
            if len(spans) < _RECURRING_ACRONYM_COUNT or defined:
                continue  # rare, or defined in brackets: a body's if the name it defines is one, a term's otherwise
            codes = [m for m in actors.known if m.text == acronym and m.kind == Kind.STATE]
            actors.known = [m for m in actors.known if m not in codes]
            taken = [t for t in taken if all(t != m.span for m in codes)]
            # keyed as a body of its own: a code the gazetteer knows is a state's or a territory's ("PER")
            key = resolve.minted_key(acronym)
            found += [
                replace(organization_mention(news, span, Kind.ORGANIZATION), key=key)
                for span in spans
                if not overlaps(span, taken)
            ]
    return found


def _organs_of_the_author(news: DocumentText, actors: Actors) -> list[Mention]:
    """ "المكتب التنفيذي", "le bureau national", "el consejo nacional": an organ the pack names
    (``extra["organ_names"]``) written bare, no body named right after it, is an organ of the first body the text
    names, its author's in a statement: one entity under that body, not a national council of every text."""
    organs = news.words("organ_names")
    bodies = [m for m in actors.every_organization() if m.kind != COLLECTIVE]
    if not organs or not bodies:
        return []
    author = min(bodies, key=lambda m: m.span.start)
    taken = [m.span for m in actors.all_mentions()]
    found: list[Mention] = []
    forms = _organ_forms(news)
    for main in news.main_spans:
        for match in find_phrases(news.text, forms, main.start, main.end, ignore_case=True):
            organ = forms[key_of(match.group(), forms)]
            # "والمكتب الوطني": the organ past its clitic; "للمكتب الوطني" holds no whole word of it
            start = match.end() - len(organ) if match.group().endswith(organ) else match.start()
            span = Span(start, match.end())
            if overlaps(span, taken) or actors.organization_starting_after(match.end(), _ORGAN_GENITIVE_REACH):
                continue  # a known body's name, or an organ of the body named after it ("du PS", "للمنظمة")
            found.append(replace(organization_mention(news, span, Kind.ORGANIZATION), text=organ, parent=author))
    return found


#: How far after an organ's name the body it belongs to may start ("le bureau national | du | PS").
_ORGAN_GENITIVE_REACH = 8


def _organ_forms(news: DocumentText) -> dict[str, str]:
    """The pack's organ names as written, with the proclitics written on them ("والمكتب الوطني"; "للمكتب": ل
    on the article, whose alif it drops), each to the name."""

    def make(pack: LanguagePack) -> dict[str, str]:
        forms: dict[str, str] = {}
        for organ in pack.words("organ_names"):
            forms[organ] = organ
            for clitic in pack.words("proclitics") if not has_case(organ, 0) else ():
                forms[clitic + (organ[1:] if clitic.endswith("ل") and organ.startswith("ال") else organ)] = organ
        return forms

    return news.pack.derived("news_organ_forms", make)


def _listed_with_a_body(news: DocumentText, actors: Actors, item: Span) -> bool:
    conjunctions = news.words("list_conjunctions")
    after = skip_spaces(news.text, item.end)
    joined_after = news.text.startswith(",", after) or starts_with_phrase(news.text, after, conjunctions)
    if joined_after and actors.organization_starting_after(item.end, _LISTED_REACH) is not None:
        return True
    before = news.text[max(0, item.start - _LISTED_REACH) : item.start].rstrip()
    joined_before = before.endswith(",") or any(re.search(rf"\b{re.escape(c)}$", before) for c in conjunctions)
    return joined_before and actors.organization_ending_before(item.start, _LISTED_REACH) is not None


def _head_words(name: str) -> tuple[str, ...]:
    """The words of a name of two words or more that may stand for it alone: its first and its last, where
    capitalised ("Biden-Harris Administration", "Fondation Abbé Pierre")."""
    words = name.split()
    if len(words) < 2:
        return ()
    return tuple(w for w in {words[0], words[-1]} if len(w) > 2 and w[0].isupper() and w[1:].islower())


#: An acronym right before the name it stands for, in brackets: "ALBA (Alianza Bolivariana para los Pueblos ...)".
_ACRONYM_BEFORE_NAME = re.compile(r"(?<!\w)([A-ZА-ЯЁ][A-ZА-ЯЁ&]{1,9})\s*[(（]\s*$")
#: An acronym, then the name it stands for in brackets.
_ACRONYM_THEN_NAME = re.compile(r"(?<!\w)([A-ZА-ЯЁ][A-ZА-ЯЁ&]{1,9})\s*[(（]([^()（）\n]{5,160})[)）]")


def _named_after_acronym(news: DocumentText, main: Span, known: list[Mention]) -> list[Mention]:
    """ "ALBA (Alianza Bolivariana para los Pueblos de Nuestra América)": the name in brackets after an acronym
    is a body's where it opens with the acronym's first letter and holds a body word; a known acronym's
    name is another of its names."""
    found = []
    for match in _ACRONYM_THEN_NAME.finditer(news.text, main.start, main.end):
        acronym, name = match.group(1), match.group(2).strip()
        start = match.start(2) + match.group(2).index(name)
        span = Span(start, start + len(name))
        if name[0] != acronym[0] or not has_case(name, 0):
            continue
        known_acronym = next((m for m in known if m.span == Span(match.start(1), match.end(1))), None)
        if known_acronym is not None and known_acronym.kind not in NOT_ORGANIZATIONS:
            found.append(moved(news, known_acronym, span, parent=None))
            continue
        kind = _body_kind(news, span)
        if kind is not None:
            found.append(organization_mention(news, span, kind))
    return found


def _acronym_of(news: DocumentText, organization: Mention) -> re.Match[str] | None:
    """The acronym defined for a name, right after it or right before it in brackets' stead, its letters as
    group 1 (positions in the text)."""
    end = organization.span.end
    possessive = news.text[end : end + 2] in ("'s", "’s")  # "the Ministry of Planning and Investment’s (MPI)"
    after = defined_acronym(news, end + 2 if possessive else end)
    if after is not None:
        return after
    reach = max(0, organization.span.start - 16)
    return _ACRONYM_BEFORE_NAME.search(news.text, reach, organization.span.start)


def defined_acronym(news: DocumentText, position: int) -> re.Match[str] | None:
    """The acronym defined right after a name that ends at ``position``, its letters as group 1: in brackets,
    or, after a name in a script without capitals, bare ("الفيدرالية الأورومتوسطية ضد الاختفاء القسري FEMED")."""
    bracketed = _DEFINED_ACRONYM.match(news.text, position)
    if bracketed or not position or has_case(news.text, position - 1) or is_unspaced(news.text[position - 1]):
        return bracketed
    return _BARE_ACRONYM.match(news.text, position)


def _organizations(news: DocumentText, known: list[Mention], post_spans: list[Span]) -> list[Mention]:
    """Organisations found by structure, where the resolution layer found nothing as long.

    A name may hold a known one ("Việt Nam" in "Hội Liên hiệp phụ nữ Việt Nam"): both are kept.
    """
    found: list[Mention] = []
    for main in news.main_spans:
        headed = (
            [
                *_authorities_of_states(news, main, known),
                *_han_organizations(news, main),
                *_latin_names_after_their_kind(news, main),
                *_latin_names_before_their_tail(news, main),
            ]
            if unspaced(news)
            else [
                *_authorities_of_states(news, main, known),
                *_named_before_acronym(news, main, known),
                *_initialled_bodies(news, main, known),
                *_named_after_acronym(news, main, known),
                *_headed_or_titled(_headed_organizations(news, main), _titled_organizations(news, main, known)),
                *_named_after_known(news, main, known),
                *_latin_names_in_another_script(news, main),
                *_quoted_names_after_their_kind(news, main),
                *_companies_after_their_kind(news, main),
                *_companies_by_their_spelling(news, main),
                *_bodies_after_their_kind(news, main),
            ]
        )
        cut = [_cut_before_known(news, m, known, main) for m in headed]
        # "国务院总理": a Chinese post may open with its organisation, which is no rival of it
        posts = [] if unspaced(news) else post_spans
        cut = [_cut_before_post(news, m, posts) for m in cut]
        for mention in [*cut, *_standalone_organizations(news, main)]:
            # "نظام روما الأساسي للمحكمة الجنائية الدولية": an instrument's name holds the body it is of
            rivals = [
                m.span
                for m in known
                if not _inside(m.span, mention.span)
                and not (m.kind in INSTRUMENT_KINDS and _inside(mention.span, m.span))
            ] + posts
            if not overlaps(mention.span, rivals + [m.span for m in found]) and not _known_with_a_tail(
                news, mention, known
            ):
                found.append(mention)
        if unspaced(news):
            found += _han_short_names(news, main, found, known)
    return sorted(found, key=lambda m: m.span)


def _cut_before_post(news: DocumentText, body: Mention, posts: list[Span]) -> Mention:
    """ "Senate Judiciary Committee | Chair Dana Lee": a body's name run on into the post its head holds ends
    before the post, where it ends with a body word there; else it stays whole (and a post inside it rivals it)."""
    inside = [post.start for post in posts if body.span.start < post.start < body.span.end]
    if not inside:
        return body
    end = min(inside)
    while end > body.span.start and news.text[end - 1].isspace():
        end -= 1
    words = news.text[body.span.start : end].split()
    return moved(news, body, Span(body.span.start, end)) if words and body_word(news, words[-1]) else body


#: How many characters a company's short name has at least ("英特尔" of "英特尔公司").
_MIN_HAN_SHORT_NAME = 2


def _han_short_names(news: DocumentText, main: Span, found: list[Mention], known: list[Mention]) -> list[Mention]:
    """ "竞争对手英特尔公司 … 英特尔计划进行反击": Chinese news names a company in full once, then by its name
    without the word for a company (``extra["company_words"]``); each such short name is that company, keyed
    as it is, where no other name holds it."""
    companies = tuple(news.words("company_words"))
    taken = [m.span for m in [*known, *found]]
    short: list[Mention] = []
    for body in [m for m in found if m.kind == Kind.ORGANIZATION and m.text.endswith(companies)]:
        word = max((c for c in companies if body.text.endswith(c)), key=len)
        name = body.text[: -len(word)]
        if len(name) < _MIN_HAN_SHORT_NAME or resolve.lookup(name) is not None:
            continue  # "美国公司" is no company's name; a place or a state named so is that
        key = body.key or resolve.minted_key(body.text)
        for match in re.finditer(re.escape(name), news.text[main.start : main.end]):
            span = Span(main.start + match.start(), main.start + match.end())
            # the full name again, where no reading took it: not its short name
            if not overlaps(span, taken) and not news.text.startswith(companies, span.end):
                short.append(replace(body, span=span, text=name, written=None, key=key))
                taken.append(span)
    return short


def _authorities_of_states(news: DocumentText, main: Span, known: list[Mention]) -> list[Mention]:
    """ "властями Канады", "塞尔维亚当局", "السلطات الجزائرية", "the authorities of Chad": the pack's word for a
    state's authorities (``extra["authority_words"]``) with a state right after it (past "of"), right before
    it, or as the adjective after it, names that state's Government; alone, whose it is the text does not say."""
    states = [m for m in known if m.kind == Kind.STATE and m.key]
    found = []
    for match in find_phrases(news.text, news.words("authority_words"), main.start, main.end, ignore_case=True):
        after = skip_spaces(news.text, match.end(), main.end)
        link = starts_with_phrase(news.text, after, news.words("name_joiners"), ignore_case=False)
        after = skip_spaces(news.text, after + len(link), main.end) if link else after
        state = next((m for m in states if m.span.start == after), None)
        span = Span(match.start(), state.span.end) if state else None
        if state is None:
            state = next((m for m in states if m.span.end == match.start() and unspaced(news)), None)
            span = Span(state.span.start, match.end()) if state else None
        key = state.key if state else _state_of_adjective(news, after)
        if key and span is None:
            span = Span(match.start(), next(iter_tokens(news.text, after, main.end)).end)
        if key and span:
            found.append(Mention(span=span, text=span.of(news.text), kind=Kind.GOVERNMENT_AGENCY, scope=key,
                                 name="Government"))  # fmt: skip
    return found + _authorities_after_states(news, main, states)


def _authorities_after_states(news: DocumentText, main: Span, states: list[Mention]) -> list[Mention]:
    """ "the U.S. government will provide": where a language puts a state before a noun as its modifier
    (``extra["authority_words_after_state"]``), a state right before the word for its authorities names its
    Government, whose commitment the sentence then tells."""
    words = news.words("authority_words_after_state")
    found = []
    for state in states if words else ():
        after = state.span.end + 1
        if not main.start <= state.span.start or after > main.end or news.text[state.span.end : after] != " ":
            continue
        word = starts_with_phrase(news.text, after, words, ignore_case=True)
        end = after + len(word) if word else after
        if word and not news.text[end : end + 1].isalnum():
            span = Span(state.span.start, end)
            found.append(Mention(span=span, text=span.of(news.text), kind=Kind.GOVERNMENT_AGENCY, scope=state.key,
                                 name="Government"))  # fmt: skip
    return found


def _state_of_adjective(news: DocumentText, position: int) -> str | None:
    """The state an Arabic adjective of origin names ("الجزائرية": الجزائر): its stem, with the article or
    a final alif, as the gazetteer knows it."""
    articles = news.words("articles")
    token = next(iter_tokens(news.text, position, min(len(news.text), position + 40)), None)
    if token is None or token.start != position or not articles or not token.text.startswith(articles):
        return None
    stem = token.text[len(articles[0]) :]
    for ending in news.words("adjective_of_origin_endings"):
        if stem.endswith(ending) and len(stem) > len(ending) + 2:
            base = stem[: -len(ending)]
            for form in (articles[0] + base, base, base + "ا"):
                entity = resolve.lookup(form, news.language, Kind.STATE)
                if entity is not None:
                    return entity.key
    return None


def _cut_before_known(news: DocumentText, mention: Mention, known: list[Mention], main: Span) -> Mention:
    """ "Министерства иностранных дел | Республики Беларусь": a name read by the shape of its words that runs
    into a known one ends where the known one starts; a government's body named with a state is that
    state's (see :func:`_of_state`)."""
    starts = [m.span.start for m in known if mention.span.start < m.span.start < mention.span.end < m.span.end]
    if not starts:
        return mention
    end = len(news.text[: min(starts)].rstrip())
    if end <= mention.span.start:
        return mention
    cut = moved(news, mention, Span(mention.span.start, end))
    return _of_state(news, cut, main) if cut.kind == Kind.GOVERNMENT_AGENCY else cut


def _named_before_acronym(news: DocumentText, main: Span, known: list[Mention]) -> list[Mention]:
    """ "Instituto Nacional de Migración (INM)", "Канадской коммерческой корпорации (ССС)", "U.S. International
    Development Finance Corporation (DFC)": a name an acronym defines is a body's where it holds one of the
    pack's words for bodies (``extra["body_words"]``: "Instituto", "корпораци", "Corporation"); an acronym
    defines terms too ("Rare Earth Elements (REE)"), which hold none. Where the gazetteer knows the acronym
    ("the UN Refugee Agency (UNHCR)"), the name is another of its names."""
    found = []
    bracketed = _defined_acronyms(news, main)
    bare = finditer_from_space_runs(_BARE_ACRONYM, _BARE_ACRONYM_RUNS, news.text, main.start, main.end)
    bare = [m for m in bare if _after_caseless(news, m.start())]
    for match in sorted([*bracketed, *bare], key=lambda m: m.start()):
        end = match.start()
        start = _defined_name_start(news, main.start, end)
        if start is None or any(m.span.end == end and m.kind not in NOT_ORGANIZATIONS for m in known):
            continue  # a known body's name ("Organización de Naciones Unidas (ONU)")
        span = _without_possessive(news, Span(start, end))
        if _initials_of_lowercase_tail(news, span, match.group(1)):
            continue  # "la FRX prolonge le réseau de la ligne à grande vitesse (LGV)": a term's initials
        kind = _body_kind(news, span)
        acronym = next((m for m in known if m.span == Span(match.start(1), match.end(1))), None)
        if acronym is not None and acronym.kind not in NOT_ORGANIZATIONS:
            found.append(moved(news, acronym, span, parent=None))
        elif kind is not None:
            found.append(organization_mention(news, span, kind))
    return found


def _initials_of_lowercase_tail(news: DocumentText, name: Span, acronym: str) -> bool:
    """Whether an acronym is the initials of the last words of a name read back to a capital, the first of them
    in lower case: it defines those words ("ligne à grande vitesse (LGV)"), a term, not the name's body."""
    joiners = name_joiners(news)
    # the little words an acronym skips: joiners, and lower-case words of two letters at most ("à", "en")
    words = [
        w
        for w in iter_tokens(news.text, name.start, name.end)
        if w.text not in joiners and (len(w.text) > 2 or w.is_capitalized)
    ]
    for first in range(1, len(words)):
        tail = words[first:]
        if "".join(w.text[0] for w in tail).casefold() == acronym.casefold():
            return not tail[0].is_capitalized
    return False


def _defined_acronyms(news: DocumentText, main: Span) -> list[re.Match[str]]:
    """The acronyms defined in brackets in a main segment, found once for the two finders that read them."""
    return news.derived(
        f"actors.defined_acronyms.{main.start}.{main.end}",
        lambda: finditer_from_space_runs(_DEFINED_ACRONYM, _DEFINED_ACRONYM_RUNS, news.text, main.start, main.end),
    )


def _initialled_bodies(news: DocumentText, main: Span, known: list[Mention]) -> list[Mention]:
    """ "Periodistas Sin Límites (PSL) recomendó", "Médecins sans frontières (MSF) a dénoncé": a name with no
    word for a body, its initials defined in brackets, is a body's where the name or its acronym is the
    subject of a verb of saying or asking (``attribution_verbs``, ``requesting_phrases`` ...); a term defined
    so ("Rare Earth Elements (REE)") says and asks nothing."""
    found = []
    for match in _defined_acronyms(news, main):
        end = match.start()
        if any(m.span.end == end for m in known):
            continue
        start = _initialled_name_start(news, main.start, end, match.group(1))
        if start is None or not _speaks(news, main, match.end(), match.group(1)):
            continue
        found.append(organization_mention(news, Span(start, end), Kind.ORGANIZATION))
    return found


def _initialled_name_start(news: DocumentText, floor: int, end: int, acronym: str) -> int | None:
    """Where the capitalised name before ``end`` starts whose words' initials spell ``acronym``, the words that
    join names ("de", "du") aside; two words at least."""
    clause = floor
    for mark in _CLAUSE_BREAK.finditer(news.text, floor, end):
        clause = mark.end()
    joiners = name_joiners(news)
    words = [w for w in iter_tokens(news.text, clause, end) if w.text.casefold() not in joiners]
    wanted = fold(acronym).casefold()
    if len(words) < len(wanted) or len(wanted) < 2:
        return None
    named = words[-len(wanted) :]
    initials = "".join(fold(w.text)[:1] for w in named).casefold()
    return named[0].start if initials == wanted and _capitalised(news, named[0]) else None


def _speaks(news: DocumentText, main: Span, after_definition: int, acronym: str) -> bool:
    """Whether a verb of saying or asking follows the acronym's definition or a later use of it."""
    verbs = news.pack.derived("news_subject_verbs", _subject_verbs)
    positions = [after_definition]
    positions += [m.end() for m in re.finditer(rf"(?<!\w){re.escape(acronym)}(?!\w)", news.text[: main.end])]
    return any(starts_with_phrase(news.text, skip_spaces(news.text, at), verbs, ignore_case=True) for at in positions)


def _subject_verbs(pack: LanguagePack) -> tuple[str, ...]:
    verbs = (
        *pack.words("attribution_verbs"),
        *pack.words("speech_verbs"),
        *pack.extra.get("requesting_phrases", {}),
        *pack.pledge_phrases,
    )
    return tuple(sorted({v for v in verbs if v}, key=len, reverse=True))


def _without_possessive(news: DocumentText, span: Span) -> Span:
    """ "the Ministry of Planning and Investment’s (MPI)": the possessive is no part of the name."""
    text = span.of(news.text)
    return Span(span.start, span.end - 2) if text.endswith(("'s", "’s")) else span


def _after_caseless(news: DocumentText, position: int) -> bool:
    """Whether the word before ``position`` is in a script without capitals, and no Chinese."""
    return (
        position > 0
        and news.text[position - 1].isalpha()
        and not (has_case(news.text, position - 1) or is_unspaced(news.text[position - 1]))
    )


#: What ends the clause a name stands in, looking back from its acronym: punctuation, a spaced dash, a stop
#: after a word (not after an initial: "U.S. International"). Opened by the one character each reads first, what
#: stands before it tested after it, so that the engine skips to where one may stand.
_CLAUSE_BREAK = re.compile(
    r"[,;:!?،؛\"“”«»()（）\n\s.](?:(?<=[,;:!?،؛\"“”«»()（）\n])|(?<=\s)[–—-]\s|(?<=\.)(?<!\b\w\.)\s)"
)
#: How many words a name defined by an acronym may have.
_MAX_DEFINED_NAME_WORDS = 12


def _defined_name_start(news: DocumentText, floor: int, end: int) -> int | None:
    """Where the name before an acronym starts, in its clause: where names have no capitals, at the last body
    word ("الفيدرالية ..."); where they run through lower-case words ("Канадской ассоциации предприятий"), at
    the capitalised word nearest before the last body word; from there, or from the acronym where lower-case
    words end names ("Instituto Nacional de Migración"), back through capitalised words and the words that
    join them ("de", "of", "and"). A name has two words at least."""
    clause = floor
    for mark in _CLAUSE_BREAK.finditer(news.text, floor, end):
        clause = mark.end()
    words = list(iter_tokens(news.text, clause, end))[-_MAX_DEFINED_NAME_WORDS:]
    if len(words) < 2:
        return None
    bodies = [i for i, w in enumerate(words) if body_word(news, w.text)]
    if not has_case(news.text, words[-1].start):
        return _past_proclitic(news, words[bodies[-1]]) if bodies and bodies[-1] < len(words) - 1 else None
    last = len(words) - 1
    if news.extra.get("lowercase_after_capital_in_names", True) is not False:
        if not bodies:
            return None
        last = next((i for i in range(bodies[-1], -1, -1) if _capitalised(news, words[i])), -1)
    joiners = name_joiners(news) - set(news.words("name_inner_articles"))
    first = None
    for index in range(last, -1, -1):
        if _capitalised(news, words[index]):
            first = index
            if _elided_on(news, words[index], news.words("elided_articles")):
                break  # "Par L'|Organisation ...": an article elided onto a name's first word opens it
        elif words[index].text not in joiners:
            break  # "USAID and the | Department of Defense (DOD)": an article before a name is no part of it
    if first is not None and words[first].text in news.words("name_articles"):
        first += 1  # "The", "La" opening the sentence: an article, no word of the name
    if first is None or first >= len(words) - 1:
        return None
    return words[first].start + len(_elided_on(news, words[first], news.words("proclitics")))


def _elided_on(news: DocumentText, word: Token, elided: tuple[str, ...]) -> str:
    """The word of ``elided`` written on ``word`` before a capital ("L'|Organisation", "d'|Asile"), or ''."""
    return next((e for e in elided if word.text.startswith(e) and opens_name(word.text[len(e) : len(e) + 1])), "")


def _capitalised(news: DocumentText, word: Token) -> bool:
    """Whether a word opens with a capital, past a word elided onto it ("l'|Office"; "L'|association" does not)."""
    elided = next((p for p in news.words("proclitics") if word.text.startswith(p) and len(word.text) > len(p)), "")
    return opens_name(word.text[len(elided)]) if elided and has_case(word.text, len(elided)) else word.is_capitalized


def _past_proclitic(news: DocumentText, word: Token) -> int:
    """Where a body word starts in ``word``: after a proclitic written on it ("و | تنسيقية": "and"), which is
    no part of the name."""
    if _opens_with_body(news, word.text):
        return word.start
    for proclitic in sorted(news.words("proclitics"), key=len, reverse=True):
        if word.text.startswith(proclitic) and _opens_with_body(news, word.text[len(proclitic) :]):
            return word.start + len(proclitic)
    return word.start


def _opens_with_body(news: DocumentText, word: str) -> bool:
    return any(word.casefold().startswith(body.casefold()) for body in news.mapping("body_words"))


def _titled_organizations(news: DocumentText, main: Span, known: list[Mention]) -> list[Mention]:
    """ "the U.S. Trade and Development Agency", "Asociación Nacional del Rifle", "Шотландская национальная
    партия", "Королевский институт оборонных исследований": a name of capitalised words (and the words that
    join them) that holds one of the pack's body words; where names run through lower-case words (Russian),
    a capitalised word, lower-case ones up to the body word, then the words of its kind after it. Two words
    at least, so that a capitalised word that opens a sentence ("Union members") names nothing."""
    found: list[Mention] = []
    tokens = list(news.tokens_between(main.start, main.end))
    runs_lower = news.extra.get("lowercase_after_capital_in_names", True) is not False
    # a body word in lower case opens no name, but where names are inflected ("Шотландской национальной партии")
    lower_bodies = bool(news.extra.get("name_word_pattern"))
    # a word in a script with capitals that is or holds a body word: asked of each distinct word once a pack, so
    # that the loop runs only at the few words that may end a name
    holders: dict[str, bool] = news.pack.derived("actors.body_word_holders", lambda _: {})
    words = [token.text for token in tokens]
    for index in indexes_of_words(words, holders, lambda word: _holds_body_word(news, word)):
        token = tokens[index]
        # that opens with a capital past an article elided onto it ("l'|Office"), or any such word where bodies
        # run lower
        if not (lower_bodies or _capitalised(news, token)):
            continue
        first = _titled_name_first(news, tokens, index, runs_lower)
        if first is None or (found and tokens[first].start < found[-1].span.end):
            continue
        # "L'|Organisation ...": the article elided onto the first word is no part of the name
        start = tokens[first].start + len(_elided_on(news, tokens[first], news.words("elided_articles")))
        span = _without_possessive(news, Span(start, _titled_name_end(news, tokens, index, main.end, runs_lower)))
        if _unseated(news, token, span) or _names_a_venue(news, span):
            continue
        if _is_titled_name(news, span, known, needs_capitals=1 if runs_lower else 2):
            found.append(organization_mention(news, span, _body_kind(news, span) or Kind.ORGANIZATION))
    return found


def _holds_body_word(news: DocumentText, word: str) -> bool:
    """Whether a word of a script with capitals is one of the pack's body words, holds one (see
    :func:`body_word`) or is one of its ``seated_body_words``: of the word and the pack alone."""
    initial = word[0]
    return (initial.isupper() or initial.islower()) and bool(body_word(news, word) or _is_seated_word(news, word))


def _is_whole_heading(text: str, span: Span) -> bool:
    """Whether ``span`` is all of a heading marked as one ("**Strengthening Financial Services and Capital
    Markets:**", "## Refugee Admissions Program"), not a name after it or inside it ("**Medical Device:**  U.S.
    Trade and Development Agency", "**Training for the Vietnamese Office for Seeking Missing Persons:**")."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    before, after = text[line_start : span.start], text[span.end : len(text) if line_end < 0 else line_end]
    opened = before.strip() in ("**", "*", "__") or (before.strip().strip("#") == "" and "#" in before)
    return opened and (not after.strip(" *:.\t") or after.lstrip(" :").startswith(("**", "*", "__")))


def _is_titled_name(news: DocumentText, span: Span, known: list[Mention], *, needs_capitals: int) -> bool:
    """Whether the words of ``span`` are a body's name: two words at least, in one paragraph, not all of a
    heading in title case, not a known body with words after it ("Asamblea General | de la ONU")."""
    text = span.of(news.text)
    capitals = sum(1 for t in iter_tokens(news.text, span.start, span.end) if t.is_capitalized)
    if len(text.split()) < 2 or capitals < needs_capitals or "\n\n" in text:
        return False
    if _is_whole_heading(news.text, span) or _after_indefinite_article(news, span.start):
        return False
    return not any(m.kind not in NOT_ORGANIZATIONS and m.span.start == span.start for m in known)


def _after_indefinite_article(news: DocumentText, position: int) -> bool:
    """ "without reference to a | Main Committee": a body word after an indefinite article names no one body."""
    before = news.text[max(0, position - 12) : position].split()
    return bool(before) and before[-1].casefold() in news.words("indefinite_articles")


#: How many lower-case words may stand between a name's capitalised first word and its body word
#: ("Шотландская национальная | партия").
_MAX_WORDS_BEFORE_BODY = 3


def _titled_name_first(news: DocumentText, tokens: list[Token], index: int, runs_lower: bool) -> int | None:
    """The index of a titled name's first word, back from its body word, or None where it has none."""
    text, joiners = news.text, name_joiners(news)
    first = index if _capitalised(news, tokens[index]) else None
    if runs_lower and first is None:
        for back in range(index - 1, max(-1, index - 1 - _MAX_WORDS_BEFORE_BODY), -1):
            if text[tokens[back].end : tokens[back + 1].start] != " ":
                return None
            if tokens[back].is_capitalized:
                first = back
                break
    if first is None:
        return None
    articles = set(news.words("name_inner_articles"))
    for back in range(first - 1, -1, -1) if not runs_lower else ():
        # "Vietnam’s | Ministry of Health", "Training for the | Vietnamese Office": a possessive, an article
        # before the name's first word are no part of it
        if not _joined_in_name(news, tokens, back, joiners) or tokens[back].text in articles:
            break
        if tokens[back].text.endswith(("'s", "’s")):
            break
        if tokens[back].is_capitalized:
            first = back
    if tokens[first].text in news.words("name_articles") or tokens[first].text.casefold() in news.words("name_stops"):
        first += 1  # "The", "La" opening a sentence
    return first if first <= index else None


def _titled_name_end(news: DocumentText, tokens: list[Token], index: int, limit: int, runs_lower: bool) -> int:
    """The end of a titled name after its body word: capitalised words and the words that join them; where
    names run through lower-case words, the words of its kind (``extra["name_word_pattern"]``) too."""
    if runs_lower and news.extra.get("name_word_pattern"):
        start = skip_spaces(news.text, tokens[index].end, limit)
        after = name_end(news, start, limit, organization_rules(news))
        return after if after > start else _state_after_body_word(news, tokens[index].end, start, limit)
    joiners, end = name_joiners(news), tokens[index].end
    for ahead in range(index + 1, len(tokens)):
        if not _joined_in_name(news, tokens, ahead - 1, joiners):
            break
        if _capitalised(news, tokens[ahead]):  # "... Nationale d'|Immigration": a word elided onto it
            end = tokens[ahead].end
    # "Start-Up Fund for Safe, | Orderly and Regular Migration": a name may go on as a list
    if end == tokens[index].end:
        end = _seated_name_end(news, end, limit)
    return listed_name_end(news, end, limit, organization_rules(news))


def _state_after_body_word(news: DocumentText, end: int, start: int, limit: int) -> int:
    """ "Конгресса | США", "Парламента | Канады": where names are inflected, a capitalised body word with a
    state's name right after it (in the genitive) is that state's body, the state part of its name."""
    if start != end + 1:
        return end
    states = resolve.find_mentions(news.text, news.language, start=start, end=min(limit, start + _PLACE_REACH),
                                   kinds=(Kind.STATE,))  # fmt: skip
    return states[0].span.end if states and states[0].span.start == start else end


def _seated_name_end(news: DocumentText, end: int, limit: int) -> int:
    """Where a name that ends at its body word goes on with the place it is seated in, a known state or place
    after one of the pack's ``place_prepositions``: "African-led International Support Mission | in Mali",
    "Regional Service Centre | in Entebbe"; ``end`` where no known place follows."""
    link = news.pack.derived("actors.seat_links", _seat_link_pattern)
    match = link.match(news.text, end, limit) if link else None
    if match is None:
        return end
    places = resolve.find_mentions(
        news.text, news.language, start=match.end(), end=min(limit, match.end() + _PLACE_REACH), kinds=_SEATS
    )
    return places[0].span.end if places and places[0].span.start == match.end() else end


def _unseated(news: DocumentText, token: Token, span: Span) -> bool:
    """Whether a name read at one of the pack's ``seated_body_words`` lacks the place that must end it: "Reverse
    Trade Mission" is a visit, "Support Mission in Mali" a body."""
    if not _seated(news, token):
        return False
    places = resolve.find_mentions(news.text, news.language, start=span.start, end=span.end, kinds=_SEATS)
    return not any(place.span.end == span.end for place in places)


def _seated(news: DocumentText, token: Token) -> bool:
    return _is_seated_word(news, token.text)


def _is_seated_word(news: DocumentText, word: str) -> bool:
    # the pack's words kept as a set, not fetched from its data each time
    seated = news.pack.derived("actors.seated_body_words", lambda p: frozenset(p.extra.get("seated_body_words", {})))
    return word in seated


def _seat_link_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    """A preposition of place between spaces, or a line's end where lines are cut at a width."""
    prepositions = pack.words("place_prepositions")
    if not prepositions:
        return None
    space = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    return re.compile(rf"{space}(?:{phrases_alternation(prepositions)}){space}(?=\w)")


#: The kinds of a body's seat, and how far its name may run after the preposition.
_SEATS = (Kind.STATE, Kind.PLACE)
_PLACE_REACH = 60


#: A hyphen at the end of a line, between the two halves of a compound word.
_LINE_END_HYPHEN = re.compile(r"[-‐‑][ \t]*\n[ \t]*")
#: An abbreviation with stops inside a name ("U.S. Trade and Development Agency"): its last stop is no end.
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def _joined_in_name(news: DocumentText, tokens: list[Token], index: int, joiners: frozenset[str]) -> bool:
    """Whether ``tokens[index]`` and the next one belong to one name: a space between them, both
    capitalised or joining words; a conjunction before an article joins two names ("the Agency and | the
    Peace Corps")."""
    if index + 1 >= len(tokens):
        return False
    this, following = tokens[index], tokens[index + 1]
    gap = news.text[this.end : following.start]
    spaced = gap in (" ", "\u00a0") or (gap == ". " and _DOTTED_ABBREVIATION.fullmatch(this.text) is not None)
    # "the Department of Housing\n    and Urban Development": a line may break at a joining word
    spaced = spaced or (not gap.strip() and gap.count("\n") == 1 and bool({this.text, following.text} & joiners))
    # "Global Alliance of National Human\nRights Institutions": where lines are cut at a width, a break is a space
    spaced = spaced or (news.hard_wrapped and gap.strip(" \u00a0") == "\n")
    # "Intergovernmental Science-\nPolicy Platform": a compound cut at its hyphen by the line's end
    spaced = spaced or _LINE_END_HYPHEN.fullmatch(gap) is not None
    if not spaced or not all(_capitalised(news, t) or t.text in joiners for t in (this, following)):
        return False
    bridges, articles = set(news.words("name_bridges")), set(news.words("name_inner_articles"))
    # "Ministerio del Interior y | Ministerio de Hacienda": a conjunction between two names
    return not (this.text in bridges and (following.text in articles or body_word(news, following.text)))


def _names_a_venue(news: DocumentText, span: Span) -> bool:
    """Whether a name holding a body word is a room or building named after the body (the pack's
    ``venue_words`` open or end it: "Assembly Hall", "Conference Building"): a place, where the body meets."""
    venues = news.words("venue_words")
    words = span.of(news.text).split()
    return bool(venues) and bool(words) and (words[0] in venues or words[-1] in venues)


def _body_kind(news: DocumentText, span: Span) -> str | None:
    """The kind of the body a name names by one of its words ("Ministry": a government agency), or None."""
    if _names_a_venue(news, span):
        return None
    words = news.mapping("body_words")
    for token in iter_tokens(news.text, span.start, span.end):
        body = body_word(news, token.text)
        if body is not None:
            return words[body]
    return None


def _latin_names_in_another_script(news: DocumentText, main: Span) -> list[Mention]:
    """ "генеральный директор компании Lockheed Martin Canada", "центра Open Source Centre": in a text in
    another script, a name in Latin letters is a body's where a word of the text's language for a body stands
    right before it, where it ends with a company's legal form (``extra["company_suffixes"]`` of the English
    pack: "Inc.", "Ltd.") or where it holds an English body word ("Centre", "Office")."""
    if writes_latin(news):
        return []
    english = lang.get("en")
    suffixes = english.words("company_suffixes")
    english_bodies = {w.casefold() for w in english.extra.get("body_words", {})}
    found = []
    for match in LATIN_NAME.finditer(news.text, main.start, main.end):
        pieces = list(re.finditer(r"\S+", match.group()))
        while pieces and pieces[-1].group() in ("of", "and", "for", "the", "&"):
            pieces.pop()
        words = [p.group() for p in pieces]
        if not words or all(len(w) > 1 and w.isupper() for w in words):
            continue  # an acronym: defined or known elsewhere
        end = match.start() + pieces[-1].end()
        if words[-1].endswith(".") and words[-1] not in suffixes:
            end -= 1  # the stop that ends the sentence
        span = _past_opening_post(news, Span(match.start(), end), english_bodies)
        words = span.of(news.text).split()
        before = news.text[max(main.start, span.start - 40) : span.start].split()
        after_body_word = bool(before) and body_word(news, before[-1].strip('«»"')) is not None
        legal_form = words[-1] in suffixes
        named_so = len(words) >= 2 and any(w.casefold().rstrip("s") in english_bodies for w in words)
        if after_body_word or legal_form or named_so:
            found.append(organization_mention(news, span, Kind.ORGANIZATION))
    return found


#: The link between a post and the body it is held in: "Member | of the | Harbour Trust".
_POST_LINK = re.compile(r"\s+(?:of|at|for)(?:\s+the)?\s+(?=[A-Z])")


def _past_opening_post(news: DocumentText, span: Span, english_bodies: set[str]) -> Span:
    """ "Member of the Harbour Trust of New South Wales", the English cell of a bilingual list: words
    that name no body before the first "of" or "at" are the post held in the body named after it."""
    link = _POST_LINK.search(news.text, span.start, span.end)
    if link is None:
        return span
    post = news.text[span.start : link.start()].split()
    if any(w.casefold().rstrip("s") in english_bodies for w in post):
        return span  # "Department of State": the body's own name
    return Span(link.end(), span.end)


#: A name in quotation marks, on one line, with no quotation inside.
_QUOTED_NAME = re.compile(r"[«“]([^«»“”\n]{1,60})[»”]")


def _quoted_names_after_their_kind(news: DocumentText, main: Span) -> list[Mention]:
    """ "газеты «Гардиан»", "радиокомпании «Рэдио Нью Зиланд»", "НКО «Махи фо Укрэин»": a capitalised name in
    quotation marks right after a word for a kind of body (``extra["quoted_name_kinds"]``: stems, or a word in
    capitals whole) is that body's name."""
    kinds = news.words("quoted_name_kinds")
    if not kinds:
        return []
    found = []
    for quoted in _QUOTED_NAME.finditer(news.text, main.start, main.end):
        before = news.text[max(main.start, quoted.start() - 40) : quoted.start()].split()
        name = quoted.group(1).strip()
        if not before or not name[:1].isupper() or not _names_a_kind(before[-1], kinds):
            continue
        start = quoted.start(1) + quoted.group(1).index(name)
        found.append(organization_mention(news, Span(start, start + len(name)), Kind.ORGANIZATION))
    return found


def _names_a_kind(word: str, kinds: tuple[str, ...]) -> bool:
    folded = word.casefold()
    return any(word == kind if kind.isupper() else folded.startswith(kind.casefold()) for kind in kinds)


#: Capitalised Latin words written right after Chinese text ("制造商Norvik", "公司K-Systems").
_LATIN_AFTER_HAN = re.compile(r"[A-Z][A-Za-z0-9&'’-]*(?:[ \t]+[A-Z0-9][A-Za-z0-9&'’-]*)*")


def _latin_names_after_their_kind(news: DocumentText, main: Span) -> list[Mention]:
    """ "芯片制造商Norvik", "超级计算机公司K-Systems": in a text written without spaces, capitalised Latin words
    right after a word for a company (``extra["company_words"]``: "公司", "制造商") are the company's name."""
    found = []
    for kind in find_phrases(news.text, news.words("company_words"), main.start, main.end):
        name = _LATIN_AFTER_HAN.match(news.text, skip_spaces(news.text, kind.end(), main.end))
        if name is not None and name.end() <= main.end:
            found.append(organization_mention(news, Span(name.start(), name.end()), Kind.ORGANIZATION))
    return found


#: A company's name in Latin letters right before the Chinese word of its kind ("Facebook 公司"): capitalised
#: words of which the last holds a lower-case letter, so that an acronym describing a class ("AI 公司") is none.
_LATIN_BEFORE_HAN = re.compile(r"(?<![A-Za-z0-9&'’.-])[A-Z][A-Za-z0-9&'’-]*(?:[ \t]+[A-Z0-9][A-Za-z0-9&'’-]*)*[ \t]*$")


def _latin_names_before_their_tail(news: DocumentText, main: Span) -> list[Mention]:
    """ "Facebook 公司", "Alibaba集团": in a text written without spaces, capitalised Latin words right before a
    word for a company that also ends the names of bodies (``extra["company_words"]`` that are
    ``extra["organization_tails"]``) are the company's name; "这家 Facebook 公司" too, a pointer describing it."""
    tails = set(news.words("company_words")) & set(news.mapping("organization_tails"))
    found = []
    for kind in find_phrases(news.text, tuple(tails), main.start, main.end):
        name = _LATIN_BEFORE_HAN.search(news.text, max(main.start, kind.start() - 60), kind.start())
        if name is None:
            continue
        words = name.group().rstrip()
        if len(words) > 1 and any(c.islower() for c in words.split()[-1]):
            span = Span(name.start(), name.start() + len(words))
            found.append(organization_mention(news, span, Kind.ORGANIZATION))
    return found


#: How many capitalised words a company's name has at most after the word of its kind ("SSA Marine").
_MAX_COMPANY_NAME_WORDS = 4


def _companies_after_their_kind(news: DocumentText, main: Span) -> list[Mention]:
    """ "port operator SSA Marine", "private company Gemadept", "la empresa Pemex", "California-based Marvell":
    capitalised words right after a common noun for a company (``extra["company_words"]``) or a word that says
    where it is based (``extra["based_suffixes"]``) are a company's name; so is a name joined to it by the
    pack's conjunction ("Microsoft and Trusting Social"). Read once a segment: organisations and companies
    both ask."""
    key = f"actors.companies/{main.start}/{main.end}"
    return list(news.derived(key, lambda: tuple(_read_companies_after_their_kind(news, main))))


def _read_companies_after_their_kind(news: DocumentText, main: Span) -> list[Mention]:
    if not news.words("company_words") and not news.words("based_suffixes"):
        return []
    found: list[Mention] = []
    tokens = list(news.tokens_between(main.start, main.end))
    cues: dict[str, bool] = news.pack.derived("actors.company_cue_words", lambda _: {})
    for index in indexes_of_words([t.text for t in tokens], cues, lambda word: _is_company_cue_word(news, word)):
        token = tokens[index]
        # "la empresa | cubana | Tabacalera Norte", "la société | française | Total": an adjective of origin between
        name = _company_name_at(news, token.end, main) or _name_past_origin(news, token.end, main)
        if name is not None and token.is_capitalized and not _prose_goes_on(news, name.end, main):
            continue  # "## Community-based Organizations Receive Grants": a heading in title case names none
        while name is not None:
            found.append(organization_mention(news, name, Kind.ORGANIZATION))
            name = _joined_company_name(news, name.end, main)
    return found


def _companies_by_their_spelling(news: DocumentText, main: Span) -> list[Mention]:
    """ "KESTRAL is partnering with ...", "NovaRide continues to ...": a word spelled as a brand is, in capitals (five
    letters or more) or with a capital inside it, that opens a clause with prose in lower case right after it is a
    company's name; so is a name the pack's conjunction joins to it. A body's acronym the gazetteer knows is that
    body (known names rival it); a dateline in capitals has a comma or a dash after it, no prose."""
    if not writes_latin(news):
        return []
    key = f"actors.spelled_companies/{main.start}/{main.end}"
    return list(news.derived(key, lambda: tuple(_read_companies_by_their_spelling(news, main))))


def _read_companies_by_their_spelling(news: DocumentText, main: Span) -> list[Mention]:
    found: list[Mention] = []
    tokens = list(news.tokens_between(main.start, main.end))
    spelled: dict[str, bool] = news.pack.derived("actors.brand_spellings", lambda _: {})
    for index in indexes_of_words([t.text for t in tokens], spelled, _is_brand_spelling):
        token = tokens[index]
        if not _opens_clause(news, token.start, main):
            continue
        if news.text[token.end : token.end + 1] != " " or not _prose_goes_on(news, token.end, main):
            continue
        if resolve.find_mentions(news.text, news.language, start=token.start, end=token.end):
            continue  # "USAID will provide": a body the gazetteer knows is that body, no company
        if f"({token.text})" in news.text[: token.start]:
            continue  # "... Agreement on Soils (ASORA). ASORA will": the acronym of what it was defined for
        name: Span | None = Span(token.start, token.end)
        while name is not None:
            found.append(organization_mention(news, name, Kind.ORGANIZATION))
            name = _joined_company_name(news, name.end, main)
    return found


#: A brand's spelling: five capitals or more ("KESTRAL", "ZELTEX"; a body's acronym has mostly three or four:
#: "USDS", "FEMA"), or a capital inside a word of letters ("NovaRide").
_BRAND_SPELLING = re.compile(r"[A-Z]{5,}|[A-Z][a-z]+[A-Z][A-Za-z]*")


def _is_brand_spelling(word: str) -> bool:
    return _BRAND_SPELLING.fullmatch(word) is not None


def _opens_clause(news: DocumentText, start: int, main: Span) -> bool:
    """Whether ``start`` opens a clause: the segment's start, or after a sentence's end, a colon, a run-in
    heading's bold or a line break."""
    before = news.text[main.start : start].rstrip(" \t\u00a0")
    return not before or before[-1] in _CLAUSE_OPENERS


def _bodies_after_their_kind(news: DocumentText, main: Span) -> list[Mention]:
    """ "la organización británica Oxfam", "l'ONG allemande Mission Lifeline", "la red Famine Early Warning Systems
    Network": capitalised words right after a common noun for a non-profit body (``extra["organization_nouns"]``),
    maybe past one word that says where it is from, are that body's name, though it holds no body word."""
    nouns = {w.casefold() for w in news.words("organization_nouns")}
    if not nouns:
        return []
    found: list[Mention] = []
    for token in iter_tokens(news.text, main.start, main.end):
        elided = next((p for p in news.words("proclitics") if token.text.startswith(p)), "")  # "l'|association"
        noun = token.text[len(elided) :]
        if noun.casefold() not in nouns or not (noun[:1].islower() or noun.isupper()):
            continue
        name = _company_name_at(news, token.end, main, _MAX_BODY_NAME_WORDS, with_article=True)
        name = name or _name_past_origin(news, token.end, main, _MAX_BODY_NAME_WORDS)
        if name is not None:
            found.append(organization_mention(news, name, Kind.ORGANIZATION))
    return found


def _name_past_origin(news: DocumentText, position: int, main: Span, max_words: int = 0) -> Span | None:
    """ "la organización | británica | Oxfam": the name after one lower-case word that says where a body is from
    (no word that joins a name: "un réseau | de | Nations-Unies")."""
    adjective = next(iter_tokens(news.text, position, main.end), None)
    joining = name_joiners(news) | set(news.words("list_articles"))
    if (
        adjective is None
        or not adjective.text[:1].islower()
        or adjective.text in joining
        or news.text[position : adjective.start] != " "
    ):
        return None
    return _company_name_at(news, adjective.end, main, max_words, with_article=True)  # "diario oficial | El Día"


#: How many capitalised words the name of a body after its common noun may have ("Famine Early Warning Systems
#: Network").
_MAX_BODY_NAME_WORDS = 8
#: How many capitalised words each name of a pair of subjects has at most ("Vietnam Airlines").
_MAX_PAIRED_NAME_WORDS = 3
#: Marks a clause opens after: a sentence's end, a run-in heading's colon or bold, a line.
_CLAUSE_OPENERS = ".:;*#\n"


def _paired_subjects(news: DocumentText, actors: Actors) -> list[Mention]:
    """ "Boeing and Vietnam Airlines will sign", "Telmex y Cemex van a firmar": two capitalised names joined by
    the pack's conjunction that open a clause right before a verb that binds its subject
    (``extra["subject_bound_pledges"]``: "will", "van a") are two organisations pledging together; a person's
    name (or surname) the text gives elsewhere is none."""
    pledges = news.words("subject_bound_pledges")
    conjunctions = news.words("list_conjunctions")
    if not pledges or not conjunctions:
        return []
    taken = [m.span for m in actors.all_mentions()]
    surnames = {m.text.split()[-1] for m in actors.persons if m.text.split()}
    found: list[Mention] = []
    for main in news.main_spans:
        for verb in find_phrases(news.text, pledges, main.start, main.end):
            pair = _pair_before(news, verb.start(), main, conjunctions)
            # a known name inside a longer one ("Vietnam | Airlines") is no rival of it
            if pair is None or any(
                overlaps(s, [t for t in taken if not _inside(t, s) or t == s])
                or s.of(news.text).split()[-1] in surnames
                for s in pair
            ):
                continue
            found += [organization_mention(news, s, Kind.ORGANIZATION) for s in pair]
    return found


def _pair_before(news: DocumentText, end: int, main: Span, conjunctions: tuple[str, ...]) -> tuple[Span, Span] | None:
    text = news.text
    second = _capitalised_words_before(news, end, main)
    if second is None:
        return None
    before = text[main.start : second.start].rstrip()
    conjunction = next((c for c in conjunctions if re.search(rf"(?<!\w){re.escape(c)}$", before)), None)
    if conjunction is None:
        return None
    first = _capitalised_words_before(news, main.start + len(before) - len(conjunction), main)
    if first is None or text[main.start : first.start].rstrip(" \t\u00a0")[-1:] not in (*_CLAUSE_OPENERS, ""):
        return None
    return first, second


def _capitalised_words_before(news: DocumentText, end: int, main: Span) -> Span | None:
    """The capitalised words (at most a few, none an article) that end at ``end``, only spaces between them."""
    floor = max(main.start, end - 80)
    words = list(iter_tokens(news.text, floor, end))
    if not words or news.text[words[-1].end : end].strip():
        return None
    start: int | None = None
    for index in range(len(words) - 1, max(-1, len(words) - 1 - _MAX_PAIRED_NAME_WORDS), -1):
        word = words[index]
        if not word.is_capitalized or word.text in news.words("name_articles"):
            break
        start = word.start
        gap = news.text[words[index - 1].end : word.start] if index else ""
        if gap.strip() or "\n\n" in gap:
            break  # a mark or a paragraph before it opens the name
    return Span(start, words[-1].end) if start is not None else None


def _prose_goes_on(news: DocumentText, end: int, main: Span) -> bool:
    """Whether the paragraph goes on after ``end`` in a word in lower case ("Amkor Technology | will")."""
    following = next(iter_tokens(news.text, end, main.end), None)
    return following is not None and "\n\n" not in news.text[end : following.start] and following.text[0].islower()


def _is_company_cue(news: DocumentText, token: Token) -> bool:
    return _is_company_cue_word(news, token.text)


def _is_company_cue_word(news: DocumentText, text: str) -> bool:
    """Whether a word is a common noun for a company or says where one is based: of the word and the pack alone."""
    # "L'entreprise"; most words have no apostrophe second, and need no pattern run on them
    noun = _ELIDED_ARTICLE.sub("", text) if text[1:2] in ("'", "’") else text
    kinds, based = news.pack.derived("actors.company_cues", _company_cues)
    # the kind is a common noun: "Sociétés Transnationales" in a title in capitals names none
    common = noun[:1].islower() and noun.casefold() in kinds
    return common or bool(based and opens_name(text[0]) and text.casefold().endswith(based))


#: A one-letter article elided onto the word after it ("L'entreprise").
_ELIDED_ARTICLE = re.compile(r"^\w['’]")


def _company_cues(pack: LanguagePack) -> tuple[frozenset[str], tuple[str, ...]]:
    """The pack's common nouns for a company, folded, and its suffixes that say where one is based: asked at
    every word of every text, made once a pack."""
    return frozenset(w.casefold() for w in pack.words("company_words")), pack.words("based_suffixes")


#: "&" between two capitalised words of one company's name.
_AMPERSAND_JOINED = re.compile(r"[ \t]?&[ \t]?(?=[A-Z])")


def _company_name_at(
    news: DocumentText, position: int, main: Span, max_words: int = 0, with_article: bool = False
) -> Span | None:
    """The capitalised words right after ``position`` (one space or a line break between), not opening with an
    article unless ``with_article`` ("l'association | La Cimade": after a common noun, a capital article is the
    name's)."""
    gap = news.text[position : skip_spaces(news.text, position, main.end)]
    start = position + len(gap)
    if not gap or gap.count("\n") > 1 or start >= main.end or not opens_name(news.text[start]):
        return None
    if news.text.startswith(news.words("name_articles"), start) and not with_article:
        return None
    end = capitalized_run(news, start, main.end, max_words or _MAX_COMPANY_NAME_WORDS)
    while (joined := _AMPERSAND_JOINED.match(news.text, end)) and end > start:  # "Q&T Hi-Tech", "Johnson & Johnson"
        end = capitalized_run(news, joined.end(), main.end, _MAX_COMPANY_NAME_WORDS)
    span = _without_possessive(news, Span(start, end))
    return span if span.end > span.start and has_case(news.text, start) else None


def _joined_company_name(news: DocumentText, position: int, main: Span) -> Span | None:
    """ "Microsoft | and Trusting Social": a name the pack's conjunction joins to a company's."""
    after = skip_spaces(news.text, position, main.end)
    conjunction = starts_with_phrase(news.text, after, news.words("list_conjunctions"))
    if not conjunction or after == position:
        return None
    name = _company_name_at(news, after + len(conjunction), main)
    # "SSA Marine and | Vietnamese private company Gemadept": words that describe the next company name none
    described = name is not None and any(
        _is_company_cue(news, t) for t in itertools.islice(iter_tokens(news.text, name.end, main.end), 3)
    )
    return None if described else name


def _headed_or_titled(headed: list[Mention], titled: list[Mention]) -> list[Mention]:
    """Names read after a head word, then names read by their capitals where no head word's name is as
    long: "the Department of Housing\n and Urban Development" goes on past the line the head's name ends on,
    but "Ministerio de Inclusión, Seguridad Social y Migraciones" is one name, not a name and a list."""
    longer = [t for t in titled if any(h.span.start == t.span.start and h.span.end < t.span.end for h in headed)]
    kept = [h for h in headed if not overlaps(h.span, [t.span for t in longer])]
    return [*kept, *longer, *(t for t in titled if t not in longer)]


def _known_with_a_tail(news: DocumentText, mention: Mention, known: list[Mention]) -> bool:
    """ "báo cáo Bộ Ngoại giao | kết quả thực hiện": a known body's name that the words after it only seem
    to go on, in lower case; no name of another body."""
    if unspaced(news):
        return False
    heads = [
        m
        for m in known
        if m.kind not in NOT_ORGANIZATIONS and m.span.start == mention.span.start and m.span.end < mention.span.end
    ]
    return any(not any(opens_name(w[0]) for w in news.text[m.span.end : mention.span.end].split()) for m in heads)


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner != outer


def _headed_organizations(news: DocumentText, main: Span) -> list[Mention]:
    heads = news.pack.organization_heads
    forms = news.pack.derived("news_heads_with_proclitics", _heads_with_proclitics)
    rules = organization_rules(news)
    found = []
    for match in find_phrases(news.text, forms, main.start, main.end):
        written_on, head_word = forms[key_of(match.group(), forms)]
        head = Span(match.start() + written_on, match.end())  # "و | المنظمة العربية": no part of the name
        name_start = skip_spaces(news.text, head.end, main.end)
        end = name_end(news, name_start, main.end, rules)
        end = listed_name_end(news, end, main.end, rules) if end > name_start else end
        if end <= name_start:
            continue  # a head word with no name after it ("Hội thảo", "Bộ này")
        if _no_name_after_definite_head(news, head_word, Span(name_start, end)):
            continue
        end = _before_another_body(news, head_word, Span(name_start, end))
        kind = heads[head_word]
        found.append(organization_mention(news, _without_possessive(news, Span(head.start, end)), kind))
    return found


def _heads_with_proclitics(pack: LanguagePack) -> dict[str, tuple[int, str]]:
    """The pack's head words, also with a one-letter word written on them ("والمنظمة", "وتنسيقية"): see
    :func:`kg.finders.names.proclitic_forms`."""
    return proclitic_forms(pack, pack.organization_heads)


def _no_name_after_definite_head(news: DocumentText, head: str, name: Span) -> bool:
    """ "المنظمة المنبثقة عن ...": a head with the article and one word after it is a noun and its adjective
    ("the organisation that emanated"); a body's name has more ("المنظمة المغربية لحقوق الإنسان"). Its first
    word agrees with the head (``extra["agreement_endings"]``: both feminine, or neither): "تثمن المنظمة |
    الخطاب الملكي" is the organisation and the object of its verb."""
    articles = news.words("articles")
    if not articles or not head.startswith(articles):
        return False
    words = name.of(news.text).split()
    endings = news.words("agreement_endings")
    agrees = not endings or head.endswith(endings) == words[0].endswith(endings)
    return len(words) < 2 or not agrees or _opens_another_body(news, name)


def _before_another_body(news: DocumentText, head: str, name: Span) -> int:
    """Where the name after a head with the article ends: before a later word that opens another body
    ("تطالب المنظمة المغربية لحقوق الإنسان | الحكومة بإطلاق ..."), else where it was read to end."""
    articles = news.words("articles")
    if not articles or not head.startswith(articles):
        return name.end
    for token in list(iter_tokens(news.text, name.start, name.end))[1:]:
        if _opens_another_body(news, Span(token.start, name.end)):
            return len(news.text[: token.start].rstrip())
    return name.end


def _opens_another_body(news: DocumentText, name: Span) -> bool:
    """ "وتطالب الجمعية | الحكومة الجزائرية": after a head with the article, a name that opens with another
    body's word (a head, a body standing alone, a body word) is that body, the object of the verb: a
    definite noun governs no definite noun."""
    first = name.of(news.text).split()[0]
    standalone = news.mapping("standalone_organizations")
    return (
        first in news.pack.organization_heads
        or starts_with_phrase(news.text, name.start, standalone, ignore_case=False) is not None
        or body_word(news, first) is not None
    )


#: How many capitalised words may follow a known body's short name in the name of one of its parts.
_MAX_PART_WORDS = 4


def _named_after_known(news: DocumentText, main: Span, known: list[Mention]) -> list[Mention]:
    """ "the IOM Development Fund", "the UNICEF Executive Board": where names end with the word of their kind
    (``extra["organization_tails"]``), a known body's short name that opens capitalised words ending so
    opens the name of another body, a part of it; the known one is its parent."""
    tails = news.mapping("organization_tails")
    found = []
    for body in known:
        if body.kind in NOT_ORGANIZATIONS or len(body.text.split()) > 1 or not body.span.end < main.end:
            continue
        start = skip_spaces(news.text, body.span.end, main.end)
        if start == body.span.end or "\n" in news.text[body.span.end : start]:
            continue
        words = [t for t in iter_tokens(news.text, start, capitalized_run(news, start, main.end, _MAX_PART_WORDS))]
        last_tail = max((i for i, w in enumerate(words) if w.text in tails), default=None)
        if last_tail is None:
            continue
        span = Span(body.span.start, words[last_tail].end)
        found.append(moved(news, body, span, key=None, name=None, parent=body))
    return found


#: How many characters a Chinese organisation's name has at most ("全国人民代表大会常务委员会").
_MAX_HAN_NAME = 14
#: How many characters it has at least: "当局" and "全部" end with a tail, but name nobody.
_MIN_HAN_NAME = 3


def _han_organizations(news: DocumentText, main: Span) -> list[Mention]:
    """Chinese names of bodies end with a word of their kind (``extra["organization_tails"]``: "部",
    "委员会", "人民政府") where a verb, a post or a mark starts ("由国家发展改革委 | 牵头", "外交部 | 发言人");
    they start after a mark or a word that opens none (``extra["name_openers"]``: "由", "会同")."""
    tails = news.mapping("organization_tails")
    found: list[Mention] = []
    for match in find_phrases(news.text, tails, main.start, main.end):
        end = match.end()
        if news.text[:end].endswith(news.words("organization_tail_exceptions")) or not _closes_han_name(
            news, end, main.end
        ):
            continue
        start = _from_state(news, _han_name_start(news, match.start(), main.start), match.start())
        if _generic_han_body(news, Span(start, match.start()), end, main.end) or _after_aside(news, start):
            continue
        shortest = len(match.group()) + 1 if match.group() in news.words("short_name_tails") else _MIN_HAN_NAME
        if end - start >= shortest and not overlaps(Span(start, end), [m.span for m in found]):
            found.append(
                _han_scoped(news, organization_mention(news, Span(start, end), tails[key_of(match.group(), tails)]))
            )
    return found


#: A Latin letter right after a Chinese tail opens the name the words before it describe ("芯片制造公司Norvik").
_LATIN_NAME_AFTER = re.compile(r"[ \u00a0]?[A-Za-z]")


def _generic_han_body(news: DocumentText, before_tail: Span, end: int, limit: int) -> bool:
    """Words before a tail that name a class of bodies, not one: a pointer, a count or a kind of owner in or
    right before them (``extra["generic_body_words"]``: "这些公司", "外国公司", "这家中共公司"); a state's name
    alone before a word for a company (``extra["company_words"]``: "美国公司" are American companies, while
    "意大利政府" is one body); or a description before a Latin name ("超级计算机公司K-Systems"), which is the
    body's name."""
    words, generic = before_tail.of(news.text), news.words("generic_body_words")
    # "这家中共公司": a pointer before the words makes them a description too
    if words.endswith(generic) or news.text[: before_tail.start].endswith(generic):
        return True
    if _LATIN_NAME_AFTER.match(news.text, end, limit):
        return True
    if news.text[before_tail.end : end] not in news.words("company_words"):
        return False
    states = resolve.find_mentions(news.text, news.language, start=before_tail.start, end=before_tail.end,
                                   kinds=(Kind.STATE,))  # fmt: skip
    return any(m.span.start == before_tail.start and m.span.end == before_tail.end for m in states)


def _from_state(news: DocumentText, start: int, tail_start: int) -> int:
    """ "该动议表明 | 意大利政府必须": a state named inside the words before a tail opens the body's name; the
    words before the state are the sentence's."""
    states = resolve.find_mentions(news.text, news.language, start=start, end=tail_start, kinds=(Kind.STATE,))
    return min((m.span.start for m in states if m.span.start > start), default=start)


def _after_aside(news: DocumentText, start: int) -> bool:
    """ "中（共）国公司": a name that would start right after an aside in brackets inside a word runs through
    the aside, so its start is not known."""
    if news.text[start - 1 : start] not in ("）", ")"):
        return False
    opening = max(news.text.rfind("（", 0, start), news.text.rfind("(", 0, start))
    return opening > 0 and is_unspaced(news.text[opening - 1])


def _han_scoped(news: DocumentText, body: Mention) -> Mention:
    """ "澳大利亚工人工会", "欧洲议会": a Chinese name that opens with a state is that state's body, with a region
    no state's; the home state's only where it names neither."""
    opening = resolve.find_mentions(news.text, news.language, start=body.span.start, end=body.span.end,
                                    kinds=(Kind.STATE, Kind.PLACE))  # fmt: skip
    if not opening or opening[0].span.start != body.span.start:
        return body
    state = (opening[0].key or "").split("/")[0]  # a state's code, or a city's state ("CHN/beijing")
    in_state = state if re.fullmatch(r"[A-Z]{3}", state) else None
    return replace(body, scope=in_state if body.kind == Kind.GOVERNMENT_AGENCY else None)


def _closes_han_name(news: DocumentText, end: int, limit: int) -> bool:
    """Whether a name may end at ``end``: a mark, or a word that is no part of one, follows it."""
    if end >= limit or not is_unspaced(news.text[end]):
        return True
    # "欧洲工会 | 联合会", "国务院 | 办公厅": a word of a body's kind goes on with the name, unless it opens a
    # post ("人力资源社会保障部 | 部长")
    if news.text.startswith(tuple(news.mapping("organization_tails")), end) and not news.text.startswith(
        tuple(news.pack.posts), end
    ):
        return False
    followers = (
        *news.words("name_stops"),
        *news.pack.posts,
        *news.pack.pledge_phrases,
        *news.words("assigning_phrases"),
        *news.words("reporting_phrases"),
        *news.words("cooperation_phrases"),
        *news.mapping("cycle_words"),
        *news.words("deadline_words"),
        *news.words("name_followers"),
    )
    return news.text.startswith(followers, end)


def _han_name_start(news: DocumentText, tail_start: int, floor: int) -> int:
    """Back from the tail to a mark or an opening word; a conjunction is one only after another
    name ("财政部和 | 外交部"), not inside one ("住房和城乡建设部")."""
    text = news.text
    tails = tuple(news.mapping("organization_tails"))
    openers = (*news.words("name_openers"), *news.words("name_stops"), *news.words("assigning_phrases"),
               *news.words("cooperation_phrases"))  # fmt: skip
    conjunctions = news.words("list_conjunctions")
    start = tail_start
    while start > floor and tail_start - start < _MAX_HAN_NAME and is_unspaced(text[start - 1]):
        before = text[floor:start]
        conjunction = next((c for c in conjunctions if before.endswith(c)), None)
        if conjunction:
            if before[: -len(conjunction)].endswith(tails):
                break
        elif before.endswith(openers):
            break
        start -= 1
    return start


def _standalone_organizations(news: DocumentText, main: Span) -> list[Mention]:
    """A body's common noun standing alone ("the Government", "Chính phủ"), read once a segment: the known
    mentions, the organisations and the named organisations all ask."""
    key = f"actors.standalone/{main.start}/{main.end}"
    return list(news.derived(key, lambda: tuple(_read_standalone_organizations(news, main))))


def _read_standalone_organizations(news: DocumentText, main: Span) -> list[Mention]:
    names = news.mapping("standalone_organizations")
    # "Heads of State and Government", "chefs d'État et de gouvernement": a title, no body
    titles = [Span(m.start(), m.end()) for m in find_phrases(news.text, news.words("standalone_exceptions"),
                                                               main.start, main.end, ignore_case=True)]  # fmt: skip
    found = []
    # a heading prints the body in capitals ("ỦY BAN NHÂN DÂN | TỈNH ĐỒNG THÁP", "GOBIERNO DE ..."): the same name
    as_written = find_phrases(news.text, names, main.start, main.end)
    any_case = find_phrases(news.text, names, main.start, main.end, ignore_case=True)
    in_capitals = [m for m in any_case if m.group().isupper()]
    matches = {m.span(): m for m in [*in_capitals, *as_written]}  # one match a span, as written first
    for _, match in sorted(matches.items()):
        if any(t.start <= match.start() and match.end() <= t.end for t in titles):
            continue
        if _ends_a_longer_name(news, match.start()):
            continue
        mention = organization_mention(news, Span(match.start(), match.end()), Kind.GOVERNMENT_AGENCY)
        mention = _of_place(news, replace(mention, name=names[key_of(match.group(), names)]), main)
        # "le gouvernement espère ..." in a text of no state: whose, the common noun cannot tell (a capital,
        # "Le Gouvernement s'engage", is the government that writes)
        if mention.scope is not None or not match.group()[0].islower():
            found.append(mention)
    return found


def _ends_a_longer_name(news: DocumentText, start: int) -> bool:
    """In a script written without spaces, a body's common noun right after a character of its script ends
    a longer name ("德国 | 政府", "各国 | 政府"), unless a word that closes the word before stands there
    (``extra["name_stops"]``: "同时 | 政府将发行", "和 | 内阁")."""
    if start == 0 or not (is_unspaced(news.text[start - 1]) and is_unspaced(news.text[start])):
        return False
    return not news.text[max(0, start - _LONGEST_STOP) : start].endswith(news.words("name_stops"))


#: How many characters a word of ``extra["name_stops"]`` may have, looked for before a body's common noun.
_LONGEST_STOP = 6


def _of_place(news: DocumentText, body: Mention, main: Span) -> Mention:
    """A body named with the place it serves is that place's: "Ủy ban nhân dân tỉnh Quảng Ninh" and "UBND
    thành phố Hà Nội" are two People's Committees, "правительство Москвы" is the city's government."""
    after = skip_spaces(news.text, body.span.end, main.end)
    prefix = starts_with_phrase(news.text, after, news.words("place_prefixes"))
    place = _place_at(news, after, main) or (
        _place_at(news, skip_spaces(news.text, after + len(prefix), main.end), main) if prefix else None
    )
    if place is None or not body.name:
        return _of_state(news, body, main)
    span = Span(body.span.start, place.span.end)
    return moved(news, body, span, name=f"{body.name} of {place.name}")


def _of_state(news: DocumentText, body: Mention, main: Span) -> Mention:
    """ "Gobierno de Colombia" in a Spanish paper is Colombia's Government, not Spain's: a body named
    with "of" and a state belongs to that state (the home state's own keeps its one entity)."""
    after = skip_spaces(news.text, body.span.end, main.end)
    joiner = starts_with_phrase(news.text, after, news.words("name_joiners")) or ""
    # "Правительство России", "Минфином России": where the language writes the state in the genitive,
    # with no joiner, it follows the body's name on the same line
    if not joiner and "\n" in news.text[body.span.end : after]:
        return body
    position = skip_spaces(news.text, after + len(joiner), main.end)
    states = resolve.find_mentions(news.text, news.language, start=position, end=main.end, kinds=(Kind.STATE,))
    state = states[0] if states and states[0].span.start == position and states[0].key else None
    if state is None:
        return body
    span = Span(body.span.start, state.span.end)
    # the home state's own body keeps its one entity, named with its state or not (the key is its name's)
    return moved(news, body, span, scope=state.key)


def _place_at(news: DocumentText, position: int, main: Span) -> Mention | None:
    places = resolve.find_mentions(news.text, news.language, start=position, end=main.end, kinds=(Kind.PLACE,))
    return places[0] if places and places[0].span.start == position and places[0].name else None


def _with_parents(news: DocumentText, organizations: list[Mention]) -> list[Mention]:
    by_start = {m.span.start: m for m in organizations}
    known_parents = {child: parent for child, parent in news.extra.get("parent_organizations", ())}
    first_named: dict[str, Mention] = {}
    for mention in organizations:
        first_named.setdefault(mention.text, mention)
    linked = []
    for mention in organizations:
        parent = _written_parent(news, mention, by_start) or first_named.get(known_parents.get(mention.text, ""))
        linked.append(replace(mention, parent=parent) if parent and parent is not mention else mention)
    return linked


def _written_parent(news: DocumentText, mention: Mention, by_start: dict[int, Mention]) -> Mention | None:
    link = _PARENT_LINK.match(news.text, mention.span.end)
    if not link or not link.group().strip() or _after_partner_marker(news, mention):
        return None
    parent = by_start.get(link.end())
    return parent if parent and parent.kind == mention.kind else None


def _after_partner_marker(news: DocumentText, mention: Mention) -> bool:
    """ "Working with Congress, USAID will ...", "Avec le Parlement, l'Agence ...": a body after a word of
    ``extra["partner_markers"]`` is one an act is done with, and the body after the comma the subject of the
    sentence, not the parent of the first."""
    before = news.text[max(0, mention.span.start - _MARKER_REACH) : mention.span.start].rstrip()
    words = re.findall(r"\w+", before)
    articles = {a.casefold() for a in news.words("articles")}
    while words and words[-1].casefold() in articles:
        words.pop()
    return bool(words) and words[-1].casefold() in {m.casefold() for m in news.words("partner_markers")}


#: How far before a body a word of ``extra["partner_markers"]`` is looked for (past an article).
_MARKER_REACH = 24


# --- the author of a statement -------------------------------------------------------------------

#: How many lines at the top of a statement may hold its author (a category line, the title, a subtitle,
#: the issuing body, the date).
_HEADING_LINES = 8


def statement_author(news: DocumentText, actors: Actors) -> Mention | None:
    """The body that issues a statement, as its heading or signature names it, or None.

    * a heading line that opens with the pack's word for a statement (``extra["statement_words"]``) and
      names a body right after it ("Заявление МИД России о ...", "بلاغ المنظمة المغربية لحقوق الإنسان حول
      ..."), or a person and the body of their post ("Déclaration de Thierry Kuhn, président d'Emmaüs
      France");
    * a heading line that is a body's name, maybe after the part of it that signs ("المكتب التنفيذي -
      المنظمة المغربية لحقوق الإنسان") or a by-line word (``extra["byline_words"]``: "بقلم", "By");
    * the last line of the text, where it is a body's name alone (a signature).
    """
    if not news.main_spans:
        return None
    main = news.main_spans[0]
    lines = [m for m in re.finditer(r"[^\n]+", news.text[: main.end]) if m.start() >= main.start and m.group().strip()]
    for line in lines[:_HEADING_LINES]:
        author = author_after_statement_word(news, actors, Span(line.start(), line.end()))
        author = author or _body_alone_on(news, actors, Span(line.start(), line.end()))
        if author:
            return author
    for line in lines[:_HEADING_LINES]:
        author = _body_of_byline_noun(news, actors, Span(line.start(), line.end()), main)
        if author:
            return author
    lead = _speaker_of_lead(news, actors, main)
    if lead is not None:
        return lead
    return _body_alone_on(news, actors, Span(lines[-1].start(), lines[-1].end())) if lines else None


#: How far into the text a statement's lead may name who speaks in it.
_LEAD_REACH = 600


def _speaker_of_lead(news: DocumentText, actors: Actors, main: Span) -> Mention | None:
    """ "..., National Security Advisor Jane Doe released the following statement:": the person or body
    right before a lead phrase (``extra["statement_lead_phrases"]``) near the top speaks in the statement."""
    end = min(main.end, main.start + _LEAD_REACH)
    for lead in find_phrases(news.text, news.words("statement_lead_phrases"), main.start, end):
        before = [m for m in [*actors.persons, *actors.every_organization()] if 0 <= lead.start() - m.span.end <= 2]
        if before:
            return max(before, key=lambda m: m.span.end)
    return None


def author_after_statement_word(news: DocumentText, actors: Actors, line: Span) -> Mention | None:
    """The body a line names right after the pack's word for a statement, itself or as a person's post's."""
    start = skip_spaces(news.text, line.start, line.end)
    word = starts_with_phrase(news.text, start, news.words("statement_words"), ignore_case=False)
    if not word:
        return None
    after = skip_spaces(news.text, start + len(word), line.end)
    link = starts_with_phrase(news.text, after, news.words("post_links"), ignore_case=False)
    position = skip_spaces(news.text, after + len(link or ""), line.end)
    # "Communiqué de la Fédération ...", "Statement by the Coalition ...": an article may open the name
    article = starts_with_phrase(news.text, position, news.words("list_articles"), ignore_case=False)
    body = actors.organization_at(position) or (
        actors.organization_at(skip_spaces(news.text, position + len(article), line.end)) if article else None
    )
    if body is not None:
        return body
    holding = next((h for h in actors.posts if h.person.span.start == position and h.organization), None)
    return holding.organization if holding else None


#: What may stand on a body's line besides its name: the part of it that signs, then a dash; marks.
_SIGNING_PART = re.compile(r"[^\n]{0,40}?\s[-–—]\s*$")


def _body_alone_on(news: DocumentText, actors: Actors, line: Span) -> Mention | None:
    """A body's name alone on a line, maybe after the part of it that signs or a by-line word ("بقلم")."""
    text = news.text
    opening = skip_spaces(text, line.start, line.end)
    byline = starts_with_phrase(text, opening, news.words("byline_words"), ignore_case=False)
    start = opening + len(byline) if byline else line.start
    for body in actors.every_organization():
        if not (start <= body.span.start and body.span.end <= line.end) or body.kind == COLLECTIVE:
            continue
        before = text[start : body.span.start].strip(" \t*#_:")
        if before in (*news.words("elided_articles"), *news.words("name_articles")):
            before = ""  # "Par L'|Organisation ...": the article the name is written with
        after = _OWN_ACRONYM.sub("", text[body.span.end : line.end]).strip(" \t*#_.:")
        if not after and (not before or _SIGNING_PART.fullmatch(before + " ")):
            return body
    return None


#: The most words of a by-line that names its body by a common noun ("بقلم رئيس المنظمة", "Par le président de
#: l'association").
_BYLINE_NOUN_WORDS = 5


def _body_of_byline_noun(news: DocumentText, actors: Actors, line: Span, main: Span) -> Mention | None:
    """ "بقلم رئيس المنظمة" (by the President of the Organization): a short by-line that ends with a common noun
    for a body stands for the first body the text names whose name opens with that noun ("المنظمة المغربية
    لحقوق الإنسان"), the body that speaks of itself by it."""
    text = news.text
    opening = skip_spaces(text, line.start, line.end)
    byline = starts_with_phrase(text, opening, news.words("byline_words"), ignore_case=False)
    words = text[opening + len(byline or "") : line.end].split()
    if not byline or not words or len(words) > _BYLINE_NOUN_WORDS:
        return None
    noun = _bare_noun(news, words[-1].strip(" .:*"))
    named = [
        m
        for m in actors.every_organization()
        if m.kind != COLLECTIVE and m.span.start >= line.end and m.span.end <= main.end and " " in m.text
    ]
    return next((m for m in sorted(named, key=lambda m: m.span.start) if _bare_noun(news, m.text.split()[0]) == noun),
                None)  # fmt: skip


def _bare_noun(news: DocumentText, word: str) -> str:
    """A noun without its article, elided ("l'association") or with a proclitic on it ("للمنظمة", "المنظمة")."""
    word = word.casefold().split("'")[-1].split("’")[-1]
    articles = sorted((*news.words("articles_with_proclitics"), *news.words("articles")), key=len, reverse=True)
    article = next((a for a in articles if word.startswith(a) and len(word) > len(a) + 1), "")
    return word[len(article) :]


#: The body's own acronym in brackets after its name on its line ("... لحقوق الإنسان (OMDH)"): no other word.
_OWN_ACRONYM = re.compile(r"^\s*[(（][A-ZА-ЯЁ][A-Za-zА-Яа-яЁё&.]{0,10}[)）]")


# --- places ------------------------------------------------------------------------------------


def place_after(news: DocumentText, actors: Actors, start: int, end: int) -> Mention | None:
    """The first place named after a place preposition in ``text[start:end]`` ("tại tỉnh Vĩnh Phúc"), the
    preposition standing apart or written on the place's name ("بالرباط")."""
    found = [
        m
        for m in (_place_after_preposition(news, actors, start, end), _place_with_proclitic(news, actors, start, end))
        if m
    ]
    return min(found, key=lambda m: m.span.start, default=None)


def _place_with_proclitic(news: DocumentText, actors: Actors, start: int, end: int) -> Mention | None:
    """The first known place whose name carries a preposition of ``extra["place_proclitics"]`` ("بالرباط"):
    the preposition opens the word, the name follows it in the same word."""
    proclitics = news.words("place_proclitics")
    if not proclitics:
        return None
    for place in sorted(actors.known, key=lambda m: m.span.start):
        if place.kind not in (Kind.PLACE, Kind.STATE) or not start <= place.span.start < place.span.end <= end:
            continue
        for proclitic in proclitics:
            opening = place.span.start - len(proclitic)
            if opening >= start and news.text.startswith(proclitic, opening) and not _in_word(news.text, opening):
                return place
    return None


def _in_word(text: str, position: int) -> bool:
    return position > 0 and text[position - 1].isalnum()


def _place_after_preposition(news: DocumentText, actors: Actors, start: int, end: int) -> Mention | None:
    for match in find_phrases(news.text, news.words("place_prepositions"), start, end):
        position = skip_spaces(news.text, match.end(), end)
        known = known_place_at(actors, position)
        prefix = starts_with_phrase(news.text, position, news.words("place_prefixes"))
        if prefix and not known:
            position = skip_spaces(news.text, position + len(prefix), end)
            known = known_place_at(actors, position)
        if known:
            return known
        if actors.organization_at(position):
            continue
        # "في | الختام": where words have no capitals, a place is a known one, or a name after "مدينة"
        caseless = not (has_case(news.text, position) or unspaced(news))
        if caseless and not prefix:
            continue
        stop = capitalized_run(news, position, end, max_tokens=_CASELESS_PLACE_WORDS if caseless else 4)
        if continued_in_lower_case(news, position, stop, end):
            stop = _place_name_end(news, position, stop, end)
        if stop > position:
            return Mention(span=Span(position, stop), text=news.text[position:stop], kind=Kind.PLACE)
    return None


#: How many words an unknown place may have after a word for a place where words have no capitals ("مدينة").
_CASELESS_PLACE_WORDS = 2


def _place_name_end(news: DocumentText, start: int, run_end: int, limit: int) -> int:
    """ "tại Trụ sở Chính phủ", "tại Khách sạn Metropole": a name whose lower-case words a capitalised one
    goes on to; a capitalised word that opens a common noun ("Trụ sở chính") names no place (``start``)."""
    end = name_end(news, start, limit, organization_rules(news))
    return end if any(opens_name(word[0]) for word in news.text[run_end:end].split()) else start
