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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.builders.news.text import NewsText, Token, iter_tokens

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


def organization_rules(news: NewsText) -> NameRules:
    return NameRules(frozenset(w.casefold() for w in news.words("name_stops")))


def title_rules(news: NewsText, key: str = "instrument_name_stops") -> NameRules:
    """Rules for names of instruments and events, which run through lower-case words up to a stop."""
    stops = news.words(key) or news.words("name_stops")
    return NameRules(frozenset(w.casefold() for w in stops), lowercase_needs_closing=False, split_persons=False)


def name_end(news: NewsText, start: int, limit: int, rules: NameRules) -> int:
    """The end of the name whose words start at ``start`` (``start`` itself when there is none)."""
    text = news.text
    words = _adjacent_tokens(news, start, limit)
    end, lower_run, previous_capitalized = start, 0, False
    family_names = set(news.words("family_names")) if rules.split_persons else set()
    bridges = set(news.words("name_bridges")) if rules.lowercase_needs_closing else set()
    for index, token in enumerate(words[:_MAX_NAME_TOKENS]):
        if token.text.isdigit() and not rules.lowercase_needs_closing:
            end = token.end if index > 0 else end
            break  # "Hồ sơ Di cư Việt Nam 2023": an edition's year closes a title
        if _is_caseless(token) and token.text.casefold() in rules.stops:
            break  # without capitals, only stop words end a name ("مؤتمر إقليمي | في عمّان")
        if token.is_capitalized or token.text.isdigit():
            if index > 0 and _opens_person(words, index, family_names):
                break
            end, lower_run, previous_capitalized = token.end, 0, True
            continue
        if token.text in bridges and index + 1 < len(words) and words[index + 1].is_capitalized:
            continue  # "Bộ Kế hoạch và Đầu tư": a conjunction between capitalised words
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


def _is_caseless(token: Token) -> bool:
    return not (token.text[0].isupper() or token.text[0].islower())


def _lowercase_belongs(rules: NameRules, lower_run: int, previous_capitalized: bool) -> bool:
    """A lower-case token belongs at once to a title, or as the second syllable of a capitalised word."""
    return not rules.lowercase_needs_closing or (lower_run == 1 and previous_capitalized)


def _closes_with_acronym(text: str, words: list[Token], index: int) -> bool:
    """Whether ``words[index]`` is the last token before a "(ACRONYM)"."""
    return index == len(words) - 1 and _ACRONYM_AFTER.match(text, words[index].end) is not None


def _opens_person(words: list[Token], index: int, family_names: set[str]) -> bool:
    """A family name followed by at least one more capitalised token opens a person's name."""
    if words[index].text not in family_names or index + 1 >= len(words):
        return False
    return words[index + 1].is_capitalized


def _adjacent_tokens(news: NewsText, start: int, limit: int) -> list[Token]:
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


def capitalized_run(news: NewsText, start: int, limit: int, max_tokens: int = 5) -> int:
    """The end of a run of capitalised tokens starting at ``start`` (a person's or a place's name)."""
    end = start
    for token in _adjacent_tokens(news, start, limit)[:max_tokens]:
        if not token.is_capitalized:
            break
        end = token.end
    return end
