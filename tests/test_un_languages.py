"""The UN builder on short resolutions composed in each of the six UN languages, in the style of real ones.

Each excerpt exercises the same paths: masthead (session, agenda item), the issuer line, a
preambular paragraph citing resolutions with dates, operative paragraphs with a second verb in a
clause of their own, an addressee, and a deadline at a session named by an ordinal in words.
"""

from __future__ import annotations

import pytest
from helpers import nonempty

from kg.builders.un import BUILDER
from kg.model import Document, Extraction

EXCERPTS = {
    "en": """General Assembly
Distr.: General
20 December 2018
Seventy-third session
Agenda item 14

The General Assembly,

Recalling its resolutions 71/1 of 19 September 2016 and 72/244 of 24 December 2017, and
Economic and Social Council resolution 2006/46 of 28 July 2006,

Noting with concern the persistent digital divides,

1. Welcomes the adoption of the Compact, and urges all Governments to implement it by 2030;

2. Requests the Secretary-General to submit to the General Assembly at its seventy-fourth session a report on the implementation of the present resolution;

3. Decides to include in the provisional agenda of its seventy-fourth session the item entitled "Migration".
""",
    "fr": """Assemblée générale
Distr. générale
Soixante-treizième session
Point 14 de l'ordre du jour

Résolution adoptée par l'Assemblée générale le 19 décembre 2018

L'Assemblée générale,

Rappelant ses résolutions 71/1 du 19 septembre 2016 et 72/244 du 24 décembre 2017,

Notant avec préoccupation la persistance de la fracture numérique,

1. Se félicite de l'adoption du Pacte, et engage les États Membres à l'appliquer d'ici à 2030 ;

2. Prie le Secrétaire général de lui présenter à sa soixante-quatorzième session un rapport sur l'application de la présente résolution ;

3. Décide d'inscrire à l'ordre du jour provisoire de sa soixante-quatorzième session la question intitulée « Migrations ».
""",
    "es": """Asamblea General
Distr. general
Septuagésimo tercer período de sesiones
Tema 14 del programa

La Asamblea General,

Recordando sus resoluciones 71/1, de 19 de septiembre de 2016, y 72/244, de 24 de diciembre de 2017,

Observando con preocupación la persistencia de la brecha digital,

1. Acoge con beneplácito la aprobación del Pacto, y exhorta a los Estados Miembros a que lo apliquen para 2030;

2. Solicita al Secretario General que le presente, en su septuagésimo cuarto período de sesiones, un informe sobre la aplicación de la presente resolución;

3. Decide incluir en el programa provisional de su septuagésimo cuarto período de sesiones el tema titulado "Migración".
""",
    "ru": """Генеральная Ассамблея
Семьдесят третья сессия
Пункт 14 повестки дня

Генеральная Ассамблея,

ссылаясь на свои резолюции 71/1 от 19 сентября 2016 года и 72/244 от 24 декабря 2017 года,

с обеспокоенностью отмечая сохраняющийся цифровой разрыв,

1. приветствует принятие Договора, и настоятельно призывает государства-члены осуществить его к 2030 году;

2. просит Генерального секретаря представить Генеральной Ассамблее на ее семьдесят четвертой сессии доклад об осуществлении настоящей резолюции;

3. постановляет включить в предварительную повестку дня ее семьдесят четвертой сессии пункт «Миграция».
""",
    "zh": """大会
第七十三届会议
议程项目14

大会，

回顾其2016年9月19日第71/1号决议，

关切地注意到数字鸿沟依然存在，

1. 欢迎通过《契约》，并促请会员国到2030年执行该契约；

2. 请秘书长在第七十四届会议上提交关于本决议执行情况的报告；

3. 决定将题为“移民”的项目列入第七十四届会议临时议程。
""",
    "ar": """الجمعية العامة
الدورة الثالثة والسبعون
البند ١٤ من جدول الأعمال

إن الجمعية العامة،

إذ تشير إلى قراريها ١/٧١ المؤرخ ١٩ أيلول/سبتمبر ٢٠١٦ و ٢٤٤/٧٢ المؤرخ ٢٤ كانون الأول/ديسمبر ٢٠١٧،

وإذ تلاحظ بقلق استمرار الفجوة الرقمية،

١ - **ترحب** باعتماد الاتفاق، وتحث الدول الأعضاء على تنفيذه بحلول عام ٢٠٣٠؛

٢ - **تطلب** إلى الأمين العام أن يقدم إليها في دورتها الرابعة والسبعين تقريرا عن تنفيذ هذا القرار؛

٣ - **تقرر** أن تدرج في جدول الأعمال المؤقت لدورتها الرابعة والسبعين البند المعنون "الهجرة".
""",
}

