"""News the builder had never seen, in the style of TASS, RIA, Xinhua, People's Daily, WAM, SPA, Petra, AFP, APS,
EFE, Spanish and Philippine government releases and VnExpress: what was wrong is named in each test's docstring.

Each excerpt is composed for the test; none is taken from a real article.
"""

from __future__ import annotations

from decimal import Decimal

from kg import resolve
from kg.builders.news import BUILDER
from kg.finders.text import NewsText
from kg.lang import get
from kg.model import Commitment, Document, Extraction
from kg.readers.segment import segment


def _document(text: str, language: str) -> Document:
    return Document(source="test", text=text, language=language, segments=segment(text, language))


def _build(text: str, language: str) -> Extraction:
    return BUILDER.build(_document(text, language))


def _by_verb(extraction: Extraction, text: str) -> dict[str, Commitment]:
    return {c.verb.of(text): c for c in extraction.commitments if c.verb}


def _key(mention, language: str) -> str:
    return resolve.resolve(mention, language).key


# --- pledges in the future tense ---------------------------------------------------------------


def test_russian_government_named_with_its_state_is_the_subject_not_the_state() -> None:
    """ "Правительство России выделит": the issuer was the state "России", the body's genitive."""
    text = "Заголовок\n\nМОСКВА, 14 ноября. /ТАСС/. Правительство России выделит 12,5 млрд рублей на переселение.\n"
    (pledge,) = _build(text, "ru").commitments
    assert pledge.action == "will" and pledge.issuer is not None
    assert pledge.issuer.text == "Правительство России" and _key(pledge.issuer, "ru") == "RUS/government"


def test_english_will_is_a_pledge_of_the_actor_before_it_and_nothing_without_one() -> None:
    """ "The Government will allocate" was no commitment; a bare "will" must not make "political will" one."""
    text = (
        "MANILA, 4 December 2024 - The Government will allocate PHP 1.5 billion for the programme in 2025. "
        "The forum will be held in May. We reaffirm our political will to act.\n"
    )
    (pledge,) = _build(text, "en").commitments
    assert pledge.action == "will" and pledge.issuer is not None and pledge.issuer.text == "Government"
    assert _key(pledge.issuer, "en") == "PHL/government"


def test_french_government_va_allouer_in_a_senegalese_dispatch() -> None:
    """ "Le gouvernement va allouer" was no commitment; "APS" made the home state Algeria, not Dakar's Senegal;
    "6 nov" gave the figure 6; "francs CFA" had no unit."""
    text = (
        "Titre\n\nDakar, 6 nov (APS) - Le gouvernement va allouer 25 milliards de francs CFA à la campagne "
        "agricole 2025, a indiqué le Premier ministre.\n"
    )
    extraction = _build(text, "fr")
    (pledge,) = extraction.commitments
    assert pledge.action == "will" and pledge.issuer is not None and _key(pledge.issuer, "fr") == "SEN/government"
    assert [(s.value, s.unit) for s in extraction.statistics] == [(Decimal(25_000_000_000), "franc CFA")]


def test_spanish_future_tense_and_a_dateline_without_a_dash() -> None:
    """ "Madrid, 19 de noviembre de 2024." on its own line was no dateline (no home state for "el Gobierno");
    "el Gobierno destinará" was no commitment."""
    text = (
        "El Gobierno aprueba el plan\n\nMadrid, 19 de noviembre de 2024.\n\n"
        "Además, el Gobierno destinará 300 millones de euros a la formación en competencias digitales.\n"
    )
    document = _document(text, "es")
    assert NewsText(document, get("es")).home_state == "ESP"
    extraction = BUILDER.build(document)
    assert extraction.document.date == "2024-11-19"
    (pledge,) = extraction.commitments
    assert pledge.action == "will" and pledge.issuer is not None and _key(pledge.issuer, "es") == "ESP/government"


