"""Document kinds the UN builder met late: drafts of Main Committees with their sponsors, presidential statements
of the Security Council, letters, decisions, Human Rights Council resolutions and reports, in short excerpts
composed in the style of the Official Document System's plain-text export."""

from __future__ import annotations

import pytest

from kg.builders.un import BUILDER
from kg.model import Document, Extraction


def _build(text: str, language: str) -> Extraction:
    return BUILDER.build(Document(source=f"probe-{language}.txt", text=text, language=language))


# --- Human Rights Council resolutions close with a meeting that is no plenary one ---------------------------

_HRC_CLOSINGS = {
    "ar": (
        "إن مجلس حقوق الإنسان،\n\n1 - يرحب بتقرير المقرر الخاص؛\n\n2 - يقرر مواصلة النظر في هذه المسألة.\n\n"
        "                                                                الجلسة 44\n"
        "                                                        11 تشرين الأول/أكتوبر 2023\n"
    ),
    "ru": (
        "Совет по правам человека,\n\n1. призывает все государства принять меры;\n\n"
        "2. постановляет продолжить рассмотрение этого вопроса.\n\n"
        "                                                      51-е заседание\n"
        "                                                      3 апреля 2023 года\n"
    ),
    "zh": (
        "人权理事会，\n\n1. 吁请所有国家确保人人享有受教育权；\n\n2. 决定继续在同一议程项目下审议这一问题。\n\n"
        "                                                            第47次会议\n"
        "                                                            2024年4月3日\n"
    ),
}


@pytest.mark.parametrize("language", sorted(_HRC_CLOSINGS))
def test_the_last_paragraph_before_a_council_meeting_line_is_kept(language: str) -> None:
    extraction = _build(_HRC_CLOSINGS[language], language)
    assert [c.action for c in extraction.commitments][-1] == "decides"
    assert extraction.document.meeting is not None and any(ch.isdigit() for ch in extraction.document.meeting)
    assert extraction.document.date == {"ar": "2023-10-11", "ru": "2023-04-03", "zh": "2024-04-03"}[language]


def test_an_arabic_council_resolution_is_dated_by_its_masculine_adoption_line() -> None:
    text = (
        "الأمم المتحدة                                                          A/HRC/RES/54/10\n\n"
        "مجلس حقوق الإنسان\nالدورة الرابعة والخمسون\n11 أيلول/سبتمبر - 13 تشرين الأول/أكتوبر 2023\n\n"
        "قرار اتخذه مجلس حقوق الإنسان في 11 تشرين الأول/أكتوبر 2023\n\n54/10 - الحق في التنمية\n\n"
        "إن مجلس حقوق الإنسان،\n\n1 - يقرر مواصلة النظر في هذه المسألة.\n"
    )
    facts = _build(text, "ar").document
    assert (facts.kind, facts.date, facts.title) == ("resolution", "2023-10-11", "الحق في التنمية")


def test_a_meeting_named_at_the_head_of_a_wrapped_line_ends_no_paragraph() -> None:
    text = (
        "The Human Rights Council,\n\n1. Decides to hold a panel discussion, to be convened at its\n"
        "57th meeting of the session, on the right to development;\n"
    )
    (commitment,) = _build(text, "en").commitments
    assert commitment.span.of(text).endswith("right to development")


# --- decisions -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("الأمم المتحدة                                A/DEC/78/540\n\nالجمعية العامة\n\n"
         "78/540 - تنشيط أعمال اللجنة الثانية\n\nقررت الجمعية العامة أن تحيط علما بتقرير الأمين العام.\n",
         "A/DEC/78/540"),
        ("الجمعية العامة\n\nمقرر اتخذته الجمعية العامة في 22 كانون الأول/ديسمبر 2023\n\n"
         "78/540 - تنشيط أعمال اللجنة الثانية\n\nقررت الجمعية العامة أن تحيط علما بتقرير الأمين العام.\n", None),
    ],
)  # fmt: skip
def test_a_decision_is_known_by_its_symbol_or_its_adoption_line(text: str, symbol: str | None) -> None:
    facts = _build(text, "ar").document
    assert (facts.kind, facts.symbol, facts.title) == ("decision", symbol, "تنشيط أعمال اللجنة الثانية")
    if symbol is None:
        assert facts.date == "2023-12-22"


# --- drafts of Main Committees and their sponsors ------------------------------------------------------------

