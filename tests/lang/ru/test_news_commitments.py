"""Russian news: commitments (pledges, calls, requests and tasks) with their issuers, addressees and deadlines."""

from __future__ import annotations

from helpers import build_news, resolved_key


def test_russian_government_named_with_its_state_is_the_subject_not_the_state() -> None:
    """ "Правительство России выделит": the issuer was the state "России", the body's genitive."""
    text = "Заголовок\n\nМОСКВА, 14 ноября. /ТАСС/. Правительство России выделит 12,5 млрд рублей на переселение.\n"
    (pledge,) = build_news(text, "ru").commitments
    assert pledge.action == "will" and pledge.issuer is not None
    assert pledge.issuer.text == "Правительство России" and resolved_key(pledge.issuer, "ru") == "RUS/government"
