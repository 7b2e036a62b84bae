"""Commitments, posts and dates of government news in Chinese, Russian, Arabic and Vietnamese.

Each excerpt is composed for the test in the style of a State Council, TASS, SPA or VNA report;
each test's docstring names what was wrong before.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import build_news, commitments_by_verb

from kg.model import Commitment


def _addressees(commitment: Commitment) -> list[str]:
    return [a.text for a in commitment.addressees]


_ZH = (
    "国务院印发方案\n\n新华社北京11月5日电 方案由国家发展改革委牵头，会同财政部、人力资源社会保障部等部门组织实施。"
    "方案要求各地区各部门到2025年底前完成重点任务。各省级人民政府每年向国务院报告进展情况。"
    "国务院决定设立专项基金。中方承诺继续支持发展中国家。\n"
)


def test_chinese_lead_body_and_cooperating_bodies_are_addressees() -> None:
    """No Chinese commitment was found: phrases were looked for between spaces Chinese does not write."""
    commitment = commitments_by_verb(build_news(_ZH, "zh"), _ZH)["牵头"]
    assert commitment.action == "tasks"
    assert _addressees(commitment) == ["国家发展改革委", "财政部", "人力资源社会保障部"]


def test_chinese_task_to_regions_and_departments_with_deadline() -> None:
    commitment = commitments_by_verb(build_news(_ZH, "zh"), _ZH)["要求"]
    assert _addressees(commitment) == ["各地区各部门"]
    assert commitment.deadline is not None and commitment.deadline.year == 2025


def test_chinese_yearly_report_to_the_state_council() -> None:
    commitment = commitments_by_verb(build_news(_ZH, "zh"), _ZH)["报告"]
    assert _addressees(commitment) == ["各省级人民政府"]
    assert commitment.cycle == "P1Y"
    assert commitment.issuer is not None and commitment.issuer.text == "国务院"


def test_chinese_decision_and_pledge_by_their_subjects() -> None:
    commitments = commitments_by_verb(build_news(_ZH, "zh"), _ZH)
    assert (commitments["决定"].action, commitments["决定"].issuer and commitments["决定"].issuer.text) == (
        "decides",
        "国务院",
    )
    pledge = commitments["承诺"]
    assert pledge.action == "commits" and pledge.issuer is not None and pledge.issuer.key == "CHN"


def test_chinese_posts_take_the_organisation_written_before_them() -> None:
    """ "外交部发言人毛宁" gave a spokesperson of no organisation."""
    text = "标题\n\n国务院总理李强主持会议。外交部发言人毛宁表示，中方愿同各方一道努力。人力资源社会保障部部长王晓萍出席。\n"
    posts = {
        p.person.text: (p.post, p.organization.text if p.organization else None) for p in build_news(text, "zh").posts
    }
    assert posts == {
        "李强": ("国务院总理", "国务院"),
        "毛宁": ("发言人", "外交部"),
        "王晓萍": ("部长", "人力资源社会保障部"),
    }


def test_chinese_words_ending_like_bodies_are_not_bodies() -> None:
    text = "标题\n\n领导干部要构建新发展格局。\n"
    assert not [m for m in build_news(text, "zh").mentions if m.kind == "government-agency"]


_RU = (
    "Заголовок\n\nМОСКВА, 5 ноября. /ТАСС/. Министерству труда и социальной защиты поручено до 1 марта 2025 года "
    "подготовить проект закона. Правительство поручило Минтруду разработать программу. МВД обеспечит контроль "
    "за исполнением. Минфин России совместно с Министерством экономического развития внесет предложения.\n"
)


def test_russian_ministry_in_the_dative_before_poručeno_with_deadline() -> None:
    """Russian ministries were no organisations: their names are lower case and inflected after the head."""
    commitment = commitments_by_verb(build_news(_RU, "ru"), _RU)["поручено"]
    assert _addressees(commitment) == ["Министерству труда и социальной защиты"]
    assert commitment.deadline is not None and commitment.deadline.date == "2025-03-01"


def test_russian_government_tasks_a_ministry_by_its_short_name() -> None:
    commitment = commitments_by_verb(build_news(_RU, "ru"), _RU)["поручило"]
    assert commitment.issuer is not None and commitment.issuer.text == "Правительство"
    assert _addressees(commitment) == ["Минтруду"]
    assert commitment.addressees[0].name == "Ministry of Labour and Social Protection"


def test_russian_future_tense_is_the_subjects_pledge_not_its_partners() -> None:
    commitments = commitments_by_verb(build_news(_RU, "ru"), _RU)
    assert commitments["обеспечит"].action == "will"
    assert commitments["обеспечит"].issuer is not None and commitments["обеспечит"].issuer.text == "МВД"
    assert commitments["внесет"].issuer is not None and commitments["внесет"].issuer.text == "Минфин России"


def test_arabic_hijri_dates_are_no_figures() -> None:
    """ "14 جمادى الأولى 1446 هـ" and "١٢/٥/١٤٤٦هـ" gave the figures 14 and 1446."""
    text = (
        "عنوان\n\nالرياض، 14 جمادى الأولى 1446 هـ الموافق 16 نوفمبر 2024 (واس) - عقد مجلس الوزراء جلسته "
        "بتاريخ ١٢/٥/١٤٤٦هـ، وبلغ عدد المستفيدين 1200 مستفيد.\n"
    )
    extraction = build_news(text, "ar")
    assert [s.value for s in extraction.statistics] == [Decimal(1200)]
    assert extraction.document is not None and extraction.document.date == "2024-11-16"


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
