"""Instruments cited in news and government texts: by official number, or by name.

* By number: ``extra["instrument_number"]`` is the pattern of a national
  number (``402/QĐ-TTg``, ``69/2020/QH14``); the head word before it
  ("Quyết định số") gives the kind, else the number's type code does
  (``extra["instrument_type_codes"]``: QĐ → decision); the issuer code
  (``extra["issuer_codes"]``: TTg → Prime Minister) names the issuer when the
  text does not ("... của Thủ tướng Chính phủ" names it, and wins); a date
  after it ("ngày 20/3/2020") is the instrument's.
* By name: a head word of ``extra["instrument_heads"]`` ("Luật", "Hồ sơ")
  followed by a capitalised word opens a name that runs to a stop word
  (see :mod:`kg.finders.names`), or a quoted name ("Dự án “...”"); a
  name defined by its short form in brackets ("Thỏa thuận toàn cầu về Di cư
  hợp pháp, an toàn và trật tự (Thỏa thuận GCM)") runs from its head word to
  the bracket, commas and all.
* Where a language names before the head (``extra["heads_after_names"]``:
  "移民水平计划"), the name runs back to a word that opens it; a work's title
  that ends with a head ("《出境入境管理法》") is one; a lower-case head names
  by its topic ("tratado global sobre comercio de armas").
* Unnamed, adopted: "欧洲议会……通过决议", "adopted a resolution": the
  sentence's subject is the issuer, one instrument per kind and issuer.
* A name that defines acronyms as it goes ("(CHXHCN)") runs past them, and is
  keyed by its short form, so that both forms are one instrument.
* A draft: a name after a draft marker ("dự thảo Luật ...") is a
  ``draft-<kind>`` ("draft-law"), the way a UN draft is a "draft-resolution",
  where the ontology has that class; until it does, the plain kind, and
  :func:`is_draft` and a warning of the extraction tell the draft apart.
* Kinds are the ontology's: what a language calls a directive or a plan
  falls under the nearest class the ontology has (:func:`kg.model.ontology_kind`).
* Known instruments (the Global Compact ...) come from the resolution layer.

One :class:`~kg.model.Citation` per instrument (its first mention); every
mention is kept in :attr:`Instruments.mentions`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from itertools import pairwise

from kg import ontology, resolve
from kg.finders.actors import Actors
from kg.finders.dates import find_dates
from kg.finders.names import capitalised_words_end, name_end, overlaps, title_rules
from kg.finders.persons import state_adjectives
from kg.finders.resolutions import (
    COUNCIL_NUMBER,
    RESOLUTION_SERIES,
    ROMAN_NUMBER,
    SLASH_NUMBER,
    council_symbol,
    kind_of_symbol,
    resolution_readings,
    resolution_symbol,
    roman_symbol,
    special_session_symbol,
)
from kg.finders.text import (
    DocumentText,
    Token,
    find_phrases,
    key_of,
    opens_name,
    phrase_pattern,
    skip_spaces,
    starts_with_phrase,
    tokens,
)
from kg.lang.base import LanguagePack
from kg.model import INSTRUMENT_KINDS, Citation, Kind, Mention, Span, ontology_kind
from kg.resolve.gazetteer import council_resolution_years
from kg.text.normalize import fold_digits
from kg.text.patterns import phrases_alternation
from kg.text.quotes import QUOTATION_MARKS
from kg.text.symbols import find_symbols

__all__ = ["Instruments", "find_instruments", "instruments_named", "is_draft", "issuer_from_number"]

#: Kinds of instrument known by the year of their adoption ("Luật ... 2020"),
#: unlike editions of a title ("Hồ sơ Di cư Việt Nam 2023").
_DATED_BY_TRAILING_YEAR = frozenset({Kind.LAW})
_TRAILING_YEAR = re.compile(r"\s+((?:18|19|20|21)\d\d)$")


@dataclass
class Instruments:
    citations: list[Citation] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    issuers: dict[Span, Mention] = field(default_factory=dict)  # the issuer of a numbered instrument, by its span
    # the body that adopts or signs an instrument the text leaves unnamed ("通过一项决议"), by its span: no decision
    # whose tasks its issuer gives, as a numbered instrument's issuer is
    adopters: dict[Span, Mention] = field(default_factory=dict)

    def in_span(self, span: Span) -> list[Mention]:
        return [m for m in self.mentions if span.start <= m.span.start and m.span.end <= span.end]


def find_instruments(news: DocumentText, actors: Actors) -> Instruments:
    found = Instruments()
    numbered = _numbered(news, actors, found)
    international = _un_resolutions(news, actors, [m.span for m in numbered])
    international += _numbered_conventions(news, actors, [m.span for m in [*numbered, *international]])
    numbered += _numbered_after_heads(news, actors, found, [m.span for m in [*numbered, *international]])
    international += _printed_symbols(news, [m.span for m in [*numbered, *international]])
    _signers(news, actors, found, numbered)
    numbered += international
    # A name the resolver knows as an actor is no instrument: "Chương trình Phát triển Liên hợp quốc" is UNDP.
    actors_known = [m.span for m in actors.known if m.kind not in INSTRUMENT_KINDS]
    # nor is a name that ends inside an actor's: "北大西洋公约" of "北大西洋公约组织" (NATO)
    named = [
        m
        for m in _named(news, [m.span for m in numbered])
        if not _covered(m.span, actors_known) and not _ends_inside(m.span, actors_known)
    ]
    # "Déclaration de Thierry Kuhn": what a person says is no instrument
    named = [m for m in named if not overlaps(m.span, [person.span for person in actors.persons])]
    named = [m for m in named if not _named_by_its_author(m, actors)]
    known = [m for m in actors.known if m.kind in INSTRUMENT_KINDS]
    taken = [m.span for m in [*known, *numbered, *named]]
    adopted = _adopted_unnamed(news, actors, found, taken)
    mentions = _named_with_number(news, _without_overlaps([*known, *numbered, *named, *adopted]), found)
    mentions = _one_key_for_short_forms(mentions)
    found.mentions = mentions
    found.citations = [
        replace(citation, issuer=found.issuers.get(citation.mention.span) or found.adopters.get(citation.mention.span))
        for citation in _one_citation_per_instrument(news, mentions)
    ]
    return found


def instruments_named(news: DocumentText, taken: list[Span]) -> list[Mention]:
    """The instruments a text names around a head word (the rules :func:`find_instruments` reads names by), outside
    ``taken``: for a builder that reads numbers and known names its own way (UN documents)."""
    return _named(news, taken)


#: How far into a declaration's name its author may start: past the head word ("إعلان", "Declaration by the").
_AUTHOR_REACH = 20


def _named_by_its_author(mention: Mention, actors: Actors) -> bool:
    """ "إعلان المنظمة المغربية لحقوق الإنسان:", "Déclaration de l'UNICEF": a declaration whose name is only the body
    that makes it is that body's statement, not an instrument; "إعلان الأمم المتحدة بشأن المدافعين" names more."""
    if mention.kind != Kind.DECLARATION:
        return False
    return any(
        mention.span.start < actor.span.start <= mention.span.start + _AUTHOR_REACH
        and actor.span.end >= mention.span.end
        for actor in actors.every_organization()
    )


def _named_with_number(news: DocumentText, mentions: list[Mention], found: Instruments) -> list[Mention]:
    """ "Luật Tổ chức Chính phủ số 63/2025/QH15": a name, the number word, a number is one instrument, keyed
    by its number and named by the whole (not a law of that name and a law of that number)."""
    words = news.words("instrument_number_word")
    merged: list[Mention] = []
    numbered_names: dict[str, Mention] = {}
    for mention in mentions:
        previous = merged[-1] if merged else None
        if previous is not None and previous.key is None and mention.key is not None:
            between = news.text[previous.span.end : mention.span.start]
            if " ".join(between.split()).casefold() in {w.casefold() for w in words}:
                span = Span(previous.span.start, mention.span.end)
                if mention.span in found.issuers:
                    found.issuers[span] = found.issuers.pop(mention.span)
                merged[-1] = replace(mention, span=span, text=span.of(news.text))
                numbered_names[_folded_name(previous.text)] = merged[-1]
                continue
        merged.append(mention)
    # "... quy định chi tiết một số điều của Luật Quản lý ngoại thương": the same name alone is the same law
    return [
        replace(m, key=numbered_names[_folded_name(m.text)].key, kind=numbered_names[_folded_name(m.text)].kind)
        if m.key is None and _folded_name(m.text) in numbered_names
        else m
        for m in merged
    ]


def _one_key_for_short_forms(mentions: list[Mention]) -> list[Mention]:
    """A name that defines acronyms as it goes ("... nước Cộng hòa Xã hội Chủ nghĩa (CHXHCN) Việt Nam ...") and the
    same name written with them ("... nước CHXHCN Việt Nam ...") are one instrument, keyed by the short form."""
    short_forms = {
        _folded_name(short): " ".join(short.split())
        for m in mentions
        if m.key is None and (short := _short_form(m.text)) != m.text
    }
    return [
        replace(m, key=short_forms[_folded_name(_short_form(m.text))])
        if m.key is None and _folded_name(_short_form(m.text)) in short_forms
        else m
        for m in mentions
    ]


#: An acronym in brackets after the words it stands for: "Cộng hòa Xã hội Chủ nghĩa (CHXHCN)".
_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-ZĐ]{2,})\)")
#: How far before its bracket an acronym's words may be sought.
_ACRONYM_REACH = 200


