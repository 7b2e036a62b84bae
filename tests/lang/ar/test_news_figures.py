"""National government texts reported as news: decisions, decrees, their issuers, dates and tasks.

Each excerpt is composed for the test, in the style of a news agency (VNA, SPA, Xinhua, TASS)
reporting a decision of a government: what was wrong before is named in each test's docstring.
"""

from __future__ import annotations

from decimal import Decimal

from kg import resolve
from kg.builders.news import BUILDER
from kg.lang import get
from kg.model import Document, Extraction
from kg.readers.segment import segment
from kg.text.dates import find_dates


def _build(text: str, language: str) -> Extraction:
    return BUILDER.build(Document(source="test", text=text, language=language, segments=segment(text, language)))


def _citations(extraction: Extraction) -> dict[str, tuple[str | None, str | None]]:
    """Each cited instrument's key, with its date and the surface form of its issuer."""
    return {
        c.mention.key or c.mention.text: (c.date, c.issuer.text if c.issuer else None) for c in extraction.citations
    }


# --- instruments by head and number, with the issuer between them ------------------------------------


def test_russian_decree_with_issuer_before_number_and_date_after_ot() -> None:
    """ "постановление правительства № 1523 от ..." was no instrument (and 1523 a figure)."""
    text = (
        "Правительство утвердило программу\n\n"
        "МОСКВА, 5 ноября. /ТАСС/. Михаил Мишустин подписал постановление правительства № 1523 "
        "от 1 ноября 2024 года.\n"
    )
    extraction = _build(text, "ru")
    assert _citations(extraction) == {"постановление № 1523": ("2024-11-01", "правительства")}
    assert not [s for s in extraction.statistics if s.value == Decimal(1523)]


def test_russian_government_is_the_datelines_state_government() -> None:
    """ "правительства" was the UN's group "Governments"; in news it is one body of the dateline's state."""
    text = "Заголовок\n\nМОСКВА, 5 ноября. /ТАСС/. Подписано постановление правительства № 1523.\n"
    issuer = _build(text, "ru").citations[0].issuer
    assert issuer is not None and issuer.kind == "government-agency" and issuer.scope == "RUS"
    entity = resolve.resolve(issuer, "ru")
    assert entity.key == "RUS/government"


def test_arabic_cabinet_decision_with_arabic_indic_digits() -> None:
    """ "قرار مجلس الوزراء رقم ٤١٢ لسنة ٢٠٢٤" was no instrument, and ٤١٢ a figure."""
    text = (
        "عنوان\n\nالرياض، 16 نوفمبر 2024 (واس) - أصدر مجلس الوزراء قرار مجلس الوزراء رقم ٤١٢ لسنة ٢٠٢٤ "
        "بشأن تنظيم العمالة. كما صدر المرسوم الملكي رقم م/٣٥ بالموافقة على الاتفاقية.\n"
    )
    extraction = _build(text, "ar")
    citations = _citations(extraction)
    assert citations["412/2024"][1] == "مجلس الوزراء"
    assert "م/35" in citations
    assert not extraction.statistics


def test_chinese_document_number_is_an_instrument_and_days_are_no_figures() -> None:
    """ "国发〔2024〕18号" was no instrument; "11月5日" and "6月30日" were four figures."""
    text = (
        "标题\n\n新华社北京11月5日电 国务院印发通知（国发〔2024〕18号），要求于2025年6月30日前完成，"
        "中央财政安排资金50亿元。\n"
    )
    extraction = _build(text, "zh")
    assert "国发〔2024〕18号" in _citations(extraction)
    assert [(s.value, s.unit) for s in extraction.statistics] == [(Decimal(5_000_000_000), "CNY")]


def test_chinese_day_and_month_without_year_is_a_date() -> None:
    assert [d.iso for d in find_dates("新华社北京11月5日电，5月份", get("zh"))] == ["--11-05"]


# --- the document's date ----------------------------------------------------------------------------


def test_datelines_day_without_year_is_not_replaced_by_an_instruments_date() -> None:
    """A yearless dateline ("5 ноября") took the decree's date (1 November) as the article's."""
    text = "Заголовок\n\nМОСКВА, 5 ноября. /ТАСС/. Подписано постановление № 1523 от 1 ноября 2024 года.\n"
    assert _build(text, "ru").document.date == "2024-11-05"


