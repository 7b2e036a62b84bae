"""Persons and their posts in news, per language: who holds which post, and only the name as the person.

Each excerpt is composed for the test. A person's mention must quote the text exactly and hold the
name alone: not the post's portfolio before it ("وزير | العمل"), nor the verb after it ("| إن").
"""

from __future__ import annotations

import pytest
from helpers import build_news


def _holdings(text: str, language: str) -> list[tuple[str, str | None]]:
    """(person, English post) of every holding, after checking that each person's span quotes only the name."""
    extraction = build_news(text, language)
    for holding in extraction.posts:
        person = holding.person
        assert text[person.span.start : person.span.end] == person.text
        assert person.text == person.text.strip() and person.text
    return [(h.person.text, h.post_name) for h in extraction.posts]


def _persons(text: str, language: str) -> list[str]:
    return [m.text for m in build_news(text, language).mentions if m.kind == "person"]


# --- a name after a post --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Arabic: no capitals; the name is two words (three before a clear end), after the portfolio
        ("ar", "وقال وزير الخارجية أيمن الصفدي إن الأردن يدعم الحل.", [("أيمن الصفدي", "Minister for Foreign Affairs")]),
        ("ar", "وأعلنت وزيرة الهجرة سها الجندي عن مبادرة جديدة للشباب.", [("سها الجندي", "Minister")]),
        ("ar", "وقال وزير العمل يوسف الشمالي إن الوزارة تعمل على خطة.", [("يوسف الشمالي", "Minister")]),
        ("ar", "عقد الاجتماع برئاسة رئيس الوزراء بشر الخصاونة في عمّان.", [("بشر الخصاونة", "Prime Minister")]),
        (
            "ar",
            "وأكد رئيس مجلس الوزراء الدكتور مصطفى مدبولي أن الحكومة ماضية في خطتها.",
            [("مصطفى مدبولي", "Prime Minister")],
        ),
        (
            "ar",
            "وقال نائب رئيس الوزراء ووزير الخارجية وشؤون المغتربين أيمن الصفدي إن المملكة ترحب بالقرار.",
            [("أيمن الصفدي", "Deputy Prime Minister"), ("أيمن الصفدي", "Minister for Foreign Affairs")],
        ),
        (
            "ar",
            "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش عبر منصة إكس إن الوضع خطير.",
            [("أنطونيو غوتيريش", "Secretary-General")],
        ),
        (
            "ar",
            "وقال ممثل المفوضية في الأردن دومينيك بارتش إن التمويل تراجع هذا العام.",
            [("دومينيك بارتش", "Representative")],
        ),
        (
            "ar",
            "وأصدر الرئيس عبد الفتاح السيسي القرار الجمهوري بتشكيل اللجنة.",
            [("عبد الفتاح السيسي", "President")],
        ),
        ("ar", "وأكد وزير الخارجية أيمن الصفدي ذلك خلال لقائه نظيره.", [("أيمن الصفدي", "Minister for Foreign Affairs")]),
        # Vietnamese: an organisation, a state or a place between the post and the name
        ("vi", "Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Pháp.", [("Bùi Thanh Sơn", "Minister for Foreign Affairs")]),
        ("vi", "Bộ trưởng Tài chính Hồ Đức Phớc cho biết ngân sách đã được phân bổ.", [("Hồ Đức Phớc", "Minister")]),
        (
            "vi",
            "Trưởng đại diện IOM tại Việt Nam Park Mi-hyung phát biểu tại hội thảo.",
            [("Park Mi-hyung", "Chief of Mission")],
        ),
        ("vi", "Đại sứ Nhật Bản tại Việt Nam Ito Naoki cho biết hai bên sẽ hợp tác.", [("Ito Naoki", "Ambassador")]),
        # French and Spanish write posts in lower case, often with the name in apposition
        ("fr", "Le Premier ministre Gabriel Attal a signé le décret mardi.", [("Gabriel Attal", "Prime Minister")]),
        (
            "fr",
            "Le président Emmanuel Macron a reçu le ministre des Affaires étrangères, Stéphane Séjourné, à Paris.",
            [("Emmanuel Macron", "President"), ("Stéphane Séjourné", "Minister")],
        ),
        (
            "es",
            "La ministra de Trabajo, Yolanda Díaz, y el presidente del Gobierno, Pedro Sánchez, firmaron el acuerdo.",
            [("Yolanda Díaz", "Minister"), ("Pedro Sánchez", "Prime Minister")],
        ),
        (
            "ru",
            "Министр иностранных дел России Сергей Лавров заявил, что переговоры продолжатся.",
            [("Сергей Лавров", "Minister for Foreign Affairs")],
        ),
        ("ru", "Об этом сообщил министр финансов Антон Силуанов на брифинге.", [("Антон Силуанов", "Minister")]),
        # Chinese: no spaces; a family name and one or two characters, up to a verb
        ("zh", "外交部长王毅表示，中方愿意同各方加强合作。", [("王毅", "Minister for Foreign Affairs")]),
        ("zh", "国务院总理李强签署国务院令。", [("李强", "Premier")]),
        # English: initials and a suffix belong to the name
        ("en", "President Ferdinand R. Marcos Jr. signed the executive order.", [("Ferdinand R. Marcos Jr.", "President")]),
        ("en", "Foreign Minister Penny Wong said the aid would continue.", [("Penny Wong", "Minister for Foreign Affairs")]),
        ("en", "The Minister of Health Mark Butler announced the plan.", [("Mark Butler", "Minister")]),
    ],
)  # fmt: skip
def test_a_person_after_a_post(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _holdings(text, language) == expected


def test_the_organisation_or_state_a_post_belongs_to() -> None:
    (bank,) = build_news("والتقى رئيس البنك الدولي أجاي بانغا بالوزير في واشنطن.", "ar").posts
    assert (bank.person.text, bank.post_name, bank.organization.text) == ("أجاي بانغا", "President", "البنك الدولي")
    (lavrov,) = build_news("Министр иностранных дел России Сергей Лавров заявил об этом.", "ru").posts
    assert lavrov.state is not None and lavrov.state.text == "России"
    (ambassador,) = build_news("Đại sứ Nhật Bản tại Việt Nam Ito Naoki cho biết.", "vi").posts
    assert ambassador.state is not None and ambassador.state.text == "Nhật Bản"  # the state served, not the host
    (chief,) = build_news("Trưởng đại diện IOM tại Việt Nam Park Mi-hyung phát biểu.", "vi").posts
    assert chief.organization is not None and chief.organization.text == "IOM" and chief.state is None


def test_an_honorific_name_with_a_post_in_apposition() -> None:
    extraction = build_news("وقالت السفيرة نائلة جبر، رئيسة اللجنة، إن العمل مستمر.", "ar")
    assert [m.text for m in extraction.mentions if m.kind == "person"] == ["نائلة جبر"]
    assert [(h.person.text, h.post) for h in extraction.posts] == [("نائلة جبر", "رئيسة")]
    (holding,) = build_news("Ông Nguyễn Văn Long, Cục trưởng Cục Cảnh sát hình sự, cho biết.", "vi").posts
    assert (holding.person.text, holding.post_name) == ("Nguyễn Văn Long", "Director General")


# --- no person invented ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "المدير العام للمنظمة الدولية للهجرة دعم اللاجئين"),  # a headline: a verb, not a name
        ("ar", "وأكد وزير الخارجية أن المملكة ترحب بالقرار."),
        ("ar", "وقال رئيس الوزراء إن الحكومة ملتزمة."),
        ("ar", "وشارك في الاجتماع وزير الداخلية ووزير العدل."),  # a second post, with "و" written on it
        ("vi", "Hà Nội - Đoàn công tác làm việc tại tỉnh Bà Rịa hôm qua."),  # a province
        ("vi", "Bộ trưởng Ngoại giao đã tiếp đoàn đại biểu."),
        ("fr", "Le ministre a déclaré que le texte serait examiné."),
        ("es", "El presidente del Gobierno anunció nuevas medidas."),
        ("en", "The committee will chair Monday meetings in turn."),  # a verb in lower case, one capital word
        ("zh", "外交部长表示，中方愿意合作。"),
    ],
)  # fmt: skip
def test_no_person_from_ordinary_words(language: str, text: str) -> None:
    assert _persons(text, language) == []