ISSUERS = {"en": "General Assembly", "fr": "Assemblée générale", "es": "Asamblea General",
           "ru": "Генеральная Ассамблея", "zh": "大会", "ar": "الجمعية العامة"}  # fmt: skip
LANGUAGES = sorted(EXCERPTS)


def build(language: str) -> Extraction:
    return BUILDER.build(Document(source=f"composed-{language}.txt", text=EXCERPTS[language], language=language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_masthead(language: str) -> None:
    facts = build(language).document
    assert facts.session == 73
    assert facts.agenda_items == (14,)


@pytest.mark.parametrize("language", LANGUAGES)
def test_score_is_high(language: str) -> None:
    assert BUILDER.score(Document(source="x", text=EXCERPTS[language], language=language)) >= 0.6


@pytest.mark.parametrize("language", LANGUAGES)
def test_sections_and_numbers(language: str) -> None:
    paragraphs = build(language).paragraphs
    assert [p.section for p in paragraphs] == ["preamble", "preamble", "operative", "operative", "operative"]
    assert [p.number for p in paragraphs if p.section == "operative"] == ["1", "2", "3"]
    assert paragraphs[0].leading_phrase and paragraphs[1].leading_phrase


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_commitment_per_verb(language: str) -> None:
    extraction = build(language)
    actions = [(c.paragraph.section, c.action) for c in extraction.commitments]
    assert actions[0] == ("preamble", "recalls")
    assert actions[1] == ("preamble", "notes-with-concern")
    operative = [(c.paragraph.number, c.force) for c in extraction.commitments if c.paragraph.section == "operative"]
    assert operative == [("1", "declaratory"), ("1", "exhortatory"), ("2", "directive"), ("3", "decision")]
    assert all(c.issuer is not None and c.issuer.text == ISSUERS[language] for c in extraction.commitments)


@pytest.mark.parametrize("language", LANGUAGES)
def test_addressees_and_deadlines(language: str) -> None:
    commitments = [c for c in build(language).commitments if c.paragraph.section == "operative"]
    urging, requesting = commitments[1], commitments[2]
    assert urging.addressees
    assert urging.deadline is not None and urging.deadline.year == 2030
    assert [a.name for a in requesting.addressees] == ["Secretary-General"]
    assert requesting.deadline is not None and requesting.deadline.session == 74


@pytest.mark.parametrize("language", LANGUAGES)
def test_cited_resolutions(language: str) -> None:
    citations = {c.mention.key: c.date for c in build(language).citations}
    assert citations["A/RES/71/1"] == "2016-09-19"  # in Chinese, the date comes before the number
    if language != "zh":
        assert citations["A/RES/72/244"] == "2017-12-24"


# A title quoted in the preamble holds a year after a deadline word, and a report is cited by its
# symbol after a resolution number: neither is a deadline, nor a resolution.
QUOTED_TITLES = {
    "en": 'Recalling its resolution 70/1, entitled "Transforming our world: the 2030 Agenda, to be '
    'achieved by 2030", and welcoming the report of the Secretary-General (A/74/288),',
    "ru": "ссылаясь на свою резолюцию 70/1, озаглавленную «Преобразование нашего мира: Повестка дня в "
    "области устойчивого развития на период до 2030 года», и приветствуя доклад Генерального секретаря "
    "(A/74/288),",
    "zh": "回顾其第70/1号决议，题为《变革我们的世界：到2030年实现可持续发展》，欢迎秘书长的报告（A/74/288），",
    "fr": "Rappelant sa résolution 70/1, intitulée « Transformer notre monde : le Programme de "
    "développement durable à l'horizon 2030, d'ici à 2030 », et accueillant le rapport du Secrétaire "
    "général (A/74/288),",
}


@pytest.mark.parametrize("language", sorted(QUOTED_TITLES))
def test_a_quoted_title_gives_no_deadline_and_a_report_symbol_no_resolution(language: str) -> None:
    head = {"en": "The General Assembly,", "ru": "Генеральная Ассамблея,", "zh": "大会，",
            "fr": "L'Assemblée générale,"}[language]  # fmt: skip
    text = f"{head}\n\n{QUOTED_TITLES[language]}\n"
    extraction = BUILDER.build(Document(source=f"quoted-{language}.txt", text=text, language=language))
    assert {c.mention.key for c in extraction.citations if "/" in (c.mention.key or "")} == {"A/RES/70/1", "A/74/288"}
    assert extraction.commitments and all(c.deadline is None for c in extraction.commitments)


def test_a_chinese_resolution_is_dated_by_the_line_before_its_meeting() -> None:
    text = (
        "联合国\nA/RES/74/150\n\n大会\n2020年1月20日\n\n第七十四届会议\n议程项目25\n\n"
        "74/150. 移民领域的国际合作\n\n大会，\n\n1. 请秘书长向大会第七十六届会议提交报告；\n\n"
        "2019年12月18日\n第50次全体会议\n"
    )
    extraction = BUILDER.build(Document(source="dated-zh.txt", text=text, language="zh"))
    assert extraction.document.kind == "resolution"
    assert extraction.document.date == "2019-12-18"  # not the distribution date of the masthead


def test_ecosoc_resolutions_are_numbered_by_year() -> None:
    citations = {c.mention.key: c.date for c in build("en").citations}
    assert citations["E/RES/2006/46"] == "2006-07-28"


@pytest.mark.parametrize("language", LANGUAGES)
def test_spans_quote_the_text(language: str) -> None:
    extraction = build(language)
    text = EXCERPTS[language]
    for commitment in nonempty(extraction.commitments):
        assert commitment.verb is not None and commitment.verb.start >= commitment.span.start
        for addressee in commitment.addressees:
            assert addressee.span.of(text) == addressee.text


def test_a_news_text_scores_low() -> None:
    news = "HÀ NỘI — Bộ Ngoại giao hôm nay công bố Hồ sơ Di cư Việt Nam 2023, theo phóng viên."
    assert BUILDER.score(Document(source="x", text=news, language="vi")) < 0.3


def test_a_meeting_named_with_or_without_its_particles_is_one_meeting() -> None:
    text = (
        "A/72/417\n\nالجمعية العامة\n\nتقرير اللجنة الثانية\n\n"
        "١ - في الجلسة ٢٧ المعقودة في ٣٠ تشرين الثاني/نوفمبر ٢٠١٧، أدلى ممثل المغرب ببيان.\n\n"
        "٢ - وفي الجلسة ٢٧، المعقودة في ٣٠ تشرين الثاني/نوفمبر ٢٠١٧، اعتمدت اللجنة مشروع القرار.\n"
    )
    extraction = BUILDER.build(Document(source="meetings-ar.txt", text=text, language="ar"))
    assert {(event.name, event.start) for event in extraction.events} == {("الجلسة ٢٧", "2017-11-30")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The Economic and Social Council,\n\nRecalling General Assembly resolutions 59/209 of 20 December 2004 "
            "and 73/133, its resolution 2019/12 and Human Rights Council resolution 41/2 of 11 July 2019,\n",
            {("A/RES/59/209", "2004-12-20"), ("A/RES/73/133", None), ("E/RES/2019/12", None),
             ("A/HRC/RES/41/2", "2019-07-11")},
        ),
        (
            "fr",
            "Le Conseil économique et social,\n\nRappelant la résolution 2019/12 du Conseil économique et social en "
            "date du 8 juin 2019 et la résolution 41/2 du Conseil des droits de l'homme, en date du 11 juillet 2019,\n",
            {("E/RES/2019/12", "2019-06-08"), ("A/HRC/RES/41/2", "2019-07-11")},
        ),
        (
            "ar",
            "إن الجمعية العامة،\n\nإذ تشير إلى قرار مجلس حقوق الإنسان ٢/٤١ المؤرخ ١١ تموز/يوليه ٢٠١٩، "
            "وإلى قراريها ١٨٣/٥٦ و ١٩٥/٧٣،\n",
            {("A/HRC/RES/41/2", "2019-07-11"), ("A/RES/56/183", None), ("A/RES/73/195", None)},
        ),
    ],
)  # fmt: skip
def test_a_resolution_belongs_to_the_body_named_with_it(language: str, text: str, expected: set) -> None:
    extraction = BUILDER.build(Document(source=f"bodies-{language}.txt", text=text, language=language))
    assert {(c.mention.key, c.date) for c in extraction.citations if "/RES/" in (c.mention.key or "")} == expected