def _acronym_words(text: str, bracket: int, acronym: str) -> tuple[int, int] | None:
    """The span of the words an acronym stands for, their initials its letters, ending right before its bracket or
    one word before it ("Cộng hòa Dân chủ Nhân dân Lào (CHDCND)": the state's name stays after the acronym)."""
    offset = max(0, bracket - _ACRONYM_REACH)
    words = list(re.finditer(r"[^\W\d_]+", text[offset:bracket]))
    for skipped in (0, 1):
        run = words[len(words) - len(acronym) - skipped : len(words) - skipped]
        if len(run) == len(acronym) and all(_same_letter(w.group()[0], a) for w, a in zip(run, acronym, strict=True)):
            return offset + run[0].start(), offset + run[-1].end()
    return None


def _same_letter(initial: str, letter: str) -> bool:
    base = unicodedata.normalize("NFD", initial)[0].upper()
    return initial.upper() == letter or base == letter or (initial in "đĐ" and letter == "D")


def _short_form(name: str) -> str:
    """A name with the words of each acronym it defines replaced by the acronym:
    "Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào (CHDCND)" → "Chính phủ nước CHDCND Lào"."""
    for match in reversed(list(_BRACKETED_ACRONYM.finditer(name))):
        words = _acronym_words(name, match.start(), match[1])
        if words is not None:
            skipped = name[words[1] : match.start()]
            name = name[: words[0]] + match[1] + skipped + name[match.end() :]
    return name


def _past_acronyms(news: DocumentText, end: int, limit: int) -> int:
    """A name runs past the acronyms it defines, to the words after them: "... Cộng hòa Xã hội Chủ nghĩa | (CHXHCN)
    Việt Nam"."""
    while (match := _BRACKETED_ACRONYM.match(news.text, end, limit)) and _acronym_words(
        news.text, match.start(), match[1]
    ):
        end = match.end()
        following = skip_spaces(news.text, end, limit)
        if following < limit and opens_name(news.text[following]):
            end = max(end, name_end(news, following, limit, title_rules(news)))
    return end


def _folded_name(text: str) -> str:
    return " ".join(text.split()).casefold()


def _covered(span: Span, others: list[Span]) -> bool:
    return any(other.start <= span.start and span.end <= other.end for other in others)


def _ends_inside(span: Span, others: list[Span]) -> bool:
    return any(other.start < span.end < other.end for other in others)


def issuer_from_number(number: str, news: DocumentText) -> str | None:
    """The English name of the issuer a national number's code gives ("402/QĐ-TTg" → "Prime Minister")."""
    found = _issuer_code(number, news)
    return news.mapping("issuer_codes")[found[0]] if found else None


def _issuer_code(number: str, news: DocumentText) -> tuple[str, int] | None:
    """The issuer code in a number and where it starts in it: ("TTg", 7) for "402/QĐ-TTg"."""
    codes = news.mapping("issuer_codes")
    for part in reversed(list(re.finditer(r"[^/-]+", number))):
        code = part.group().rstrip("0123456789")
        if code in codes:
            return code, part.start()
    return None


def _issuer_in_number(news: DocumentText, mention: Mention) -> Mention | None:
    """The issuer as its code in the number: "TTg" in "402/QĐ-TTg" names the Prime Minister.

    A post when the pack lists the name among its posts ("Prime Minister"), an agency otherwise.
    """
    found = _issuer_code(mention.key or "", news)
    if found is None:
        return None
    code, offset = found
    start = mention.span.end - len(mention.key or "") + offset
    name = news.mapping("issuer_codes")[code]
    kind = Kind.POST if name in news.pack.posts.values() else Kind.GOVERNMENT_AGENCY
    scope = news.home_state
    span = Span(start, start + len(code))
    # "CP" is the body the text also names in full ("Chính phủ"): one entity, keyed as that name is.
    written = next(
        (words for words, english in news.mapping("standalone_organizations").items() if english == name), None
    )
    key = resolve.minted_key(written, scope) if written and kind == Kind.GOVERNMENT_AGENCY else None
    if kind == Kind.GOVERNMENT_AGENCY and key is None:
        # "BNG" in "12/QĐ-BNG" is the Ministry of Foreign Affairs the gazetteer knows by its name and state
        known = resolve.lookup(resolve.named_with_state(name, scope) or name, "en", kind)
        key = known.key if known else None
    return Mention(span, span.of(news.text), kind, key=key, scope=scope, name=name)


def kind_from_number(number: str, news: DocumentText) -> str | None:
    codes = news.mapping("instrument_type_codes")
    for part in re.split(r"/", number)[1:]:
        for code in (part, part.split("-")[0], part.rstrip("0123456789")):
            if code in codes:
                return codes[code]
    return None


# --- by number ------------------------------------------------------------------------------


def _numbered(news: DocumentText, actors: Actors, found: Instruments) -> list[Mention]:
    pattern = news.extra.get("instrument_number")
    if not isinstance(pattern, str):
        return []
    mentions = []
    for main in news.main_spans:
        for match in re.finditer(pattern, news.text[: main.end]):
            if match.start() < main.start:
                continue
            mention = _numbered_mention(news, match)
            mentions.append(mention)
            issuer = _written_issuer(news, actors, mention.span.end) or _issuer_in_number(news, mention)
            if issuer:
                found.issuers[mention.span] = issuer
    return mentions


def _numbered_after_heads(news: DocumentText, actors: Actors, found: Instruments, taken: list[Span]) -> list[Mention]:
    """Numbers a head word and a number word announce, where numbers alone say nothing of their kind:
    "القانون رقم 82 لسنة 2016", "Real Decreto 1155/2024", "décret n° 2024-123", "Executive Order No. 42".

    The key is the number with the year a link gives ("82/2016").
    """
    pattern = news.pack.derived("news.numbered_after_heads", _numbered_after_heads_pattern)
    heads = news.mapping("instrument_number_heads")
    mentions = []
    for main in news.main_spans:
        for match in pattern.finditer(news.text, main.start, main.end) if pattern else ():
            span = Span(match.start(), match.end())
            if overlaps(span, taken):
                continue
            number = fold_digits(match["number"] + (f"/{match['year']}" if match["year"] else ""))
            head = key_of(match["head"], heads)
            kind = ontology_kind(heads[head])
            key = _headed_key(news, head, number)
            mentions.append(Mention(span=span, text=span.of(news.text), kind=kind, key=key))
            issuer = _issuer_named_before_number(actors, match) or _written_issuer(news, actors, span.end)
            if issuer:
                found.issuers[span] = issuer
    return mentions


def _headed_key(news: DocumentText, head: str, number: str) -> str:
    """The key of an instrument named by head and number: the number where it says more than a count
    ("1155/2024", "2024-123"), else the head (or its short form) and the number ("Republic Act No. 42",
    "EO 42"), so that an executive order and a republic act of one number are two instruments.

    >>> from kg.lang import get
    >>> from kg.model import Document
    >>> news = DocumentText(Document(source="x", text="", language="en"), get("en"))
    >>> _headed_key(news, "Executive Order", "42"), _headed_key(news, "E.O.", "42")
    ('EO 42', 'EO 42')
    >>> _headed_key(news, "Republic Act", "42"), _headed_key(news, "Republic Act", "11641/2022")
    ('Republic Act No. 42', '11641/2022')
    """
    if not number.isdigit():
        return number
    short = news.mapping("instrument_head_abbreviations").get(head)
    if short:  # "Executive Order No. 42", "EO 42": the short form the pack keys the head by
        return f"{short} {number}"
    number_word = next(iter(news.words("instrument_number_word")), "")
    return " ".join(part for part in (head, number_word, number) if part)


def _issuer_named_before_number(actors: Actors, match: re.Match[str]) -> Mention | None:
    """The actor the words between the head and the number word name: "قرار | مجلس الوزراء | رقم"."""
    if not match["by"]:
        return None
    start, end = match.start("by"), match.end("by")
    candidates = [*actors.post_mentions, *actors.organizations, *actors.known]
    return next((m for m in candidates if m.span.start == start and m.span.end <= end), None)


def _numbered_after_heads_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    heads = pack.extra.get("instrument_number_heads", {})
    if not heads:
        return None
    number_words = pack.words("instrument_number_word")
    links = pack.words("instrument_year_links")
    year = rf"(?:,?\s+(?:{phrases_alternation(links)})\s+(?P<year>\d{{4}})(?!\d))?" if links else "(?P<year>(?!))?"
    # Where the number word is written, the issuer may stand before it: "постановление правительства № 1523",
    # "قرار مجلس الوزراء رقم 412", "Указ Президента Российской Федерации № 875".
    by = rf"(?:(?P<by>{_WORD}(?:\s+{_WORD}){{0,{_MAX_ISSUER_WORDS - 1}}})\s+)?"
    number_word = rf"(?:{by}(?:{phrases_alternation(number_words)})\s*)?" if number_words else ""
    # "66.17", "2.57.1256": where laws are numbered with stops (number and year), the stops are the number's
    return re.compile(
        rf"(?<!\w)(?P<head>{phrases_alternation(heads)})\s+{number_word}"
        rf"(?P<number>(?:[^\W\d_]{{1,2}}/)?\d{{1,5}}(?:[/-]\d{{1,5}}|(?:\.\d{{1,5}}){{1,2}})?(?:-[^\W\d_]{{1,4}})?)"
        rf"(?![\w/-]|\.\d){year}",
        re.IGNORECASE,
    )


#: A word that may name an issuer: letters, a hyphen inside ("премьер-министра").
_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
#: How many words may name an issuer between an instrument's head and its number word.
_MAX_ISSUER_WORDS = 4


