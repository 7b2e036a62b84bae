"""Persons and the posts they hold, in news prose.

A person is a name after a post ("Phó Cục trưởng Cục Lãnh sự Phan Thị Minh
Giang": post, organisation, person), after an honorific ("bà Mitsue Pembroke,
Quyền Trưởng đại diện Phái đoàn IOM"), or before a post ("Yolanda Díaz,
ministra de Trabajo"). A post is one the pack lists (in any case: "la
ministra") or the gazetteer knows ("وزير الخارجية"); between it and the name
may stand the state it serves, an organisation, a place ("Đại sứ Nhật Bản tại
Việt Nam Ito Naoki"), a portfolio ("ministra de Trabajo, Yolanda Díaz") and an
honorific. Where a name ends depends on the script
(:func:`kg.finders.names.person_name_end`). The organisations a post belongs to
are those :mod:`kg.finders.actors` found first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from itertools import pairwise

from kg import lang, resolve
from kg.finders.cast import NOT_ORGANIZATIONS, Actors, known_place_at, organization_mention, person_mention
from kg.finders.names import (
    LATIN_NAME,
    body_word,
    has_case,
    listed_name_end,
    name_end,
    name_joiners,
    organization_rules,
    overlaps,
    person_name_end,
    proclitic_forms,
    unspaced,
    writes_latin,
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
from kg.model import Kind, Mention, PostHolding, Span
from kg.text.patterns import alternation, phrase_pieces

__all__ = ["find_persons", "post_matches"]


def find_persons(news: DocumentText, actors: Actors, post_spans: list[tuple[Span, str]]) -> None:
    """Add to ``actors`` the persons and posts of ``news``; ``post_spans`` are the pack's posts named in it."""
    _persons_and_posts(news, actors, post_spans)
    _persons_by_honorific(news, actors)
    _persons_listed_with_posts(news, actors)
    _persons_in_table_rows(news, actors)
    _persons_in_dashed_cells(news, actors)
    _persons_listed_by_name(news, actors)
    _persons_before_posts(news, actors, post_spans)
    _persons_of_bodies(news, actors)
    _dotted_han_names(news, actors)
    _persons_named_bare(news, actors)
    _posts_taken_up(news, actors)
    _surnames_resolved(actors)


# --- persons and posts ---------------------------------------------------------------------


@dataclass(frozen=True)
class _PostNamed:
    """Where a post is named: as the pack lists it (``key``), as the gazetteer knows it (``known``), or both."""

    span: Span
    key: str | None
    known: Mention | None
    as_listed: bool  # written as the pack writes it: a post that may stand alone ("Thủ tướng Chính phủ")
    qualified: bool = False  # written with words that make it a particular post ("反对党农业 | 发言人")


@dataclass
class _Complement:
    """What stands between a post and its holder's name: its organisation, the state it serves, a portfolio."""

    end: int
    organization: Mention | None = None
    state: Mention | None = None


def post_matches(news: DocumentText) -> list[tuple[Span, str]]:
    """Where the pack's posts are named, as (span, post as listed in the pack), whatever their case.

    Spanish and French write posts in lower case ("la ministra", "le président"); Chinese writes
    no spaces, so there a post is found inside a run of characters ("国务院总理李强").
    """
    posts = news.pack.posts
    found: list[tuple[Span, str]] = []
    for main in news.main_spans:
        if news.extra.get("word_boundaries") is False:
            matches = list(_posts_anywhere(news).finditer(news.text, main.start, main.end))
        else:  # "لسفير دولة فلسطين": a post may carry a proclitic, no part of it
            forms = news.pack.derived("news_posts_with_proclitics", lambda pack: proclitic_forms(pack, pack.posts))
            for match in find_phrases(news.text, forms, main.start, main.end, ignore_case=True):
                offset, post = forms[key_of(match.group(), forms)]
                found.append((Span(match.start() + offset, match.end()), post))
            continue
        found.extend((Span(m.start(), m.end()), key_of(m.group(), posts)) for m in matches)
    return [(Span(span.start, _past_post_scope(news, span.end)), post) for span, post in found]


def _past_post_scope(news: DocumentText, position: int) -> int:
    """The end of the words of a post's scope after it ("dirigente | estatal", "comisionado | político estatal"),
    which are part of the post as written, or ``position`` where there are none."""
    scopes = news.words("post_scopes")
    end = position
    for token in iter_tokens(news.text, position, min(len(news.text), position + _LONGEST_POST)):
        if news.text[end : token.start] not in (" ", "\u00a0") or token.text not in scopes:
            break
        end = token.end
    return end


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
        if overlaps(span, [k.span for k in known_posts]):
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
        if complement.organization is None and unspaced(news):
            complement.organization = _organization_of_han_post(actors, post.span)
            post = post if complement.organization else _with_han_qualifiers(news, actors, post)
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
        if person and not (post.as_listed or capitalised) and has_case(person.text, 0) and len(person.text.split()) < 2:
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
    organizations = actors.every_organization()
    return next((m for m in organizations if m.span.end == post.start), None) or next(
        (m for m in organizations if m.span.start == post.start and m.span.end < post.end), None
    )


#: How many characters may qualify a Chinese post before it ("反对党农业 | 发言人").
_MAX_HAN_QUALIFIER = 6


def _with_han_qualifiers(news: DocumentText, actors: Actors, post: _PostNamed) -> _PostNamed:
    """ "因为 | 反对党农业 | 发言人朱莉·柯林斯": in Chinese the characters right before a post that name no body,
    state or person (its party, its portfolio) qualify it, back to a mark or a word that opens a clause."""
    text = news.text
    taken = [m.span for m in [*actors.all_mentions(), *actors.persons]]
    openers = (*news.words("name_openers"), *news.words("name_stops"))
    tails = tuple(news.mapping("organization_tails"))
    start = post.span.start
    while start > 0 and post.span.start - start < _MAX_HAN_QUALIFIER and is_unspaced(text[start - 1]):
        # a stop right before a body's tail is a character of that body's name ("反对 | 党", the opposition)
        inside_body = text.startswith(tails, start) and start < post.span.start
        if (text[:start].endswith(openers) and not inside_body) or any(s.start < start <= s.end for s in taken):
            break
        start -= 1
    if start == post.span.start:
        return post
    return replace(post, span=Span(start, post.span.end), as_listed=False, qualified=True)


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
        known_post=post.known if _is_the_known_post(post, complement, same_as_listed=same_as_listed) else None,
    )