@pytest.mark.parametrize(
    ("language", "verb", "action"),
    [
        ("fr", "Prie instamment", "urges"),
        ("fr", "Prie en outre", "requests"),
        ("en", "Notes with appreciation", "notes-with-appreciation"),
        ("en", "Also notes with appreciation", "notes-with-appreciation"),
        ("en", "Notes further", "notes"),
    ],
)
def test_a_verb_phrase_keeps_its_action_beside_the_verb_with_an_adverb(language: str, verb: str, action: str) -> None:
    issuer = {"fr": "L'Assemblée générale,", "en": "The General Assembly,"}[language]
    text = f"{issuer}\n\n1. {verb} the efforts of States to cooperate;\n"
    (commitment,) = BUILDER.build(Document(source="verbs.txt", text=text, language=language)).commitments
    assert commitment.action == action


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The General Assembly,\n\n1. Requests the Secretary-General to report no later than 31 December 2020;\n"),
        ("es", "La Asamblea General,\n\n1. Solicita al Secretario General que informe a más tardar el 31 de diciembre de 2020;\n"),
        ("fr", "L'Assemblée générale,\n\n1. Prie le Secrétaire général de faire rapport au plus tard le 31 décembre 2020 ;\n"),
        ("ru", "Генеральная Ассамблея,\n\n1. просит Генерального секретаря представить доклад не позднее 31 декабря 2020 года;\n"),
        ("ar", "إن الجمعية العامة،\n\n١ - تطلب إلى الأمين العام أن يقدم تقريرا بحلول ٣١ كانون الأول/ديسمبر ٢٠٢٠؛\n"),
        ("zh", "大会，\n\n1. 请秘书长在2020年12月31日之前提交报告；\n"),
    ],
)  # fmt: skip
def test_a_deadline_may_be_a_day(language: str, text: str) -> None:
    (commitment,) = BUILDER.build(Document(source="due.txt", text=text, language=language)).commitments
    assert commitment.deadline is not None and commitment.deadline.date == "2020-12-31"


