"""Instruments that news cites by number (UN resolutions, ILO conventions), and who issued a signed instrument.

Each excerpt is composed for the test in the style of a news agency of its language; what was wrong
before is named in each test's docstring.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg import resolve
from kg.graph.writer import _is_number, _symbol_of
from kg.model import Entity


def _keys(text: str, language: str) -> set[str | None]:
    return {c.mention.key for c in build_news(text, language).citations}


def _issuers(text: str, language: str) -> dict[str | None, str | None]:
    return {c.mention.key: c.issuer.text if c.issuer else None for c in build_news(text, language).citations}


# --- Security Council resolutions by number and year ----------------------------------------------------

_COUNCIL = [
    ("fr", "Titre\n\nNEW YORK, 23 septembre 2024 (AFP) - Un an après la résolution 2730 (2024), rien n'a changé.\n",
     "S/RES/2730(2024)"),
    ("ru", "Заголовок\n\nООН, 3 окт — РИА Новости. Совет продлит мандат в соответствии с резолюцией 2254 (2015).\n",
     "S/RES/2254(2015)"),
    ("en", "Title\n\nGENEVA, 3 March 2025 (Reuters) - Under resolution 2532 (2020), the Council called for a truce.\n",
     "S/RES/2532(2020)"),
    ("ar", "عنوان\n\nنيويورك 24 سبتمبر 2024 (واس) - طالبت المملكة بتنفيذ القرار 2728 (2024) بشأن غزة.\n",
     "S/RES/2728(2024)"),
    ("zh", "标题\n\n新华社联合国3月26日电 中方呼吁各方切实落实安理会第2728(2024)号决议。\n", "S/RES/2728(2024)"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "symbol"), _COUNCIL, ids=[c[0] for c in _COUNCIL])
def test_security_council_resolution_by_number_and_year(language: str, text: str, symbol: str) -> None:
    """ "résolution 2730 (2024)", "резолюцией 2254 (2015)", "第2728(2024)号决议" were no citations; they are keyed
    as the UN builder keys them."""
    assert symbol in _keys(text, language)


_SPECIAL_SESSIONS = [
    ("en", "Title\n\nGENEVA, 3 March 2025 (Reuters) - Delegates cited resolution ES-11/4 and resolution S-23/3 again.\n"),
    ("fr", "Titre\n\nGENÈVE, 3 mars 2025 (AFP) - Les délégués ont cité la résolution ES-11/4 et la résolution S-23/3.\n"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), _SPECIAL_SESSIONS, ids=[c[0] for c in _SPECIAL_SESSIONS])
def test_special_session_resolutions_keep_their_session_marker(language: str, text: str) -> None:
    """ "resolution ES-11/4" and "résolution S-23/3" were keyed as resolutions 11/4 and 23/3 of regular sessions."""
    keys = _keys(text, language)
    assert {"A/RES/ES-11/4", "A/RES/S-23/3"} <= keys
    assert not keys & {"A/RES/11/4", "A/RES/23/3"}


def test_arabic_council_resolution_by_number_alone_where_the_sentence_names_the_council() -> None:
    """ "القرار 2728" of the Security Council was a national decision keyed "القرار رقم 2728"."""
    text = (
        "عنوان\n\nنيويورك 24 سبتمبر 2024 (واس) - ودعا سموه مجلس الأمن إلى تحمل مسؤولياته وتنفيذ القرار 2728 "
        "بشأن وقف إطلاق النار في غزة.\n"
    )
    extraction = build_news(text, "ar")
    assert [(c.mention.key, c.mention.kind) for c in extraction.citations] == [("S/RES/2728(2024)", "resolution")]


def test_a_number_alone_is_no_council_resolution_where_no_council_is_named() -> None:
    text = "عنوان\n\nالرياض 16 نوفمبر 2024 (واس) - أصدر الوزير القرار 2728 بشأن تنظيم العمالة.\n"
    assert not any(key and key.startswith("S/RES/") for key in _keys(text, "ar"))


def test_a_number_alone_takes_the_year_the_text_gives_it_elsewhere() -> None:
    text = (
        "Title\n\nNEW YORK, 3 March 2025 (Reuters) - The Security Council adopted resolution 2100 (2013) in April. "
        "Diplomats said the Security Council would review resolution 2100 next year.\n"
    )
    assert _keys(text, "en") == {"S/RES/2100(2013)"}


def test_each_resolution_of_a_list() -> None:
    text = (
        "Title\n\nGENEVA, 3 March 2025 (Reuters) - The Council recalled resolutions 2728 (2024), 2730 (2024) "
        "and 73/195, and 150 people marched.\n"
    )
    assert _keys(text, "en") == {"S/RES/2728(2024)", "S/RES/2730(2024)", "A/RES/73/195"}
    arabic = "عنوان\n\nنيويورك 24 سبتمبر 2024 (واس) - طالبت المملكة بتنفيذ القرارين 2728 (2024) و2730 (2024).\n"
    assert _keys(arabic, "ar") == {"S/RES/2728(2024)", "S/RES/2730(2024)"}


def test_vietnamese_council_resolution_by_number() -> None:
    text = "Tiêu đề\n\nNEW YORK - Việt Nam ủng hộ Nghị quyết 2728 (2024) của Hội đồng Bảo an.\n"
    assert _keys(text, "vi") == {"S/RES/2728(2024)"}
    national = "Tiêu đề\n\nHà Nội - Chính phủ ban hành Nghị quyết số 36/NQ-CP về di cư.\n"
    assert _keys(national, "vi") == {"36/NQ-CP"}


def test_english_council_resolution_by_number_alone_after_the_councils_name() -> None:
    text = "Title\n\nGENEVA, 3 March 2025 (Reuters) - Under Security Council resolution 2254, talks resumed.\n"
    assert _keys(text, "en") == {"S/RES/2254(2015)"}


# --- General Assembly resolutions by number ----------------------------------------------------------------

_ASSEMBLY = [
    ("es", "Título\n\nNueva York, 24 sep (EFE).- Colombia votó a favor de la resolución 73/195 de la Asamblea General.\n"),
    ("ru", "Заголовок\n\nМОСКВА, 3 марта. /ТАСС/. Эти принципы закреплены в резолюция 73/195 Генеральной Ассамблеи.\n"),
    ("ar", "عنوان\n\nعمان 25 أيلول (بترا) - أشار الوزير إلى القرار 73/195 الذي اعتمدته الجمعية العامة.\n"),
    ("en", "Title\n\nGENEVA, 3 March 2025 (Reuters) - The Assembly adopted resolution 73/195 in 2018.\n"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), _ASSEMBLY, ids=[c[0] for c in _ASSEMBLY])
def test_general_assembly_resolution_by_session_and_number(language: str, text: str) -> None:
    """ "resolución 73/195", "резолюция 73/195", "resolution 73/195" were no citations in news."""
    assert "A/RES/73/195" in _keys(text, language)


def test_chinese_general_assembly_resolution_2758_is_its_roman_session_symbol() -> None:
    """ "联合国大会第2758号决议" was nothing: a number before 1976 needs its session, which the gazetteer knows."""
    text = "标题\n\n人民日报北京12月2日电 双方重申支持联合国大会第2758号决议。\n"
    citations = build_news(text, "zh").citations
    assert [c.mention.key for c in citations] == ["A/RES/2758(XXVI)"]
    assert resolve.resolve(citations[0].mention, "zh").name.startswith("Restoration of the lawful rights")


def test_a_resolution_with_its_roman_session_written() -> None:
    text = (
        "Titre\n\nPÉKIN, 2 décembre 2024 (AFP) - La Chine invoque la résolution 2758 (XXVI) de l'Assemblée générale.\n"
    )
    assert "A/RES/2758(XXVI)" in _keys(text, "fr")


def test_a_ministrys_numbered_resolution_is_no_un_resolution() -> None:
    """A number with a year ("Resolución 12/2024") is ECOSOC's only where the text names ECOSOC."""
    text = "Título\n\nMadrid, 19 de noviembre de 2024.\n\nLa Secretaría de Estado publicó la resolución 12/2024 ayer.\n"
    assert not any(key and "/RES/" in key for key in _keys(text, "es"))


