"""Regional organisations that statements name among the states taking part, in any language the packs read:
APEC and the Caribbean Community by their names and acronyms.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg import resolve


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        ("LONDON, May 3, 2024. Norland will host the APEC trade ministers next year.", "en", "APEC"),
        ("LONDON, May 3, 2024. Norland, as Caribbean Community Chair, will attend.", "en", "CARICOM"),
        ("МОСКВА, 3 мая 2024 года. Вопрос обсудят на форуме АТЭС в Лиме.", "ru", "APEC"),
        ("新华社北京3月5日电 亚太经合组织领导人非正式会议将在利马举行。", "zh", "APEC"),
        ("PARIS, 3 mai 2024. La Communauté des Caraïbes a salué l'accord.", "fr", "CARICOM"),
    ],
)
def test_a_regional_organization_is_known_by_name_or_acronym(text: str, language: str, key: str) -> None:
    keys = {resolve.resolve(m, language).key for m in build_news(text, language).mentions}
    assert key in keys


def test_a_word_in_capitals_that_holds_the_acronym_is_no_mention() -> None:
    text = "LONDON, May 3, 2024. The APECS research group met in Lima."
    keys = {resolve.resolve(m, "en").key for m in build_news(text, "en").mentions}
    assert "APEC" not in keys
