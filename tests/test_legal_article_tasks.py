"""Tasks an instrument gives by the shape of its articles, and the day it names itself in force.

Short instruments composed for these tests: a clause that opens with a body gives it a task
(unless it says what the body is), an article headed by some parties' duties gives each of its
clauses to them, and of several things put into force the instrument is the one that names itself.
"""

from __future__ import annotations

import pytest
from helpers import build_legal

from kg import lang
from kg.finders.actors import find_actors
from kg.finders.instruments import find_instruments
from kg.finders.text import DocumentText
from kg.model import Commitment, Document, Extraction

VI_HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 7/QĐ-TTg\n\nHà Nội, ngày 05 tháng 02 năm 2024\n\nQUYẾT ĐỊNH\n\nVề việc thi hành\n\n"
)
VI_HEAD += "Căn cứ Luật Tổ chức Chính phủ;\n\nQUYẾT ĐỊNH:\n\n"
EN_HEAD = (
    "DECREE No. 7 of 2024\non tariff quotas\n\nThe President of the Republic,\n\nHaving regard to the Constitution;\n\n"
)
EN_HEAD += "HEREBY DECREES:\n\n"


def _tasks(extraction: Extraction) -> list[Commitment]:
    return [c for c in extraction.commitments if c.action == "tasks"]


def _addressees(commitment: Commitment) -> list[str]:
    return [" ".join(a.text.split()) for a in commitment.addressees]


def test_a_clause_that_opens_with_a_body_gives_it_a_task_with_its_deadline() -> None:
    text = VI_HEAD + (
        "Điều 1. Bộ Ngoại giao hoàn tất các thủ tục đối ngoại.\n\n"
        "Điều 2. Chậm nhất đến ngày 01 tháng 7 năm 2027, các Bộ, ngành, địa phương phải hoàn thành việc bố trí.\n\n"
        "Điều 3. Chính phủ là cơ quan hành chính nhà nước cao nhất.\n\n"
        "THỦ TƯỚNG\n\nNguyễn Văn An\n"
    )
    tasks = _tasks(build_legal(text, "vi"))
    by_article = {c.paragraph.number: c for c in tasks if c.paragraph}
    assert _addressees(by_article["1"]) == ["Bộ Ngoại giao"]
    assert by_article["2"].deadline is not None and by_article["2"].deadline.date == "2027-07-01"
    assert "3" not in by_article  # it says what the Government is
    assert all(c.issuer is not None and c.issuer.text == "THỦ TƯỚNG CHÍNH PHỦ" for c in tasks)


@pytest.mark.parametrize(
    ("language", "text", "parties"),
    [
        (
            "vi",
            VI_HEAD
            + "Điều 1. Trách nhiệm của tổ chức tín dụng, chi nhánh ngân hàng nước ngoài đối với khách hàng\n"
            + "1. Cung cấp đầy đủ thông tin cho khách hàng.\n2. Lưu giữ hồ sơ trong 05 năm.\n\n"
            + "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\nTHỦ TƯỚNG\n\nNguyễn Văn An\n",
            ["tổ chức tín dụng", "chi nhánh ngân hàng nước ngoài"],
        ),
        (
            "en",
            EN_HEAD
            + "Article 1. Obligations of credit institutions and payment providers in their dealings\n"
            + "1. Provide full information to their customers.\n2. Keep the records for five years.\n\n"
            + "Article 2. This Decree shall enter into force on 1 April 2024.\n\nJohn Smith\n",
            ["credit institutions", "payment providers"],
        ),
    ],
)
def test_an_article_headed_by_duties_gives_each_clause_to_its_parties(language, text, parties) -> None:
    tasks = [c for c in _tasks(build_legal(text, language)) if c.paragraph and c.paragraph.number == "1"]
    assert len(tasks) == 2
    assert all(_addressees(c) == parties for c in tasks)


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        (
            "vi",
            VI_HEAD
            + "Điều 1. Cán bộ thôi giữ chức vụ kể từ ngày bản án của Tòa án có hiệu lực pháp luật.\n\n"
            + "Điều 2. Quyết định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.\n\nTHỦ TƯỚNG\n\nNguyễn Văn An\n",
            "2025-07-01",
        ),
        (
            "fr",
            "Décret n° 2024-12 du 2 mars 2024\nrelatif aux délais\n\nLe Premier ministre,\n\nVu la Constitution ;\n\n"
            "Décrète :\n\nArticle 1\nLa décision du préfet entre en vigueur dès sa notification.\n\n"
            "Article 2\nLe présent décret entre en vigueur le 1er avril 2024.\n\nFait le 2 mars 2024.\n\nGabriel Attal\n",
            "2024-04-01",
        ),
    ],
)
def test_of_several_things_put_into_force_the_instrument_is_the_one_that_names_itself(language, text, day) -> None:
    assert build_legal(text, language).document.in_force == day


