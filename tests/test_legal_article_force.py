"""How strongly each article of an instrument binds, on short instruments composed for these tests.

A clause that repeals another instrument is a decision wherever it stands in its article; a task the
issuer gives itself is a rule it decides; "đề nghị của" (the proposal of) asks no one; the formula by
which a law was adopted is no task; a task due at a numbered session of a body is due at that session.
"""

from __future__ import annotations

import pytest
from helpers import VI_LAW, build_legal

from kg.model import Commitment, Extraction

VI_HEAD = "BỘ CÔNG THƯƠNG\n\nSố: 7/2025/TT-BCT\n\nHà Nội, ngày 05 tháng 02 năm 2025\n\nTHÔNG TƯ\n\nVề hạn ngạch\n\n"
VI_HEAD += "Căn cứ Luật Quản lý ngoại thương;\n\nBộ trưởng Bộ Công Thương ban hành Thông tư.\n\n"
VI_SIGNATURE = "\n\nBỘ TRƯỞNG\n\nNguyễn Văn An\n"


def _in_article(extraction: Extraction, number: str) -> list[Commitment]:
    return [c for c in extraction.commitments if c.paragraph and c.paragraph.number == number]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "vi",
            VI_HEAD
            + "Điều 1. Hạn ngạch được phân giao theo quy định của Chính phủ.\n\n"
            + "Điều 2. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày ký.\n"
            + "2. Thông tư này bãi bỏ Thông tư số 56/2015/TT-BCT ngày 31 tháng 12 năm 2015."
            + VI_SIGNATURE,
        ),
        (
            "fr",
            "Décret n° 2024-12 du 2 mars 2024\nrelatif aux délais\n\nLe Premier ministre,\n\nVu la Constitution ;\n\n"
            "Décrète :\n\nArticle 1\nLes délais sont fixés par arrêté du ministre.\n\n"
            "Article 2\nLe présent décret entre en vigueur le 1er avril 2024. "
            "Le décret n° 2015-56 du 31 décembre 2015 est abrogé.\n\nFait le 2 mars 2024.\n\nGabriel Attal\n",
        ),
        (
            "es",
            "DECRETO 12/2024, de 2 de marzo, sobre plazos\n\nEl Presidente de la República,\n\n"
            "Vista la Constitución;\n\nDECRETA:\n\nArtículo 1. Los plazos se fijan por orden ministerial.\n\n"
            "Artículo 2. El presente decreto entra en vigor a partir de su firma. "
            "Queda derogado el Decreto 56/2015.\n\nJuan Pérez\n",
        ),
    ],
)
def test_a_clause_that_repeals_is_a_decision_wherever_it_stands(language, text) -> None:
    extraction = build_legal(text, language)
    forces = {(c.action, c.force) for c in _in_article(extraction, "2")}
    assert forces == {("decides", "decision")}


def test_a_task_the_issuer_gives_itself_is_a_rule_it_decides() -> None:
    text = VI_HEAD + (
        "Điều 1. Lượng hạn ngạch mỗi năm là 3.000 tấn do Bộ Công Thương công bố hằng năm.\n\n"
        "Điều 2. Tiền thuế nộp thừa được cơ quan hải quan xử lý theo quy định của pháp luật." + VI_SIGNATURE
    )
    extraction = build_legal(text, "vi")
    (own,) = _in_article(extraction, "1")
    assert (own.action, own.force, own.addressees) == ("decides", "decision", ())
    (customs,) = _in_article(extraction, "2")
    assert (customs.action, [a.text for a in customs.addressees]) == ("tasks", ["cơ quan hải quan"])


def test_a_proposal_of_a_body_asks_nothing_of_it() -> None:
    text = VI_HEAD + (
        "Điều 1. Bổ sung 2.615 tỷ đồng cho ngân sách các địa phương theo đề nghị của Bộ Tài chính.\n\n"
        "Điều 2. Đề nghị Bộ Tài chính hướng dẫn các địa phương." + VI_SIGNATURE
    )
    extraction = build_legal(text, "vi")
    assert [(c.action, c.force) for c in _in_article(extraction, "1")] == [("decides", "decision")]
    (request,) = _in_article(extraction, "2")
    assert (request.action, request.force, [a.text for a in request.addressees]) == (
        "invites",
        "exhortatory",
        ["Bộ Tài chính"],
    )


def test_the_formula_that_adopted_a_law_is_no_task() -> None:
    extraction = build_legal(VI_LAW, "vi")
    assert [c.paragraph.number for c in extraction.commitments if c.paragraph] == ["1"]


def test_a_task_due_at_a_numbered_session_of_a_body_is_due_at_that_session() -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 9/TB-VPCP\n\nHà Nội, ngày 19 tháng 11 năm 2025\n\nTHÔNG BÁO\n\n"
        "Kết luận của Phó Thủ tướng tại cuộc họp\n\nPhó Thủ tướng kết luận như sau:\n\n"
        "1. Giao Bộ Tài chính chủ trì hoàn thiện hồ sơ để kịp báo cáo Quốc hội tại Kỳ họp thứ 10 của Quốc hội "
        "khóa XV.\n\n2. Giao Bộ Tư pháp thẩm định hồ sơ tại kỳ họp thứ 3.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\n\n"
        "PHÓ CHỦ NHIỆM\n\nNguyễn Văn An\n"
    )
    tasks = {c.addressees[0].text: c for c in build_legal(text, "vi").commitments if c.addressees}
    due = tasks["Bộ Tài chính"].deadline
    assert due is not None and due.session == 10 and due.body is not None and due.body.text == "Quốc hội"
    assert tasks["Bộ Tư pháp"].deadline is None  # a session of no body named: whose it is stays unknown


