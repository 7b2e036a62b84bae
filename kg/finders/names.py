"""Where a proper name ends, in languages that capitalise only some of its words.

Vietnamese capitalises the first syllable of each word of a name, not the
others ("Bộ Ngoại giao", "Hội Liên hiệp phụ nữ Việt Nam", "Tổ chức Di cư quốc
tế"), and a verb may follow a name with no comma ("Bộ Ngoại giao có nhiệm
vụ"). So a name is read token by token after its head word:

* a capitalised token always belongs to the name;
* a stop word of the language (``extra["name_stops"]``: function words, the
  commonest verbs) ends it, except a conjunction of ``extra["name_bridges"]``
  between capitalised tokens ("Bộ Kế hoạch và Đầu tư");
* lower-case tokens belong to it as a run that a capitalised token closes
  ("phụ nữ" in "Hội Liên hiệp phụ nữ Việt Nam"), or a stop word ("Cục Quản
  lý lao động ngoài nước | có nhiệm vụ"), or that a parenthesised acronym
  follows ("Tổ chức Di cư quốc tế (IOM)"); one lower-case syllable
  right after a capitalised one is always kept, as the second syllable of a
  word ("Ngoại giao"). Names of instruments and events take every lower-case
  token up to a stop ("Luật Người lao động ... theo hợp đồng"), and end
  after a number ("Hồ sơ Di cư Việt Nam 2023");
* a run of two or more capitalised tokens opening with a family name
  (``extra["family_names"]``) is a person, not the rest of the name
  ("Cục Lãnh sự | Phan Thị Minh Giang").

A person's name is read by :func:`person_name_end`: capitalised words where the
script has capitals, through initials ("Ferdinand R. Marcos Jr."); two or
three words up to a stop word in Arabic; a family name and one or two
characters up to a stop word in Chinese.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from itertools import islice

from kg.finders.text import DocumentText, Token, iter_tokens, skip_spaces, starts_with_phrase
from kg.lang.base import LanguagePack
from kg.model import Span


def _is_han(char: str) -> bool:
    """Whether ``char`` is a Chinese character."""
    return "\u4e00" <= char <= "\u9fff"


#: How many lower-case tokens a name may run through before a capitalised one closes the run.
_MAX_LOWER_RUN = 6
#: How many tokens a name may have at most (a guard against running through a sentence).
_MAX_NAME_TOKENS = 16

_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Z0-9&.-]{1,15}\)")


@dataclass(frozen=True)
class NameRules:
    """How far a name may run: the stop words, and whether lower-case runs need closing."""

    stops: frozenset[str]
    lowercase_needs_closing: bool = True
    split_persons: bool = True
    # Lower-case words may belong to the name: the second syllable of a Vietnamese word ("Ngoại giao"),
    # a French adjective ("Affaires étrangères"); in English and Spanish a lower-case word ends it ("to").
    lowercase_after_capital: bool = True


def organization_rules(news: DocumentText) -> NameRules:
    return NameRules(
        frozenset(w.casefold() for w in news.words("name_stops")),
        lowercase_after_capital=news.extra.get("lowercase_after_capital_in_names", True) is not False,
    )


def title_rules(news: DocumentText, key: str = "instrument_name_stops") -> NameRules:
    """Rules for names of instruments and events, which run through lower-case words up to a stop."""
    stops = news.words(key) or news.words("name_stops")
    return NameRules(frozenset(w.casefold() for w in stops), lowercase_needs_closing=False, split_persons=False)


def name_end(news: DocumentText, start: int, limit: int, rules: NameRules) -> int:
    """The end of the name whose words start at ``start`` (``start`` itself when there is none)."""
    text = news.text
    words = _adjacent_tokens(news, start, limit)
    if words and _is_caseless(words[0]) and news.words("articles") and rules.lowercase_needs_closing:
        return _caseless_name_end(news, words, start)
    if news.extra.get("name_word_pattern") and rules.lowercase_needs_closing:
        return _inflected_name_end(news, words, start)
    end, lower_run, previous_capitalized = start, 0, False
    family_names = set(news.words("family_names")) if rules.split_persons else set()
    bridges = set(news.words("name_bridges")) if rules.lowercase_needs_closing else set()
    # only where names go on in lower case after capitals (Vietnamese): elsewhere a lower-case word ends them
    heads = _inner_heads(news) if rules.lowercase_needs_closing and rules.lowercase_after_capital else ()
    inside_head = 0
    for index, token in enumerate(words[:_MAX_NAME_TOKENS]):
        if token.start < inside_head:
            end = token.end  # "Ban Thường trực Ủy | ban Mặt trận ...": the head of a body named inside it
            continue
        if token.text.isdigit() and not rules.lowercase_needs_closing:
            end = token.end if index > 0 else end
            break  # "Hồ sơ Di cư Việt Nam 2023": an edition's year closes a title
        if _is_caseless(token) and token.text.casefold() in rules.stops:
            break  # without capitals, only stop words end a name ("مؤتمر إقليمي | في عمّان")
        if token.is_capitalized or token.text.isdigit():
            if index > 0 and _opens_person(words, index, family_names):
                break
            end, lower_run, previous_capitalized = token.end, 0, True
            head = starts_with_phrase(text, token.start, heads) if index > 0 and heads else None
            inside_head = token.start + len(head) if head else 0
            continue
        if token.text in bridges and _bridges_to(news, words, index):
            continue  # "Bộ Kế hoạch và Đầu tư": a conjunction between capitalised words
        if rules.lowercase_needs_closing and not rules.lowercase_after_capital:
            break  # English: a lower-case word ends a name ("the Department of Migrant Workers | to act")
        if token.text.casefold() in rules.stops or (index == 0 and rules.lowercase_needs_closing):
            if lower_run:  # a stop word closes the run: "Cục Quản lý lao động ngoài nước | có nhiệm vụ"
                end = words[index - 1].end
            break
        lower_run += 1
        if lower_run > _MAX_LOWER_RUN and rules.lowercase_needs_closing:
            break
        if _lowercase_belongs(rules, lower_run, previous_capitalized) or _closes_with_acronym(text, words, index):
            end = token.end
        previous_capitalized = False
    return end


def _inner_heads(news: DocumentText) -> tuple[str, ...]:
    """The pack's heads of a body's name of more than one word whose later words are in lower case ("Ủy ban",
    "Bộ Tư lệnh" aside): inside a longer name ("Ban Thường trực Ủy ban Mặt trận ..."), they go on with it."""
    return news.pack.derived(
        "names.inner_heads",
        lambda pack: tuple(h for h in pack.organization_heads if " " in h and not h.split()[-1][:1].isupper()),
    )


#: How many items a name written as a list may have ("Inclusión, Seguridad Social y Migraciones": three).
_MAX_LIST_ITEMS = 5
#: What parts the items of a list in a name: a comma, or a name bridge closing the list.
_LIST_COMMA = re.compile(r", (?=\S)")
#: The same where lines are cut at a width: the comma may end a line ("Zones Sûres,\nOrdonnées et ...").
_WRAPPED_LIST_COMMA = re.compile(r",(?: |[ \t]*\n[ \t]*)(?=\S)")


def capitalised_words_end(news: DocumentText, position: int, limit: int, joiners: set[str]) -> int:
    """Where a name runs on from ``position`` over capitalised words and the joining words between them
    ("Summit" + " of the Americas", "Law" + " on Medical Devices"): a joining word only before a capitalised
    one, and a comma or a bracket ends the name."""
    end = pending = position
    for token in iter_tokens(news.text, position, limit):
        if news.text[pending : token.start].strip():
            break
        if token.text[0].isupper():
            end = pending = token.end
        elif token.text.casefold() in joiners:
            pending = token.end
        else:
            break
    return end


def listed_name_end(news: DocumentText, end: int, limit: int, rules: NameRules) -> int:
    """The end of a name that goes on as a list after ``end`` ("Ministerio de Inclusión | , Seguridad Social
    y Migraciones", "ministère du Travail | et de l'Emploi"), or ``end`` where no such list follows.

    A list is one only where a bridge ("y", "et", "and") closes it before a capitalised item: "Ministerio del
    Interior, | que" or "..., Yolanda Díaz," are no part of the name; an item that opens another body's
    head ("y Ministerio de Hacienda") is another body."""
    text = news.text
    bridges = tuple(f" {bridge} " for bridge in news.words("name_bridges"))
    position = end
    for _ in range(_MAX_LIST_ITEMS):
        comma = (_WRAPPED_LIST_COMMA if news.hard_wrapped else _LIST_COMMA).match(text, position)
        bridge = None if comma else next((b for b in bridges if text.startswith(b, position)), None)
        if comma is None and bridge is None:
            return end
        item_start = comma.end() if comma else position + len(bridge or "")
        item_end = _list_item_end(news, item_start, limit, rules)
        if item_end is None:
            return end
        # "..., Seguridad Social y Migraciones": the last item may hold the bridge that closes the list
        if bridge or any(b in text[item_start:item_end] for b in bridges):
            return item_end
        position = item_end
    return end


def _list_item_end(news: DocumentText, start: int, limit: int, rules: NameRules) -> int | None:
    """The end of a capitalised item of a list in a name, past a link ("de l'Emploi"), or None."""
    text = news.text
    link = starts_with_phrase(text, start, news.words("post_links"), ignore_case=False)
    start = start + len(link) if link else start
    start = start + 1 if link and not link.endswith(("'", "’")) and text.startswith(" ", start) else start
    if news.hard_wrapped and text[start:limit].startswith("\n"):
        start = skip_spaces(text, start, limit)  # "Orderly and\nRegular Migration": a line cut at its width
    if start >= limit or not text[start].isupper():
        return None
    if starts_with_phrase(text, start, news.pack.organization_heads, ignore_case=False):
        return None
    # an item is capitalised words only: "et de l'Emploi | devra présenter" goes on in a verb, not an adjective
    item_end = name_end(news, start, limit, replace(rules, lowercase_after_capital=False))
    return item_end if item_end > start else None


#: How many words the name of a body has at most where there are no capitals ("وزارة التخطيط والتعاون الدولي").
_MAX_CASELESS_NAME_WORDS = 5


def _caseless_name_end(news: DocumentText, words: list[Token], start: int) -> int:
    """Arabic: the name of a body runs through words with the article, written alone or after the
    conjunction ("وزارة | المياه والري"), and the words that continue one (``extra["post_complements"]``:
    "شؤون"); the first other word ends it ("وزارة الزراعة | بتقديم")."""
    articles = news.words("articles")
    joined = tuple(conjunction + article for conjunction in news.words("list_conjunctions") for article in articles)
    continuing = set(news.words("post_complements"))
    # "المنظمة المغربية | لحقوق | الإنسان", "الفيدرالية الأورومتوسطية | ضد | الاختفاء القسري": a word that
    # links a body's name to what it serves, before a word with the article
    links = set(news.words("body_name_links"))
    for_the = news.words("articles_with_proclitics")[:1]
    head_before = news.text[:start].split()[-1:] or [""]
    definite_head = bool(articles) and head_before[0].startswith(articles + joined)
    end = start
    conjunctions = news.words("list_conjunctions")
    heads = tuple(conjunction + head for conjunction in conjunctions for head in news.pack.organization_heads)
    for index, token in enumerate(words[:_MAX_CASELESS_NAME_WORDS]):
        if not index and token.text.startswith(joined):
            break  # "المنظمة | والمواقف": the conjunction joins the head to another noun, not to its name
        if index and (token.text.startswith(heads) or token.text in news.pack.organization_heads):
            break  # "الفيدرالية الدولية لحقوق الانسان | والمنظمة العربية", "الاتحاد الأوروبي | المنظمة": another body
        linked = token.text in links and index + 1 < len(words) and words[index + 1].text.startswith(articles)
        # "الشبكة الأورومتوسطية | للحقوق": "for the" written on the word that ends the name of a definite head
        # and its adjective (not "وزارة الصحة | للمواطنين": a ministry's name is a construct, its head bare)
        linked = linked or bool(index and links and definite_head and token.text.startswith(for_the))
        if not (token.text.startswith(articles + joined) or token.text in continuing or linked):
            break
        end = token.end
    return end


def _inflected_name_end(news: DocumentText, words: list[Token], start: int) -> int:
    """Russian: the name after a head is in the genitive whatever the head's case ("Министерству | труда
    и социальной защиты | поручено"): words of that shape (``extra["name_word_pattern"]``) or listed
    (``extra["post_complements"]``), a conjunction between two of them, and a state in the genitive
    after them ("Министерство финансов Российской Федерации")."""
    pattern = news.pack.derived("news_name_word", lambda pack: re.compile(str(pack.extra["name_word_pattern"])))
    listed = set(news.words("post_complements")) - set(news.words("list_conjunctions"))
    conjunctions = set(news.words("list_conjunctions"))

    def belongs(token: Token) -> bool:
        return token.text in listed or pattern.fullmatch(token.text.casefold()) is not None

    end = start
    for index, token in enumerate(words[:_MAX_NAME_TOKENS]):
        if token.text in conjunctions and index and index + 1 < len(words) and belongs(words[index + 1]):
            continue
        if not belongs(token):
            break
        end = token.end
    return end


def _bridges_to(news: DocumentText, words: list[Token], index: int) -> bool:
    """Whether the conjunction at ``index`` joins two capitalised words of one name, not two names
    ("Bộ Công an và | Bộ Ngoại giao": another head opens another organisation)."""
    if index + 1 >= len(words) or not words[index + 1].is_capitalized:
        return False
    heads = news.pack.organization_heads
    return starts_with_phrase(news.text, words[index + 1].start, heads, ignore_case=False) is None


def _is_caseless(token: Token) -> bool:
    return not (token.text[0].isupper() or token.text[0].islower())


def _lowercase_belongs(rules: NameRules, lower_run: int, previous_capitalized: bool) -> bool:
    """A lower-case token belongs at once to a title, or as the second syllable of a capitalised word."""
    if not rules.lowercase_needs_closing:
        return True
    return rules.lowercase_after_capital and lower_run == 1 and previous_capitalized


def _closes_with_acronym(text: str, words: list[Token], index: int) -> bool:
    """Whether ``words[index]`` is the last token before a "(ACRONYM)"."""
    return index == len(words) - 1 and _ACRONYM_AFTER.match(text, words[index].end) is not None


def _opens_person(words: list[Token], index: int, family_names: set[str]) -> bool:
    """A family name followed by at least one more capitalised token opens a person's name."""
    if words[index].text not in family_names or index + 1 >= len(words):
        return False
    return words[index + 1].is_capitalized


def _adjacent_tokens(news: DocumentText, start: int, limit: int) -> list[Token]:
    """Tokens from ``start`` separated only by single spaces (or a comma of a set phrase, a spaced dash)."""
    text = news.text
    compounds = news.words("comma_compounds")
    found: list[Token] = []
    position = start
    for token in iter_tokens(text, start, limit):
        gap = text[position : token.start]
        if found and not _joins(gap, text, found[-1], compounds, news.hard_wrapped):
            break
        if not found and gap.strip():
            break
        found.append(token)
        position = token.end
    return found


def _joins(gap: str, text: str, previous: Token, compounds: tuple[str, ...], wrapped: bool) -> bool:
    if gap in (" ", "\u00a0") or (wrapped and gap.strip(" \u00a0") == "\n"):
        return True
    if gap in (" - ", " – "):
        return True
    if gap == ", ":
        # "Phòng, chống": a set phrase with a comma inside.
        return any(text.startswith(compound, previous.start) for compound in compounds)
    return False


def capitalized_run(news: DocumentText, start: int, limit: int, max_tokens: int = 5) -> int:
    """The end of a run of capitalised tokens starting at ``start`` (a person's or a place's name)."""
    end = start
    for token in _adjacent_tokens(news, start, limit)[:max_tokens]:
        if not token.is_capitalized:
            break
        end = token.end
    return end


def continued_in_lower_case(news: DocumentText, start: int, end: int, limit: int) -> bool:
    """Whether the capitalised run ``text[start:end]`` goes on in a lower-case word that is no stop word:
    where names keep such words ("Trụ | sở Chính phủ"), the run is the first word of something longer."""
    if news.extra.get("lowercase_after_capital_in_names", True) is False:
        return False
    stops = {w.casefold() for w in (*news.words("name_stops"), *news.words("event_name_stops"))}
    following = next((t for t in _adjacent_tokens(news, start, limit) if t.start >= end), None)
    return following is not None and following.text[0].islower() and following.text.casefold() not in stops


# --- persons' names -------------------------------------------------------------------------

#: How many words a person's name has at most, particles aside ("عبد الفتاح السيسي" counts two).
_MAX_PERSON_WORDS = 3
#: How many characters a Chinese given name has at most (王毅, 习近平).
_MAX_HAN_GIVEN_NAME = 2
#: How many words a name written with capitals has at most ("Ferdinand R. Marcos Jr.").
_MAX_CASED_PERSON_TOKENS = 5


def person_name_end(
    news: DocumentText, start: int, limit: int, taken: frozenset[int] = frozenset(), *, article_first: bool = False
) -> int:
    """The end of the person's name that starts at ``start`` (``start`` itself when there is none).

    ``taken`` holds where known names start (a state, an organisation): a person's name stops before them.
    How a name ends depends on the script: capitals end it where there are capitals; elsewhere the
    pack's stop words, a count of words, or (in Chinese) family names and a count of characters.
    ``article_first``: where nothing before the name can take it as a complement (an honorific, a post and a
    colon), its first word may carry the article ("السيد | الحسن الإدريسي").
    """
    if start >= limit:
        return start
    if news.extra.get("word_boundaries") is False:
        return _han_person_end(news, start, limit)
    words = _adjacent_tokens(news, start, limit)
    if not words:
        return start
    if _is_caseless(words[0]):
        return _caseless_person_end(news, words, taken, article_first=article_first)
    return _cased_person_end(news, start, limit, taken)


def _cased_person_end(news: DocumentText, start: int, limit: int, taken: frozenset[int]) -> int:
    """Capitalised words, through initials ("Ferdinand R. Marcos Jr."), up to a known name."""
    text = news.text
    suffixes = set(news.words("name_suffixes"))
    end, last = start, ""
    for token in islice(news.tokens_between(start, limit), _MAX_CASED_PERSON_TOKENS):
        gap = text[end : token.start]
        # "President Joseph R.\nBiden": a name does not end on an initial, even where a line breaks after it
        initial_gap = gap.startswith(".") and not gap[1:].strip() and gap.count("\n") <= 1 and gap[1:] != ""
        joined = gap in (" ", "\u00a0") or (initial_gap and _is_initial(last))
        if (end > start and (not joined or token.start in taken)) or not token.is_capitalized:
            break
        end, last = token.end, token.text
        if last.endswith(_POSSESSIVES) or text.startswith(_POSSESSIVES, end):
            break  # "Governor Lane’s | Clean Rivers Plan": what a name owns is no part of it
    if end > start and (_is_initial(last) or last in suffixes) and text.startswith(".", end):
        end += 1  # the stop of an initial or of "Jr." belongs to the name
    return _past_surname_particle(news, start, end, limit, taken)


#: The endings of an English possessive, which close a name.
_POSSESSIVES = ("'s", "’s")


def _past_surname_particle(news: DocumentText, start: int, end: int, limit: int, taken: frozenset[int]) -> int:
    """ "Marta Ruiz | de Olano": a surname's particle in lower case (``extra["surname_particles"]``) and one
    capitalised word after a given name and a surname belong to the name; not a known name after it ("Enrique
    Gómez Vera | de Chile"), nor after a name of one word ("Gómez de Soria")."""
    if not news.words("surname_particles") or len(news.text[start:end].split()) < 2:
        return end
    particle = news.pack.derived("surname_particle", _surname_particle).match(news.text, end, limit)
    if particle is None or particle.end() in taken:
        return end
    surname = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?").match(news.text, particle.end(), limit)
    if surname is None or not surname.group()[0].isupper() or surname.group() in news.words("name_stops"):
        return end
    return surname.end()


def _surname_particle(pack: LanguagePack) -> re.Pattern[str]:
    """A particle of the pack's surnames between spaces, before a capital ("Ruiz | de | Olano")."""
    particles = sorted(pack.words("surname_particles"), key=len, reverse=True)
    return re.compile(rf" (?:{'|'.join(map(re.escape, particles))}) (?=[^\W\d_a-zà-ÿ])")


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _caseless_person_end(
    news: DocumentText, words: list[Token], taken: frozenset[int], *, article_first: bool = False
) -> int:
    """Two words, or three where a boundary follows the third ("أيمن الصفدي | إن").

    A stop word (a particle, a common verb) ends a name, and so does a word carrying a preposition
    or conjunction on its article ("بالوزير"). The first word has no article at all: a word with
    one after a post belongs to the post ("وزير | العمل"); but after an honorific or a post's colon,
    nothing takes it, and a given name may carry it ("الحسن", "الطيب"), unless it is a title itself
    ("السيد الرئيس", "صاحب السمو الأمير"). Particles ("عبد", "بن") join the next word.
    """
    stops = {w.casefold() for w in news.words("name_stops")}
    articles = news.words("articles")
    bound_articles = news.words("articles_with_proclitics")
    particles = set(news.words("name_particles"))
    if len(words) > 2 and words[1].text in particles and not words[0].text.startswith(articles):
        return _lineage_end(news, words, stops, taken)
    ends: list[int] = []
    last_index = -1
    for index, token in enumerate(words):
        text = token.text
        if text.casefold() in stops or text.startswith(bound_articles) or (index and token.start in taken):
            break
        if index == 0 and text.startswith(articles) and not (article_first and not _opens_a_title(news, token)):
            return words[0].start
        last_index = index
        if text in particles:
            continue
        ends.append(token.end)
        if len(ends) == _MAX_PERSON_WORDS:
            break
    if len(ends) < 2:
        return words[0].start
    if len(ends) == _MAX_PERSON_WORDS and not _ends_clause(news, words, last_index, stops, taken):
        return ends[1]
    return ends[-1]


def _opens_a_title(news: DocumentText, token: Token) -> bool:
    """ "السيد | الرئيس", "صاحب السمو | الأمير فيصل": a post or another honorific of the pack opens at the word,
    which names no one."""
    return any(
        starts_with_phrase(news.text, token.start, titles, ignore_case=False) is not None
        for titles in (news.pack.posts, news.pack.honorifics)
    )


def _lineage_end(news: DocumentText, words: list[Token], stops: set[str], taken: frozenset[int]) -> int:
    """A name of descent runs through every particle and the word after it ("محمد بن سلمان بن عبد
    العزيز آل سعود"), then takes a family name with the article where a clause ends after it
    ("أحمد بن سليمان بن عبد العزيز الراجحي | أن")."""
    particles = set(news.words("name_particles"))
    bound_articles = news.words("articles_with_proclitics")

    def is_name_word(index: int) -> bool:
        token = words[index]
        return not (token.text.casefold() in stops or token.text.startswith(bound_articles) or token.start in taken)

    index = 0
    while index + 1 < len(words) and words[index + 1].text in particles:
        after = index + 1
        while after < len(words) and words[after].text in particles:
            after += 1
        if after >= len(words) or not is_name_word(after):
            break
        index = after
    family = index + 1
    if (
        family < len(words)
        and is_name_word(family)
        and words[family].text.startswith(news.words("articles"))
        and _ends_clause(news, words, family, stops, taken)
    ):
        index = family
    return words[index].end


def _ends_clause(news: DocumentText, words: list[Token], index: int, stops: set[str], taken: frozenset[int]) -> bool:
    """Whether nothing that could still be a name follows ``words[index]``: a stop, a mark, a known name."""
    if index + 1 >= len(words):
        return True
    following = words[index + 1]
    return following.text.casefold() in stops or following.start in taken


#: A foreign name transliterated in Chinese: its parts joined by a middle dot ("朱莉·柯林斯").
#: Translators also join the parts with a hyphen ("尼古拉-施密特"), each part then of two characters at least.
_DOTTED_NAME = re.compile(
    r"[\u4e00-\u9fff]{1,8}(?:[·•‧・][\u4e00-\u9fff]{1,8})+|[\u4e00-\u9fff]{2,8}(?:[-－][\u4e00-\u9fff]{2,8})+"
)
#: A transliterated name with its original in Latin letters in brackets after it ("菲利彭科(Yevheniia Filipenko)").
_NAME_WITH_ORIGINAL = re.compile(r"([\u4e00-\u9fff]{2,5})[(（][A-Z][a-z]+(?:[ -][A-Z][a-z]+)+[)）]")


def _han_transliteration_end(news: DocumentText, start: int, limit: int) -> int:
    """The end of a foreign name transliterated in Chinese, which no family name opens: parts joined by a
    middle dot, the last cut before a stop word ("朱莉·柯林斯 | 表示"), or a name with its original after it."""
    text = news.text
    with_original = _NAME_WITH_ORIGINAL.match(text, start, limit)
    if with_original:
        return with_original.end(1)
    dotted = _DOTTED_NAME.match(text, start, limit)
    if dotted is None:
        return start
    first_part = re.split("[·•‧・\\-－]", dotted.group(), maxsplit=1)[0]
    if any(post in first_part for post in news.pack.posts):
        return start  # "高级副总裁 | 兼总经理丹·麦克纳马拉": a post before the name is no part of it
    last_part = max(text.rfind(dot, start, dotted.end()) for dot in "·•‧・-－") + 1
    stops = news.words("name_stops")
    cut = next((i for i in range(last_part + 1, dotted.end()) if text.startswith(stops, i)), dotted.end())
    return cut


#: How many characters a foreign name transliterated without a dot has ("佩恩", "菲利彭科").
_BARE_HAN_NAME = (2, 3, 4)


def _han_bare_name_end(news: DocumentText, start: int, limit: int) -> int:
    """After a post, a foreign name transliterated in two to four characters, which no family name opens:
    the shortest run that a stop word or a mark ends and that holds none ("外交部长佩恩 | 表示")."""
    text = news.text
    stops = news.words("name_stops")
    for length in _BARE_HAN_NAME:
        end = start + length
        if end > limit or not all(_is_han(c) for c in text[start:end]):
            return start
        if any(text.startswith(stops, i) for i in range(start, end)):
            return start
        if end == limit or not _is_han(text[end]) or text.startswith(stops, end):
            return end
    return start


def _han_person_end(news: DocumentText, start: int, limit: int) -> int:
    """A family name and a given name of one or two characters, before a stop word or a mark (王毅 | 表示)."""
    text = news.text
    transliterated = _han_transliteration_end(news, start, limit)
    if transliterated > start:
        return transliterated
    family = max((f for f in news.words("family_names") if text.startswith(f, start)), key=len, default="")
    if not family:
        return _han_bare_name_end(news, start, limit)
    stops = news.words("name_stops")
    for given in range(1, _MAX_HAN_GIVEN_NAME + 1):
        end = start + len(family) + given
        if end > limit or not all(ch.isalpha() for ch in text[start + len(family) : end]):
            break
        if end == limit or not text[end].isalpha() or text.startswith(stops, end):
            return end
    return start


# --- readings of a name the actor finders share ---------------------------------------------


def overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span.start < other.end and other.start < span.end for other in others)