def test_a_year_after_an_instrument_is_a_deadline_not_its_date() -> None:
    text = (
        "L'Assemblée générale,\n\n1. Engage les États à ratifier la Convention internationale sur la protection "
        "des droits de tous les travailleurs migrants et des membres de leur famille d'ici à 2030 ;\n"
    )
    extraction = BUILDER.build(Document(source="ratify-fr.txt", text=text, language="fr"))
    assert {(c.mention.key, c.date) for c in extraction.citations} == {("A/RES/45/158", None)}
    (commitment,) = extraction.commitments
    assert commitment.deadline is not None and commitment.deadline.year == 2030


def test_a_report_names_its_item_of_the_provisional_agenda() -> None:
    text = (
        "United Nations\nA/75/283\n\nGeneral Assembly\nDistr.: General\n5 August 2020\n\nSeventy-fifth session\n"
        "Item 22 (b) of the provisional agenda*\nGlobalization and interdependence\n\n"
        "International migration and development\n\nReport of the Secretary-General\n\n"
        "1. In 2020, an estimated 281 million persons were international migrants.\n"
    )
    facts = BUILDER.build(Document(source="report.txt", text=text, language="en")).document
    assert (facts.kind, facts.symbol, facts.session, facts.agenda_items) == ("report", "A/75/283", 75, (22,))
    assert facts.title is not None and facts.title.startswith("Globalization and interdependence")


def test_a_figure_with_a_scale_word_is_a_statistic_dated_by_its_sentence() -> None:
    text = (
        "Report of the Secretary-General\n\n1. There were 281 million migrants in 2020.\n\n"
        "2. In 2020, an estimated 281 million persons were international migrants.\n\n"
        "3. The Committee held 3 meetings.\n"
    )
    statistics = BUILDER.build(Document(source="figures.txt", text=text, language="en")).statistics
    assert [(s.value, s.period) for s in statistics] == [(281_000_000, "2020"), (281_000_000, "2020")]


def test_the_rapporteur_line_of_a_committee_report_is_no_part_of_its_title() -> None:
    text = (
        "United Nations\nA/74/400\n\nGeneral Assembly\nDistr.: General\n4 December 2019\n\nSeventy-fourth session\n"
        "Agenda item 26\nSocial development\nRapporteur: Mr. Carlos Amorín (Uruguay)\n\n"
        "Report of the Third Committee\n\n1. The Third Committee considered the item.\n"
    )
    extraction = BUILDER.build(Document(source="committee.txt", text=text, language="en"))
    assert extraction.document.title == "Social development"
    assert [(p.person.text, p.post) for p in extraction.posts] == [("Carlos Amorín", "Rapporteur")]


