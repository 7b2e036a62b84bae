"""Reports of the Human Rights Council, ECOSOC, committees and the Secretary-General, in the six UN languages:
votes are no statistics, a report's passive recommendations are its author's, numbered meetings, reporting
cycles, the session a deadline belongs to, and a symbol's letters are no mention."""

from __future__ import annotations

import pytest
from helpers import build_un

_TITLES = {
    "en": "Report of the Secretary-General",
    "es": "Informe del Secretario General",
    "fr": "Rapport du Secrétaire général",
    "ru": "Доклад Генерального секретаря",
    "ar": "تقرير الأمين العام",
    "zh": "秘书长的报告",
}


def _report(language: str, *paragraphs: str) -> str:
    mark = "．" if language == "zh" else (" - " if language == "ar" else ". ")
    body = "\n\n".join(f"{n}{mark}{p}" for n, p in enumerate(paragraphs, start=1))
    return f"United Nations                    A/78/250\nDistr.: General\n\n{_TITLES[language]}\n\n{body}\n"


_VOTES = {
    "en": "Draft resolution A/HRC/50/L.12 was adopted by a recorded vote of 124 to 49, with 1 abstention.",
    "es": "El Consejo aprobó el proyecto de resolución A/HRC/50/L.12 por 124 votos contra 49 y 1 abstención.",
    "fr": "Le projet de résolution A/HRC/50/L.12 a été adopté par 124 voix contre 49, avec 1 abstention.",
    "ru": "Проект резолюции A/HRC/50/L.12 был принят 124 голосами против 49 при 1 воздержавшемся.",
    "ar": "واعتمد مشروع القرار A/HRC/50/L.12 بتصويت مسجل بأغلبية 124 صوتا مقابل 49 وامتناع 1 عن التصويت.",
    "zh": "决议草案A/HRC/50/L.12以124票对49票、1票弃权通过。",
}


@pytest.mark.parametrize("language", sorted(_VOTES))
def test_a_vote_and_a_symbol_give_no_statistics(language: str) -> None:
    assert build_un(_report(language, _VOTES[language]), language).statistics == []


def test_a_figure_beside_a_vote_is_still_a_statistic() -> None:
    text = _report("en", "The resolution was adopted by 24 votes to 19. Some 281 million people were migrants.")
    assert [str(s.value) for s in build_un(text, "en").statistics] == ["281000000"]


_PASSIVES = {
    "en": "Member States are encouraged to submit a quadrennial report on the implementation of the Convention.",
    "es": "Se alienta a los Estados Miembros a que presenten un informe cuatrienal sobre la aplicación.",
    "fr": "Les États Membres sont encouragés à présenter un rapport quadriennal sur l'application.",
    "ru": "Государствам-членам рекомендуется представлять четырехгодичный доклад об осуществлении Конвенции.",
    "ar": "تُشجَّع الدول الأعضاء على تقديم تقرير كل أربع سنوات عن تنفيذ الاتفاقية.",
    "zh": "鼓励会员国提交关于执行《公约》的四年期报告。",
}


@pytest.mark.parametrize("language", sorted(_PASSIVES))
def test_a_passive_recommendation_is_the_author_s_with_its_cycle(language: str) -> None:
    (commitment,) = build_un(_report(language, _PASSIVES[language]), language).commitments
    assert commitment.issuer is not None and commitment.issuer.key == "UN-SG"
    assert commitment.action in ("encourages", "recommends")
    assert [a.name for a in commitment.addressees] == ["Member States"]
    assert commitment.cycle == "P4Y"


def test_a_named_speaker_s_recommendation_is_not_counted_twice() -> None:
    text = _report("en", "The Secretary-General recommends that Member States be invited to report annually.")
    (commitment,) = build_un(text, "en").commitments
    assert commitment.action == "recommends"


def test_a_passive_in_a_report_without_an_author_gives_nothing() -> None:
    text = "Distr.: General\n\nNote\n\n1. Member States are encouraged to act.\n"
    assert build_un(text, "en").commitments == []