def name_joiners(news: DocumentText) -> frozenset[str]:
    """Lower-case words that stay inside a name between capitalised ones ("de", "of", "and", "la")."""

    def make(pack: LanguagePack) -> frozenset[str]:
        phrases = (*pack.words("name_joiners"), *pack.words("name_bridges"), *pack.words("name_inner_articles"))
        return frozenset(word for phrase in phrases for word in phrase.split())

    return news.pack.derived("news_name_joiners", make)


def proclitic_forms(pack: LanguagePack, words: Iterable[str]) -> dict[str, tuple[int, str]]:
    """Words of a pack, also with a one-letter word written on them ("والمنظمة", "لسفير"), each with where the
    word itself starts in the form and the word it is; "ل" takes the alif of the article ("للمحكمة الجنائية
    الدولية"): no clean place to cut, the whole form is the word (keys peel it: see
    :func:`kg.resolve.minted_key`)."""
    words = tuple(words)
    forms = {word: (0, word) for word in words}
    for word in words:
        for proclitic in pack.words("proclitics"):
            if proclitic.endswith("ل") and word.startswith("ال"):
                forms.setdefault(proclitic + "ل" + word[2:], (0, word))
            else:
                forms.setdefault(proclitic + word, (len(proclitic), word))
    return forms


#: How many words' body words a pack remembers; past it, it forgets them all and starts again.
_BODY_WORDS_REMEMBERED = 1 << 16


