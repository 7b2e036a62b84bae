"""The schema of a language pack's data: every field a builder may read, in sections, each with its type and doc.

A pack (``kg/lang/<code>.py``) writes its data as it always has: the typed fields of
:class:`~kg.lang.base.LanguagePack` and the dictionary ``extra``. This module declares every
key of ``extra`` once, in the section of the facts it serves (numbers, dates, instruments ...),
with its type and a line of documentation. Three things follow:

* :func:`problems` checks a pack's data against the schema: a key no section declares (named with
  the section it most likely belongs to), a value not of its declared type, a pattern that does
  not compile. ``tests/test_lang_schema.py`` runs it on every pack.
* reading a key the schema does not declare raises :class:`UndeclaredField` at once
  (:class:`PackData`), so a misspelt key never silently reads as empty.
* :func:`missing` lists, per section, the fields a pack has not written: what the author of a
  new language still has to fill (``python -m kg.lang``).

To declare a new key, add one line to its section below: ``name: type = kind("what it holds")``,
the kind being one of :func:`words`, :func:`phrases`, :func:`counts`, :func:`word_lists`,
:func:`pairs`, :func:`regex`, :func:`regexes`, :func:`text`, :func:`flag` or :func:`function`;
pass ``optional=True`` when only some languages need it (a script without spaces, a calendar).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import Field, dataclass, field, fields
from functools import cache
from typing import Any

__all__ = [
    "SECTIONS",
    "PackData",
    "UndeclaredField",
    "declared",
    "missing",
    "problems",
    "section_of",
]


def _declare(doc: str, kind: str, default: Any, optional: bool) -> Any:
    metadata = {"doc": doc, "kind": kind, "optional": optional}
    if isinstance(default, Mapping):
        return field(default_factory=dict, metadata=metadata)
    return field(default=default, metadata=metadata)


def words(doc: str, *, optional: bool = False) -> Any:
    """Words or phrases, as a tuple of non-empty strings."""
    return _declare(doc, "words", (), optional)


def phrases(doc: str, *, optional: bool = False) -> Any:
    """Surface forms mapped to a string: an action, a kind, an English name, a code."""
    return _declare(doc, "phrases", {}, optional)


def counts(doc: str, *, optional: bool = False) -> Any:
    """Words mapped to the whole number they stand for."""
    return _declare(doc, "counts", {}, optional)


def word_lists(doc: str, *, optional: bool = False) -> Any:
    """Names mapped to a tuple of the words that announce them."""
    return _declare(doc, "word_lists", {}, optional)


def pairs(doc: str, *, optional: bool = False) -> Any:
    """Pairs of strings."""
    return _declare(doc, "pairs", (), optional)


def regex(doc: str, *, optional: bool = False) -> Any:
    """A regular expression (empty: none)."""
    return _declare(doc, "regex", "", optional)


def regexes(doc: str, *, optional: bool = False) -> Any:
    """Regular expressions."""
    return _declare(doc, "regexes", (), optional)


def text(doc: str, *, optional: bool = False) -> Any:
    """One string."""
    return _declare(doc, "text", "", optional)


def flag(doc: str, *, default: bool = True, optional: bool = True) -> Any:
    """A switch; a language that leaves it out gets the default."""
    return _declare(doc, "flag", default, optional)


def function(doc: str, *, optional: bool = True) -> Any:
    """A function of the language (it cannot be written as data)."""
    return _declare(doc, "function", None, optional)


@dataclass(frozen=True)
class Numbers:
    """Numbers written in digits or words, and what makes a numeral no amount (kg.text.numbers)."""

    ordinal_markers: tuple[str, ...] = words(
        "words before a numeral that make it an ordinal or a number of something, not an amount (kg.text.numbers)"
    )
    range_links: tuple[str, ...] = words(
        'words between the ends of a range ("từ 10 đến 15%"): the low end is at least, the high at most'
    )
    scale_links: tuple[str, ...] = words(
        'words joining a smaller scale to a larger one ("مليون و500 ألف")', optional=True
    )
    number_words: Mapping[str, int] = counts(
        'numbers in words before a scale word or a counted noun, with their value ("ثلاثة ملايين", "two posts")'
    )
    lone_scale_words: Mapping[str, int] = counts('scale words that alone mean an amount ("مليون": 1000000)')
    scale_units_after: tuple[str, ...] = words(
        'scale words after which a smaller number adds to them ("32 mil 653", "2万5000")'
    )
    scale_infixes: Mapping[str, str] = phrases(
        'words between digits and a scale word, with the qualifier they give ("130多万")', optional=True
    )
    three_digit_fraction_before_scale: bool = flag(
        'whether "2.075 millones" is 2.075 million (Mexico), not 2075 million ("2.615 tỷ" in Vietnamese)',
        default=False,
    )
    age_words_before: tuple[str, ...] = words('words before a numeral that make it an age, not an amount ("aged 65")')
    age_words_after: tuple[str, ...] = words('words after a numeral that make it an age ("18 years of age", "18 tuổi")')
    ratio_links: tuple[str, ...] = words('words before the second term of a ratio, which is no amount ("1 in 30")')
    prefix_units: tuple[str, ...] = words(
        'units written before their number ("百分之二十六点六"), besides symbols and currency codes', optional=True
    )
    numeral_characters: Mapping[str, int] = counts(
        'characters of numbers written in words, with their values ("二十六": 26)', optional=True
    )
    numeral_point: str = text('the decimal point of such numbers ("点")', optional=True)
    proclitics: tuple[str, ...] = words(
        'one-letter words written on the next word ("و" and, "ب" with, "ل" for)', optional=True
    )
    per_words: tuple[str, ...] = words('words before the unit an amount is counted per ("per", "每")')
    qualifiers_after: Mapping[str, str] = phrases('qualifiers written after a figure ("8% trở lên": at least)')


@dataclass(frozen=True)
class Figures:
    """A figure's measure and year in running text (kg.finders.figures)."""

    measure_stops: tuple[str, ...] = words("words that end the measure of a figure")
    measure_connectors: tuple[str, ...] = words("words between a figure and its measure, left out of it")
    measure_verbs: tuple[str, ...] = words(
        'verbs between a measure and its figure ("tăng trưởng GDP | đạt | 7,09%"); verb first: "ارتفع | حجم"'
    )
    measure_openers: tuple[str, ...] = words(
        'words after which a measure written before its verb starts ("phấn đấu | tăng trưởng GDP đạt 8%")'
    )
    period_year_words: tuple[str, ...] = words('words before the year a figure is of ("vào năm 2020")')
    year_range_links: tuple[str, ...] = words(
        'words between the years of a range ("2022至2024年", "de 2011 a 2012"): a figure\'s period', optional=True
    )
    this_year_words: tuple[str, ...] = words(
        'words for the year a text is written in ("this year", "今年"): a figure\'s period', optional=True
    )
    subset_words: tuple[str, ...] = words(
        'words before a figure that counts part of the figure before ("de los cuales", "of whom", "其中")',
        optional=True,
    )
    number_of_words: tuple[str, ...] = words(
        'words that open a measure counting the noun after them ("el número de": "el número de operaciones")',
        optional=True,
    )
    year_parts: Mapping[str, str] = phrases(
        'parts of a year a figure is of, to their months or quarter ("primer bimestre": "01/02", "first half": "H1")',
        optional=True,
    )
    period_phrases: tuple[str, ...] = words(
        'periods named by an event, kept as written ("before the pandemic", "疫情发生前")', optional=True
    )
    that_year_words: tuple[str, ...] = words(
        'words for the year a text wrote last ("en ese año", "that year"): a figure\'s period', optional=True
    )
    since_words: tuple[str, ...] = words(
        'words before the month or year a figure counts from ("since October 2022", "desde 2011")', optional=True
    )
    same_period_words: tuple[str, ...] = words(
        'words before the year a figure is compared to, the year before the text\'s ("mismo periodo de 2012")',
        optional=True,
    )
    next_year_words: tuple[str, ...] = words(
        'words for the year after the one a text spoke of ("un año después", "a year later")', optional=True
    )
    counted_nouns: Mapping[str, str] = phrases(
        'nouns a figure counts, with the unit they give it ("niños": children, "pays": countries)', optional=True
    )
    nationals: Mapping[str, str] = phrases(
        'words for the nationals of a state right after a number, with its ISO 3166 code ("28 канадских граждан":'
        ' CAN, "27 Australians": AUS): the state the figure counts people of',
        optional=True,
    )
    count_classifiers: tuple[str, ...] = words(
        'measure words between a number and the noun it counts ("8万3500位新移民": 位)', optional=True
    )
    ordinal_nouns: tuple[str, ...] = words(
        'nouns a number after which says which one, not how many ("الذكرى 26": the 26th anniversary)', optional=True
    )
    kind_classifier_nouns: tuple[str, ...] = words(
        'nouns after a number that say what kind a thing is, not how much ("chính quyền 02 cấp": two-tier)',
        optional=True,
    )
    numbered_name_words: tuple[str, ...] = words(
        'words a number after which is part of a name, not an amount ("كوفيد 19", "Covid 19")', optional=True
    )
    hour_marks: tuple[str, ...] = words(
        'marks after a number that make it a time of day ("4 h 30", "18h"), not an amount', optional=True
    )
    limit_words: Mapping[str, str] = phrases(
        'words of a limit in the measure before a figure, with the qualifier they give it ("a maximum rate of 22 per'
        ' cent": at-most)',
        optional=True,
    )
    reference_date_words: tuple[str, ...] = words(
        'words before the day a stock is counted at ("as at 30 April 2019", "au 30 avril 2019"): a figure\'s period',
        optional=True,
    )
    period_end_words: tuple[str, ...] = words(
        'words before the last day of a period the text names in full ("the financial period ended 30 June 2018")',
        optional=True,
    )


