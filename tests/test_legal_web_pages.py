"""Legal texts as legal-information websites print them: markup, metadata table, summary, furniture.

Each page is composed for these tests, in the layout such sites share once converted to text: a
banner and a loading notice, a metadata table whose cells are split by ``|`` and whose labels
are bold, a summary written by the site under a ``##`` heading, then the instrument (its
headings bold and broken across lines), then related texts, a contact block and a notice to
customers. None of the site's parts is a fact of the instrument.
"""

from __future__ import annotations

import pytest

from kg.builders import choose, get
from kg.builders.legal.page import blank_markup, read_page
from kg.lang import get as pack
from kg.model import Document, Extraction

LEGAL = get("legal")

VI_PAGE = """Bản dịch này thuộc quyền sở hữu của **
TRANG LUẬT**. Mọi hành vi sao chép là vi phạm pháp luật.
|
|
Đang tải văn bản...
#
**Số hiệu:**
|
17/QĐ-TTg
|
|
**Loại văn bản:**
|
Quyết định
|
**Nơi ban hành:**
|
Thủ tướng Chính phủ
|
**Người ký:**
|
Lê Văn Thành
|
**Ngày ban hành:**
|
05/02/2024
|
## Hỗ trợ 90 tỷ đồng cho 3 tỉnh
**Ngày 5/2/2024, Thủ tướng ban hành Quyết định 17/QĐ-TTg theo Nghị quyết số 12/NQ-CP.**
Theo đó, hỗ trợ 90 tỷ đồng cho 3 tỉnh.
Xem chi tiết Quyết định 17/QĐ-TTg có hiệu lực từ ngày 05/02/2024.
|
**THỦ
TƯỚNG CHÍNH PHỦ**
-------
|
**CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 17/QĐ-TTg
|
*Hà Nội, ngày 05
tháng 02 năm 2024*
|
**QUYẾT ĐỊNH**
VỀ
VIỆC HỖ TRỢ KINH PHÍ CHO CÁC ĐỊA PHƯƠNG
**THỦ TƯỚNG CHÍNH PHỦ**
*Căn cứ Luật Tổ chức
Chính phủ ngày 18 tháng 02 năm 2025;*
*Theo đề nghị của Bộ trưởng Bộ Tài chính.*
**QUYẾT ĐỊNH:**
**Điều 1.** Hỗ trợ 30 tỷ đồng cho mỗi tỉnh.
**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.
**Điều 3.** Bộ trưởng Bộ Tài chính chịu trách nhiệm thi hành Quyết định này./.
|
*Nơi nhận:*
- Như Điều 3;
- Lưu: VT.
|
**KT. THỦ TƯỚNG**
PHÓ THỦ TƯỚNG
**Lê Văn Thành**
|
Quyết định 17/QĐ-TTg năm 2024 hỗ trợ kinh phí cho các địa phương
Văn bản này chưa cập nhật nội dung Tiếng Anh
## Văn bản liên quan
Ban hành:
27/06/2023
**Địa chỉ:**
|
17 Nguyễn Gia Thiều, TP.HCM
|
**Điện thoại:**
|
(028) 3930 3279
|
Thưa Quý khách,
Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân yêu cầu xác nhận sự đồng ý của thành viên.
**THÔNG BÁO **
**về Lưu trữ Thông tin Khách hàng**
"""

FR_PAGE = """Chargement du document...
**Nature :** Décret
**Numéro :** 2024-88
**Date de signature :** 8 février 2024
**NOR :** INTX2401234D
# Un décret précise l'accueil des demandeurs d'asile
Le décret n° 2024-88 fixe à 30 jours le délai d'examen, selon le site.
**Décret n° 2024-88 du 8 février 2024 relatif à l'accueil des
demandeurs d'asile**
**Le Premier ministre,**
*Vu le code de l'entrée et du séjour des étrangers ;*
**Décrète :**
**Article 1**
Le délai d'examen des demandes est fixé à 60 jours.
**Article 2**
Le présent décret entre en vigueur le 1er mars 2024.
Fait le 8 février 2024.
**Gabriel Attal**
*(signé)*
## Liens relatifs
Décret n° 2023-999 du 1er janvier 2023
"""

