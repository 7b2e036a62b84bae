"""Offline language identification, restricted to the languages the project reads."""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

__all__ = ["detect_language"]

# The languages the project reads, and others governments publish in. Without the others a
# German or Portuguese text would be labelled English or Spanish and read with their words;
# with them it keeps its own language tag and is read for what needs no language knowledge
# (names, symbols, figures). The candidates stay few: lingua is faster so, and keeps a French
# text from being read as, say, Catalan.
_READ = {
    Language.ARABIC: "ar",
    Language.CHINESE: "zh",
    Language.ENGLISH: "en",
    Language.FRENCH: "fr",
    Language.RUSSIAN: "ru",
    Language.SPANISH: "es",
    Language.VIETNAMESE: "vi",
}
_OTHERS = (
    Language.DUTCH, Language.GERMAN, Language.HINDI, Language.INDONESIAN, Language.ITALIAN,
    Language.JAPANESE, Language.KOREAN, Language.MALAY, Language.PERSIAN, Language.POLISH,
    Language.PORTUGUESE, Language.THAI, Language.TURKISH, Language.UKRAINIAN, Language.URDU,
)  # fmt: skip

# Enough text to decide: lingua's time grows with the sample and the candidates, and the opening
# 2,000 characters decided every sample and development document as 20,000 did. The opening, not
# the middle: a page printed in two languages is in the first (a statement, then its translation).
_SAMPLE_CHARS = 2_000

# The candidates of a text are the languages written in the scripts of its letters (by the first
# word of their Unicode names): a Russian text is never compared with Portuguese n-grams. A
# script counts when it writes this share of the letters (a Chinese article quoting "IOM" stays
# Chinese; an English one quoting "Hà Nội" stays Latin).
_SCRIPT_SHARE = 0.2
_SCRIPTS: dict[str, tuple[Language, ...]] = {
    "LATIN": (
        Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.VIETNAMESE, Language.DUTCH,
        Language.GERMAN, Language.INDONESIAN, Language.ITALIAN, Language.MALAY, Language.POLISH,
        Language.PORTUGUESE, Language.TURKISH,
    ),
    "ARABIC": (Language.ARABIC, Language.PERSIAN, Language.URDU),
    "CYRILLIC": (Language.RUSSIAN, Language.UKRAINIAN),
    "CJK": (Language.CHINESE, Language.JAPANESE),
    "HIRAGANA": (Language.JAPANESE,),
    "KATAKANA": (Language.JAPANESE,),
    "HANGUL": (Language.KOREAN,),
    "DEVANAGARI": (Language.HINDI,),
    "THAI": (Language.THAI,),
}  # fmt: skip
# Japanese prose writes its grammar in kana: a text of Chinese characters with a few kana is Chinese quoting a
# Japanese name or headline ("来年度予算案、…「人への投資抜本強化」"), never Japanese.
_KANA_SHARE = 0.05
_KANA_SCRIPTS = ("HIRAGANA", "KATAKANA")
# Below this many letters a close neighbour may win by chance (a Spanish line read as
# Portuguese): a language the project does not read must be shown by more text than that.
_OTHER_LANGUAGE_MIN_LETTERS = 80


@cache
def _detector(candidates: frozenset[Language] | None = None) -> LanguageDetector:
    """A detector of ``candidates`` (all languages when None), made once per set of candidates."""
    languages = sorted(candidates or {*_READ, *_OTHERS}, key=lambda language: language.name)
    if len(languages) == 1:  # lingua wants two; a script of one language of ours is decided by any other
        languages.append(Language.ENGLISH if languages[0] != Language.ENGLISH else Language.FRENCH)
    return LanguageDetectorBuilder.from_languages(*languages).with_minimum_relative_distance(0.05).build()


def _candidates(sample: str) -> frozenset[Language] | None:
    """The languages of the scripts that write the letters of ``sample``; None when a script is not ours."""
    scripts: Counter[str] = Counter()
    for char, count in _letters(sample).items():  # each letter once, in the order of the text
        scripts[_script(char)] += count
    letters = sum(scripts.values())
    written = [script for script, count in scripts.items() if count >= _SCRIPT_SHARE * letters]
    if any(script not in _SCRIPTS for script in written):
        return None
    candidates = {language for script in written for language in _SCRIPTS[script]}
    if sum(scripts[script] for script in _KANA_SCRIPTS) < _KANA_SHARE * letters:
        candidates.discard(Language.JAPANESE)
    return frozenset(candidates)


def _letters(sample: str) -> Counter[str]:
    """How often each letter of ``sample`` is written there: a text has a few dozen letters, counted in C."""
    return Counter({char: count for char, count in Counter(sample).items() if char.isalpha()})


@cache
def _script(letter: str) -> str:
    return unicodedata.name(letter, "?").split(" ", 1)[0]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the main language of ``text``, or ``None`` when undecidable.

    >>> detect_language("Le Conseil économique et social prie le Secrétaire général de lui présenter un rapport.")
    'fr'
    >>> detect_language("O Governo do Brasil anunciou um programa de acolhimento de refugiados "
    ...                 "venezuelanos, em parceria com a OIM.")
    'pt'
    """
    sample = text[:_SAMPLE_CHARS]
    letters = _letters(sample).total()
    if not letters:
        return None
    language = _detector(_candidates(sample)).detect_language_of(sample)
    if language is None or language in _READ:
        return _READ.get(language) if language is not None else None
    if letters >= _OTHER_LANGUAGE_MIN_LETTERS:
        return language.iso_code_639_1.name.lower()
    return _closest_read_language(sample)


def _closest_read_language(sample: str) -> str | None:
    confidences = _detector(_candidates(sample)).compute_language_confidence_values(sample)
    return next((_READ[c.language] for c in confidences if c.language in _READ and c.value > 0), None)
