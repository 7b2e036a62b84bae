"""The parts of the news builder: dates, the ontology it relies on, instrument numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg import lang, ontology
from kg.builders.news import BUILDER
from kg.finders.dates import find_dates
from kg.finders.instruments import issuer_from_number, kind_from_number
from kg.finders.text import DocumentText
from kg.model import Document
from kg.readers.segment import segment

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_every_pledge_phrase_names_an_action_of_the_scheme() -> None:
    for code in lang.SUPPORTED:
        unknown = set(lang.get(code).pledge_phrases.values()) - set(ontology.actions())
        assert not unknown, (code, unknown)


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_every_kind_the_builder_emits_is_an_ontology_kind(name) -> None:
    text = (CORPUS / name).read_text(encoding="utf-8")
    language = name.split("-")[1]
    extraction = BUILDER.build(Document(source=name, text=text, language=language, segments=segment(text, language)))
    kinds = {m.kind for m in extraction.mentions} | {e.kind for e in extraction.events} | {extraction.document.kind}
    assert kinds <= set(ontology.kind_names())


@pytest.mark.parametrize(
    ("text", "code", "dates"),
    [
        ("theo Quyết định ngày 20/3/2020, hội thảo ngày 29/10", "vi", ["2020-03-20", "--10-29"]),
        ("ngày 20 tháng 3 năm 2020", "vi", ["2020-03-20"]),
        ("adoptée le 10 juin 2022", "fr", ["2022-06-10"]),
        ("el 10 de junio de 2022", "es", ["2022-06-10"]),
        ("on June 10, 2022 and 3 May 2023", "en", ["2022-06-10", "2023-05-03"]),
        ("tỷ lệ 475.198 và 3/4 số người", "vi", []),
        ("ngày 31/2 và 45/13", "vi", []),
        ("ngày 29/2", "vi", ["--02-29"]),
    ],
)
def test_dates(text, code, dates) -> None:
    assert [d.iso for d in find_dates(text, lang.get(code))] == dates


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("0123456789/.- ngàytháng năm juin June,\n"), max_size=50))
def test_dates_never_raise_and_quote_the_text(text) -> None:
    for code in ("vi", "fr", "en"):
        for date in find_dates(text, lang.get(code)):
            assert 0 <= date.span.start < date.span.end <= len(text)
            assert re.fullmatch(r"\d{4}-\d\d-\d\d|--\d\d-\d\d", date.iso)


@pytest.mark.parametrize(
    ("number", "issuer", "kind"),
    [
        ("402/QĐ-TTg", "Prime Minister", "decision"),
        ("69/2020/QH14", "National Assembly", "law"),
        ("152/2020/NĐ-CP", "Government", "decree"),
        ("12/2022/XYZ", None, None),
    ],
)
def test_issuer_and_kind_from_a_vietnamese_number(number, issuer, kind) -> None:
    news = DocumentText(Document(source="", text="", language="vi"), lang.get("vi"))
    assert issuer_from_number(number, news) == issuer
    assert kind_from_number(number, news) == kind


NEWS_TEXT = st.lists(
    st.sampled_from(
        [
            "Bộ Ngoại giao",
            "có nhiệm vụ",
            "hơn 1.000 người",
            "Quyết định số 12/QĐ-TTg",
            "ngày 3/4",
            "Phó Cục trưởng",
            "Nguyễn Văn An",
            "Hội thảo",
            "tại Hà Nội",
            "cam kết",
            "dự thảo Luật",
            "Tin liên quan",
            "We commit to",
            "more than 20,000",
            "Nous, chefs d’État",
            "plus de 1,2 million",
            "(IOM)",
            ",",
            ".",
            "\n",
            "\n\n",
            " ",
            "وتعتزم",
            "أكثر من ٥",
        ]
    ),
    max_size=25,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(
    text=st.one_of(NEWS_TEXT, st.text(max_size=120)),
    code=st.sampled_from(["vi", "en", "fr", "es", "ar", None]),
)
# an Arabic verb that ends its sentence, a body's name opening the next line: no subject of that verb
@example(text="وتعتزم\nBộ Ngoại giao", code="ar")
def test_the_builder_never_raises_and_quotes_the_text(text, code) -> None:
    extraction = BUILDER.build(Document(source="x", text=text, language=code, segments=segment(text, code)))
    for mention in extraction.mentions:
        assert text[mention.span.start : mention.span.end] == mention.text
    for fact in [*extraction.statistics, *extraction.commitments, *extraction.events, *extraction.posts]:
        assert 0 <= fact.span.start <= fact.span.end <= len(text)
