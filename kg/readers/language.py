"""Offline language identification, restricted to the languages the project reads."""

from __future__ import annotations

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

__all__ = ["detect_language"]

# Restricting the candidates makes lingua faster and keeps a French text from
# being read as, say, Catalan, for which no builder has knowledge anyway.
_LANGUAGES = {
    Language.ARABIC: "ar",
    Language.CHINESE: "zh",
    Language.ENGLISH: "en",
    Language.FRENCH: "fr",
    Language.RUSSIAN: "ru",
    Language.SPANISH: "es",
    Language.VIETNAMESE: "vi",
}

# Enough text to decide; a whole 10 MB document would only cost time.
_SAMPLE_CHARS = 20_000


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_LANGUAGES).with_minimum_relative_distance(0.05).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the main language of ``text``, or ``None`` when undecidable.

    >>> detect_language("Le Conseil économique et social prie le Secrétaire général de lui présenter un rapport.")
    'fr'
    """
    sample = text[:_SAMPLE_CHARS]
    if not any(char.isalpha() for char in sample):
        return None
    language = _detector().detect_language_of(sample)
    return _LANGUAGES.get(language) if language is not None else None