@dataclass(frozen=True)
class Dates:
    """Dates, years and periods, besides the pack's ``months`` (kg.text.dates, kg.finders.dates)."""

    date_words: tuple[str, ...] = words('words before a date ("ngày 29/10")')
    date_order: str = text('order of day and month in numeric dates ("dmy")')
    date_links: tuple[str, ...] = words('words joining day, month and year ("20 tháng 3 năm 2020")')
    date_marks: tuple[str, ...] = words(
        'the marks after year, month and day of a date written with them ("2018年12月19日")', optional=True
    )
    day_ordinal_suffixes: tuple[str, ...] = words(
        'the suffixes of a day written as an ordinal after its month ("June 13th", "June 13<sup>th</sup>")',
        optional=True,
    )
    date_range_openers: tuple[str, ...] = words('words before the first day of a range of dates ("from", "du", "من")')
    date_range_connectors: tuple[str, ...] = words(
        'words between the two ends of a range of dates ("-", "to", "au", "إلى")'
    )
    year_words_before: tuple[str, ...] = words('words before a year that make it a date ("in", "عام")')
    year_words_after: tuple[str, ...] = words('words after a year that make it a date ("年")', optional=True)
    hijri_months: tuple[str, ...] = words(
        'months of the Hijri calendar: a date with one is no figure ("جمادى الأولى")', optional=True
    )
    hijri_marks: tuple[str, ...] = words(
        'marks of the Hijri era after a year ("1446 هـ", "١٢/٥/١٤٤٦هـ")', optional=True
    )
    period_words: tuple[str, ...] = words('words before a period ("giai đoạn 2017-2022")')


@dataclass(frozen=True)
class Deadlines:
    """Deadlines, time limits and cycles of commitments (kg.text.deadlines)."""

    deadline_words: tuple[str, ...] = words('words before a year that is a deadline ("trước năm 2025")')
    deadline_tails: tuple[str, ...] = words(
        'words after a year that make it a deadline, where a language puts them there ("2060年前")', optional=True
    )
    deadline_date_words: tuple[str, ...] = words('words before a day that is a deadline ("trước ngày 31/12/2025")')
    deadline_date_tails: tuple[str, ...] = words(
        'words after a day that make it a deadline ("于2024年12月31日前")', optional=True
    )
    deadline_date_not_tails: tuple[str, ...] = words(
        'words after a day that look like a tail and are not one ("前后": around that day)', optional=True
    )
    session_deadline_words: tuple[str, ...] = words(
        'words before the number of the session of a body at which something is due ("tại Kỳ họp thứ 10")',
        optional=True,
    )
    legislature_patterns: tuple[str, ...] = regexes(
        'patterns of the legislature a body\'s sessions are numbered in ("Quốc hội khóa XV", "XVIe législature"),'
        ' its number (Roman or Arabic) the group "term"',
        optional=True,
    )
    cycle_words: Mapping[str, str] = phrases('how often a commitment recurs, as ISO 8601 durations ("hằng năm": P1Y)')
    time_limit_words: tuple[str, ...] = words(
        'words before a time limit counted from when the text takes effect ("trong thời hạn 30 ngày")'
    )
    time_limit_tails: tuple[str, ...] = words(
        'words after a time limit\'s unit, where a language puts them there ("30日内")', optional=True
    )
    duration_units: Mapping[str, str] = phrases(
        'the units of a time limit, as ISO 8601 designators ("ngày": D, "tháng": M)'
    )
    lead_time_words: tuple[str, ...] = words(
        'words after a duration that count it from an event ("12 weeks ahead of each forum"): a lead time, no figure',
        optional=True,
    )
    term_period_words: tuple[str, ...] = words(
        'words before the years a commitment runs over ("the period from 2019 to 2028"): due from the first',
        optional=True,
    )
    term_period_tails: tuple[str, ...] = words(
        'words after those years, where a language puts them there ("2019-2028年期间")', optional=True
    )
    term_period_connectors: tuple[str, ...] = words(
        'words between the first and last year of such a period ("to", "-")', optional=True
    )


@dataclass(frozen=True)
class Script:
    """How the language writes: spaces between words, word order, marks."""

    word_boundaries: bool = flag(
        "False where words are not separated by spaces (Chinese): posts and names are found inside runs of characters"
    )
    verb_first: bool = flag("whether a subject follows its verb (Arabic); Vietnamese puts it first", default=False)
    event_heads_dated: tuple[str, ...] = words(
        "event heads that name one meeting only with its day or its place: undated and unplaced, the name is of a "
        'standing mechanism ("the Norland–Kestrel Water Dialogue is a standing mechanism")',
        optional=True,
    )
    event_names_capitalised: bool = flag(
        'whether every word of an event\'s name after its head is capitalised or a joiner ("Summit of the Americas"), '
        'so that a lower-case word ends it ("the Summit | opens"); French and Vietnamese names run on in lower case',
        default=False,
    )
    mark_variants: Mapping[str, str] = phrases(
        'full-width marks read as the ASCII marks they stand for ("．": ".", "（": "(")', optional=True
    )
    stop_abbreviations: tuple[str, ...] = words(
        'words written with a stop that ends no sentence, beyond the titles ("Inc.", "Co.", "Cía.")', optional=True
    )


@dataclass(frozen=True)
class Names:
    """Where the name of a body, an event, an instrument or a person starts and ends (kg.finders.names)."""

    body_name_links: tuple[str, ...] = words(
        'words that go on with a body\'s name before a word with the article ("لحقوق", "ضد")', optional=True
    )
    name_articles: tuple[str, ...] = words(
        'articles that may open a sentence before a name and are no part of it ("The", "La")', optional=True
    )
    elided_articles: tuple[str, ...] = words(
        'articles elided onto the next word ("l\'"): a name opens after one ("l\'|Organisation ...")', optional=True
    )
    name_inner_articles: tuple[str, ...] = words(
        'articles inside a name between its capitalised words ("the", "de las")', optional=True
    )
    event_heads_alone: tuple[str, ...] = words(
        'words that name an event by themselves where a day or a known place follows them closely ("un encuentro '
        'informal el 7 de junio en California"); a head of event_heads needs a name',
        optional=True,
    )
    event_name_joiners: tuple[str, ...] = words(
        'lower-case words inside an event\'s name ("to": "Conference to Adopt ...")', optional=True
    )
    indefinite_articles: tuple[str, ...] = words(
        'indefinite articles, before a common noun that names no particular event or body ("a", "an")', optional=True
    )

    family_names: tuple[str, ...] = words(
        'first syllables of personal names, to tell "Cục Lãnh sự" from "Phan Thị Minh Giang"', optional=True
    )
    transliteration_characters: tuple[str, ...] = words(
        "characters of foreign names written in a script without spaces (Chinese 法, 比, 奥): the given name before "
        'a middle dot runs back over them ("港口工人 | 法比奥·博辛")',
        optional=True,
    )
    name_stops: tuple[str, ...] = words(
        "words that end the name of a body, an event or an instrument (function words, common verbs)"
    )
    name_bridges: tuple[str, ...] = words("conjunctions that stay inside a name between capitalised words")
    name_joiners: tuple[str, ...] = words(
        'lower-case words that join capitalised words of a name ("of": "Ministry of Health")'
    )
    lowercase_after_capital_in_names: bool = flag(
        'whether a lower-case word after a capitalised one stays in a name ("Ngoại giao")'
    )
    name_base_form: Callable[[str], str] | None = function(  # noqa: RUF009 - a declaration, not a shared default
        'the base (nominative) form of a name a text declines ("Шотландской национальной партии"), for the '
        "languages that decline names (kg.text.morphology)"
    )
    person_base_form: Callable[[str], str] | None = function(  # noqa: RUF009 - a declaration, not a shared default
        'the base (nominative) form of a person\'s name a text declines ("Сергея Лаврова"), where it is sure'
    )
    comma_compounds: tuple[str, ...] = words('set phrases with a comma inside ("phòng, chống")', optional=True)
    name_openers: tuple[str, ...] = words(
        'words after which a name without head words starts ("由", "会同")', optional=True
    )
    name_followers: tuple[str, ...] = words(
        'words that may follow such a name, besides stops, verbs and posts ("等", "牵头")', optional=True
    )
    name_word_pattern: str = regex(
        'pattern of a lower-case word that continues a name after its head ("труда и социальной защиты")', optional=True
    )
    name_suffixes: tuple[str, ...] = words('words after a name that belong to it ("Jr.")')
    articles: tuple[str, ...] = words(
        'an article a given name never opens with (Arabic "ال"); a word with it after a post is the post\'s',
        optional=True,
    )
    articles_with_proclitics: tuple[str, ...] = words(
        'the article with a preposition or conjunction on it ("بال"): a word with one belongs to no name', optional=True
    )
    name_particles: tuple[str, ...] = words(
        'words that join the next one in a name ("عبد الفتاح", "بن")', optional=True
    )
    prepositions: tuple[str, ...] = words(
        'prepositions of the language: capitalised in a title ("Periodistas Sin Límites"), never in a name',
        optional=True,
    )
    plural_posts: tuple[str, ...] = words(
        'posts written in the plural, each held by a name listed after them ("los presidentes Ana Ruiz y Luis Paz")',
        optional=True,
    )
    surname_particles: tuple[str, ...] = words(
        'lower-case particles inside a compound surname, before its capitalised word ("Ruiz | de | Olano")',
        optional=True,
    )
    list_articles: tuple[str, ...] = words('articles dropped before the items of a list ("de la République argentine")')
    list_conjunctions: tuple[str, ...] = words(
        'the conjunction before the last item of a list ("Lê Thành Long và Hồ Đức Phớc")'
    )


