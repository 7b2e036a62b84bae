"""Readouts of meetings and calls, and signings of named instruments, in English, Russian and Chinese.

A readout names its participants, then tells what they did together under a collective subject ("The leaders
reaffirmed ...", "Стороны обсудили ...", "双方同意 ..."): before, those sentences gave no commitment. A named
instrument signed ("signed the ... Agreement", "签署了《…协定》", "подписали Соглашение ...") gave no event.
Each excerpt is composed for the test.
"""

from __future__ import annotations

from helpers import build_news

_EN_READOUT = (
    "WASHINGTON, March 12, 2024 - President Ana Lopez welcomed Prime Minister Jan Novak of Czechia to the White "
    "House today. The leaders reaffirmed their support for Ukraine. Both leaders agreed that energy security is "
    "critical. The two leaders also discussed trade."
)
_RU_READOUT = (
    "Москва, 12 марта 2024 года - Министр иностранных дел России Иван Петров провел переговоры с Министром "
    "иностранных дел Сербии Марко Йовичем. Стороны обсудили ход выполнения договоренностей. Собеседники также "
    "подтвердили взаимную заинтересованность в расширении торговли."
)
_ZH_READOUT = (
    "新华社北京3月12日电 3月12日，中国外交部长王明在北京同法国外长让·杜邦举行会谈。"
    "双方同意加强在气候变化领域的合作。两国外长重申支持多边主义。"
)


def _readout_stances(text: str, language: str) -> list[tuple[str, str, str]]:
    extraction = build_news(text, language)
    return [(c.action, c.force, c.issuer.text if c.issuer else "") for c in extraction.commitments]


def test_an_english_readout_gives_the_leaders_stances_to_the_host() -> None:
    assert _readout_stances(_EN_READOUT, "en") == [
        ("reaffirms", "declaratory", "Ana Lopez"),
        ("affirms", "declaratory", "Ana Lopez"),
        ("considers", "declaratory", "Ana Lopez"),
    ]


def test_a_russian_readout_gives_the_sides_stances_to_the_host() -> None:
    assert _readout_stances(_RU_READOUT, "ru") == [
        ("considers", "declaratory", "Иван Петров"),
        ("reaffirms", "declaratory", "Иван Петров"),
    ]


def test_a_chinese_readout_gives_both_sides_stances_to_the_host() -> None:
    assert [(action, issuer) for action, _, issuer in _readout_stances(_ZH_READOUT, "zh")] == [
        ("commits", "王明"),
        ("reaffirms", "王明"),
    ]


def test_a_collective_subject_with_no_participant_named_is_no_commitment() -> None:
    """ "The leaders" of a text that names no one stand for no one the text could give the stance to."""
    text = "Editorial - The leaders reaffirmed old promises. Стороны обсудили."
    assert build_news(text, "en").commitments == []
    assert build_news("社论 双方同意继续谈判。", "zh").commitments == []


