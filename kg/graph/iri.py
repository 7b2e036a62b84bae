"""The one place that mints IRIs. Deterministic: an IRI depends on stable keys only.

Entities live under ``https://w3id.org/policy-kg/id/``:

>>> entity_iri("state", "VNM")
'https://w3id.org/policy-kg/id/state/VNM'
>>> entity_iri("resolution", "A/RES/70/1")
'https://w3id.org/policy-kg/id/un/A/RES/70/1'
>>> entity_iri("government-agency", "VNM/Bộ Ngoại giao")
'https://w3id.org/policy-kg/id/government-agency/vnm/bo-ngoai-giao'

A work and its language versions (FRBR/ELI style: one work, one expression per language):

>>> work = work_iri("A/RES/73/195")
>>> work
'https://w3id.org/policy-kg/id/un/A/RES/73/195'
>>> expression_iri(work, "ar")
'https://w3id.org/policy-kg/id/un/A/RES/73/195/ar'
>>> graph_iri(expression_iri(work, "ar"))
'https://w3id.org/policy-kg/id/un/A/RES/73/195/ar/graph'

Facts are named by the expression they come from, their kind and their span:

>>> fact_iri("https://w3id.org/policy-kg/id/un/A/RES/73/195/en", "commitment", 120, 180, "requests")
'https://w3id.org/policy-kg/id/un/A/RES/73/195/en/commitment/120-180-requests'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from kg.model import Kind
from kg.ontology import is_work_kind
from kg.text.symbols import is_un_symbol

__all__ = [
    "DATASET",
    "ID",
    "LINK_GRAPH",
    "activity_iri",
    "agent_iri",
    "dataset_part_iri",
    "derived_graph_iri",
    "entity_iri",
    "expression_iri",
    "fact_iri",
    "fulfilment_iri",
    "graph_iri",
    "lifecycle_iri",
    "slug",
    "undocs_url",
    "work_iri",
]

ID = "https://w3id.org/policy-kg/id/"
#: The dataset a build publishes, as its description (``void.ttl``) names it.
DATASET = ID + "dataset"

_MAX_SLUG = 80
# Letters that NFKD does not take apart into a base letter and a mark.
_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae"})
# Characters allowed unescaped in a symbol path segment (RFC 3987 iunreserved plus sub-delims we use).
_SYMBOL_SAFE = "/.-()"


# Names recur across a document's facts and across documents.
@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """A readable ASCII path segment for any name, stable across runs.

    Names in other scripts become their transliteration-free hash, so that an
    Arabic or Chinese name still gets a short, valid, deterministic segment.

    >>> slug("Bộ Ngoại giao")
    'bo-ngoai-giao'
    >>> slug("Cục Lãnh sự")
    'cuc-lanh-su'
    >>> slug("الجمعية العامة")
    'x-6f5900290908'
    """
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    readable = "-".join(words)
    if not readable or len(readable) < len(text.split()) or len(ascii_text) < len(text) // 2:
        # Mostly non-Latin text: the readable part would lose the name; hash the whole.
        return "x-" + _digest(" ".join(text.split()).casefold())
    if len(readable) > _MAX_SLUG:
        return readable[:_MAX_SLUG].rstrip("-") + "-" + _digest(readable)
    return readable


def _digest(text: str, length: int = 12) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def _slug_path(key: str) -> str:
    return "/".join(slug(part) for part in key.split("/") if part.strip())


def entity_iri(kind: str, key: str) -> str:
    """The IRI of the entity of ``kind`` with ``key`` (a UN symbol, an ISO code, a scoped name).

    Only works are keyed by symbol: a session keyed "GA/73" is not document GA/73.

    >>> entity_iri("session", "GA/73")
    'https://w3id.org/policy-kg/id/session/ga/73'
    """
    if is_work_kind(kind) and is_un_symbol(key):
        return ID + "un/" + quote(key, safe=_SYMBOL_SAFE)
    if kind == Kind.STATE and re.fullmatch(r"[A-Z]{3}", key):
        return f"{ID}state/{key}"
    return f"{ID}{slug(kind)}/{_slug_path(key)}"


def work_iri(key: str, kind: str = Kind.DOCUMENT) -> str:
    """The IRI of a work: UN symbols under ``un/``, other keys under their kind."""
    return entity_iri(kind, key)


def expression_iri(work: str, language: str | None) -> str:
    return f"{work}/{slug(language or 'und')}"


def graph_iri(expression: str) -> str:
    """The named graph that holds everything read from one document."""
    return f"{expression}/graph"


def fact_iri(expression: str, kind: str, start: int, end: int, discriminator: str = "") -> str:
    suffix = f"-{slug(discriminator)}" if discriminator else ""
    return f"{expression}/{kind}/{start}-{end}{suffix}"


def derived_graph_iri(name: str) -> str:
    """The named graph of facts inferred over all documents after the build (not read from one).

    >>> derived_graph_iri("mandates")
    'https://w3id.org/policy-kg/id/inferred/mandates/graph'
    """
    return f"{ID}inferred/{slug(name)}/graph"


def fulfilment_iri(mandate: str, evidence: str) -> str:
    """An inferred fulfilment of ``mandate``, named by what shows it (a paragraph's or a work's IRI)."""
    return f"{mandate}/fulfilment/{_digest(evidence)}"


#: The named graph of the links a build infers across documents (:mod:`kg.lifecycle`).
LINK_GRAPH = derived_graph_iri("lifecycle")


def lifecycle_iri(kind: str, *keys: str) -> str:
    """The IRI of a link, an alignment or a difference the lifecycle stage infers, from the IRIs it relates.

    >>> lifecycle_iri("link", "a", "b").startswith(ID + "lifecycle/link/")
    True
    """
    joined = "\n".join(keys)
    return f"{ID}lifecycle/{slug(kind)}/{_digest(joined, 20)}"


def agent_iri(builder: str, version: str) -> str:
    return f"{ID}software/{slug(builder)}/{slug(version)}"


def activity_iri(expression: str) -> str:
    """The activity that built one expression's graph."""
    return f"{expression}/build"


def dataset_part_iri(part: str, name: str) -> str:
    """A part of the dataset's description: a subset by licence, a distribution, the endpoint.

    >>> dataset_part_iri("distribution", "graph.trig")
    'https://w3id.org/policy-kg/id/dataset/distribution/graph-trig'
    """
    return f"{DATASET}/{slug(part)}/{slug(name)}"


def undocs_url(symbol: str) -> str:
    """Where the UN's document system serves a symbol."""
    return "https://undocs.org/" + quote(symbol, safe=_SYMBOL_SAFE)