def test_efe_dateline_abbreviated_month_and_a_pledge_with_words_before_its_object() -> None:
    """ "Nueva York, 24 sep (EFE).-" was no dateline and gave the figure 24; "se comprometió este martes ... a"
    was no pledge, and "antes de finales de 2025" no deadline."""
    text = (
        "Título\n\nNueva York, 24 sep (EFE).- El Gobierno de Colombia se comprometió este martes ante la Asamblea "
        "General a regularizar a otros 500.000 migrantes antes de finales de 2025.\n"
    )
    document = _document(text, "es")
    dateline = NewsText(document, get("es")).dateline
    assert dateline is not None and dateline.of(text) == "Nueva York, 24 sep (EFE)"
    extraction = BUILDER.build(document)
    assert [s.value for s in extraction.statistics] == [Decimal(500_000)]
    (pledge,) = extraction.commitments
    assert pledge.action == "commits" and pledge.issuer is not None and _key(pledge.issuer, "es") == "COL/government"
    assert pledge.deadline is not None and pledge.deadline.year == 2025


def test_arabic_future_prefix_with_its_subject_before_it() -> None:
    """ "أن المملكة العربية السعودية ستقدم" and "المملكة تلتزم" (a nominal sentence) were no commitments;
    "بالمملكة" was no mention of the home state."""
    text = (
        "عنوان\n\nنيويورك 24 سبتمبر 2024 (واس) - أعلن وزير الخارجية أن المملكة العربية السعودية ستقدم 500 مليون "
        "دولار لدعم البرامج الإنسانية. وأكد أن المملكة تلتزم بتنفيذ أهداف التنمية المستدامة. "
        "وبلغت نسبة مشاركة المرأة في سوق العمل بالمملكة 35.5%.\n"
    )
    extraction = _build(text, "ar")
    assert [(c.action, _key(c.issuer, "ar")) for c in extraction.commitments if c.issuer] == [
        ("will", "SAU"),
        ("commits", "SAU"),
    ]
    home = [
        m for m in extraction.mentions if m.kind == "state" and m.text == "المملكة" and text[m.span.start - 1] == "ب"
    ]
    assert home and home[0].key == "SAU"


def test_arabic_wam_dateline_with_spaced_slashes_and_a_deadline_at_the_end_of_a_year() -> None:
    """ "أبوظبي في 12 نوفمبر / وام /" was no dateline; "بحلول نهاية عام 2026" was no deadline."""
    text = (
        "عنوان\n\nأبوظبي في 12 نوفمبر / وام / وقرر مجلس الوزراء تكليف وزارة الموارد البشرية والتوطين بإعداد خطة "
        "وطنية لرفع نسبة التوطين إلى 10% بحلول نهاية عام 2026.\n"
    )
    document = _document(text, "ar")
    dateline = NewsText(document, get("ar")).dateline
    assert dateline is not None and dateline.of(text) == "أبوظبي في 12 نوفمبر"
    (task,) = BUILDER.build(document).commitments
    assert task.deadline is not None and task.deadline.year == 2026


def test_arabic_call_of_a_minister_named_earlier_on_the_international_community() -> None:
    """ "ودعا الوزير المجتمع الدولي إلى الوفاء" was no commitment; "620 ألفا" was 620."""
    text = (
        "عنوان\n\nعمان 25 أيلول (بترا) - قال وزير الداخلية مازن الفراية إن الأردن يستضيف لاجئين، منهم 620 ألفا "
        "مسجلون. ودعا الوزير المجتمع الدولي إلى الوفاء بالتزاماته.\n"
    )
    extraction = _build(text, "ar")
    (call,) = extraction.commitments
    assert call.action == "calls-upon" and [a.name for a in call.addressees] == ["international community"]
    minister = next(p.person for p in extraction.posts if p.person.text == "مازن الفراية")
    assert call.issuer is not None and _key(call.issuer, "ar") == _key(minister, "ar")
    assert Decimal(620_000) in [s.value for s in extraction.statistics]


# --- acronyms, instruments by head and number, parts of known bodies -----------------------------


