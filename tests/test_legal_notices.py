"""A notice under a heading and recitals, with numbered points and no enacting formula ("THÔNG BÁO | Căn cứ ... |
Cục Hải quan thông báo kết quả ... như sau: | 1. ... | 2. ..."), and recitals whose opening phrase a hard wrap
split ("Căn | cứ Luật ...", "Having | regard to ...").

Short texts composed for these tests: the notice is read as a legal text of its kind, with its number, date and
signer; news that lists points after "như sau:" without a heading stays news; a split opener still opens a recital.
"""

from __future__ import annotations

import pytest

from kg.builders import choose, get
from kg.builders.legal.structure import read_structure
from kg.lang import get as get_pack
from kg.model import Document

LEGAL = get("legal")

VI_NOTICE = (
    "|\nBỘ TÀI CHÍNH\n**CỤC HẢI QUAN**\n**-------**\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 123/TB-CHQ\n|\n*Hà Nội, ngày\n05 tháng 3 năm 2025*\n|\n"
    "**THÔNG BÁO**\nVỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\n**CỤC TRƯỞNG CỤC\nHẢI QUAN**\n"
    "Căn\ncứ Luật Hải quan ngày 23/6/2014;\n"
    "Căn\ncứ Thông tư số 31/2022/TT-BTC ngày\n08/6/2022 của Bộ trưởng Bộ Tài chính;\n"
    "Cục\nHải quan thông báo kết quả xác định\ntrước mã số như sau:\n|\n"
    "**1. Hàng hóa đề nghị xác định trước mã số:**\n|\nTên thương mại: Bộ xếp hình\n|\n"
    "**2. Tóm tắt mô tả hàng hóa:**\nBộ xếp hình bằng nhựa.\n|\n"
    "**3. Kết quả xác định trước mã số:**\n|\nthuộc nhóm **95.03** tại Danh mục hàng hóa xuất khẩu, nhập khẩu.\n|\n"
    "Thông\nbáo này có hiệu lực từ ngày ký.\n|\nNơi nhận:\n- Công ty TNHH Mẫu Thử;\n- Lưu: VT.\n|\n"
    "**TL. CỤC TRƯỞNG**\n**KT. TRƯỞNG BAN NGHIỆP VỤ\nTHUẾ HQ**\n**PHÓ TRƯỞNG BAN**\nTrần Văn Mẫu\n|\n"
)

VI_NEWS = (
    "Hà Nội mở rộng tuyến xe buýt điện\n\n"
    "Sở Xây dựng Hà Nội cho biết thành phố sẽ mở thêm ba tuyến xe buýt điện, cụ thể như sau:\n\n"
    "1. Tuyến Cầu Giấy - Long Biên chạy từ tháng 6.\n\n"
    "2. Tuyến Hà Đông - Hoàn Kiếm chạy từ tháng 7.\n\n"
    "Theo Sở, các tuyến mới giúp giảm ùn tắc giờ cao điểm.\n"
)


def test_a_notice_with_points_after_its_formula_is_read_as_a_notice() -> None:
    document = Document(source="tb.txt", text=VI_NOTICE, language="vi")
    assert choose(document).name == "legal"
    facts = LEGAL.build(document).document
    assert facts.kind == "notice"
    assert facts.symbol == "123/TB-CHQ"
    assert facts.date == "2025-03-05"
    assert [s.text for s in facts.signatories] == ["Trần Văn Mẫu"]


def test_news_listing_points_after_as_follows_without_a_heading_stays_news() -> None:
    assert choose(Document(source="news.txt", text=VI_NEWS, language="vi")).name == "news"


@pytest.mark.parametrize(
    ("language", "text", "opener"),
    [
        (
            "vi",
            "QUYẾT ĐỊNH\n\nCăn\ncứ Luật Tổ chức Chính phủ;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành.\n\nĐiều 2. Thi hành.\n",
            "Căn cứ",
        ),
        (
            "en",
            "DECISION\n\nHaving\nregard to the Law on Customs;\n\nDECIDES:\n\nArticle 1. Adopt.\n\nArticle 2. Act.\n",
            "Having regard to",
        ),
    ],
)
def test_a_recital_opener_split_by_a_hard_wrap_still_opens_a_recital(language: str, text: str, opener: str) -> None:
    legal = read_structure(text, get_pack(language))
    assert [phrase for _, phrase in legal.recitals] == [opener]
    assert text[legal.recitals[0][0].start :].startswith(opener.split()[0])


def test_a_short_line_that_opens_no_phrase_with_the_next_opens_no_recital() -> None:
    text = "QUYẾT ĐỊNH\n\nHà Nội\ncứ thế tiếp tục;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành.\n\nĐiều 2. Thi hành.\n"
    assert read_structure(text, get_pack("vi")).recitals == []