def _numbered_mention(news: DocumentText, match: re.Match[str]) -> Mention:
    number = "".join(match.group().split())  # a number typed with a space inside ("31/2015/TT- BYT") is one key
    start, kind = _head_before(news, match.start())
    kind = ontology_kind(kind or kind_from_number(number, news) or Kind.INSTRUMENT)
    return Mention(span=Span(start, match.end()), text=news.text[start : match.end()], kind=kind, key=number)


def _head_before(news: DocumentText, position: int) -> tuple[int, str | None]:
    """The head word and number word before a number ("Quyết định số "), as (start, kind)."""
    heads = news.mapping("instrument_heads")
    number_words = "|".join(re.escape(w) for w in news.words("instrument_number_word")) or "(?!)"
    names = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) or "(?!)"
    window_start = max(0, position - 40)
    match = re.search(rf"({names})\s+(?:(?:{number_words})\s+)?$", news.text[window_start:position])
    if not match:
        return position, None
    return window_start + match.start(), heads[match.group(1)]


#: How far after an issuer link ("signed by") the issuer's mention may start, past words of its post.
_ISSUER_REACH = 30


def _written_issuer(news: DocumentText, actors: Actors, position: int) -> Mention | None:
    """The issuer written after an instrument: "... ngày 20/3/2020 của Thủ tướng Chính phủ"."""
    window = news.text[position : position + 40]
    dates = find_dates(window, news.pack)
    if dates and window[: dates[0].span.start].strip(" ,") not in _date_links(news):
        dates = []
    start = skip_spaces(news.text, position + (dates[0].span.end if dates else 0))
    if news.text.startswith((",", "،"), start):  # "Executive Order No. 42, signed by President ..."
        start = skip_spaces(news.text, start + 1)
    link = starts_with_phrase(news.text, start, news.words("issuer_links"))
    if not link:
        return None
    target = skip_spaces(news.text, start + len(link))
    article = starts_with_phrase(news.text, target, news.words("issuer_prefixes"))
    if article and (article[-1] in "'’" or news.text[target + len(article) : target + len(article) + 1].isspace()):
        target = skip_spaces(news.text, target + len(article))  # "signé par | le | Premier ministre"
    candidates = [*actors.post_mentions, *actors.organizations, *actors.known, *actors.persons]
    exact = next((m for m in candidates if m.span.start == target), None)
    if exact is not None:
        return exact
    # "signed by Executive Secretary | Lucas Bersamin": a holder after a post no rule read whole
    later = sorted((m for m in candidates if target < m.span.start <= target + _ISSUER_REACH), key=lambda m: m.span)
    first = later[0] if later else None
    words = news.text[target : first.span.start].split() if first else []
    return first if first and all(word[0].isupper() for word in words) else None


# --- UN resolutions and numbered conventions ------------------------------------------------------------

#: The resolution numbers prose writes after a word for "resolution": "2730 (2024)", "217 A (III)", "73/195"
#: (:mod:`kg.finders.resolutions`), or, where the sentence names the Security Council, a number alone.
_BARE_NUMBER = r"(?P<bare>\d{3,4})(?![\d/]|[.,]\d|\s*[(（])"
#: A session and a number joined by a hyphen, as the press may write a Human Rights Council resolution
#: ("résolution 26-9"): read only where the text names the body that adopted it.
_HYPHEN_NUMBER = r"(?P<hyphen_first>\d{1,2})-(?P<hyphen_second>\d{1,3})(?![\d/-])"
_RESOLUTION_NUMBER = rf"(?:{COUNCIL_NUMBER}|{ROMAN_NUMBER}|{SLASH_NUMBER}|{_HYPHEN_NUMBER}|{_BARE_NUMBER})"
#: How far before or after a resolution's word the body that adopted it may be named.
_BODY_REACH = 60
#: The words a body's name may leave between itself and a number ("de l'", "du", "de la").
_SHORT_WORDS = re.compile(r"(?:\s*[^\W\d_]{1,3}['’]?)*\s*")
#: Bodies whose conventions are numbered, by the resolver's key, with the prefix of a convention's key:
#: "ILO Convention No. 190" is ILO-C190, whatever language names it.
_NUMBERED_CONVENTIONS = {"ILO": "ILO-C"}


def _un_resolutions(news: DocumentText, actors: Actors, taken: list[Span]) -> list[Mention]:
    """UN resolutions cited by number: "résolution 2730 (2024)", "القرار 73/195", "第2728(2024)号决议".

    Keyed as the UN builder keys them: a number with a year is the Security Council's (S/RES/2730(2024)),
    a session and a number the General Assembly's (A/RES/73/195) or that of the body named with it (A/HRC/...),
    a number alone the Security Council's where the sentence names the Council and its year is known
    (see :func:`kg.resolve.gazetteer.council_resolution_years`). A General Assembly number alone is of a
    session before 1976, whose roman numeral the text does not give ("联合国大会第2758号决议" is 2758 (XXVI)):
    not keyed by rule; the gazetteer knows the famous ones by name.
    """
    pattern = news.pack.derived("news.un_resolutions", _un_resolution_pattern)
    if pattern is None:
        return []
    bodies = [m for m in actors.known if m.kind == Kind.UN_BODY]
    mentions = []
    for main in news.main_spans:
        for match in pattern.finditer(news.text, main.start, main.end):
            span = Span(match.start(), match.end())
            if overlaps(span, taken):
                continue
            body = _body_of_resolution(news, bodies, match)
            if body is False:
                continue
            key = body.key if isinstance(body, Mention) else None
            symbol = _resolution_symbol(news, match, key)
            while symbol is not None:
                mentions.append(Mention(span=span, text=span.of(news.text), kind=Kind.RESOLUTION, key=symbol))
                # "resolutions 2728 (2024) and 2730 (2024)": each number of the list, of the same body
                item = _next_in_list(news, span.end, main.end) if not match.groupdict().get("suffix") else None
                if item is None:
                    break
                span, symbol = Span(item.start("number"), item.end()), _resolution_symbol(news, item, key)
    return mentions


def _next_in_list(news: DocumentText, position: int, end: int) -> re.Match[str] | None:
    """The next number of a list of resolutions, after a comma or a conjunction ("and 2730 (2024)", "و2730")."""
    pattern = news.pack.derived(
        "news.resolution_list_item",
        lambda pack: re.compile(
            rf"(?:\s*[,،、]\s*(?:(?:{phrases_alternation(pack.words('list_conjunctions')) or '(?!)'})\s*)?"
            rf"|\s+(?:{phrases_alternation(pack.words('list_conjunctions')) or '(?!)'})\s*)"
            rf"(?P<number>{_RESOLUTION_NUMBER})",
            re.IGNORECASE,
        ),
    )
    return pattern.match(news.text, position, end)


def _un_resolution_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    """After a word for "resolution" ("résolution 2730 (2024)"), or, where a language marks the number by a
    suffix, before it ("第2728(2024)号决议")."""
    return _numbered_pattern(pack, "resolution_words", "resolution_suffixes", _RESOLUTION_NUMBER)


def _numbered_pattern(pack: LanguagePack, words_key: str, suffixes_key: str, number: str) -> re.Pattern[str] | None:
    """A word and its number ("Convenio 190", "résolution 2730 (2024)"), or, where a language marks the
    number by a suffix, the number before it ("第190号公约")."""
    words, suffixes = pack.words(words_key), pack.words(suffixes_key)
    if suffixes:
        return re.compile(rf"第?\s*{number}\s*(?P<suffix>{phrases_alternation(suffixes)})")
    if not words:
        return None
    number_words = pack.words("instrument_number_word")
    number_word = rf"(?:(?:{phrases_alternation(number_words)})\s*)?" if number_words else ""
    # The body may stand between the word and its number: "قرار مجلس الأمن رقم 2728", "résolution du Conseil".
    between = r"(?:(?P<between>[^\W\d_][^\d.;:!?。\n]{0,60}?)\s+)??"
    return re.compile(rf"(?<!\w)(?:{phrases_alternation(words)})\s+{between}{number_word}{number}", re.IGNORECASE)


def _body_of_resolution(news: DocumentText, bodies: list[Mention], match: re.Match[str]) -> Mention | bool | None:
    """The UN body a resolution's number belongs to, as the text names it; False where the words between
    the word for "resolution" and its number name no body (they are no citation)."""
    groups = match.groupdict()
    if groups.get("between"):
        start, end = match.start("between"), match.end("between")
        inside = [b for b in bodies if start <= b.span.start and b.span.end <= end]
        if (
            not inside
            or not _SHORT_WORDS.fullmatch(news.text[start : inside[0].span.start])
            or not _SHORT_WORDS.fullmatch(news.text[inside[-1].span.end : end])
        ):
            return False
        return inside[-1]
    before = [b for b in bodies if 0 <= match.start() - b.span.end <= _BODY_REACH]
    if before and re.fullmatch(r"\s*(?:['’]s)?\s*(?:第)?", news.text[before[-1].span.end : match.start()]):
        return before[-1]  # "Security Council resolution 2532 (2020)", "联合国大会第2758号决议"
    number_end = match.start("suffix") if groups.get("suffix") else match.end()
    after = [b for b in bodies if 0 <= b.span.start - number_end <= _BODY_REACH]
    if after and _SHORT_WORDS.fullmatch(news.text[number_end : after[0].span.start]):
        return after[0]  # "resolución 73/195 de la Asamblea General"
    sentence = news.sentence_of(match.start())
    if sentence is not None:  # "دعا مجلس الأمن إلى ... تنفيذ القرار 2728": the Council the sentence names
        named = [b for b in bodies if sentence.start <= b.span.start and b.span.end <= sentence.end]
        if len({b.key for b in named}) == 1:
            return named[0]
    return None