def body_word(news: DocumentText, word: str) -> str | None:
    """The pack's body word ``word`` is, or begins with (Russian cases: "корпорации"), past a proclitic
    ("وتنسيقية"), or None. Asked of every word, and words recur in a text and from text to text: the answer
    depends on the pack alone, so each word is read once a process (a document's texts are several)."""
    read: dict[str, str | None] = news.pack.derived("names.body_words", lambda _: {})
    if word not in read:
        if len(read) >= _BODY_WORDS_REMEMBERED:
            read.clear()
        read[word] = _body_word(news, word)
    return read[word]


def _body_word(news: DocumentText, word: str) -> str | None:
    bodies = news.pack.derived("news_body_words_by_prefix", _BodyWordsByPrefix)
    endings = ("", *news.words("body_word_endings"))
    for form in (word, *(word[len(p) :] for p in news.words("proclitics") if word.startswith(p))):
        folded = form.casefold()
        for body, folded_body in bodies.opening(folded):
            if len(endings) > 1 and has_case(form, 0):  # "Offices", not "Officer"
                if folded[len(folded_body) :] in endings:
                    return body
            elif len(form) - len(body) <= 3 or not has_case(form, 0):
                return body
    return None


class _BodyWordsByPrefix:
    """The pack's body words with their case folded, filed by their folded form: a word read is looked up
    by its few prefixes of a body word's length, not compared with every body word of the pack."""

    def __init__(self, pack: LanguagePack) -> None:
        words = pack.extra.get("body_words", {})
        self._by_folded: dict[str, list[tuple[int, str, str]]] = {}
        for order, body in enumerate(words if isinstance(words, Mapping) else ()):
            self._by_folded.setdefault(body.casefold(), []).append((order, body, body.casefold()))
        self._lengths = sorted({len(folded) for folded in self._by_folded})

    def opening(self, folded: str) -> list[tuple[str, str]]:
        """The body words ``folded`` begins with, each with its folded form, in the pack's order."""
        found = [
            entry
            for length in self._lengths
            if length <= len(folded)
            for entry in self._by_folded.get(folded[:length], ())
        ]
        return [(body, folded_body) for _, body, folded_body in sorted(found)]


#: A name in Latin letters: capitalised words, and the words that join them inside English names.
LATIN_NAME = re.compile(
    r"(?<![\w.&])[A-Z][A-Za-z0-9&'’.-]*(?:[ \t]+(?:[A-Z0-9][A-Za-z0-9&'’.-]*|of|and|for|the|&))*(?<![ \t])"
)


def writes_latin(news: DocumentText) -> bool:
    """Whether the text's language is written in Latin letters, as its pack's month names are."""

    def make(pack: LanguagePack) -> bool:
        letters = [c for month in pack.months for c in month if c.isalpha()]
        return not letters or all(unicodedata.name(c, "").startswith("LATIN") for c in letters)

    return news.pack.derived("news_writes_latin", make)


def unspaced(news: DocumentText) -> bool:
    return news.extra.get("word_boundaries") is False


def has_case(text: str, position: int) -> bool:
    """Whether the word at ``position`` is written in a script with capitals (not Arabic, not Chinese)."""
    return position < len(text) and (text[position].isupper() or text[position].islower())
