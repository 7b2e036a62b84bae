"""Builders: one module per document family, each turning a Document into an Extraction.

A builder module defines ``BUILDER = Builder(...)`` from three functions:
``read`` (what both scoring and building need of a document: a legal text's
structure, a declaration's signatories), ``rate`` (how well the builder fits,
0 = not at all, 1 = certainly) and ``extract`` (the facts). The pipeline asks
every registered builder for its :class:`Fit` to a document and builds with
the best (:func:`best_fit`); ties go to the earlier one in ``REGISTRY``. The
fit carries what the score read to the build, so nothing is read twice and no
builder keeps a document between calls.

A full reading is the dear part, so a builder may also give ``may_fit``: a
structural test of a few compiled searches that rules it out before reading
(no legal instrument without articles). It must never say no where ``rate``
would say more than 0; a builder it rules out scores 0 and reads the document
only if it is built all the same.

A score weighs where words stand, not how many there are: news about the UN
names UN bodies and cites UN symbols as often as a UN document does, but only
a UN document has a masthead and an issuer line, and only news a dateline.
Builders do no file I/O and know nothing of RDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any, Generic, TypeVar

from kg.model import Document, Extraction

__all__ = ["REGISTRY", "Builder", "Fit", "best_fit", "choose", "get"]

#: What a builder reads of a document to score it, and builds from.
Reading = TypeVar("Reading")


@dataclass(frozen=True)
class Builder(Generic[Reading]):
    name: str
    version: str
    description: str
    read: Callable[[Document], Reading]
    rate: Callable[[Document, Reading], float]
    extract: Callable[[Document, Reading], Extraction]
    may_fit: Callable[[Document], bool] = lambda document: True

    def fit(self, document: Document) -> Fit:
        """How well this builder fits ``document``, with what it read to tell (nothing where ``may_fit`` says no)."""
        if not self.may_fit(document):
            return Fit(self, document, 0.0, _UNREAD)
        reading = self.read(document)
        return Fit(self, document, self.rate(document, reading), reading)

    def score(self, document: Document) -> float:
        return self.fit(document).score

    def build(self, document: Document) -> Extraction:
        return self.fit(document).build()


@dataclass(frozen=True)
class Fit:
    """A builder's score for a document and what it read to score it, which its build reuses."""

    builder: Builder[Any]
    document: Document
    score: float
    reading: Any

    def build(self) -> Extraction:
        reading = self.builder.read(self.document) if self.reading is _UNREAD else self.reading
        return self.builder.extract(self.document, reading)


#: The reading of a fit whose builder was ruled out before reading.
_UNREAD: Any = object()


#: Modules of ``kg.builders`` holding a ``BUILDER``, in order of preference.
REGISTRY: tuple[str, ...] = ("un", "legal", "news")


def _load(name: str) -> Builder[Any]:
    builder: Builder[Any] = import_module(f"kg.builders.{name}").BUILDER
    return builder


def get(name: str) -> Builder[Any]:
    """The builder registered under ``name``; the error lists the known ones."""
    if name not in REGISTRY:
        raise KeyError(f"unknown builder {name!r}; known builders: {', '.join(REGISTRY)}")
    return _load(name)


def best_fit(document: Document) -> Fit:
    """The fit of the registered builder that fits ``document`` best; ``.build()`` builds it."""
    fits = [_load(name).fit(document) for name in REGISTRY]
    return max(fits, key=lambda fit: fit.score)  # max keeps the first of equals


def choose(document: Document) -> Builder[Any]:
    """The registered builder that fits ``document`` best."""
    return best_fit(document).builder
