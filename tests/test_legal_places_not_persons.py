"""A list of venues printed as a list of persons is ("Phường X | - | venue"): a name that opens with the word of
an administrative unit names a place, never a person."""

from __future__ import annotations

from helpers import build_legal

from kg.model import Kind

_VENUES_VI = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\n\nSố: 7/QĐ-UBND\n\nHòa Minh, ngày 2 tháng 3 năm 2025\n\n"
    "QUYẾT ĐỊNH\n\nPHÊ DUYỆT DANH MỤC ĐỊA ĐIỂM TỔ CHỨC HỘI CHỢ\n\nCăn cứ Luật Thương mại;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Phê duyệt Danh mục địa điểm tổ chức hội chợ.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐào Quang Khải\n\n"
    "PHỤ LỤC\n\nDANH MỤC ĐỊA ĐIỂM\n\n"
    "Phường Lạc Viên\n\n-\n\nSân vận động phường\n\n"
    "Xã Đông Hòa\n\n-\n\nNhà văn hóa xã\n\n"
    "Thị trấn Mỹ Lộc\n\n-\n\nQuảng trường trung tâm\n"
)

_VENUES_EN = (
    "PROVINCE OF EASTVALE\n\nDECISION No. 7\n\nOn the list of fair venues\n\nHaving regard to the Trade Act;\n\n"
    "DECIDES:\n\nArticle 1. The list of venues for trade fairs is approved.\n\n"
    "Article 2. This Decision enters into force on signature.\n\nFor the Governor\n\nMara Linden\n\n"
    "ANNEX\n\nLIST OF VENUES\n\n"
    "Ward Seven North\n\n-\n\nSports ground\n\n"
    "County Harlow East\n\n-\n\nCommunity hall\n\n"
    "District Ninefield\n\n-\n\nMarket square\n"
)


def _persons(text: str, language: str) -> list[str]:
    extraction = build_legal(text, language)
    return sorted({m.text for m in extraction.mentions if m.kind == Kind.PERSON})


def test_wards_and_communes_listed_with_dashes_are_no_persons() -> None:
    persons = _persons(_VENUES_VI, "vi")
    assert not [p for p in persons if p.startswith(("Phường", "Xã", "Thị trấn"))]
    assert "Đào Quang Khải" in persons  # the signer stays


def test_counties_and_wards_listed_with_dashes_are_no_persons() -> None:
    assert not [p for p in _persons(_VENUES_EN, "en") if p.startswith(("Ward", "County", "District"))]


def test_a_body_s_building_a_site_is_named_after_is_a_venue_no_body() -> None:
    """Before, "Sân Trung tâm Thể thao Hòa Minh" and "Khu Trung tâm Triển lãm ..." gave organisations."""
    text = _VENUES_VI.replace(
        "Quảng trường trung tâm\n",
        "Sân Trung tâm Thể thao Hòa Minh\n\nXã Tân Lập\n\n-\n\nKhu Trung tâm Triển lãm xã\n",
    ).replace(
        "Điều 2. Quyết định",
        "Điều 2. Trung tâm Khuyến nông tỉnh hướng dẫn các hợp tác xã.\n\nĐiều 3. Quyết định",
    )
    bodies = {
        " ".join(m.text.split())
        for m in build_legal(text, "vi").mentions
        if m.kind in (Kind.ORGANIZATION, Kind.GOVERNMENT_AGENCY)
    }
    assert not [b for b in bodies if b.startswith(("Trung tâm Thể thao", "Trung tâm Triển lãm"))]
    # a body named on its own is one
    assert any(b.startswith("Trung tâm Khuyến nông") for b in bodies)
