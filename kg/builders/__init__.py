"""Builders: one module per document family, each turning a Document into an Extraction.

A builder module defines ``BUILDER = Builder(...)``. The pipeline asks every
registered builder how well it fits a document (``score``: 0 = not at all,
1 = certainly) and uses the best; ties go to the earlier one in ``REGISTRY``.
A score weighs where words stand, not how many there are: news about the UN
names UN bodies and cites UN symbols as often as a UN document does, but only
a UN document has a masthead and an issuer line, and only news a dateline.
Builders do no file I/O and know nothing of RDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from kg.model import Document, Extraction

__all__ = ["REGISTRY", "Builder", "choose", "get"]


@dataclass(frozen=True)
class Builder:
    name: str
    version: str
    description: str
    score: Callable[[Document], float]
    build: Callable[[Document], Extraction]


#: Modules of ``kg.builders`` holding a ``BUILDER``, in order of preference.
REGISTRY: tuple[str, ...] = ("un", "legal", "news")


def _load(name: str) -> Builder:
    return import_module(f"kg.builders.{name}").BUILDER


def get(name: str) -> Builder:
    """The builder registered under ``name``; the error lists the known ones."""
    if name not in REGISTRY:
        raise KeyError(f"unknown builder {name!r}; known builders: {', '.join(REGISTRY)}")
    return _load(name)


def choose(document: Document) -> Builder:
    """The registered builder that fits ``document`` best."""
    builders = [_load(name) for name in REGISTRY]
    return max(builders, key=lambda b: b.score(document))  # max keeps the first of equals