def _is_the_known_post(post: _PostNamed, complement: _Complement, *, same_as_listed: bool) -> bool:
    """Whether a holding's post is the one the gazetteer knows, not a particular post named with it."""
    return post.known is not None and not post.qualified and (not complement.organization or not same_as_listed)


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
        # "le maire | UDV | de la ville, Paul Girardin": the holder's party, no part of a name
        acronym = acronym or (_party_acronym(news, actors, at) if not step else None)
        if acronym:  # "Министр строительства и | ЖКХ | Ирек Файзуллин"
            complement.end = skip_spaces(text, acronym.end())
            continue
        defined = _BRACKETED_ACRONYM.match(text, at) if complement.organization is not None else None
        if defined:  # "magistrado presidente del Tribunal Electoral de Colima | (TEEC) | , Rubén Ortiz"
            complement.end = skip_spaces(text, defined.end())
            continue
        adjective = _state_adjective_at(news, at) if complement.state is None else None
        if adjective:  # "le premier ministre | italien | Marco Rossi": the state, by its adjective
            complement.state = adjective
            complement.end = skip_spaces(text, adjective.span.end)
            continue
        link = starts_with_phrase(text, at, news.words("post_links"), ignore_case=False)
        place_link = None if link else starts_with_phrase(text, at, news.words("place_prepositions"), ignore_case=False)
        place_link = place_link or (None if link else _proclitic_before_place(news, actors, at))
        linked = skip_spaces(text, at + len(link or place_link or ""))
        mention = actors.organization_at(linked) or known_place_at(actors, linked)
        if mention:
            if mention.kind == Kind.STATE and not place_link and complement.state is None:
                complement.state = mention
            elif mention.kind not in NOT_ORGANIZATIONS and complement.organization is None:
                complement.organization = mention
            complement.end = skip_spaces(text, mention.span.end)
            continue
        if place_link:
            break  # "وزير الخارجية | في الاجتماع رفيع المستوى": after "in", only a place the post serves
        portfolio = _portfolio_end(news, linked, after_link=bool(link), right_after_post=step == 0, actors=actors)
        if portfolio <= linked:
            break
        complement.end = skip_spaces(text, portfolio)
    return complement


_WORD = re.compile(r"[^\W\d_]+")
#: Arabic vowel marks and shadda, which official names write and running text mostly does not.
_ARABIC_MARKS = re.compile("[\u064b-\u0652]")


def _state_adjective_at(news: DocumentText, position: int) -> Mention | None:
    """A nationality adjective at ``position`` as the state it names ("italien", "mexicano", "الفرنسي")."""
    word = _WORD.match(news.text, position)
    if word is None:
        return None
    code = state_adjectives(news.pack).get(_ARABIC_MARKS.sub("", word.group()).casefold())
    entity = resolve.lookup(code, kind=Kind.STATE) if code else None
    if entity is None:
        return None
    return Mention(Span(word.start(), word.end()), word.group(), Kind.STATE, key=entity.key, name=entity.name)


def state_adjectives(pack: LanguagePack) -> dict[str, str]:
    """The pack's nationality adjectives with those its language writes in the states' official names
    ("République italienne", "Estados Unidos Mexicanos", "الجمهورية الإيطالية"), folded, to ISO codes."""

    def make(pack: LanguagePack) -> dict[str, str]:
        endings = pack.extra.get("adjective_endings", ())
        found = {form.casefold(): code for form, code in _official_name_adjectives(pack.code).items()}
        for form, code in list(found.items()):
            for feminine, masculine in endings:
                if form.endswith(feminine):
                    found.setdefault(form[: -len(feminine)] + masculine, code)
                    break
        found.update((form.casefold(), code) for form, code in pack.extra.get("state_adjectives", {}).items())
        return found

    return pack.derived("state_adjectives", make)


def _official_name_adjectives(language: str) -> dict[str, str]:
    """Words of one state's official name only that are neither its head, its short name nor after a link
    ("République | italienne"; "République arabe d'Égypte": "arabe" is in several, no state's)."""
    states: dict[str, set[str]] = {}
    for known in resolve.gazetteer():
        if known.kind != Kind.STATE:
            continue
        short = " ".join(label.form for label in known.labels if label.lang == language and label.how == "name")
        for label in known.labels:
            if label.lang != language or label.how != "official name":
                continue
            words = label.form.split()
            for before, word in pairwise(words):
                bare = _ARABIC_MARKS.sub("", word)
                if word in short or before.casefold() in _LINKS_BEFORE_NAMES or not bare.isalpha():
                    continue
                if language == "ar" and not bare.startswith("ال"):
                    continue  # "جمهورية | مصر": a noun in the construct state names, it does not qualify
                if _shares_stem(bare, short):  # "italienne" of "Italie"; not "unie", "arabe", "الديمقراطية"
                    states.setdefault(bare, set()).add(known.key)
    used: dict[str, set[str]] = {}  # "العربية" of "المملكة العربية السعودية" and of "الإمارات العربية المتحدة"
    for known in resolve.gazetteer():
        for label in known.labels:
            if known.kind == Kind.STATE and label.lang == language:
                for word in label.form.split():
                    used.setdefault(_ARABIC_MARKS.sub("", word), set()).add(known.key)
    return {word: next(iter(codes)) for word, codes in states.items() if len(codes | used.get(word, codes)) == 1}


#: How many first letters an adjective shares with its state's name ("ital|ienne", "Ital|ie"; "فرنس|ية").
_STEM = 4


def _shares_stem(adjective: str, short_names: str) -> bool:
    stem = _folded_stem(adjective)
    return len(stem) == _STEM and any(_folded_stem(word) == stem for word in short_names.split())


def _folded_stem(word: str) -> str:
    letters = "".join(c for c in unicodedata.normalize("NFKD", _ARABIC_MARKS.sub("", word)) if c.isalpha())
    return letters.casefold().removeprefix("ال")[:_STEM]


#: Words after which an official name names its state by a noun ("République | de | Albanie").
_LINKS_BEFORE_NAMES = frozenset({"de", "du", "des", "del", "d'", "d’", "la", "las", "los", "el", "le", "les"})


def _proclitic_before_place(news: DocumentText, actors: Actors, position: int) -> str | None:
    """ "سفير دولة فلسطين | ب | المغرب": a proclitic written on a known place is the preposition before it."""
    for proclitic in news.words("proclitics"):
        if news.text.startswith(proclitic, position) and known_place_at(actors, position + len(proclitic)):
            return proclitic
    return None


#: An acronym in brackets, as a text defines a body's right after its name, then the comma of an apposition
#: ("(TEEC), Rubén Ortiz"); without the comma, what follows goes on with more bodies ("(FEDRA) وتنسيقية ...").
_BRACKETED_ACRONYM = re.compile(r"[(（][^\W\d_a-zà-ÿа-яё]{2,10}[)）](?=\s*[,،])")
#: A word in capitals only, an acronym ("ЖКХ", "PME"): no part of a person's name written in title case.
_ACRONYM = re.compile(r"[^\W\d_a-zà-ÿа-яё]{2,8}(?!\w)(?=\s)")
#: A short word right after a post, an acronym where it is in capitals only: its holder's party ("le maire
#: UDV"); a name in capitals is longer.
_PARTY_ACRONYM = re.compile(r"[^\W\d_]{2,4}(?!\w)(?=[ \t])")


def _party_acronym(news: DocumentText, actors: Actors, position: int) -> re.Match[str] | None:
    """A party's acronym right after a post ("le maire | UDV | de la ville"), not one known as the body or
    state the post serves ("Trưởng đại diện | IOM", "Председатель правительства | РФ") nor one for a kind of
    body ("президент | НКО Zelen Trust"), which opens the body's name."""
    acronym = _PARTY_ACRONYM.match(news.text, position) if has_case(news.text, position) else None
    if acronym is None or not acronym.group().isupper():
        return None  # "Phó Thủ tướng | Hồ Văn An": "ồ" is lower case, whatever the Latin ranges say
    if _holds_kind_acronym(news, Span(acronym.start(), acronym.end())):
        return None
    if any(m.span.start == position for m in [*actors.known, *actors.every_organization()]):
        return None
    return acronym


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