_DRAFT_EN = (
    "United Nations                                                        A/C.3/78/L.25\n"
    "General Assembly                                                      Distr.: Limited\n"
    "                                                                      12 October 2023\n\n"
    "Seventy-eighth session\nThird Committee\nAgenda item 68 (b)\n"
    "Promotion and protection of human rights: human rights questions,\n"
    "including alternative approaches for improving the effective\n"
    "enjoyment of human rights and fundamental freedoms\n\n"
    "          Mexico, Philippines and Senegal: draft resolution\n\n"
    "          Protection of migrants\n\n"
    "     The General Assembly,\n\n"
    "     1.   Calls upon all States to respect the human rights of migrants;\n"
)


def test_a_draft_is_titled_after_its_sponsors_below_a_long_agenda_title() -> None:
    facts = _build(_DRAFT_EN, "en").document
    assert (facts.kind, facts.symbol, facts.title) == ("draft-resolution", "A/C.3/78/L.25", "Protection of migrants")


def test_the_sponsors_of_a_draft_are_its_signatories() -> None:
    facts = _build(_DRAFT_EN, "en").document
    assert [m.key for m in facts.signatories] == ["MEX", "PHL", "SEN"]


def test_a_revised_french_draft_names_its_sponsor_and_the_group_it_speaks_for() -> None:
    text = (
        "Nations Unies                                                        A/C.2/79/L.12/Rev.1\n"
        "Assemblée générale                                                   Distr. limitée\n\n"
        "Soixante-dix-neuvième session\nDeuxième Commission\nPoint 18 a) de l'ordre du jour\n"
        "Questions de politique macroéconomique : commerce international et développement\n\n"
        "          Ouganda (au nom du Groupe des 77 et de la Chine) : projet de résolution révisé\n\n"
        "          Commerce international et développement\n\n     L'Assemblée générale,\n\n"
        "     1.   Prie le Secrétaire général de lui présenter un rapport.\n"
    )
    facts = _build(text, "fr").document
    assert facts.title == "Commerce international et développement"
    assert [m.key for m in facts.signatories] == ["UGA", "G77"]


def test_a_sponsors_line_wrapped_after_a_comma_is_one() -> None:
    text = (
        "Naciones Unidas\nA/C.3/74/L.20\n\nAsamblea General\n\nTema 26 del programa\nDesarrollo social\n"
        "Argentina, Chile, Colombia,\nMéxico y Perú: proyecto de resolución\n"
        "Seguimiento del Año Internacional de las Personas de Edad\n\nLa Asamblea General,\n\n"
        "1. Alienta a los Estados Miembros a que cooperen;\n"
    )
    facts = _build(text, "es").document
    assert facts.title == "Seguimiento del Año Internacional de las Personas de Edad"
    assert [m.key for m in facts.signatories] == ["ARG", "CHL", "COL", "MEX", "PER"]


def test_a_committee_report_joins_its_agenda_title_printed_on_several_lines() -> None:
    text = (
        "United Nations                                                        A/78/481/Add.2\n"
        "General Assembly                                                      Distr.: General\n\n"
        "Seventy-eighth session\nAgenda item 71 (b)\nPromotion and protection of human rights: human rights "
        "questions,\nincluding alternative approaches\n\n          Report of the Third Committee\n\n"
        "          Rapporteur: Mr. Hasan Mahmud (Bangladesh)\n\n     1.   The Committee considered the item.\n"
    )
    extraction = _build(text, "en")
    assert extraction.document.title == (
        "Promotion and protection of human rights: human rights questions, including alternative approaches: "
        "Report of the Third Committee"
    )
    assert extraction.document.signatories == ()
    (post,) = extraction.posts
    assert (post.person.text, post.post, post.state.key if post.state else None) == (
        "Hasan Mahmud",
        "Rapporteur",
        "BGD",
    )


# --- letters ---------------------------------------------------------------------------------------------------

_LETTER_EN = (
    "United Nations                                                         S/2024/123\n"
    "Security Council                                                       Distr.: General\n"
    "                                                                       6 March 2024\n\n"
    "          Letter dated 5 March 2024 from the Permanent Representative of Norway to the\n"
    "          United Nations addressed to the Secretary-General\n\n"
    "     I have the honour to transmit herewith the summary of the meeting (see annex).\n\n"
    "                                                   (Signed) Merete Fjeld Brattested\n"
    "                                                               Ambassador\n"
    "                                                   Permanent Representative of Norway\n"
    "                                                             to the United Nations\n"
)


