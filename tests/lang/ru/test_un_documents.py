"""Russian UN documents by kind: masthead, title, date, sponsors, signers, and how each kind speaks."""

from __future__ import annotations

from helpers import build_un


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
    extraction = build_un(text, "ru")
    assert (extraction.document.kind, extraction.document.date) == ("letter", "2024-03-01")
    assert [(p.person.text, p.post_name) for p in extraction.posts] == [("Василий Небензя", "Permanent Representative")]
    # the signer's lines name no State: he represents the one the letter is from
    assert [p.state.key if p.state else None for p in extraction.posts] == ["RUS"]
