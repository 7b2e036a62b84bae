"""The figures of an appendix table after an instrument's signature, on short decisions composed for
these tests: each row's amount in the unit the table states, its area the place its label names, the total
with no area, the row numbers no amounts, and nothing else of the table read as a figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.builders import get
from kg.model import Document

LEGAL = get("legal")

VI = (
    "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 9/QĐ-TTg\n\nHà Nội, ngày 03 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\n\nVề việc bổ sung kinh phí\n\n"
    "Căn cứ Luật Ngân sách nhà nước;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Bổ sung 221 tỷ đồng cho 2 địa phương (chi tiết theo Phụ lục đính kèm).\n\n"
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
    "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn An\n\n"
    "PHỤ LỤC\nBỔ SUNG KINH PHÍ CHO CÁC ĐỊA PHƯƠNG\nĐơn vị: Triệu đồng\n|\nSTT\n|\nĐịa phương\n|\n"
    "Kinh phí hỗ trợ\n|\n|\nTỔNG\n|\n221.000\n|\n|\n1\n|\nTUYÊN QUANG\n|\n152.100\n|\n|\n2\n|\nCAO BẰNG\n|\n68.900\n|\n"
)
FR = (
    "Décret n° 2025-9 du 3 décembre 2025\nportant répartition de crédits\n\nLe Premier ministre,\n\n"
    "Vu la loi de finances ;\n\nDécrète :\n\nArticle 1\nLes crédits sont répartis selon l'annexe.\n\n"
    "Article 2\nLe présent décret entre en vigueur le 4 décembre 2025.\n\nFait le 3 décembre 2025.\n\n"
    "Jean Martin\n\nANNEXE\nRÉPARTITION DES CRÉDITS\nUnité : millions d'euros\nRégion\nMontant\nTotal\n221\n"
    "1\nBretagne\n152\n2\nNormandie\n69\n"
)


@pytest.mark.parametrize(
    ("language", "text", "rows"),
    [
        (
            "vi",
            VI,
            [
                (Decimal(221000000000), "VND", None),
                (Decimal(152100000000), "VND", "TUYÊN QUANG"),
                (Decimal(68900000000), "VND", "CAO BẰNG"),
            ],
        ),
        (
            "fr",
            FR,
            [
                (Decimal(221000000), "EUR", None),
                (Decimal(152000000), "EUR", "Bretagne"),
                (Decimal(69000000), "EUR", "Normandie"),
            ],
        ),
    ],
)
def test_each_row_of_an_appendix_table_is_a_figure_in_the_table_s_unit(language, text, rows) -> None:
    extraction = LEGAL.build(Document(source=f"x-{language}.txt", text=text, language=language))
    appendix = text.index("PHỤ LỤC" if language == "vi" else "ANNEXE")
    table = [s for s in extraction.statistics if s.span.start >= appendix]
    assert [(s.value, s.unit, s.area.text if s.area else None) for s in table] == rows
