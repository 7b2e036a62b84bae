"""The heading and the closing block as a legal-information site converts a local body's instrument.

Composed excerpts, in the layout of such pages: the heading is a table whose cells break the
issuer's name over lines ("ỦY BAN NHÂN DÂN | TỈNH X", above a rule) and put the number on the
line after its mark ("Số: | 15/QĐ-UBND"); a decision that issues a plan or rules "kèm theo"
itself prints them after the signature, under their own heading in capitals.
"""

from __future__ import annotations

from kg.builders import get
from kg.builders.legal.page import blank_markup
from kg.builders.legal.structure import read_structure
from kg.finders.actors import find_actors
from kg.finders.text import DocumentText
from kg.lang import get as pack
from kg.model import Document, Kind, Segment, Span

LEGAL = get("legal")

VI_PROVINCIAL_DECISION = """|
**ỦY BAN NHÂN
DÂN**
TỈNH ĐỒNG THÁP
--------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
15/QĐ-UBND
|
*Đồng Tháp, ngày 03 tháng 3 năm 2025*
|

**QUYẾT ĐỊNH**

BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI NĂM 2025

*Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên tai năm 2025.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**Điều 3.** Giám đốc Sở Nông nghiệp và Môi trường chịu trách nhiệm thi hành Quyết định này./.

|
*Nơi nhận:*
- Như Điều 3;
- Lưu: VT.
|
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
**Trần Văn Bình**
|

**KẾ HOẠCH**

PHÒNG, CHỐNG THIÊN TAI NĂM 2025

*(Kèm theo Quyết định số 15/QĐ-UBND ngày 03 tháng 3 năm 2025)*

**I. MỤC ĐÍCH**

Chủ động ứng phó với thiên tai trên địa bàn tỉnh.

**II. TỔ CHỨC THỰC HIỆN**

Sở Nông nghiệp và Môi trường chủ trì, tổng hợp kết quả
"""

VI_COUNCIL_RESOLUTION = """**HỘI ĐỒNG NHÂN
DÂN **
THÀNH PHỐ HẢI PHÒNG
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 9/2025/NQ-HĐND
|
*Hải Phòng, ngày 10 tháng 7 năm 2025*
|
**NGHỊ QUYẾT**
QUY ĐỊNH MỨC HỖ TRỢ HỌC PHÍ
*Căn cứ Luật Giáo dục số 43/2019/QH14;*
**Điều 1. Phạm vi điều chỉnh**
Nghị quyết này quy định mức hỗ trợ học phí.
**Điều 2. Tổ chức thực hiện**
Giao Ủy ban nhân dân thành phố tổ chức thực hiện Nghị quyết.
|
Nơi nhận:
- Chính phủ;
- Lưu: VT.
|
**CHỦ TỊCH**
Lê Thị Hoa
|
"""

RU_RESOLUTION_WITH_RULES = """ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ

ПОСТАНОВЛЕНИЕ
от 5 апреля 2024 г. № 77
МОСКВА

Об утверждении Правил учета мигрантов

В соответствии с Федеральным законом "О миграционном учете" Правительство Российской Федерации постановляет:

1. Утвердить прилагаемые Правила учета мигрантов.

2. Настоящее постановление вступает в силу со дня его подписания.

Председатель Правительства
Российской Федерации
М. Мишустин

УТВЕРЖДЕНЫ
постановлением Правительства
Российской Федерации
от 5 апреля 2024 г. № 77

ПРАВИЛА
учета мигрантов

1. Настоящие Правила устанавливают порядок учета.
"""


def _built(text: str, language: str):
    return LEGAL.build(Document(source="x.txt", text=text, language=language)).document


def test_a_number_on_the_line_after_its_mark_is_the_instrument_s_own() -> None:
    assert _built(VI_PROVINCIAL_DECISION, "vi").symbol == "15/QĐ-UBND"
    spanish = "DECRETO\nN.º\n45/2024\n\nVisto el informe del Ministerio;\n\nDECRETO:\n\nArtículo 1. Se aprueba.\n\n"
    spanish += "Artículo 2. Entra en vigor.\n"
    legal = read_structure(spanish, pack("es"))
    assert legal.symbol == "45/2024"