def _portfolio_end(
    news: DocumentText, position: int, *, after_link: bool, right_after_post: bool, actors: Actors | None = None
) -> int:
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
    # "رئيس الجمعية | التي استعرض فيها": a relative pronoun with the article ends the portfolio, as it ends a name
    stops = set(news.words("name_stops"))
    end = position
    for token in iter_tokens(text, position, len(text)):
        belongs = token.text in continuing or (articles and token.text.startswith(articles) and token.text not in stops)
        if text[end : token.start].strip() or not belongs:
            break
        end = token.end
    if end > position:
        return end
    if after_link and text[position : position + 1].islower():
        return _lower_case_body_end(news, actors, position)
    if after_link and has_case(text, position):
        return _capitalised_portfolio_end(news, position)
    family_names = news.words("family_names")
    if right_after_post and family_names and not text.startswith(family_names, position):
        portfolio = name_end(news, position, len(text), organization_rules(news))
        if portfolio > position and text.startswith(family_names, skip_spaces(text, portfolio)):
            return portfolio
    return position


#: A few words after a post's link, the first in lower case, up to a comma: a body named by common nouns
#: ("el vocero de | la cancillería china | , Wang Ming", "la portavoz del | departamento de Estado | , Ana Ruiz").
_LOWER_CASE_BODY = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,4}(?=,[ \t])")


def _lower_case_body_end(news: DocumentText, actors: Actors | None, position: int) -> int:
    """The end of a body named in lower case after a post, where a comma and a full name (two words or more,
    in capitals) follow it; else ``position``: "el presidente de la comisión, que ..." names no holder, and
    "de la organización británica Oxfam" names its body (found as one)."""
    body = _LOWER_CASE_BODY.match(news.text, position)
    if body is None:
        return position
    if actors and any(position <= m.span.start < body.end() for m in actors.every_organization()):
        return position
    after = skip_spaces(news.text, body.end() + 1)
    name = _FULL_NAME.match(news.text, after)
    return body.end() if name else position


