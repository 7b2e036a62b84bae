"""Document kinds the UN builder met late: Human Rights Council and ECOSOC resolutions, reports of the
Secretary-General, committee reports, with mastheads printed in columns as PDF text layers give them."""

from __future__ import annotations

import pytest

from kg.builders.un import BUILDER, score
from kg.model import Document


def _build(text: str, language: str):  # type: ignore[no-untyped-def]
    return BUILDER.build(Document(source=f"probe-{language}.txt", text=text, language=language))


_REPORT_EN = (
    "United Nations                                   A/78/236\n"
    "General Assembly                                 Distr.: General\n"
    "                                                 24 July 2023\n\n"
    "Seventy-eighth session\nItem 20 (a) of the provisional agenda\n\nReport of the Secretary-General\n\n"
    "1. The Secretary-General recommends that Member States integrate the New Urban Agenda into their plans "
    "by 2025.\n\n"
    "2. The Secretary-General further recommends that the General Assembly request UN-Habitat to prepare a "
    "report, to be submitted at its eighty-first session.\n"
)


def test_a_masthead_printed_in_columns_gives_the_symbol_and_the_kind() -> None:
    document = Document(source="report.txt", text=_REPORT_EN, language="en")
    assert score(document) >= 0.6
    facts = BUILDER.build(document).document
    assert (facts.symbol, facts.kind, facts.session, facts.date) == ("A/78/236", "report", 78, "2023-07-24")


def test_the_recommendations_of_a_report_are_commitments_of_its_author() -> None:
    first, second = _build(_REPORT_EN, "en").commitments
    assert (first.issuer.name if first.issuer else None, first.action) == ("Secretary-General", "recommends")
    assert [a.name for a in first.addressees] == ["Member States"]
    assert first.deadline is not None and first.deadline.year == 2025
    assert second.deadline is not None and second.deadline.session == 81
    assert second.deadline.body is not None and second.deadline.body.key == "GA"


def test_a_spanish_report_recommends_in_its_author_s_name() -> None:
    text = (
        "Informe del Secretario General\n\n1. El Secretario General recomienda que los Estados Miembros "
        "intensifiquen sus esfuerzos antes de 2025.\n"
    )
    (commitment,) = _build(text, "es").commitments
    assert commitment.issuer is not None and commitment.issuer.text == "Secretario General"
    assert [a.name for a in commitment.addressees] == ["Member States"]


def test_a_resolution_does_not_cite_itself() -> None:
    text = (
        "Организация Объединенных Наций                 A/HRC/RES/53/7\n\n"
        "Резолюция, принятая Советом по правам человека 12 июля 2023 года\n\n"
        "53/7. Права человека и изменение климата\n\nСовет по правам человека,\n\n"
        "ссылаясь на резолюцию 47/24 от 14 июля 2021 года,\n\n1. просит Генерального секретаря представить доклад;\n"
    )
    extraction = _build(text, "ru")
    assert extraction.document.symbol == "A/HRC/RES/53/7"
    assert [c.mention.key for c in extraction.citations] == ["A/HRC/RES/47/24"]


def test_an_arabic_resolution_title_follows_its_number_and_a_dash() -> None:
    text = (
        "الأمم المتحدة                                   E/RES/2023/5\n\n"
        "قرار اتخذه المجلس الاقتصادي والاجتماعي في 7 حزيران/يونيه 2023\n\n"
        "2023/5 - تعميم مراعاة المنظور الجنساني\n\nإن المجلس الاقتصادي والاجتماعي،\n\n"
        "1 - يرحب بتقرير الأمين العام؛\n"
    )
    assert _build(text, "ar").document.title == "تعميم مراعاة المنظور الجنساني"