# --- ILO conventions ------------------------------------------------------------------------------------------

_ILO = [
    ("en", "Title\n\nNAIROBI, 3 March 2025 (Reuters) - Kenya ratified ILO Convention No. 190 on Monday.\n"),
    ("fr", "Titre\n\nDAKAR, 3 mars 2025 (APS) - Le Sénégal a ratifié la Convention n° 190 de l'OIT.\n"),
    ("es", "Título\n\nMadrid, 19 de noviembre de 2024.\n\nEspaña ratificó el Convenio 190 de la OIT en 2022.\n"),
    ("ru", "Заголовок\n\nМОСКВА, 3 марта. /ТАСС/. Эксперты обсудили Конвенцию МОТ № 190.\n"),
    ("ar", "عنوان\n\nأبوظبي في 12 نوفمبر / وام / اعتمد المجلس انضمام الدولة إلى اتفاقية منظمة العمل الدولية رقم 190 "
           "بشأن القضاء على العنف والتحرش في عالم العمل.\n"),
    ("zh", "标题\n\n新华社北京11月5日电 专家呼吁批准国际劳工组织第190号公约。\n"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), _ILO, ids=[c[0] for c in _ILO])
def test_ilo_convention_by_number_is_one_instrument(language: str, text: str) -> None:
    """ "ILO Convention No. 190" in six languages was nothing, or six instruments; it is one, named in English."""
    citations = [c for c in build_news(text, language).citations if c.mention.key == "ILO-C190"]
    assert len(citations) == 1
    assert resolve.resolve(citations[0].mention, language).name == "Violence and Harassment Convention, 2019 (No. 190)"