ES_PAGE = """Cargando documento...
**Rango:** | Real Decreto |
**Número oficial:** | 45/2024 |
**Departamento:** | Ministerio del Interior |
**Fecha de disposición:** | 6 de marzo de 2024 |
## Resumen
El Gobierno aprueba 500 plazas de acogida, según el boletín.
**REAL DECRETO 45/2024, de 6 de marzo, por el que se regula la acogida de
personas refugiadas.**
*Visto el informe del Ministerio del Interior,*
**DISPONGO:**
**Artículo 1.** Se crean 300 plazas de acogida.
**Artículo 2.** El presente real decreto entrará en vigor el 1 de abril de 2024.
Dado en Madrid, el 6 de marzo de 2024.
**FELIPE R.**
El Ministro del Interior,
**Fernando Grande-Marlaska Gómez**
## Documentos relacionados
Real Decreto 99/2020, de 1 de enero
"""


def _built(text: str, language: str) -> tuple[Document, Extraction]:
    document = Document(source=f"page-{language}.txt", text=text, language=language)
    return document, choose(document).build(document)


def _cited(extraction: Extraction) -> set[str]:
    return {c.mention.key or c.mention.text for c in extraction.citations}


def test_a_vietnamese_page_is_read_as_the_decision_it_prints() -> None:
    document, extraction = _built(VI_PAGE, "vi")
    facts = extraction.document
    assert choose(document).name == "legal"
    assert (facts.kind, facts.symbol, facts.date, facts.in_force) == (
        "decision",
        "17/QĐ-TTg",
        "2024-02-05",
        "2024-02-05",
    )
    assert facts.body is not None and facts.body.text == "THỦ TƯỚNG CHÍNH PHỦ"
    assert [m.text for m in facts.signatories] == ["Lê Văn Thành"]
    assert [p.post for p in extraction.posts if p.person.text == "Lê Văn Thành"] == ["PHÓ THỦ TƯỚNG"]
    assert [p.number for p in extraction.paragraphs if p.section == "operative"] == ["1", "2", "3"]


def test_the_sites_table_summary_and_notices_are_no_facts_of_the_instrument() -> None:
    _, extraction = _built(VI_PAGE, "vi")
    cited = _cited(extraction)
    assert "13/2023/NĐ-CP" not in cited  # the notice to customers
    assert "12/NQ-CP" not in cited  # the site's summary
    assert "17/QĐ-TTg" not in cited  # itself, as the site captions it
    values = {s.value for s in extraction.statistics}
    assert 90_000_000_000 not in values and 30_000_000_000 in values  # the summary's figure; the article's
    spans = [m.span for m in extraction.mentions] + [s.span for s in extraction.statistics]
    instrument_start = VI_PAGE.index("**THỦ\nTƯỚNG")
    instrument_end = VI_PAGE.index("Quyết định 17/QĐ-TTg năm 2024")
    assert all(instrument_start <= s.start and s.end <= instrument_end for s in spans)


def test_a_law_cited_by_name_and_date_in_a_recital_broken_across_lines() -> None:
    _, extraction = _built(VI_PAGE, "vi")
    named = [c for c in extraction.citations if "Tổ chức" in c.mention.text]
    assert [" ".join(c.mention.text.split()) for c in named] == ["Luật Tổ chức Chính phủ"]
    assert named[0].date == "2025-02-18"