#: Two words or more in capitals: a person's full name ("Wang Ming", "Laura Hill", "Jean-Luc Morel").
_FULL_NAME = re.compile(r"[^\W\d_a-zà-ÿ][\w'’-]*(?:[ \t]+[^\W\d_a-zà-ÿ][\w'’-]*)+")


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
        if starts_with_phrase(text, start, news.words("place_prefixes"), ignore_case=True):
            return None  # "Chánh Văn phòng Ủy ban nhân dân | Thành phố": the place the body serves, no name
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
    it (``extra["plural_markers"]``), or written in the plural (``extra["plural_posts"]``: "los presidentes"), is
    held by each of the names listed after it, colon or not."""
    before = re.search(r"(\S+)\s+$", news.text[max(0, post.start - _LONGEST_MARKER) : post.start])
    markers = {m.casefold() for m in news.words("plural_markers")}
    # "los presidentes Ana Ruiz y Wang Ming": a post written in the plural is made plural by itself
    plural = post.of(news.text).casefold() in {p.casefold() for p in news.words("plural_posts")}
    if not plural and (before is None or before.group(1).casefold() not in markers):
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
        person = None if _opens_post(news, start, post_starts) else _person_at(news, actors, start, article_first=True)
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


def _person_at(news: DocumentText, actors: Actors, position: int, *, article_first: bool = False) -> Mention | None:
    """The person whose name starts at ``position``: words that name nothing else (see :func:`person_name_end`,
    and for ``article_first``, a name after an honorific or a post's colon)."""
    if position >= len(news.text) or not opens_name(news.text[position]):
        return None
    if actors.organization_at(position) or any(m.span.start == position for m in actors.known):
        return None
    if any(m.span.start < position < m.span.end for m in actors.every_organization()):
        return None  # "总理 | 办公室": the rest of a body's name after a post word in it is no holder's
    latin = _latin_name_after_han(news, position)
    if latin is not None:
        return latin
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
    end = person_name_end(news, position, len(news.text), taken, article_first=article_first)
    if news.text[position:end].endswith(("'s", "’s")):
        end -= 2  # "President Biden’s direction": the possessive is no part of the name
    words = list(iter_tokens(news.text, position, end))
    if len(words) > 2 and not has_case(news.text, position) and body_word(news, words[-1].text):
        end = words[-2].end  # "محمد السادس | مجموعة من المحكومين": a noun after the name, no part of it
    if end <= position or _names_a_body(news, Span(position, end)):
        return None
    return person_mention(news, Span(position, end))


#: How many characters a name in Latin letters after a post may have.
_LONGEST_LATIN_NAME = 60


def _latin_name_after_han(news: DocumentText, position: int) -> Mention | None:
    """A name in Latin letters right after a post in a script written without spaces ("副主席Paolo Formentini
    （福门蒂尼）"): its capitalised words, two or more, are the person's name."""
    if position == 0 or not is_unspaced(news.text[position - 1]) or not news.text[position].isascii():
        return None
    match = LATIN_NAME.match(news.text[position : position + _LONGEST_LATIN_NAME])  # a Han character is a \w
    if match is None or len(match.group().split()) < 2 or not _is_persons_name(match.group()):
        return None
    return person_mention(news, Span(position, position + match.end()))


def _names_a_body(news: DocumentText, span: Span) -> bool:
    """Whether capitalised words hold a body word as it is, or in the plural ("Maritime Launch Services"), or
    end with a company's legal form ("Ltd"): the name of a company after a post, not of its holder."""
    words = {w.casefold() for w in news.mapping("body_words")}
    latin = {w.casefold() for w in lang.get("en").extra.get("body_words", {})}  # a company's name in Latin letters
    # "Istok Associates Limited", "Pangea Geopolitical Risk Ltd": a company's legal form ends it
    legal_forms = (*news.words("company_suffixes"), *lang.get("en").words("company_suffixes"))
    if span.of(news.text).rstrip().endswith(tuple(f" {form}" for form in legal_forms)):
        return True
    # "Института МакКелла": a language that declines names its bodies by stems ("институт")
    return any(
        has_case(t.text, 0)
        and t.is_capitalized
        and (
            bool({t.text.casefold(), t.text.casefold().rstrip("s")} & (words | latin)) or bool(body_word(news, t.text))
        )
        for t in iter_tokens(news.text, span.start, span.end)
    ) or _holds_kind_acronym(news, span)


def _holds_kind_acronym(news: DocumentText, span: Span) -> bool:
    """ "НКО Business NSW", "Business NSW NGO": an acronym for a kind of body (``extra["quoted_name_kinds"]``
    written in capitals) makes capitalised words a body's name."""
    acronyms = {
        k for k in (*news.words("quoted_name_kinds"), *lang.get("en").words("quoted_name_kinds")) if k.isupper()
    }
    return any(t.text in acronyms for t in iter_tokens(news.text, span.start, span.end))


#: The middle dots that join the parts of a foreign name transliterated in Chinese.
_NAME_DOTS = "·•‧・"
#: How many characters a transliterated given name before the dot has at most.
_LONGEST_GIVEN_NAME = 5


def _dotted_han_names(news: DocumentText, actors: Actors) -> None:
    """ "59岁的里雅斯特港口工人法比奥·博辛告诉路透社": a foreign name transliterated in Chinese, its parts joined by
    a middle dot, is a person's even with no post before it; its given name runs back from the dot over the
    characters of transliterations (``extra["transliteration_characters"]``), and ends where the first part of
    the name read from there ends."""
    letters = frozenset(news.words("transliteration_characters"))
    if not letters:
        return
    taken = [m.span for m in actors.all_mentions()]
    for main in news.main_spans:
        for dot in re.finditer(f"[{_NAME_DOTS}]", news.text[main.start : main.end]):
            position = main.start + dot.start()
            start = position
            while start > main.start and position - start < _LONGEST_GIVEN_NAME and news.text[start - 1] in letters:
                start -= 1
            after = news.text[position + 1 : position + 2]
            if start == position or not after or after not in letters:
                continue
            end = _transliteration_end(news, letters, position + 1, person_name_end(news, start, main.end))
            span = Span(start, end)
            if end > position + 1 and not overlaps(span, taken):
                actors.persons.append(person_mention(news, span))
                taken.append(span)
    actors.persons.sort(key=lambda m: (m.span.start, m.span.end))


def _transliteration_end(news: DocumentText, letters: frozenset[str], after_dot: int, end: int) -> int:
    """Where the last part of a dotted name ends: no further than its characters of transliterations run
    ("乔·拜登 | 边境危机"), past more dots ("约翰·F·肯尼迪")."""
    position = after_dot
    while position < end and (news.text[position] in letters or news.text[position] in _NAME_DOTS):
        position += 1
    return min(end, position)


def _persons_by_honorific(news: DocumentText, actors: Actors) -> None:
    """A name after an honorific ("bà ..."), with the post an apposition gives ("..., Trưởng đại diện")."""
    taken = [p.span for p in actors.persons]
    honorifics = set(news.pack.honorifics)
    # "والأستاذ إدريس ...", "والسيدة ...": an honorific may carry the conjunction that lists persons
    forms = news.pack.derived("news_honorifics_with_conjunctions", _honorifics_with_conjunctions)
    for main in news.main_spans:
        for match in find_phrases(news.text, forms, main.start, main.end, ignore_case=True):
            # "Ông Nguyễn Văn Long cho biết": capitalised, an honorific only where a sentence opens,
            # and before a name of two words at least ("tỉnh Bà Rịa" names a province).
            capitalised = match.group()[forms[key_of(match.group(), forms)][0] :] not in honorifics
            if capitalised and not _opens_sentence(news.text, main.start, match.start()):
                continue
            position = skip_spaces(news.text, match.end(), main.end)
            person = _person_at(news, actors, position, article_first=True)
            if person is None or overlaps(person.span, taken) or (capitalised and len(person.text.split()) < 2):
                continue
            actors.persons.append(person)
            taken.append(person.span)
            holding = _apposition_post(news, actors, person)
            if holding:
                actors.posts.append(holding)


def _honorifics_with_conjunctions(pack: LanguagePack) -> dict[str, tuple[int, str]]:
    """The pack's honorifics, also with a conjunction written on them ("والسيدة"); not with another proclitic:
    "بسمو القانون" is the supremacy of the law, no highness."""
    conjunctions = pack.words("list_conjunctions")
    return {
        form: (offset, word)
        for form, (offset, word) in proclitic_forms(pack, pack.honorifics).items()
        if form == word or form[:offset] in conjunctions
    }


def _opens_sentence(text: str, floor: int, position: int) -> bool:
    before = text[floor:position].rstrip()
    return not before or before[-1] in '.!?:;\n"“”-–—'


def _apposition_post(news: DocumentText, actors: Actors, person: Mention) -> PostHolding | None:
    """ "bà Mitsue Pembroke, Quyền Trưởng đại diện": a post after the name and a comma; where names have
    no capitals, right after the name ("الأمير فيصل بن فرحان | وزير الخارجية"), as the gazetteer or the pack
    names it."""
    link = _APPOSITION_LINK.match(news.text, person.span.end)
    if not link or (not link.group().strip() and has_case(news.text, person.span.start)):
        return None
    known = next((m for m in actors.known if m.kind == Kind.POST and m.span.start == link.end()), None)
    post = starts_with_phrase(news.text, link.end(), news.pack.posts, ignore_case=False)
    if not post and not known:
        return None
    post_key = key_of(post, news.pack.posts) if post else None
    post_end = _past_post_scope(news, max(known.span.end if known else 0, link.end() + len(post or "")))
    organization = actors.organization_at(skip_spaces(news.text, post_end))
    end = organization.span.end if organization else post_end
    written = Span(link.end(), post_end).of(news.text)
    return PostHolding(
        span=Span(person.span.start, end),
        person=person,
        post=post_key if post_key and known is None and _same_words(post_key, written) else written,
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


#: How many items of a list must write the family name in capitals for that to be the list's convention.
_MIN_ITEMS_IN_CAPITALS = 2


def _persons_listed_with_posts(news: DocumentText, actors: Actors) -> None:
    """A list of persons, one a line, each name followed by what the person is (a sanctions list, a
    delegation): the description, opening in lower case or with a post of the pack (after a comma, with a
    post), is the post; the body it names, its organisation. A name with its original spelling is keyed by
    it, so that a list printed in two languages names each person once ("Бирн, Джеймс (Byrne, James)",
    "James Byrne")."""
    # "Софи Трюдо": a place the gazetteer knows may be a word of a listed name, not a rival of it
    taken = [m.span for m in actors.all_mentions() if m.kind not in (Kind.PLACE, Kind.STATE)]
    items = [
        (line, item)
        for main in news.main_spans
        for line in re.finditer(r"[^\n]+", news.text[: main.end])
        if line.start() >= main.start and _is_list_item(news.text, line.start(), line.end())
        if (item := next((m for p in _LISTED_PERSON if (m := p.fullmatch(news.text, line.start(), line.end()))), None))
    ]
    # family names in capitals are a list's convention, kept through it: one such item alone is more likely
    # a body named with its acronym ("Совет НАТО – орган ...")
    in_capitals = [i for _, i in items if not _is_persons_name(i.group("name")) and _is_listed_name(i.group("name"))]
    named = _is_listed_name if len(in_capitals) >= _MIN_ITEMS_IN_CAPITALS else _is_persons_name
    for line, item in items:
        if item is not None:
            name = Span(item.start("name"), item.end("name"))
            post = _first_post(news, Span(item.start("post"), item.end("post")))
            if overlaps(name, taken) or not named(name.of(news.text)):
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
            _hold_listed_post(news, actors, person, post, posts[key_of(listed, posts)] if listed else None)
            taken.append(name)
    actors.persons.sort(key=lambda m: (m.span.start, m.span.end))


def _hold_listed_post(news: DocumentText, actors: Actors, person: Mention, post: Span, post_name: str | None) -> None:
    """A listed person and what the list says the person is; the body named inside it, its organisation."""
    actors.persons.append(person)
    actors.known = [m for m in actors.known if not overlaps(m.span, [person.span])]
    inside = [m for m in actors.every_organization() if post.start <= m.span.start and m.span.end <= post.end]
    if not _writes_latin_cell(news, post):  # "менеджер Lockheed Martin Canada", not "Facilities Manager at ..."
        inside = inside or _latin_body_in(news, actors, post)
    actors.posts.append(
        PostHolding(
            span=Span(person.span.start, post.end),
            person=person,
            post=post.of(news.text),
            post_name=post_name,
            organization=inside[0] if inside else None,
        )
    )


# --- persons in the rows of a table printed one cell a paragraph --------------------------------

#: A paragraph that is only a row's number ("1", "27.").
_ROW_NUMBER = re.compile(r"(?m)^[ \t]*\d{1,3}\.?[ \t]*$")
#: The fewest rows that make a table of persons, and the most cells a row may have (number apart).
_MIN_ROWS = 3
_MAX_NAME_CELLS = 2
_MAX_NAME_WORDS = 5


def _persons_in_table_rows(news: DocumentText, actors: Actors) -> None:
    """A table of persons whose cells a copy prints one a paragraph, each row opened by its number: the
    cells before the last are the person's name, maybe also in another script ("Marc Ablong" / "Марк
    Эблонг"), the last what the person is. The name in the text's own script is the person, keyed by the one
    in Latin letters, so that the same table printed twice (in Russian and in English) names each person
    once."""
    taken = [m.span for m in actors.persons]
    for main in news.main_spans:
        rows = _table_rows(news.text, main)
        if len(rows) < _MIN_ROWS:
            continue
        for cells in rows:
            *names, post = cells
            if any(overlaps(name, taken) for name in names):
                continue
            written = [n for n in names if not _writes_latin_cell(news, n)] or names
            latin = next((" ".join(n.of(news.text).split()) for n in names if n.of(news.text).isascii()), None)
            person = _listed_person(news, written[0], latin)
            _hold_listed_post(news, actors, person, post, None)
            # "Chad Linden" beside "Чэд Линден": the name in the other script is the same person's, no place
            actors.known = [
                m for m in actors.known if m.kind not in (Kind.PLACE, Kind.STATE) or not overlaps(m.span, names)
            ]
            taken.extend(names)
    actors.persons.sort(key=lambda m: (m.span.start, m.span.end))


# --- persons in a list printed one cell a paragraph, a dash between name and post -----------------

#: A paragraph that is only the dash a list puts between a name and what the person is.
_DASH_CELL = re.compile(r"(?m)^[ \t]*[–—-][ \t]*$")
#: A name cell, maybe with its original spelling in brackets on its own line ("Анна БЕРГ\n(Anna Berg)").
_NAME_CELL = re.compile(r"(?P<name>[^()\n]+?)\s*(?:[(（](?P<original>[^()（）\n]{3,80})[)）])?")


def _persons_in_dashed_cells(news: DocumentText, actors: Actors) -> None:
    """A list whose items a copy prints one cell a paragraph, a paragraph holding only a dash between the
    name ("Анна БЕРГ\\n(Anna Berg)", "Anna Berg") and what the person is: the sanctions lists that write
    "Name (Original) – post" as a table. The dashes of three items at least make such a list; the name is
    the person, keyed by its original where the item gives one, so that the list printed again in English
    names each person once."""
    for main in news.main_spans:
        items = [
            item
            for dash in _DASH_CELL.finditer(news.text, main.start, main.end)
            if (item := _dashed_item(news, main, dash))
        ]
        if len(items) < _MIN_ROWS:
            continue
        taken: list[Span] = []
        for name, original, post in items:
            if overlaps(name, taken):
                continue
            # the list's cells say who holds what: a reading across them (the post of the item before,
            # taken for this name's) gives way
            _drop_persons_at(actors, name)
            _drop_holders_of_opening_post(news, actors, post)
            person = _listed_person(news, name, original)
            _hold_listed_post(news, actors, person, _first_post(news, post), None)
            taken.append(name)
    actors.persons.sort(key=lambda m: (m.span.start, m.span.end))


# --- persons in a list of names alone, one a line --------------------------------------------------

#: A line of a list that names a person, with the original spelling in brackets, and maybe what the person
#: is after a comma: "Анна Мари БЕРГ (Anna Marie BERG),", "Том ХИЛЛ (Tom HILL), председатель палаты,".
_NAME_ONLY_ITEM = re.compile(
    rf"[ \t]*(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,4}})[ \t]*[(（](?P<original>[^()（）\n]{{3,80}})[)）]"
    r"(?:[ \t]*,[ \t]*(?P<post>[^\n,;()]{3,120}?))?[ \t]*[,;.]?[ \t]*"
)
#: A line of the same list printed again in Latin letters, the family name in capitals: "Anna Marie BERG,".
_LATIN_NAME_ONLY_ITEM = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,5})(?:[ \t]*\([^()\n]{3,80}\))?"
    r"(?:[ \t]*,[ \t]*[^\n,;()]{3,120}?)?[ \t]*[,;.]?[ \t]*"
)


