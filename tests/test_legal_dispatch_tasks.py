"""Tasks of a dispatch or letter whose numbered points each name their body: "X theo chức năng, nhiệm vụ được
giao chủ trì ..." (X's task, "được giao" qualifying its tasks), a lead-in that binds its addressees before the
points, lettered items under a point that names its body.

Short dispatches composed for these tests.
"""

from __future__ import annotations

from helpers import build_legal, tasks_addressed

VI_DISPATCH_HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 9/CĐ-TTg\n\nHà Nội, ngày 21 tháng 11 năm 2025\n\nCÔNG ĐIỆN\n\n"
    "Về việc chi trả bảo hiểm cho người dân vùng lũ\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng các Bộ: Y tế, "
    "Tài chính.\n\nTrong những ngày qua, mưa lũ gây thiệt hại lớn.\n\n"
)
VI_DISPATCH_END = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nTrần Văn Nam\n"


def test_the_tasks_given_to_a_body_are_no_task_given_to_the_body_after_them() -> None:
    text = (
        VI_DISPATCH_HEAD
        + (
            "1. Bộ Y tế theo chức năng, nhiệm vụ được giao chủ trì, phối hợp với Bộ Tài chính hướng dẫn chi trả.\n\n"
            "2. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này."
        )
        + VI_DISPATCH_END
    )
    addressed = tasks_addressed(build_legal(text), text)
    assert addressed["Bộ Y tế"] == ["Bộ Y tế"]  # not the Ministry of Finance it works with
    assert not any(task.startswith("được giao") for task in addressed)


def test_a_body_given_a_task_is_still_tasked() -> None:
    """ "Bộ Tài chính được giao chủ trì ...": "được giao" after a body, no noun it qualifies, gives the task."""
    text = (
        VI_DISPATCH_HEAD
        + (
            "1. Bộ Tài chính được giao chủ trì hướng dẫn chi trả bảo hiểm.\n\n"
            "2. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này."
        )
        + VI_DISPATCH_END
    )
    assert tasks_addressed(build_legal(text), text)["Bộ Tài chính"] == ["Bộ Tài chính"]


VI_DECISION_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n\nSố: 12/QĐ-UBND\n\nAn Giang, ngày 05 tháng 02 năm 2025\n\nQUYẾT ĐỊNH\n\n"
    "Về việc thi hành\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
)


def test_each_clause_after_a_semicolon_is_the_task_of_the_body_that_opens_it() -> None:
    text = VI_DECISION_HEAD + (
        "Điều 1. Trên cơ sở Kế hoạch này, Sở Tài chính tổ chức thực hiện việc kiểm kê; Sở Y tế xây dựng kế hoạch "
        "tập huấn cho cán bộ.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
        "Lê Văn Bình\n"
    )
    addressed = tasks_addressed(build_legal(text), text)
    assert addressed["Sở Y tế"] == ["Sở Y tế"]


def test_bodies_listed_between_semicolons_before_one_verb_are_one_task() -> None:
    text = VI_DECISION_HEAD + (
        "Điều 1. Phê duyệt Kế hoạch kiểm kê tài sản công.\n\nĐiều 2. Giám đốc Sở Tài chính; Thủ trưởng các sở, ban, "
        "ngành; Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này.\n\nKT. CHỦ TỊCH\n"
        "PHÓ CHỦ TỊCH\n\nLê Văn Bình\n"
    )
    tasks = [c for c in build_legal(text).commitments if c.action == "tasks"]
    assert len(tasks) == 1  # one responsibility of every body listed, no task of the first alone


VI_LEAD_IN = (
    "Để khắc phục hậu quả mưa lũ, Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng các cơ quan liên quan, "
    "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tập trung thực hiện các nhiệm vụ sau:\n\n"
    "1. Bộ Tài chính hướng dẫn chi trả bảo hiểm.\n\n"
    "2. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này."
)


def test_a_directive_s_lead_in_binds_every_addressee_it_lists() -> None:
    text = VI_DISPATCH_HEAD + VI_LEAD_IN + VI_DISPATCH_END
    extraction = build_legal(text)
    (lead_in,) = [c for c in extraction.commitments if c.verb is not None and c.verb.of(text) == "yêu cầu"]
    addressees = [a.text for a in lead_in.addressees]
    assert addressees[0] == "Bộ trưởng" and "Thủ trưởng" in addressees
    assert any(a.startswith("Chủ tịch Ủy ban nhân dân các tỉnh") for a in addressees)
    assert lead_in.force == "directive" and lead_in.issuer is not None
    # the points below keep their own bodies
    assert tasks_addressed(extraction, text)["Bộ Tài chính"] == ["Bộ Tài chính"]


