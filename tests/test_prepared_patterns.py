"""Patterns compiled once per machine: the same matches as re.compile, from the disk after the first time."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.text import prepared as module
from kg.text.patterns import alternation, phrase_pieces
from kg.text.prepared import cache_folder, prepared

PHRASES = ["prie", "prie instamment", "prie également", "décide", "décide en outre", "note avec satisfaction"]
TEXT = "1. Prie instamment les États ; 2. Décide en outre de rester saisi ; 3. note avec satisfaction le rapport."


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KG_PATTERN_CACHE", str(tmp_path / "patterns"))
    return tmp_path / "patterns"


def _pattern() -> str:
    return r"(?<!\w)(?:" + alternation(phrase_pieces(p) for p in PHRASES) + r")(?!\w)"


def _matches(pattern: re.Pattern[str]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(TEXT)]


def test_a_prepared_pattern_matches_as_re_compile_does_first_and_from_the_disk(folder: Path) -> None:
    expected = _matches(re.compile(_pattern(), re.IGNORECASE))
    assert len(expected) == 3
    first = prepared(_pattern(), re.IGNORECASE)
    assert list(folder.rglob("*.marshal")), "the program was not kept"
    again = prepared(_pattern(), re.IGNORECASE)
    assert _matches(first) == _matches(again) == expected
    assert again.pattern == _pattern() and again.flags == re.compile(_pattern(), re.IGNORECASE).flags


def test_a_kept_program_is_not_compiled_again(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prepared(_pattern())
    expected = _matches(re.compile(_pattern()))

    def no_parsing(*_: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(module._parser, "parse", no_parsing)
    assert _matches(prepared(_pattern())) == expected


def test_named_groups_survive(folder: Path) -> None:
    pattern = r"(?P<number>\d+)\s*(?P<unit>%|per cent)"
    prepared(pattern)
    match = prepared(pattern).search("rose by 25 per cent")
    assert match is not None and match.group("number", "unit") == ("25", "per cent")


def test_a_damaged_program_is_compiled_anew(folder: Path) -> None:
    prepared(_pattern())
    (kept,) = folder.rglob("*.marshal")
    kept.write_bytes(b"\x00 not a program")
    assert _matches(prepared(_pattern())) == _matches(re.compile(_pattern()))
    assert kept.read_bytes() != b"\x00 not a program"  # kept anew by the compile
    program = bytearray(kept.read_bytes())
    program[-40:-20] = bytes(20)  # well-formed data, a broken program: the engine refuses it
    kept.write_bytes(bytes(program))
    assert _matches(prepared(_pattern())) == _matches(re.compile(_pattern()))


def test_a_folder_that_cannot_be_written_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("KG_PATTERN_CACHE", str(blocker / "patterns"))
    assert cache_folder() == blocker / "patterns"
    assert _matches(prepared(_pattern())) == _matches(re.compile(_pattern()))