def test_an_acronym_the_article_defines_names_its_body_later() -> None:
    """ "The DMW is directed to submit" was no commitment: "DMW" alone named nobody."""
    text = (
        "MANILA, 4 December 2024 - Under the order, the Department of Migrant Workers (DMW) shall serve as the "
        "chair of the council. The DMW is directed to submit a national reintegration plan within 90 days.\n"
    )
    extraction = _build(text, "en")
    chair, directed = extraction.commitments
    assert chair.action == directed.action == "tasks"
    assert [a.text for a in directed.addressees] == ["DMW"] and directed.deadline is not None
    assert _key(directed.addressees[0], "en") == _key(chair.addressees[0], "en") == "PHL/department-of-migrant-workers"


def test_numbers_of_two_kinds_of_instrument_are_two_instruments() -> None:
    """ "Executive Order No. 42" was keyed "42", the key of any instrument numbered 42."""
    text = "MANILA, 4 June 2024 - The President signed Executive Order No. 42, which amends Republic Act No. 42.\n"
    keys = {c.mention.key for c in _build(text, "en").citations}
    assert keys == {"Executive Order No. 42", "Republic Act No. 42"}


def test_a_body_named_after_a_known_short_name_is_a_part_of_it() -> None:
    """ "The IOM Development Fund will allocate" was IOM's pledge, or none."""
    text = "GENEVA, 4 June 2024 - The IOM Development Fund will allocate USD 2 million to the project.\n"
    (pledge,) = _build(text, "en").commitments
    assert pledge.issuer is not None and pledge.issuer.text == "IOM Development Fund"
    assert pledge.issuer.parent is not None and pledge.issuer.parent.key == "IOM"


# --- requests and posts in francophone government communiqués ----------------------------------


def test_french_president_asks_the_prime_minister_by_a_deadline() -> None:
    """ "a demandé au Premier Ministre, Ousmane Sonko, de finaliser" was no commitment; the President was
    "Son Excellence Monsieur Bassirou Diomaye", a "Chair"."""
    text = (
        "Communiqué\n\nDakar, 6 nov (APS) - Le Président de la République, Son Excellence Monsieur Bassirou Diomaye "
        "Faye, a présidé le Conseil des ministres. Le Président de la République a demandé au Premier Ministre, "
        "Ousmane Sonko, de finaliser, avant le 31 décembre 2024, l'Agenda national.\n"
    )
    extraction = _build(text, "fr")
    assert {(p.person.text, p.post_name) for p in extraction.posts} >= {
        ("Bassirou Diomaye Faye", "President"),
        ("Ousmane Sonko", "Prime Minister"),
    }
    (request,) = extraction.commitments
    assert request.action == "requests" and [a.text for a in request.addressees] == ["Ousmane Sonko"]
    assert request.issuer is not None and request.deadline is not None and request.deadline.date == "2024-12-31"


def test_french_portfolio_of_two_parts_joined_by_et() -> None:
    """ "le ministre de l'Europe et des Affaires étrangères, Jean-Noël Barrot" held no post."""
    text = (
        "PARIS, 23 septembre 2024 (AFP) - La France tiendra ses engagements, a déclaré le ministre de l'Europe et "
        "des Affaires étrangères, Jean-Noël Barrot, devant la presse.\n"
    )
    assert [(p.person.text, p.post_name) for p in _build(text, "fr").posts] == [("Jean-Noël Barrot", "Minister")]


def test_spanish_minister_asks_the_international_community() -> None:
    """ "El canciller pidió a la comunidad internacional aportar" was no commitment."""
    text = (
        "Título\n\nBogotá, 24 sep (EFE).- El canciller Luis Gilberto Murillo habló en la ONU. "
        "El canciller pidió a la comunidad internacional aportar 1.400 millones de dólares.\n"
    )
    (request,) = _build(text, "es").commitments
    assert request.action == "requests" and [a.name for a in request.addressees] == ["international community"]
    assert request.issuer is not None and _key(request.issuer, "es") == "luis-gilberto-murillo"


# --- Russian posts and datelines -----------------------------------------------------------------


