"""What names one event in news, and what does not: an English name goes on after its head in capitals only
("the Summit | opens", "Summit | by streaming"), a head alone names the event told before, a forum defined by its
acronym or known as a body names that body ("the Kestrel Islands Summit (KIS)"), a dialogue without its day or place
is a standing mechanism; a year the name opens or ends with dates it ("the 2019 Kestrel Ocean Summit").

Each excerpt is composed for the test.
"""

from __future__ import annotations

from helpers import build_news


def _events(text: str, language: str) -> dict[str, str | None]:
    return {e.name: e.start for e in build_news(text, language).events}


def test_an_english_event_name_ends_at_a_lower_case_word() -> None:
    text = "LONDON, May 3, 2024. The Summit opens a new chapter. Watch the Third Kestrel Summit by streaming it online."
    assert set(_events(text, "en")) == {"Third Kestrel Summit"}


def test_a_head_alone_names_no_event() -> None:
    assert _events("LONDON, May 3, 2024. In short, the Summit will renew our resolve.", "en") == {}


def test_joined_capitalised_words_still_extend_an_english_name() -> None:
    text = "LONDON, May 3, 2024. The Conference on Housing for Kestrel Islands opened in Lima on 4 May 2024."
    assert _events(text, "en") == {"Conference on Housing for Kestrel Islands": "2024-05-04"}


def test_a_french_name_runs_on_in_lower_case() -> None:
    text = "PARIS, 3 mai 2024. Le sommet des îles Kestrel s'est ouvert le 4 mai 2024."
    assert any(name.startswith("sommet des îles") for name in _events(text, "fr"))


def test_a_forum_defined_by_its_acronym_is_a_body_not_a_meeting() -> None:
    text = "LONDON, May 3, 2024. They will meet in bodies like the Kestrel Islands Summit (KIS) and others."
    assert _events(text, "en") == {}


def test_a_numbered_meeting_with_its_acronym_stays_a_meeting() -> None:
    text = "LONDON, May 3, 2024. The Fourth Kestrel Conference on Islands (KCI4) will open next year."
    assert "Fourth Kestrel Conference on Islands" in _events(text, "en")


def test_an_undated_dialogue_is_a_mechanism_a_dated_one_a_meeting() -> None:
    text = (
        "LONDON, May 3, 2024. Both backed the annual Norland – Kestrel Water Dialogue. "
        "The High-level Dialogue on Kestrel Fisheries was held on 8 and 9 June 2021 in Lima."
    )
    assert _events(text, "en") == {"High-level Dialogue on Kestrel Fisheries": "2021-06-08"}


def test_a_year_the_name_opens_or_ends_with_dates_the_event() -> None:
    text = "LONDON, May 3, 2024. He welcomed the pledges of the 2019 Kestrel Ocean Summit in Lima."
    assert _events(text, "en") == {"2019 Kestrel Ocean Summit": "2019"}
    assert _events("PARIS, 3 mai 2024. Le Sommet Kestrel 2022 à Lima a été un succès.", "fr") == {
        "Sommet Kestrel 2022": "2022"
    }


def test_a_day_in_the_sentence_outranks_the_year_of_the_name() -> None:
    text = "LONDON, May 3, 2024. The 2024 Kestrel Forum opened in Lima on 5 May 2024."
    assert _events(text, "en") == {"2024 Kestrel Forum": "2024-05-05"}