def test_a_notice_s_lead_in_still_only_announces_its_points() -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 9/TB-VPCP\n\nHà Nội, ngày 19 tháng 11 năm 2025\n\nTHÔNG BÁO\n\n"
        "Kết luận của Phó Thủ tướng tại cuộc họp\n\nPhó Thủ tướng kết luận như sau:\n\n"
        "1. Trong thời gian tới, yêu cầu các bộ, ngành thực hiện các nhiệm vụ sau:\n"
        "(1) Giao Bộ Tài chính chủ trì rà soát hồ sơ.\n(2) Giao Bộ Tư pháp thẩm định hồ sơ.\n\n"
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\n\nPHÓ CHỦ NHIỆM\n\nNguyễn Văn An\n"
    )
    assert not [c for c in build_legal(text).commitments if c.verb is not None and c.verb.of(text) == "yêu cầu"]


def test_lettered_items_under_a_point_that_names_its_body_are_its_tasks() -> None:
    text = (
        VI_DISPATCH_HEAD
        + "1. Bộ Tài chính chủ trì, phối hợp với các bộ, địa phương liên quan:\n"
        + "a) Đôn đốc các doanh nghiệp bảo hiểm giải quyết nhanh việc bồi thường.\n"
        + "b) Chỉ đạo chi trả kịp thời chế độ cho người dân 24/24. Tổ chức giao nhận an toàn.\n\n"
        + "2. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này."
        + VI_DISPATCH_END
    )
    addressed = tasks_addressed(build_legal(text), text)
    assert addressed["Bộ Tài chính"] == ["Bộ Tài chính"]  # the point's own task stays
    assert addressed["a) Đôn đốc"] == ["Bộ Tài chính"]
    assert addressed["b) Chỉ đạo"] == ["Bộ Tài chính"]
    assert "Tổ chức giao" not in addressed  # the item's next sentence is still its task, not one more


def test_a_body_s_duties_over_its_items_are_kept_with_them() -> None:
    text = VI_DECISION_HEAD + (
        "Điều 1. Trách nhiệm thi hành\n\n1. Cục Đăng kiểm có trách nhiệm:\n"
        "a) Tổ chức triển khai thực hiện Quyết định này.\nb) Tiếp nhận văn bản kê khai giá.\n\n"
        "2. Đơn vị đăng kiểm có trách nhiệm kê khai giá.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Bình\n"
    )
    addressed = tasks_addressed(build_legal(text), text)
    assert addressed["Cục Đăng kiểm"] == ["Cục Đăng kiểm"]  # no mere lead-in of its own items
    assert addressed["a) Tổ chức"] == ["Cục Đăng kiểm"]


PROVINCE_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 12/2025/QĐ-UBND\n\n"
    "An Giang, ngày 05 tháng 02 năm 2025\n\nQUYẾT ĐỊNH\n\nVề việc phân cấp\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nỦy ban nhân dân ban hành Quyết định.\n\n"
)


def test_the_cases_of_the_issuer_s_own_rule_are_no_one_s_tasks() -> None:
    """ "1. Ủy ban nhân dân | tỉnh phân cấp ...": the province's committee, named by the first words of its name in
    its own decision, decides; the cases it lists are no one's tasks (unlike "Ủy ban nhân dân | các xã")."""
    text = PROVINCE_HEAD + (
        "Điều 1. Nội dung phân cấp\n\n1. Ủy ban nhân dân tỉnh phân cấp thẩm quyền cho Sở Tư pháp ký quyết định "
        "đối với các trường hợp sau:\na) Trẻ em sống ở cơ sở nuôi dưỡng.\nb) Cha dượng nhận con riêng của vợ.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Bình\n"
    )
    commitments = build_legal(text).commitments
    assert not [c for c in commitments if c.action == "tasks"]  # the province decides, tasks none of its cases
    assert any(c.action == "decides" and c.span.of(text).startswith("1. Ủy ban") for c in commitments)