def test_a_law_cited_by_name_and_number_is_one_instrument_whatever_the_form() -> None:
    text = VI_HEAD.replace(
        "Căn cứ Luật Tổ chức Chính phủ;",
        "Căn cứ Luật Quản lý ngoại thương số 05/2017/QH14 ngày 12 tháng 6 năm 2017;\n\n"
        "Căn cứ Nghị quyết số 60-NQ/TW ngày 12 tháng 4 năm 2025 của Ban Chấp hành Trung ương;",
    ) + ("Điều 1. Bộ Công Thương hướng dẫn thi hành Luật Quản lý ngoại thương.\n\nTHỦ TƯỚNG\n\nNguyễn Văn An\n")
    extraction = build_legal(text, "vi")
    cited = {c.mention.key: (" ".join(c.mention.text.split()), c.date) for c in extraction.citations}
    assert cited["05/2017/QH14"] == ("Luật Quản lý ngoại thương số 05/2017/QH14", "2017-06-12")
    assert cited["60-NQ/TW"] == ("Nghị quyết số 60-NQ/TW", "2025-04-12")  # a Party number: a hyphen, then /TW
    assert len(extraction.citations) == 2  # the law named alone in Điều 1 is the same law


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "vi",
            VI_HEAD + "Điều 1. Phạm vi điều chỉnh\nQuyết định này quy định hạn ngạch thuế quan.\n\n"
            "Điều 2. Lượng hạn ngạch thuế quan mỗi năm là 3.000 tấn.\n\n"
            "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\nTHỦ TƯỚNG\n\nNguyễn Văn An\n",
        ),
        (
            "en",
            EN_HEAD + "Article 1. Scope\nThis Decree sets tariff quotas.\n\n"
            "Article 2. The annual tariff quota is 3,000 tonnes.\n\n"
            "Article 3. This Decree shall enter into force on 1 April 2024.\n\nJohn Smith\n",
        ),
    ],
)
def test_an_article_that_tasks_no_one_is_a_decision_unless_it_states_scope_or_puts_into_force(language, text) -> None:
    extraction = build_legal(text, language)
    by_article = {c.paragraph.number: c for c in extraction.commitments if c.paragraph}
    assert set(by_article) == {"1", "2"}  # the article that puts it into force commits no one
    assert (by_article["1"].action, by_article["1"].force) == ("defines", "declaratory")
    assert (by_article["2"].action, by_article["2"].force) == ("decides", "decision")
    assert by_article["2"].issuer is not None


@pytest.mark.parametrize(
    ("text", "name", "date"),
    [
        (
            "Thực hiện Hiệp định Thương mại giữa Chính phủ nước CHXHCN Việt Nam và Chính phủ nước CHDCND Lào "
            "ký ngày 08 tháng 4 năm 2024;",
            "Hiệp định Thương mại giữa Chính phủ nước CHXHCN Việt Nam và Chính phủ nước CHDCND Lào",
            "2024-04-08",
        ),
        (
            "Thông qua nội dung Hiệp định vận chuyển hàng không giữa Chính phủ Nhật Bản và Chính phủ Ca-na-đa.",
            "Hiệp định vận chuyển hàng không giữa Chính phủ Nhật Bản và Chính phủ Ca-na-đa",
            None,
        ),
    ],
)
def test_a_treaty_between_two_parties_is_named_to_the_second_party(text, name, date) -> None:
    document = Document(source="x.txt", text=text, language="vi")
    news = DocumentText(document, lang.get("vi"))
    cited = find_instruments(news, find_actors(news)).citations
    assert [(c.mention.text, c.date) for c in cited] == [(name, date)]


