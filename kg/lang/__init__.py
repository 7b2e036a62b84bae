"""Per-language knowledge, one module per language; see :mod:`kg.lang.base` and :mod:`kg.lang.schema`."""

from __future__ import annotations

import pkgutil
from functools import cache
from importlib import import_module

from kg.lang.base import LanguagePack

__all__ = ["SUPPORTED", "LanguagePack", "get"]


def _pack_modules() -> tuple[str, ...]:
    """The ISO 639-1 codes of the modules of this package: a language is supported by having its pack here."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if len(m.name) == 2 and m.name.isalpha()))


#: Languages with a pack in this package (today the six UN languages and Vietnamese): the one list of them.
SUPPORTED: tuple[str, ...] = _pack_modules()


@cache
def get(code: str | None) -> LanguagePack:
    """The pack of a language; an empty pack for a language we do not know."""
    if code in SUPPORTED:
        return import_module(f"kg.lang.{code}").PACK
    return LanguagePack(code=code or "und", name="undetermined")
