"""Per-language knowledge, one module per language; see :mod:`kg.lang.base`."""

from __future__ import annotations

from functools import cache
from importlib import import_module

from kg.lang.base import LanguagePack

__all__ = ["SUPPORTED", "LanguagePack", "get"]

#: Languages with a module in this package: the six UN languages and Vietnamese.
SUPPORTED: tuple[str, ...] = ("ar", "en", "es", "fr", "ru", "vi", "zh")


@cache
def get(code: str | None) -> LanguagePack:
    """The pack of a language; an empty pack for a language we do not know."""
    if code in SUPPORTED:
        return import_module(f"kg.lang.{code}").PACK
    return LanguagePack(code=code or "und", name="undetermined")
