"""The last day an instrument is in force, where its own text bounds it, on short instruments composed for
these tests.

Before, only the day it takes effect was read: "có hiệu lực thi hành kể từ ngày ký đến hết ngày 24 tháng 02
năm 2030" lost its end, and a site's "Ngày hết hiệu lực" was a label nobody read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import build_legal, rows
from test_legal_web_pages import VI_PAGE

from kg.builders import get
from kg.model import Document

LEGAL = get("legal")
FIXTURES = Path(__file__).parent / "fixtures" / "legal"

VI_HEAD = "BỘ CÔNG THƯƠNG\n\nSố: 7/2025/TT-BCT\n\nHà Nội, ngày 05 tháng 02 năm 2025\n\nTHÔNG TƯ\n\nVề hạn ngạch\n\n"
VI_HEAD += "Căn cứ Luật Quản lý ngoại thương;\n\nBộ trưởng Bộ Công Thương ban hành Thông tư.\n\n"
VI_HEAD += "Điều 1. Hạn ngạch được phân giao theo quy định của Chính phủ.\n\n"
VI_SIGNATURE = "\n\nBỘ TRƯỞNG\n\nNguyễn Văn An\n"
FR_HEAD = "Décret n° 2023-145 du 2 mars 2023\nrelatif au plan national\n\nLe Premier ministre,\n\n"
FR_HEAD += "Vu la Constitution ;\n\nDécrète :\n\nArticle premier\nLe plan national est approuvé.\n\n"
FR_SIGNATURE = "\n\nFait le 2 mars 2023.\n\nÉlisabeth Borne\n"
EN_HEAD = "DECREE No. 57/2023\n\nThe President of the Republic,\n\nHaving regard to the Constitution,\n\n"
EN_HEAD += "DECREES:\n\nArticle 1\nThe national plan is approved.\n\n"
EN_SIGNATURE = "\n\nDone at Kingston, 14 March 2023.\n\nJohn Smith\n"


@pytest.mark.parametrize(
    ("language", "text", "last_day"),
    [
        # in force until the end of a day, in the sentence that puts it into force (a circular; a line broken
        # mid-sentence, as a site prints it)
        ("vi", VI_HEAD + "Điều 2. Thông tư này có hiệu lực thi hành kể từ ngày ký đến hết ngày 31 tháng 12 năm"
         " 2030." + VI_SIGNATURE, "2030-12-31"),
        ("vi", VI_HEAD + "Điều 2. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày ký\n"
         "đến hết ngày 24 tháng 02 năm 2030.\n2. Bộ Tài chính hướng dẫn thi hành." + VI_SIGNATURE, "2030-02-24"),
        # no longer in force from a day: the day before is its last
        ("vi", VI_HEAD + "Điều 2. Thông tư này có hiệu lực thi hành kể từ ngày ký.\n\n"
         "Điều 3. Thông tư này hết hiệu lực kể từ ngày 01 tháng 01 năm 2031." + VI_SIGNATURE, "2030-12-31"),
        ("fr", FR_HEAD + "Article 2\nLe présent décret entre en vigueur le 1er avril 2023 jusqu'au 31 mars 2028."
         + FR_SIGNATURE, "2028-03-31"),
        ("fr", FR_HEAD + "Article 2\nLe présent décret entre en vigueur le 1er avril 2023.\n\nArticle 3\n"
         "Le présent décret cesse d'être en vigueur le 1er mars 2028." + FR_SIGNATURE, "2028-02-29"),
        ("en", EN_HEAD + "Article 2\nThis Decree shall enter into force on 1 April 2023 and remain in force until"
         " 31 March 2028." + EN_SIGNATURE, "2028-03-31"),
    ],
)  # fmt: skip
def test_the_last_day_its_text_gives(language: str, text: str, last_day: str) -> None:
    assert build_legal(text, language).document.last_day_in_force == last_day


@pytest.mark.parametrize(
    ("language", "fixture", "article", "bounded", "last_day"),
    [
        ("es", "decreto-es.txt", "Artículo 3. El presente Decreto entrará en vigor a partir de su firma.",
         "Artículo 3. El presente Decreto entrará en vigor a partir de su firma y hasta el 31 de diciembre de 2027.",
         "2027-12-31"),
        ("ru", "zakon-ru.txt", "Статья 3. Настоящее постановление вступает в силу со дня его подписания.",
         "Статья 3. Настоящее постановление вступает в силу со дня его подписания.\n\nСтатья 4. Настоящее "
         "постановление утрачивает силу с 1 января 2030 г.", "2029-12-31"),
    ],
)  # fmt: skip
def test_the_last_day_of_a_decree_in_force_from_its_signature(
    language: str, fixture: str, article: str, bounded: str, last_day: str
) -> None:
    text = (FIXTURES / fixture).read_text(encoding="utf-8")
    assert article in text
    facts = build_legal(text.replace(article, bounded), language).document
    assert facts.in_force is not None and facts.last_day_in_force == last_day


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # in force with no end
        ("vi", VI_HEAD + "Điều 2. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2025." + VI_SIGNATURE),
        # another instrument ends: it is repealed, this one goes on
        ("vi", VI_HEAD + "Điều 2. Thông tư này có hiệu lực thi hành kể từ ngày ký.\n\nĐiều 3. Thông tư số "
         "56/2015/TT-BCT ngày 31 tháng 12 năm 2015 hết hiệu lực kể từ ngày 01 tháng 3 năm 2025." + VI_SIGNATURE),
        ("fr", FR_HEAD + "Article 2\nLe décret n° 2015-12 du 5 janvier 2015 cesse d'être en vigueur le 1er avril "
         "2023.\n\nArticle 3\nLe présent décret entre en vigueur le 1er avril 2023." + FR_SIGNATURE),
        # a duty due by a day is no end of the instrument
        ("en", EN_HEAD + "Article 2\nThe Minister shall report until 31 March 2028.\n\nArticle 3\nThis Decree "
         "shall enter into force on 1 April 2023." + EN_SIGNATURE),
    ],
)  # fmt: skip
def test_no_last_day_where_the_text_does_not_end_this_instrument(language: str, text: str) -> None:
    assert build_legal(text, language).document.last_day_in_force is None


def test_the_last_day_from_a_sites_metadata_table() -> None:
    """ "Ngày hết hiệu lực: 01/01/2031" on a legal-information site: no longer in force from that day."""
    page = VI_PAGE.replace("**Ngày ban hành:**\n", "**Ngày hết hiệu lực:**\n|\n01/01/2031\n|\n**Ngày ban hành:**\n")
    extraction = LEGAL.build(Document(source="page-vi.txt", text=page, language="vi"))
    assert (extraction.document.date, extraction.document.last_day_in_force) == ("2024-02-05", "2030-12-31")


def test_the_last_day_is_written_on_the_work_and_in_the_documents_query(tmp_path: Path) -> None:
    from kg.pipeline import build
    from kg.query import open_store

    bounded = VI_HEAD + "Điều 2. Thông tư này có hiệu lực thi hành kể từ ngày ký đến hết ngày 31 tháng 12 năm 2030."
    (tmp_path / "bounded-vi.txt").write_text(bounded + VI_SIGNATURE, encoding="utf-8")
    build([tmp_path / "bounded-vi.txt"], tmp_path / "out")
    store = open_store(tmp_path / "out")
    days = [
        (r[0].value, r[0].datatype.value)
        for r in store.query("SELECT ?day WHERE { ?work <https://w3id.org/policy-kg/ontology#lastDayInForce> ?day }")
    ]
    assert days == [("2030-12-31", "http://www.w3.org/2001/XMLSchema#date")]
    assert [r.get("lastDayInForce") for r in rows(store, "documents")] == ["2030-12-31"]
