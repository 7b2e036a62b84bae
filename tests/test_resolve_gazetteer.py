"""The gazetteers as reference data: complete, consistent, sourced."""

from __future__ import annotations

import csv
from collections import Counter

from kg.resolve.gazetteer import DATA, LANGUAGES, gazetteer


def test_every_un_member_and_observer_state_is_there() -> None:
    states = [known for known in gazetteer() if known.kind == "state"]
    status = Counter(known.attributes["status"] for known in states)
    assert status == {"member": 193, "observer": 2}
    assert {"VAT", "PSE"} <= {known.key for known in states}


def test_states_carry_iso_m49_and_un_style_names() -> None:
    index = gazetteer().entities
    assert index[("state", "VNM")].name == "Viet Nam"
    assert index[("state", "VNM")].attributes["m49"] == "704"
    assert index[("state", "TUR")].name == "Türkiye"
    assert index[("state", "VEN")].name == "Bolivarian Republic of Venezuela"
    assert index[("state", "USA")].name == "United States of America"
    assert all(known.code == known.key for known in gazetteer() if known.kind == "state")


def test_no_two_entities_share_a_kind_and_english_name() -> None:
    names = Counter((known.kind, known.name) for known in gazetteer())
    assert [pair for pair, count in names.items() if count > 1] == []


def test_no_two_entities_share_a_code() -> None:
    codes = Counter(known.code for known in gazetteer() if known.code)
    assert [code for code, count in codes.items() if count > 1] == []


def test_every_row_says_where_it_comes_from() -> None:
    for path in sorted(DATA.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as stream:
            rows = list(csv.DictReader(stream))
        assert rows, path.name
        assert all(row["source"].strip() for row in rows), path.name


def test_un_bodies_have_names_in_the_six_un_languages() -> None:
    for key in ("GA", "SC", "ECOSOC", "GA-C2", "UNDP", "ITU", "UNCTAD", "UN-Women", "IOM"):
        known = next(k for k in gazetteer().by_key[key])
        languages = {label.lang for label in known.labels}
        assert set(LANGUAGES) <= languages, (key, set(LANGUAGES) - languages)


def test_all_sixty_three_vietnamese_provinces_are_places() -> None:
    provinces = [k for k in gazetteer() if k.kind == "place" and k.attributes.get("state") == "VNM"]
    assert len(provinces) == 63


def test_every_place_names_the_state_it_lies_in() -> None:
    states = {known.key for known in gazetteer() if known.kind in ("state", "territory")}
    places = [known for known in gazetteer() if known.kind == "place" and not known.key.startswith("region/")]
    assert [p.key for p in places if p.attributes.get("state") not in states] == []


def test_capitals_and_cities_of_datelines_have_their_names_in_caseless_scripts() -> None:
    # A dateline in Arabic or Chinese is found by its place alone: these must be known by name.
    index = gazetteer().entities
    for key in ("CHN/beijing", "IND/new-delhi", "TUR/ankara", "QAT/doha", "ARE/dubai", "SAU/jeddah", "PSE/gaza"):
        labels = {label.lang for label in index[("place", key)].labels}
        assert {"ar", "zh", "ru"} <= labels, key