def test_the_body_a_passive_clause_names_is_tasked_unless_the_clause_tells_what_was_done() -> None:
    text = VI_HEAD + (
        "Điều 1. Tiền thuế nộp thừa được cơ quan hải quan xử lý theo quy định của pháp luật.\n\n"
        "Điều 2. Hạn ngạch thực hiện theo chỉ tiêu đã được Quốc hội phê duyệt.\n\n"
        "THỦ TƯỚNG\n\nNguyễn Văn An\n"
    )
    by_article = {c.paragraph.number: c for c in build_legal(text, "vi").commitments if c.paragraph}
    assert _addressees(by_article["1"]) == ["cơ quan hải quan"]
    assert (by_article["2"].action, by_article["2"].addressees) == ("decides", ())


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Giao Bộ Nông nghiệp chủ trì Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững "
            "giai đoạn 2026-2035 và báo cáo Chính phủ.",
            ["Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững giai đoạn 2026-2035"],
        ),
        (
            "Ban hành Chiến lược phát triển ngành điện giai đoạn 2021-2030.",
            ["Chiến lược phát triển ngành điện giai đoạn 2021-2030"],
        ),
        ("Bố trí vốn thực hiện Chương trình giai đoạn 2026-2030.", []),  # the programme named before, for some years
        ("Thực hiện chương trình công tác năm 2025.", []),
    ],
)
def test_a_programme_named_in_lower_case_runs_to_the_years_it_is_for(text, names) -> None:
    news = DocumentText(Document(source="x.txt", text=text, language="vi"), lang.get("vi"))
    assert [c.mention.text for c in find_instruments(news, find_actors(news)).citations] == names


ES_DECREE = (
    "DECRETO 45/2024\nde 5 de marzo, por el que se autoriza la firma de un convenio\n\n"
    "EL PRESIDENTE DE LA REPÚBLICA\n\nVista la Ley 4/2000, de 11 de enero;\n\nDECRETA:\n\n"
    "Artículo 1. {article}\n\nArtículo 2. El presente Decreto entrará en vigor a partir de su firma.\n\n"
    "Dado en Madrid, el 5 de marzo de 2024.\n\nPedro Sánchez\n"
)


@pytest.mark.parametrize(
    ("language", "text", "addressee"),
    [
        (
            "vi",
            VI_HEAD + "Điều 1. Ủy quyền cho Lãnh đạo Bộ Xây dựng thay mặt Chính phủ ký Hiệp định.\n\n"
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\nTHỦ TƯỚNG\n\nNguyễn Văn An\n",
            "Lãnh đạo Bộ Xây dựng",
        ),
        (
            "vi",
            VI_HEAD + "Điều 1. Ủy quyền cho Bộ Ngoại giao ký Nghị định thư.\n\n"
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\nTHỦ TƯỚNG\n\nNguyễn Văn An\n",
            "Bộ Ngoại giao",
        ),
        (
            "es",
            ES_DECREE.format(article="Se autoriza a la dirección del Ministerio del Interior para firmar el Convenio."),
            "la dirección del Ministerio del Interior",
        ),
        (
            "es",
            ES_DECREE.format(article="Se autoriza al Ministerio del Interior para firmar el Convenio."),
            "Ministerio del Interior",
        ),
    ],
)
def test_an_authority_is_given_to_a_body_or_to_its_leaders(language: str, text: str, addressee: str) -> None:
    """Before: "Ủy quyền cho Lãnh đạo Bộ Xây dựng" authorised no one, the body standing past the words for its
    leaders; Spanish decrees had no article that authorises."""
    (authority,) = [c for c in build_legal(text, language).commitments if c.action == "authorizes"]
    assert _addressees(authority) == [addressee]
    assert authority.force == "decision"