def _resolution_symbol(news: DocumentText, match: re.Match[str], body: str | None) -> str | None:
    """The symbol of a resolution number, in the canonical form (:mod:`kg.finders.resolutions`)."""
    series = RESOLUTION_SERIES.get(body or "", "A") if body != "SC" else "A"
    if match["council"]:
        return council_symbol(int(match["council"]), match["year"])
    if match["roman"]:
        return roman_symbol(series, int(match["roman_number"]), match["letter"] or "", match["roman"])
    if match["hyphen_first"]:
        hyphened = resolution_readings(int(match["hyphen_first"]), int(match["hyphen_second"]))
        return resolution_symbol(hyphened[0], series) if hyphened and body is not None else None
    if match["first"] and match["special"]:
        return special_session_symbol(series, match["special"], int(match["first"]), int(match["second"]))
    if match["first"]:
        readings = resolution_readings(int(match["first"]), int(match["second"]))
        if not readings or (readings[0].year is not None and body != "ECOSOC"):
            return None  # "Resolución 12/2024" of a ministry: a year is ECOSOC's only where the text names it
        return resolution_symbol(readings[0], series)
    if body != "SC":
        return None
    number = int(match["bare"])
    year = _council_year(news, number)
    return council_symbol(number, year) if year else None


#: A Security Council number with its year, not the tail of another number or of a symbol.
_COUNCIL_NUMBER_WRITTEN = re.compile(rf"(?<![\d/.]){COUNCIL_NUMBER}")


def _council_year(news: DocumentText, number: int) -> int | None:
    """The year of a Security Council resolution: as the text gives it elsewhere ("2728 (2024)"), or as
    the gazetteer's resolutions of known years place it."""
    written = (m for m in _COUNCIL_NUMBER_WRITTEN.finditer(fold_digits(news.text)) if m["council"] == str(number))
    first = next(written, None)
    if first:
        return int(first["year"])
    for (low, low_year), (high, high_year) in pairwise(council_resolution_years()):
        if low <= number <= high and low_year == high_year:
            return low_year
    return None


def _numbered_conventions(news: DocumentText, actors: Actors, taken: list[Span]) -> list[Mention]:
    """Conventions a body numbers, cited by that number: "ILO Convention No. 190", "Convention n° 190 de
    l'OIT", "Конвенция МОТ № 190", "اتفاقية منظمة العمل الدولية رقم 190", "国际劳工组织第190号公约" are
    one instrument, keyed by the body's prefix and the number (ILO-C190; see ``_NUMBERED_CONVENTIONS``).

    The body is named before the word for "convention", between it and the number, or after the number,
    as for a resolution; without it, a "Convention No. 190" is no one's.
    """
    pattern = news.pack.derived("news.numbered_conventions", _convention_pattern)
    bodies = [m for m in actors.known if m.key in _NUMBERED_CONVENTIONS]
    if pattern is None or not bodies:
        return []
    mentions = []
    for main in news.main_spans:
        for match in pattern.finditer(news.text, main.start, main.end):
            body = _body_of_resolution(news, bodies, match)
            if not isinstance(body, Mention) or body.key not in _NUMBERED_CONVENTIONS:
                continue
            span = Span(min(match.start(), body.span.start), max(match.end(), body.span.end))
            if overlaps(span, taken):
                continue
            key = f"{_NUMBERED_CONVENTIONS[body.key]}{int(match['number'])}"
            # the gazetteer's kind for conventions, so that one cited by name ("Violence and Harassment
            # Convention") and by number is one node
            mentions.append(Mention(span=span, text=span.of(news.text), kind=Kind.INSTRUMENT, key=key))
    return mentions


def _convention_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    """After a word for "convention" ("Convenio 190"), or before a suffix ("第190号公约")."""
    return _numbered_pattern(pack, "convention_words", "convention_suffixes", r"(?P<number>\d{1,3})(?![\d/])")


def _printed_symbols(news: DocumentText, taken: list[Span]) -> list[Mention]:
    """UN symbols printed whole ("A/RES/76/300", "A/76/64", "S/PRST/2023/1"), keyed and of the kind the
    symbol names (:func:`kg.finders.resolutions.kind_of_symbol`), as the UN builder cites them: one
    instrument whatever family of text prints its symbol, known to the gazetteer or not."""
    mentions = []
    for span, symbol in find_symbols(news.text):
        inside_main = any(main.start <= span.start and span.end <= main.end for main in news.main_spans)
        if inside_main and not overlaps(span, taken):
            mentions.append(Mention(span=span, text=span.of(news.text), kind=kind_of_symbol(symbol), key=symbol))
    return mentions


# --- who signed an instrument -------------------------------------------------------------------------


def _signers(news: DocumentText, actors: Actors, found: Instruments, national: list[Mention]) -> None:
    """ "The President signed Executive Order No. 42", "Phó Thủ tướng Trần Hồng Hà đã ký Quyết định số ...",
    "Путин подписал указ № 123", "وقع الرئيس المرسوم رقم 45": who signs a national instrument issues it.

    The signer stands before a signing verb (``extra["signing_verbs"]``) right before the instrument, or,
    where the subject follows its verb (``extra["verb_first"]``), between the verb and the instrument. An
    issuer the text writes with the instrument ("постановление правительства № 1612", "... của Thủ tướng")
    stays; one read from a code in the number ("TTg" in "1125/QĐ-TTg") gives way to the signer.
    """
    if not news.words("signing_verbs"):
        return
    for mention in national:
        current = found.issuers.get(mention.span)
        if current is not None and not _from_code(news, mention, current):
            continue
        signer = _signer(news, actors, mention.span.start)
        if signer is None or (current is not None and news.pack.posts.get(signer.text) == current.name):
            continue  # "Thủ tướng Chính phủ vừa ký Quyết định số 1125/QĐ-TTg": the post the code names
        found.issuers[mention.span] = signer


def _from_code(news: DocumentText, mention: Mention, issuer: Mention) -> bool:
    """Whether an issuer was read from the code in an instrument's number ("TTg" in "1125/QĐ-TTg")."""
    code = _issuer_code(mention.key or "", news)
    return code is not None and issuer.text == code[0] and mention.span.start <= issuer.span.start < mention.span.end


def _signer(news: DocumentText, actors: Actors, position: int) -> Mention | None:
    if news.extra.get("verb_first"):
        actor = _actor_ending_at(actors, position)
        if actor is not None and _signing_verb_before(news, actor.span.start) is not None:
            return actor  # "وقع | الرئيس | المرسوم رقم 45"
    verb = _signing_verb_before(news, position)
    if verb is None:
        return None
    return _actor_ending_at(actors, verb) or _name_ending_at(news, actors, verb)


def _signing_verb_before(news: DocumentText, position: int) -> int | None:
    """Where the signing verb that ends right before ``position`` starts (past an article: "a signé le")."""
    pattern = news.pack.derived(
        "news.signing_verb_before",
        lambda pack: re.compile(
            rf"(?<!\w)(?:{phrases_alternation(pack.words('signing_verbs'))}){_SHORT_WORDS.pattern}$", re.IGNORECASE
        ),
    )
    found = pattern.search(news.text, max(0, position - _SIGNING_REACH), position)
    return found.start() if found else None


#: How far before an instrument its signing verb and the words after it may start.
_SIGNING_REACH = 40


def _actor_ending_at(actors: Actors, position: int) -> Mention | None:
    """The person, post or body that ends right before ``position``; a person before the post they hold."""
    kinds = (Kind.PERSON, Kind.POST)
    candidates = [
        m
        for m in [*actors.persons, *actors.post_mentions, *(m for m in actors.known if m.kind == Kind.POST),
                  *actors.every_organization()]
        if 0 <= position - m.span.end <= 2
    ]  # fmt: skip
    return min(candidates, key=lambda m: (m.kind not in kinds, kinds.index(m.kind) if m.kind in kinds else 0,
                                          -m.span.end), default=None)  # fmt: skip


def _name_ending_at(news: DocumentText, actors: Actors, position: int) -> Mention | None:
    """A name in capitals right before a signing verb, which no other rule read as an actor: "Путин подписал",
    "President Marcos signed" (the words after the post).

    Only a person signs: a capitalised word that the resolver or the finders took for a place, a state, a
    post or a body ends the name; so does an article ("The Senate signed" names no one).
    """
    articles = {word.casefold() for word in (*news.words("issuer_prefixes"), *news.words("list_articles"))}
    taken = actors.all_mentions()
    words = list(re.finditer(r"[^\W\d_][\w.-]*", news.text[max(0, position - 60) : position]))
    offset, start, end = max(0, position - 60), None, None
    for word in reversed(words[-_MAX_NAME_WORDS:]):
        word_start, word_end = offset + word.start(), offset + word.end()
        if news.text[word_end : start if start is not None else position].strip():
            break  # not next to the name's other words
        if not word.group()[0].isupper() or word.group().casefold() in articles:
            break
        if any(m.span.start < word_end and word_start < m.span.end for m in taken):
            break
        start, end = word_start, end if end is not None else word_end
    if start is None or end is None:
        return None
    before = news.text[max(0, start - 4) : start].split()
    if before and before[-1].casefold() in articles:
        return None  # "The Senate signed": an article opens a body's name, not a person's
    span = Span(start, end)
    return Mention(span=span, text=span.of(news.text), kind=Kind.PERSON)


#: How many words a name read before a signing verb may have ("Vladimir Putin", "Ferdinand Marcos Jr").
_MAX_NAME_WORDS = 3