def test_the_session_is_the_masthead_line_not_a_session_named_in_the_title() -> None:
    text = (
        "United Nations\nE/RES/2020/5\n\nEconomic and Social Council\nDistr.: General\n20 July 2020\n\n2020 session\n"
        "Agenda item 18 (a)\n\nResolution adopted by the Economic and Social Council on 17 July 2020\n\n"
        "2020/5. Report of the Committee for Development Policy on its twenty-second session\n\n"
        "The Economic and Social Council,\n\n1. Takes note of the report of the Committee;\n"
    )
    facts = BUILDER.build(Document(source="ecosoc.txt", text=text, language="en")).document
    assert facts.session is None and facts.date == "2020-07-17"
    assert facts.title == "Report of the Committee for Development Policy on its twenty-second session"


@pytest.mark.parametrize(
    ("language", "text", "cycle"),
    [
        ("en", "The General Assembly,\n\n1. Requests the Secretary-General to report annually on the matter;\n", "P1Y"),
        ("fr", "L'Assemblée générale,\n\n1. Prie le Secrétaire général de lui faire rapport tous les deux ans ;\n", "P2Y"),
        ("es", "La Asamblea General,\n\n1. Solicita al Secretario General que le presente anualmente un informe;\n", "P1Y"),
        ("ru", "Генеральная Ассамблея,\n\n1. просит Генерального секретаря ежегодно представлять доклад;\n", "P1Y"),
        ("ar", "إن الجمعية العامة،\n\n١ - تطلب إلى الأمين العام أن يقدم إليها تقريرا سنويا؛\n", "P1Y"),
        ("zh", "大会，\n\n1. 请秘书长每两年提交一次报告；\n", "P2Y"),
    ],
)  # fmt: skip
def test_a_commitment_may_recur_on_a_cycle(language: str, text: str, cycle: str) -> None:
    (commitment,) = BUILDER.build(Document(source="cycle.txt", text=text, language=language)).commitments
    assert commitment.cycle == cycle


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Economic and Social Council,\n\n1. Takes note of the report of the Committee for Development "
               "Policy on its twenty-second session;\n"),
        ("es", "El Consejo Económico y Social,\n\n1. Toma nota del informe del Comité de Políticas de Desarrollo "
               "sobre su 22º período de sesiones;\n"),
        ("fr", "Le Conseil économique et social,\n\n1. Prend note du rapport du Comité des politiques de "
               "développement sur les travaux de sa vingt-deuxième session ;\n"),
        ("ar", "إن المجلس الاقتصادي والاجتماعي،\n\n١ - يحيط علما بتقرير لجنة السياسات الإنمائية عن أعمال دورتها "
               "الثانية والعشرين؛\n"),
    ],
)  # fmt: skip
def test_a_session_reported_on_is_no_deadline(language: str, text: str) -> None:
    (commitment,) = BUILDER.build(Document(source="topic.txt", text=text, language=language)).commitments
    assert commitment.deadline is None


@pytest.mark.parametrize(
    ("language", "text", "addressee"),
    [
        # the term holds " to ", which ends addressees elsewhere: the whole term is asked
        ("en", "The Security Council,\n\n1. Calls upon all parties to armed conflicts to engage in a pause;\n",
         "parties to armed conflict"),
        ("en", "The General Assembly,\n\n1. Calls upon States parties to the Convention to cooperate;\n", "States parties"),
        ("ar", "إن الجمعية العامة،\n\n١ - تهيب بجميع الدول أن تتعاون؛\n", "States"),
        ("fr", "L'Assemblée générale,\n\n1. Demande aux États de coopérer ;\n", "States"),
        ("es", "La Asamblea General,\n\n1. Insta a los Estados a que cooperen;\n", "States"),
        ("zh", "大会，\n\n1. 促请所有国家开展合作；\n", "States"),
    ],
)  # fmt: skip
def test_the_states_and_parties_asked_are_addressees(language: str, text: str, addressee: str) -> None:
    (commitment,) = BUILDER.build(Document(source="asked.txt", text=text, language=language)).commitments
    assert [a.name for a in commitment.addressees] == [addressee]