def test_a_letter_is_a_letter_titled_by_its_first_line() -> None:
    facts = _build(_LETTER_EN, "en").document
    assert (facts.kind, facts.symbol, facts.date) == ("letter", "S/2024/123", "2024-03-06")
    assert facts.title == (
        "Letter dated 5 March 2024 from the Permanent Representative of Norway to the United Nations addressed to "
        "the Secretary-General"
    )


def test_a_letter_is_from_the_state_its_title_names_not_the_council_it_is_circulated_to() -> None:
    facts = _build(_LETTER_EN, "en").document
    assert facts.body is not None and facts.body.key == "NOR"


def test_a_letter_of_the_secretary_general_keeps_the_body_of_its_masthead() -> None:
    text = _LETTER_EN.replace(
        "the Permanent Representative of Norway to the\n          United Nations", "the Secretary-General"
    )
    facts = _build(text, "en").document
    assert facts.body is not None and facts.body.key == "SC"


def test_the_signer_of_a_letter_holds_the_post_printed_below_the_signature() -> None:
    (post,) = _build(_LETTER_EN, "en").posts
    assert (post.person.text, post.post_name) == ("Merete Fjeld Brattested", "Permanent Representative")
    assert post.state is not None and post.state.key == "NOR"


def test_a_russian_letter_is_dated_by_its_distribution_line_not_its_title() -> None:
    text = (
        "Организация Объединенных Наций                                        S/2024/200\n"
        "Совет Безопасности                                                    Distr.: General\n"
        "                                                                      1 March 2024\n\n"
        "          Письмо Постоянного представителя Российской Федерации при Организации Объединенных Наций\n"
        "          от 28 февраля 2024 года на имя Председателя Совета Безопасности\n\n"
        "     Имею честь препроводить настоящим заявление (см. приложение).\n\n"
        "                                                  (Подпись) Василий Небензя\n"
        "                                                           Постоянный представитель\n"
    )
    extraction = _build(text, "ru")
    assert (extraction.document.kind, extraction.document.date) == ("letter", "2024-03-01")
    assert [(p.person.text, p.post_name) for p in extraction.posts] == [("Василий Небензя", "Permanent Representative")]
    # the signer's lines name no State: he represents the one the letter is from
    assert [p.state.key if p.state else None for p in extraction.posts] == ["RUS"]


# --- presidential statements of the Security Council ------------------------------------------------------------

_STATEMENT_ES = (
    "Naciones Unidas                                                      S/PRST/2023/1\n"
    "Consejo de Seguridad                                                 Distr. general\n"
    "                                                                     20 de enero de 2023\n\n"
    "          Declaración de la Presidencia del Consejo de Seguridad\n\n"
    "          En la 9250ª sesión del Consejo de Seguridad, celebrada el 20 de enero de 2023, en relación con el "
    'examen del tema titulado "Mantenimiento de la paz y la seguridad internacionales", la Presidencia del '
    "Consejo de Seguridad formuló la siguiente declaración en nombre del Consejo:\n\n"
    '               "El Consejo de Seguridad reafirma su compromiso con la Carta de las Naciones Unidas.\n\n'
    "               El Consejo de Seguridad exhorta a todos los Estados Miembros a que apliquen plenamente esas "
    "resoluciones.\n\n"
    "               El Consejo de Seguridad solicita al Secretario General que lo informe antes del 31 de diciembre "
    'de 2023."\n'
)


def test_a_presidential_statement_is_one_titled_by_its_heading_with_no_agenda_item() -> None:
    facts = _build(_STATEMENT_ES, "es").document
    assert (facts.kind, facts.symbol) == ("presidential-statement", "S/PRST/2023/1")
    assert facts.title == "Declaración de la Presidencia del Consejo de Seguridad"
    assert facts.agenda_items == ()
    assert facts.meeting == "9250ª sesión"


def test_each_paragraph_of_a_presidential_statement_is_a_commitment_of_the_council() -> None:
    commitments = _build(_STATEMENT_ES, "es").commitments
    assert [c.action for c in commitments] == ["reaffirms", "calls-upon", "requests"]
    assert {c.issuer.key for c in commitments if c.issuer} == {"SC"}
    assert [a.name for a in commitments[1].addressees] == ["Member States"]
    assert commitments[2].deadline is not None and commitments[2].deadline.date == "2023-12-31"


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
    extraction = _build(text, language)
    assert extraction.document.kind == "presidential-statement"
    *_, request = extraction.commitments
    assert request.action == "requests" and request.issuer is not None and request.issuer.key == "SC"
    assert [a.name for a in request.addressees] == ["Secretary-General"]