# --- by name -------------------------------------------------------------------------------------


def _named(news: DocumentText, taken: list[Span]) -> list[Mention]:
    return [m for m in _named_by_head(news, taken) if not _is_generic(news, m)]


def _is_generic(news: DocumentText, mention: Mention) -> bool:
    """ "signed a Memorandum of Understanding": a kind of instrument written like a name
    (``extra["generic_instrument_names"]``) names none where it is all the name."""
    generic = news.pack.derived(
        "news.generic_instrument_names",
        lambda pack: {" ".join(n.casefold().split()) for n in pack.words("generic_instrument_names")},
    )
    return " ".join(mention.text.casefold().split()) in generic


def _named_by_head(news: DocumentText, taken: list[Span]) -> list[Mention]:
    heads = news.mapping("instrument_heads")
    mentions = [*_capitalised_names(news, taken), *_named_before_heads(news, taken), *_titled(news, taken)]
    mentions += _constitution_articles(news, taken)
    mentions += _named_after_places(news, taken)
    for main in news.main_spans:
        mentions.extend(_defined_by_short_form(news, heads, main))
        for match in find_phrases(news.text, heads, main.start, main.end):
            if any(s.start <= match.start() < s.end for s in taken):
                continue
            kind = heads[key_of(match.group(), heads)]
            span = _with_name_words(news, match.end(), _named_span(news, match, main))
            if span and ontology_kind(kind) in _DATED_BY_TRAILING_YEAR:
                span = _without_trailing_year(news, span)
            if span and kind not in _FOR_A_PERIOD:
                span = _without_period(news, span)
            proclitic = _proclitic_of(news, match.group(), heads)
            dated = (
                None
                if span
                else _dated_head_span(news, match.group()[len(proclitic) :], match.start(), match.end(), main)
            )
            if dated:  # "لدستور 2011": a constitution by its year, which names it
                mentions.append(_named_mention(news, Span(dated.start + len(proclitic), dated.end), kind))
                continue
            if span is None and _names_one_instrument(news, match.group(), heads):
                span = Span(match.start(), match.end())  # "من الدستور": the constitution, the home state's
            if span:
                mentions.append(_named_mention(news, _without_proclitic(news, span, match.group(), heads), kind))
    return mentions


#: The numbers of one article or of several: "10 y 12", "16.2", "34, 37 et 38".
_ARTICLE_NUMBERS = r"\d+(?:\.\d+)*(?:\s*(?:,|\s\w{1,2}\s)\s*\d+(?:\.\d+)*)*"


def _constitution_articles(news: DocumentText, taken: list[Span]) -> list[Mention]:
    """ "los artículos 10 y 12 constitucionales", "l'article 16 de la Constitution": articles named with an
    adjective or a phrase of ``extra["constitution_after_articles"]`` cite the home state's constitution, by them."""
    pattern = news.pack.derived("news.constitution_articles", _constitution_articles_pattern)
    if pattern is None:
        return []
    mentions = []
    for main in news.main_spans:
        for match in pattern.finditer(news.text, main.start, main.end):
            span = Span(match.start(), match.end())
            if not overlaps(span, taken):
                mentions.append(_named_mention(news, span, "constitution"))
    return mentions


def _constitution_articles_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    articles, after = pack.words("running_article_words"), pack.words("constitution_after_articles")
    if not articles or not after:
        return None
    return re.compile(
        rf"(?<!\w)(?:{phrases_alternation(articles)})\s+{_ARTICLE_NUMBERS}\s+(?:{phrases_alternation(after)})(?!\w)",
        re.IGNORECASE,
    )


def _names_one_instrument(news: DocumentText, head: str, heads: Mapping[str, str]) -> bool:
    """Whether a head names an instrument alone (``extra["standalone_instrument_heads"]``: "الدستور", the one
    constitution of a state), with or without a proclitic ("والدستور")."""
    standalone = news.words("standalone_instrument_heads")
    proclitic = next((p for p in news.words("proclitics") if head.startswith(p) and head[len(p) :] in heads), "")
    return head[len(proclitic) :] in standalone


#: A year after a head, maybe after a short word that links it ("de 2011", "لسنة 2011", "2011").
_YEAR_AFTER_HEAD = re.compile(r"\s+(?:(?P<link>[^\W\d]{1,5})\s+)?(?:18|19|20)\d\d(?!\d)")


def _dated_head_span(news: DocumentText, head: str, start: int, end: int, main: Span) -> Span | None:
    """A head of ``extra["dated_instrument_heads"]`` names its state's one instrument of that kind with the
    state's adjective ("Constitution marocaine", "الدستور المغربي") or its year ("دستور 2011", "Constitución de
    1917") after it, and nothing else: the span of the head and its adjective, or its year.

    A head of ``extra["year_named_instrument_heads"]`` is named by its year only, and only after a joiner of names
    ("l'ordonnance de 1950", "la ley de 1936"): "une loi en 2016" is when a law was made, "la ley 1820" a number.
    """
    by_year_only = head in news.words("year_named_instrument_heads")
    if not by_year_only and head not in news.words("dated_instrument_heads"):
        return None
    after = skip_spaces(news.text, end, main.end)
    adjective = _ADJECTIVE.match(news.text, after)
    if not by_year_only and adjective and adjective.group().casefold() in state_adjectives(news.pack):
        return Span(start, adjective.end())
    year = _YEAR_AFTER_HEAD.match(news.text, end, main.end)
    if year and by_year_only and not _joins_names(news, year["link"]):
        return None
    return Span(start, year.end()) if year else None


def _joins_names(news: DocumentText, word: str | None) -> bool:
    joiners = news.pack.derived(
        "news.instrument_name_joiners", lambda pack: {w.casefold() for w in pack.words("instrument_name_joiners")}
    )
    return word is not None and word.casefold() in joiners


_ADJECTIVE = re.compile(r"[^\W\d_]+")


def _proclitic_of(news: DocumentText, head: str, heads: Mapping[str, str]) -> str:
    return next((p for p in news.words("proclitics") if head.startswith(p) and head[len(p) :] in heads), "")


def _without_proclitic(news: DocumentText, span: Span, head: str, heads: Mapping[str, str]) -> Span:
    """ "والقانون الجنائي": a conjunction or preposition written on the head ("و", "ب") is no word of the name."""
    proclitic = next((p for p in news.words("proclitics") if head.startswith(p) and head[len(p) :] in heads), "")
    return Span(span.start + len(proclitic), span.end)


def _named_span(news: DocumentText, head: re.Match[str], main: Span) -> Span | None:
    position = skip_spaces(news.text, head.end(), main.end)
    if position >= main.end or position == head.end():
        return None
    opening = news.text[position]
    if opening in QUOTATION_MARKS:
        closing = news.text.find(QUOTATION_MARKS[opening], position + 1, main.end)
        return Span(head.start(), closing + 1) if closing > position else None
    amending = _amending_span(news, head, main)
    if amending is not None:
        return amending
    if not opens_name(news.text[position]):
        # "Chương trình mục tiêu quốc gia ... giai đoạn 2026-2035": a programme named in lower case for its years
        period_end = _period_named(news, head, position, main.end)
        if period_end is not None:
            return Span(head.start(), period_end)
        # "Báo cáo đề xuất chủ trương đầu tư | Chương trình ...": a report named for what it does with an instrument
        subject = _report_on_an_instrument(news, head, position, main.end)
        if subject is not None:
            return Span(head.start(), subject)
        # "phê duyệt Đề án nâng cấp mạng lưới thư viện ...;": a scheme named in lower case where it is
        # approved or issued
        approved = _approved_name_end(news, head, position, main.end)
        if approved is not None:
            return Span(head.start(), approved)
        # "Hiệp định vận chuyển hàng không giữa Chính phủ ...": a treaty named in lower case up to its parties
        parties = _parties_start(news, position, main.end)
        if parties is None:
            return None
        position = parties
    end = name_end(news, position, main.end, title_rules(news))
    if end <= position:
        return None
    end = _with_second_party(news, head.start(), _past_acronyms(news, end, main.end), main.end)
    end = _past_acronyms(news, end, main.end)
    return Span(head.start(), _with_amendment_marker(news, end))


#: How far the name of an amending instrument may run over the names of the instruments it amends.
_AMENDING_NAME_REACH = 600
#: What ends a clause within a paragraph: a stop or a colon before a space, a mark or the text's end.
_AMENDING_NAME_END = re.compile(r"[;:!?]|\.(?=[\s*_)\]|]|$)|\n[ \t]*\n|\d")


def _amending_span(news: DocumentText, head: re.Match[str], main: Span) -> Span | None:
    """ "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu số 57/2024/QH15", "Law
    amending the Law on Investment and the Law on Bidding No. 57/2024/QH15": an instrument that amends others
    (``extra["amending_name_openers"]`` after its head) is named by all it amends, over their commas and words in
    lower case, to its number, its date or its clause's end; the number or date word before them is not of it."""
    position = skip_spaces(news.text, head.end(), main.end)
    openers = news.words("amending_name_openers")
    if not openers or starts_with_phrase(news.text, position, openers, ignore_case=True) is None:
        return None
    limit = min(main.end, position + _AMENDING_NAME_REACH)
    found = _AMENDING_NAME_END.search(news.text, position, limit)
    end = found.start() if found else limit
    closing = {w.casefold() for w in (*news.words("instrument_number_word"), *news.words("instrument_name_stops"))}
    words = tokens(news.text, position, end)
    while words and (words[-1].text.casefold() in closing or not words[-1].text[-1:].isalnum()):
        words.pop()
    return Span(head.start(), words[-1].end) if words else None