@dataclass(frozen=True)
class Actors:
    """National bodies, collectives and the home state (kg.finders.actors, kg.finders.text)."""

    body_words: Mapping[str, str] = phrases(
        'words that mark the name of a body wherever they stand in it, with its kind ("Agency": government-agency)',
        optional=True,
    )
    seated_body_words: Mapping[str, str] = phrases(
        'body words that name a body only where the place it serves in ends its name ("Support Mission in Mali")',
        optional=True,
    )
    venue_words: tuple[str, ...] = words(
        'words that make a name holding a body word a room or a building where they open or end it ("Assembly '
        'Hall"): a place, no body; in a legal text, a body\'s name right after one ("Sân | Trung tâm Thể '
        'thao ...") names the site',
        optional=True,
    )
    body_word_endings: tuple[str, ...] = words(
        'the only endings a body word takes and stays one, where the language inflects it little ("Offices", '
        'not "Officer"); without them, any short ending (cases: "корпорации")',
        optional=True,
    )
    authority_words: tuple[str, ...] = words(
        'a state\'s authorities, named with the state: its Government ("authorities", "властями Канады")', optional=True
    )
    authority_words_after_state: tuple[str, ...] = words(
        'a state\'s authorities named right after the state as its modifier: its Government ("the U.S. government")',
        optional=True,
    )
    organization_nouns: tuple[str, ...] = words(
        'common nouns for a non-profit body right before its name ("organización", "ONG": "la organización Oxfam")',
        optional=True,
    )
    quoted_name_kinds: tuple[str, ...] = words(
        "words (or their stems) for a kind of body right before a name in quotation marks, which is then the "
        'body\'s name ("газеты «Гардиан»", "НКО «…»"); a word in capitals is matched whole',
        optional=True,
    )
    company_words: tuple[str, ...] = words(
        'common nouns for a company right before its name, in lower case ("company", "operator", "empresa")',
        optional=True,
    )
    based_suffixes: tuple[str, ...] = words(
        'endings of a word that places a company, before its kind and name ("-based": "Seattle-based")',
        optional=True,
    )
    company_suffixes: tuple[str, ...] = words(
        'legal forms that end a company\'s name ("Inc.", "Ltd."), also in a text in another script', optional=True
    )
    adjective_of_origin_endings: tuple[str, ...] = words(
        'endings of an adjective of origin after a state\'s stem ("الجزائر" + "ية")', optional=True
    )
    agreement_endings: tuple[str, ...] = words(
        'the ending a head with the article shares with its adjective ("ة")', optional=True
    )

    home_state: str = text(
        'ISO 3166 alpha-3 of the state an unqualified national body belongs to ("Bộ Ngoại giao" in a Vietnamese text)',
        optional=True,
    )
    standalone_organizations: Mapping[str, str] = phrases("national bodies named by one word, with English names")
    standalone_exceptions: tuple[str, ...] = words(
        'titles that hold a standalone body\'s name and name no body ("Heads of State and Government")'
    )
    parent_organizations: tuple[tuple[str, str], ...] = pairs(
        "departments whose parent body is fixed by law, as (department, parent) names", optional=True
    )
    organization_tails: Mapping[str, str] = phrases(
        'words that end a body\'s name where names have no head word (Chinese "部", "委员会"), with its kind',
        optional=True,
    )
    organization_tail_exceptions: tuple[str, ...] = words(
        'words that end with such a tail and name no body ("干部", "格局")', optional=True
    )
    generic_body_words: tuple[str, ...] = words(
        'words before such a tail that make it a class of bodies, not a name ("这些公司", "外国公司")', optional=True
    )
    short_name_tails: tuple[str, ...] = words(
        'tails after which one character names a body (Chinese "党": "工党")', optional=True
    )
    home_country_words: tuple[str, ...] = words(
        'words for the home country as a subject ("المملكة", "nước ta", "我国")'
    )
    plural_markers: tuple[str, ...] = words(
        "words before a post that make it plural, so that a list of names follows", optional=True
    )
    place_prepositions: tuple[str, ...] = words('words before a place ("tại Hà Nội")')
    place_prefixes: tuple[str, ...] = words('administrative words before a place\'s name ("tỉnh Vĩnh Phúc")')
    place_proclitics: tuple[str, ...] = words(
        'prepositions written on a place\'s name, where words carry their prepositions ("بالرباط": in Rabat)',
        optional=True,
    )
    short_body_names: Mapping[str, str] = phrases(
        'a body named by its kind alone, which stands for the document\'s own ("the Council"), with its kind'
    )
    organ_names: tuple[str, ...] = words(
        'organs of an organisation, named bare in its own texts ("المكتب التنفيذي", "le bureau national"): the '
        "organs of the body the text names first",
        optional=True,
    )
    non_body_acronyms: tuple[str, ...] = words(
        "acronyms of measures, taxes, diseases and things that a text writes after an article and repeats, but that "
        'name no body ("PIB", "IVA", "TVA")',
        optional=True,
    )


@dataclass(frozen=True)
class Posts:
    """Posts and their holders, besides the pack's ``posts`` and ``honorifics`` (kg.finders.persons)."""

    post_links: tuple[str, ...] = words('words between a post and its organisation or state ("of", "de", "del")')
    post_complements: tuple[str, ...] = words(
        "words that continue a post's portfolio before its holder's name (\"министр финансов\")"
    )
    becoming_links: tuple[str, ...] = words(
        'words between a name and a post its holder took up ("الذي أصبح", "who became")', optional=True
    )
    post_case_endings: tuple[str, ...] = words(
        'endings a post takes after such a link, in a language that declines it (the Arabic accusative "رئيس|ا")',
        optional=True,
    )
    post_scopes: tuple[str, ...] = words(
        'adjectives written after a post that say its scope, part of the post as written ("dirigente | estatal", '
        '"comisionado | político estatal")',
        optional=True,
    )
    post_names_in_news: Mapping[str, str] = phrases(
        'English names of posts as news uses them, where a UN document\'s differ ("Président")'
    )
    posts_needing_a_holder: tuple[str, ...] = words(
        "posts whose word is also an ordinary word: a post only with its holder"
    )
    state_adjectives: Mapping[str, str] = phrases(
        'nationality adjectives that name the state a post serves ("le premier ministre italien"), with its '
        "ISO alpha-3 code; besides those read from the states' official names",
        optional=True,
    )
    adjective_endings: tuple[tuple[str, str], ...] = pairs(
        "(ending of an adjective in a state's official name, ending of the form after a post): the official "
        'name agrees with its head ("République italienne"), a post is masculine ("président italien")',
        optional=True,
    )
    citizenship_words: tuple[str, ...] = words(
        'words by which a list says whose citizen a person is, before the post ("гражданин Канады, колумнист"): '
        "no post",
        optional=True,
    )