def _persons_listed_by_name(news: DocumentText, actors: Actors) -> None:
    """A list of persons, one a line, that gives each name with its original spelling in brackets and says
    nothing more of most (a sanctions list of a parliament's members): three such lines at least, each
    name in the list's convention, make the list; a line that adds what the person is after a comma holds
    that post. The same list printed again in Latin letters names the same persons, so the places the
    gazetteer finds in its names ("Tom Jordan HILL") are words of names, no places or bodies."""
    taken = [m.span for m in actors.persons]
    for main in news.main_spans:
        lines = [line for line in re.finditer(r"[^\n]+", news.text[: main.end]) if line.start() >= main.start]
        items = [item for line in lines if (item := _name_only_item(news, line))]
        if len(items) < _MIN_ROWS:
            continue
        for item in items:
            name = Span(item.start("name"), item.end("name"))
            if overlaps(name, taken):
                continue
            # the name and its original are one person's: no place, body or other person is named in them
            names = [Span(name.start, item.end("original"))]
            _drop_persons_at(actors, names[0])
            actors.organizations = [m for m in actors.organizations if not overlaps(m.span, names)]
            actors.known = [m for m in actors.known if not overlaps(m.span, names)]
            person = _listed_person(news, name, item.group("original"))
            if item.group("post"):
                _hold_listed_post(news, actors, person, Span(item.start("post"), item.end("post")), None)
            else:
                actors.persons.append(person)
            taken.append(name)
        _drop_places_in_latin_repetition(news, actors, lines)
    actors.persons.sort(key=lambda m: (m.span.start, m.span.end))


def _name_only_item(news: DocumentText, line: re.Match[str]) -> re.Match[str] | None:
    item = _NAME_ONLY_ITEM.fullmatch(news.text, line.start(), line.end())
    if item is None or not line.group().rstrip().endswith((",", ".", ";")):
        return None
    original = item.group("original")
    in_latin = all(c.isascii() for c in original if c.isalpha())
    # the name and its original agree on a family name in capitals: a person, whatever the gazetteer knows
    # of a short family name ("Алан ГАЙ (Alan GUY)", "Пол Дэвид КЕН (Paul David KEN)")
    name = item.group("name")
    if not (in_latin and _family_in_capitals(original) and (_family_in_capitals(name) or _is_persons_name(name))):
        return None
    post = item.group("post")
    return item if post is None or post[:1].islower() else None


def _family_in_capitals(name: str) -> bool:
    """ "Нил О’КИФ", "Neil O’KEEFE": given names, capitalised, then a family name in capitals."""
    *given, family = name.split()
    letters = _NAME_JOINERS.sub("", family)
    return (
        bool(given)
        and _is_persons_name(" ".join(given))
        and len(letters) >= 2
        and letters.isalpha()
        and letters.isupper()
    )