def _with_name_words(news: DocumentText, head_end: int, span: Span | None) -> Span | None:
    """Where a name has no capitals, it ends before the first word after its head that does not open as a word of
    a name does (``extra["instrument_name_word_prefixes"]``: the Arabic article, "القانون الجنائي | انتصارا ...")."""
    prefixes = news.words("instrument_name_word_prefixes")
    if span is None or not prefixes or news.text[skip_spaces(news.text, head_end) : span.end][:1] in QUOTATION_MARKS:
        return span
    heads = news.mapping("instrument_heads")
    conjunctions = news.words("name_conjunction_prefixes")
    place = _place_at(news, skip_spaces(news.text, head_end, span.end), span.end)
    for index, token in enumerate(tokens(news.text, head_end, span.end)):
        if place is not None and token.end <= place.end:
            continue  # "اتفاقية جنيف": a place right after its head names a treaty, with no article
        # "الدستور | والتزامات المملكة": a conjunction right after the head opens the next item of a list
        joined = index == 0 and token.text.startswith(conjunctions)
        if joined or not token.text.startswith(prefixes) or token.text in heads:  # "... الجنائية | والقانون"
            end = len(news.text[: token.start].rstrip())
            return Span(span.start, end) if end > head_end else None
    return span


def _named_after_places(news: DocumentText, taken: list[Span]) -> list[Mention]:
    """ "نظام روما": a head of ``extra["place_named_instrument_heads"]``, too common
    a word to open a name alone ("النظام" is also a regime), names an instrument where a place follows it."""
    heads = news.mapping("place_named_instrument_heads")
    mentions = []
    for main in news.main_spans:
        for match in find_phrases(news.text, heads, main.start, main.end):
            if overlaps(Span(match.start(), match.end()), taken):
                continue
            if _place_at(news, skip_spaces(news.text, match.end(), main.end), main.end) is None:
                continue
            span = _with_name_words(news, match.end(), _named_span(news, match, main))
            if span is not None:
                kind = heads[key_of(match.group(), heads)]
                mentions.append(_named_mention(news, _without_proclitic(news, span, match.group(), heads), kind))
    return mentions


def _place_at(news: DocumentText, position: int, end: int) -> Span | None:
    """The place the resolver knows that starts at ``position`` ("جنيف", "روما"), if any."""
    places = resolve.find_mentions(news.text, news.language, start=position, end=end, kinds=(Kind.PLACE,))
    return places[0].span if places and places[0].span.start == position else None


def _capitalised_names(news: DocumentText, taken: list[Span]) -> list[Mention]:
    """Names around a head word where names are capitalised (``extra["capitalised_instrument_heads"]``): the
    capitalised words before the head ("CHIPS Act", "Indo-Pacific Economic Framework"), and after it those
    joined by a word of ``extra["instrument_name_joiners"]`` or an article ("Law on Medical Devices", "accords du
    Touquet", "Memorandum of Cooperation on Semiconductor Supply Chains"), or a quoted name ("Федеральный закон
    «О ...»"). A head with no capitalised word beside it names nothing ("the agreement", "Agreement was")."""
    heads = news.mapping("capitalised_instrument_heads")
    mentions = []
    for main in news.main_spans:
        for head in find_phrases(news.text, heads, main.start, main.end):
            if any(s.start <= head.start() < s.end for s in taken):
                continue
            quoted = _named_span(news, head, main) if _opens_quotation(news, head.end(), main) else None
            span = quoted or _amending_span(news, head, main)
            span = span or _capitalised_span(news, head, main) or _topic_span(news, head, main)
            kind = heads[key_of(head.group(), heads)]
            if span is not None:
                span = _without_trailing_year(news, span) if ontology_kind(kind) in _DATED_BY_TRAILING_YEAR else span
            span = span or _dated_head_span(news, head.group(), head.start(), head.end(), main)  # its year names it
            if span is not None:
                mentions.append(_named_mention(news, span, kind))
    return mentions


def _opens_quotation(news: DocumentText, position: int, main: Span) -> bool:
    return news.text[skip_spaces(news.text, position, main.end) : position + 2].strip()[:1] in QUOTATION_MARKS


def _capitalised_span(news: DocumentText, head: re.Match[str], main: Span) -> Span | None:
    sentence = news.sentence_of(head.start()) or main
    articles = {w.casefold() for w in news.words("list_articles")}
    joiners = {w.casefold() for w in news.words("instrument_name_joiners")} | articles
    before: list[Token] = []
    # a lower-case head takes no capitalised words before it: "Paris Agreement", but "Este tratado"
    for token in reversed(tokens(news.text, sentence.start, head.start()) if head.group()[0].isupper() else []):
        if news.text[token.end : before[-1].start if before else head.start()].strip():
            break
        if not token.text[0].isupper() or token.text.casefold() in articles:
            break
        before.append(token)
    opening = next(iter(tokens(news.text, sentence.start, head.end())), None)
    if len(before) == 1 and opening is not None and before[0].start == opening.start and not before[0].text.isupper():
        before = []  # "Este tratado", "Une loi": a sentence's first word is capitalised whatever it is
    start = before[-1].start if before else head.start()
    end = capitalised_words_end(news, head.end(), sentence.end, joiners)
    if _ends_with_event_head(news, head.end(), end):
        end = head.end()  # "the Arctic Accord | Review Meeting": a meeting named after the treaty
    if start == head.start() and end == head.end():
        return _numbered_span(news, head, sentence.end)
    return Span(start, end)


def _ends_with_event_head(news: DocumentText, start: int, end: int) -> bool:
    """Whether the capitalised words after an instrument's head end with the head of an event's name
    (``extra["event_heads"]``: "Meeting", "Summit"), which they name, not the instrument."""
    words = tokens(news.text, start, end)
    return bool(words) and words[-1].text in news.mapping("event_heads")


#: A number that names an instrument after its head ("Agenda 21", "Programa 21"): no part of a longer number
#: ("1,000"), a date or a range ("Plan 2018–2021"); a footnote's marker may follow its comma ("Agenda 21,1 the").
_NAMING_NUMBER = re.compile(r"[ \t]+(\d{1,4})(?!\d|[/.]\d|,\d{3}(?!\d)|\s*[\-–—]\s*\d)")


def _numbered_span(news: DocumentText, head: re.Match[str], limit: int) -> Span | None:
    """A capitalised head that a number alone names ("Agenda 21", "Programa 21"): the head and its number."""
    if not head.group()[:1].isupper():
        return None  # "el programa 15, Desarrollo económico": a part of a budget, numbered
    number = _NAMING_NUMBER.match(news.text, head.end(), limit)
    return Span(head.start(), number.end()) if number else None


#: How many words may describe a head before its topic ("tratado | global | sobre"), and name the topic.
_WORDS_BEFORE_TOPIC = 2
_TOPIC_WORDS = 4


def _topic_span(news: DocumentText, head: re.Match[str], main: Span) -> Span | None:
    """A name in lower case, by its topic: "el primer tratado global sobre comercio de armas" (a head, a word or two,
    a preposition of ``extra["topic_prepositions"]``, then the topic's words, joined by single joiners: "... de armas |
    de la historia"). A topic that opens with an article is a phrase ("un acuerdo sobre el precio"), no name."""
    prepositions = {w.casefold() for w in news.words("topic_prepositions")}
    if not prepositions or not head.group()[0].islower():
        return None
    articles = {w.casefold() for w in news.words("list_articles") if " " not in w}
    joiners = {w.casefold() for w in news.words("instrument_name_joiners")} | articles
    sentence = news.sentence_of(head.start()) or main
    words = tokens(news.text, head.end(), sentence.end)[: _WORDS_BEFORE_TOPIC + 1 + _TOPIC_WORDS * 2]
    at = next((i for i, w in enumerate(words[: _WORDS_BEFORE_TOPIC + 1]) if w.text.casefold() in prepositions), None)
    if at is None or any(not w.text.isalpha() or w.text.casefold() in joiners for w in words[:at]):
        return None
    topic: list[Token] = []
    for index in range(at + 1, len(words)):
        word, folded = words[index], words[index].text.casefold()
        following = words[index + 1].text.casefold() if index + 1 < len(words) else ""
        if news.text[words[index - 1].end : word.start].strip() or not word.text.isalpha():
            break
        if (not topic and folded in articles) or (folded in joiners and following in joiners):
            break
        if len([w for w in topic if w.text.casefold() not in joiners]) >= _TOPIC_WORDS:
            break
        topic.append(word)
    while topic and topic[-1].text.casefold() in joiners:
        topic.pop()
    return Span(head.start(), topic[-1].end) if topic else None


#: Kinds of instrument adopted for a span of years, and named for it ("giai đoạn 2026-2035").
_FOR_A_PERIOD = frozenset({"programme", "plan", "strategy", "project"})
#: How many words the name of a programme may run before the years it is for.
_WORDS_BEFORE_PERIOD = 40
_NAME_WORDS_BEFORE_PERIOD = 2


def _period_named(news: DocumentText, head: re.Match[str], position: int, limit: int) -> int | None:
    """Where the name of a programme, plan or strategy written in lower case ends: after the years it is
    for ("Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững ... giai đoạn
    2026-2035", ``extra["period_words"]``), within one clause; ``None`` where no such years follow."""
    heads = news.mapping("instrument_heads")
    words = news.words("period_words")
    if not words or heads.get(key_of(head.group(), heads)) not in _FOR_A_PERIOD:
        return None
    text = _clause_of_names(news.text[position:limit])
    period = re.search(
        rf"(?<!\w)(?:{phrases_alternation(words)})\s+(?:18|19|20|21)\d\d\s*[-–]\s*(?:18|19|20|21)\d\d(?!\d)", text
    )
    # "Chương trình giai đoạn 2026-2030": the programme named before, for some of its years, is no new name
    if period is None or not _NAME_WORDS_BEFORE_PERIOD <= len(text[: period.start()].split()) <= _WORDS_BEFORE_PERIOD:
        return None
    return position + period.end()