def test_datelines_day_far_from_any_full_date_has_no_year() -> None:
    text = "标题\n\n新华社北京11月5日电 国务院要求将于2025年6月30日前出台细则。\n"
    assert _build(text, "zh").document.date is None


# --- commitments -------------------------------------------------------------------------------------


def test_arabic_cabinet_tasks_a_ministry_with_an_annual_report() -> None:
    """ "وقرر مجلس الوزراء تكليف وزارة ..." had no issuer and no cycle."""
    text = (
        "عنوان\n\nالرياض، 16 نوفمبر 2024 (واس) - وقرر مجلس الوزراء تكليف وزارة الموارد البشرية "
        "بإعداد اللائحة، ورفع تقرير سنوي إلى مجلس الوزراء.\n"
    )
    [commitment] = _build(text, "ar").commitments
    assert commitment.issuer is not None and commitment.issuer.text == "مجلس الوزراء"
    assert [a.text for a in commitment.addressees] == ["وزارة الموارد البشرية"]
    assert commitment.cycle == "P1Y"


def test_vietnamese_decision_tasks_peoples_committees() -> None:
    """ "giao Ủy ban nhân dân các tỉnh" was no commitment: the body is written in lower case after its head."""
    text = (
        "Tiêu đề\n\nHà Nội, ngày 12/11/2024 - Thủ tướng Chính phủ ban hành Quyết định số 1342/QĐ-TTg. "
        "Quyết định giao Ủy ban nhân dân các tỉnh tổ chức triển khai, hằng năm báo cáo Thủ tướng Chính phủ.\n"
    )
    commitments = _build(text, "vi").commitments
    assert [(c.issuer.name if c.issuer else None, [a.text for a in c.addressees], c.cycle) for c in commitments] == [
        ("Prime Minister", ["Ủy ban nhân dân"], "P1Y")
    ]


def test_a_body_named_with_its_place_is_that_places_own() -> None:
    """Every province's People's Committee was one entity, "People's Committee" of Viet Nam."""
    text = (
        "Tiêu đề\n\nHà Nội, ngày 5/3/2024 - Ủy ban nhân dân tỉnh Quảng Ninh và UBND thành phố Hà Nội ký kết "
        "thỏa thuận. Thủ tướng giao Ủy ban nhân dân các tỉnh chủ trì triển khai.\n"
    )
    bodies = [m for m in _build(text, "vi").mentions if m.kind == "government-agency"]
    keys = [resolve.resolve(m, "vi").key for m in bodies]
    assert len(set(keys)) == 3  # Quảng Ninh's, Hà Nội's, and the provinces' committees at large
    assert bodies[0].text == "Ủy ban nhân dân tỉnh Quảng Ninh" and bodies[0].name == "People's Committee of Quang Ninh"
    moscow = _build(
        "План\n\nМОСКВА, 5 марта. /ТАСС/. Правительство Москвы и правительство России утвердили план.\n", "ru"
    )
    names = [m.name for m in moscow.mentions if m.kind == "government-agency"]
    assert names == ["Government of Moscow", "Government"]


# --- names -------------------------------------------------------------------------------------------


def test_vietnamese_two_ministries_joined_by_and_are_two() -> None:
    """ "Bộ Công an và Bộ Ngoại giao" was one organisation; "Bộ Ngoại giao cam kết hỗ trợ" took the verb."""
    text = "Tiêu đề\n\nBộ Tài chính phối hợp với Bộ Công an và Bộ Ngoại giao. Bộ Ngoại giao cam kết hỗ trợ công dân.\n"
    names = [m.text for m in _build(text, "vi").mentions if m.kind == "government-agency"]
    assert names == ["Bộ Tài chính", "Bộ Công an", "Bộ Ngoại giao", "Bộ Ngoại giao"]