def test_russian_portfolio_with_an_acronym_and_a_post_held_at_an_organisation() -> None:
    """ "Министр строительства и ЖКХ Ирек Файзуллин" was the person "ЖКХ Ирек Файзуллин"; "постоянный
    представитель РФ при ООН Василий Небензя" held no post; "3 окт" gave the figure 3."""
    text = (
        "Заголовок\n\nООН, 3 окт — РИА Новости. Министр строительства и ЖКХ Ирек Файзуллин выступил, "
        "заявил постоянный представитель РФ при ООН Василий Небензя на заседании.\n"
    )
    extraction = _build(text, "ru")
    holdings = {p.person.text: p for p in extraction.posts}
    assert set(holdings) == {"Ирек Файзуллин", "Василий Небензя"}
    organization = holdings["Василий Небензя"].organization
    assert organization is not None and organization.key == "UN"
    assert not extraction.statistics


# --- Chinese -----------------------------------------------------------------------------------


def test_chinese_paper_dateline_willing_pledge_and_a_months_end_deadline() -> None:
    """ "人民日报北京12月2日电" was no dateline; "中方愿...提供" was no commitment; "2025年6月底前" was no deadline
    and gave the figure 6."""
    text = (
        "标题\n\n人民日报北京12月2日电 中方愿在未来三年向老方提供5亿元人民币无偿援助。"
        "人力资源社会保障部牵头，于2025年6月底前出台具体措施。\n"
    )
    document = _document(text, "zh")
    assert NewsText(document, get("zh")).agency_state == "CHN"
    extraction = BUILDER.build(document)
    by_verb = _by_verb(extraction, text)
    assert by_verb["愿在"].action == "intends" and by_verb["愿在"].issuer is not None
    assert _key(by_verb["愿在"].issuer, "zh") == "CHN"
    assert by_verb["牵头"].deadline is not None and by_verb["牵头"].deadline.year == 2025
    assert [s.value for s in extraction.statistics] == [Decimal(500_000_000)]


# --- Vietnamese --------------------------------------------------------------------------------


def test_vietnamese_se_is_a_pledge_of_the_actor_before_it_only() -> None:
    """ "Việt Nam sẽ đóng góp" was no commitment (only "sẽ trình" was); "Hội thảo sẽ diễn ra" must stay none."""
    text = (
        "NEW YORK - Việt Nam sẽ đóng góp 500.000 USD cho Quỹ ứng phó khẩn cấp trong năm 2025. "
        "Hội thảo sẽ diễn ra tại Hà Nội.\n"
    )
    (pledge,) = _build(text, "vi").commitments
    assert pledge.action == "will" and pledge.issuer is not None and _key(pledge.issuer, "vi") == "VNM"


def test_vietnamese_known_ministry_is_not_run_on_into_lower_case_words() -> None:
    """ "báo cáo Bộ Ngoại giao kết quả thực hiện" made the body "Bộ Ngoại giao kết quả"."""
    text = "Các bộ, ngành, địa phương hằng năm báo cáo Bộ Ngoại giao kết quả thực hiện.\n"
    names = [m.text for m in _build(text, "vi").mentions if m.kind == "government-agency"]
    assert names == ["Bộ Ngoại giao"]


def test_vietnamese_word_of_a_post_gives_no_task() -> None:
    """ "Bộ trưởng Ngoại giao Bùi Thanh Sơn": "giao" (assigns) inside the post gave Bùi Thanh Sơn a task."""
    text = "NEW YORK - Bộ trưởng Ngoại giao Bùi Thanh Sơn ngày 25/9 cho biết Việt Nam ủng hộ Liên hợp quốc.\n"
    extraction = _build(text, "vi")
    assert not extraction.commitments
    assert [p.person.text for p in extraction.posts] == ["Bùi Thanh Sơn"]


def test_heads_of_state_and_government_name_no_body() -> None:
    """ "We, the Heads of State and Government": "Government" (a standalone body since the probe) was a body."""
    text = "We, the Heads of State and Government of Canada and the Republic of Chile, commit to act.\n"
    assert not [m for m in _build(text, "en").mentions if m.kind == "government-agency"]
