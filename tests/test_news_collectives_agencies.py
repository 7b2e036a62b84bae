"""Behaviour of the news builder on collectives given tasks, news agencies' home states and plural posts."""

from __future__ import annotations

import pytest
from helpers import build_news, news_document

from kg import lang, resolve
from kg.finders.text import DocumentText
from kg.model import Commitment, Extraction


def _home(text: str, language: str) -> str | None:
    return DocumentText(news_document(text, language), lang.get(language)).home_state


def _tasks(extraction: Extraction) -> list[Commitment]:
    return [c for c in extraction.commitments if c.action == "tasks"]


# --- collectives as addressees -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Kết luận Hội nghị, Thủ tướng yêu cầu các bộ, ngành, địa phương phấn đấu tăng trưởng GDP đạt 8%.",
         "các bộ, ngành, địa phương"),
        ("Thủ tướng giao các bộ, ngành và địa phương khẩn trương triển khai các nhiệm vụ.",
         "các bộ, ngành và địa phương"),
    ],
)  # fmt: skip
def test_vi_ministries_sectors_and_localities_are_given_the_task(text, written) -> None:
    (task,) = _tasks(build_news(text, "vi"))
    (addressee,) = task.addressees
    assert (addressee.text, addressee.kind, addressee.name) == (written, "actor", "ministries, sectors and localities")
    assert addressee.scope == "VNM"
    assert resolve.resolve(addressee, "vi").key == "VNM/ministries-sectors-and-localities"


def test_vi_the_provinces_committees_are_one_collective_not_one_committee() -> None:
    text = "Thủ tướng giao Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương rà soát trước ngày 31/12/2025."
    (task,) = _tasks(build_news(text, "vi"))
    assert [a.name for a in task.addressees] == ["provincial People's Committees"]
    assert task.deadline is not None and task.deadline.date == "2025-12-31"


def test_vi_a_collective_before_a_mandate_is_its_addressee() -> None:
    (task,) = _tasks(build_news("Các bộ, cơ quan ngang bộ có trách nhiệm hướng dẫn thực hiện Nghị định.", "vi"))
    assert [a.name for a in task.addressees] == ["ministries and ministerial-level agencies"]


def test_a_collective_is_an_actor_only_where_it_is_given_a_task() -> None:
    extraction = build_news("Thủ tướng đã làm việc với các bộ, ngành, địa phương về tình hình kinh tế.", "vi")
    assert not extraction.commitments
    assert not [m for m in extraction.mentions if m.kind == "actor"]


@pytest.mark.parametrize(
    ("text", "language", "name", "state"),
    [
        ("الرياض - قرر مجلس الوزراء تكليف الجهات المعنية بإعداد خطة وطنية.", "ar", "relevant authorities", "SAU"),
        ("新华社北京3月5日电 国务院要求各地区各部门加强落实。", "zh", "all regions and departments", "CHN"),
        ("新华社北京3月5日电 国务院要求各有关部门在2025年底前完成。", "zh", "relevant departments", "CHN"),
        ("МОСКВА, 5 ноября. /ТАСС/. Правительство поручило федеральным органам исполнительной власти "
         "подготовить предложения.", "ru", "federal executive authorities", "RUS"),
        ("MANILA, 4 June 2024 - The Department of Energy directs relevant agencies to submit plans by 2026.",
         "en", "relevant agencies", "PHL"),
        ("PARIS, 5 mai 2025 (AFP) - Le Premier ministre charge les services compétents de préparer un plan.",
         "fr", "competent services", "FRA"),
        ("MADRID, 5 de mayo de 2025 (EFE) - El ministro encarga a las autoridades competentes preparar un plan.",
         "es", "competent authorities", "ESP"),
    ],
)  # fmt: skip
def test_collectives_of_the_home_state_in_every_language(text, language, name, state) -> None:
    (task,) = _tasks(build_news(text, language))
    (addressee,) = task.addressees
    assert (addressee.kind, addressee.name, addressee.scope) == ("actor", name, state)


def test_a_collective_of_the_world_is_of_no_state() -> None:
    text = "MANILA, 4 June 2024 - The Department of Foreign Affairs directs civil society to report by 2026."
    (task,) = _tasks(build_news(text, "en"))
    assert [(a.name, a.scope) for a in task.addressees] == [("civil society", None)]


def test_an_organisation_is_still_preferred_where_it_is_named() -> None:
    (task,) = _tasks(build_news("Thủ tướng giao Bộ Tài chính chủ trì hoàn thành giải ngân vốn đầu tư công.", "vi"))
    assert [a.text for a in task.addressees] == ["Bộ Tài chính"]


# --- the home state of a news agency ---------------------------------------------------------------

_SPA = (
    "نيويورك - 25 سبتمبر 2024 (واس) - شارك وزير الخارجية في الاجتماع رفيع المستوى للجمعية العامة للأمم المتحدة.\n\n"
    "وتلتزم المملكة بخفض انبعاثات الكربون بمقدار 278 مليون طن سنوياً بحلول عام 2030."
)


