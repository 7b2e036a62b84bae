"""The news builder in every language: the Los Angeles Declaration in three, and short excerpts in five.

The excerpts are composed in the style of real articles and declarations; none is taken from the corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import build_news, nonempty

from kg import resolve
from kg.model import Extraction

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DECLARATIONS = {language: f"decl-{language}-los-angeles-2022.txt" for language in ("en", "es", "fr")}


def _statistics(extraction: Extraction) -> set[tuple[Decimal, str, str | None]]:
    return {(s.value, s.qualifier, s.unit) for s in extraction.statistics}


# --- the Los Angeles Declaration --------------------------------------------------------------


@pytest.fixture(scope="module")
def declarations() -> dict[str, Extraction]:
    return {
        language: build_news((CORPUS / name).read_text(encoding="utf-8"), language)
        for language, name in DECLARATIONS.items()
    }


def _state_codes(extraction: Extraction, language: str) -> set[str]:
    return {resolve.resolve(m, language).key for m in extraction.document.signatories}


def test_each_version_is_a_declaration_of_its_signatories(declarations) -> None:
    for extraction in nonempty(declarations.values()):
        assert extraction.document.kind == "declaration"
        assert extraction.document.body is not None and extraction.document.body.kind == "group-of-states"
        assert all(m.kind == "state" for m in extraction.document.signatories)


def test_the_signatories_are_the_same_states_in_every_language(declarations) -> None:
    # The English text lists Guyana; the Spanish and French texts, as published, do not.
    counts = {language: len(x.document.signatories) for language, x in declarations.items()}
    assert counts == {"en": 21, "es": 20, "fr": 20}
    codes = {language: _state_codes(x, language) for language, x in declarations.items()}
    assert codes["es"] == codes["fr"] == codes["en"] - {"GUY"}
    assert {"ARG", "BRB", "USA", "MEX", "URY"} <= codes["fr"]


def test_the_signatories_as_a_group_are_one_entity_whatever_the_language(declarations) -> None:
    groups = {language: resolve.resolve(x.document.body, language) for language, x in declarations.items()}
    assert groups["es"] == groups["fr"]  # the same twenty states, listed in another order
    assert groups["en"].key != groups["es"].key  # with Guyana
    for group in groups.values():
        assert group.kind == "group-of-states" and group.key.split()[:3] == ["ARG", "BLZ", "BRA"]
    assert groups["fr"].name == ", ".join(sorted(groups["fr"].name.split(", ")))
    assert "Argentina" in groups["fr"].name and "United States of America" in groups["fr"].name


def test_two_languages_listing_the_same_states_name_the_same_group() -> None:
    english = build_news(
        "We, the Heads of State and Government of Canada and the Republic of Chile, commit to act.", "en"
    )
    spanish = build_news(
        "Nosotros, los Jefes de Estado y de Gobierno de Chile y Canadá, nos comprometemos a actuar.", "es"
    )
    group = resolve.resolve(english.document.body, "en")
    assert group == resolve.resolve(spanish.document.body, "es")
    assert (group.key, group.name) == ("CAN CHL", "Canada, Chile")


def test_signatories_are_named_without_their_articles(declarations) -> None:
    texts = {
        language: [" ".join(m.text.split()) for m in x.document.signatories] for language, x in declarations.items()
    }
    assert texts["fr"][-2:] == ["États-Unis d’Amérique", "République orientale de l’Uruguay"]
    assert texts["es"][-1] == "República Oriental del Uruguay"
    assert "Barbados" in texts["en"] and not any(
        t.startswith(("the ", "de ", "la ")) for t in (t for names in texts.values() for t in names)
    )


def test_the_pledges_are_the_signatories_as_a_group(declarations) -> None:
    for language, extraction in nonempty(declarations.items()):
        pledges = [c for c in extraction.commitments if c.issuer == extraction.document.body]
        actions = {c.action for c in pledges}
        assert len(pledges) >= 15, language
        assert {"commits", "intends"} <= actions, language
        assert all(c.force in {"decision", "declaratory"} for c in pledges)


def test_the_three_versions_make_the_same_pledges(declarations) -> None:
    actions = {language: Counter(c.action for c in x.commitments) for language, x in declarations.items()}
    assert actions["en"] == actions["es"] == actions["fr"] == Counter({"intends": 16, "commits": 6})


def test_the_summit_and_where_it_met(declarations) -> None:
    names = {
        "en": "Ninth Summit of the Americas",
        "fr": "9e sommet des Amériques",
        "es": "Novena Cumbre de las Américas",
    }
    for language, extraction in nonempty(declarations.items()):
        (summit,) = [e for e in extraction.events if e.kind == "summit"]
        assert summit.name == names[language]
        assert summit.place is not None and summit.place.text.startswith("Los")


def test_the_fact_sheet_figures() -> None:
    text = (CORPUS / "factsheet-fr-los-angeles-2022.txt").read_text(encoding="utf-8")
    figures = _statistics(build_news(text, "fr"))
    assert (Decimal(314_000_000), "more-than", "USD") in figures
    assert (Decimal(1_200_000), "more-than", "persons") in figures
    assert any(value == 20_000 for value, _, _ in figures)


# --- composed excerpts -----------------------------------------------------------------------------

VI_EXCERPT = (
    "Thứ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Minh Hằng cho biết, theo Nghị định số 152/2020/NĐ-CP "
    "ngày 30/12/2020 của Chính phủ, Cục Quản lý lao động ngoài nước có nhiệm vụ hướng dẫn các địa phương. "
    "Năm 2023, khoảng 1,2 triệu người đã được hỗ trợ tìm việc làm. "
    "Hội nghị tổng kết diễn ra tại Đà Nẵng ngày 12/1.\n\n"
    "Phó Thủ tướng Trần Hồng Hà cam kết Chính phủ sẽ trình Quốc hội dự thảo Luật Việc làm (sửa đổi)."
)


def test_vietnamese_excerpt() -> None:
    extraction = build_news(VI_EXCERPT, "vi")
    (holding, _) = extraction.posts
    assert (holding.person.text, holding.post_name, holding.organization.text) == (
        "Nguyễn Minh Hằng",
        "Deputy Minister",
        "Bộ Kế hoạch và Đầu tư",
    )
    decree = next(c for c in extraction.citations if c.mention.key == "152/2020/NĐ-CP")
    assert (decree.mention.kind, decree.date) == ("decree", "2020-12-30")
    mandate = next(c for c in extraction.commitments if c.action == "tasks")
    assert [a.text for a in mandate.addressees] == ["Cục Quản lý lao động ngoài nước"]
    assert mandate.issuer is not None and mandate.issuer.text == "Chính phủ"
    assert [m.key for m in mandate.instruments] == ["152/2020/NĐ-CP"]
    assert (Decimal(1_200_000), "about", "persons") in _statistics(extraction)
    (event,) = extraction.events
    assert (event.name, event.kind, event.place.text, event.start) == (
        "Hội nghị tổng kết",
        "conference",
        "Đà Nẵng",
        "--01-12",
    )
    will = next(c for c in extraction.commitments if c.action == "will")
    assert [a.text for a in will.addressees] == ["Quốc hội"]
    assert [m.text for m in will.instruments] == ["Luật Việc làm (sửa đổi)"]
    assert any(w.startswith("draft ") for w in extraction.warnings) or will.instruments[0].kind == "draft-law"


def test_the_issuer_of_a_decision_is_read_from_its_number() -> None:
    extraction = build_news("Theo Quyết định số 402/QĐ-TTg, Bộ Ngoại giao có nhiệm vụ xây dựng Hồ sơ Di cư.", "vi")
    (mandate,) = extraction.commitments
    assert mandate.issuer is not None
    assert (mandate.issuer.text, mandate.issuer.kind, mandate.issuer.name) == (
        "TTg",
        "post",
        "Prime Minister",
    )
    assert mandate.issuer in extraction.mentions


def test_french_excerpt() -> None:
    text = (
        "La Colombie s’engage à accorder des permis de régularisation à plus de 1,5 million de migrants "
        "d’ici la fin de 2022. Le Canada allouera 26,9 millions de dollars à des projets en Amérique latine."
    )
    extraction = build_news(text, "fr")
    pledge, future = extraction.commitments
    assert (pledge.action, pledge.force) == ("commits", "declaratory")
    assert pledge.issuer is not None and resolve.resolve(pledge.issuer, "fr").key == "COL"
    # "Le Canada allouera": a pledge in the future tense
    assert future.action == "will" and future.issuer is not None and future.issuer.text == "Canada"
    statistics = {s.value: s for s in extraction.statistics}
    assert (statistics[Decimal(1_500_000)].qualifier, statistics[Decimal(1_500_000)].measure) == (
        "more-than",
        "migrants",
    )
    assert statistics[Decimal(26_900_000)].unit == "USD"


def test_spanish_excerpt() -> None:
    text = (
        "Nosotros, los Jefes de Estado y de Gobierno de la República de Chile y la República del Perú, "
        "reunidos en Lima, nos comprometemos a fortalecer la cooperación. "
        "Más de 2,5 millones de personas se beneficiarán de nuevos programas."
    )
    extraction = build_news(text, "es")
    assert [m.text for m in extraction.document.signatories] == ["República de Chile", "República del Perú"]
    (pledge,) = extraction.commitments
    assert pledge.action == "commits" and pledge.issuer == extraction.document.body
    assert (Decimal(2_500_000), "more-than", "persons") in _statistics(extraction)


def test_english_excerpt() -> None:
    text = (
        "We, the Heads of State and Government of Canada, the United Mexican States and the United States "
        "of America, meeting at the Fourth Migration Summit in Quito on 3 May 2023, commit to a shared "
        "approach. We will resettle more than 20,000 refugees from the Americas. We intend to provide "
        "$1.5 billion in humanitarian aid."
    )
    extraction = build_news(text, "en")
    assert [m.text for m in extraction.document.signatories] == [
        "Canada",
        "United Mexican States",
        "United States of America",
    ]
    assert [c.action for c in extraction.commitments] == ["commits", "will", "intends"]
    assert {(Decimal(20_000), "more-than", "refugees"), (Decimal(1_500_000_000), "exact", "USD")} <= _statistics(
        extraction
    )
    (summit,) = extraction.events
    assert (summit.name, summit.place.text, summit.start) == (
        "Fourth Migration Summit",
        "Quito",
        "2023-05-03",
    )


def test_arabic_excerpt() -> None:
    text = (
        "أعلنت المنظمة الدولية للهجرة أن أكثر من 5 آلاف مهاجر وصلوا إلى السواحل خلال عام 2023، "
        "وأن نحو 60 في المائة منهم من النساء والأطفال. "
        "وتعتزم المنظمة الدولية للهجرة تخصيص 20 مليون دولار لدعم المهاجرين. "
        "وعقد مؤتمر إقليمي في عمّان يوم ١٢ آذار/مارس ٢٠٢٤."
    )
    extraction = build_news(text, "ar")
    assert {
        (Decimal(5000), "more-than", None),
        (Decimal(60), "about", "percent"),
        (Decimal(20_000_000), "exact", "USD"),
    } <= _statistics(extraction)
    (pledge,) = extraction.commitments
    assert pledge.action == "intends"
    assert pledge.issuer is not None and pledge.issuer.text == "المنظمة الدولية للهجرة"  # the subject follows the verb
    (event,) = extraction.events
    assert (event.name, event.kind, event.place.text) == ("مؤتمر إقليمي", "conference", "عمّان")
    assert event.start == "2024-03-12"


def test_a_plain_text_in_an_unknown_language_builds_without_facts() -> None:
    extraction = build_news("Lorem ipsum dolor sit amet 42.", "la")
    assert extraction.document.kind == "news-article"
    assert extraction.commitments == [] and extraction.posts == []


# --- tasks given and deadlines -----------------------------------------------------------------


def test_a_decision_gives_ministries_tasks_with_deadlines_vi() -> None:
    text = (
        "Hà Nội, ngày 20/5/2024 - Thủ tướng Chính phủ vừa ký quyết định phê duyệt Đề án quản lý di cư.\n\n"
        "Quyết định giao Bộ Công an chủ trì xây dựng cơ sở dữ liệu về người di cư, hoàn thành trước năm 2026. "
        "Bộ Tài chính có trách nhiệm bố trí kinh phí trước ngày 31/12/2025.\n\n"
        "Bộ Ngoại giao chủ trì hợp tác quốc tế trong lĩnh vực này."
    )
    tasks = {
        (commitment.addressees[0].text, commitment.deadline.year, commitment.deadline.date)
        for commitment in build_news(text, "vi").commitments
        if commitment.action == "tasks" and commitment.addressees and commitment.deadline
    }
    assert tasks == {("Bộ Công an", 2026, None), ("Bộ Tài chính", None, "2025-12-31")}


def test_an_assignment_names_its_addressee_after_it_and_its_giver_before_it_ar() -> None:
    text = "عمّان، 12 أيار 2024 - وكلف الاتحاد الأوروبي المنظمة الدولية للهجرة بإعداد دراسة قبل نهاية عام 2025."
    (task,) = [c for c in build_news(text, "ar").commitments if c.action == "tasks"]
    assert task.issuer is not None and task.issuer.key == "EU"
    assert [a.key for a in task.addressees] == ["IOM"] and task.deadline is not None and task.deadline.year == 2025


@pytest.mark.parametrize(
    ("language", "text", "year"),
    [
        ("fr", "Paris, le 3 mars 2024 - La France s'engage à verser 1,5 million d'euros à l'OIM d'ici 2025.", 2025),
        ("es", "Madrid, 5 de junio de 2024 - España se compromete a aportar 2 millones de euros antes de 2026.", 2026),
        ("en", "OTTAWA, 4 June 2024 - Canada commits to resettle 5,000 refugees by 2027.", 2027),
    ],
)
def test_a_pledge_is_due_by_the_year_after_it(language: str, text: str, year: int) -> None:
    (pledge,) = [c for c in build_news(text, language).commitments if c.action == "commits"]
    assert pledge.deadline is not None and pledge.deadline.year == year


def test_a_word_of_assignment_with_no_organisation_after_it_gives_no_task() -> None:
    text = "Hà Nội - Bộ Ngoại giao chủ trì hội nghị về giao thông và ngoại giao kinh tế."
    assert [c for c in build_news(text, "vi").commitments if c.action == "tasks"] == []


# --- national instruments by number, in languages whose numbers alone say nothing ---------------


@pytest.mark.parametrize(
    ("language", "text", "cited"),
    [
        ("ar", "القاهرة، 12 مايو 2024 - أصدر رئيس الوزراء القرار رقم 1520 لسنة 2024 تنفيذا للقانون رقم 82 لسنة 2016.",
         {("decision", "1520/2024"), ("law", "82/2016")}),
        ("es", "Madrid, 5 de junio de 2024 - El Gobierno aprobó el Real Decreto 1155/2024, que desarrolla la "
               "Ley Orgánica 4/2000.", {("decree", "1155/2024"), ("law", "4/2000")}),
        ("fr", "Paris, le 3 mars 2024 - Le décret n° 2024-123 précise la loi n° 2024-42.",
         {("decree", "2024-123"), ("law", "2024-42")}),
        ("en", "MANILA, 4 June 2024 - The President signed Executive Order No. 42, implementing Republic Act "
               "No. 11641 of 2022.", {("decree", "EO 42"), ("law", "11641/2022")}),
        ("ru", "Москва, 5 июня 2024 года - Правительство приняло постановление № 812.",
         {("decision", "постановление № 812")}),
    ],
)  # fmt: skip
def test_an_instrument_named_by_head_and_number_is_cited_and_its_number_is_no_figure(language, text, cited) -> None:
    extraction = build_news(text, language)
    assert {(c.mention.kind, c.mention.key) for c in extraction.citations} >= cited
    numbers = {int(part) for _, key in cited for part in re.findall(r"\d+", key)}
    assert not any(statistic.value in numbers for statistic in extraction.statistics)


# --- persons ------------------------------------------------------------------------------------


def test_a_minister_named_with_the_ministry_the_gazetteer_knows_holds_that_post_vi() -> None:
    extraction = build_news("Hà Nội - Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn phát biểu tại hội nghị.", "vi")
    (holding,) = extraction.posts
    assert holding.person.text == "Bùi Thanh Sơn" and holding.known_post is not None
    assert holding.known_post.text == "Bộ trưởng Bộ Ngoại giao"


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Hà Nội - Ông Nguyễn Văn Long cho biết kế hoạch đã được phê duyệt.", ["Nguyễn Văn Long"]),
        ("Hà Nội - Đoàn đến tỉnh Bà Rịa - Vũng Tàu. Bà Nguyễn Thị Hà nhấn mạnh vai trò.", ["Nguyễn Thị Hà"]),
        ("Hà Nội - Đoàn công tác làm việc tại tỉnh Bà Rịa hôm qua.", []),
    ],
)
def test_a_capitalised_honorific_opens_a_name_only_where_a_sentence_opens_vi(text: str, persons: list[str]) -> None:
    assert [m.text for m in build_news(text, "vi").mentions if m.kind == "person"] == persons


def test_a_task_may_recur_on_a_cycle_vi() -> None:
    text = "Hà Nội - Quyết định giao Bộ Công an chủ trì, hằng năm báo cáo Thủ tướng Chính phủ kết quả thực hiện."
    (task,) = [c for c in build_news(text, "vi").commitments if c.action == "tasks"]
    assert task.cycle == "P1Y"


def test_a_chinese_dateline_dates_the_article() -> None:
    text = "新华社北京2024年7月5日电 国务院总理李强签署国务院令，公布《外国人入境出境管理条例》。"
    assert build_news(text, "zh").document.date == "2024-07-05"


# --- national bodies in languages without a home state: the dateline's ------------------------


@pytest.mark.parametrize(
    ("language", "text", "bodies"),
    [
        ("en", "MANILA, 4 June 2024 - The order directs the Department of Migrant Workers to set up a centre. "
               "The Ministry of Labour and Employment will monitor agencies.",
         {("Department of Migrant Workers", "PHL"), ("Ministry of Labour and Employment", "PHL")}),
        ("fr", "Paris, le 3 mars 2024 - Le décret charge le ministère de l'Intérieur de mettre en place un "
               "dispositif, avec le ministère des Affaires étrangères.",
         {("ministère de l'Intérieur", "FRA"), ("ministère des Affaires étrangères", "FRA")}),
        ("es", "Madrid, 5 de junio de 2024 - El Gobierno encomienda al Ministerio del Interior un reglamento.",
         {("Gobierno", "ESP"), ("Ministerio del Interior", "ESP")}),
    ],
)  # fmt: skip
def test_a_national_body_belongs_to_the_state_of_the_dateline(language: str, text: str, bodies: set) -> None:
    found = {(m.text, m.scope) for m in build_news(text, language).mentions if m.kind == "government-agency"}
    assert found == bodies


def test_a_task_given_to_a_ministry_in_english() -> None:
    text = "MANILA, 4 June 2024 - The order directs the Department of Migrant Workers to act by 2025."
    (task,) = [c for c in build_news(text, "en").commitments if c.action == "tasks"]
    assert [a.text for a in task.addressees] == ["Department of Migrant Workers"] and task.deadline.year == 2025


def test_a_cabinet_tasks_a_ministry_by_the_end_of_a_month_ar() -> None:
    text = (
        "عمّان، 14 آذار 2024 - قرر مجلس الوزراء في جلسته اليوم تكليف وزارة المياه والري بإعداد خطة وطنية "
        "قبل نهاية شهر حزيران 2024، وتمويل المشروع بقرض ميسر من البنك الدولي."
    )
    extraction = build_news(text, "ar")
    (task,) = [c for c in extraction.commitments if c.action == "tasks"]
    (ministry,) = task.addressees
    assert (ministry.text, ministry.scope, task.deadline.date) == ("وزارة المياه والري", "JOR", "2024-06")
    assert not [m for m in extraction.mentions if m.kind == "post"]  # "قرض ميسر" is a soft loan, not a facilitator


def test_a_ministry_name_ends_before_the_verb_of_its_task_vi() -> None:
    text = "Hà Nội - Phó Thủ tướng yêu cầu Bộ Kế hoạch và Đầu tư hoàn thiện quy hoạch vùng Tây Nguyên trước năm 2026."
    (task,) = [c for c in build_news(text, "vi").commitments if c.action == "tasks"]
    assert [a.text for a in task.addressees] == ["Bộ Kế hoạch và Đầu tư"] and task.deadline.year == 2026


def test_an_issuer_code_is_the_body_the_text_names_in_full_vi() -> None:
    text = "Hà Nội - Chính phủ vừa ban hành Nghị quyết số 58/NQ-CP về di cư an toàn."
    bodies = {m.text: m.key for m in build_news(text, "vi").mentions if m.kind == "government-agency"}
    assert bodies["CP"] == bodies["Chính phủ"] == resolve.minted_key("Chính phủ", "VNM")


def test_an_organisation_the_resolver_knows_is_no_instrument_vi() -> None:
    text = "Hà Nội - Chương trình Phát triển Liên hợp quốc (UNDP) hỗ trợ Bộ Ngoại giao thực hiện dự án."
    extraction = build_news(text, "vi")
    assert not [c for c in extraction.citations if c.mention.kind == "programme"]
    assert "UNDP" in {m.key for m in extraction.mentions}


def test_a_task_given_by_a_decision_named_without_its_number_is_its_issuers_vi() -> None:
    text = (
        "Hà Nội, ngày 20/5/2024 - Thủ tướng Chính phủ vừa ký Quyết định số 1125/QĐ-TTg phê duyệt Đề án.\n\n"
        "Theo Quyết định, Bộ Tài nguyên và Môi trường được giao chủ trì xây dựng hệ thống cảnh báo trước năm 2026. "
        "Quyết định cũng giao Bộ Kế hoạch và Đầu tư bố trí vốn."
    )
    tasks = [c for c in build_news(text, "vi").commitments if c.action == "tasks"]
    assert [(c.addressees[0].text, c.issuer.name if c.issuer else None) for c in tasks] == [
        ("Bộ Tài nguyên và Môi trường", "Prime Minister"),
        ("Bộ Kế hoạch và Đầu tư", "Prime Minister"),
    ]


def test_an_undated_event_named_shorter_is_the_dated_one_vi() -> None:
    text = (
        "Hội nghị xúc tiến đầu tư vùng Tây Nguyên\n\n"
        "Buôn Ma Thuột, ngày 20/4/2024 - Hội nghị xúc tiến đầu tư vùng Tây Nguyên năm 2024 diễn ra tại Đắk Lắk."
    )
    events = build_news(text, "vi").events
    assert [(e.name, e.start) for e in events] == [("Hội nghị xúc tiến đầu tư vùng Tây Nguyên năm 2024", "2024-04-20")]
