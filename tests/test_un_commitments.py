"""UN documents: commitments with their force, issuer, addressees and deadlines, in several languages."""

from __future__ import annotations

import pytest
from helpers import build_un
from un_excerpts import PREAMBLES, resolution

_DECISIONS = {
    "ar": "قررت الجمعية العامة، في جلستها العامة 50 المعقودة في 22 كانون الأول/ديسمبر 2023، بناء على توصية اللجنة "
    "الثانية، أن تحيط علما بتقرير الأمين العام، وأن تطلب إلى الأمين العام أن يقدم إليها في دورتها الثمانين تقريرا.",
    "en": "At its 50th plenary meeting, on 22 December 2023, the General Assembly, on the recommendation of the Second "
    "Committee, decided to take note of the report of the Secretary-General and to request the Secretary-General to "
    "submit to it at its eightieth session a report on the matter.",
    "fr": "À sa 50e séance plénière, le 22 décembre 2023, l'Assemblée générale, sur la recommandation de la Deuxième "
    "Commission, a décidé de prendre note du rapport du Secrétaire général et de prier le Secrétaire général de lui "
    "présenter, à sa quatre-vingtième session, un rapport sur la question.",
    "ru": "На своем 50-м пленарном заседании 22 декабря 2023 года Генеральная Ассамблея по рекомендации Второго "
    "комитета постановила принять к сведению доклад Генерального секретаря и просить Генерального секретаря "
    "представить ей на ее восьмидесятой сессии доклад по этому вопросу.",
    "zh": "大会2023年12月22日第50次全体会议根据第二委员会的建议，决定注意到秘书长的报告，并请秘书长向大会第八十届会议"
    "提交一份关于该问题的报告。",
}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "بيان من رئيس مجلس الأمن\n\n\"يؤكد مجلس الأمن التزامه بميثاق الأمم المتحدة.\n\n"
               "ويطلب مجلس الأمن إلى الأمين العام أن يقدم تقريرا.\"\n"),
        ("zh", "安全理事会主席的声明\n\n“安全理事会重申其对《联合国宪章》的承诺。\n\n安全理事会请秘书长提交报告。”\n"),
        ("fr", "Déclaration du Président du Conseil de sécurité\n\n« Le Conseil de sécurité réaffirme son attachement "
               "à la Charte des Nations Unies.\n\nLe Conseil prie le Secrétaire général de lui présenter un rapport. »\n"),
        ("en", "Statement by the President of the Security Council\n\n\"The Security Council reaffirms its commitment "
               "to the Charter.\n\nThe Council requests the Secretary-General to report.\"\n"),
    ],
)  # fmt: skip
def test_the_council_speaks_before_or_after_its_verb_and_by_its_short_name(language: str, text: str) -> None:
    extraction = build_un(text, language)
    assert extraction.document.kind == "presidential-statement"
    *_, request = extraction.commitments
    assert request.action == "requests" and request.issuer is not None and request.issuer.key == "SC"
    assert [a.name for a in request.addressees] == ["Secretary-General"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The General Assembly,\n\n1. Requests the United Nations High Commissioner for Human Rights to "
               "prepare a report;\n"),
        ("zh", "人权理事会，\n\n1. 请联合国人权事务高级专员编写一份报告；\n"),
    ],
)  # fmt: skip
def test_the_high_commissioner_for_human_rights_is_one_addressee(language: str, text: str) -> None:
    (commitment,) = build_un(text, language).commitments
    assert [a.name for a in commitment.addressees] == ["United Nations High Commissioner for Human Rights"]


@pytest.mark.parametrize("language", sorted(_DECISIONS))
def test_a_decision_told_in_the_past_is_the_body_s_and_so_is_each_request_in_it(language: str) -> None:
    text = f"A/DEC/78/540\n\n78/540. Title\n\n{_DECISIONS[language]}\n"
    decision, note, request = build_un(text, language).commitments
    assert [c.action for c in (decision, note, request)] == ["decides", "takes-note", "requests"]
    assert {c.issuer.key for c in (decision, note, request) if c.issuer} == {"GA"}
    assert [a.name for a in request.addressees] == ["Secretary-General"]
    assert decision.deadline is None
    assert request.deadline is not None and request.deadline.session == 80


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
    actions = [c.action for c in build_un(text, language).commitments]
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
    (commitment,) = build_un(text, language).commitments
    assert [a.name for a in commitment.addressees] == names


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
    (commitment,) = build_un(text, language).commitments
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
    (commitment,) = build_un(text, language).commitments
    assert commitment.deadline is not None and commitment.deadline.year == 2024


_REMINDERS = {
    "en": ("1. Reminds all States that all persons, including migrants, should have access to lifelong learning;",
           "2. Recalls its resolution 70/1;"),
    "fr": ("1. Rappelle à tous les États que toutes les personnes, y compris les migrants, devraient avoir accès à "
           "l'éducation ;", "2. Rappelle sa résolution 70/1 ;"),
    "es": ("1. Recuerda a todos los Estados que todas las personas, incluidos los migrantes, deberían tener acceso a "
           "la educación;", "2. Recuerda su resolución 70/1;"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_reminder_asks_those_it_reminds(language: str) -> None:
    """ "Reminds all States that ...": those reminded are asked to bear it in mind; the paragraph had no
    commitment at all. "Recalls its resolution" stays a recall, though French and Spanish use the same verb."""
    extraction = resolution(language, PREAMBLES[language], *_REMINDERS[language])
    found = {c.paragraph.number: c for c in extraction.commitments if c.paragraph and c.paragraph.number}
    assert (found["1"].action, found["1"].force) == ("reminds", "exhortatory")
    assert [a.name for a in found["1"].addressees] == ["States"]
    assert found["2"].action == "recalls"
