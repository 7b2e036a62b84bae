"""Laws, treaties and codes cited by name in news and statements, beyond Vietnamese.

Each excerpt is composed for the test; before, only Vietnamese packs had head words of instruments, so
no law, treaty or code named without a number was cited in English, French, Spanish, Russian or Arabic.
"""

from __future__ import annotations

import pytest
from helpers import build_news


def _cited(text: str, language: str) -> list[tuple[str, str]]:
    return [(" ".join(c.mention.text.split()), c.mention.kind) for c in build_news(text, language).citations]


def test_english_names_capitalised_before_and_after_their_head() -> None:
    text = (
        "WASHINGTON, 4 June 2024 - Investments under the CHIPS Act will support a new Memorandum of Cooperation "
        "on Semiconductor Supply Chains, and the Government will adopt a Law on Medical Devices. The agreement "
        "was welcomed. Agreement was reached on Monday."
    )
    assert _cited(text, "en") == [
        ("CHIPS Act", "law"),
        ("Memorandum of Cooperation on Semiconductor Supply Chains", "agreement"),
        ("Law on Medical Devices", "law"),
    ]


def test_french_and_spanish_names_after_a_lower_case_head_and_a_joiner() -> None:
    french = "Paris, le 3 mars 2024 - L'association demande la renégociation des accords du Touquet. Une loi suffit."
    assert _cited(french, "fr") == [("accords du Touquet", "agreement")]
    spanish = "MÉXICO, 2 de abril de 2024 - Este tratado sustituye al Acuerdo de Santiago y a la Ley de Migración."
    assert _cited(spanish, "es") == [("Acuerdo de Santiago", "agreement"), ("Ley de Migración", "law")]


def test_arabic_names_run_over_words_with_the_article_and_stop_at_the_next_head() -> None:
    text = (
        "الرباط في 3 مايو 2025 - تطالب الجمعية بالتسريع بإخراج قانون المسطرة الجنائية والقانون الجنائي "
        "انتصارا للحق في الحياة، وتنفيذ الاستراتيجية الوطنية للهجرة واللجوء."
    )
    cited = _cited(text, "ar")
    assert ("قانون المسطرة الجنائية", "law") in cited
    assert ("القانون الجنائي", "law") in cited
    assert ("الاستراتيجية الوطنية للهجرة واللجوء", "government-document") in cited


def test_arabic_constitution_with_its_year_and_a_draft_law() -> None:
    text = "الرباط في 3 مايو 2025 - يستند الموقف إلى الدستور المغربي لسنة 2011، ويرفض مشروع القانون الجنائي الحالي."
    citations = {" ".join(c.mention.text.split()): c for c in build_news(text, "ar").citations}
    assert citations["الدستور المغربي"].date == "2011"
    assert citations["القانون الجنائي الحالي"].mention.kind == "draft-law"


def test_treaties_the_gazetteer_knows_in_every_language() -> None:
    arabic = "الرباط في 3 مايو 2025 - يطالب المؤتمر بمصادقة المغرب على نظام روما الأساسي للمحكمة الجنائية الدولية."
    spanish = "NUEVA YORK, 2 de abril de 2013 - La Asamblea aprobó el Tratado sobre el Comercio de Armas."
    keys = {c.mention.key for text, lang in ((arabic, "ar"), (spanish, "es")) for c in build_news(text, lang).citations}
    assert {"rome-statute", "arms-trade-treaty"} <= keys


def test_a_national_law_named_alone_is_the_home_states() -> None:
    """Two states' codes of one name are two instruments: a law named alone takes the dateline's state."""
    text = "MANILA, 4 June 2024 - The Senate amended the Labor Code of the Philippines."
    citation = next(c for c in build_news(text, "en").citations if c.mention.kind == "law")
    assert citation.mention.scope == "PHL"


@pytest.mark.parametrize(
    ("language", "text", "named"),
    [
        (
            "en",
            "HANOI, 3 May 2024 - The ministries signed a Memorandum of Understanding. The Memorandum of "
            "Understanding on Labour Cooperation takes effect in June.",
            ["Memorandum of Understanding on Labour Cooperation"],
        ),
        (
            "es",
            "MADRID, 3 de mayo de 2024 - Los ministros firmaron una Carta de Intención y una Declaración Conjunta.",
            [],
        ),
    ],
)
def test_a_kind_of_instrument_written_like_a_name_names_none_alone(language: str, text: str, named: list[str]) -> None:
    """Before, "a Memorandum of Understanding" and "una Carta de Intención" were instruments of that name."""
    assert [name for name, _ in _cited(text, language)] == named
