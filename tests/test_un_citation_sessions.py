"""Resolution numbers as General Assembly resolutions print them beyond "session/number": a special session's
("1874 (S-IV)", "S-23/3") and an emergency special session's ("ES-10/19") numbers, and numbers joined before one date
("55/235 and 55/236 of 23 December 2000"), which share it only where they are of the session that date falls in."""

from __future__ import annotations

import pytest
from un_excerpts import CLOSINGS, resolution

from kg.model import Extraction


def _dated(extraction: Extraction) -> dict[str, str | None]:
    return {c.mention.key or "": c.date for c in extraction.citations}


_SPECIAL = {
    "en": "Reaffirming the principles set out in its resolutions 1874 (S-IV) of 27 June 1963, \n3101 (XXVIII) of "
          "11 December 1973 and 55/235, and recalling its resolution ES-10/19 of 21 December 2017,",
    "fr": "Réaffirmant les principes énoncés dans ses résolutions 1874 (S-IV) du 27 juin 1963, \n3101 (XXVIII) du "
          "11 décembre 1973 et 55/235, et rappelant sa résolution ES-10/19 du 21 décembre 2017,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_special_and_emergency_special_sessions(language: str) -> None:
    dated = _dated(resolution(language, _SPECIAL[language], CLOSINGS[language]))
    assert dated["A/RES/1874(S-IV)"] == "1963-06-27"
    assert dated["A/RES/3101(XXVIII)"] == "1973-12-11"  # the list runs on past the special session's brackets
    assert "A/RES/55/235" in dated
    assert dated["A/RES/ES-10/19"] == "2017-12-21"
    assert "A/RES/10/19" not in dated


_SHARED = {
    "en": "Recalling its resolutions 55/235 and 55/236 of 23 December 2000, 70/1 and 71/243 of 21 December 2016, "
          "and 72/1, 72/2 and 72/3 of 12 September 2017,",
    "fr": "Rappelant ses résolutions 55/235 et 55/236 du 23 décembre 2000, 70/1 et 71/243 du 21 décembre 2016, "
          "et 72/1, 72/2 et 72/3 du 12 septembre 2017,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_numbers_joined_before_a_date_of_their_session_share_it(language: str) -> None:
    dated = _dated(resolution(language, _SHARED[language], CLOSINGS[language]))
    assert dated["A/RES/55/235"] == dated["A/RES/55/236"] == "2000-12-23"
    assert dated["A/RES/72/1"] == dated["A/RES/72/2"] == dated["A/RES/72/3"] == "2017-09-12"
    # 70/1 is of the seventieth session; 21 December 2016 falls in the seventy-first
    assert dated["A/RES/71/243"] == "2016-12-21"
    assert dated["A/RES/70/1"] is None


_SPECIAL_SLASHED = {
    "en": "Recalling its resolution S-23/3, and its decisions S-26/1 and S-26/2 of 14 March 2002, S-26/3 of "
          "15 March 2002 and S-25/4 and 58/12 of 2 December 2003,",
    "fr": "Rappelant sa résolution S-23/3, et ses décisions S-26/1 et S-26/2 du 14 mars 2002, S-26/3 du "
          "15 mars 2002 et S-25/4 et 58/12 du 2 décembre 2003,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_special_session_numbers_written_with_a_slash(language: str) -> None:
    dated = _dated(resolution(language, _SPECIAL_SLASHED[language], CLOSINGS[language]))
    assert "A/RES/S-23/3" in dated
    assert "A/RES/23/3" not in dated  # a special session is numbered apart from the regular ones
    # the decisions of one special session share the date after the last of them
    assert dated["A/DEC/S-26/1"] == dated["A/DEC/S-26/2"] == "2002-03-14"
    assert dated["A/DEC/S-26/3"] == "2002-03-15"
    assert not any(key.startswith("A/DEC/26/") for key in dated)
    # a number of another session tells nothing of a special session's date
    assert dated["A/DEC/S-25/4"] is None
    assert dated["A/DEC/58/12"] == "2003-12-02"
