"""Actors in news prose: organisations, persons with their posts, places.

Known entities (states, UN bodies, IOM, places such as Hà Nội) come from the
resolution layer (:func:`kg.resolve.find_mentions`). Unknown organisations and
persons are found by structure, with the pack's words:

* an organisation is a head word of ``organization_heads`` ("Bộ", "Cục",
  "Hội") followed by a name (see :mod:`kg.finders.names`), or one of
  ``extra["standalone_organizations"]`` ("Quốc hội"); a government agency is
  scoped to the document's home state (the language's, or the dateline's:
  :attr:`~kg.finders.text.DocumentText.home_state`); its parent is the
  organisation written right after it ("Cục Lãnh sự, Bộ Ngoại giao") or, for
  departments whose parent is fixed by law, the one in
  ``extra["parent_organizations"]`` when the text names it;
* a person is a name after a post ("Phó Cục trưởng Cục Lãnh sự Phan Thị
  Minh Giang": post, organisation, person) or after an honorific ("bà
  Mitsue Pembroke, Quyền Trưởng đại diện Phái đoàn IOM"). A post is one the
  pack lists (in any case: "la ministra") or the gazetteer knows ("وزير
  الخارجية"); between it and the name may stand the state it serves, an
  organisation, a place ("Đại sứ Nhật Bản tại Việt Nam Ito Naoki"), a
  portfolio ("ministra de Trabajo, Yolanda Díaz") and an honorific. Where a
  name ends depends on the script (:func:`kg.finders.names.person_name_end`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from kg import lang, resolve
from kg.finders.names import (
    capitalized_run,
    continued_in_lower_case,
    listed_name_end,
    name_end,
    organization_rules,
    person_name_end,
)
from kg.finders.text import (
    DocumentText,
    Token,
    find_phrases,
    is_unspaced,
    iter_tokens,
    key_of,
    opens_name,
    skip_spaces,
    starts_with_phrase,
)
from kg.lang.base import LanguagePack
from kg.model import INSTRUMENT_KINDS, Kind, Mention, PostHolding, Span
from kg.text.patterns import alternation, phrase_pieces

__all__ = ["Actors", "find_actors", "place_after", "statement_author"]

#: The kind of a collective a pack names ("civil society", "các bộ, ngành, địa phương"), as the resolver
#: mints it from its English name (see ``kg.resolve``).
COLLECTIVE = Kind.ACTOR
#: Separators that put an organisation's parent right after it ("Cục Lãnh sự, Bộ Ngoại giao").
_PARENT_LINK = re.compile(r"\s*(?:,|\(|–|-)\s*")


@dataclass
class Actors:
    known: list[Mention] = field(default_factory=list)  # from the resolution layer
    organizations: list[Mention] = field(default_factory=list)
    persons: list[Mention] = field(default_factory=list)
    posts: list[PostHolding] = field(default_factory=list)
    post_mentions: list[Mention] = field(default_factory=list)  # posts held by no named person
    collectives: list[Mention] = field(default_factory=list)  # "các bộ, ngành, địa phương": addressees only

    def all_mentions(self) -> list[Mention]:
        return [*self.known, *self.organizations, *self.persons, *self.post_mentions]

    def addressee_starting_after(self, position: int, reach: int = 6) -> Mention | None:
        """The organisation or collective that starts just after ``position``; of two that start together,
        the longer ("Ủy ban nhân dân các tỉnh, thành phố": the provinces' committees, not one of them), and
        of two as long the collective ("各有关部门" ends with the tail of a body's name)."""
        candidates = [m for m in [*self.collectives, *self._organizations()] if 0 <= m.span.start - position <= reach]
        return min(candidates, key=lambda m: (m.span.start, -m.span.end), default=None)

    def addressee_ending_before(self, position: int, reach: int = 3) -> Mention | None:
        """The organisation or collective that ends just before ``position``, the longer of two, the collective
        of two as long."""
        candidates = [m for m in [*self.collectives, *self._organizations()] if 0 <= position - m.span.end <= reach]
        return max(candidates, key=lambda m: (m.span.end, -m.span.start), default=None)

    def organization_at(self, position: int) -> Mention | None:
        """The organisation (known or found) that starts at ``position``."""
        return next((m for m in self._organizations() if m.span.start == position), None)

    def organization_starting_after(self, position: int, reach: int = 6) -> Mention | None:
        """The first organisation that starts just after ``position`` (past a space or an article: "charge le")."""
        candidates = [m for m in self._organizations() if 0 <= m.span.start - position <= reach]
        return min(candidates, key=lambda m: m.span.start, default=None)

    def organization_ending_before(self, position: int, reach: int = 3) -> Mention | None:
        """The organisation that ends just before ``position`` (the subject of a verb there)."""
        candidates = [m for m in self._organizations() if 0 <= position - m.span.end <= reach]
        return max(candidates, key=lambda m: m.span.end, default=None)

    def _organizations(self) -> list[Mention]:
        return [*self.organizations, *(m for m in self.known if m.kind not in _NOT_ORGANIZATIONS)]


def find_actors(news: DocumentText) -> Actors:
    actors = Actors(known=_known_mentions(news))
    post_spans = _post_matches(news)
    organizations = _organizations(news, actors.known, [span for span, _ in post_spans])
    linked = {
        m.span: m
        for m in _with_parents(news, sorted([*organizations, *_known_organizations(actors)], key=lambda m: m.span))
    }
    actors.organizations = [linked[m.span] for m in organizations]
    actors.known = [linked.get(m.span, m) if m.kind not in _NOT_ORGANIZATIONS else m for m in actors.known]
    actors.organizations = sorted([*actors.organizations, *_acronyms_defined(news, actors)], key=lambda m: m.span)
    _persons_and_posts(news, actors, post_spans)
    _persons_by_honorific(news, actors)
    _persons_listed_with_posts(news, actors)
    _persons_before_posts(news, actors, post_spans)
    _persons_of_bodies(news, actors)
    _surnames_resolved(actors)
    actors.collectives = _collectives(news)
    return actors


# --- known entities -------------------------------------------------------------------


def _known_mentions(news: DocumentText) -> list[Mention]:
    found: list[Mention] = []
    for main in news.main_spans:
        known = resolve.find_mentions(news.text, news.language, start=main.start, end=main.end)
        # "постановление правительства": in news the pack's national body, not the UN's "Governments"
        national = {m.span for m in _standalone_organizations(news, main)}
        found.extend(m for m in known if not (m.kind == Kind.GROUP_OF_STATES and m.span in national))
        found.extend(_home_country(news, main, found))
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
        if not _overlaps(span, [k.span for k in known]):
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


#: Kinds of known mention that are not organisations.
_NOT_ORGANIZATIONS = frozenset({Kind.STATE, Kind.PLACE, Kind.PERSON, Kind.POST, Kind.GROUP_OF_STATES})


def _known_organizations(actors: Actors) -> list[Mention]:
    return [m for m in actors.known if m.kind not in _NOT_ORGANIZATIONS and m.parent is None]


def _overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span.start < other.end and other.start < span.end for other in others)


# --- organisations ----------------------------------------------------------------------

#: An acronym defined in brackets right after a name, on its line or the next: "the Department of Migrant
#: Workers (DMW)", "Banco de México (BdeM)", "Канадская коммерческая корпорация (ССС)"; no digits ("(FY2024)").
_DEFINED_ACRONYM = re.compile(r"\s*[(（]([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё&]{0,10}[A-ZА-ЯЁ])[)）]")
#: Where names have no capitals, a Latin acronym right after the name needs no brackets ("... القسري FEMED").
_BARE_ACRONYM = re.compile(r"[ \t]+([A-Z][A-Z&]{1,9})(?![\w)）])")


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
                if span.start < max(main.start, first) or _overlaps(span, taken):
                    continue
                found.append(replace(organization, span=span, text=match.group(), key=key, parent=None))
                taken.append(span)
    return found


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
        if name[0] != acronym[0] or not _has_case(name, 0):
            continue
        known_acronym = next((m for m in known if m.span == Span(match.start(1), match.end(1))), None)
        if known_acronym is not None and known_acronym.kind not in _NOT_ORGANIZATIONS:
            found.append(replace(known_acronym, span=span, text=name, parent=None))
            continue
        kind = _body_kind(news, span)
        if kind is not None:
            found.append(_organization(news, span, kind))
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
    if bracketed or not position or _has_case(news.text, position - 1) or is_unspaced(news.text[position - 1]):
        return bracketed
    return _BARE_ACRONYM.match(news.text, position)


def _organizations(news: DocumentText, known: list[Mention], post_spans: list[Span]) -> list[Mention]:
    """Organisations found by structure, where the resolution layer found nothing as long.

    A name may hold a known one ("Việt Nam" in "Hội Liên hiệp phụ nữ Việt Nam"): both are kept.
    """
    found: list[Mention] = []
    for main in news.main_spans:
        headed = (
            [*_authorities_of_states(news, main, known), *_han_organizations(news, main)]
            if _unspaced(news)
            else [
                *_authorities_of_states(news, main, known),
                *_named_before_acronym(news, main, known),
                *_named_after_acronym(news, main, known),
                *_headed_or_titled(_headed_organizations(news, main), _titled_organizations(news, main, known)),
                *_named_after_known(news, main, known),
                *_latin_names_in_another_script(news, main),
            ]
        )
        cut = [_cut_before_known(news, m, known, main) for m in headed]
        for mention in [*cut, *_standalone_organizations(news, main)]:
            # "国务院总理": a Chinese post may open with its organisation, which is no rival of it
            posts = [] if _unspaced(news) else post_spans
            # "نظام روما الأساسي للمحكمة الجنائية الدولية": an instrument's name holds the body it is of
            rivals = [
                m.span
                for m in known
                if not _inside(m.span, mention.span)
                and not (m.kind in INSTRUMENT_KINDS and _inside(mention.span, m.span))
            ] + posts
            if not _overlaps(mention.span, rivals + [m.span for m in found]) and not _known_with_a_tail(
                news, mention, known
            ):
                found.append(mention)
    return sorted(found, key=lambda m: m.span)


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
            state = next((m for m in states if m.span.end == match.start() and _unspaced(news)), None)
            span = Span(state.span.start, match.end()) if state else None
        key = state.key if state else _state_of_adjective(news, after)
        if key and span is None:
            span = Span(match.start(), next(iter_tokens(news.text, after, main.end)).end)
        if key and span:
            found.append(Mention(span=span, text=span.of(news.text), kind=Kind.GOVERNMENT_AGENCY, scope=key,
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
    cut = replace(mention, span=Span(mention.span.start, end), text=news.text[mention.span.start : end])
    return _of_state(news, cut, main) if cut.kind == Kind.GOVERNMENT_AGENCY else cut


def _named_before_acronym(news: DocumentText, main: Span, known: list[Mention]) -> list[Mention]:
    """ "Instituto Nacional de Migración (INM)", "Канадской коммерческой корпорации (ССС)", "U.S. International
    Development Finance Corporation (DFC)": a name an acronym defines is a body's where it holds one of the
    pack's words for bodies (``extra["body_words"]``: "Instituto", "корпораци", "Corporation"); an acronym
    defines terms too ("Rare Earth Elements (REE)"), which hold none. Where the gazetteer knows the acronym
    ("the UN Refugee Agency (UNHCR)"), the name is another of its names."""
    found = []
    bracketed = list(_DEFINED_ACRONYM.finditer(news.text, main.start, main.end))
    bare = [m for m in _BARE_ACRONYM.finditer(news.text, main.start, main.end) if _after_caseless(news, m.start())]
    for match in sorted([*bracketed, *bare], key=lambda m: m.start()):
        end = match.start()
        start = _defined_name_start(news, main.start, end)
        if start is None or any(m.span.end == end and m.kind not in _NOT_ORGANIZATIONS for m in known):
            continue  # a known body's name ("Organización de Naciones Unidas (ONU)")
        span = _without_possessive(news, Span(start, end))
        kind = _body_kind(news, span)
        acronym = next((m for m in known if m.span == Span(match.start(1), match.end(1))), None)
        if acronym is not None and acronym.kind not in _NOT_ORGANIZATIONS:
            found.append(replace(acronym, span=span, text=span.of(news.text), parent=None))
        elif kind is not None:
            found.append(_organization(news, span, kind))
    return found


def _without_possessive(news: DocumentText, span: Span) -> Span:
    """ "the Ministry of Planning and Investment’s (MPI)": the possessive is no part of the name."""
    text = span.of(news.text)
    return Span(span.start, span.end - 2) if text.endswith(("'s", "’s")) else span


def _after_caseless(news: DocumentText, position: int) -> bool:
    """Whether the word before ``position`` is in a script without capitals, and no Chinese."""
    return (
        position > 0
        and news.text[position - 1].isalpha()
        and not (_has_case(news.text, position - 1) or is_unspaced(news.text[position - 1]))
    )


#: What ends the clause a name stands in, looking back from its acronym: punctuation, a spaced dash, a stop
#: after a word (not after an initial: "U.S. International").
_CLAUSE_BREAK = re.compile(r"[,;:!?،؛\"“”«»()（）\n]|\s[–—-]\s|(?<!\b\w)\.\s")
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
    bodies = [i for i, w in enumerate(words) if _body_word(news, w.text)]
    if not _has_case(news.text, words[-1].start):
        return words[bodies[-1]].start if bodies and bodies[-1] < len(words) - 1 else None
    last = len(words) - 1
    if news.extra.get("lowercase_after_capital_in_names", True) is not False:
        if not bodies:
            return None
        last = next((i for i in range(bodies[-1], -1, -1) if words[i].is_capitalized), -1)
    joiners = _joiners(news) - set(news.words("name_inner_articles"))
    first = None
    for index in range(last, -1, -1):
        if words[index].is_capitalized:
            first = index
        elif words[index].text not in joiners:
            break  # "USAID and the | Department of Defense (DOD)": an article before a name is no part of it
    if first is not None and words[first].text in news.words("name_articles"):
        first += 1  # "The", "La" opening the sentence: an article, no word of the name
    if first is None or first >= len(words) - 1:
        return None
    return words[first].start


def _joiners(news: DocumentText) -> frozenset[str]:
    """Lower-case words that stay inside a name between capitalised ones ("de", "of", "and", "la")."""

    def make(pack: LanguagePack) -> frozenset[str]:
        phrases = (*pack.words("name_joiners"), *pack.words("name_bridges"), *pack.words("name_inner_articles"))
        return frozenset(word for phrase in phrases for word in phrase.split())

    return news.pack.derived("news_name_joiners", make)


def _titled_organizations(news: DocumentText, main: Span, known: list[Mention]) -> list[Mention]:
    """ "the U.S. Trade and Development Agency", "Asociación Nacional del Rifle", "Шотландская национальная
    партия", "Королевский институт оборонных исследований": a name of capitalised words (and the words that
    join them) that holds one of the pack's body words; where names run through lower-case words (Russian),
    a capitalised word, lower-case ones up to the body word, then the words of its kind after it. Two words
    at least, so that a capitalised word that opens a sentence ("Union members") names nothing."""
    found: list[Mention] = []
    tokens = list(iter_tokens(news.text, main.start, main.end))
    runs_lower = news.extra.get("lowercase_after_capital_in_names", True) is not False
    # a body word in lower case opens no name, but where names are inflected ("Шотландской национальной партии")
    lower_bodies = bool(news.extra.get("name_word_pattern"))
    for index, token in enumerate(tokens):
        if (
            not _has_case(token.text, 0)
            or not (token.is_capitalized or lower_bodies)
            or not _body_word(news, token.text)
        ):
            continue
        first = _titled_name_first(news, tokens, index, runs_lower)
        if first is None or (found and tokens[first].start < found[-1].span.end):
            continue
        span = _without_possessive(
            news, Span(tokens[first].start, _titled_name_end(news, tokens, index, main.end, runs_lower))
        )
        if _is_titled_name(news, span, known, needs_capitals=1 if runs_lower else 2):
            found.append(_organization(news, span, _body_kind(news, span) or Kind.ORGANIZATION))
    return found


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
    if _is_whole_heading(news.text, span):
        return False
    return not any(m.kind not in _NOT_ORGANIZATIONS and m.span.start == span.start for m in known)


#: How many lower-case words may stand between a name's capitalised first word and its body word
#: ("Шотландская национальная | партия").
_MAX_WORDS_BEFORE_BODY = 3


def _titled_name_first(news: DocumentText, tokens: list[Token], index: int, runs_lower: bool) -> int | None:
    """The index of a titled name's first word, back from its body word, or None where it has none."""
    text, joiners = news.text, _joiners(news)
    first = index if tokens[index].is_capitalized else None
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
        return after if after > start else tokens[index].end
    joiners, end = _joiners(news), tokens[index].end
    for ahead in range(index + 1, len(tokens)):
        if not _joined_in_name(news, tokens, ahead - 1, joiners):
            break
        if tokens[ahead].is_capitalized:
            end = tokens[ahead].end
    return end


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
    if not spaced or not all(t.is_capitalized or t.text in joiners for t in (this, following)):
        return False
    bridges, articles = set(news.words("name_bridges")), set(news.words("name_inner_articles"))
    # "Ministerio del Interior y | Ministerio de Hacienda": a conjunction between two names
    return not (this.text in bridges and (following.text in articles or _body_word(news, following.text)))


def _body_word(news: DocumentText, word: str) -> str | None:
    """The pack's body word ``word`` is, or begins with (Russian cases: "корпорации"), past a proclitic
    ("وتنسيقية"), or None."""
    words = news.mapping("body_words")
    for form in (word, *(word[len(p) :] for p in news.words("proclitics") if word.startswith(p))):
        for body in words:
            if form.casefold().startswith(body.casefold()) and (len(form) - len(body) <= 3 or not _has_case(form, 0)):
                return body
    return None


def _body_kind(news: DocumentText, span: Span) -> str | None:
    """The kind of the body a name names by one of its words ("Ministry": a government agency), or None."""
    words = news.mapping("body_words")
    for token in iter_tokens(news.text, span.start, span.end):
        body = _body_word(news, token.text)
        if body is not None:
            return words[body]
    return None


#: A name in Latin letters: capitalised words, and the words that join them inside English names.
_LATIN_NAME = re.compile(
    r"(?<![\w.&])[A-Z][A-Za-z0-9&'’.-]*(?:[ \t]+(?:[A-Z0-9][A-Za-z0-9&'’.-]*|of|and|for|the|&))*(?<![ \t])"
)


def _latin_names_in_another_script(news: DocumentText, main: Span) -> list[Mention]:
    """ "генеральный директор компании Lockheed Martin Canada", "центра Open Source Centre": in a text in
    another script, a name in Latin letters is a body's where a word of the text's language for a body stands
    right before it, where it ends with a company's legal form (``extra["company_suffixes"]`` of the English
    pack: "Inc.", "Ltd.") or where it holds an English body word ("Centre", "Office")."""
    if _mostly_latin(news):
        return []
    english = lang.get("en")
    suffixes = english.words("company_suffixes")
    english_bodies = {w.casefold() for w in english.extra.get("body_words", {})}
    found = []
    for match in _LATIN_NAME.finditer(news.text, main.start, main.end):
        pieces = list(re.finditer(r"\S+", match.group()))
        while pieces and pieces[-1].group() in ("of", "and", "for", "the", "&"):
            pieces.pop()
        words = [p.group() for p in pieces]
        if not words or all(len(w) > 1 and w.isupper() for w in words):
            continue  # an acronym: defined or known elsewhere
        end = match.start() + pieces[-1].end()
        if words[-1].endswith(".") and words[-1] not in suffixes:
            end -= 1  # the stop that ends the sentence
        span = Span(match.start(), end)
        before = news.text[max(main.start, span.start - 40) : span.start].split()
        after_body_word = bool(before) and _body_word(news, before[-1].strip('«»"')) is not None
        legal_form = words[-1] in suffixes
        named_so = len(words) >= 2 and any(w.casefold().rstrip("s") in english_bodies for w in words)
        if after_body_word or legal_form or named_so:
            found.append(_organization(news, span, Kind.ORGANIZATION))
    return found


def _mostly_latin(news: DocumentText) -> bool:
    """Whether the text's language is written in Latin letters, as its pack's month names are."""

    def make(pack: LanguagePack) -> bool:
        letters = [c for month in pack.months for c in month if c.isalpha()]
        return not letters or all(unicodedata.name(c, "").startswith("LATIN") for c in letters)

    return news.pack.derived("news_writes_latin", make)


def _headed_or_titled(headed: list[Mention], titled: list[Mention]) -> list[Mention]:
    """Names read after a head word, then names read by their capitals where no head word's name is as
    long: "the Department of Housing\n and Urban Development" goes on past the line the head's name ends on,
    but "Ministerio de Inclusión, Seguridad Social y Migraciones" is one name, not a name and a list."""
    longer = [t for t in titled if any(h.span.start == t.span.start and h.span.end < t.span.end for h in headed)]
    kept = [h for h in headed if not _overlaps(h.span, [t.span for t in longer])]
    return [*kept, *longer, *(t for t in titled if t not in longer)]


def _known_with_a_tail(news: DocumentText, mention: Mention, known: list[Mention]) -> bool:
    """ "báo cáo Bộ Ngoại giao | kết quả thực hiện": a known body's name that the words after it only seem
    to go on, in lower case; no name of another body."""
    if _unspaced(news):
        return False
    heads = [
        m
        for m in known
        if m.kind not in _NOT_ORGANIZATIONS and m.span.start == mention.span.start and m.span.end < mention.span.end
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
        kind = heads[head_word]
        found.append(_organization(news, Span(head.start, end), kind))
    return found


def _heads_with_proclitics(pack: LanguagePack) -> dict[str, tuple[int, str]]:
    """The pack's head words, also with a one-letter word written on them ("والمنظمة", "وتنسيقية"), each with
    where the head itself starts in it and the head it is; "ل" takes the alif of the article ("للمحكمة
    الجنائية الدولية"): no clean place to cut, the whole word is the head (keys peel it: see
    :func:`kg.resolve.minted_key`)."""
    forms = {head: (0, head) for head in pack.organization_heads}
    for head in pack.organization_heads:
        for proclitic in pack.words("proclitics"):
            if proclitic.endswith("ل") and head.startswith("ال"):
                forms.setdefault(proclitic + "ل" + head[2:], (0, head))
            else:
                forms.setdefault(proclitic + head, (len(proclitic), head))
    return forms


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
    return len(words) < 2 or not agrees


#: How many capitalised words may follow a known body's short name in the name of one of its parts.
_MAX_PART_WORDS = 4


def _named_after_known(news: DocumentText, main: Span, known: list[Mention]) -> list[Mention]:
    """ "the IOM Development Fund", "the UNICEF Executive Board": where names end with the word of their kind
    (``extra["organization_tails"]``), a known body's short name that opens capitalised words ending so
    opens the name of another body, a part of it; the known one is its parent."""
    tails = news.mapping("organization_tails")
    found = []
    for body in known:
        if body.kind in _NOT_ORGANIZATIONS or len(body.text.split()) > 1 or not body.span.end < main.end:
            continue
        start = skip_spaces(news.text, body.span.end, main.end)
        if start == body.span.end or "\n" in news.text[body.span.end : start]:
            continue
        words = [t for t in iter_tokens(news.text, start, capitalized_run(news, start, main.end, _MAX_PART_WORDS))]
        last_tail = max((i for i, w in enumerate(words) if w.text in tails), default=None)
        if last_tail is None:
            continue
        span = Span(body.span.start, words[last_tail].end)
        found.append(replace(body, span=span, text=span.of(news.text), key=None, name=None, parent=body))
    return found


def _unspaced(news: DocumentText) -> bool:
    return news.extra.get("word_boundaries") is False


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
        start = _han_name_start(news, match.start(), main.start)
        if end - start >= _MIN_HAN_NAME and not _overlaps(Span(start, end), [m.span for m in found]):
            found.append(_han_scoped(news, _organization(news, Span(start, end), tails[key_of(match.group(), tails)])))
    return found


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
    names = news.mapping("standalone_organizations")
    # "Heads of State and Government", "chefs d'État et de gouvernement": a title, no body
    titles = [Span(m.start(), m.end()) for m in find_phrases(news.text, news.words("standalone_exceptions"),
                                                               main.start, main.end, ignore_case=True)]  # fmt: skip
    found = []
    for match in find_phrases(news.text, names, main.start, main.end):
        if any(t.start <= match.start() and match.end() <= t.end for t in titles):
            continue
        mention = _organization(news, Span(match.start(), match.end()), Kind.GOVERNMENT_AGENCY)
        mention = _of_place(news, replace(mention, name=names[key_of(match.group(), names)]), main)
        # "le gouvernement espère ..." in a text of no state: whose, the common noun cannot tell (a capital,
        # "Le Gouvernement s'engage", is the government that writes)
        if mention.scope is not None or not match.group()[0].islower():
            found.append(mention)
    return found


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
    return replace(body, span=span, text=span.of(news.text), name=f"{body.name} of {place.name}")


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
    return replace(body, span=span, text=span.of(news.text), scope=state.key)


def _place_at(news: DocumentText, position: int, main: Span) -> Mention | None:
    places = resolve.find_mentions(news.text, news.language, start=position, end=main.end, kinds=(Kind.PLACE,))
    return places[0] if places and places[0].span.start == position and places[0].name else None


def _organization(news: DocumentText, span: Span, kind: str) -> Mention:
    scope = news.home_state if kind == Kind.GOVERNMENT_AGENCY else None
    return Mention(span=span, text=span.of(news.text), kind=kind, scope=scope if isinstance(scope, str) else None)


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
    if not link or not link.group().strip():
        return None
    parent = by_start.get(link.end())
    return parent if parent and parent.kind == mention.kind else None


# --- persons and posts ---------------------------------------------------------------------


@dataclass(frozen=True)
class _PostNamed:
    """Where a post is named: as the pack lists it (``key``), as the gazetteer knows it (``known``), or both."""

    span: Span
    key: str | None
    known: Mention | None
    as_listed: bool  # written as the pack writes it: a post that may stand alone ("Thủ tướng Chính phủ")


@dataclass
class _Complement:
    """What stands between a post and its holder's name: its organisation, the state it serves, a portfolio."""

    end: int
    organization: Mention | None = None
    state: Mention | None = None


def _post_matches(news: DocumentText) -> list[tuple[Span, str]]:
    """Where the pack's posts are named, as (span, post as listed in the pack), whatever their case.

    Spanish and French write posts in lower case ("la ministra", "le président"); Chinese writes
    no spaces, so there a post is found inside a run of characters ("国务院总理李强").
    """
    posts = news.pack.posts
    found: list[tuple[Span, str]] = []
    for main in news.main_spans:
        if news.extra.get("word_boundaries") is False:
            matches = list(_posts_anywhere(news).finditer(news.text, main.start, main.end))
        else:
            matches = find_phrases(news.text, posts, main.start, main.end, ignore_case=True)
        found.extend((Span(m.start(), m.end()), key_of(m.group(), posts)) for m in matches)
    return found


def _posts_anywhere(news: DocumentText) -> re.Pattern[str]:
    def make(pack: LanguagePack) -> re.Pattern[str]:
        return re.compile(alternation(phrase_pieces(post) for post in pack.posts) or "(?!)")

    return news.pack.derived("news_posts_anywhere", make)


def _posts_named(news: DocumentText, actors: Actors, post_spans: list[tuple[Span, str]]) -> list[_PostNamed]:
    """Posts the pack lists and posts the gazetteer knows, the longer where they overlap, in text order."""
    known_posts = [m for m in actors.known if m.kind == Kind.POST]
    named = []
    for known in known_posts:
        listed = next((key for span, key in post_spans if span.start == known.span.start), None)
        named.append(_PostNamed(known.span, listed, known, as_listed=False))
    for span, key in post_spans:
        if _overlaps(span, [k.span for k in known_posts]):
            shorter = [p for p in named if p.span.start == span.start and p.span.end < span.end]
            if not shorter:
                continue  # "رئيس" in "رئيس الوزراء", which the gazetteer knows whole
            named.remove(shorter[0])
        as_listed = span.of(news.text) in news.pack.posts
        named.append(_PostNamed(span, key, None, as_listed))
    return sorted(named, key=lambda p: (p.span.start, p.span.end))


def _persons_and_posts(news: DocumentText, actors: Actors, post_spans: list[tuple[Span, str]]) -> None:
    """Post, optional organisation, then a person's name: "Phó Cục trưởng Cục Lãnh sự Phan Thị Minh Giang".

    A post joined to the next one ("نائب رئيس الوزراء ووزير الخارجية أيمن الصفدي") is held by the next one's holder.
    """
    posts = _posts_named(news, actors, post_spans)
    post_starts = frozenset(p.span.start for p in posts)
    holders: dict[int, Mention | None] = {}
    holdings: list[PostHolding] = []
    for index in reversed(range(len(posts))):
        post = posts[index]
        complement = _post_complement(news, actors, post.span.end)
        if complement.organization is None and _unspaced(news):
            complement.organization = _organization_of_han_post(actors, post.span)
        elif complement.organization is None and complement.state is None and not _is_portfolio_post(news, post.key):
            complement.organization = _body_named_after_link(news, actors, post.span.end)  # "de Oxfam"
        person = _holder_after(news, actors, complement.end, post_starts)
        listed = _plural_holders(news, actors, post.span, complement.end, post_starts)
        if not listed and not person:
            listed = _holders_listed(news, actors, complement.end, post_starts)
        if listed:  # "các Phó Thủ tướng: Trần Hồng Hà, Lê Thành Long": each holds the post
            for holder in listed:
                actors.persons.append(holder)
                holdings.append(_holding(news, post, holder, complement))
            holders[index] = None
            continue
        following = posts[index + 1] if index + 1 < len(posts) else None
        if person is None and following and _joined(news, complement.end, following.span.start):
            person = holders.get(index + 1)
        # "President Biden": a title in capitals before a surname, not before a state ("Đại sứ Pháp")
        capitalised = (
            person is not None
            and news.text[post.span.start].isupper()
            and resolve.lookup(person.text, news.language) is None
        )
        if (
            person
            and not (post.as_listed or capitalised)
            and _has_case(person.text, 0)
            and len(person.text.split()) < 2
        ):
            person = None  # "will chair Monday's meeting": a post in lower case is one only before a full name
        holders[index] = person
        if person is None:
            if (
                post.key
                and post.as_listed
                and post.key not in news.words("posts_needing_a_holder")
                and not any(m.span == post.span for m in actors.known)
            ):
                actors.post_mentions.append(_post_mention(news, post.span, post.key, complement.organization))
            continue
        if not any(p.span == person.span for p in actors.persons):
            actors.persons.append(person)
        holdings.append(_holding(news, post, person, complement))
    seen: set[tuple[str, str, str]] = set()
    for holding in sorted(holdings, key=lambda h: (h.span.start, h.span.end)):
        holding_key = (holding.person.text, holding.post, holding.organization.text if holding.organization else "")
        if holding_key not in seen:
            seen.add(holding_key)
            actors.posts.append(holding)
    actors.persons.sort(key=lambda m: (m.span.start, m.span.end))
    actors.post_mentions.sort(key=lambda m: (m.span.start, m.span.end))


def _organization_of_han_post(actors: Actors, post: Span) -> Mention | None:
    """Chinese names the organisation before the post, with nothing between ("外交部 | 发言人毛宁"), or as
    the post's first word where the post is listed whole ("国务院总理")."""
    organizations = actors._organizations()
    return next((m for m in organizations if m.span.end == post.start), None) or next(
        (m for m in organizations if m.span.start == post.start and m.span.end < post.end), None
    )


def _holding(news: DocumentText, post: _PostNamed, person: Mention, complement: _Complement) -> PostHolding:
    """The holding, its post named in English by the gazetteer, else by the pack (as news names it)."""
    name = news.mapping("post_names_in_news").get(post.key or "") or news.pack.posts.get(post.key or "")
    if post.known and post.known.name:
        name = post.known.name
    written = post.span.of(news.text)
    # "Phó Cục trưởng Cục Lãnh sự": a post the gazetteer knows only in general is the organisation's post
    same_as_listed = bool(post.key) and _same_words(post.key or "", written)
    return PostHolding(
        span=Span(post.span.start, person.span.end),
        person=person,
        post=post.key if post.key and same_as_listed else written,
        post_name=name,
        organization=complement.organization,
        state=complement.state,
        known_post=post.known if post.known and (not complement.organization or not same_as_listed) else None,
    )


def _same_words(one: str, other: str) -> bool:
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


#: How many pieces (an organisation, "tại Việt Nam", a portfolio) may stand between a post and its holder.
_MAX_COMPLEMENTS = 4


def _post_complement(news: DocumentText, actors: Actors, position: int) -> _Complement:
    """The organisation, state, place and portfolio written after a post, before its holder's name.

    "Đại sứ Nhật Bản tại Việt Nam | Ito Naoki": the state the post serves comes right after it (or
    after "of", "de"); a place after a place preposition is where it serves. A portfolio the pack
    cannot name is read by its shape (see :func:`_portfolio_end`).
    """
    text = news.text
    complement = _Complement(end=skip_spaces(text, position))
    for step in range(_MAX_COMPLEMENTS):
        at = _past_portfolio_conjunction(news, complement.end) if step else complement.end
        acronym = _ACRONYM.match(text, at) if step and _after_conjunction(news, at) else None
        if acronym:  # "Министр строительства и | ЖКХ | Ирек Файзуллин"
            complement.end = skip_spaces(text, acronym.end())
            continue
        link = starts_with_phrase(text, at, news.words("post_links"), ignore_case=False)
        place_link = None if link else starts_with_phrase(text, at, news.words("place_prepositions"), ignore_case=False)
        linked = skip_spaces(text, at + len(link or place_link or ""))
        mention = actors.organization_at(linked) or _known_place_at(actors, linked)
        if mention:
            if mention.kind == Kind.STATE and not place_link and complement.state is None:
                complement.state = mention
            elif mention.kind not in _NOT_ORGANIZATIONS and complement.organization is None:
                complement.organization = mention
            complement.end = skip_spaces(text, mention.span.end)
            continue
        if place_link:
            break  # "وزير الخارجية | في الاجتماع رفيع المستوى": after "in", only a place the post serves
        portfolio = _portfolio_end(news, linked, after_link=bool(link), right_after_post=step == 0)
        if portfolio <= linked:
            break
        complement.end = skip_spaces(text, portfolio)
    return complement


#: A word in capitals only, an acronym ("ЖКХ", "PME"): no part of a person's name written in title case.
_ACRONYM = re.compile(r"[^\W\d_a-zà-ÿа-яё]{2,8}(?!\w)(?=\s)")


def _past_portfolio_conjunction(news: DocumentText, position: int) -> int:
    """Past a conjunction that joins two portfolios of one post ("ministre de l'Europe | et | des Affaires
    étrangères", "Министр строительства | и | ЖКХ"): to the next link or acronym, else ``position``."""
    text = news.text
    conjunction = starts_with_phrase(text, position, news.words("list_conjunctions"), ignore_case=False)
    if not conjunction:
        return position
    after = skip_spaces(text, position + len(conjunction))
    if starts_with_phrase(text, after, news.words("post_links"), ignore_case=False) or _ACRONYM.match(text, after):
        return after
    return position


def _after_conjunction(news: DocumentText, position: int) -> bool:
    before = news.text[max(0, position - 12) : position].split()
    return bool(before) and before[-1] in news.words("list_conjunctions")


def _portfolio_end(news: DocumentText, position: int, *, after_link: bool, right_after_post: bool) -> int:
    """The end of a post's portfolio that names no known organisation, or ``position`` where there is none.

    * words the pack lists as continuing a post (``extra["post_complements"]``: "شؤون", "финансов"),
      and, in a language with an article a name never opens with (``extra["articles"]``), any word
      with it ("وزير | العمل | يوسف الشمالي");
    * after "de", "of": capitalised words, with a lower-case word after one ("Affaires étrangères"),
      up to a comma, or up to the last two of three or more, which are the holder's name;
    * right after a post, where the language lists family names, words up to one ("Bộ trưởng
      Tài chính | Hồ Đức Phớc").
    """
    text = news.text
    continuing = set(news.words("post_complements"))
    # "وزير الموارد البشرية | والتنمية الاجتماعية": a portfolio's words may be joined by a conjunction
    articles = (
        *news.words("articles"),
        *(c + a for c in news.words("list_conjunctions") for a in news.words("articles")),
    )
    end = position
    for token in iter_tokens(text, position, len(text)):
        belongs = token.text in continuing or (articles and token.text.startswith(articles))
        if text[end : token.start].strip() or not belongs:
            break
        end = token.end
    if end > position:
        return end
    if after_link and _has_case(text, position):
        return _capitalised_portfolio_end(news, position)
    family_names = news.words("family_names")
    if right_after_post and family_names and not text.startswith(family_names, position):
        portfolio = name_end(news, position, len(text), organization_rules(news))
        if portfolio > position and text.startswith(family_names, skip_spaces(text, portfolio)):
            return portfolio
    return position


def _capitalised_portfolio_end(news: DocumentText, position: int) -> int:
    """ "de Trabajo, | Yolanda Díaz", "des Affaires étrangères | Stéphane Séjourné", "of Health | Mark Butler"."""
    words: list[Token] = []
    for token in iter_tokens(news.text, position, len(news.text)):
        if words and news.text[words[-1].end : token.start] not in (" ", "\u00a0"):
            break
        if not (token.is_capitalized or (words and words[-1].is_capitalized)):
            break
        words.append(token)  # a capitalised word, or a lower-case one after it ("Affaires étrangères")
    if not words:
        return position
    # "de Inclusión, Seguridad Social y Migraciones, | Elma Saiz": a portfolio written as a list
    last_capital = next(w for w in reversed(words) if w.is_capitalized)
    listed = listed_name_end(news, last_capital.end, len(news.text), organization_rules(news))
    if listed > last_capital.end:
        return listed
    if news.text.startswith(",", words[-1].end):
        return words[-1].end
    while not words[-1].is_capitalized:
        words.pop()  # "of Health Mark Butler | announced": a verb after the name
    if sum(1 for w in words if w.is_capitalized) < 3:
        return words[-1].end
    return words[-3].end


def _has_case(text: str, position: int) -> bool:
    """Whether the word at ``position`` is written in a script with capitals (not Arabic, not Chinese)."""
    return position < len(text) and (text[position].isupper() or text[position].islower())


def _joined(news: DocumentText, position: int, next_post: int) -> bool:
    """Whether only a conjunction stands between ``position`` and the next post ("و", "and", "và")."""
    between = news.text[position:next_post].strip()
    return between in news.words("list_conjunctions") or between in news.words("proclitics")


def _holder_after(news: DocumentText, actors: Actors, position: int, post_starts: frozenset[int]) -> Mention | None:
    """The holder's name after a post and its complement, past a comma and an honorific ("..., Yolanda Díaz")."""
    text = news.text
    # "el embajador cubano, | Rodolfo Reyes": an adjective of the post (the state it serves) before the comma
    comma = re.compile(r"[,،]\s*").match(text, position) or _ADJECTIVE_AND_COMMA.match(text, position)
    for start, needs_full_name in ((position, False), (comma.end() if comma else -1, True)):
        if start < 0:
            continue
        honorific = starts_with_phrase(text, start, news.pack.honorifics, ignore_case=True)
        if honorific:
            start = skip_spaces(text, start + len(honorific))
        if _opens_post(news, start, post_starts):
            return None
        person = _person_at(news, actors, start)
        if person and any(char.isdigit() for char in person.text):
            return None  # "وقع الرئيس المرسوم رقم 45": an instrument's number, not a name
        if person and any(person.span.start < other < person.span.end for other in post_starts):
            return None  # "نائب رئيس الوزراء | ووزير الخارجية": another post, not a name
        if person:
            return person if not needs_full_name or len(person.text.split()) >= 2 else None
    return None


#: One word in lower case, then a comma: an adjective of a post before its holder's name.
_ADJECTIVE_AND_COMMA = re.compile(r"[a-zà-ÿа-яё]+,\s*")
#: A colon that opens a list of holders after a post ("các Phó Thủ tướng: Trần Hồng Hà, Lê Thành Long").
_LIST_COLON = re.compile(r"\s*[:：]\s*")
#: What may follow a listed name: the next one, the end of the list, or the end of the sentence.
_LIST_ITEM_END = re.compile(r"[ \t]*(?:[,،;؛.\n]|$)")


def _plural_holders(
    news: DocumentText, actors: Actors, post: Span, position: int, post_starts: frozenset[int]
) -> list[Mention]:
    """ "các Phó Thủ tướng Trần Hồng Hà, Lê Thành Long và Hồ Đức Phớc": a post made plural by the word before
    it (``extra["plural_markers"]``) is held by each of the names listed after it, colon or not."""
    before = re.search(r"(\S+)\s+$", news.text[max(0, post.start - _LONGEST_MARKER) : post.start])
    markers = {m.casefold() for m in news.words("plural_markers")}
    if before is None or before.group(1).casefold() not in markers:
        return []
    listed = _holders_listed(news, actors, position, post_starts, needs_colon=False)
    return listed if len(listed) >= 2 else []


#: Enough characters to hold the word that makes a post plural.
_LONGEST_MARKER = 20


def _holders_listed(
    news: DocumentText, actors: Actors, position: int, post_starts: frozenset[int], *, needs_colon: bool = True
) -> list[Mention]:
    """The persons listed after a post and a colon, each a whole item up to a comma, a conjunction,
    a semicolon or the end of the sentence; a list that holds anything else is no list of holders.

    Without a colon (after a plural post) the list runs on in the sentence: its last name may be
    followed by a verb ("... và Hồ Đức Phớc | dự")."""
    colon = _LIST_COLON.match(news.text, position)
    if colon is None and needs_colon:
        return []
    holders: list[Mention] = []
    start = colon.end() if colon else skip_spaces(news.text, position)
    while True:
        honorific = starts_with_phrase(news.text, start, news.pack.honorifics, ignore_case=True)
        start = skip_spaces(news.text, start + len(honorific)) if honorific else start
        if holders and _opens_post(news, start, post_starts):
            return holders  # "Trần Hồng Hà, Lê Thành Long, | Bộ trưởng ...": the next post's list
        person = None if _opens_post(news, start, post_starts) else _person_at(news, actors, start)
        if person is None or len(person.text.split()) < 2:
            return [] if needs_colon else holders  # running on, the sentence goes on after the names
        after = _past_list_separator(news, person.span.end)
        if after == person.span.end and needs_colon and not _LIST_ITEM_END.match(news.text, person.span.end):
            return []
        holders.append(person)
        if after == person.span.end:
            return holders
        start = after


def _past_list_separator(news: DocumentText, position: int) -> int:
    """Past the comma or conjunction before the next item of a list, or ``position`` where the list ends."""
    text = news.text
    comma = re.compile(r"\s*[,،]\s*").match(text, position)
    at = comma.end() if comma else skip_spaces(text, position)
    conjunction = starts_with_phrase(text, at, news.words("list_conjunctions"))
    if conjunction:
        return skip_spaces(text, at + len(conjunction))
    return at if comma else position


#: Enough characters to hold any post's name.
_LONGEST_POST = 80


def _opens_post(news: DocumentText, position: int, post_starts: frozenset[int]) -> bool:
    """Whether a post starts at ``position``, or right after a one-letter word written on it ("ووزير العدل")."""
    if position in post_starts:
        return True
    rest = news.text[position : position + _LONGEST_POST]  # cut, so the word written on it is no word before
    proclitics = [p for p in news.words("proclitics") if rest.startswith(p)]
    return any(starts_with_phrase(rest[len(p) :], 0, news.pack.posts, ignore_case=False) for p in proclitics)


def _post_mention(news: DocumentText, span: Span, post: str, organization: Mention | None) -> Mention:
    """A post named without its holder ("Thủ tướng Chính phủ"): an actor that may issue instruments."""
    scope = news.home_state
    return Mention(
        span=span,
        text=span.of(news.text),
        kind=Kind.POST,
        scope=scope if isinstance(scope, str) else None,
        parent=organization,
        name=news.pack.posts[post],
    )


def _person_at(news: DocumentText, actors: Actors, position: int) -> Mention | None:
    """The person whose name starts at ``position``: words that name nothing else (see :func:`person_name_end`)."""
    if position >= len(news.text) or not opens_name(news.text[position]):
        return None
    if actors.organization_at(position) or any(m.span.start == position for m in actors.known):
        return None
    if starts_with_phrase(news.text, position, news.pack.organization_heads, ignore_case=False):
        return None
    # "Nguyễn Hòa Bình": a place's name ("Hòa Bình") right after a family name is the person's given name
    family = tuple(news.words("family_names"))
    first = re.match(r"\S+", news.text[position:])
    given = skip_spaces(news.text, position + first.end()) if first and family and first.group() in family else -1
    taken = frozenset(
        m.span.start
        for m in [*actors.known, *actors.organizations]
        if not (m.kind == Kind.PLACE and m.span.start == given)
    )
    end = person_name_end(news, position, len(news.text), taken)
    if news.text[position:end].endswith(("'s", "’s")):
        end -= 2  # "President Biden’s direction": the possessive is no part of the name
    words = list(iter_tokens(news.text, position, end))
    if len(words) > 2 and not _has_case(news.text, position) and _body_word(news, words[-1].text):
        end = words[-2].end  # "محمد السادس | مجموعة من المحكومين": a noun after the name, no part of it
    if end <= position or _names_a_body(news, Span(position, end)):
        return None
    return Mention(span=Span(position, end), text=news.text[position:end], kind=Kind.PERSON)


def _names_a_body(news: DocumentText, span: Span) -> bool:
    """Whether capitalised words hold a body word as it is, or in the plural ("Maritime Launch Services"):
    the name of a company after a post, not of its holder."""
    words = {w.casefold() for w in news.mapping("body_words")}
    latin = {w.casefold() for w in lang.get("en").extra.get("body_words", {})}  # a company's name in Latin letters
    return any(
        _has_case(t.text, 0)
        and t.is_capitalized
        and bool({t.text.casefold(), t.text.casefold().rstrip("s")} & (words | latin))
        for t in iter_tokens(news.text, span.start, span.end)
    )


def _persons_by_honorific(news: DocumentText, actors: Actors) -> None:
    """A name after an honorific ("bà ..."), with the post an apposition gives ("..., Trưởng đại diện")."""
    taken = [p.span for p in actors.persons]
    honorifics = set(news.pack.honorifics)
    for main in news.main_spans:
        for match in find_phrases(news.text, news.pack.honorifics, main.start, main.end, ignore_case=True):
            # "Ông Nguyễn Văn Long cho biết": capitalised, an honorific only where a sentence opens,
            # and before a name of two words at least ("tỉnh Bà Rịa" names a province).
            capitalised = match.group() not in honorifics
            if capitalised and not _opens_sentence(news.text, main.start, match.start()):
                continue
            position = skip_spaces(news.text, match.end(), main.end)
            person = _person_at(news, actors, position)
            if person is None or _overlaps(person.span, taken) or (capitalised and len(person.text.split()) < 2):
                continue
            actors.persons.append(person)
            taken.append(person.span)
            holding = _apposition_post(news, actors, person)
            if holding:
                actors.posts.append(holding)


def _opens_sentence(text: str, floor: int, position: int) -> bool:
    before = text[floor:position].rstrip()
    return not before or before[-1] in '.!?:;\n"“”-–—'


def _apposition_post(news: DocumentText, actors: Actors, person: Mention) -> PostHolding | None:
    """ "bà Mitsue Pembroke, Quyền Trưởng đại diện": a post after the name and a comma; where names have
    no capitals, right after the name ("الأمير فيصل بن فرحان | وزير الخارجية"), as the gazetteer or the pack
    names it."""
    link = _APPOSITION_LINK.match(news.text, person.span.end)
    if not link or (not link.group().strip() and _has_case(news.text, person.span.start)):
        return None
    known = next((m for m in actors.known if m.kind == Kind.POST and m.span.start == link.end()), None)
    post = starts_with_phrase(news.text, link.end(), news.pack.posts, ignore_case=False)
    if not post and not known:
        return None
    post_key = key_of(post, news.pack.posts) if post else None
    post_end = max(known.span.end if known else 0, link.end() + len(post or ""))
    organization = actors.organization_at(skip_spaces(news.text, post_end))
    end = organization.span.end if organization else post_end
    return PostHolding(
        span=Span(person.span.start, end),
        person=person,
        post=post_key if post_key and known is None else Span(link.end(), post_end).of(news.text),
        post_name=known.name if known and known.name else news.pack.posts.get(post_key or ""),
        organization=organization,
        known_post=known,
    )


#: What joins a name to a post in apposition: a comma or a dash, or (without capitals) a space.
_APPOSITION_LINK = re.compile(r"\s*[,،–-]\s*|[ \u00a0]+")


# --- persons named before their posts ----------------------------------------------------------

#: A word of a name written with capitals: "Софи", "Демарэ-младший", an initial "Д.", a nickname in quotes.
_NAME_WORD = r"(?:[^\W\d_a-zа-яё][^\W\d_]*(?:[-‑'’][^\W\d_]+)*\.?|«[^»\n]{1,20}»|\"[^\"\n]{1,20}\")"
#: A list item that names a person (after its number, if any), maybe its original spelling in brackets, a
#: dash or a comma, and what the person is: "Софи Трюдо (Sophie Gregoire Trudeau) – супруга премьер-министра;",
#: "1. Бирн, Джеймс (Byrne, James), основатель ...;", "1. James Byrne, Co-founder and CEO, ...;". A name
#: written family name first, with a comma, only with its original after it.
_LISTED_PERSON = [
    re.compile(
        rf"(?m)^[ \t]*(?:\d{{1,3}}[.)][ \t]+)?(?P<name>{_NAME_WORD},?[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
        r"[ \t]*[(（](?P<original>[^()（）\n]{3,80})[)）](?P<link>[ \t]*,?[ \t]+[–—-][ \t]+|[ \t]*,[ \t]*)"
        r"(?P<post>[^\n;]{3,300}?)[ \t]*[;.]?[ \t]*$"
    ),
    re.compile(
        rf"(?m)^[ \t]*(?:\d{{1,3}}[.)][ \t]+)?(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,4}})"
        r"(?P<link>[ \t]+[–—-][ \t]+|[ \t]*,[ \t]*)(?P<post>[^\n;]{3,300}?)[ \t]*[;.]?[ \t]*$"
    ),
]


def _persons_listed_with_posts(news: DocumentText, actors: Actors) -> None:
    """A list of persons, one a line, each name followed by what the person is (a sanctions list, a
    delegation): the description, opening in lower case or with a post of the pack (after a comma, with a
    post), is the post; the body it names, its organisation. A name with its original spelling is keyed by
    it, so that a list printed in two languages names each person once ("Бирн, Джеймс (Byrne, James)",
    "James Byrne")."""
    # "Софи Трюдо": a place the gazetteer knows may be a word of a listed name, not a rival of it
    taken = [m.span for m in actors.all_mentions() if m.kind not in (Kind.PLACE, Kind.STATE)]
    for main in news.main_spans:
        for line in re.finditer(r"[^\n]+", news.text[: main.end]):
            if line.start() < main.start or not _is_list_item(news.text, line.start(), line.end()):
                continue
            item = next((m for p in _LISTED_PERSON if (m := p.fullmatch(news.text, line.start(), line.end()))), None)
            if item is None:
                continue
            name = Span(item.start("name"), item.end("name"))
            post = Span(item.start("post"), item.end("post"))
            if _overlaps(name, taken) or not _is_persons_name(name.of(news.text)):
                continue
            if any(m.span.start == name.start and m.span.end == name.end for m in actors.known):
                continue  # a known name that is all the item names ("Нью-Йорк – ...")
            described = post.of(news.text)
            posts = _pack_of_line(news, line.group()).posts
            listed = starts_with_phrase(news.text, post.start, posts, ignore_case=True)
            known_post = any(m.kind == Kind.POST and m.span.start == post.start for m in actors.known)
            dashed = item.group("link").strip(" \t,") != ""
            if not (listed or known_post or (described[0].islower() and (dashed or item.groupdict().get("original")))):
                continue
            person = _listed_person(news, name, item.groupdict().get("original"))
            actors.persons.append(person)
            actors.known = [m for m in actors.known if not _overlaps(m.span, [name])]
            taken.append(name)
            inside = [m for m in actors._organizations() if post.start <= m.span.start and m.span.end <= post.end]
            inside = inside or _latin_body_in(news, actors, post)
            actors.posts.append(
                PostHolding(
                    span=Span(name.start, post.end),
                    person=person,
                    post=described,
                    post_name=posts[key_of(listed, posts)] if listed else None,
                    organization=inside[0] if inside else None,
                )
            )
    actors.persons.sort(key=lambda m: (m.span.start, m.span.end))


def _latin_body_in(news: DocumentText, actors: Actors, description: Span) -> list[Mention]:
    """ "Эндрю Коутс – менеджер Lockheed Martin Canada": in what a listed person is, in a text in another script,
    a name of two words or more in Latin letters is the body the person works in."""
    if _mostly_latin(news):
        return []
    for match in _LATIN_NAME.finditer(news.text, description.start, description.end):
        words = match.group().split()
        if len(words) >= 2 and not all(w.isupper() for w in words):
            body = _organization(news, Span(match.start(), match.end()), Kind.ORGANIZATION)
            actors.organizations.append(body)
            return [body]
    return []


def _pack_of_line(news: DocumentText, line: str) -> LanguagePack:
    """The pack to read a line with: a line in Latin letters only, in a text in another script, is the
    English version printed with it ("1. James Byrne, Co-founder ..." after "1. Бирн, Джеймс ...")."""
    letters = [c for c in news.text if c.isalpha()]
    latin = sum(1 for c in letters if c.isascii())
    if line.isascii() and letters and latin < len(letters) / 2:
        return lang.get("en")
    return news.pack


def _is_list_item(text: str, start: int, end: int) -> bool:
    """Whether a line is an item of a list: it ends with a stop or a semicolon, and opens a paragraph or
    follows a line that ends with a colon or a semicolon (not a line of a paragraph wrapped by hand)."""
    previous = text[: max(0, start - 1)].rsplit("\n", 1)[-1].rstrip()
    return text[start:end].rstrip().endswith((";", ".", "；")) and (
        not previous or previous.endswith((":", ";", "：", "；"))
    )


def _listed_person(news: DocumentText, name: Span, original: str | None) -> Mention:
    """The person a list names, keyed by the original spelling in Latin letters where the list gives one,
    given name first ("Byrne, James": "James Byrne")."""
    if not original or not original.isascii() or not _is_persons_name(original):
        return Mention(span=name, text=name.of(news.text), kind=Kind.PERSON)
    family, comma, given = original.partition(",")
    english = " ".join(f"{given} {family}".split()) if comma else " ".join(original.split())
    return Mention(span=name, text=name.of(news.text), kind=Kind.PERSON, key=resolve.minted_key(english), name=english)


def _is_persons_name(name: str) -> bool:
    """Whether capitalised words are a person's name: no word in capitals only ("МИД России"), no digit."""
    words = [w.strip(',«»".') for w in name.split()]
    return all(w and not (len(w) > 1 and w.isupper()) for w in words) and not any(c.isdigit() for c in name)


#: The comma between a name and the post after it ("Karin Nansen, présidente de ...", "نصيرة ديتور، رئيسة").
_APPOSITION_COMMA = re.compile(r"[ \t]*[,،][ \t]*$")
#: How many words a name before its post may have.
_MAX_NAME_BEFORE_POST = 4


def _persons_before_posts(news: DocumentText, actors: Actors, post_spans: list[tuple[Span, str]]) -> None:
    """ "Karin Nansen, présidente d'Amis de la Terre International", "Thierry Kuhn, président d'Emmaüs
    France", "نصيرة ديتور، رئيسة الفيدرالية ...": a name, a comma, then a post of the pack with its
    organisation; where names have capitals, two capitalised words at least, else the two words before
    the comma, the first without the article (a given name)."""
    taken = [m.span for m in [*actors.all_mentions(), *actors.persons]]
    held = {h.span.start for h in actors.posts}
    for span, key in post_spans:
        if span.start in held:
            continue  # "on World Refugee Day, | Secretary of State Antony Blinken": the post is the next name's
        before = news.text[max(0, span.start - 120) : span.start]
        comma = _APPOSITION_COMMA.search(before)
        if comma is None:
            continue
        name_end = span.start - len(before) + comma.start()
        name_start = _name_start_before(news, name_end)
        if name_start is None or _overlaps(Span(name_start, name_end), taken):
            continue
        person = Mention(span=Span(name_start, name_end), text=news.text[name_start:name_end], kind=Kind.PERSON)
        complement = _post_complement(news, actors, span.end)
        if complement.organization is None and not _is_portfolio_post(news, key):
            complement.organization = _body_named_after_link(news, actors, span.end)
        actors.persons.append(person)
        taken.append(person.span)
        actors.posts.append(
            PostHolding(
                span=Span(name_start, max(span.end, complement.end)),
                person=person,
                post=key,
                post_name=news.mapping("post_names_in_news").get(key) or news.pack.posts.get(key),
                organization=complement.organization,
                state=complement.state,
            )
        )
    actors.persons.sort(key=lambda m: (m.span.start, m.span.end))


def _is_portfolio_post(news: DocumentText, key: str | None) -> bool:
    """Whether a post is a government's, whose "of" names a portfolio ("ministre de l'Intérieur"), not a body;
    a post the gazetteer alone knows is taken as one."""
    name = news.pack.posts.get(key or "", "")
    return not name or "Minister" in name or name.startswith("Secretary")  # "Secretary of Education"


def _body_named_after_link(news: DocumentText, actors: Actors, position: int) -> Mention | None:
    """ "président | d'Emmaüs France", "présidente | d'Amis de la Terre International": after a post and "of",
    capitalised words and the words that join them name the body the post is in, where nothing known does."""
    text = news.text
    start = skip_spaces(text, position)
    link = starts_with_phrase(text, start, news.words("post_links"), ignore_case=False)
    if not link:
        return None
    start = skip_spaces(text, start + len(link))
    joiners = _joiners(news)
    end = previous = start
    for token in iter_tokens(text, start, min(len(text), start + _LONGEST_POST)):
        if text[previous : token.start].strip() or not (token.is_capitalized or token.text in joiners):
            break
        previous = token.end
        if token.is_capitalized:
            end = token.end
    if end == start or not _has_case(text, start) or _known_place_at(actors, start):
        return None
    return _organization(news, Span(start, end), Kind.ORGANIZATION)


#: A name opening a sentence, then a comma and "of" ("Tchenna Maso, | de la Via Campesina, affirme").
_NAME_THEN_COMMA = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))((?:[^\W\d_a-zà-ÿа-яё][\w'’-]+[ \t]){1,3}[^\W\d_a-zà-ÿа-яё][\w'’-]+),[ \t]+"
)


def _persons_of_bodies(news: DocumentText, actors: Actors) -> None:
    """ "Tchenna Maso, de la Via Campesina, affirme ...": a name that opens a sentence, a comma, then "of" and
    a body's name in capitals, then a comma or a dash: a person of that body, with no post named."""
    taken = [m.span for m in [*actors.all_mentions(), *actors.persons]]
    for main in news.main_spans:
        for match in _NAME_THEN_COMMA.finditer(news.text, main.start, main.end):
            name = Span(match.start(1), match.end(1))
            if _overlaps(name, taken) or not _is_persons_name(name.of(news.text)):
                continue
            if resolve.find_mentions(news.text, news.language, start=name.start, end=name.end):
                continue  # "Costa Rica, de ...": a known name
            body = actors.organization_starting_after(match.end(), reach=12) or _body_named_after_link(
                news, actors, match.end() - 1
            )
            if body is None or not re.match(r"\s*(?:,|--|–|—)", news.text[body.span.end : body.span.end + 4]):
                continue
            link = news.text[match.end() : body.span.start].strip()
            if link not in news.words("post_links"):
                continue
            actors.persons.append(Mention(span=name, text=name.of(news.text), kind=Kind.PERSON))
            if not any(m.span == body.span for m in actors._organizations()):
                actors.organizations.append(body)
            taken.append(name)
    actors.persons.sort(key=lambda m: (m.span.start, m.span.end))
    actors.organizations.sort(key=lambda m: m.span)


def _surnames_resolved(actors: Actors) -> None:
    """ "President Joseph R. Biden ... President Biden": a name that is the last word of another person's full
    name in the same text names that person; both are keyed by the full name. A surname two persons share
    names neither."""
    full_names: dict[str, list[Mention]] = {}
    for person in actors.persons:
        words = person.text.split()
        if len(words) >= 2 and person.key is None:
            full_names.setdefault(words[-1], []).append(person)
    keyed: dict[Span, Mention] = {}
    for person in actors.persons:
        holders = {m.text for m in full_names.get(person.text, [])}
        if len(person.text.split()) == 1 and len(holders) == 1:
            full = full_names[person.text][0]
            key = resolve.minted_key(" ".join(full.text.split()))
            keyed[person.span] = replace(person, key=key)
            for same in full_names[person.text]:
                keyed[same.span] = replace(same, key=key)
    actors.persons = [keyed.get(p.span, p) for p in actors.persons]
    actors.posts = [replace(h, person=keyed[h.person.span]) if h.person.span in keyed else h for h in actors.posts]


def _name_start_before(news: DocumentText, end: int) -> int | None:
    """Where the person's name that ends at ``end`` starts, or None where the words before are no name."""
    line_start = news.text.rfind("\n", 0, end) + 1
    words = list(iter_tokens(news.text, line_start, end))[-_MAX_NAME_BEFORE_POST - 1 :]
    if len(words) < 2 or words[-1].end != end:
        return None
    if not _has_case(news.text, words[-1].start):
        given, family = words[-2], words[-1]
        articles = news.words("articles")
        stops = set(news.words("name_stops"))
        if not articles or given.text.startswith(articles) or {given.text, family.text} & stops:
            return None
        if news.text[given.end : family.start] != " ":
            return None
        return given.start
    name: list[Token] = []
    for word in reversed(words):
        if not word.is_capitalized or (name and news.text[word.end : name[-1].start] not in (" ", "\u00a0")):
            break
        name.append(word)
    if len(name) < 2 or len(name) > _MAX_NAME_BEFORE_POST or not _is_persons_name(news.text[name[-1].start : end]):
        return None
    first = name[-1]
    openers = {w.casefold() for w in (*news.words("name_articles"), *news.words("name_stops"),
                                      *news.words("place_prepositions"))}  # fmt: skip
    if first.text.casefold() in openers or resolve.find_mentions(news.text, news.language, start=first.start, end=end):
        return None  # "La Via Campesina", "Costa Rica": an article or a known name, no person
    return first.start


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
      المنظمة المغربية لحقوق الإنسان");
    * the last line of the text, where it is a body's name alone (a signature).
    """
    if not news.main_spans:
        return None
    main = news.main_spans[0]
    lines = [m for m in re.finditer(r"[^\n]+", news.text[: main.end]) if m.start() >= main.start and m.group().strip()]
    for line in lines[:_HEADING_LINES]:
        author = _author_after_statement_word(news, actors, Span(line.start(), line.end()))
        author = author or _body_alone_on(news, actors, Span(line.start(), line.end()))
        if author:
            return author
    return _body_alone_on(news, actors, Span(lines[-1].start(), lines[-1].end())) if lines else None


def _author_after_statement_word(news: DocumentText, actors: Actors, line: Span) -> Mention | None:
    start = skip_spaces(news.text, line.start, line.end)
    word = starts_with_phrase(news.text, start, news.words("statement_words"), ignore_case=False)
    if not word:
        return None
    after = skip_spaces(news.text, start + len(word), line.end)
    link = starts_with_phrase(news.text, after, news.words("post_links"), ignore_case=False)
    position = skip_spaces(news.text, after + len(link or ""), line.end)
    body = actors.organization_at(position)
    if body is not None:
        return body
    holding = next((h for h in actors.posts if h.person.span.start == position and h.organization), None)
    return holding.organization if holding else None


#: What may stand on a body's line besides its name: the part of it that signs, then a dash; marks.
_SIGNING_PART = re.compile(r"[^\n]{0,40}?\s[-–—]\s*$")


def _body_alone_on(news: DocumentText, actors: Actors, line: Span) -> Mention | None:
    text = news.text
    for body in actors._organizations():
        if not (line.start <= body.span.start and body.span.end <= line.end) or body.kind == COLLECTIVE:
            continue
        before = text[line.start : body.span.start].strip(" \t*#_")
        after = text[body.span.end : line.end].strip(" \t*#_.:")
        if not after and (not before or _SIGNING_PART.fullmatch(before + " ")):
            return body
    return None


# --- places ------------------------------------------------------------------------------------


def _known_place_at(actors: Actors, position: int) -> Mention | None:
    return next((m for m in actors.known if m.span.start == position and m.kind in (Kind.PLACE, Kind.STATE)), None)


def place_after(news: DocumentText, actors: Actors, start: int, end: int) -> Mention | None:
    """The first place named after a place preposition in ``text[start:end]`` ("tại tỉnh Vĩnh Phúc")."""
    for match in find_phrases(news.text, news.words("place_prepositions"), start, end):
        position = skip_spaces(news.text, match.end(), end)
        known = _known_place_at(actors, position)
        prefix = starts_with_phrase(news.text, position, news.words("place_prefixes"))
        if prefix and not known:
            position = skip_spaces(news.text, position + len(prefix), end)
            known = _known_place_at(actors, position)
        if known:
            return known
        if actors.organization_at(position):
            continue
        stop = capitalized_run(news, position, end, max_tokens=4)
        if continued_in_lower_case(news, position, stop, end):
            stop = _place_name_end(news, position, stop, end)
        if stop > position:
            return Mention(span=Span(position, stop), text=news.text[position:stop], kind=Kind.PLACE)
    return None


def _place_name_end(news: DocumentText, start: int, run_end: int, limit: int) -> int:
    """ "tại Trụ sở Chính phủ", "tại Khách sạn Metropole": a name whose lower-case words a capitalised one
    goes on to; a capitalised word that opens a common noun ("Trụ sở chính") names no place (``start``)."""
    end = name_end(news, start, limit, organization_rules(news))
    return end if any(opens_name(word[0]) for word in news.text[run_end:end].split()) else start
