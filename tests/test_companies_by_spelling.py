"""A company named by its brand's spelling alone, opening a clause: "KESTRAL is partnering with ...".

The excerpts are composed for these tests.
"""

from __future__ import annotations

from helpers import build_news


def _organizations(text: str, language: str) -> list[str]:
    return [m.text for m in build_news(text, language).mentions if m.kind == "organization"]


def test_a_brand_in_capitals_or_with_an_inner_capital_is_a_company_in_english() -> None:
    text = "Heading\n\nPartners:  NORVEX is partnering with local firms. TerraGrid continues to build its plant.\n"
    assert _organizations(text, "en") == ["NORVEX", "TerraGrid"]


def test_a_brand_in_capitals_is_a_company_in_spanish() -> None:
    assert _organizations("Titular\n\nPETRONOR anunció la venta de su filial.\n", "es") == ["PETRONOR"]


def test_known_acronyms_defined_acronyms_and_datelines_are_no_brands() -> None:
    text = (
        "Heading\n\nWASHINGTON — the minister said so. The two states signed the Joint Science Agreement for "
        "Research (JOSAR). JOSAR will set priorities. UNICEF will help.\n"
    )
    assert _organizations(text, "en") == []
    assert _organizations("Heading\n\nOfficials:  USDS also launched a portal.\n", "en") == []  # four capitals