def test_a_report_titled_like_its_agenda_item_repeats_no_part() -> None:
    text = (
        "United Nations\nA/78/481\n\nGeneral Assembly\nDistr.: General\n28 November 2023\n\nSeventy-eighth session\n"
        "Agenda item 18 (a)\nMacroeconomic policy questions\n\nMacroeconomic policy questions: international trade\n\n"
        "Report of the Second Committee\n\n1. The Committee considered the item.\n"
    )
    assert _build(text, "en").document.title == "Macroeconomic policy questions: international trade"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le Conseil des droits de l'homme,\n\nRappelant sa résolution 50/5,\n\n"
               "Profondément préoccupé par la situation,\n\n1. Décide de poursuivre l'examen de la question.\n"),
        ("ru", "Совет по правам человека,\n\nссылаясь на резолюцию 50/9,\n\n"
               "будучи глубоко обеспокоен положением,\n\n1. постановляет продолжить рассмотрение вопроса.\n"),
        ("es", "El Consejo de Seguridad,\n\nRecordando su resolución 2532 (2020),\n\n"
               "Profundamente preocupado por la situación,\n\n1. Decide seguir ocupándose de la cuestión.\n"),
        ("ar", "إن المجلس الاقتصادي والاجتماعي،\n\nإذ يشير إلى قراره 2022/18،\n\n"
               "وإذ يساوره القلق لأن النساء لا يشغلن سوى 27 في المائة من المناصب،\n\n1 - يقرر مواصلة النظر في المسألة.\n"),
    ],
)  # fmt: skip
def test_a_council_speaks_in_the_masculine(language: str, text: str) -> None:
    actions = [c.action for c in _build(text, language).commitments]
    assert actions == ["recalls", "is-concerned", "decides"]


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("fr", "Le Conseil des droits de l'homme,\n\n1. Prie le Haut-Commissariat des Nations Unies aux droits de "
               "l'homme d'organiser une réunion ;\n", ["Office of the United Nations High Commissioner for Human Rights"]),
        ("fr", "Le Conseil des droits de l'homme,\n\n1. Encourage le Gouvernement de la France et le Gouvernement "
               "du Sénégal à poursuivre leur coopération ;\n", ["France", "Senegal"]),
        ("ru", "Совет по правам человека,\n\n1. предлагает Китаю, Индии и Российской Федерации продолжать "
               "сотрудничество;\n", ["China", "India", "Russian Federation"]),
        ("en", "The Human Rights Council,\n\n1. Requests the Office of the United Nations High Commissioner for Human "
               "Rights to prepare a report;\n", ["Office of the United Nations High Commissioner for Human Rights"]),
    ],
)  # fmt: skip
def test_addressees_run_past_words_inside_names_and_through_lists(language: str, text: str, names: list) -> None:
    (commitment,) = _build(text, language).commitments
    assert [a.name for a in commitment.addressees] == names


def test_a_spanish_clause_may_open_with_e() -> None:
    text = (
        "La Asamblea General,\n\n1. Insta a los Estados Miembros a que cooperen, e invita a la Organización "
        "Mundial del Comercio a que preste asistencia técnica;\n"
    )
    commitments = _build(text, "es").commitments
    assert [c.action for c in commitments] == ["urges", "invites"]
    assert [a.name for a in commitments[1].addressees] == ["World Trade Organization"]


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("es", "La Asamblea General,\n\n1. Solicita al Secretario General que, en colaboración con la Conferencia de "
               "las Naciones Unidas sobre Comercio y Desarrollo, le presente en su septuagésimo noveno período de "
               "sesiones un informe;\n", "GA"),
        ("ru", "Совет по правам человека,\n\n1. просит Управление Верховного комиссара Организации Объединенных "
               "Наций по правам человека подготовить доклад и представить его Совету на его пятьдесят шестой "
               "сессии;\n", "HRC"),
    ],
)  # fmt: skip
def test_the_session_due_at_is_the_issuer_s_not_a_partner_s(language: str, text: str, key: str) -> None:
    (commitment,) = _build(text, language).commitments
    assert commitment.deadline is not None and commitment.deadline.body is not None
    assert commitment.deadline.body.key == key


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "إن المجلس الاقتصادي والاجتماعي،\n\n1 - يطلب إلى الأمين العام أن يقدم إلى المجلس في دورته لعام 2024 "
               "تقريرا عن تنفيذ هذا القرار؛\n"),
        ("en", "The Economic and Social Council,\n\n1. Requests the Secretary-General to report to the Council at its "
               "2024 session;\n"),
    ],
)  # fmt: skip
def test_a_session_named_by_its_year_is_due_that_year(language: str, text: str) -> None:
    (commitment,) = _build(text, language).commitments
    assert commitment.deadline is not None and commitment.deadline.year == 2024