@dataclass(frozen=True)
class Instruments:
    """Instruments cited by number or by name, their issuers and signers (kg.finders.instruments)."""

    between_words: tuple[str, ...] = words(
        'the word for "between" in a treaty\'s name ("giữa", "between"): the name runs to its second party',
        optional=True,
    )
    party_stops: tuple[str, ...] = words(
        'words after which a treaty\'s name names no more parties ("đối với", "in")', optional=True
    )
    instrument_self_words: tuple[str, ...] = words(
        'words by which an instrument names itself ("Luật này", "Le présent décret", "This")', optional=True
    )

    instrument_heads: Mapping[str, str] = phrases("words that open the name of an instrument, with its kind")
    capitalised_instrument_heads: Mapping[str, str] = phrases(
        'heads of instruments whose names are capitalised around them ("CHIPS Act"), with kind'
    )
    instrument_name_joiners: tuple[str, ...] = words(
        'words that join capitalised words of such a name after its head ("of", "du")'
    )
    instrument_name_word_prefixes: tuple[str, ...] = words(
        'how every word of a name without capitals opens ("ال": "القانون الجنائي")', optional=True
    )
    instrument_number: str = regex("regular expression of a national instrument number", optional=True)
    instrument_number_heads: Mapping[str, str] = phrases(
        'heads of a national instrument cited by number, with its kind ("Executive Order No. 42")'
    )
    instrument_head_abbreviations: Mapping[str, str] = phrases(
        'the short form a head of ``instrument_number_heads`` is keyed by ("Executive Order": "EO"), so that '
        '"Executive Order No. 42" and "EO 42" are one instrument',
        optional=True,
    )
    instrument_number_word: tuple[str, ...] = words('the word before a number ("số")')
    instrument_type_codes: Mapping[str, str] = phrases("type codes in instrument numbers, with the kind", optional=True)
    issuer_codes: Mapping[str, str] = phrases(
        "issuer codes in instrument numbers, with the issuer's English name", optional=True
    )
    instrument_name_stops: tuple[str, ...] = words("words that end the name of an instrument or an event")
    amending_name_openers: tuple[str, ...] = words(
        "words after an instrument's head that make it one amending others, named by all it amends "
        '("sửa đổi, bổ sung", "amending")',
        optional=True,
    )
    instrument_year_words: tuple[str, ...] = words('words before the year of an instrument ("năm 2020")')
    instrument_year_links: tuple[str, ...] = words(
        'words between an instrument\'s number and its year ("Law No. 82 of 2016")'
    )
    issuer_links: tuple[str, ...] = words('words between an instrument and its issuer ("của Thủ tướng")')
    convention_words: tuple[str, ...] = words(
        'words for a convention a body numbers, before its number ("Công ước số 190 của ILO")'
    )
    convention_suffixes: tuple[str, ...] = words(
        'the word after such a number, where a language puts it there ("第190号公约")', optional=True
    )
    signing_verbs: tuple[str, ...] = words(
        'verbs by which a person or a post signs, so issues, the instrument named after them ("đã ký")'
    )
    resolution_words: tuple[str, ...] = words(
        'words for a UN resolution before its number ("Nghị quyết 2728 (2024)", "resolution 73/195")'
    )
    resolution_suffixes: tuple[str, ...] = words(
        'words after a resolution\'s number, where a language puts them there ("第2728号决议")', optional=True
    )
    title_words: tuple[str, ...] = words(
        'words before the quoted title of an instrument cited by number ("81/12, entitled “...”"), which a list '
        "of numbers runs on past",
        optional=True,
    )
    instrument_date_links: tuple[str, ...] = words(
        'words between an instrument and its date, besides date_words ("от", "وتاريخ")', optional=True
    )
    draft_markers: tuple[str, ...] = words("words before an instrument's name that make it a draft")
    amendment_markers: tuple[str, ...] = words(
        'parentheticals after a name that belong to it ("(sửa đổi)")', optional=True
    )


