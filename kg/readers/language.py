"""Offline language identification, restricted to the languages the project reads."""

from __future__ import annotations

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

# Enough text to decide; a whole 10 MB document would only cost time.
_SAMPLE_CHARS = 20_000
# Below this many letters a close neighbour may win by chance (a Spanish line read as
# Portuguese): a language the project does not read must be shown by more text than that.
_OTHER_LANGUAGE_MIN_LETTERS = 80


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_READ, *_OTHERS).with_minimum_relative_distance(0.05).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the main language of ``text``, or ``None`` when undecidable.

    >>> detect_language("Le Conseil économique et social prie le Secrétaire général de lui présenter un rapport.")
    'fr'
    >>> detect_language("O Governo do Brasil anunciou um programa de acolhimento de refugiados "
    ...                 "venezuelanos, em parceria com a OIM.")
    'pt'
    """
    sample = text[:_SAMPLE_CHARS]
    letters = sum(char.isalpha() for char in sample)
    if not letters:
        return None
    language = _detector().detect_language_of(sample)
    if language is None or language in _READ:
        return _READ.get(language) if language is not None else None
    if letters >= _OTHER_LANGUAGE_MIN_LETTERS:
        return language.iso_code_639_1.name.lower()
    return _closest_read_language(sample)


def _closest_read_language(sample: str) -> str | None:
    confidences = _detector().compute_language_confidence_values(sample)
    return next((_READ[c.language] for c in confidences if c.language in _READ and c.value > 0), None)