@pytest.mark.parametrize(
    ("language", "phrase", "cycle"),
    [
        ("en", "to submit biennial reports", "P2Y"),
        ("en", "to report on a triennial basis", "P3Y"),
        ("es", "a que presenten informes trienales", "P3Y"),
        ("fr", "à présenter des rapports biennaux", "P2Y"),
        ("ru", "представлять трехгодичные доклады", "P3Y"),
        ("zh", "提交两年期报告", "P2Y"),
    ],
)
def test_reporting_cycles(language: str, phrase: str, cycle: str) -> None:
    heads = {"en": "States parties are invited ", "es": "Se invita a los Estados partes ",
             "fr": "Les États parties sont invités ", "ru": "Государствам-участникам предлагается ",
             "zh": "鼓励缔约国"}  # fmt: skip
    (commitment,) = build_un(_report(language, heads[language] + phrase + "."), language).commitments
    assert commitment.cycle == cycle


def test_a_named_review_is_no_cycle() -> None:
    text = _report("en", "Member States are encouraged to act on the quadrennial comprehensive policy review.")
    (commitment,) = build_un(text, "en").commitments
    assert commitment.cycle is None


_MEETINGS = {
    "es": ("La Comisión, en sus sesiones 20ª y 28ª, celebradas el 5 y el 12 de octubre de 2022, examinó el tema.",
           [("20ª sesión", "2022-10-05"), ("28ª sesión", "2022-10-12")]),
    "fr": ("La Commission, à ses 20e et 28e séances, les 5 et 12 octobre 2022, a examiné la question.",
           [("20e séance", "2022-10-05"), ("28e séance", "2022-10-12")]),
    "ru": ("Комитет на своих 20-м и 28-м заседаниях 5 и 12 октября 2022 года рассмотрел этот пункт.",
           [("20-м заседание", "2022-10-05"), ("28-м заседание", "2022-10-12")]),
    "ar": ("نظرت اللجنة في البند في جلستيها 20 و 28 المعقودتين في 5 و 12 تشرين الأول/أكتوبر 2022.",
           [("الجلسة 20", "2022-10-05"), ("الجلسة 28", "2022-10-12")]),
    "zh": ("委员会在2022年11月9日第45次会议上审议了该项目。", [("第45次会议", "2022-11-09")]),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(_MEETINGS))
def test_committee_meetings_by_number(language: str) -> None:
    paragraph, expected = _MEETINGS[language]
    events = build_un(_report(language, paragraph), language).events
    assert [(e.name, e.start) for e in events] == expected


def test_a_range_of_meetings_names_each_of_them() -> None:
    text = _report("zh", "第三委员会在2023年11月1日至3日第22至第24次会议上审议了该项目。")
    events = build_un(text, "zh").events
    assert [(e.name, e.start, e.end) for e in events] == [
        (f"第{n}次会议", "2023-11-01", "2023-11-03") for n in (22, 23, 24)
    ]


def test_of_two_deadlines_the_first_keeps_its_own_body() -> None:
    # Commitment.deadline holds one deadline: the first, with the body of that session.
    text = (
        "Nations Unies                    A/HRC/RES/53/7\n\nRésolution adoptée par le Conseil des droits de l'homme\n\n"
        "Le Conseil des droits de l'homme,\n\n1. Prie le Haut-Commissariat de lui présenter un rapport à sa "
        "56e session et à l'Assemblée générale à sa soixante-dix-neuvième session ;\n"
    )
    (commitment,) = build_un(text, "fr").commitments
    deadline = commitment.deadline
    assert deadline is not None and deadline.session == 56
    assert deadline.body is not None and deadline.body.key == "HRC"


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        (
            "ru",
            "Генеральный секретарь рекомендует Генеральной Ассамблее просить Верховного комиссара представлять "
            "доклад Совету по правам человека на его 56-й сессии и Генеральной Ассамблее на ее семьдесят девятой "
            "сессии.",
        ),
        (
            "ar",
            "يوصي الأمين العام بأن تطلب الجمعية العامة إلى المفوضة السامية تقديم تقرير إلى مجلس حقوق الإنسان في "
            "دورته السادسة والخمسين وإلى الجمعية العامة في دورتها التاسعة والسبعين.",
        ),
    ],
)
def test_the_first_session_named_is_the_deadline_with_its_body(language: str, paragraph: str) -> None:
    (commitment,) = build_un(_report(language, paragraph), language).commitments
    deadline = commitment.deadline
    assert deadline is not None and deadline.session == 56
    assert deadline.body is not None and deadline.body.key == "HRC"


def test_a_symbol_s_letters_are_no_mention() -> None:
    text = _report("en", "The Human Rights Council considered the report (A/HRC/50/32).")
    mentions = [(m.text, m.key) for m in build_un(text, "en").mentions]
    assert ("Human Rights Council", "HRC") in mentions
    assert not any(text == "HRC" for text, _ in mentions)