@dataclass(frozen=True)
class Commitments:
    """Tasks, requests, pledges and their addressees, besides the pack's verb tables.

    Read by kg.finders.commitments, kg.finders.demands and kg.finders.clauses.
    """

    addressee_aside_words: tuple[str, ...] = words(
        'words that open an aside after a list of addressees and end it ("in accordance with", "وفقا")', optional=True
    )
    addressee_openers: tuple[str, ...] = words(
        'words before the addressees of a request, after its verb ("إلى", "a", "à")', optional=True
    )
    addressee_parentheticals: tuple[str, ...] = words(
        'asides set off by commas inside a list of addressees, no item of it ("and, as appropriate, ...")',
        optional=True,
    )
    addressee_collective_heads: tuple[str, ...] = words(
        'plural nouns that make a phrase of common words a collective asked by any verb ("Invites relevant human'
        ' rights mechanisms and procedures to"), at its first or last word',
        optional=True,
    )
    addressee_modifiers: tuple[str, ...] = words(
        'words that qualify a kind of addressee and may share its noun with others in a list ("intergovernmental,'
        ' international and non-governmental organizations")',
        optional=True,
    )
    declaration_verbs: Mapping[str, str] = phrases(
        'the first-person verbs that open a declaration\'s sentences, with their action ("We recognize": recognizes)',
        optional=True,
    )
    statement_words: tuple[str, ...] = words(
        'words that open a statement\'s heading before the body that issues it ("Statement by", "Заявление", "بلاغ")',
        optional=True,
    )
    statement_lead_phrases: tuple[str, ...] = words(
        'phrases of a statement\'s lead after the one who speaks in it ("released the following statement", '
        '"发表如下声明", "сделал следующее заявление")',
        optional=True,
    )
    statement_labels: tuple[str, ...] = words(
        "statement words that, alone on the first line, only label a page's text by kind: its title is the line "
        'under them ("بيان", "Communiqué"); a label that names the text ("البيان العام") is its title',
        optional=True,
    )
    self_issued_phrases: tuple[str, ...] = words(
        'phrases by which a text names the body that issues it, right before it ("Ce communiqué est émis par")',
        optional=True,
    )
    generic_instrument_names: tuple[str, ...] = words(
        'kinds of instrument written like names, no name where they are all of it ("Memorandum of Understanding")',
        optional=True,
    )
    standalone_instrument_heads: tuple[str, ...] = words(
        'heads that name one instrument of the home state alone ("الدستور": the constitution)', optional=True
    )
    dated_instrument_heads: tuple[str, ...] = words(
        "heads that name one instrument of a state with its year or its state's adjective and no other name "
        '("دستور 2011", "la Constitution marocaine de 2011", "la Constitución de 1917")',
        optional=True,
    )
    running_article_words: tuple[str, ...] = words(
        'words for the articles of a text in running text, before their numbers ("artículos", "l\'article")',
        optional=True,
    )
    constitution_after_articles: tuple[str, ...] = words(
        "words after the numbers of articles that make them the home state's constitution's (\"artículos 10 y 12 "
        'constitucionales", "l\'article 16 de la Constitution")',
        optional=True,
    )
    place_named_instrument_heads: Mapping[str, str] = phrases(
        'heads too common to open a name alone, which name an instrument where a place follows ("نظام روما": the '
        'Rome Statute; "النظام" is also a regime), with kind',
        optional=True,
    )
    year_named_instrument_heads: tuple[str, ...] = words(
        "heads that name an instrument by its year alone, joined by a word of ``instrument_name_joiners`` "
        '("l\'ordonnance de 1950", "la ley de 1936"); unlike a constitution, not by a state\'s adjective '
        '("la loi française" is the law of France, no instrument)',
        optional=True,
    )
    name_conjunction_prefixes: tuple[str, ...] = words(
        'conjunctions written on a word, which right after a head open the next item ("و": "الدستور | والتزامات")',
        optional=True,
    )
    list_possessives: tuple[str, ...] = words(
        'possessives that join a list of resolutions to the body of the list before ("... and its resolution")',
        optional=True,
    )
    topic_prepositions: tuple[str, ...] = words(
        'prepositions before the topic of an instrument named in lower case ("tratado global sobre comercio de armas")',
        optional=True,
    )
    heads_after_names: Mapping[str, str] = phrases(
        'heads of instruments that end their name, where a language names before the head ("移民水平计划"), with kind',
        optional=True,
    )
    instrument_name_openers: tuple[str, ...] = words(
        'words before a name written before its head, which open it ("的", "这项": "这项 | 农业签证计划")',
        optional=True,
    )
    title_marks: tuple[str, ...] = words(
        'the marks that open and close the title of a work ("《", "》")', optional=True
    )
    title_instrument_endings: Mapping[str, str] = phrases(
        'heads that end a title that is an instrument\'s ("《…法》"), with kind; other titles are papers', optional=True
    )
    adoption_verbs: tuple[str, ...] = words(
        'verbs by which a body adopts or signs an instrument it may leave unnamed ("通过", "adopted")', optional=True
    )
    adoption_fillers: tuple[str, ...] = words(
        'words between such a verb and the instrument\'s kind ("一项", "a", "una")', optional=True
    )
    adopted_instrument_heads: Mapping[str, str] = phrases(
        'kinds of instrument such a verb adopts unnamed ("决议", "resolution"), with kind', optional=True
    )
    byline_words: tuple[str, ...] = words(
        'words of a by-line before the body that wrote a text, on a heading line of its own ("By", "بقلم")',
        optional=True,
    )

    subject_bound_pledges: tuple[str, ...] = words(
        "pledge phrases that bind only an actor right beside them, never a declaration's speaker"
    )
    duty_phrases: tuple[str, ...] = words(
        'impersonal phrases that put a duty on the actor named after them, a call on it ("il revient à", '
        '"corresponde a", "يتعين على"); in a declaration, a principle its signatories state',
        optional=True,
    )
    future_endings: tuple[str, ...] = words(
        'endings of the future tense of a verb ("-rá", "-rán"): a word so ending right after an actor is what it '
        'will do, as a subject-bound pledge ("el Instituto abrirá")',
        optional=True,
    )
    future_exclusions: tuple[str, ...] = words(
        'words with a future ending that pledge nothing: auxiliaries and copulas ("será", "habrá", "pourra")',
        optional=True,
    )
    assigning_phrases: tuple[str, ...] = words(
        'phrases that give the organisation right after them a task ("giao Bộ Công an")'
    )
    requesting_phrases: Mapping[str, str] = phrases(
        'phrases by which an actor asks the one named after them, with the action ("called on")'
    )
    request_complements: tuple[str, ...] = words(
        'words that open what an addressee is asked to do ("to", "à", "إلى"; a proclitic: "بالتدخل")', optional=True
    )
    addressee_breaks: tuple[str, ...] = words(
        'words that end the description of an addressee before what it is asked ("فيما")', optional=True
    )
    speaker_phrases: Mapping[str, str] = phrases(
        "first-person phrases by which a statement's author or a quoted speaker decides, asks or takes a stance, "
        'with the action ("j\'ai décidé", "Nous condamnons", "We call on")',
        optional=True,
    )
    adoption_phrases: Mapping[str, str] = phrases(
        'phrases by which a body named before them adopts an instrument or a decision ("通过决议", "aprobó")',
        optional=True,
    )
    readout_phrases: Mapping[str, str] = phrases(
        "a readout's collective subject and its verb, by which the participants of a meeting or a call it named "
        'take a stance together, with the action ("The leaders reaffirmed", "Стороны обсудили", "双方同意")',
        optional=True,
    )
    unions_by_member_count: Mapping[str, str] = phrases(
        'a union named by the count of its members, to its key ("les Vingt-Huit": "EU")', optional=True
    )
    continuing_openers: tuple[str, ...] = words(
        'words opening a sentence that goes on with the subject of the one before ("كما قرر"): its decision is that '
        "subject's",
        optional=True,
    )
    joint_subjects: Mapping[str, int] = counts(
        "words by which a readout or a joint statement names all of its parties at once as a verb's subject, with "
        'how many parties they name ("both sides": 2, "双方": 2, "Hai bên": 2), 0 for as many as the text names as '
        'meeting ("the leaders", "les ministres"); a readout\'s stance under one is every party\'s',
        optional=True,
    )
    ruling_phrases: Mapping[str, str] = phrases(
        'phrases by which a body named before them decides, rules or agrees, told in the past ("a autorisé", '
        '"resolvió que", "se sont mis d\'accord"), with the action',
        optional=True,
    )
    relative_pronouns: tuple[str, ...] = words(
        'relative pronouns that stand for the actor before them as a verb\'s subject ("el cual", "which")',
        optional=True,
    )
    anaphoric_subjects: tuple[str, ...] = words(
        "pronouns that stand alone as a sentence's subject for the body or person named last before it (\"cette "
        'dernière", "ella")',
        optional=True,
    )
    opening_subject_pledges: tuple[str, ...] = words(
        'pledge phrases whose subject may be the body the sentence opens with ("目标是", "signed an agreement")',
        optional=True,
    )
    partner_markers: tuple[str, ...] = words(
        'words before an actor that make it the partner of a verb, not its subject ("与越南签署")', optional=True
    )
    obligation_phrases: tuple[str, ...] = words(
        'plural modals by which a statement or a quoted speaker says what a group must do ("doivent", "deben"); a '
        'singular one states a rule as often ("le débat doit")',
        optional=True,
    )
    speech_verbs: tuple[str, ...] = words(
        'verbs of saying after a speaker, before what the speaker is reported to say ("表示", "said", "заявил")',
        optional=True,
    )
    impersonal_obligations: tuple[str, ...] = words(
        'impersonal phrases of necessity whose clause\'s subject is obliged ("il faut que", "es necesario que")',
        optional=True,
    )
    attribution_verbs: tuple[str, ...] = words(
        'verbs of saying after a reported clause, before its speaker ("…, dijo Ana Pérez", "…, a déclaré le ministre")',
        optional=True,
    )
    target_markers: tuple[str, ...] = words(
        'words before those a decision told without its subject applies to ("для", "в отношении")', optional=True
    )
    target_partitives: tuple[str, ...] = words(
        'words after the group a decision applies to that say whom it is drawn from ("15 граждан | из числа '
        'блогеров", "20 persons | from among officials"): the group ends before them',
        optional=True,
    )
    own_organ_words: tuple[str, ...] = words(
        'words for an author\'s own organs, which its recommendations direct ("أجهزة المنظمة", "ses instances")',
        optional=True,
    )
    demand_item_openers: tuple[str, ...] = words(
        'words that open an item of demands before the actor it asks ("La nécessité pour | la communauté '
        'internationale de", "Que | l\'État", "ضرورة | وفاء المنتظم الدولي")',
        optional=True,
    )
    speaker_nouns: tuple[str, ...] = words(
        'nouns by which a statement\'s author is the subject of its verbs ("المؤتمر")', optional=True
    )
    noun_markers: tuple[str, ...] = words(
        'words right after a phrase of commitment that make it a noun ("đề nghị của": the proposal of)', optional=True
    )
    qualified_nouns: tuple[str, ...] = words(
        'nouns a phrase of commitment right after them qualifies ("nhiệm vụ được giao": the tasks given), no verb',
        optional=True,
    )
    author_phrases: Mapping[str, str] = phrases(
        "phrases of a decision or announcement told without its subject, the author's, with the action "
        '("въезд ... закрывается", "принято решение")',
        optional=True,
    )
    demand_list_leads: Mapping[str, str] = phrases(
        'lead-ins ending with a colon that open a list of demands ("appelle à :"), with the action'
    )
    demand_list_subject_leads: tuple[str, ...] = words(
        'words that open a lead-in ending with its subject and a colon, the verbs opening its items ("فإن")',
        optional=True,
    )
    closing_openers: tuple[str, ...] = words(
        'words that open a text\'s concluding paragraph ("في الختام", "Pour conclure"): no item of a list',
        optional=True,
    )
    demand_section_openers: tuple[str, ...] = words(
        'words that open the heading of a section of a list of demands by its level ("على المستوى", "Au niveau")',
        optional=True,
    )
    section_ordinals: tuple[str, ...] = words(
        'ordinals in words that number the heading of a list\'s section ("أولا: على المستوى الدولي", "Premièrement")',
        optional=True,
    )
    demand_item_verbs: Mapping[str, str] = phrases(
        'verbs and stance nouns that open an item of a list of demands, with their action ("يطالب المؤتمر")',
        optional=True,
    )
    cooperation_phrases: tuple[str, ...] = words(
        'phrases before the bodies that share a task ("会同财政部", "совместно с Минфином")'
    )
    reporting_phrases: tuple[str, ...] = words(
        'verbs of a duty to report to a body after a recipient marker ("每年向国务院报告")'
    )
    recipient_markers: tuple[str, ...] = words('words before the body that is reported to ("向")')
    addressee_terms: Mapping[str, str] = phrases(
        'collectives asked to act, with English names ("các bộ, ngành, địa phương", "Member States")'
    )
    national_addressees: tuple[str, ...] = words(
        'English names of those collectives that are bodies of one state ("relevant agencies")'
    )
    addressee_end_markers: tuple[str, ...] = words('words that end the addressees of an operative verb (" to ", ",")')
    addressee_inclusion_words: tuple[str, ...] = words(
        'words that open an item of a list of those asked, left out of its name ("including", "as well as")',
        optional=True,
    )
    addressee_infinitive_markers: tuple[str, ...] = words(
        'words that end a list of those asked no gazetteer knows, besides addressee_end_markers ("إلى تقديم")',
        optional=True,
    )
    addressee_relatives_before: tuple[str, ...] = words(
        'marks after words that narrow a collective asked, written before it ("尚未这样做的国家")', optional=True
    )
    addressee_relatives: tuple[str, ...] = words(
        'relative pronouns after a collective asked that narrow it ("States that have not done so")', optional=True
    )
    addressee_end_pattern: str = regex(
        'pattern of what ends the addressees besides those words (an infinitive after "de" or "à")', optional=True
    )
    clause_boundary: str = regex("pattern between two clauses of a paragraph that each may have a verb of their own")
    clause_verb_prefix: str = text('letters written on a verb that opens a clause (Arabic "و")', optional=True)
    leading_clause_openers: tuple[str, ...] = words(
        'words that open a clause before a declaration\'s verb, up to a comma ("As we rise ..., we hold")',
        optional=True,
    )
    clause_connectives: tuple[str, ...] = words(
        'phrases between a clause boundary and its verb ("and in that regard urges")', optional=True
    )
    passive_phrases: Mapping[str, str] = phrases(
        'what a report asks with no speaker named, with the action ("Member States are encouraged to")'
    )
    passive_openers: Mapping[str, str] = phrases(
        "verbs that, opening a sentence with no subject, are the author's recommendations, with the action",
        optional=True,
    )
    we_pronouns: tuple[str, ...] = words('the pronoun of a declaration\'s speakers ("we", "nous")')
    referring_determiners: tuple[str, ...] = words(
        'determiners that, with a noun right before a verb, refer to what the paragraph told of ("this project will":'
        " the project of the actor before)",
        optional=True,
    )
    person_pronouns: tuple[str, ...] = words(
        'third-person pronouns that open a sentence as its subject and stand for the person last named ("He", "他")',
        optional=True,
    )
    issuer_prefixes: tuple[str, ...] = words('articles before an issuer\'s name, left out of it ("the")')
    decided_phrases: Mapping[str, str] = phrases('a decision told in the past ("decided"), with the action')
    decided_verbs: Mapping[str, str] = phrases(
        'what the decision told in the past does ("to take note"), with the action'
    )


