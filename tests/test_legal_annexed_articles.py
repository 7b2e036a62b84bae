"""A decision that issues a regulation printed after its signature: the regulation numbers its articles from 1
again; they are the regulation's, and the decision's own articles end at its signature."""

from __future__ import annotations

from kg import lang
from kg.builders.legal.structure import read_structure

VI_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA MINH\n\nSố: 9/2025/QĐ-UBND\n\nHòa Minh, ngày 4 tháng 4 năm 2025\n\n"
    "QUYẾT ĐỊNH\n\nBAN HÀNH QUY ĐỊNH VỀ LỄ HỘI\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy định về lễ hội.\n\n"
    "Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 5 năm 2025.\n\n"
    "Điều 3. Giám đốc Sở Văn hóa chịu trách nhiệm thi hành Quyết định này./.\n\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHà Văn Tùng\n\n\n"
    "QUY ĐỊNH\n\nVỀ LỄ HỘI\n\nĐiều 1. Phạm vi điều chỉnh\n\nQuy định này áp dụng cho lễ hội.\n\n"
    "Điều 2. Nguyên tắc\n\nLễ hội được tổ chức tiết kiệm.\n\nĐiều 3. Đăng ký\n\nBan tổ chức đăng ký lễ hội.\n\n"
    "Điều 4. Trách nhiệm\n\nSở Văn hóa hướng dẫn việc tổ chức lễ hội.\n"
)

EN_DECISION = (
    "PROVINCE OF EASTVALE\n\nDECISION No. 9\n\nIssuing the Regulation on festivals\n\n"
    "Having regard to the Local Government Act;\n\n"
    "Article 1. The Regulation on festivals annexed hereto is issued.\n\n"
    "Article 2. This Decision enters into force on 1 May 2025.\n\n"
    "Article 3. The Director of Culture shall implement this Decision.\n\n"
    "For the Governor\n\nMara Linden\n\n\n"
    "REGULATION\n\nON FESTIVALS\n\nArticle 1. Scope\n\nThis Regulation applies to festivals.\n\n"
    "Article 2. Principles\n\nFestivals are held frugally.\n\nArticle 3. Registration\n\nOrganisers register.\n\n"
    "Article 4. Duties\n\nThe Department of Culture guides festivals.\n"
)


def _article_numbers(text: str, language: str) -> list[str]:
    return [a.number for a in read_structure(text, lang.get(language)).articles]


def test_a_vietnamese_decision_s_articles_end_where_its_regulation_starts_again_from_one() -> None:
    assert _article_numbers(VI_DECISION, "vi") == ["1", "2", "3"]


def test_an_english_decision_s_articles_end_where_its_regulation_starts_again_from_one() -> None:
    assert _article_numbers(EN_DECISION, "en") == ["1", "2", "3"]


def test_articles_numbered_on_without_a_signature_between_stay_the_instrument_s() -> None:
    unsigned = VI_DECISION.replace("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n", "")
    assert _article_numbers(unsigned, "vi")[:3] == ["1", "2", "3"]
    assert "4" in _article_numbers(unsigned, "vi")