def test_a_national_agency_sets_the_home_state_before_the_dateline_place() -> None:
    assert _home(_SPA, "ar") == "SAU"
    assert _home("نيويورك - 25 سبتمبر 2024 - شارك الوزير في الاجتماع.", "ar") == "USA"


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("أبوظبي - 25 سبتمبر 2024 (وام) - أعلنت الوزارة.", "ar", "ARE"),
        ("القاهرة - 25 سبتمبر 2024 (أ ش أ) - أعلنت الوزارة.", "ar", "EGY"),
        ("نيويورك - 25 سبتمبر 2024 (قنا) - أعلنت الوزارة.", "ar", "QAT"),
        ("ЖЕНЕВА, 5 ноября. /ТАСС/. Министерство сообщило.", "ru", "RUS"),
        ("ЖЕНЕВА, 5 ноя — РИА Новости. Министерство сообщило.", "ru", "RUS"),
        ("新华社日内瓦3月5日电 外交部表示。", "zh", "CHN"),
        ("(TTXVN) - Bộ Ngoại giao cho biết.", "vi", "VNM"),
        ("GENEVA, 5 May 2025 (VNA) - The Ministry said.", "en", "VNM"),
    ],
)  # fmt: skip
def test_agencies_and_their_states(text, language, state) -> None:
    assert _home(text, language) == state


def test_an_international_agency_leaves_the_home_state_to_the_place() -> None:
    assert _home("دبي (رويترز) - أعلنت وزارة الطاقة.", "ar") == "ARE"
    assert _home("MANILA, 4 June 2024 (Reuters) - The Department of Energy said.", "en") == "PHL"


def test_an_agency_quoted_in_the_prose_is_no_credit() -> None:
    text = "نيويورك - 25 سبتمبر 2024 - " + "قال الوزير في كلمته أمام الاجتماع الرفيع المستوى " * 3 + "(واس)."
    assert _home(text, "ar") == "USA"


def test_the_kingdom_of_a_saudi_agency_commits_with_its_deadline() -> None:
    (pledge,) = [c for c in build_news(_SPA, "ar").commitments if c.action == "commits"]
    assert pledge.issuer is not None and (pledge.issuer.text, pledge.issuer.key) == ("المملكة", "SAU")
    assert pledge.deadline is not None and pledge.deadline.year == 2030


def test_another_kingdom_is_not_the_home_state() -> None:
    text = "نيويورك - 25 سبتمبر 2024 (واس) - وتلتزم المملكة المتحدة بخفض الانبعاثات بحلول عام 2030."
    extraction = build_news(text, "ar")
    assert not [m for m in extraction.mentions if m.text == "المملكة"]
    (pledge,) = extraction.commitments
    assert pledge.issuer is None or pledge.issuer.key != "SAU"


def test_without_a_home_state_the_kingdom_names_nobody() -> None:
    extraction = build_news("وتلتزم المملكة بخفض الانبعاثات بحلول عام 2030.", "ar")
    assert not [m for m in extraction.mentions if m.text == "المملكة"]


def test_our_country_in_chinese_is_the_agency_state() -> None:
    (pledge,) = build_news("新华社北京3月5日电 我国承诺加强应对气候变化。", "zh").commitments
    assert pledge.issuer is not None and pledge.issuer.key == "CHN"


# --- holders listed after a plural post -------------------------------------------------------------


def _held(text: str) -> set[tuple[str, str | None]]:
    return {(p.person.text, p.post_name) for p in build_news(text, "vi").posts}


def test_vi_each_name_after_a_plural_post_holds_it_without_a_colon() -> None:
    held = _held("Cùng dự có các Phó Thủ tướng Trần Hồng Hà, Lê Thành Long và Hồ Đức Phớc.")
    assert held == {
        ("Trần Hồng Hà", "Deputy Prime Minister"),
        ("Lê Thành Long", "Deputy Prime Minister"),
        ("Hồ Đức Phớc", "Deputy Prime Minister"),
    }


def test_vi_a_plural_list_runs_on_into_the_sentence() -> None:
    held = _held("Các Phó Thủ tướng Trần Lưu Quang, Bùi Thanh Sơn chủ trì phiên họp.")
    assert held == {("Trần Lưu Quang", "Deputy Prime Minister"), ("Bùi Thanh Sơn", "Deputy Prime Minister")}


def test_vi_a_plural_list_stops_at_what_is_no_name() -> None:
    held = _held("Dự có các Phó Thủ tướng Trần Hồng Hà, Lê Thành Long, lãnh đạo các bộ, ngành.")
    assert held == {("Trần Hồng Hà", "Deputy Prime Minister"), ("Lê Thành Long", "Deputy Prime Minister")}


def test_vi_a_singular_post_is_held_by_the_first_name_only() -> None:
    held = _held("Phó Thủ tướng Trần Hồng Hà, Bộ trưởng Bộ Tài chính Hồ Đức Phớc dự hội nghị.")
    assert ("Trần Hồng Hà", "Deputy Prime Minister") in held
    assert ("Hồ Đức Phớc", "Deputy Prime Minister") not in held