def _drop_places_in_latin_repetition(news: DocumentText, actors: Actors, lines: list[re.Match[str]]) -> None:
    if writes_latin(news):
        return
    names = [
        Span(item.start("name"), item.end("name"))
        for line in lines
        if line.group().rstrip().endswith((",", "."))
        if (item := _LATIN_NAME_ONLY_ITEM.fullmatch(news.text, line.start(), line.end()))
        if _is_listed_name(item.group("name")) and not _is_persons_name(item.group("name"))
    ]
    if len(names) >= _MIN_ROWS:
        actors.known = [
            m for m in actors.known if m.kind not in (Kind.PLACE, Kind.STATE) or not overlaps(m.span, names)
        ]
        actors.organizations = [m for m in actors.organizations if not overlaps(m.span, names)]


def _drop_persons_at(actors: Actors, name: Span) -> None:
    actors.posts = [h for h in actors.posts if not overlaps(h.person.span, [name])]
    actors.persons = [m for m in actors.persons if not overlaps(m.span, [name])]


def _drop_holders_of_opening_post(news: DocumentText, actors: Actors, description: Span) -> None:
    """ "Senior Vice-President, Acme Co": the post a listed person's description opens with is the listed
    person's, so the name after its comma is no holder of it but the body it is held in."""
    comma = news.text.find(",", description.start, description.end)
    if comma < 0:
        return
    wrong = [
        h for h in actors.posts if description.start <= h.span.start < comma < h.person.span.start < description.end
    ]
    for holding in wrong:
        actors.posts.remove(holding)
        if holding.person in actors.persons:
            actors.persons.remove(holding.person)
            actors.organizations.append(organization_mention(news, holding.person.span, Kind.ORGANIZATION))


def _dashed_item(news: DocumentText, main: Span, dash: re.Match[str]) -> tuple[Span, str | None, Span] | None:
    """The name, its original spelling and the description on either side of a dash paragraph, where the
    paragraph before names a person; a bracketed original may be a paragraph of its own."""
    before = _cells(news.text, main.start, dash.start())[-2:]
    after = _cells(news.text, dash.end(), main.end)[:1]
    if not before or not after:
        return None
    name_cell = before[-1]
    if len(before) == 2 and re.fullmatch(r"[(（][^()（）\n]{3,80}[)）]", name_cell.of(news.text)):
        name_cell = Span(before[0].start, name_cell.end)  # "Анна СМИТ\n\n(Anna B. Smith)"
    cell = _NAME_CELL.fullmatch(news.text, name_cell.start, name_cell.end)
    if cell is None:
        return None
    name = Span(cell.start("name"), cell.end("name"))
    written = name.of(news.text)
    if "\n" in written or not 2 <= len(written.split()) <= _MAX_NAME_WORDS or not _is_listed_name(written):
        return None
    return name, cell.group("original"), after[0]


def _writes_latin_cell(news: DocumentText, cell: Span) -> bool:
    """Whether a cell is written in Latin letters in a text written in another script."""
    return not writes_latin(news) and all(c.isascii() for c in cell.of(news.text) if c.isalpha())


def _table_rows(text: str, main: Span) -> list[list[Span]]:
    """The rows of persons of a table printed one cell a paragraph in ``main``: after a row's number, one or
    two paragraphs that are a name (in one script or two), then the one that says what the person is; what
    follows the last row's cells is no part of the table."""
    numbers = list(_ROW_NUMBER.finditer(text, main.start, main.end))
    rows: list[list[Span]] = []
    for number, following in zip(numbers, [*numbers[1:], None][: len(numbers)], strict=True):
        cells = _cells(text, number.end(), following.start() if following else main.end)
        names = 0
        while names < min(_MAX_NAME_CELLS, len(cells) - 1) and (
            _is_table_name(cells[names].of(text)) or _is_wrapped_name(text, cells, names)
        ):
            names += 1
        if names:
            rows.append(cells[: names + 1])
    return rows


def _cells(text: str, start: int, end: int) -> list[Span]:
    """The paragraphs between ``start`` and ``end``, each a cell (its lines joined: a cell may wrap)."""
    cells = []
    for paragraph in re.finditer(r"\S(?:[^\n]|\n(?![ \t]*\n))*", text[start:end]):
        cells.append(Span(start + paragraph.start(), start + paragraph.end()))
    return cells


def _is_wrapped_name(text: str, cells: list[Span], index: int) -> bool:
    """ "Marion\nHale-Worth" above "Марион Хейл-Уорт": a name cell wrapped onto a second line, where the
    row's next cell is the same name in the other script (a wrapped post, "Лейтенант-коммандер\nВоенно-морских
    сил", has no such twin)."""
    if index + 1 >= len(cells) - 1:
        return False
    cell, twin = cells[index].of(text), cells[index + 1].of(text)
    joined = " ".join(cell.split())
    return (
        cell.count("\n") == 1 and _is_table_name(joined) and _is_table_name(twin) and joined.isascii() != twin.isascii()
    )


def _is_table_name(cell: str) -> bool:
    words = cell.split()
    return "\n" not in cell and 2 <= len(words) <= _MAX_NAME_WORDS and _is_listed_name(cell)


#: A comma that may end one post of a description and open the next (not one inside brackets).
_NEXT_POST = re.compile(r",[ \t]+")


def _first_post(news: DocumentText, description: Span) -> Span:
    """The first post of a description that lists several ("президент Канадско-украинской торговой палаты, член
    Совета директоров ...", "commandant des forces terrestres, général"): it ends at the first comma after a
    name, a capitalised word, so that the posts a comma joins before the body's name stay together
    ("президент, генеральный директор и совладелец компании ..."). Where the description opens with a
    capital ("Co-founder and CEO, Open Source Centre"), as English writes posts, or in a script without
    capitals, the whole description stays."""
    description = _past_citizenship(news, description)
    if not news.text[description.start : description.start + 1].islower():
        return description
    for comma in _NEXT_POST.finditer(news.text, description.start, description.end):
        before = news.text[description.start : comma.start()]
        named = any(word.lstrip('«"“(')[:1].isupper() for word in before.split()[1:])
        if named and before.count("(") == before.count(")"):
            return Span(description.start, comma.start())
    return description


def _past_citizenship(news: DocumentText, description: Span) -> Span:
    """A description past the citizenship it opens with ("гражданка США, журналист-фрилансер", "a US citizen,
    freelance journalist"): whose citizen a person is, is no post."""
    comma = _NEXT_POST.search(news.text, description.start, description.end)
    if comma is None:
        return description
    words = {w.casefold() for w in (*news.words("citizenship_words"), *lang.get("en").words("citizenship_words"))}
    first = {w.strip(".,").casefold() for w in news.text[description.start : comma.start()].split()}
    return Span(comma.end(), description.end) if words & first else description