#: What ends a clause: a stop, a line break, or a colon (see :func:`_clause_of_names`).
_CLAUSE_END = re.compile(r"[.;:!?\n]")


def _clause_of_names(text: str) -> str:
    """The clause that opens ``text``: up to a stop, a line break or a colon, unless a capitalised name follows
    the colon (the names of the programmes a plural head counts: "Các Chương trình mục tiêu quốc gia: Xây dựng")."""
    for end in _CLAUSE_END.finditer(text):
        following = text[end.end() :].lstrip(" \t")
        if end.group() != ":" or not following[:1].isupper():
            return text[: end.start()]
    return text


#: How many words in lower case may say what a report does with the instrument it is about.
_WORDS_BEFORE_SUBJECT = 6


def _report_on_an_instrument(news: DocumentText, head: re.Match[str], position: int, limit: int) -> int | None:
    """Where the name of a report written in lower case ends: before the head of the instrument it reports on
    ("Báo cáo đề xuất chủ trương đầu tư | Chương trình mục tiêu quốc gia ...", the proposal of the programme's
    investment policy), which is an instrument of its own; ``None`` where no such head follows within a few
    words in lower case."""
    heads = news.mapping("instrument_heads")
    if heads.get(key_of(head.group(), heads)) != "report":
        return None
    words = tokens(news.text, position, limit)[: _WORDS_BEFORE_SUBJECT + 1]
    for index, word in enumerate(words):
        if index and news.text[words[index - 1].end : word.start].strip():
            return None  # punctuation between: the report's words have ended
        if opens_name(word.text[0]):
            inner = starts_with_phrase(news.text, word.start, heads, ignore_case=False)
            is_subject = inner is not None and index > 0 and heads[key_of(inner, heads)] != "report"
            return words[index - 1].end if is_subject else None
    return None


#: What ends the name of an instrument written in lower case where it is approved: a mark that closes its clause
#: (a line break does not: a page's lines are cut anywhere), or a new paragraph.
_APPROVED_NAME_END = re.compile(r"[;.:!?*()\[\]“”\"]|\n[ \t]*\n")
#: How many words the name of an approved instrument may have, and must have past its head.
_APPROVED_NAME_WORDS = (2, 30)


def _approved_name_end(news: DocumentText, head: re.Match[str], position: int, limit: int) -> int | None:
    """Where the name of a scheme, plan, programme or strategy written in lower case ends, where the verb right
    before it approves or issues it (``extra["article_actions"]``: "phê duyệt Đề án nâng cấp mạng lưới thư
    viện ... cho các trường học;"): at its clause's end, before the word that links it to its issuer or its date
    (``extra["issuer_links"]``, ``extra["date_words"]``), its number word or another instrument's head.
    ``None`` where no such verb comes before it or the words are too few or too many for a name."""
    heads = news.mapping("instrument_heads")
    if heads.get(key_of(head.group(), heads)) not in _FOR_A_PERIOD:
        return None
    before = " ".join(news.text[max(0, head.start() - 40) : head.start()].split()).casefold()
    if not any(before.endswith(verb.casefold()) for verb in news.mapping("article_actions")):
        return None
    closing = _APPROVED_NAME_END.search(news.text, position, limit)
    end = closing.start() if closing else limit
    links = {w.casefold() for w in news.words("issuer_links")}
    # "số 12/QĐ-TTg", "ngày 14 tháng 8": a number or a date, not "thư viện số" (digital), follows these
    numbered = {w.casefold() for w in (*news.words("instrument_number_word"), *news.words("date_words"))}
    words = tokens(news.text, position, end)
    named = []
    for index, word in enumerate(words):
        following = words[index + 1].text[:1] if index + 1 < len(words) else ""
        if word.text.casefold() in links or (word.text.casefold() in numbered and following.isdigit()):
            break
        if starts_with_phrase(news.text, word.start, heads) is not None:
            break
        named.append(word)
    words = named
    low, high = _APPROVED_NAME_WORDS
    while words and not words[-1].text[-1:].isalnum():
        words.pop()
    return words[-1].end if low <= len(words) <= high else None


#: How many words in lower case may stand between an instrument's head and the parties it is between.
_WORDS_BEFORE_PARTIES = 6


def _parties_start(news: DocumentText, position: int, limit: int) -> int | None:
    """Where the first party's name starts, past a few words in lower case and the word for "between"
    (``extra["between_words"]``: "giữa", "between", "entre")."""
    between = news.words("between_words")
    if not between:
        return None
    gap = re.match(
        rf"(?:[^\W\d_]+\s+){{1,{_WORDS_BEFORE_PARTIES}}}?(?:{phrases_alternation(between)})\s+",
        news.text[position:limit],
    )
    if gap is None or any(opens_name(word[:1]) for word in gap.group().split()):
        return None
    start = position + gap.end()
    return start if start < limit and opens_name(news.text[start]) else None


def _with_second_party(news: DocumentText, start: int, end: int, limit: int) -> int:
    """ "Hiệp định Thương mại giữa Chính phủ nước CHXHCN Việt Nam và Chính phủ nước CHDCND Lào": a name between
    two parties runs past the conjunction to the second party's end."""
    between = news.words("between_words")
    if not between or not re.search(rf"(?<!\w)(?:{phrases_alternation(between)})(?!\w)", news.text[start:end]):
        return end
    position = skip_spaces(news.text, end, limit)
    conjunction = starts_with_phrase(news.text, position, news.words("list_conjunctions"))
    if conjunction is None:
        return end
    second = skip_spaces(news.text, position + len(conjunction), limit)
    if second >= limit or not opens_name(news.text[second]):
        return end
    after = name_end(news, second, limit, title_rules(news))
    return after if after > second else end


def _without_period(news: DocumentText, span: Span) -> Span:
    """ "Hiệp định Thương mại ... Lào | giai đoạn 2025 - 2030": the years a treaty is applied for, by the text that
    cites it, are no part of its name (a programme's are: see :func:`_period_named`)."""
    words = news.words("period_words")
    if not words:
        return span
    period = re.search(rf"\s+(?:{phrases_alternation(words)})\s+(?:18|19|20|21)\d\d", span.of(news.text))
    return Span(span.start, span.start + period.start()) if period and period.start() > 0 else span


def _without_trailing_year(news: DocumentText, span: Span) -> Span:
    """ "Luật ... theo hợp đồng 2020": the year a law is known by is its date, not part of its name."""
    year = _TRAILING_YEAR.search(news.text, span.start, span.end)
    return Span(span.start, year.start()) if year and year.start() > span.start else span


def _with_amendment_marker(news: DocumentText, end: int) -> int:
    """A name's own parenthetical stays with it: "Luật Phòng, chống mua bán người (sửa đổi)"."""
    position = skip_spaces(news.text, end)
    marker = starts_with_phrase(news.text, position, news.words("amendment_markers"))
    return position + len(marker) if marker else end


#: Kinds of instrument a state issues for itself: named alone ("the Criminal Code", "القانون الجنائي"), they are
#: the home state's, so that two states' codes of one name are two instruments.
_NATIONAL_KINDS = frozenset({"law", "draft-law", "constitution", "decree", "circular", "ordinance", "strategy", "plan"})


def _named_mention(news: DocumentText, span: Span, kind: str) -> Mention:
    scope = news.home_state if kind in _NATIONAL_KINDS else None
    if _is_draft(news, span.start) and f"draft-{kind}" in ontology.kind_names():
        kind = f"draft-{kind}"
    return Mention(span=span, text=span.of(news.text), kind=ontology_kind(kind), scope=scope)


def is_draft(news: DocumentText, mention: Mention) -> bool:
    """Whether an instrument is named as a draft ("dự thảo Luật ...")."""
    return mention.kind.startswith("draft-") or _is_draft(news, mention.span.start)


def _is_draft(news: DocumentText, position: int) -> bool:
    before = news.text[max(0, position - 30) : position].rstrip()
    return any(before.endswith(marker) for marker in news.words("draft_markers"))


def _defined_by_short_form(news: DocumentText, heads, main: Span) -> list[Mention]:
    """ "HEAD long name, with commas (HEAD ACRONYM)": the long name and its short form."""
    names = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    if not names:
        return []
    mentions = []
    for short in re.finditer(rf"\s*\(({names})\s+([A-Z][A-Z0-9]+)\)", news.text[: main.end]):
        if short.start() < main.start:
            continue
        sentence = news.sentence_of(short.start()) or main
        long_start = news.text.rfind(short.group(1), sentence.start, short.start())
        if long_start < 0:
            continue
        kind = heads[short.group(1)]  # made an ontology kind by _named_mention
        mentions.append(_named_mention(news, Span(long_start, short.start()), kind))
        mentions.append(_named_mention(news, Span(short.start(1), short.end() - 1), kind))
    return mentions


# --- named before their head, and titles ------------------------------------------------------------

#: The fewest characters a name written before its head may have, where words are not spaced ("移民计划" is
#: a kind of plan, "移民水平计划" a name).
_MIN_NAME_CHARACTERS_BEFORE_HEAD = 4