def test_a_princes_title_before_his_name_is_no_post() -> None:
    # "الأمير" with the article before a name is a title (Prince); "أمير دولة قطر" is the post of Emir.
    extraction = build_news("شارك صاحب السمو الأمير فيصل بن فرحان بن عبدالله في الاجتماع.", "ar")
    assert [m.text for m in extraction.mentions if m.kind == "person"] == ["فيصل بن فرحان بن عبدالله"]
    assert [h.post_name for h in extraction.posts] == []
    (emir,) = build_news("وقال أمير دولة قطر الشيخ تميم بن حمد آل ثاني إن بلاده ملتزمة.", "ar").posts
    assert emir.post_name == "Emir"


@pytest.mark.parametrize(
    ("language", "text", "post"),
    [
        (
            "ru",
            "Въезд закрывается для следующих лиц:\nИван Петров – президент Канадско-литовской торговой палаты, член "
            "Совета директоров Всемирного конгресса литовцев;\n",
            "президент Канадско-литовской торговой палаты",
        ),
        (
            "ru",
            "Въезд закрывается для следующих лиц:\nИван Петров – президент, генеральный директор и совладелец "
            "компании Atlantic Yards Inc.;\n",
            "президент, генеральный директор и совладелец компании Atlantic Yards Inc.",
        ),
        (
            "en",
            "The following persons are listed:\nJohn Smith, director of the Northern Research Institute, former "
            "adviser to the minister;\n",
            "director of the Northern Research Institute",
        ),
    ],
)
def test_a_listed_person_holds_the_first_post_of_a_description_that_lists_several(
    language: str, text: str, post: str
) -> None:
    """Before, the post ran on over every post of the description, so no gold post matched it."""
    (holding,) = build_news(text, language).posts
    assert holding.post == post


def test_a_description_that_opens_with_a_capital_keeps_its_commas() -> None:
    """English capitalises posts: "Co-founder and CEO" is no body's name that ends the post."""
    text = "The following persons are listed:\nJohn Smith, Co-founder and CEO, Northern Research Institute;\n"
    (holding,) = build_news(text, "en").posts
    assert holding.post == "Co-founder and CEO, Northern Research Institute"