def _latin_body_in(news: DocumentText, actors: Actors, description: Span) -> list[Mention]:
    """ "Эндрю Коутс – менеджер Lockheed Martin Canada": in what a listed person is, in a text in another script,
    a name of two words or more in Latin letters is the body the person works in."""
    if writes_latin(news):
        return []
    kinds = news.words("quoted_name_kinds")
    for match in LATIN_NAME.finditer(news.text, description.start, description.end):
        words = match.group().split()
        before = news.text[description.start : match.start()].split()[-1:]
        # "компании SYPAQ": after a word for a kind of body, one word in capitals is that body's name too
        after_kind = bool(before) and any(
            before[0].casefold().startswith(k.casefold()) for k in kinds if not k.isupper()
        )
        if (len(words) >= 2 and not all(w.isupper() for w in words)) or (after_kind and len(words[0]) > 2):
            body = organization_mention(news, Span(match.start(), match.end()), Kind.ORGANIZATION)
            actors.organizations.append(body)
            return [body]
    return []


def _pack_of_line(news: DocumentText, line: str) -> LanguagePack:
    """The pack to read a line with: a line in Latin letters only, in a text in another script, is the
    English version printed with it ("1. James Byrne, Co-founder ..." after "1. Бирн, Джеймс ..."), whatever
    its punctuation ("Queen’s University": a typographic apostrophe is no letter of another script)."""
    in_latin = all(c.isascii() for c in line if c.isalpha())
    if in_latin and news.derived("persons.mostly_unlatin", lambda: _mostly_unlatin(news.text)):
        return lang.get("en")
    return news.pack


def _mostly_unlatin(text: str) -> bool:
    """Whether most letters of a text are of another script than Latin: counted once a document, not at
    every line that asks."""
    letters = [c for c in text if c.isalpha()]
    latin = sum(1 for c in letters if c.isascii())
    return bool(letters) and latin < len(letters) / 2


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
    if not original or not original.isascii() or not _is_listed_name(original):
        written = name.of(news.text)
        if _is_persons_name(written) or not written.isascii():
            return person_mention(news, name)
        english = _family_name_capitalised(written)  # "Tom KEATINGE", the English line of "Том КИТИНГ (Tom KEATINGE)"
        return person_mention(news, name, key=resolve.minted_key(english), name=english)
    family, comma, given = original.partition(",")
    english = _family_name_capitalised(" ".join(f"{given} {family}".split()) if comma else " ".join(original.split()))
    return person_mention(news, name, key=resolve.minted_key(english), name=english)


#: What joins the parts of a family name: "УОРД-ХОЛЛ", "О’КИФ".
_NAME_JOINERS = re.compile("[-‑'’]")


def _is_listed_name(name: str) -> bool:
    """Whether the name of a list item is a person's: capitalised words, or given names and a family name in
    capitals after them, as sanctions lists write it ("Иэн Роланд ГАРНЕР", "Tom KEATINGE"), where the
    capitals are no acronym the gazetteer knows ("Совет ООН")."""
    if _is_persons_name(name):
        return True
    *given, family = name.split()
    return (
        bool(given)
        and _is_persons_name(" ".join(given))
        and len(family) > 2
        and family.isupper()
        and _NAME_JOINERS.sub("", family).isalpha()
        and resolve.lookup(family) is None
    )


def _family_name_capitalised(name: str) -> str:
    """A name keyed and labelled as a person's is written with capitals only at the start of its words
    ("Tom KEATINGE": "Tom Keatinge"), so that the lines of a list printed in two languages that write it
    either way name one person."""
    return " ".join(w.capitalize() if len(w) > 2 and w.isupper() else w for w in name.split())


def _is_persons_name(name: str) -> bool:
    """Whether capitalised words are a person's name: no word in capitals only ("МИД России"), no digit."""
    words = [w.strip(',«»".') for w in name.split()]
    return all(w and not (len(w) > 1 and w.isupper()) for w in words) and not any(c.isdigit() for c in name)