def _signings(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    events = build_news(text, language).events
    return [
        (e.name, e.start, e.place.text if e.place else None)
        for e in events
        if e.name.startswith(("sign", "签署", "подписание"))
    ]


def test_an_english_signing_of_a_named_agreement_is_an_event_on_its_day() -> None:
    text = (
        "GENEVA, June 14, 2024 - On June 13, 2024, the Presidents of Ruritania and Freedonia signed the "
        "Ruritania-Freedonia Border Cooperation Agreement in Geneva."
    )
    assert _signings(text, "en") == [
        ("signing of the Ruritania-Freedonia Border Cooperation Agreement", "2024-06-13", "Geneva")
    ]


def test_a_chinese_signing_of_a_titled_agreement_is_an_event() -> None:
    text = "新华社北京2024年3月5日电 2024年3月5日，甲国外长与乙国外长在北京共同签署了《甲乙两国边境合作协定》。"
    assert _signings(text, "zh") == [("签署《甲乙两国边境合作协定》", "2024-03-05", "北京")]


def test_a_russian_signing_of_a_named_agreement_is_an_event() -> None:
    text = (
        "Москва, 5 марта 2024 года - Министры России и Сербии подписали Соглашение между Правительством "
        "Российской Федерации и Правительством Республики Сербия о сотрудничестве в области образования."
    )
    assert [(name.split()[:3], start) for name, start, _ in _signings(text, "ru")] == [
        (["подписание", "Соглашение", "между"], "2024-03-05")
    ]


def test_a_signing_of_an_instrument_numbered_before_its_name_is_an_event() -> None:
    """ "signing of H.R. 77, the ... Act": the bill's number and a comma before the name ended the object of
    the verb, so no signing was found; the name in apposition to the number is what was signed."""
    english = "WASHINGTON, May 2, 2024 - Following the President's signing of H.R. 77, the Clean Rivers Act, into law."
    assert [name for name, _, _ in _signings(english, "en")] == ["signing of the Clean Rivers Act"]
    chinese = "新华社华盛顿5月2日电 美国总统签署了第77号法案，《清洁河流法》，使其成为法律。"
    assert [name for name, _, _ in _signings(chinese, "zh")] == ["签署《清洁河流法》"]


def test_a_clause_before_a_name_still_ends_what_was_signed() -> None:
    """A comma after words holding no number still ends the verb's object: the name after it was not signed."""
    text = "WASHINGTON, May 2, 2024 - The President signed the bill, and the Safe Roads Act awaits a vote."
    assert _signings(text, "en") == []


def test_an_instrument_described_as_signed_or_left_unnamed_is_no_signing() -> None:
    """ "a newly-signed Memorandum ... will formalize" tells of no signing; in "签署了一项协议，…计划" what is
    signed has no name, and the named plan after the comma was not signed."""
    english = (
        "HANOI, September 10, 2023 - A newly-signed Memorandum of Cooperation on Chip Supply Chains will formalize "
        "the partnership."
    )
    assert _signings(english, "en") == []
    chinese = "新华社堪培拉3月28日电 澳大利亚已经与越南签署了一项协议，这是在其新的农业签证计划下达成的第一个协议。"
    assert _signings(chinese, "zh") == []


def _meetings(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.start) for e in build_news(text, language).events if e.kind == "meeting"]


def test_a_readout_s_meeting_of_two_persons_is_an_event_in_three_languages() -> None:
    """Before: "President A welcomed Prime Minister B", "A провел переговоры с B", "A同B举行会谈" named no event."""
    assert _meetings(_EN_READOUT, "en") == [("Ana Lopez welcomed Prime Minister Jan Novak", "2024-03-12")]
    assert [start for _, start in _meetings(_RU_READOUT, "ru")] == ["2024-03-12"]
    assert [name for name, _ in _meetings(_ZH_READOUT, "zh")] == ["王明在北京同法国外长让·杜邦举行会谈"]


def test_a_country_welcoming_refugees_is_no_meeting() -> None:
    text = "WASHINGTON, June 20, 2024 - The United States has welcomed more than 100,000 refugees this year."
    assert _meetings(text, "en") == []


def test_an_instrument_told_as_signed_after_its_name_is_a_signing() -> None:
    """ "The ... Act was signed into law", "Соглашение «...» было подписано": a signing told the other way
    round, the instrument first and a passive verb after it, gave no event."""
    english = "WASHINGTON, March 5, 2024 - The Clean Rivers Act was signed into law by the President today."
    assert [name for name, _, _ in _signings(english, "en")] == ["signing of the Clean Rivers Act"]
    russian = "Москва, 5 марта 2024 года - Соглашение «О сотрудничестве в области образования» было подписано в Москве."
    assert _signings(russian, "ru") == [
        ("подписание Соглашение «О сотрудничестве в области образования»", "2024-03-05", "Москве")
    ]


def test_an_instrument_passive_verb_not_right_after_it_is_no_signing() -> None:
    """The passive verb must follow the instrument's name: "the ... Act was debated, and a new bill was signed"
    and "the ... Act, which was signed in 2020, expires" tell of no signing of the Act on the text's day."""
    for text in (
        "WASHINGTON, March 5, 2024 - The Clean Rivers Act was debated, and a new bill was signed.",
        "WASHINGTON, March 5, 2024 - The Clean Rivers Act, which was signed in 2020, expires.",
    ):
        assert _signings(text, "en") == []


def test_a_russian_decree_titled_in_quotes_is_signed() -> None:
    """ "подписал указ «О ...»": a decree was no instrument head, so its signing gave no event."""
    text = "Москва, 5 марта 2024 года - Президент России подписал указ «О мерах по защите экономики»."
    assert [name for name, _, _ in _signings(text, "ru")] == ["подписание указ «О мерах по защите экономики»"]