def test_the_metadata_table_is_read_as_metadata() -> None:
    page = read_page(VI_PAGE, pack("vi"))
    found = {name: field.value for name, field in page.metadata.items()}
    assert found == {
        "number": "17/QĐ-TTg",
        "kind": "Quyết định",
        "issuer": "Thủ tướng Chính phủ",
        "signer": "Lê Văn Thành",
        "date": "05/02/2024",
    }
    assert all(VI_PAGE[f.span.start : f.span.end] == f.value for f in page.metadata.values())
    assert page.table is not None and page.text[page.table.start : page.table.end].strip() == ""


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("**Nature :** Décret\n**Numéro :** 2024-88\n", "fr", {"kind": "Décret", "number": "2024-88"}),
        ("**Rango:** | Real Decreto |\n**Número oficial:** | 45/2024 |", "es", {"kind": "Real Decreto", "number": "45/2024"}),
        ("**Вид документа:**\n|\nПостановление\n|\n**Номер документа:**\n|\n123\n", "ru", {"kind": "Постановление", "number": "123"}),
        ("**Loại văn bản:** Thông tư\n**Số hiệu:** 5/2024/TT-BCT\n", "vi", {"kind": "Thông tư", "number": "5/2024/TT-BCT"}),
    ],
)  # fmt: skip
def test_a_metadata_table_in_each_language_with_values_in_the_same_or_the_next_cell(text, language, expected) -> None:
    page = read_page(text, pack(language))
    assert {name: field.value for name, field in page.metadata.items()} == expected


def test_one_label_alone_is_a_word_of_the_text_not_a_table() -> None:
    page = read_page("Nature : le décret est clair.\nIl entre en vigueur demain.\n", pack("fr"))
    assert page.metadata == {} and page.table is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**THỦ TƯỚNG CHÍNH\nPHỦ**", "  THỦ TƯỚNG CHÍNH PHỦ  "),
        ("**ПРАВИТЕЛЬСТВО РОССИЙСКОЙ\nФЕДЕРАЦИИ**", "  ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ  "),
        ("*Vu la loi n° 2018-778 du\n10 septembre 2018 ;*", " Vu la loi n° 2018-778 du 10 septembre 2018 ; "),
        ("**LOI****relative à l'asile**", "  LOI\n   relative à l'asile  "),
        ("a | b |", "a \n b \n"),
        ("* item one\n* item two", "* item one\n* item two"),  # bullets, not italics
    ],
)
def test_markup_is_blanked_and_a_heading_broken_across_lines_is_one_line(text, expected) -> None:
    assert blank_markup(text) == expected
    assert len(blank_markup(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "language", "facts", "signer", "related", "summary_figure", "article_figure"),
    [
        (FR_PAGE, "fr", ("2024-88", "2024-02-08", "2024-03-01"), "Gabriel Attal", "2023-999", 30, 60),
        (ES_PAGE, "es", ("45/2024", "2024-03-06", "2024-04-01"), "Fernando Grande-Marlaska Gómez", "99/2020", 500, 300),
    ],
)
def test_a_decree_on_a_page_with_its_table_summary_and_related_texts(
    text, language, facts, signer, related, summary_figure, article_figure
) -> None:
    document, extraction = _built(text, language)
    assert choose(document).name == "legal"
    assert (extraction.document.symbol, extraction.document.date, extraction.document.in_force) == facts
    assert [m.text for m in extraction.document.signatories] == [signer]
    assert related not in " ".join(_cited(extraction))  # the site's related texts
    values = {s.value for s in extraction.statistics}
    assert summary_figure not in values and article_figure in values  # the site's summary; the article


def test_a_news_page_with_the_same_markup_stays_news() -> None:
    news = """## Thủ tướng hỗ trợ các tỉnh
**Hà Nội, 5/2/2024 - Thủ tướng Chính phủ vừa ký Quyết định số 17/QĐ-TTg.**
|
Theo quyết định, **Điều 1** giao Bộ Tài chính bố trí 90 tỷ đồng.
**Điều 2.** Quyết định có hiệu lực từ ngày ký, ông Lê Văn Thành cho biết.
|
## Tin liên quan
"""
    document = Document(source="news.txt", text=news, language="vi")
    assert choose(document).name == "news"
