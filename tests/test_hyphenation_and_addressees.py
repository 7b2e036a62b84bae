"""Words hyphenated at a line end, and addressees written with proclitics or in the dative.

PDF text layers of French, Spanish and Russian UN documents hyphenate words at
a line end ("internatio-\\n    nale"): names must be found through the break,
with spans that quote the document as printed. A hyphen that belongs to a word
("Vice-President", "секретарь-исполнитель") or a dash between numbers must not
be taken for one.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.builders.un import BUILDER
from kg.model import Commitment, Document
from kg.resolve import find_mentions
from kg.resolve.normalize import IGNORABLE, fold, folded_text, soft_breaks

BOUNDED = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HYPHENATED = [
    ("fr", "avec l'Organisation internatio-\n                    nale pour les migrations et", "IOM"),
    ("es", "el Alto Comisionado de las Naciones Uni-\n    das para los Refugiados y", "UNHCR"),
    ("ru", "Управление Верховного комиссара Организации Объеди-\n   ненных Наций по правам человека и", "OHCHR"),
]


@pytest.mark.parametrize(("language", "text", "key"), HYPHENATED)
def test_a_name_hyphenated_at_a_line_end_is_found_and_quoted_as_printed(language: str, text: str, key: str) -> None:
    mention = next(m for m in find_mentions(text, language) if m.key == key)
    assert text[mention.span.start : mention.span.end] == mention.text
    assert "-\n" in mention.text
    assert mention.text[0].isupper() and mention.text[-1].isalpha()


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Генеральный секретарь-\nисполнитель Генеральной Ассамблеи", ["UN-SG", "GA"]),
        ("en", "the Vice-\nPresident of the General Assembly", ["GA-PRES"]),
        ("en", "in 2020-\n2030 the General Assembly", ["GA"]),
    ],
)
def test_a_hyphen_that_belongs_to_a_word_is_not_a_break(language: str, text: str, expected: list[str]) -> None:
    assert [m.key for m in find_mentions(text, language)] == expected


def test_only_a_hyphen_after_a_letter_before_a_lower_case_letter_breaks_a_word() -> None:
    assert soft_breaks("Uni-\n  das") == ((3, 7),)
    assert soft_breaks("Vice-\nPresident, 2020-\n2030, 2020–\nbis, Uni -\ndas, Uni-das") == ()
    assert soft_breaks("Uni\u00ad\r\n das") == ((3, 7),)


def test_the_folded_text_joins_the_broken_word_and_keeps_its_length() -> None:
    text = "Naciones Uni-\n    das"
    folded = folded_text(text)
    assert len(folded) == len(text)
    assert folded.replace(IGNORABLE, "") == "naciones unidas"


# --- the UN builder ---------------------------------------------------------------------------

HEADS = {"ar": "إن الجمعية العامة،\n\n", "ru": "Генеральная Ассамблея,\n\n", "fr": "L'Assemblée générale,\n\n"}


def operative(language: str, paragraph: str) -> list[Commitment]:
    text = HEADS[language] + paragraph + "\n"
    extraction = BUILDER.build(Document(source=f"hyphen-{language}.txt", text=text, language=language))
    for commitment in extraction.commitments:
        for addressee in commitment.addressees:
            assert text[addressee.span.start : addressee.span.end] == addressee.text
    return [c for c in extraction.commitments if c.paragraph.section == "operative"]


def test_a_verb_hyphenated_at_a_line_end_is_read_whole() -> None:
    (commitment,) = operative("fr", "1. Prie ins-\n    tamment le Secrétaire général de présenter un rapport ;")
    assert commitment.action == "urges"
    assert [a.name for a in commitment.addressees] == ["Secretary-General"]


def test_an_addressee_hyphenated_at_a_line_end_is_found() -> None:
    paragraph = "1. Prie le Haut-Commissariat des Nations Unies aux droits de l'hom-\n   me de présenter un rapport ;"
    (commitment,) = operative("fr", paragraph)
    assert [a.key for a in commitment.addressees] == ["OHCHR"]


def test_a_compound_broken_at_its_own_hyphen_is_one_addressee() -> None:
    (commitment,) = operative("ru", "1. призывает государства-\n   участники осуществить резолюцию;")
    assert [(a.text, a.name) for a in commitment.addressees] == [("государства-\n   участники", "States parties")]


@pytest.mark.parametrize(
    ("language", "paragraph", "expected"),
    [
        ("ar", "١ - تهيب بالدول أن تنفذ القرار؛", [("الدول", "States")]),
        ("ar", "١ - تهيب بالدول الأطراف أن تنفذ القرار؛", [("الدول الأطراف", "States parties")]),
        ("ar", "١ - تطلب إلى الأمين العام أن يقدم تقريرا؛", [("الأمين العام", "Secretary-General")]),
        (
            "ru",
            "1. призывает Государства-участники осуществить резолюцию;",
            [("Государства-участники", "States parties")],
        ),
        (
            "ru",
            "1. рекомендует Генеральной Ассамблее принять резолюцию;",
            [("Генеральной Ассамблее", "General Assembly")],
        ),
        ("ru", "1. рекомендует Государствам-участникам принять меры;", [("Государствам-участникам", "States parties")]),
    ],
)
def test_addressees_with_proclitics_and_cases(language: str, paragraph: str, expected: list[tuple[str, str]]) -> None:
    (commitment,) = operative(language, paragraph)
    assert [(a.text, a.name) for a in commitment.addressees] == expected


# --- properties -------------------------------------------------------------------------------

NAMES = [
    ("fr", "Organisation internationale pour les migrations", "IOM"),
    ("es", "Alto Comisionado de las Naciones Unidas para los Refugiados", "UNHCR"),
    ("ru", "Управление Верховного комиссара Организации Объединенных Наций по правам человека", "OHCHR"),
    ("ru", "Генеральной Ассамблеи", "GA"),
]
WORDS = st.sampled_from(["et", "y", "и", "the", "2020-", "Vice-", "-", "2030", ",", "États-Unis", "участники"])


def _hyphenate(name: str, cut: int, indent: str) -> str:
    """``name`` cut by a line-end hyphen before the ``cut``-th of the positions where a word can break."""
    positions = [i for i in range(1, len(name)) if name[i - 1].isalpha() and name[i].islower()]
    at = positions[cut % len(positions)]
    return f"{name[:at]}-\n{indent}{name[at:]}"


@BOUNDED
@given(
    name=st.sampled_from(NAMES),
    cut=st.integers(min_value=0, max_value=200),
    indent=st.text(alphabet=" \t", max_size=24),
    before=st.lists(WORDS, max_size=4),
    after=st.lists(WORDS, max_size=4),
)
def test_a_hyphenated_name_is_found_wherever_it_breaks(
    name: tuple[str, str, str], cut: int, indent: str, before: list[str], after: list[str]
) -> None:
    language, form, key = name
    printed = _hyphenate(form, cut, indent)
    text = " ".join([*before, printed, *after])
    mentions = find_mentions(text, language)
    assert all(text[m.span.start : m.span.end] == m.text for m in mentions)
    found = [m for m in mentions if m.key == key]
    assert found and found[0].text == printed


PIECES = st.sampled_from(["-\n", "-\n   ", "–\n", "\u00ad\n ", "Uni", "das", "Vice", "President", "Объеди", "ненных",
                          " ", "\n", "2020", "Наций", "General Assembly", "Organisation", "internatio", "nale"])  # fmt: skip


@BOUNDED
@given(pieces=st.lists(PIECES, max_size=16), language=st.sampled_from(["fr", "es", "ru", "en"]))
def test_spans_always_quote_the_document(pieces: list[str], language: str) -> None:
    text = "".join(pieces)
    folded = folded_text(text)
    assert len(folded) == len(text)
    plain = fold(text)
    broken = {i for start, end in soft_breaks(text) for i in range(start, end)}
    assert all(folded[i] == (IGNORABLE if i in broken else plain[i]) for i in range(len(text)))
    for mention in find_mentions(text, language):
        assert 0 <= mention.span.start < mention.span.end <= len(text)
        assert text[mention.span.start : mention.span.end] == mention.text
        assert mention.text == mention.text.strip()