@dataclass(frozen=True)
class Events:
    """Events, meetings and votes (kg.finders.events, kg.finders.meetings)."""

    event_at_words: tuple[str, ...] = words(
        'words before an event named right after its date ("at": "on 19 September 2016 at the High-level ...")',
        optional=True,
    )
    convening_words: tuple[str, ...] = words(
        'words by which a body convenes an event, before its name ("to convene", "أن تعقد")', optional=True
    )

    event_name_stops: tuple[str, ...] = words('words that end the name of an event ("tại", "ngày")')
    event_heads: Mapping[str, str] = phrases("words that open the name of an event, with its kind")
    event_heads_last: tuple[str, ...] = words(
        'event heads that end the name, which stands before them ("World Refugee Day")', optional=True
    )
    visit_heads: tuple[str, ...] = words(
        'words of a visit up to the place visited ("state visit to", "visite officielle en")', optional=True
    )
    meeting_verbs: tuple[str, ...] = words(
        'verbs by which two persons meet or talk ("met with", "провел переговоры с", "会见", "举行会谈"): the '
        "meeting of the persons named around them is an event",
        optional=True,
    )
    signing_event_verbs: tuple[str, ...] = words(
        'verbs and nouns of signing before the instrument signed ("signed", "signing of", "签署了", "подписали"): '
        "the signing of a named instrument is an event",
        optional=True,
    )
    signed_after_phrases: tuple[str, ...] = words(
        'passive phrases of signing right after the instrument signed ("was signed into law", "было подписано"): '
        "the signing of a named instrument told the other way round is an event too",
        optional=True,
    )
    signing_event_name: str = text(
        'the name of a signing, the instrument\'s name in place of "{}" ("signing of {}", "签署{}")', optional=True
    )
    event_name_word_prefixes: tuple[str, ...] = words(
        'how the words of an event\'s name without capitals open after a head with them ("ال": "المؤتمر الوطني")',
        optional=True,
    )
    event_head_idioms: tuple[str, ...] = words(
        'phrases in which an event head names no event ("sommet de l\'État": the top of the State)', optional=True
    )
    venue_nouns: tuple[str, ...] = words(
        'nouns of a venue named with the body it belongs to ("trụ sở": "tại trụ sở Chính phủ")', optional=True
    )
    observance_days: Mapping[str, str] = phrases(
        'observances held on one day each year, with that day ("World Refugee Day": "--06-20")', optional=True
    )
    event_name_stop_prefixes: tuple[str, ...] = words(
        'letters that, opening a word, end an event\'s name ("بال": "المؤتمر بالتصويت")', optional=True
    )
    vote_pattern: str = regex(
        'pattern of a vote\'s tally ("by a recorded vote of 124 to 49"): its numbers count votes in news, and are no'
        " statistics in a resolution's paragraphs"
    )
    vote_name: str = text('how a vote is named after the body that votes ("{body} vote", "{body}表决")', optional=True)
    vote_name_articles: tuple[str, ...] = words(
        'articles a body keeps inside a vote\'s name ("la": "votación en la Asamblea General")', optional=True
    )
    held_words: tuple[str, ...] = words('words by which an event is held ("held", "convened")')
    event_date_links: tuple[str, ...] = words(
        'words between an event\'s name and the day it met ("of": "the meeting of the Committee on Relations with'
        ' the Host Country of 12 September 2025", "du")',
        optional=True,
    )
    report_of_words: tuple[str, ...] = words(
        'words before the name of an event whose report a note cites, then its place and dates ("Report of the":'
        ' "Report of the Fourth World Conference on Women, Beijing, 4-15 September 1995")',
        optional=True,
    )
    meeting_series_words: tuple[str, ...] = words('words before the name of a series of meetings ("meetings of the")')
    year_place_prepositions: tuple[str, ...] = words('prepositions before a year or a place in an event\'s name ("in")')


@dataclass(frozen=True)
class UNDocuments:
    """The structure of a UN document: masthead, sessions, meetings, paragraphs (kg.builders.un)."""

    decision_words: tuple[str, ...] = words(
        'words for a decision cited by number ("its decision 68/548": A/DEC)', optional=True
    )
    table_total_words: tuple[str, ...] = words(
        'words of the total row of a table of figures ("Total", "المجموع")', optional=True
    )
    table_unit_headers: Mapping[str, str] = phrases(
        'column headers of a table of figures, with the unit of its figures ("Percentage": percent)', optional=True
    )

    session_words: tuple[str, ...] = words('the word for a session after its ordinal ("session", "دورة")')
    session_topic_words: tuple[str, ...] = words(
        'words before a session that make it the topic, not the time ("on the work of its")'
    )
    ordinal_side: str = text('where an ordinal stands, "before" or "after" the noun it numbers')
    agenda_words: tuple[str, ...] = words('words before an agenda item\'s number ("agenda item")')
    section_letters: Mapping[str, str] = phrases(
        'letters of a resolution\'s sections in this script, with the Latin letter ("ب": "B")', optional=True
    )
    annex_words: tuple[str, ...] = words('the word that heads an annex ("annex")')
    objective_words: tuple[str, ...] = words('the word before an objective\'s number ("objective")')
    subject_predicates: tuple[str, ...] = words(
        "words right after an actor that opens a clause which bind it as its subject, told what it shall or may do "
        '("Decides that the Secretary-General shall", "the Secretary-General is authorized to")',
        optional=True,
    )
    lead_complementizers: tuple[str, ...] = words(
        'words between a lead verb and its colon whose numbered paragraphs complete it ("Resolves that:", "Décide'
        ' que :"): they are the operative part, not an adopted text',
        optional=True,
    )
    meeting_number: str = regex('pattern of the numbers of meetings ("24th and 27th")')
    draft_adopted: str = regex(
        'pattern that ends where a report names a draft its committee adopted ("adopted draft resolution")',
        optional=True,
    )
    meeting_noun: str = text(
        'the noun that names one meeting ("meeting"; "{}" stands for its number where it is inside)'
    )
    meeting_range_words: tuple[str, ...] = words('words between the ends of a range of meetings ("20th to 25th")')
    ordinal_suffix: Callable[[int], str] | None = function(  # noqa: RUF009 - a declaration, not a shared default
        'the ordinal suffix of a number, to name the meetings inside a range ("21st")'
    )
    plenary_meeting: str = regex("pattern of the plenary meeting that adopted a text, its number the first group")
    meeting_line: str = regex("pattern of a meeting alone on its line, for bodies without plenary meetings")
    adopted_decision_phrases: tuple[str, ...] = words('a decision\'s masthead ("decision adopted by")')
    adopted_phrases: tuple[str, ...] = words('a resolution\'s masthead ("resolution adopted by")')
    signed_marks: tuple[str, ...] = words('the mark before a letter\'s signer ("(Signed)")')
    kind_words: Mapping[str, tuple[str, ...]] = word_lists(
        'kinds of UN documents with the words that open their title ("report": "report of")'
    )
    draft_marks: tuple[str, ...] = words('words that end the sponsors\' line of a draft ("draft resolution")')
    original_labels: tuple[str, ...] = words('the label before a document\'s original language ("original:")')
    language_names: Mapping[str, str] = phrases('names of languages, with their ISO 639-1 code ("arabic": "ar")')