def _named_before_heads(news: DocumentText, taken: list[Span]) -> list[Mention]:
    """Where a name precedes its head (``extra["heads_after_names"]``: "移民水平计划", "农业签证计划"), the name
    runs back from the head over the characters of one word group, to a word that opens it
    (``extra["instrument_name_openers"]``: "的", "这项", "年") or to what is no letter; a head with too few
    characters before it names a kind ("该计划", "新计划"), not an instrument."""
    heads = news.mapping("heads_after_names")
    openers = tuple(sorted(news.words("instrument_name_openers"), key=len, reverse=True))
    mentions = []
    for main in news.main_spans:
        for head in find_phrases(news.text, heads, main.start, main.end):
            if overlaps(Span(head.start(), head.end()), taken):
                continue
            start = head.start()
            while start > main.start and news.text[start - 1].isalpha() and not news.text[:start].endswith(openers):
                start -= 1
            if head.start() - start >= _MIN_NAME_CHARACTERS_BEFORE_HEAD:
                mentions.append(_named_mention(news, Span(start, head.end()), heads[key_of(head.group(), heads)]))
    return mentions


def _titled(news: DocumentText, taken: list[Span]) -> list[Mention]:
    """A title in the marks of a work ("《出境入境管理法》", "《巴黎协定》") that ends with a head of
    ``extra["title_instrument_endings"]`` is an instrument; other titles are papers and books ("《澳大利亚人报》")."""
    endings = news.mapping("title_instrument_endings")
    marks = news.words("title_marks")
    if not endings or len(marks) != 2:
        return []
    opening, closing = marks
    pattern = re.compile(rf"{re.escape(opening)}([^{re.escape(opening + closing)}\n]+){re.escape(closing)}")
    mentions = []
    for main in news.main_spans:
        for title in pattern.finditer(news.text, main.start, main.end):
            span = Span(title.start(), title.end())
            ending = next((e for e in sorted(endings, key=len, reverse=True) if title[1].endswith(e)), None)
            if ending is not None and not overlaps(span, taken):
                mentions.append(_named_mention(news, span, endings[ending]))
    return mentions


# --- adopted or signed, unnamed ----------------------------------------------------------------------


def _adopted_unnamed(news: DocumentText, actors: Actors, found: Instruments, taken: list[Span]) -> list[Mention]:
    """ "欧洲议会以586票赞成……通过决议", "the Council adopted a resolution", "与越南签署了一项协议": an
    instrument that its sentence's subject adopts or signs (``extra["adoption_verbs"]``), named only by its
    kind (``extra["adopted_instrument_heads"]``, past ``extra["adoption_fillers"]``: "一项", "a"), is that
    subject's: it is cited, its subject is its issuer, and every such mention of one kind and one issuer in a
    text is one instrument, keyed by both and by the day the text gives, never by its generic words."""
    pattern = news.pack.derived("news.adopted_unnamed", _adopted_pattern)
    if pattern is None:
        return []
    heads = news.mapping("adopted_instrument_heads")
    mentions: list[Mention] = []
    for main in news.main_spans:
        for match in pattern.finditer(news.text, main.start, main.end):
            span = Span(match.start("instrument"), match.end("instrument"))
            issuer = _subject_of(news, actors, match.start())
            if issuer is None or overlaps(span, taken):
                continue
            kind = ontology_kind(heads[key_of(match["head"], heads)])
            mentions.append(Mention(span=span, text=span.of(news.text), kind=kind))
            found.adopters[span] = issuer
    return _keyed_by_issuer(news, mentions, found)


def _adopted_pattern(pack: LanguagePack) -> re.Pattern[str] | None:
    verbs = phrase_pattern(pack.words("adoption_verbs"))
    heads = phrase_pattern(_mapping(pack, "adopted_instrument_heads"))
    if verbs is None or heads is None:
        return None
    fillers = phrase_pattern(pack.words("adoption_fillers"))
    filler = rf"(?:(?:{fillers.pattern})\s*)*" if fillers else ""
    return re.compile(rf"(?:{verbs.pattern})\s*(?P<instrument>{filler}(?P<head>{heads.pattern}))", re.IGNORECASE)


def _mapping(pack: LanguagePack, key: str) -> Mapping[str, str]:
    value = pack.extra.get(key, {})
    return value if isinstance(value, Mapping) else {}


#: The kinds of actor that adopt or sign instruments (not a place, nor a person: "GENEVA, 4 March - ...").
_ADOPTERS = frozenset(
    {Kind.STATE, Kind.UN_BODY, Kind.ORGANIZATION, Kind.GOVERNMENT_AGENCY, Kind.INTERGOVERNMENTAL_ORGANIZATION,
     Kind.GROUP_OF_STATES}
)  # fmt: skip


def _subject_of(news: DocumentText, actors: Actors, verb: int) -> Mention | None:
    """The body that adopts or signs: the first organisation of the sentence before the verb, else its first
    state (subject first), or, where the verb comes first (``extra["verb_first"]``), the first after it."""
    sentence = news.sentence_of(verb)
    if sentence is None:
        return None
    before = news.extra.get("verb_first") is not True
    inside = [
        m
        for m in [*actors.every_organization(), *actors.known]
        if m.kind in _ADOPTERS
        and sentence.start <= m.span.start
        and m.span.end <= sentence.end
        and (m.span.end <= verb if before else m.span.start >= verb)
    ]
    ordered = sorted(inside, key=lambda m: (m.kind == Kind.STATE, m.span.start, -m.span.end))
    subject = ordered[0] if ordered else None
    # "联合国 | 人权理事会", "the United Nations | Human Rights Council": the body of the organisation named before it
    while subject is not None:
        following = next((m for m in ordered if m.span.start == skip_spaces(news.text, subject.span.end)), None)
        if following is None or following.kind == Kind.STATE:
            break
        subject = following
    return subject


def _keyed_by_issuer(news: DocumentText, mentions: list[Mention], found: Instruments) -> list[Mention]:
    """One key for the mentions of one kind and one issuer: "EP resolution --12-16" (the first day a sentence
    of theirs gives), else the kind, the issuer and the text they are in."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for mention in mentions:
        issuer = found.adopters[mention.span]
        issuer_key = issuer.key or resolve.minted_key(issuer.text, issuer.scope)
        groups.setdefault((mention.kind, issuer_key), []).append(mention)
    keyed = []
    for (kind, issuer_key), group in groups.items():
        days = [d for m in group for d in _days_in_sentence(news, m.span.start)]
        when = days[0] if days else f"in {news.document.source.replace(chr(92), '/').rsplit('/', 1)[-1]}"
        keyed += [replace(m, key=f"{issuer_key} {kind} {when}") for m in group]
    return keyed


def _days_in_sentence(news: DocumentText, position: int) -> list[str]:
    sentence = news.sentence_of(position)
    return [d.iso for d in find_dates(news.text, news.pack, sentence.start, sentence.end)] if sentence else []


# --- one citation per instrument ------------------------------------------------------------------


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Earlier sources win a tie (the resolution layer, then numbers, then names), longer spans otherwise."""
    kept: list[Mention] = []
    for mention in mentions:
        clashing = [k for k in kept if mention.span.start < k.span.end and k.span.start < mention.span.end]
        if not clashing:
            kept.append(mention)
        elif all(_length(mention) > _length(k) and not k.key for k in clashing):
            kept = [k for k in kept if k not in clashing] + [mention]
    return sorted(kept, key=lambda m: m.span)


def _length(mention: Mention) -> int:
    return mention.span.end - mention.span.start


def _one_citation_per_instrument(news: DocumentText, mentions: list[Mention]) -> list[Citation]:
    """One citation per instrument: by key, else by name and date (two laws of one name differ by year).

    A mention without a date joins the first instrument of its name.
    """
    citations: dict[tuple[str, str | None], Citation] = {}
    for mention in mentions:
        name = mention.key or " ".join(mention.text.split()).casefold()
        date = _date_after(news, mention)
        if date is None and any(known_name == name for known_name, _ in citations):
            continue
        if mention.key is not None and date is not None and (name, None) in citations:
            # "Hiệp định ... (CHXHCN) ..." then "Hiệp định ... ký ngày 08 tháng 4 năm 2024": one instrument, that date
            citations[(name, None)] = replace(citations[(name, None)], date=date)
            continue
        if mention.key is None and date is not None:
            # An instrument known only by a name that is reused (a law and the law that replaced
            # it) is told apart by its year, so that each gets its own node.
            mention = replace(mention, key=f"{' '.join(mention.text.split())} {date[:4]}")
        citations.setdefault((name, date), Citation(mention=mention, date=date))
    return list(citations.values())


def _date_links(news: DocumentText) -> tuple[str, ...]:
    """What may stand between an instrument and its date: "ngày", "от", "وتاريخ", or nothing."""
    return (*news.words("date_words"), *news.words("instrument_date_links"), "")


def _date_after(news: DocumentText, mention: Mention) -> str | None:
    """The date after a name: "ngày 20/3/2020" → "2020-03-20", "năm 2020" → "2020"; a day needs a year."""
    position = skip_spaces(news.text, mention.span.end)
    window = news.text[position : position + 30]
    dates = find_dates(window, news.pack)
    if dates and dates[0].has_year and window[: dates[0].span.start].strip(" ,") in _date_links(news):
        return dates[0].iso
    year_word = starts_with_phrase(news.text, position, news.words("instrument_year_words"))
    if year_word or mention.kind in _DATED_BY_TRAILING_YEAR:
        after = position + len(year_word or "")
        year = re.match(r"\s*((?:18|19|20|21)\d\d)(?!\d)", news.text[after : after + 8])
        return year.group(1) if year else None
    return None
