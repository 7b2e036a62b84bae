"""Small helpers for tests: building a composed excerpt, and querying a build."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from typing import TypeVar

from pyoxigraph import Store

from kg import resolve
from kg.builders import get as get_builder
from kg.builders import news, un
from kg.model import Commitment, Document, Extraction, Mention, Statistic
from kg.query import load_query, result_rows, run_query
from kg.readers.segment import segment

T = TypeVar("T")


def news_document(text: str, language: str, source: str = "excerpt") -> Document:
    """A news text as the reader gives it: segmented into paragraphs."""
    return Document(source=source, text=text, language=language, segments=segment(text, language))


def build_news(text: str, language: str) -> Extraction:
    """What the news builder finds in a composed excerpt."""
    return news.BUILDER.build(news_document(text, language))


#: A short Vietnamese law composed for the tests: two articles, the formula of the session that adopted it,
#: the signature of the Chairman of the National Assembly.
VI_LAW = (
    "QUỐC HỘI\n\nLuật số: 5/2022/QH15\n\nLUẬT\n\nTHI ĐUA\n\nCăn cứ Hiến pháp;\n\n"
    "Quốc hội ban hành Luật Thi đua.\n\nĐiều 1. Chính phủ quy định chi tiết Luật này.\n\n"
    "Điều 2. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2023.\n\n"
    "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 4 thông qua ngày "
    "10 tháng 11 năm 2022.\n\nCHỦ TỊCH QUỐC HỘI\n\nVương Đình Huệ\n"
)


def build_un(text: str, language: str, source: str | None = None) -> Extraction:
    """What the UN builder finds in a composed excerpt, read as a plain-text export."""
    return un.BUILDER.build(Document(source=source or f"excerpt-{language}.txt", text=text, language=language))


def build_legal(text: str, language: str = "vi") -> Extraction:
    """What the legal builder finds in a composed instrument."""
    return get_builder("legal").build(Document(source=f"x-{language}.txt", text=text, language=language))


def tasks_addressed(extraction: Extraction, text: str) -> dict[str, list[str]]:
    """Each task's first three words, with the names of its addressees."""
    return {
        " ".join(c.span.of(text).split()[:3]): [" ".join(a.text.split()) for a in c.addressees]
        for c in extraction.commitments
        if c.action == "tasks"
    }


def rows(store: Store, query: str) -> list[dict[str, str]]:
    """Rows of a named query (or query text) as dicts of plain strings; unbound variables are absent."""
    text = load_query(query) if "\n" not in query else query
    return result_rows(run_query(store, text))


def variables(store: Store, query: str) -> list[str]:
    return [v.value for v in run_query(store, load_query(query)).variables]


PREFIXES = """PREFIX pk: <https://w3id.org/policy-kg/ontology#>
PREFIX act: <https://w3id.org/policy-kg/ontology/action/>
PREFIX force: <https://w3id.org/policy-kg/ontology/force/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def doc_of(store: Store, file_name: str) -> str:
    """The expression IRI of the document read from ``file_name``."""
    for row in rows(store, "documents"):
        if row["source"].replace("\\", "/").rsplit("/", 1)[-1] == file_name:
            return row["doc"]
    raise AssertionError(f"{file_name} is not in the build")


def rows_of(store: Store, query: str, doc: str) -> list[dict[str, str]]:
    """Rows of a named query that belong to one document."""
    return [row for row in rows(store, query) if row.get("doc") == doc]


def select(store: Store, body: str) -> list[dict[str, str]]:
    """Rows of an ad hoc SELECT written with the usual prefixes."""
    return rows(store, PREFIXES + body + "\n")


def recall_precision(found: set[str], expected: set[str], allowed: set[str]) -> tuple[float, float]:
    """Recall of ``expected`` in ``found``; precision of ``found`` against ``expected | allowed``."""
    recall = len(found & expected) / len(expected) if expected else 1.0
    precision = len(found & (expected | allowed)) / len(found) if found else 0.0
    return recall, precision


def resolved_key(mention: Mention, language: str) -> str | None:
    """The key the resolver gives a mention."""
    return resolve.resolve(mention, language).key


def statistic_of(extraction: Extraction, value: str) -> Statistic:
    """The figure of ``value`` among those found."""
    return next(s for s in extraction.statistics if s.value == Decimal(value))


def citations_of(extraction: Extraction) -> dict[str, tuple[str | None, str | None]]:
    """Each cited instrument's key, with its date and the surface form of its issuer."""
    return {
        c.mention.key or c.mention.text: (c.date, c.issuer.text if c.issuer else None) for c in extraction.citations
    }


def holders_of(extraction: Extraction) -> dict[str, str]:
    """Each person found holding a post, with the post."""
    return {h.person.text: h.post for h in extraction.posts}


def commitments_by_verb(extraction: Extraction, text: str) -> dict[str, Commitment]:
    """Each commitment found, by the words of its verb."""
    return {c.verb.of(text): c for c in extraction.commitments if c.verb}


def nonempty(items: Iterable[T]) -> list[T]:
    """``items`` as a list, failing when there are none: a loop of asserts over nothing would pass."""
    found = list(items)
    assert found, "nothing to check: the assertions of the loop would never run"
    return found


def fold(text: str) -> str:
    """``text`` with its spaces collapsed, in one Unicode form and case, for comparing quotes."""
    return unicodedata.normalize("NFC", " ".join(text.split())).casefold()
