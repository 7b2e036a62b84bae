"""The supported languages are the pack modules of kg.lang; what else lists languages follows that one list."""

from __future__ import annotations

import csv

from kg.eval.gold import item_labels
from kg.lang import SUPPORTED
from kg.readers import language
from kg.resolve import seed
from kg.resolve.gazetteer import DATA, LANGUAGES


def test_the_gazetteer_reads_english_then_every_supported_language() -> None:
    assert LANGUAGES[0] == "en" and sorted(LANGUAGES) == sorted(SUPPORTED)
    assert sorted(("en", *seed.LANGUAGES)) == sorted(SUPPORTED)


def test_the_states_table_has_the_name_columns_of_every_supported_language() -> None:
    with (DATA / "states.csv").open(encoding="utf-8") as table:
        header = next(csv.reader(table))
    wanted = {column for code in SUPPORTED for column in (code, f"official_{code}")}
    assert wanted <= set(header), wanted - set(header)


def test_a_gold_item_is_named_in_any_supported_language_english_first() -> None:
    item = {code: f"name in {code}" for code in reversed(SUPPORTED)}
    labels = item_labels(item)
    assert labels[0] == "name in en" and sorted(labels) == sorted(f"name in {code}" for code in SUPPORTED)


def test_the_language_detector_can_name_every_supported_language() -> None:
    detectable = set(language._READ.values()) | {other.iso_code_639_1.name.lower() for other in language._OTHERS}
    assert set(SUPPORTED) <= detectable