def test_a_report_paragraph_that_opens_with_a_body_is_no_statement_of_it_when_wrapped() -> None:
    text = (
        "Report of the Secretary-General\n\n1. The Secretary-General recommends that the\n"
        "General Assembly requests the Commission to act.\n"
    )
    commitments = _build(text, "en").commitments
    assert [c.issuer.name if c.issuer else None for c in commitments] == ["Secretary-General"]


# --- reports of the Secretary-General -------------------------------------------------------------------------


def test_a_chinese_masthead_prints_the_body_letter_spaced_and_the_agenda_item_with_a_mark() -> None:
    text = (
        "联 合 国                                                               A/79/210\n"
        "大    会                                                               Distr.: General\n"
        "                                                                       20 July 2024\n\n"
        "第七十九届会议\n临时议程*项目19(a)\n\n          可持续发展\n\n          秘书长的报告\n\n"
        "     1. 秘书长建议会员国加强合作。\n"
    )
    facts = _build(text, "zh").document
    assert facts.body is not None and facts.body.key == "GA"
    assert (facts.agenda_items, facts.title) == ((19,), "可持续发展: 秘书长的报告")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The General Assembly,\n\n1. Requests the United Nations High Commissioner for Human Rights to "
               "prepare a report;\n"),
        ("zh", "人权理事会，\n\n1. 请联合国人权事务高级专员编写一份报告；\n"),
    ],
)  # fmt: skip
def test_the_high_commissioner_for_human_rights_is_one_addressee(language: str, text: str) -> None:
    (commitment,) = _build(text, language).commitments
    assert [a.name for a in commitment.addressees] == ["United Nations High Commissioner for Human Rights"]


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


@pytest.mark.parametrize("language", sorted(_DECISIONS))
def test_a_decision_told_in_the_past_is_the_body_s_and_so_is_each_request_in_it(language: str) -> None:
    text = f"A/DEC/78/540\n\n78/540. Title\n\n{_DECISIONS[language]}\n"
    decision, note, request = _build(text, language).commitments
    assert [c.action for c in (decision, note, request)] == ["decides", "takes-note", "requests"]
    assert {c.issuer.key for c in (decision, note, request) if c.issuer} == {"GA"}
    assert [a.name for a in request.addressees] == ["Secretary-General"]
    assert decision.deadline is None
    assert request.deadline is not None and request.deadline.session == 80


def test_a_range_of_meetings_names_each_with_its_own_ordinal_letters() -> None:
    text = (
        "Report of the Third Committee\n\n1. The Committee held a general discussion at its 20th to 23rd meetings, "
        "from 16 to 19 October 2023.\n"
    )
    names = [event.name for event in _build(text, "en").events]
    assert names == ["20th meeting", "21st meeting", "22nd meeting", "23rd meeting"]


def test_a_spanish_figure_after_menos_del_is_less_than_it() -> None:
    text = (
        "Informe del Secretario General\n\n1. La inversión en protección social representaba menos del 13 % del "
        "producto interno bruto en 2022.\n"
    )
    (statistic,) = _build(text, "es").statistics
    assert (statistic.value, statistic.unit, statistic.qualifier) == (13, "percent", "less-than")


def test_all_member_states_are_member_states_in_spanish() -> None:
    text = "El Consejo de Seguridad,\n\n1. Exhorta a todos los Estados Miembros a que apliquen la resolución;\n"
    (commitment,) = _build(text, "es").commitments
    assert [a.name for a in commitment.addressees] == ["Member States"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("人权理事会，\n\n1. 请联合国人权事务高级专员编写一份报告，提交人权理事会第五十八届会议；\n",
         ["United Nations High Commissioner for Human Rights"]),
        ("大会，\n\n1. 请联合国开发计划署、联合国儿童基金会和世界卫生组织提供援助；\n",
         ["United Nations Development Programme", "United Nations Children's Fund", "World Health Organization"]),
    ],
)  # fmt: skip
def test_a_chinese_comma_and_a_verb_end_the_addressees_a_list_mark_does_not(text: str, names: list[str]) -> None:
    (commitment,) = _build(text, "zh").commitments
    assert [a.name for a in commitment.addressees] == names


def test_a_partner_named_after_a_passive_recommendation_is_not_asked() -> None:
    text = (
        "Rapport du Secrétaire général\n\n1. Les États Membres sont encouragés à renforcer la coopération avec le "
        "Programme des Nations Unies pour les établissements humains.\n"
    )
    (commitment,) = _build(text, "fr").commitments
    assert [a.name for a in commitment.addressees] == ["Member States"]
