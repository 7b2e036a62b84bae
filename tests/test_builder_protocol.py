"""The builder protocol: a score's reading travels to the build in a Fit, never through module state.

The news and legal builders used to keep the last document they scored in a module-level cache
and pick it up in ``build``: a hidden dependency on the order of calls, and a document kept alive
after its build.
"""

from __future__ import annotations

import importlib
import sys

import pytest

from kg import builders
from kg.builders import Fit, best_fit
from kg.builders.legal import BUILDER as LEGAL
from kg.builders.news import BUILDER as NEWS
from kg.builders.news import NewsReading
from kg.model import Document

_DECISION = (
    "QUYẾT ĐỊNH\nSố: 12/QĐ-TTg\n\nCăn cứ Luật Tổ chức Chính phủ;\n\n"
    "Điều 1. Phê duyệt Kế hoạch thực hiện.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
)
_DECLARATION = "Canada, Mexico and Guatemala\n\nWe, the Heads of State and Government, commit to protect migrants.\n"


def test_the_best_fit_builds_with_what_its_score_read() -> None:
    document = Document(source="x.txt", text=_DECISION, language="vi")
    fit = best_fit(document)
    assert isinstance(fit, Fit) and fit.builder is LEGAL and fit.document is document
    assert fit.reading.legal.articles, "the legal builder's reading is the structure its score weighed"
    assert fit.build().document.symbol == LEGAL.build(document).document.symbol


def test_a_fit_builds_its_own_document_whatever_was_scored_since() -> None:
    first = Document(source="a.txt", text=_DECISION, language="vi")
    second = Document(source="b.txt", text=_DECISION.replace("12/QĐ-TTg", "34/QĐ-TTg"), language="vi")
    fit = LEGAL.fit(first)
    LEGAL.score(second)  # with a "last document" cache, this replaced what the first build reads
    assert fit.build().document.symbol == "12/QĐ-TTg"


def test_news_reads_a_declarations_signatories_once_for_score_and_build(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    news_module = sys.modules["kg.builders.news"]
    real = news_module.find_signatories
    monkeypatch.setattr(news_module, "find_signatories", lambda news: calls.append(news.document.source) or real(news))
    document = Document(source="d.txt", text=_DECLARATION, language="en")
    fit = NEWS.fit(document)
    assert isinstance(fit.reading, NewsReading)
    fit.build()
    assert calls == ["d.txt"]


@pytest.mark.parametrize("name", builders.REGISTRY)
def test_no_builder_keeps_documents_in_module_state(name: str) -> None:
    module = importlib.import_module(f"kg.builders.{name}")
    builders.get(name).build(Document(source="x.txt", text=_DECISION, language="vi"))
    for value in vars(module).values():
        if isinstance(value, dict):
            assert not any(isinstance(v, tuple) and any(isinstance(x, Document) for x in v) for v in value.values())