def test_a_local_body_broken_over_the_heading_s_lines_is_the_issuer() -> None:
    committee = _built(VI_PROVINCIAL_DECISION, "vi").body
    assert committee is not None and committee.name == "People's Committee of Dong Thap"
    council = _built(VI_COUNCIL_RESOLUTION, "vi").body
    assert council is not None and council.name == "People's Council of Hai Phong"
    assert council.kind == Kind.GOVERNMENT_AGENCY


def test_a_body_in_the_capitals_of_a_heading_is_the_body_as_prose_writes_it() -> None:
    def bodies(text: str, language: str) -> list[tuple[str, str | None]]:
        document = Document(source="x", text=text, language=language, segments=[Segment(Span(0, len(text)), "main")])
        found = find_actors(DocumentText(document, pack(language)))
        return [(m.text, m.name) for m in found.organizations if m.kind == Kind.GOVERNMENT_AGENCY]

    assert ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "People's Committee of Dong Thap") in bodies(
        "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "vi"
    )
    assert any(name == "Government" for _, name in bodies("GOUVERNEMENT\n\nLe Premier ministre décide.", "fr"))
    # capitals only where the whole name is in capitals: a name in mixed case is no People's Committee
    assert not any(name and "People's Committee" in name for _, name in bodies("Ủy Ban Nhân Dân Tỉnh", "vi"))


def test_a_text_issued_with_the_instrument_after_the_signature_is_no_part_of_the_signature() -> None:
    facts = _built(VI_PROVINCIAL_DECISION, "vi")
    assert [m.text for m in facts.signatories] == ["Trần Văn Bình"]
    russian = _built(RU_RESOLUTION_WITH_RULES, "ru")
    assert [m.text for m in russian.signatories] == ["М. Мишустин"]
    # a signature with nothing after it keeps its signer
    assert [m.text for m in _built(VI_COUNCIL_RESOLUTION, "vi").signatories] == ["Lê Thị Hoa"]


def test_a_title_in_capitals_that_cites_another_instrument_runs_on_and_ends_before_prose() -> None:
    vietnamese = """QUYẾT ĐỊNH
BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ
12/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ CHUYỂN ĐỔI SỐ
Ngày 5 tháng 3 năm 2025, Ủy ban nhân dân tỉnh họp về chuyển đổi số vùng dân tộc thiểu số.
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Ban hành Kế hoạch.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""
    title = [line.text for line in read_structure(vietnamese, pack("vi")).title]
    assert title == [
        "BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ",
        "12/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ CHUYỂN ĐỔI SỐ",
    ]
    french = """DÉCRET
N° 2024-101 du 3 mars 2024
PORTANT APPLICATION DE LA LOI N° 2020-12 DU 3 MARS 2020 RELATIVE À
LA PROTECTION DES DONNÉES PERSONNELLES DES USAGERS
Le Premier ministre,
Vu la loi n° 2020-12 ;
Décrète :
Article 1. Le présent décret s'applique.
Article 2. Il entre en vigueur.
"""
    legal = read_structure(french, pack("fr"))
    assert [line.text for line in legal.title] == [
        "PORTANT APPLICATION DE LA LOI N° 2020-12 DU 3 MARS 2020 RELATIVE À",
        "LA PROTECTION DES DONNÉES PERSONNELLES DES USAGERS",
    ]
    assert legal.symbol == "2024-101"


def _persons(text: str, language: str) -> list[str]:
    extraction = LEGAL.build(Document(source="x.txt", text=text, language=language))
    return [m.text for m in extraction.mentions if m.kind == Kind.PERSON]


def test_words_in_capitals_after_a_post_in_a_title_are_no_person() -> None:
    vietnamese = """BỘ Y TẾ