def test_an_ilo_convention_by_number_and_by_name_is_one_node() -> None:
    by_number = build_news(_ILO[0][1], "en").citations[0].mention
    text = "Title\n\nGENEVA, 3 March 2025 (Reuters) - Kenya ratified the Violence and Harassment Convention.\n"
    by_name = build_news(text, "en").citations[0].mention
    assert resolve.resolve(by_number, "en") == resolve.resolve(by_name, "en")


def test_a_numbered_convention_of_no_named_body_is_no_ilo_convention() -> None:
    text = "Title\n\nNAIROBI, 3 March 2025 (Reuters) - Lawyers cited Convention No. 190 on Monday.\n"
    assert "ILO-C190" not in _keys(text, "en")


# --- who signed an instrument ------------------------------------------------------------------------------

_SIGNED = [
    ("en", "Title\n\nMANILA, 4 December 2024 - The President signed Executive Order No. 42 creating a council.\n",
     "EO 42", "President"),
    ("vi", "Tiêu đề\n\n(Chinhphu.vn) - Phó Thủ tướng Trần Hồng Hà đã ký Quyết định số 1125/QĐ-TTg ngày 20/9/2024 "
           "ban hành Kế hoạch.\n", "1125/QĐ-TTg", "Trần Hồng Hà"),
    ("fr", "Titre\n\nPARIS, 3 mars 2025 (AFP) - Le Premier ministre a signé le décret n° 2024-123 relatif aux étrangers.\n",
     "2024-123", "Premier ministre"),
    ("ru", "Заголовок\n\nМОСКВА, 3 марта. /ТАСС/. Путин подписал указ № 123 о мерах поддержки.\n", "указ № 123", "Путин"),
    ("ar", "عنوان\n\nالرياض 16 نوفمبر 2024 (واس) - وقع الرئيس المرسوم رقم 45 بشأن تنظيم العمالة.\n",
     "المرسوم رقم 45", "الرئيس"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "key", "signer"), _SIGNED, ids=[c[0] for c in _SIGNED])
def test_the_signer_is_the_issuer(language: str, text: str, key: str, signer: str) -> None:
    """A signed instrument had no issuer (or the post its number's code names, not the Deputy Prime Minister
    who signed it); "وقع الرئيس المرسوم رقم 45" made "رقم 45" a person."""
    extraction = build_news(text, language)
    assert _issuers(text, language)[key] == signer
    assert not any(any(char.isdigit() for char in m.text) for m in extraction.mentions if m.kind == "person")


def test_a_name_after_a_post_before_the_verb_is_the_signer() -> None:
    """ "President Marcos signed": the post is found, the one-word name after it was not."""
    text = "Title\n\nMANILA, 4 December 2024 - President Marcos signed Republic Act No. 12009 on Friday.\n"
    assert _issuers(text, "en") == {"Republic Act No. 12009": "Marcos"}
    russian = "Заголовок\n\nМОСКВА, 3 марта. /ТАСС/. Владимир Путин подписал указ № 123 о мерах поддержки.\n"
    assert _issuers(russian, "ru") == {"указ № 123": "Владимир Путин"}


def test_the_signed_decisions_tasks_are_given_by_its_signer() -> None:
    """With a UN resolution cited too, the decision's tasks had no issuer: which instrument gave them was
    thought unclear, though only the decision has an issuer."""
    text = (
        "Tiêu đề\n\n(Chinhphu.vn) - Phó Thủ tướng Bùi Thanh Sơn vừa ký Quyết định số 1418/QĐ-TTg ngày 22/11/2024 "
        "ban hành Kế hoạch thực hiện Thỏa thuận toàn cầu về Di cư hợp pháp, an toàn và trật tự.\n\n"
        "Bộ Tài chính được giao bố trí kinh phí thực hiện Kế hoạch.\n"
    )
    extraction = build_news(text, "vi")
    assert _issuers(text, "vi")["1418/QĐ-TTg"] == "Bùi Thanh Sơn"
    task = next(c for c in extraction.commitments if c.action == "tasks")
    assert task.issuer is not None and task.issuer.text == "Bùi Thanh Sơn"


