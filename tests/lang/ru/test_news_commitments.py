"""Russian news: commitments (pledges, calls, requests and tasks) with their issuers, addressees and deadlines."""

from __future__ import annotations

from helpers import build_news, commitments_by_verb, resolved_key

from kg.model import Commitment


def test_russian_government_named_with_its_state_is_the_subject_not_the_state() -> None:
    """ "Правительство России выделит": the issuer was the state "России", the body's genitive."""
    text = "Заголовок\n\nМОСКВА, 14 ноября. /ТАСС/. Правительство России выделит 12,5 млрд рублей на переселение.\n"
    (pledge,) = build_news(text, "ru").commitments
    assert pledge.action == "will" and pledge.issuer is not None
    assert pledge.issuer.text == "Правительство России" and resolved_key(pledge.issuer, "ru") == "RUS/government"


def _addressees(commitment: Commitment) -> list[str]:
    return [a.text for a in commitment.addressees]


_RU = (
    "Заголовок\n\nМОСКВА, 5 ноября. /ТАСС/. Министерству труда и социальной защиты поручено до 1 марта 2025 года "
    "подготовить проект закона. Правительство поручило Минтруду разработать программу. МВД обеспечит контроль "
    "за исполнением. Минфин России совместно с Министерством экономического развития внесет предложения.\n"
)


def test_russian_ministry_in_the_dative_before_poručeno_with_deadline() -> None:
    """Russian ministries were no organisations: their names are lower case and inflected after the head."""
    commitment = commitments_by_verb(build_news(_RU, "ru"), _RU)["поручено"]
    # labelled by the base form of the name, quoted as written
    assert _addressees(commitment) == ["Министерство труда и социальной защиты"]
    assert commitment.addressees[0].written == "Министерству труда и социальной защиты"
    assert commitment.deadline is not None and commitment.deadline.date == "2025-03-01"


def test_russian_government_tasks_a_ministry_by_its_short_name() -> None:
    commitment = commitments_by_verb(build_news(_RU, "ru"), _RU)["поручило"]
    assert commitment.issuer is not None and commitment.issuer.text == "Правительство"
    assert _addressees(commitment) == ["Минтруд"]
    assert commitment.addressees[0].name == "Ministry of Labour and Social Protection"


def test_russian_future_tense_is_the_subjects_pledge_not_its_partners() -> None:
    commitments = commitments_by_verb(build_news(_RU, "ru"), _RU)
    assert commitments["обеспечит"].action == "will"
    assert commitments["обеспечит"].issuer is not None and commitments["обеспечит"].issuer.text == "МВД"
    assert commitments["внесет"].issuer is not None and commitments["внесет"].issuer.text == "Минфин России"


_SANCTIONS = (
    "https://example.org/statement/\n\n## Russian\n\n03.04.2024 12:00\nЗаявление МИД России о санкциях\n\n{body}\n"
)


def test_a_sanctions_statement_adds_persons_to_its_list_and_reserves_further_steps() -> None:
    """ "вносит в «стоп-лист»" (a decision of the author) and "оставляем за собой право" (a pledge) were no
    commitments; the statement's description of the list is none either."""
    body = (
        "В ответ на решение официальной Канберры Российская Федерация вносит в национальный «стоп-лист» "
        "12 человек.\n\nНиже следует поименный перечень.\n\nОставляем за собой право на дальнейшие контрмеры."
    )
    found = {(c.action, c.force) for c in build_news(_SANCTIONS.format(body=body), "ru").commitments}
    assert found == {("decides", "decision"), ("will", "declaratory")}


def test_a_statement_that_russia_will_go_on_is_a_pledge() -> None:
    body = "Россия будет продолжать принимать меры по защите своих интересов."
    (pledge,) = build_news(_SANCTIONS.format(body=body), "ru").commitments
    assert (pledge.action, pledge.force) == ("will", "declaratory")