-------
Số: 7/2025/TT-BYT
Hà Nội, ngày 2 tháng 3 năm 2025
THÔNG TƯ
BÃI BỎ THÔNG TƯ SỐ 3/2015/TT-BYT CỦA BỘ TRƯỞNG BỘ Y TẾ QUY ĐỊNH VIỆC ÁP DỤNG CHẾ ĐỘ BỒI DƯỠNG
Căn cứ Luật Ban hành văn bản quy phạm pháp luật;
Điều 1. Bãi bỏ Thông tư số 3/2015/TT-BYT.
Điều 2. Thông tư này có hiệu lực kể từ ngày 1 tháng 5 năm 2025.
Nơi nhận:
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn Minh
"""
    assert _persons(vietnamese, "vi") == ["Trần Văn Minh"]
    spanish = """REAL DECRETO 12/2024, DE 5 DE MARZO, DEL MINISTRO DE SANIDAD POR EL QUE SE REGULA LA RECETA
Visto el informe del Consejo de Estado;
DISPONGO:
Artículo 1. Se regula la receta médica.
Artículo 2. Entra en vigor al día siguiente.
Dado en Madrid, el 5 de marzo de 2024.
EL MINISTRO DE SANIDAD
José Pérez
"""
    assert "POR EL QUE SE REGULA LA RECETA" not in _persons(spanish, "es")


VI_PARTY_NOTICE = """BAN CHẤP HÀNH
TRUNG ƯƠNG
**VĂN PHÒNG**
*****
|
**ĐẢNG CỘNG SẢN VIỆT NAM**
---------------
|
Số 51-TB/VPTW
|
*Hà Nội, ngày 4 tháng 6 năm 2025*
|
**THÔNG BÁO KẾT LUẬN**
CỦA ĐỒNG CHÍ THƯỜNG TRỰC BAN BÍ THƯ
TẠI BUỔI LÀM VIỆC VỀ CÔNG TÁC PHÒNG, CHỐNG ĐUỐI NƯỚC
Ngày 2/6/2025, tại Trụ sở Trung ương Đảng, đồng chí Thường trực Ban Bí thư đã có buổi làm việc về công tác
phòng, chống đuối nước cho trẻ em. Sau khi nghe báo cáo, đồng chí Thường trực Ban Bí thư kết luận như
sau:
**1. **Tăng cường công tác tuyên truyền về phòng, chống đuối nước.
**2. **Giao Đảng uỷ Bộ Giáo dục và Đào tạo chỉ đạo dạy bơi trong trường học.
Văn phòng Trung ương Đảng xin thông báo để các cơ quan có liên quan biết, thực hiện.
|
__Nơi nhận__:
- Các ban đảng Trung ương,
- Lưu Văn phòng Trung ương Đảng.
|
**K/T CHÁNH VĂN PHÒNG**
PHÓ CHÁNH VĂN PHÒNG
**Nguyễn Thị Lan**
|
**___________________**
[1] Gồm đại diện các ban, bộ, ngành Trung ương.
"""

EN_DECREE_WITH_NOTES = """DECREE No. 8/2024
on the protection of coastal wetlands

The President of the Republic,
Having regard to the Environment Act;

DECREES:

Article 1. Coastal wetlands are protected areas.

Article 2. This Decree enters into force on 1 May 2024.

THE PRESIDENT OF THE REPUBLIC
John Smith
___________________
[1] The wetlands listed in the national register of 2019, as amended by the regulation on coastal zones.
"""


def test_a_notice_of_conclusions_with_a_wrapped_formula_a_party_signature_and_notes() -> None:
    facts = _built(VI_PARTY_NOTICE, "vi")
    assert (facts.kind, facts.symbol, facts.date) == (Kind.NOTICE, "51-TB/VPTW", "2025-06-04")
    legal = read_structure(blank_markup(VI_PARTY_NOTICE), pack("vi"))
    assert legal.enacting is not None and legal.enacting.text == "kết luận như sau:"
    assert [a.number for a in legal.articles] == ["1", "2"]
    assert [m.text for m in facts.signatories] == ["Nguyễn Thị Lan"]
    # the note under the signature is no signer, in any language
    assert [m.text for m in _built(EN_DECREE_WITH_NOTES, "en").signatories] == ["John Smith"]


def test_a_number_and_a_date_in_the_title_are_the_cited_instrument_s_not_its_own() -> None:
    vietnamese = """**THÔNG TƯ**

SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ THI HỌC SINH GIỎI BAN HÀNH KÈM THEO THÔNG TƯ SỐ 06/2024/TT-BGDĐT NGÀY 10
THÁNG 4 NĂM 2024 CỦA BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO

*Căn cứ Luật Giáo dục số 43/2019/QH14;*

**Điều 1.** Sửa đổi khoản 2 Điều 5 của Quy chế.

**Điều 2.** Thông tư này có hiệu lực thi hành từ ngày 28 tháng 11 năm 2025.
"""
    facts = _built(vietnamese, "vi")
    assert (facts.symbol, facts.date) == (None, None)
    cited = LEGAL.build(Document(source="x.txt", text=vietnamese, language="vi")).citations
    assert "06/2024/TT-BGDĐT" in [c.mention.key for c in cited]
    french = """DÉCRET
MODIFIANT LE DÉCRET N° 2020-12 DU 3 MARS 2020 RELATIF À LA PROTECTION DES ZONES HUMIDES
Vu le code de l'environnement ;
Décrète :
Article 1. L'article 2 du décret est modifié.
Article 2. Le présent décret entre en vigueur le 1er juin 2024.
"""
    legal = read_structure(french, pack("fr"))
    assert legal.symbol is None and len(legal.title) == 1


def test_where_no_formula_ends_the_recitals_the_issuing_sentence_names_the_issuer() -> None:
    circular = """**THÔNG TƯ**

QUY ĐỊNH VỀ THI HỌC SINH GIỎI CẤP QUỐC GIA

*Căn cứ Luật Giáo dục số 43/2019/QH14;*

*Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư quy định về thi học sinh giỏi cấp quốc gia.*

**Điều 1.** Phạm vi điều chỉnh.

**Điều 2.** Thông tư này có hiệu lực thi hành từ ngày 1 tháng 1 năm 2026.

|
Nơi nhận:
- Lưu: VT.
|
**KT. BỘ TRƯỞNG**
**THỨ TRƯỞNG**
**Nguyễn Văn Phúc**
"""
    issuer = _built(circular, "vi").body
    assert issuer is not None and issuer.key == "VNM/bo-giao-duc-va-dao-tao"
    # a recital that cites what another body issued ("... ban hành Quy chế") names no issuer of this text
    recital_only = circular.replace("*Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư quy định về thi học sinh", "*")
    recital_only = recital_only.replace(
        "*Căn cứ Luật", "*Căn cứ Quyết định của Thủ tướng Chính phủ ban hành Quy chế; Luật"
    )
    issuer = _built(recital_only, "vi").body
    assert issuer is None or issuer.name != "Prime Minister"


VI_PLAN = """|
**ỦY BAN NHÂN DÂN**
TỈNH AN GIANG
--------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 88/KH-UBND
|
*An Giang, ngày 02 tháng 4 năm 2025*
|

**KẾ HOẠCH**

PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG NĂM 2025

Ủy ban nhân dân Tỉnh ban hành Kế hoạch phát triển du lịch cộng đồng năm 2025, với các nội dung như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

**1. Mục đích**

Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa.

**2. Yêu cầu**

Bảo đảm hiệu quả, tiết kiệm.

**II. TỔ CHỨC THỰC HIỆN**

**1. Sở Văn hóa, Thể thao và Du lịch**

Chủ trì, hướng dẫn các địa phương xây dựng sản phẩm du lịch.

**2. Sở Tài chính**

Thẩm định dự toán kinh phí thực hiện Kế hoạch.

|
*Nơi nhận:*
- Lưu: VT.
|
**TM. ỦY BAN NHÂN DÂN**
KT. CHỦ TỊCH
**PHÓ CHỦ TỊCH**
**Lê Văn Nam**
|
"""


def test_a_plan_s_parts_in_roman_figures_after_its_formula_are_its_articles() -> None:
    facts = _built(VI_PLAN, "vi")
    assert (facts.kind, facts.symbol, facts.date) == ("government-document", "88/KH-UBND", "2025-04-02")
    assert [m.text for m in facts.signatories] == ["Lê Văn Nam"]
    legal = read_structure(blank_markup(VI_PLAN), pack("vi"))
    assert [a.number for a in legal.articles] == ["1", "2"]  # the points "1.", "2." of each part stay inside it
    spanish = """RESOLUCIÓN 14/2024
