"""The schema of language data: every pack's data is declared and well formed, and an undeclared key fails."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.finders.text import DocumentText
from kg.lang import SUPPORTED, LanguagePack, get
from kg.lang.__main__ import main
from kg.lang.report import missing_report
from kg.lang.schema import SECTIONS, Deadlines, Events, UndeclaredField, declared, missing, problems, section_of
from kg.model import Document

_KG = Path(kg.__file__).parent


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_key_of_a_pack_is_declared_and_well_formed(code: str) -> None:
    assert list(problems(get(code).extra)) == []


def test_a_key_no_section_declares_is_named_with_the_section_it_belongs_in() -> None:
    [message] = problems({"event_heads_plural": ("Summits",)})
    assert "'event_heads_plural' is not declared in kg/lang/schema.py" in message
    assert "class Events" in message
    [message] = problems({"meeting_hall_words": ("hall",)})
    assert "class UNDocuments" in message


def test_a_misspelt_key_is_named_with_the_key_it_was_meant_to_be() -> None:
    [message] = problems({"deadline_word": ("by",)})
    assert "did you mean 'deadline_words'?" in message


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("deadline_words", "by", "expected words"),  # a string, not a tuple of words
        ("deadline_words", ("by", ""), "expected words"),  # an empty word matches everywhere
        ("duration_units", {"days": 1}, "expected phrases"),
        ("number_words", {"two": "2"}, "expected counts"),
        ("number_words", {"two": True}, "expected counts"),
        ("vote_pattern", r"(\d+ votes", "expected regex"),
        ("dateline_patterns", ("[unclosed",), "expected regexes"),
        ("word_boundaries", "no", "expected flag"),
        ("parent_organizations", (("Cục", "Bộ", "extra"),), "expected pairs"),
        ("kind_words", {"report": "report of"}, "expected word_lists"),
    ],
)
def test_a_value_not_of_its_declared_type_is_a_problem(key: str, value: object, expected: str) -> None:
    [message] = problems({key: value})
    assert message.startswith(f"{key} ({section_of(key).__name__}): {expected}")  # type: ignore[union-attr]


def test_reading_an_undeclared_key_raises_at_once_whatever_the_accessor() -> None:
    pack = get("en")
    with pytest.raises(UndeclaredField, match="did you mean 'deadline_words'"):
        pack.extra.get("deadline_word", ())
    with pytest.raises(UndeclaredField):
        pack.extra["deadline_word"]
    with pytest.raises(UndeclaredField):
        pack.words("deadline_word")
    with pytest.raises(UndeclaredField):
        _ = "deadline_word" in pack.extra
    with pytest.raises(UndeclaredField):
        DocumentText(Document(source="a.txt", text="", language="en"), pack).mapping("event_head")


def test_a_declared_key_a_pack_leaves_out_reads_as_the_default_given() -> None:
    pack = LanguagePack(code="xx", name="test", extra={"date_order": "mdy"})
    assert pack.extra.get("date_order") == "mdy"
    assert pack.extra.get("date_links", ("de",)) == ("de",)
    assert pack.words("date_links") == ()
    assert "date_links" not in pack.extra


def test_a_word_list_is_read_once_and_an_undeclared_key_still_raises_every_time() -> None:
    pack = LanguagePack(code="xx", name="test", extra={"date_links": ["de", "del"], "date_order": "dmy"})
    first = pack.words("date_links")
    assert first == ("de", "del") and pack.words("date_links") is first  # kept, not copied again
    assert pack.words("date_order") == ()  # not a list: no words
    for _ in range(2):
        with pytest.raises(UndeclaredField):
            pack.words("date_link")


def test_a_section_reads_typed_with_its_empty_defaults() -> None:
    deadlines = get("en").section(Deadlines)
    assert deadlines.duration_units["weeks"] == "W" and deadlines.deadline_date_tails == ()
    assert get("xx").section(Events).event_heads == {}


def test_every_field_is_declared_once_with_a_line_of_documentation() -> None:
    names = [spec.name for section in SECTIONS for spec in fields(section)]
    assert len(names) == len(set(names)) == len(declared())
    for name in names:
        doc = declared()[name].metadata["doc"]
        assert doc and "\n" not in doc, name


def test_every_declared_field_is_read_by_the_code() -> None:
    """A field no module reads is dead data: remove it, or the reader lost its key in a rename."""
    sources = "".join(
        path.read_text(encoding="utf-8")
        for path in _KG.rglob("*.py")
        if path.parent.name != "lang" or path.name in ("base.py",)
    )
    unread = [name for name in declared() if not re.search(rf"[\"']{name}[\"']", sources)]
    assert unread == []


def test_missing_lists_what_a_new_pack_still_has_to_write_and_not_what_it_wrote() -> None:
    report = missing({"deadline_words": ("by",), "date_links": ()})
    assert "deadline_words" not in report["Deadlines"] and "cycle_words" in report["Deadlines"]
    assert "date_links" not in report["Dates"]  # an empty value says the language has none: written
    assert "word_boundaries" not in report.get("Script", [])  # optional: only some scripts need it
    assert "word_boundaries" in missing({}, optional=True)["Script"]


def test_the_report_of_a_new_language_lists_every_section_with_what_each_field_holds() -> None:
    text = missing_report([LanguagePack(code="pt", name="Portuguese")])
    assert text.startswith("pt (Portuguese): ")
    for section in ("Numbers", "Dates", "Deadlines", "Instruments", "Commitments", "LegalTexts", "News"):
        assert f"\n  {section}:\n" in text
    assert "\n  LanguagePack: months, scale_words" in text and "parse_ordinal" in text
    assert "    cycle_words  how often a commitment recurs" in text


def test_python_m_kg_lang_prints_the_report_and_refuses_an_unknown_code() -> None:
    result = CliRunner().invoke(main, ["vi"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("vi (Vietnamese): ") and "  UNDocuments:\n    session_words" in result.output
    refused = CliRunner().invoke(main, ["pt"])
    assert refused.exit_code == 1 and "no pack for pt" in refused.output


def test_every_pack_module_is_a_supported_language() -> None:
    modules = sorted(path.stem for path in (_KG / "lang").glob("??.py"))
    assert modules == list(SUPPORTED)
    assert all(get(code).code == code for code in SUPPORTED)
