"""Vietnamese news: commitments (pledges, calls, requests and tasks) with their issuers, addressees and deadlines."""

from __future__ import annotations

from helpers import build_news, commitments_by_verb, resolved_key


def test_vietnamese_se_is_a_pledge_of_the_actor_before_it_only() -> None:
    """ "Việt Nam sẽ đóng góp" was no commitment (only "sẽ trình" was); "Hội thảo sẽ diễn ra" must stay none."""
    text = (
        "NEW YORK - Việt Nam sẽ đóng góp 500.000 USD cho Quỹ ứng phó khẩn cấp trong năm 2025. "
        "Hội thảo sẽ diễn ra tại Hà Nội.\n"
    )
    (pledge,) = build_news(text, "vi").commitments
    assert pledge.action == "will" and pledge.issuer is not None and resolved_key(pledge.issuer, "vi") == "VNM"


def test_vietnamese_word_of_a_post_gives_no_task() -> None:
    """ "Bộ trưởng Ngoại giao Bùi Thanh Sơn": "giao" (assigns) inside the post gave Bùi Thanh Sơn a task."""
    text = "NEW YORK - Bộ trưởng Ngoại giao Bùi Thanh Sơn ngày 25/9 cho biết Việt Nam ủng hộ Liên hợp quốc.\n"
    extraction = build_news(text, "vi")
    assert not extraction.commitments
    assert [p.person.text for p in extraction.posts] == ["Bùi Thanh Sơn"]


def test_vi_a_post_before_an_assigning_verb_gives_the_task_through_its_holder() -> None:
    text = (
        "Thủ tướng Chính phủ Phạm Minh Chính chủ trì hội nghị. "
        "Thủ tướng giao Bộ Tài chính chủ trì hoàn thành giải ngân vốn đầu tư công."
    )
    commitment = next(c for c in build_news(text, "vi").commitments if c.action == "tasks")
    assert commitment.issuer is not None and commitment.issuer.kind == "person"
    assert commitment.issuer.key == "pham-minh-chinh"
    assert [a.text for a in commitment.addressees] == ["Bộ Tài chính"]


def test_vi_a_post_alone_before_an_assigning_verb_is_the_giver() -> None:
    commitment = build_news("Bộ trưởng yêu cầu Tổng cục Thuế rà soát các khoản thu.", "vi").commitments[0]
    assert commitment.issuer is not None and commitment.issuer.kind == "post"
    assert commitment.issuer.text == "Bộ trưởng"


def test_vietnamese_decision_tasks_peoples_committees() -> None:
    """ "giao Ủy ban nhân dân các tỉnh" was no commitment: the body is written in lower case after its head."""
    text = (
        "Tiêu đề\n\nHà Nội, ngày 12/11/2024 - Thủ tướng Chính phủ ban hành Quyết định số 1342/QĐ-TTg. "
        "Quyết định giao Ủy ban nhân dân các tỉnh tổ chức triển khai, hằng năm báo cáo Thủ tướng Chính phủ.\n"
    )
    commitments = build_news(text, "vi").commitments
    assert [(c.issuer.name if c.issuer else None, [a.text for a in c.addressees], c.cycle) for c in commitments] == [
        ("Prime Minister", ["Ủy ban nhân dân"], "P1Y")
    ]


_VI = (
    "Thủ tướng ban hành Quyết định\n\nHà Nội, ngày 20/9/2024 - Thủ tướng Chính phủ vừa ký Quyết định số "
    "1125/QĐ-TTg phê duyệt Đề án chuyển đổi số. Bộ Tài chính có trách nhiệm bố trí kinh phí trước ngày 15/12.\n"
)


def test_vietnamese_deadline_without_year_takes_the_articles_year() -> None:
    """ "trước ngày 15/12" was no deadline: a day without its year was left out."""
    commitment = commitments_by_verb(build_news(_VI, "vi"), _VI)["có trách nhiệm"]
    assert commitment.deadline is not None and commitment.deadline.date == "2024-12-15"


def test_vietnamese_day_before_the_article_stays_undated() -> None:
    text = _VI.replace("15/12", "15/3")
    commitment = commitments_by_verb(build_news(text, "vi"), text)["có trách nhiệm"]
    assert commitment.deadline is None


def test_vietnamese_task_of_an_article_about_one_decision_is_given_by_its_issuer() -> None:
    """ "Bộ Tài chính có trách nhiệm ..." had no issuer when the sentence cites no instrument."""
    commitment = commitments_by_verb(build_news(_VI, "vi"), _VI)["có trách nhiệm"]
    assert commitment.issuer is not None and commitment.issuer.name == "Prime Minister"


def test_vietnamese_task_of_an_article_about_two_decisions_has_no_guessed_issuer() -> None:
    text = _VI.replace("chuyển đổi số.", "chuyển đổi số và Nghị định số 15/2024/NĐ-CP của Chính phủ.")
    commitment = commitments_by_verb(build_news(text, "vi"), text)["có trách nhiệm"]
    assert commitment.issuer is None