por la que se aprueba el plan de empleo juvenil

Vista la propuesta de la Dirección General de Empleo, esta Consejería resuelve:

I. OBJETIVOS
1. Reducir el desempleo juvenil.
2. Mejorar la formación.

II. EJECUCIÓN
1. La Dirección General de Empleo ejecutará el plan.
"""
    assert [a.number for a in read_structure(spanish, pack("es")).articles] == ["1", "2"]
    # arabic points alone after a formula stay the articles, as before
    points = "RESOLUCIÓN 15/2024\n\nEsta Consejería resuelve:\n\n1. Aprobar el plan.\n2. Publicarlo.\n"
    assert [a.number for a in read_structure(points, pack("es")).articles] == ["1", "2"]


def test_one_syllable_after_a_post_that_runs_on_in_small_letters_is_no_person() -> None:
    decision = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
--------
Số: 21/QĐ-UBND
An Giang, ngày 5 tháng 5 năm 2025
QUYẾT ĐỊNH
VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác do Phó Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Hùng làm Tổ trưởng.
Điều 2. Chánh Văn phòng Ủy ban nhân dân Thành phố, Phó Chánh Văn phòng Thường trực chịu trách nhiệm thi hành.
Nơi nhận:
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Nam
"""
    persons = _persons(decision, "vi")
    assert "Lê Văn Nam" in persons and not {"Thành", "Thường"} & set(persons)


def test_the_issuing_sentence_names_the_instrument_itself_not_one_it_cites() -> None:
    resolution = """HỘI ĐỒNG NHÂN DÂN
TỈNH AN GIANG
-------
Số: 9/2025/NQ-HĐND
An Giang, ngày 10 tháng 7 năm 2025
NGHỊ QUYẾT
QUY ĐỊNH MỨC HỖ TRỢ HỌC PHÍ
Căn cứ Luật Giáo dục số 43/2019/QH14;
Xét Tờ trình số 5/TTr-UBND của Ủy ban nhân dân tỉnh đề nghị ban hành Nghị quyết thay thế Nghị quyết số 3/2020/NQ-HĐND;
Hội đồng nhân dân ban hành Nghị quyết Quy định mức hỗ trợ học phí.
Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định mức hỗ trợ học phí.
Điều 2. Tổ chức thực hiện
Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
Nơi nhận:
- Lưu: VT.
CHỦ TỊCH
Lê Thị Hoa
"""
    extraction = LEGAL.build(Document(source="x.txt", text=resolution, language="vi"))
    named = [m.text for m in extraction.mentions if m.kind in {Kind.RESOLUTION} and not m.key]
    assert not any(text.startswith("Nghị quyết Quy định") for text in named)
    assert "3/2020/NQ-HĐND" in [c.mention.key for c in extraction.citations]
    issuer = extraction.document.body
    assert issuer is not None and issuer.name is not None and "People's Council" in issuer.name


def test_a_figure_of_a_local_body_s_instrument_is_its_place_s_unless_its_sentence_names_one() -> None:
    extraction = LEGAL.build(
        Document(
            source="x.txt",
            text=VI_COUNCIL_RESOLUTION.replace(
                "Nghị quyết này quy định mức hỗ trợ học phí.",
                "Mức hỗ trợ học phí là 150.000 đồng/tháng. Học sinh học tại tỉnh Quảng Ninh được hỗ trợ 90.000 đồng/tháng.",
            ),
            language="vi",
        )
    )
    areas = {str(s.value): s.area.key if s.area else None for s in extraction.statistics}
    assert areas["150000"] == "VNM/hai-phong"
    assert areas["90000"] == "VNM/quang-ninh"  # the place its sentence names stays