#: Given names by their initials, then a surname: "JM Tolosa", "A.B. Lindqvist".
_INITIALS_AND_SURNAME = re.compile(r"(?:[A-Z]\.?){2,3}[ \u00a0][A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _is_initials_and_surname(name: str) -> bool:
    """Whether a name before a post is given names by their initials and a surname ("JM Tolosa"), the initials
    no acronym the gazetteer knows ("UN Women")."""
    initials = name.split()[0].replace(".", "")
    return _INITIALS_AND_SURNAME.fullmatch(name) is not None and resolve.lookup(initials) is None


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
        if name_start is None or overlaps(Span(name_start, name_end), taken):
            continue
        person = person_mention(news, Span(name_start, name_end))
        complement = _post_complement(news, actors, span.end)
        if complement.organization is None and not _is_portfolio_post(news, key):
            complement.organization = _body_named_after_link(news, actors, span.end)
        actors.persons.append(person)
        taken.append(person.span)
        actors.posts.append(
            PostHolding(
                span=Span(name_start, max(span.end, complement.end)),
                person=person,
                post=key if _same_words(key, span.of(news.text)) else span.of(news.text),  # "comisionado político"
                post_name=news.mapping("post_names_in_news").get(key) or news.pack.posts.get(key),
                organization=complement.organization,
                state=complement.state,
            )
        )
    actors.persons.sort(key=lambda m: (m.span.start, m.span.end))


def _posts_taken_up(news: DocumentText, actors: Actors) -> None:
    """ "سعيد المراكشي الذي أصبح رئيسا للرابطة", "Ana Ruiz, who became Mayor of Brackenfield": a post the person
    named before took up (``becoming_links``), with its body; in the accusative where the language declines it."""
    links = news.words("becoming_links")
    forms = news.pack.derived("news_posts_in_case", _posts_in_case)
    held = {h.person.span for h in actors.posts}
    for person in [p for p in actors.persons if p.span not in held]:
        at = re.match(r"[ \t]*,?[ \t]*", news.text[person.span.end :])
        start = person.span.end + (at.end() if at else 0)
        link = starts_with_phrase(news.text, start, links, ignore_case=True) if links else None
        post_start = skip_spaces(news.text, start + len(link or ""))
        post = starts_with_phrase(news.text, post_start, forms, ignore_case=True) if link else None
        if not post:
            continue
        post_end = post_start + len(post)
        key = forms[key_of(post, forms)]
        complement = _post_complement(news, actors, post_end)
        if complement.organization is None and not _is_portfolio_post(news, key):
            complement.organization = _body_named_after_link(news, actors, post_end)
        actors.posts.append(
            PostHolding(
                span=Span(person.span.start, max(post_end, complement.end)),
                person=person,
                post=key,
                post_name=news.mapping("post_names_in_news").get(key) or news.pack.posts.get(key),
                organization=complement.organization,
                state=complement.state,
            )
        )


def _posts_in_case(pack: LanguagePack) -> dict[str, str]:
    """The pack's posts as written with each case ending of ``post_case_endings`` ("رئيسا"), to the post."""
    endings = ("", *pack.words("post_case_endings"))
    return {post + ending: post for post in pack.posts for ending in endings}


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
    joiners = name_joiners(news)
    end = previous = start
    for token in iter_tokens(text, start, min(len(text), start + _LONGEST_POST)):
        if text[previous : token.start].strip() or not (token.is_capitalized or token.text in joiners):
            break
        previous = token.end
        if token.is_capitalized:
            end = token.end
    if end == start or not has_case(text, start) or known_place_at(actors, start):
        return None
    return organization_mention(news, Span(start, end), Kind.ORGANIZATION)


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
            if overlaps(name, taken) or not _is_persons_name(name.of(news.text)):
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
            actors.persons.append(person_mention(news, name))
            if not any(m.span == body.span for m in actors.every_organization()):
                actors.organizations.append(body)
            taken.append(name)
    actors.persons.sort(key=lambda m: (m.span.start, m.span.end))
    actors.organizations.sort(key=lambda m: m.span)


#: Two or three capitalised words of Latin letters, each a word of a name ("Jean-Luc Morel", "Lucía Prado").
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
_BARE_NAME = re.compile(rf"(?<![\w'’-]){_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{1,2}}(?![\w'’-])")


def _persons_named_bare(news: DocumentText, actors: Actors) -> None:
    """ "rappelle Jean-Luc Morel", "Lucía Prado sigue ...": a full name with no post or honorific, where names
    have capitals: two or three capitalised words that name nothing known, none of them a word of a body, an
    instrument, a post or a date, told as the one who speaks (next to a verb of ``attribution_verbs``) or named
    twice, once at least inside a sentence (not only as its capitalised first words)."""
    if news.language not in _BARE_NAME_LANGUAGES:
        return
    taken = [m.span for m in [*actors.all_mentions(), *actors.persons]]
    found: dict[str, list[Span]] = {}
    for main in news.main_spans:
        for match in _BARE_NAME.finditer(news.text, main.start, main.end):
            span = Span(match.start(), match.end())
            if not overlaps(span, taken) and _may_be_bare_name(news, span):
                found.setdefault(match.group(), []).append(span)
    for spans in found.values():
        if any(_listed_with_a_place(news, actors, s) for s in spans):
            continue  # "entre México y | Costa Dorada": a name listed with a place is a place's, wherever it stands
        inside = [s for s in spans if not _opens_sentence(news.text, 0, s.start)]
        if (len(spans) >= 2 and inside) or any(_next_to_attribution(news, s) for s in spans):
            actors.persons.extend(person_mention(news, s) for s in spans)
    actors.persons.sort(key=lambda m: (m.span.start, m.span.end))


def _listed_with_a_place(news: DocumentText, actors: Actors, span: Span) -> bool:
    """Whether a conjunction joins ``span`` to a known state or place, before it or after it."""
    conjunctions = news.words("list_conjunctions")
    before = re.search(r"[ \t]+(\S+)[ \t]+$", news.text[max(0, span.start - 20) : span.start])
    if before and before.group(1) in conjunctions:
        place_end = span.start - len(before.group())
        if any(m.span.end == place_end and m.kind in (Kind.PLACE, Kind.STATE) for m in actors.known):
            return True
    after = re.match(r"[ \t]+(\S+)[ \t]+", news.text[span.end : span.end + 20])
    if not (after and after.group(1) in conjunctions):
        return False
    article = starts_with_phrase(news.text, span.end + after.end(), news.words("name_articles"), ignore_case=True)
    place = span.end + after.end() + len(article or "")
    return known_place_at(actors, skip_spaces(news.text, place)) is not None


#: Languages whose news writes persons' names in capitals and whose packs list the words checked below.
_BARE_NAME_LANGUAGES = frozenset({"es", "fr"})


def _may_be_bare_name(news: DocumentText, span: Span) -> bool:
    """Whether no word of ``span`` opens or heads something else (an article, a preposition, a body, an instrument,
    a post, a month), nor stands right before it, and the words name no known entity or body."""
    not_names = news.pack.derived("news_not_name_words", _not_name_words)
    if any(word.casefold() in not_names for word in span.of(news.text).split()):
        return False
    before = news.text[max(0, span.start - 30) : span.start].split()[-1:]
    articles = {w.casefold() for w in news.words("name_articles")}
    if before and (before[0].casefold() in articles or body_word(news, before[0])):
        return False  # "la alianza | Futuro Común", "de la | Terre International": a body's name
    if resolve.find_mentions(news.text, news.language, start=span.start, end=span.end):
        return False
    return _is_persons_name(span.of(news.text)) and not _names_a_body(news, span)


def _not_name_words(pack: LanguagePack) -> frozenset[str]:
    words = [
        *pack.words("articles"), *pack.words("list_articles"), *pack.words("name_stops"),
        *pack.words("event_name_stops"), *pack.honorifics, *pack.organization_heads, *pack.posts, *pack.months,
        *pack.extra.get("capitalised_instrument_heads", {}), *pack.extra.get("body_words", {}),
        *pack.words("prepositions"),
    ]  # fmt: skip
    return frozenset(w.casefold() for phrase in words for w in phrase.split())


def _next_to_attribution(news: DocumentText, span: Span) -> bool:
    """ "explique Paul Morel", "dijo Ana Ruiz", "Ana Ruiz dijo": a name right after or before a verb of saying."""
    verbs = news.words("attribution_verbs")
    before = news.text[max(0, span.start - 40) : span.start].rstrip(" ,")
    after = news.text[span.end : span.end + 40].lstrip(" ,")
    return before.casefold().endswith(tuple(f" {v.casefold()}" for v in verbs)) or after.casefold().startswith(
        tuple(f"{v.casefold()} " for v in verbs)
    )


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


def _capitalised_name_before(news: DocumentText, words: list[Token]) -> list[Token]:
    """The capitalised words that end ``words``, last first, through a surname's particle where a given name and a
    surname stand before it ("Marta Ruiz | de | Olano"), not where one word does ("Gómez | de Olano")."""
    particles = {p for phrase in news.words("surname_particles") for p in phrase.split()}
    name: list[Token] = []
    pending: list[Token] = []  # particles met, kept once capitalised words precede them
    for word in reversed(words):
        if (name or pending) and news.text[word.end : (pending or name)[-1].start] not in (" ", "\u00a0"):
            break
        if word.is_capitalized:
            name.extend(pending)
            pending = []
            name.append(word)
        elif name and word.text in particles:
            pending.append(word)
        else:
            break
    if pending:
        return name
    particle_at = next((i for i, w in enumerate(name) if not w.is_capitalized), None)
    if particle_at is not None and len(name) - particle_at - 1 < 2:
        return name[:particle_at]  # "Gómez de | Olano": a particle after one word only joins no name
    return name


def _name_start_before(news: DocumentText, end: int) -> int | None:
    """Where the person's name that ends at ``end`` starts, or None where the words before are no name."""
    line_start = news.text.rfind("\n", 0, end) + 1
    words = list(iter_tokens(news.text, line_start, end))[-_MAX_NAME_BEFORE_POST - 1 :]
    if len(words) < 2 or words[-1].end != end:
        return None
    if not has_case(news.text, words[-1].start):
        given, family = words[-2], words[-1]
        articles = news.words("articles")
        stops = set(news.words("name_stops"))
        if not articles or given.text.startswith(articles) or {given.text, family.text} & stops:
            return None
        if news.text[given.end : family.start] != " ":
            return None
        return given.start
    name = _capitalised_name_before(news, words)
    written = news.text[name[-1].start : end] if name else ""
    if len(name) < 2 or len(name) > _MAX_NAME_BEFORE_POST:
        return None
    if not (_is_persons_name(written) or _is_initials_and_surname(written)):
        return None
    first = name[-1]
    openers = {w.casefold() for w in (*news.words("name_articles"), *news.words("name_stops"),
                                      *news.words("place_prepositions"))}  # fmt: skip
    if first.text.casefold() in openers or resolve.find_mentions(news.text, news.language, start=first.start, end=end):
        return None  # "La Via Campesina", "Costa Rica": an article or a known name, no person
    return first.start