@dataclass(frozen=True)
class LegalTexts:
    """The text of a legal instrument: its heading, recitals, articles and signature (kg.builders.legal)."""

    appendix_words: tuple[str, ...] = words(
        'the word that heads an appendix after the signature ("PHỤ LỤC", "ANNEXE")', optional=True
    )
    issuing_verbs: tuple[str, ...] = words(
        "the verb of the sentence by which the issuer, before it, issues the instrument of the heading's type after"
        ' it ("Bộ trưởng Bộ Y tế ban hành Thông tư ...")',
        optional=True,
    )
    annexed_text_headings: tuple[str, ...] = words(
        "the heading, alone on its line in capitals, of a text an instrument issues with it and prints after the"
        ' signature ("KẾ HOẠCH", "QUY CHẾ", "REGLAMENTO")',
        optional=True,
    )
    table_unit_labels: tuple[str, ...] = words(
        'words before the unit of every amount of an appendix table ("Đơn vị:", "Unité :")', optional=True
    )
    task_table_lead_headers: tuple[str, ...] = words(
        'the heading of the column of a table of tasks that names the body leading each task ("Cơ quan chủ trì",'
        ' "Lead agency")',
        optional=True,
    )
    task_table_task_headers: tuple[str, ...] = words(
        'the heading of the column of a table of tasks that says what is to be done ("Nhiệm vụ", "Task")', optional=True
    )
    task_table_due_headers: tuple[str, ...] = words(
        'the heading of the column of a table of tasks that says when each is due ("Thời gian hoàn thành", "Deadline")',
        optional=True,
    )
    administrative_unit_words: tuple[str, ...] = words(
        'the words, capitalised, that open the name of an administrative unit ("Phường", "Xã", "County"): a name'
        " that opens with one is a place, never a person's",
        optional=True,
    )
    letter_subject_marks: tuple[str, ...] = words(
        'the mark before the subject an official letter prints under its number ("V/v", "Subject:"): its title',
        optional=True,
    )
    local_department_heads: Mapping[str, str] = phrases(
        'the head word of a local department\'s name, with that of the ministry of the same field ("Sở": "Bộ"): a'
        " department is named after its ministry's field, commas and all",
        optional=True,
    )
    time_of_day_words: tuple[str, ...] = words(
        'the words after an hour that say it is an hour of the day ("05 giờ sáng", "6 p.m."): no quantity',
        optional=True,
    )
    clock_hour_words: tuple[str, ...] = words(
        'the word between an hour of the day and the part of the day it is in ("giờ", "o\'clock")', optional=True
    )
    period_deadline_words: tuple[str, ...] = words(
        'the words of time before a quarter or a month by which a task is due ("trong Quý II/2026", "by December")',
        optional=True,
    )
    quarter_words: tuple[str, ...] = words(
        'the word before the number of a quarter of a year ("Quý IV/2026", "Q4 2026")', optional=True
    )
    signed_placeholders: tuple[str, ...] = words(
        'a line that stands for the signature itself in a copy ("(Đã ký)", "(signé)")', optional=True
    )
    declaratory_headings: tuple[str, ...] = words(
        'headings of articles that say what the instrument covers or what its words mean ("Definitions"): no decision',
        optional=True,
    )
    leadership_words: tuple[str, ...] = words(
        'words for the leaders of a body before its name, to whom an article gives an authority ("Lãnh đạo Bộ Xây'
        ' dựng", "the leadership of")',
        optional=True,
    )
    competence_headings: tuple[str, ...] = words(
        'headings of articles that allocate powers ("Thẩm quyền quản lý", "Competence"): who holds a power is decided,'
        " no one is tasked",
        optional=True,
    )
    agent_markers: tuple[str, ...] = words(
        'words before the body that does what a clause in the passive says ("được", "do")', optional=True
    )
    agent_blockers: tuple[str, ...] = words(
        'words before such a marker that make the clause an event, not a duty ("đã được Quốc hội phê duyệt")',
        optional=True,
    )
    past_markers: tuple[str, ...] = words(
        'words right after a clause\'s subject that tell what it did, an account, no duty ("Bộ Y tế đã ban hành")',
        optional=True,
    )
    copula_words: tuple[str, ...] = words(
        'the verb by which a clause says what its subject is ("là", "est"): no task', optional=True
    )
    closing_formulas: tuple[str, ...] = words(
        'phrases of the sentence that closes a notice ("thông báo để các Bộ ... biết, thực hiện"): no task',
        optional=True,
    )
    repeal_phrases: tuple[str, ...] = words(
        'phrases by which a clause repeals an instrument wherever it stands ("bãi bỏ", "est abrogé"): a decision',
        optional=True,
    )
    responsibility_headings: tuple[str, ...] = words(
        'words that head an article of some parties\' duties ("Obligations de"): tasks of those parties',
        optional=True,
    )
    time_limit_labels: tuple[str, ...] = words(
        'labels of a line under a task that gives its time limit ("Thời hạn hoàn thành:"): not a task itself',
        optional=True,
    )
    legal_metadata_labels: Mapping[str, str] = phrases(
        'labels of a legal-information site\'s metadata table, with what each gives ("Số hiệu": number)',
        optional=True,
    )
    legal_page_furniture: tuple[str, ...] = words(
        'lines of such a site\'s own parts around the instrument ("Văn bản liên quan", "Đang tải văn bản...")',
        optional=True,
    )

    legal_heading_types: Mapping[str, str] = phrases(
        'words that head an instrument on a line of their own, with its kind ("QUYẾT ĐỊNH")'
    )
    legal_number_marks: tuple[str, ...] = words(
        'words before the instrument\'s own number in its heading ("Số:", "No.", "№")'
    )
    salutations: Mapping[str, str] = phrases(
        'words that open an official letter\'s line to its addressee, with its kind ("Kính gửi": official-letter)',
        optional=True,
    )
    legal_number_tails: tuple[str, ...] = words(
        'words after that number, where a language puts them there ("第708号")', optional=True
    )
    recital_openers: tuple[str, ...] = words(
        'phrases that open a recital ("Căn cứ", "Having regard to", "Vu", "بناءً على")'
    )
    enacting_formulas: tuple[str, ...] = words(
        'the words that end the recitals and open the articles ("QUYẾT ĐỊNH:", "décrète :")'
    )
    obligation_markers: tuple[str, ...] = words(
        'words that bind whoever the few words before them in their clause name ("phải", "có trách nhiệm")',
        optional=True,
    )
    obligation_breaks: tuple[str, ...] = words(
        "words that, before an obligation marker, show it binds no one named there: a negation or a relative "
        'pronoun ("không phải là": is not; "mà")',
        optional=True,
    )
    branch_office_heads: tuple[str, ...] = words(
        'heads that open the name of a body\'s local office before the body\'s own words ("Chi cục" of "Cục Hải '
        'quan"), which a letter of the body instructs where it asks',
        optional=True,
    )
    branch_area_words: tuple[str, ...] = words(
        "words after a body's own words that make its name a local office's (\"Kiểm toán | tỉnh Hòa Minh\")",
        optional=True,
    )
    condition_openers: tuple[str, ...] = words(
        "words that open a condition or a time before the comma after which a clause names whom it binds "
        '("Trường hợp", "Trong thời hạn", "Khi")',
        optional=True,
    )
    group_nouns: tuple[str, ...] = words(
        'common nouns that open the name of a kind of party an obligation binds ("doanh nghiệp", "đơn vị")',
        optional=True,
    )
    appendix_caption_links: tuple[str, ...] = words(
        'words by which an appendix\'s caption names the instrument it goes with ("Kèm theo", "annexed to")',
        optional=True,
    )
    notice_formulas: tuple[str, ...] = words(
        "the words that end a headed text's recitals and open its numbered points where it has no enacting "
        'formula: a notice\'s "Cục Hải quan thông báo kết quả ... như sau:"',
        optional=True,
    )
    article_words: tuple[str, ...] = words('the word before an article\'s number ("Điều 1.", "Article 1", "第一条")')
    article_tails: tuple[str, ...] = words(
        'the word after an article\'s number, where a language puts it there ("条")', optional=True
    )
    article_ordinals: Mapping[str, str] = phrases(
        'articles numbered in words, with their number ("premier": "1", "الأولى": "1")', optional=True
    )
    article_actions: Mapping[str, str] = phrases(
        "phrases by which an article adopts, approves, establishes or repeals, with the action"
    )
    entry_into_force_phrases: tuple[str, ...] = words(
        'phrases that put the instrument into force ("có hiệu lực thi hành")'
    )
    signing_day_phrases: tuple[str, ...] = words(
        'phrases by which it takes effect the day it is signed ("kể từ ngày ký")'
    )
    publication_day_phrases: tuple[str, ...] = words(
        'phrases by which it takes effect on its publication, a day not given ("kể từ ngày công bố")'
    )
    in_force_until_phrases: tuple[str, ...] = words(
        'phrases before the last day it is in force, where it puts itself in force ("đến hết ngày", "jusqu\'au")',
        optional=True,
    )
    out_of_force_phrases: tuple[str, ...] = words(
        "phrases before the day from which the instrument named before them ceases to be in force "
        '("hết hiệu lực kể từ", "cesse d\'être en vigueur le")',
        optional=True,
    )
    on_behalf_marks: tuple[str, ...] = words('marks before the post a signer signs for ("KT.", "TM.", "Q.")')
    closing_cues: tuple[str, ...] = words('lines that end the last article: place and date, recipients ("Nơi nhận:")')
    adoption_date_phrases: tuple[str, ...] = words(
        'words before the date a law was adopted, printed after its articles ("thông qua ngày")'
    )