@pytest.mark.parametrize(
    ("language", "text", "meetings"),
    [
        ("en", "Report of the Second Committee\n\n1. The Committee considered the item at its 15th meeting, on "
               "13 October 2017, and at its 24th and 27th meetings, on 1 and 30 November 2017.\n",
         [("15th meeting", "2017-10-13"), ("24th meeting", "2017-11-01"), ("27th meeting", "2017-11-30")]),
        ("fr", "Rapport de la Deuxième Commission\n\n1. La Commission a examiné la question à sa 15e séance, "
               "le 13 octobre 2017.\n", [("15e séance", "2017-10-13")]),
        ("ru", "Доклад Второго комитета\n\n1. Комитет рассмотрел этот пункт на своем 15-м заседании 13 октября "
               "2017 года.\n", [("15-м заседание", "2017-10-13")]),
    ],
)  # fmt: skip
def test_meetings_named_by_number_are_events(language: str, text: str, meetings: list) -> None:
    events = BUILDER.build(Document(source="meetings.txt", text=text, language=language)).events
    assert [(event.name, event.start) for event in events] == meetings
    assert all(event.kind == "meeting" for event in events)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Report of the Secretary-General\n\n1. The Global Forum on Migration and Development met in Quito "
               "from 20 to 24 January 2020.\n"),
        ("fr", "Rapport du Secrétaire général\n\n1. Le Forum mondial sur la migration et le développement s'est réuni "
               "à Quito du 20 au 24 janvier 2020.\n"),
    ],
)  # fmt: skip
def test_a_forum_that_met_somewhere_is_an_event(language: str, text: str) -> None:
    (event,) = BUILDER.build(Document(source="met.txt", text=text, language=language)).events
    assert (event.start, event.end, event.place.text if event.place else None) == ("2020-01-20", "2020-01-24", "Quito")


def test_a_draft_is_titled_by_the_line_after_its_sponsors() -> None:
    text = (
        "Naciones Unidas\nA/C.3/74/L.20\n\nAsamblea General\nDistr. limitada\n1 de noviembre de 2019\n\n"
        "Septuagésimo cuarto período de sesiones\nTercera Comisión\nTema 26 del programa\nDesarrollo social\n"
        "Argentina, Chile, Colombia, México y Perú: proyecto de resolución\n"
        "Seguimiento del Año Internacional de las Personas de Edad\n\nLa Asamblea General,\n\n"
        "1. Alienta a los Estados Miembros a que cooperen;\n"
    )
    facts = BUILDER.build(Document(source="draft-es.txt", text=text, language="es")).document
    assert (facts.kind, facts.title) == (
        "draft-resolution",
        "Seguimiento del Año Internacional de las Personas de Edad",
    )


def test_a_russian_request_ends_its_addressees_at_the_infinitive() -> None:
    text = "Совет Безопасности,\n\n1. просит Генерального секретаря представлять Совету Безопасности информацию;\n"
    (commitment,) = BUILDER.build(Document(source="ru-request.txt", text=text, language="ru")).commitments
    assert [a.name for a in commitment.addressees] == ["Secretary-General"]


def test_roman_sub_items_belong_to_the_lettered_item_before_them() -> None:
    text = (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Welcomes the report;\n\n"
        "2. Calls upon Member States:\n\n(a) To strengthen cooperation;\n\n(b) To protect migrants, including by:\n\n"
        "(i) Ensuring access to services;\n\n(ii) Combating discrimination;\n\n(c) To report on progress;\n\n"
        "3. Requests:\n\n(g) one;\n\n(h) two;\n\n(i) three;\n"
    )
    numbers = [p.number for p in BUILDER.build(Document(source="items.txt", text=text, language="en")).paragraphs]
    assert numbers[1:] == ["1", "2", "2(a)", "2(b)", "2(b)(i)", "2(b)(ii)", "2(c)", "3", "3(g)", "3(h)", "3(i)"]


def test_a_chinese_figure_keeps_a_measure_of_its_own() -> None:
    text = "秘书长的报告\n\n1. 2020年全球国际移民人数达2.81亿，女性移民人数为1.35亿。\n"
    statistics = BUILDER.build(Document(source="zh-figures.txt", text=text, language="zh")).statistics
    assert [(s.value, s.measure) for s in statistics] == [
        (281_000_000, "2020年全球国际移民人数达"),
        (135_000_000, "女性移民人数为"),
    ]