def test_a_notice_s_lead_in_close_and_clauses_without_a_subject() -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 9/TB-VPCP\n\nHà Nội, ngày 19 tháng 11 năm 2025\n\nTHÔNG BÁO\n\n"
        "Kết luận của Phó Thủ tướng tại cuộc họp\n\nPhó Thủ tướng kết luận như sau:\n\n"
        "1. Trong thời gian tới, yêu cầu các bộ, ngành thực hiện các nhiệm vụ sau:\n"
        "(1) Giao Bộ Tài chính chủ trì rà soát các mục tiêu đã được Quốc hội phê duyệt; Chịu trách nhiệm về "
        "nội dung hồ sơ trình Chính phủ.\n"
        "(2) Giao Bộ Tư pháp thẩm định hồ sơ.\n"
        "(3) Kinh phí được bố trí trong phạm vi tổng mức vốn được Quốc hội quyết định.\n"
        "Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.\n\n"
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\n\nPHÓ CHỦ NHIỆM\n\nNguyễn Văn An\n"
    )
    built = [(c.span.of(text)[:20], [a.text for a in c.addressees]) for c in build_legal(text, "vi").commitments]
    assert built == [
        ("Giao Bộ Tài chính ch", ["Bộ Tài chính"]),
        ("Chịu trách nhiệm về ", ["Bộ Tài chính"]),  # its subject left out: the body tasked before
        ("Giao Bộ Tư pháp thẩm", ["Bộ Tư pháp"]),  # (3) "vốn được Quốc hội quyết định" tasks no Assembly
    ]  # no lead-in ("yêu cầu ... sau:") and no close ("thông báo để ... biết, thực hiện")


NOTICE_HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 12/TB-VPCP\n\nHà Nội, ngày 03 tháng 3 năm 2025\n\nTHÔNG BÁO\n\n"
    "Kết luận của Thủ tướng tại cuộc họp về chương trình nhà ở\n\nThủ tướng kết luận như sau:\n\n"
)
NOTICE_SIGNATURE = "\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\n\nPHÓ CHỦ NHIỆM\n\nNguyễn Văn An\n"


@pytest.mark.parametrize(
    "assessment",
    [
        "1. Việc sắp xếp các chương trình nhà ở có ý nghĩa quan trọng, cần thống nhất về nhận thức.",
        "1. Chương trình đã đạt nhiều kết quả; tuy nhiên, việc giải ngân vốn còn chậm so với kế hoạch.",
    ],
)
def test_a_point_of_a_notice_that_tasks_no_one_is_no_commitment(assessment: str) -> None:
    """Before, a notice's point that only assesses ("... có ý nghĩa quan trọng") was read as a rule the issuer
    decides, as an article of a decision is: a notice relays a meeting's conclusions and decides nothing."""
    text = NOTICE_HEAD + assessment + "\n\n2. Giao Bộ Xây dựng chủ trì hoàn thiện hồ sơ." + NOTICE_SIGNATURE
    built = [(c.paragraph.number if c.paragraph else None, c.action) for c in build_legal(text, "vi").commitments]
    assert built == [("2", "tasks")]


def test_an_article_of_a_decision_that_tasks_no_one_is_still_a_rule_it_decides() -> None:
    text = VI_HEAD + "Điều 1. Hạn ngạch được phân giao theo phương thức đấu giá.\n\n"
    text += "Điều 2. Giao Bộ Tài chính hướng dẫn thi hành." + VI_SIGNATURE
    built = [(c.paragraph.number if c.paragraph else None, c.action) for c in build_legal(text, "vi").commitments]
    assert ("1", "decides") in built and ("2", "tasks") in built


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "vi",
            VI_HEAD
            + "Điều 1. Thẩm quyền quản lý hạn ngạch\n1. Chính phủ thống nhất quản lý nhà nước về hạn ngạch.\n"
            + "2. Bộ Tài chính thực hiện quản lý hạn ngạch theo phân cấp của Chính phủ.\n\n"
            + "Điều 2. Tổ chức thực hiện\nBộ trưởng Bộ Tài chính chịu trách nhiệm thi hành Thông tư này."
            + VI_SIGNATURE,
        ),
        (
            "fr",
            "Décret n° 2024-12 du 2 mars 2024\nrelatif aux quotas\n\nLe Premier ministre,\n\nVu la Constitution ;\n\n"
            "Décrète :\n\nArticle 1\nCompétence en matière de quotas. Le ministre chargé du commerce est chargé de la "
            "gestion des quotas.\n\nArticle 2\nLe ministre chargé du commerce est chargé de l'exécution du présent "
            "décret.\n\nFait le 2 mars 2024.\n\nGabriel Attal\n",
        ),
    ],
)
def test_an_article_that_allocates_powers_decides_who_holds_them(language, text) -> None:
    """ "Điều 1. Thẩm quyền quản lý ...": the article says who holds which power; it gives no one a task, so it
    is a rule the issuer decides. Before, each holder was read as tasked, a directive. A task in another
    article stays one."""
    extraction = build_legal(text, language)
    assert {(c.action, c.force) for c in _in_article(extraction, "1")} == {("decides", "decision")}
    assert "directive" in {c.force for c in _in_article(extraction, "2")}