@dataclass(frozen=True)
class News:
    """News pages: furniture, datelines, credits (kg.readers.segment, kg.finders.text, kg.builders.news)."""

    furniture_cues: tuple[str, ...] = words(
        "lines that open page furniture: lists of teasers of other articles, navigation (kg.readers.segment)"
    )
    home_cues: tuple[str, ...] = words("words that open a breadcrumb line at the top of a page")
    source_cues: tuple[str, ...] = words("words that open a line crediting the source, after the article")
    editor_line_cues: tuple[str, ...] = words(
        'words that open a short line naming the author or editor of a web page ("编辑：", "Edited by"): furniture',
        optional=True,
    )
    repost_link_cues: tuple[str, ...] = words(
        'words that open a link to where a page was first published ("转载自", "Reposted from"): its line is furniture',
        optional=True,
    )
    release_end_marks: tuple[str, ...] = words(
        'the line that ends an issuer\'s press release ("###", "-30-"): a text ending so is a statement',
        optional=True,
    )
    news_agencies: Mapping[str, str] = phrases(
        'agencies credited in a dateline ("(TTXVN)", "/ТАСС/"), with their state\'s ISO alpha-3, or ""'
    )
    dateline_patterns: tuple[str, ...] = regexes(
        'patterns of an agency\'s dateline ("新华社北京3月5日电"), the place the first group', optional=True
    )
    signatory_openers: tuple[str, ...] = words(
        'phrases that open a declaration\'s signatories ("We, the Heads of State and Government of")'
    )


#: The sections, in the order the report lists them.
SECTIONS: tuple[type, ...] = (
    Numbers,
    Figures,
    Dates,
    Deadlines,
    Script,
    Names,
    Actors,
    Posts,
    Instruments,
    Commitments,
    Events,
    UNDocuments,
    LegalTexts,
    News,
)


class UndeclaredField(Exception):
    """A key of a pack's data that no section of :mod:`kg.lang.schema` declares."""

    def __init__(self, key: str) -> None:
        super().__init__(f"language data {key!r} is not declared in kg/lang/schema.py; {_advice(key)}")
        self.key = key


@cache
def declared() -> Mapping[str, Field[Any]]:
    """Every declared field by name, whatever its section."""
    return {spec.name: spec for section in SECTIONS for spec in fields(section)}


@cache
def section_of(key: str) -> type | None:
    """The section that declares ``key`` (None when none does).

    >>> section_of("deadline_words").__name__
    'Deadlines'
    """
    return next((section for section in SECTIONS if key in {spec.name for spec in fields(section)}), None)


def _advice(key: str) -> str:
    """Where an undeclared key most likely belongs: a misspelling of a declared one, or the section of its kin."""
    close = difflib.get_close_matches(key, declared(), n=1, cutoff=0.85)
    if close:
        return f"did you mean {close[0]!r}?"
    section = _likely_section(key)
    return f"declare it in class {section.__name__} (or the section it serves)"


def _likely_section(key: str) -> type:
    """The section whose field names share most words with ``key`` ("meeting_hall" → UN documents)."""
    parts = set(key.split("_")) - _GENERIC_PARTS

    def shared(section: type) -> int:
        return sum(len(parts & set(spec.name.split("_"))) for spec in fields(section))

    return max(SECTIONS, key=shared)


#: Words of field names that say what a value is, not what it is about.
_GENERIC_PARTS = frozenset({"words", "phrases", "marks", "links", "tails", "after", "before", "names", "pattern"})


def problems(data: Mapping[str, Any]) -> Iterator[str]:
    """What is wrong with a pack's ``extra`` against the schema, one message a problem.

    >>> list(problems({"deadline_word": ("by",), "date_order": 3, "vote_pattern": "(unclosed"}))[0]
    "language data 'deadline_word' is not declared in kg/lang/schema.py; did you mean 'deadline_words'?"
    """
    fields_by_name = declared()
    for key, value in data.items():
        spec = fields_by_name.get(key)
        if spec is None:
            yield str(UndeclaredField(key))
            continue
        fault = _fault(value, spec.metadata["kind"])
        if fault:
            section = section_of(key)
            yield f"{key} ({section.__name__ if section else '?'}): {fault}"


def _fault(value: Any, kind: str) -> str | None:
    """Why ``value`` is not a well-formed value of ``kind`` (None when it is)."""
    check = _CHECKS[kind]
    return None if check(value) else f"expected {kind} ({_KIND_SHAPES[kind]}), got {_shape(value)}"


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _is_word(value: Any) -> bool:
    return isinstance(value, str) and value != ""


def _compiles(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        re.compile(value)
    except re.error:
        return False
    return True


def _is_tuple_of(value: Any, item: Callable[[Any], bool]) -> bool:
    return isinstance(value, tuple) and all(item(element) for element in value)


def _is_mapping_of(value: Any, item: Callable[[Any], bool]) -> bool:
    return isinstance(value, Mapping) and all(_is_word(k) and item(v) for k, v in value.items())


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_pair(value: Any) -> bool:
    return _is_tuple_of(value, _is_word) and len(value) == 2


_CHECKS: Mapping[str, Callable[[Any], bool]] = {
    "words": lambda value: _is_tuple_of(value, _is_word),
    "phrases": lambda value: _is_mapping_of(value, _is_text),
    "counts": lambda value: _is_mapping_of(value, _is_count),
    "word_lists": lambda value: _is_mapping_of(value, lambda words: _is_tuple_of(words, _is_word)),
    "pairs": lambda value: _is_tuple_of(value, _is_pair),
    "regex": _compiles,
    "regexes": lambda value: _is_tuple_of(value, _compiles),
    "text": _is_text,
    "flag": lambda value: isinstance(value, bool),
    "function": callable,
}
_KIND_SHAPES: Mapping[str, str] = {
    "words": "a tuple of non-empty strings",
    "phrases": "a mapping of non-empty strings to strings",
    "counts": "a mapping of non-empty strings to whole numbers",
    "word_lists": "a mapping of non-empty strings to tuples of non-empty strings",
    "pairs": "a tuple of pairs of non-empty strings",
    "regex": "a string that compiles as a regular expression",
    "regexes": "a tuple of strings that compile as regular expressions",
    "text": "a string",
    "flag": "True or False",
    "function": "a function",
}


def _shape(value: Any) -> str:
    if isinstance(value, str):
        return f"the string {value[:40]!r}"
    return type(value).__name__ + (" with an ill-formed item" if isinstance(value, (tuple, Mapping)) else "")


def missing(data: Mapping[str, Any], *, optional: bool = False) -> dict[str, list[str]]:
    """The declared fields ``data`` does not write, by section; optional ones only when asked.

    A pack writes an empty value (``()``, ``{}``) for what its language does not have: that is
    written, not missing.

    >>> missing({"deadline_words": ("by",)})["Deadlines"][:2]
    ['deadline_date_words', 'cycle_words']
    """
    report: dict[str, list[str]] = {}
    for section in SECTIONS:
        absent = [
            spec.name
            for spec in fields(section)
            if spec.name not in data and (optional or not spec.metadata["optional"])
        ]
        if absent:
            report[section.__name__] = absent
    return report


def doc(key: str) -> str:
    """The line of documentation of a declared field."""
    return str(declared()[key].metadata["doc"])


class PackData(Mapping[str, Any]):
    """A pack's ``extra``: read like a dictionary, but a key the schema does not declare raises at once.

    >>> data = PackData({"date_order": "dmy"})
    >>> data.get("date_order"), data.get("date_links", ())
    ('dmy', ())
    >>> data.get("date_link")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.lang.schema.UndeclaredField: language data 'date_link' is not declared ...; did you mean 'date_links'?
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def __getitem__(self, key: str) -> Any:
        _require_declared(key)
        return self._data[key]

    def get(self, key: str, default: Any = None) -> Any:
        _require_declared(key)
        return self._data.get(key, default)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            _require_declared(key)
        return key in self._data

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"PackData({self._data!r})"


def _require_declared(key: str) -> None:
    if key not in declared():
        raise UndeclaredField(key)