def test_russian_prime_minister_of_the_rf_and_minister_with_two_word_portfolio() -> None:
    """ "Председатель правительства РФ Михаил Мишустин" made "РФ Михаил Мишустин" the person;
    "Министр труда и социальной защиты Антон Котяков" held no post."""
    text = (
        "Заголовок\n\nПредседатель правительства РФ Михаил Мишустин подписал документ. "
        "Министр труда и социальной защиты Антон Котяков сообщил об этом.\n"
    )
    holdings = [(h.person.text, h.post_name, h.state.text if h.state else None) for h in _build(text, "ru").posts]
    assert holdings == [("Михаил Мишустин", "Prime Minister", "РФ"), ("Антон Котяков", "Minister", None)]


# --- figures -----------------------------------------------------------------------------------------


def test_russian_range_of_billions_of_roubles() -> None:
    """ "от 5 до 10 млрд рублей" was 5 (no unit, no scale) and 10 billion."""
    text = "Заголовок\n\nНа программу будет направлено от 5 до 10 млрд рублей.\n"
    figures = [(s.value, s.unit, s.qualifier) for s in _build(text, "ru").statistics]
    assert figures == [(Decimal(5 * 10**9), "RUB", "at-least"), (Decimal(10 * 10**9), "RUB", "at-most")]


def test_arabic_range_with_the_conjunction_on_the_number_in_riyals() -> None:
    """ "بين ٢ و٣ مليارات ريال" was 3 billion alone, with no unit."""
    text = "عنوان\n\nالرياض - الميزانية المخصصة للبرنامج تتراوح بين ٢ و٣ مليارات ريال.\n"
    figures = [(s.value, s.unit, s.qualifier) for s in _build(text, "ar").statistics]
    assert figures == [(Decimal(2 * 10**9), "SAR", "at-least"), (Decimal(3 * 10**9), "SAR", "at-most")]


def test_a_currency_named_without_its_country_is_that_of_the_state_of_the_dateline() -> None:
    """ "ريال" was the Saudi riyal everywhere, "جنيه" the Egyptian pound, "درهم" the UAE dirham."""
    cases = {
        "الدوحة - خصصت الحكومة ٥ ملايين ريال للبرنامج.": "QAR",
        "الرباط - خصصت الحكومة ٥ ملايين درهم للبرنامج.": "MAD",
        "القاهرة - خصصت الحكومة ٥ ملايين جنيه للبرنامج.": "EGP",
        "خصصت الحكومة ٥ ملايين ريال للبرنامج.": "riyal",  # no dateline: which riyal is not said
        "القاهرة - خصصت الحكومة ٥ ملايين جنيه إسترليني للبرنامج.": "GBP",
    }
    for body, unit in cases.items():
        units = [s.unit for s in _build("عنوان\n\n" + body + "\n", "ar").statistics]
        assert units == [unit], body


def test_arabic_names_of_descent_run_through_every_particle() -> None:
    """ "محمد بن سلمان بن عبد العزيز آل سعود" was cut to "محمد بن سلمان"."""
    text = (
        "عنوان\n\nوقال وزير الخارجية الأمير فيصل بن فرحان بن عبد الله آل سعود إن المملكة ملتزمة. "
        "وأوضح وزير الموارد البشرية والتنمية الاجتماعية المهندس أحمد بن سليمان بن عبد العزيز الراجحي أن العدد ارتفع.\n"
    )
    persons = {h.person.text: h.post_name for h in _build(text, "ar").posts if h.post_name != "Emir"}
    assert persons == {
        "فيصل بن فرحان بن عبد الله آل سعود": "Minister for Foreign Affairs",
        "أحمد بن سليمان بن عبد العزيز الراجحي": "Minister",
    }


def test_a_government_named_with_another_state_is_that_states() -> None:
    """ "Gobierno de Colombia" in a Madrid dispatch was Spain's Government."""
    text = "Título\n\nMADRID, 5 de marzo de 2024 — El Gobierno de Colombia y el Gobierno anunciaron un acuerdo.\n"
    bodies = [m for m in _build(text, "es").mentions if m.kind == "government-agency"]
    assert [(m.text, resolve.resolve(m, "es").key) for m in bodies] == [
        ("Gobierno de Colombia", "COL/government"),
        ("Gobierno", "ESP/government"),
    ]