def test_an_issuer_written_after_the_instrument_signed_by() -> None:
    """ "Executive Order No. 42, signed by ...", "le décret n° 2024-123 signé par le Premier ministre": the issuer
    after a head and number was read only in Vietnamese ("... của Thủ tướng")."""
    english = (
        "Title\n\nMANILA, 4 December 2024 - Executive Order No. 42, signed by Executive Secretary Lucas Bersamin, "
        "creates a council.\n"
    )
    assert _issuers(english, "en") == {"EO 42": "Lucas Bersamin"}
    french = (
        "Titre\n\nPARIS, 3 mars 2025 (AFP) - Le décret n° 2024-123 signé par le Premier ministre entre en vigueur.\n"
    )
    assert _issuers(french, "fr") == {"2024-123": "Premier ministre"}


def test_an_issuer_written_with_the_instrument_stays() -> None:
    text = (
        "Заголовок\n\nМОСКВА, 5 ноября. /ТАСС/. Михаил Мишустин подписал постановление правительства № 1523 "
        "от 1 ноября 2024 года.\n"
    )
    assert _issuers(text, "ru") == {"постановление № 1523": "правительство"}  # labelled by its base form


def test_a_body_in_capitals_before_the_verb_is_no_signer() -> None:
    text = "Title\n\nMANILA, 4 December 2024 - The Senate signed Executive Order No. 42 yesterday.\n"
    assert _issuers(text, "en")["EO 42"] != "The Senate"


# --- the writer's symbols ------------------------------------------------------------------------------------


def test_a_designation_is_an_official_number_and_a_name_with_a_year_is_not() -> None:
    """ "Executive Order No. 42" had no ?symbol: a key with spaces was taken for a name; its short form "EO 42"
    is a designation too."""
    assert _is_number("Republic Act No. 42") and _is_number("указ № 123") and _is_number("المرسوم رقم 45")
    assert _is_number("EO 42")
    assert not _is_number("Law on Government Organization 2015")
    assert _symbol_of(Entity("government-document", "EO 42", rule="given:key")) == "EO 42"
    assert _symbol_of(Entity("law", "Law on Government Organization 2015", rule="given:key")) is None


def test_an_issuer_code_in_a_number_is_the_ministry_the_gazetteer_knows() -> None:
    text = "HÀ NỘI, 3/4 - Theo Quyết định số 616/QĐ-BNG ngày 1/4/2024, Bộ Ngoại giao tổ chức hội nghị về di cư."
    extraction = build_news(text, "vi")
    keys = {resolve.resolve(m, "vi").key for m in extraction.mentions if m.kind == "government-agency"}
    # "BNG" and "Bộ Ngoại giao" are one ministry, not a second one minted from the code's English name
    assert keys == {"VNM/bo-ngoai-giao"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le mandat vient de la résolution 26-9, approuvée par le Conseil des droits de l'homme en 2014."),
        ("es", "El mandato proviene de la resolución 26-9 del Consejo de Derechos Humanos."),
        ("zh", "联合国人权理事会通过第26-9号决议。"),
    ],
)
def test_a_resolution_number_written_with_a_hyphen_is_the_named_body_s(language: str, text: str) -> None:
    """Before, "résolution 26-9" (the press's way with Human Rights Council numbers) was cited as nothing."""
    assert _keys(text, language) == {"A/HRC/RES/26/9"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le mandat vient de la résolution 26-9 du ministère."),
        ("en", "The board adopted resolution 12-4 on its budget."),
    ],
)
def test_a_hyphened_number_with_no_body_named_is_no_citation(language: str, text: str) -> None:
    assert _keys(text, language) == set()


# --- national instruments numbered with stops ----------------------------------------------------------

_DOTTED = [
    ("ar", "تطالب الجمعية بالتعجيل بإخراج القانون رقم 45.19 المتعلق بالهجرة وبتطبيق مرسوم 2.14.210 كاملا.",
     {"45.19", "2.14.210"}),
    ("fr", "L'association demande la promulgation de la loi n° 45.19 relative à la migration et du décret n° 2.14.210.",
     {"45.19", "2.14.210"}),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "keys"), _DOTTED, ids=[c[0] for c in _DOTTED])
def test_a_law_numbered_with_stops_keeps_its_whole_number(language: str, text: str, keys: set[str]) -> None:
    """ "القانون رقم 66.17", "décret n° 2.57.1256": Maghreb laws are numbered number.year with a stop; before,
    the number stopped at the first stop ("loi n° 66"), so two laws of one year were one instrument."""
    assert _keys(text, language) == keys


def test_a_stop_that_ends_the_sentence_is_no_part_of_the_number() -> None:
    assert _keys("Le Parlement a voté la loi n° 12. Elle entre en vigueur demain.", "fr") == {"loi n° 12"}
