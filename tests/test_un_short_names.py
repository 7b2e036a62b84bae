"""Short names of bodies ("the Council", "Совету", "للمجلس", "理事会") stand for the body of that kind the
document is of or has named, as addressees and as the body of a session; and a verb hyphenated at a line end
still ends the addressees."""

from __future__ import annotations

import pytest
from helpers import build_un

# A report due "to the General Assembly and to the Council at its fifty-sixth session": the session is the
# Council's (the issuer's), not the Assembly's named just before; then the Council is asked to act.
_HRC = {
    "en": "The Human Rights Council,\n\n"
    "1. Requests the Secretary-General to submit a report to the General Assembly and to the Council at its"
    " fifty-sixth session;\n\n2. Invites the Council to consider the report;\n",
    "fr": "Le Conseil des droits de l'homme,\n\n"
    "1. Prie le Secrétaire général de présenter un rapport à l'Assemblée générale et au Conseil à sa"
    " cinquante-sixième session ;\n\n2. Invite le Conseil à examiner le rapport ;\n",
    "es": "El Consejo de Derechos Humanos,\n\n"
    "1. Solicita al Secretario General que presente un informe a la Asamblea General y al Consejo en su"
    " 56º período de sesiones;\n\n2. Invita al Consejo a examinar el informe;\n",
    "ru": "Совет по правам человека,\n\n"
    "1. просит Генерального секретаря представить доклад Генеральной Ассамблее и Совету на его"
    " пятьдесят шестой сессии;\n\n2. предлагает Совету рассмотреть доклад;\n",
    "ar": "إن مجلس حقوق الإنسان،\n\n"
    "1 - يطلب إلى الأمين العام أن يقدم تقريرا إلى الجمعية العامة وإلى المجلس في دورته السادسة والخمسين؛\n\n"
    "2 - يدعو المجلس إلى النظر في التقرير؛\n",
    "zh": "人权理事会，\n\n1．请秘书长向大会和理事会第五十六届会议提交报告；\n\n2．请理事会审议报告；\n",
}


@pytest.mark.parametrize("language", sorted(_HRC))
def test_the_council_of_a_council_s_resolution_is_that_council(language: str) -> None:
    report, invitation = build_un(_HRC[language], language).commitments
    assert report.deadline is not None and report.deadline.session == 56
    assert report.deadline.body is not None and report.deadline.body.key == "HRC"
    assert [a.key for a in report.addressees] == ["UN-SG"]
    assert [a.key for a in invitation.addressees] == ["HRC"]


def test_a_short_name_stands_for_the_body_of_its_kind_named_before() -> None:
    text = (
        "The General Assembly,\n\nTaking note of the report of the Economic and Social Council,\n\n"
        "1. Invites the Council to consider the report;\n\n"
        "2. Requests the Secretary-General to report to the Assembly at its eightieth session;\n"
    )
    _noting, invitation, request = build_un(text, "en").commitments
    assert [a.key for a in invitation.addressees] == ["ECOSOC"]
    assert request.deadline is not None and request.deadline.body is not None
    assert (request.deadline.session, request.deadline.body.key) == (80, "GA")


def test_a_word_for_council_never_stands_for_an_assembly() -> None:
    text = "The General Assembly,\n\n1. Invites the Council to consider the report;\n"
    (invitation,) = build_un(text, "en").commitments
    assert invitation.addressees == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        "1. Calls upon the Council of Europe to act;",  # the head of a name the resolver does not know
        "1. Invites the Security Council to act;",  # inside a known name
        "1. Invites the council of elders to act;",  # printed in lower case: no body's name
    ],
)
def test_no_short_name_where_a_longer_name_or_none_is_meant(paragraph: str) -> None:
    (commitment,) = build_un(f"The Human Rights Council,\n\n{paragraph}\n", "en").commitments
    assert "HRC" not in [a.key for a in commitment.addressees]


def test_the_committee_of_a_committee_and_a_commission_in_arabic() -> None:
    text = "إن لجنة وضع المرأة،\n\n1 - تطلب إلى الأمين العام أن يقدم تقريرا إلى اللجنة في دورتها السبعين؛\n"
    (request,) = build_un(text, "ar").commitments
    assert request.deadline is not None and request.deadline.body is not None
    assert (request.deadline.session, request.deadline.body.key) == (70, "CSW")


# An infinitive cut at a line end ends the addressees as a whole one does: the state after it is no addressee.
_HYPHENATED = {
    "ru": "Совет по правам человека,\n\n"
    "1. призывает все государства осуществи-\n   ть сотрудничество с Российской Федерацией;\n",
    "fr": "Le Conseil des droits de l'homme,\n\n1. Invite les États à coo-\n   pérer avec la Fédération de Russie ;\n",
}


@pytest.mark.parametrize("language", sorted(_HYPHENATED))
def test_a_verb_hyphenated_at_a_line_end_ends_the_addressees(language: str) -> None:
    (commitment,) = build_un(_HYPHENATED[language], language).commitments
    assert [a.key for a in commitment.addressees if a.key] == []
    assert [a.name for a in commitment.addressees] == ["States"]


# "the Office" after the Office a text has named in full is that Office; an Office named in full later is not it.
_OFFICE = {
    "en": "The General Assembly,\n\nTaking note of the report of the United Nations Office on Drugs and Crime,\n\n"
    "1. Requests the Office to continue its work on trafficking;\n\n"
    "2. Invites the Office for Outer Space Affairs to report;\n",
    "fr": "L’Assemblée générale,\n\nPrenant note du rapport de l’Office des Nations Unies contre la drogue et le crime,"
    "\n\n1. Prie l’Office de poursuivre ses travaux sur la traite ;\n",
    "es": "La Asamblea General,\n\nTomando nota del informe de la Oficina de las Naciones Unidas contra la Droga y el "
    "Delito,\n\n1. Solicita a la Oficina que prosiga su labor sobre la trata;\n",
}


@pytest.mark.parametrize("language", sorted(_OFFICE))
def test_the_office_stands_for_the_office_named_before(language: str) -> None:
    _noting, request, *rest = build_un(_OFFICE[language], language).commitments
    assert [a.key for a in request.addressees] == ["UNODC"]
    assert all("UNODC" not in [a.key for a in c.addressees] for c in rest)
