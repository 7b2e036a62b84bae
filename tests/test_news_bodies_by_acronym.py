"""Organisations the gazetteers do not know, found by structure in news: a name an acronym defines, a
head word of a body, a Chinese name's tail; later mentions of the acronym name the same body.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest

from kg import resolve
from kg.builders.news import BUILDER
from kg.model import Document, Extraction, Mention
from kg.readers.segment import segment


def _build(text: str, language: str) -> Extraction:
    return BUILDER.build(Document(source="test", text=text, language=language, segments=segment(text, language)))


def _bodies(text: str, language: str) -> list[Mention]:
    kinds = ("organization", "government-agency", "intergovernmental-organization", "un-body")
    return [m for m in _build(text, language).mentions if m.kind in kinds]


def _key(mention: Mention, language: str) -> str:
    return resolve.resolve(mention, language).key


@pytest.mark.parametrize(
    ("language", "text", "name", "acronym"),
    [
        (
            "es",
            "MÉXICO, 3 de abril. Las cifras del Instituto Nacional de Migración (INM) muestran un alza. "
            "El INM informó que la cifra crece.",
            "Instituto Nacional de Migración",
            "INM",
        ),
        (
            "en",
            "WASHINGTON, 3 April 2024 - Financing comes from the U.S. International Development Finance "
            "Corporation (DFC). The DFC will invest more.",
            "U.S. International Development Finance Corporation",
            "DFC",
        ),
        (
            "ru",
            "МОСКВА, 3 апреля. Председатель совета директоров Канадской коммерческой корпорации (ССС) выступил. "
            "Позже ССС опубликовала отчет.",
            "Канадская коммерческая корпорация",  # labelled by its base form (the text declines it)
            "ССС",
        ),
        (
            "ar",
            "الرباط - رئيسة الفيدرالية الأورومتوسطية ضد الاختفاء القسري FEMED تعود. وقالت FEMED إن المنع تعسفي.",
            "الفيدرالية الأورومتوسطية ضد الاختفاء القسري",
            "FEMED",
        ),
    ],
)
def test_a_name_an_acronym_defines_is_a_body_and_the_acronym_names_it_later(
    language: str, text: str, name: str, acronym: str
) -> None:
    bodies = _bodies(text, language)
    named = [m for m in bodies if m.text == name]
    assert named, [m.text for m in bodies]
    acronyms = [m for m in bodies if m.text == acronym]
    assert len(acronyms) == 2  # in its brackets (or right after the name) and later, alone
    assert {_key(m, language) for m in [*named, *acronyms]} == {_key(named[0], language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "WASHINGTON, 3 April 2024 - The two states will map Rare Earth Elements (REE) together."),
        ("es", "MÉXICO, 3 de abril. La Tasa Media Anual (TMA) subió."),
        ("ru", "МОСКВА, 3 апреля. Объем Валового внутреннего продукта (ВВП) вырос."),
    ],
)
def test_an_acronym_of_a_term_defines_no_body(language: str, text: str) -> None:
    assert _bodies(text, language) == []


def test_a_known_acronym_gives_its_body_another_name() -> None:
    text = "WASHINGTON, 3 April 2024 - The programme runs in partnership with the UN Refugee Agency (UNHCR)."
    bodies = _bodies(text, "en")
    agency = next(m for m in bodies if m.text == "UN Refugee Agency")
    assert _key(agency, "en") == _key(next(m for m in bodies if m.text == "UNHCR"), "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الرباط - تلقت المنظمة المغربية لحقوق الإنسان باستغراب كبير القرار.", ["المنظمة المغربية لحقوق الإنسان"]),
        (
            "الرباط - شارك ممثلو الفيدرالية الدولية لحقوق الانسان والمنظمة العربية لحقوق الانسان في المؤتمر.",
            ["الفيدرالية الدولية لحقوق الانسان", "المنظمة العربية لحقوق الانسان"],
        ),
        (
            "الرباط - حضر ممثلو الشبكة الأورومتوسطية للحقوق والمفوضية السامية لشؤون اللاجئين بالمغرب.",
            ["الشبكة الأورومتوسطية للحقوق", "المفوضية السامية لشؤون اللاجئين"],
        ),
        # "for the Court": "ل" written on the head takes the alif of its article; the key peels it
        (
            "الرباط - رحب المؤتمر بالمصادقة على نظام روما الأساسي للمحكمة الجنائية الدولية.",
            ["للمحكمة الجنائية الدولية"],
        ),
        # a ministry's name is a construct: "for the citizens" after it is no part of it
        ("الرباط - وقالت وزارة الصحة للمواطنين إن الخدمة مجانية.", ["وزارة الصحة"]),
        # a head with the article and one adjective: "the organisation that emanated", no name
        ("الرباط - أكدت المنظمة المنبثقة عن المؤتمر موقفها.", []),
        ("الرباط - تجدد المنظمة والمواقف الحقوقية التي تتبناها.", []),
    ],
)
def test_arabic_bodies_by_their_head_word(text: str, expected: list[str]) -> None:
    found = [m.text for m in _bodies(text, "ar")]
    assert [name for name in expected if name in found] == expected
    assert all(any(name in f for name in expected) for f in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社堪培拉3月5日电 澳大利亚工人工会秘书长丹尼尔·沃尔顿说，签证计划不好。", "澳大利亚工人工会"),
        ("新华社布鲁塞尔3月5日电 塞尔维亚工人组织发表声明。", "塞尔维亚工人组织"),
    ],
)
def test_chinese_unions_parties_and_organisations_by_their_tail(text: str, expected: str) -> None:
    assert expected in [m.text for m in _bodies(text, "zh")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "WASHINGTON, 3 April 2024 - The U.S. Trade and Development Agency and the Peace Corps will help "
            "Vietnam’s State Bank of Vietnam.",
            ["U.S. Trade and Development Agency", "Peace Corps", "State Bank of Vietnam"],
        ),
        (
            "en",
            "WASHINGTON, 3 April 2024 - The Department of Housing\n    and Urban Development will help.",
            ["Department of Housing\n    and Urban Development"],
        ),
        (
            "es",
            "MÉXICO, 3 de abril. La Asociación Nacional del Rifle y la Coalición de Control de Armas hablaron.",
            ["Asociación Nacional del Rifle", "Coalición de Control de Armas"],
        ),
        (
            "ru",
            "МОСКВА, 3 апреля. Депутат от Шотландской национальной партии выступил.",
            ["Шотландская национальная партия"],
        ),
    ],
)
def test_names_in_capitals_that_hold_a_body_word(language: str, text: str, expected: list[str]) -> None:
    found = [m.text for m in _bodies(text, language)]
    assert [name for name in expected if name in found] == expected, found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a heading in title case, alone on its line or run in
        ("en", "WASHINGTON, 3 April 2024 - Text.\n\n**Strengthening Financial Services and Capital Markets:**  More."),
        # a capitalised body word opening a sentence, the next word in lower case
        ("en", "WASHINGTON, 3 April 2024 - Text. Union members protested."),
        # in French a body word in lower case opens no name ("un réseau")
        ("fr", "PARIS, 3 avril. Il s'agit d'un réseau de Nations-Unies sur les entreprises."),
    ],
)
def test_capitals_that_name_no_body(language: str, text: str) -> None:
    assert _bodies(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON, 3 April 2024 - Text.\n\n**Medical Devices:**  U.S. Trade and Development Agency plans a visit.",
         "U.S. Trade and Development Agency"),
        ("WASHINGTON, 3 April 2024 - Text.\n\n**Training for the Vietnamese Office for Seeking Missing\nPersons:  **"
         "The office will train.", "Vietnamese Office for Seeking Missing"),
    ],
)  # fmt: skip
def test_a_name_after_or_inside_a_heading_is_a_name(text: str, expected: str) -> None:
    # a line break between two capitalised words still ends a name (it may end a heading's line as well)
    assert any(m.text.startswith(expected) for m in _bodies(text, "en"))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "МОСКВА, 3 апреля. Контракт подписали генеральный директор компании Lockheed Martin Canada, "
            "представитель CAE Inc. и сотрудник центра Open Source Centre.",
            ["Lockheed Martin Canada", "CAE Inc.", "Open Source Centre"],
        ),
        (
            "ar",
            "الرباط - وقعت شركة Global Shipping Partners الاتفاق مع Atlas Logistics Ltd. أمس.",
            ["Global Shipping Partners", "Atlas Logistics Ltd."],
        ),
    ],
)
def test_names_in_latin_letters_in_a_text_in_another_script(language: str, text: str, expected: list[str]) -> None:
    found = [m.text for m in _bodies(text, language)]
    assert [name for name in expected if name in found] == expected, found


def test_latin_names_that_name_no_body_in_another_script() -> None:
    text = "МОСКВА, 3 апреля. Софи Трюдо (Sophie Gregoire Trudeau) выступила в Lisbon вчера."
    assert _bodies(text, "ru") == []


def test_a_chinese_body_named_with_a_region_or_state_is_theirs() -> None:
    text = "新华社北京3月5日电 欧洲议会通过决议，澳大利亚工人工会也支持。"
    bodies = {m.text: m for m in _bodies(text, "zh")}
    assert bodies["欧洲议会"].scope is None  # the European Parliament, not a body of the agency's state
    assert "澳大利亚工人工会" in bodies


@pytest.mark.parametrize(
    ("language", "text", "name", "acronym"),
    [
        (
            "es",
            "MADRID, 3 de abril. Los países del ALBA (Alianza Bolivariana para los Pueblos de Nuestra América) "
            "votaron en contra. El ALBA dijo que no.",
            "Alianza Bolivariana para los Pueblos de Nuestra América",
            "ALBA",
        ),
        (
            "en",
            "LONDON, 3 April 2024 - Analysts of RUSI (Royal United Services Institute) said so. RUSI added more.",
            "Royal United Services Institute",
            "RUSI",
        ),
    ],
)
def test_a_name_in_brackets_after_its_acronym(language: str, text: str, name: str, acronym: str) -> None:
    bodies = _bodies(text, language)
    named = next(m for m in bodies if m.text == name)
    acronyms = [m for m in bodies if m.text == acronym]
    assert len(acronyms) == 2 and {_key(m, language) for m in acronyms} == {_key(named, language)}


def test_a_name_in_brackets_that_holds_no_body_word_is_no_body() -> None:
    text = "WASHINGTON, 3 April 2024 - The IPEF (Indo-Pacific Economic Framework) talks go on."
    assert _bodies(text, "en") == []


@pytest.mark.parametrize(
    ("language", "text", "expected", "not_expected"),
    [
        (
            "en",
            "WASHINGTON, 3 April 2024 - Funds come from both USAID and the Department of Defense (DOD).",
            "Department of Defense",
            "USAID and the Department of Defense",
        ),
        (
            "en",
            "WASHINGTON, 3 April 2024 - Staff of the Ministry of Planning and Investment’s (MPI) met.",
            "Ministry of Planning and Investment",
            "Ministry of Planning and Investment’s",
        ),
        ("zh", "新华社堪培拉3月5日电 但莫里森政府表示反对。", "莫里森政府", "但莫里森政府"),
    ],
)
def test_a_name_holds_no_article_possessive_or_conjunction(
    language: str, text: str, expected: str, not_expected: str
) -> None:
    found = [m.text for m in _bodies(text, language)]
    assert expected in found and not_expected not in found, found


@pytest.mark.parametrize(
    ("language", "text", "expected", "state"),
    [
        ("ru", "МОСКВА, 3 апреля. В ответ на объявленные властями Чили санкции въезд закрыт.", "властями Чили", "CHL"),
        ("zh", "新华社布鲁塞尔3月5日电 欧洲议会呼吁塞尔维亚当局调查。", "塞尔维亚当局", "SRB"),
        ("ar", "الرباط - أقدمت السلطات الجزائرية على منع المناضلة من السفر.", "السلطات الجزائرية", "DZA"),
        ("en", "GENEVA, 3 April 2024 - The authorities of Chad met the mission.", "authorities of Chad", "TCD"),
        ("en", "HANOI, 3 April 2024 - The U.S. government will provide $2 million.", "U.S. government", "USA"),
    ],
)
def test_the_authorities_of_a_state_are_its_government(language: str, text: str, expected: str, state: str) -> None:
    body = next(m for m in _bodies(text, language) if m.text == expected)
    assert resolve.resolve(body, language).key == f"{state}/government"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "МОСКВА, 3 апреля. Власти страны молчат."),
        ("zh", "新华社北京3月5日电 当局没有回应。"),
        ("ar", "الرباط - وقالت السلطات إن القرار نهائي."),
    ],
)
def test_authorities_of_no_state_named_are_nobody(language: str, text: str) -> None:
    assert _bodies(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "short"),
    [
        (
            "en",
            "Title\n\nWASHINGTON, March 4, 2024 - The Harbor Restoration Administration opened an office. "
            "Later, the Administration hired 40 staff.\n",
            "Administration",
        ),
        (
            "fr",
            "Titre\n\nLyon, le 4 mars 2024 - La Fondation Jeanne Martin publie un rapport. "
            "La Fondation demande un plan national.\n",
            "Fondation",
        ),
    ],
)
def test_a_head_word_after_an_article_names_the_body_named_before(language: str, text: str, short: str) -> None:
    """ "the Administration", "La Fondation" were no mention: the body's statements had no issuer."""
    bodies = _bodies(text, language)
    full = next(m for m in bodies if m.text != short)
    alone = [m for m in bodies if m.text == short]
    assert alone and _key(alone[0], language) == _key(full, language)


def test_a_head_word_that_goes_on_with_a_capital_or_comes_first_names_nothing() -> None:
    """ "the Administration Building" is another name; "the Administration" before any body is no one's."""
    text = (
        "Title\n\nWASHINGTON, March 4, 2024 - The Administration met. The Harbor Restoration Administration "
        "moved into the Administration Building.\n"
    )
    assert [m.text for m in _bodies(text, "en") if m.text == "Administration"] == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "HANOI, 3 April 2024 - The U.S. government will provide initial seed funding of $2 million."),
        ("en", "HANOI, 3 April 2024 - The United States authorities will provide initial seed funding of $2 million."),
    ],
)
def test_a_government_named_after_its_state_pledges(language: str, text: str) -> None:
    """Before: "government" after the state named no body, so the pledge had no subject and was lost."""
    pledges = _build(text, language).commitments
    assert [resolve.resolve(c.issuer, language).key for c in pledges if c.issuer] == ["USA/government"]


def test_an_adjective_after_a_state_names_no_government() -> None:
    text = "HANOI, 3 April 2024 - The U.S. governmental review will end in May."
    assert not [m for m in _bodies(text, "en") if m.text.startswith("U.S. government")]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "es",
            "MADRID, 3 de mayo de 2013. Pescadores Sin Fronteras (PSF) recomendó al gobierno que proteja la costa.",
            "Pescadores Sin Fronteras",
        ),
        (
            "fr",
            "PARIS, 3 mai 2021. Selon le rapport de Pêcheurs sans frontières (PSF), la mer souffre. "
            "PSF a déclaré que la pêche doit changer.",
            "Pêcheurs sans frontières",
        ),
    ],
)
def test_a_name_its_initials_define_is_a_body_where_it_speaks(language: str, text: str, name: str) -> None:
    """No word for a body in the name: its initials in brackets, and the acronym as the subject of a verb of
    saying or asking, make it an organisation's (before, neither the name nor the acronym was one)."""
    found = [m.text for m in _bodies(text, language)]
    assert name in found
    assert "PSF" in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "LONDON, 3 May 2021. Rare Earth Elements (REE) are used in batteries, the minister said."),
        ("fr", "PARIS, 3 mai 2021. Les Terres Rares Lourdes (TRL) servent aux batteries, a déclaré le ministre."),
    ],
)
def test_a_term_its_initials_define_is_no_body(language: str, text: str) -> None:
    """A term defined by its initials says and asks nothing: no organisation."""
    assert _bodies(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Titre\n\nA cet endroit la Ferrovia prolonge le réseau de la ligne à grande vitesse (LGV) Est.\n"),
        ("es", "Título\n\nEn Tepic la Ferrovía amplía la red de la línea de alta velocidad (LAV) Norte.\n"),
    ],
)
def test_an_acronym_of_lower_case_words_names_no_body_before_them(language: str, text: str) -> None:
    """Before, "Ferrovia prolonge le réseau de la ligne à grande vitesse" was a body: its name ran back from the
    acronym to the nearest capital. The acronym is the initials of "ligne à grande vitesse", a term."""
    assert [m.text for m in _bodies(text, language) if "réseau" in m.text or "red" in m.text.split()] == []


_PARTIES = {
    "es": (
        "Título\n\nEl PVJ y el PAZ irán en alianza a los comicios, advirtieron los dirigentes del PVJ y del PAZ. "
        "El PAZ criticó al PVJ. El PIB creció, el PIB cayó, el PIB subió. El PRX aplaudió; el PRX calló.\n"
    ),
    "fr": (
        "Titre\n\nLe PSU et le RPF saisiront le tribunal, ont annoncé les dirigeants du PSU et du RPF. "
        "Le RPF critique le PSU. La TVA monte, la TVA baisse, la TVA stagne. Le MRX applaudit; le MRX se tait.\n"
    ),
}


@pytest.mark.parametrize("language", sorted(_PARTIES))
def test_an_acronym_the_text_repeats_after_an_article_is_a_body(language: str) -> None:
    """ "el PVJ", "el PAZ": a party's acronym the text never defines, written after an article and used three
    times, is a body's each time, keyed as one body; "el PIB" and "la TVA" name no body, and an acronym
    used twice is not enough to tell."""
    text = _PARTIES[language]
    bodies = _bodies(text, language)
    first, second = ("PVJ", "PAZ") if language == "es" else ("PSU", "RPF")
    for acronym in (first, second):
        named = [m for m in bodies if m.text == acronym]
        assert len(named) == text.count(acronym)
        assert {_key(m, language) for m in named} == {resolve.minted_key(acronym)}
    assert not [m for m in bodies if m.text in ("PIB", "TVA", "PRX", "MRX")]


def test_a_repeated_acronym_that_is_a_state_code_is_a_body() -> None:
    """ "el PER", a party's acronym, is never Peru (PER), and "el GAB" no Gabon."""
    text = "Título\n\nEl PER y el GAB votaron. Dirigentes del PER critican al GAB; el GAB responde al PER.\n"
    bodies = _bodies(text, "es")
    assert {_key(m, "es") for m in bodies if m.text in ("PER", "GAB")} == {"per", "gab"}
    assert len([m for m in bodies if m.text in ("PER", "GAB")]) == 6


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Titre\n\nUn train de la compagnie FRX a heurté un agent. La FRX prolonge la ligne et la FRX rénove "
            "les gares.\n",
        ),
        (
            "es",
            "Título\n\nUn tren de la compañía FRX arrolló a un trabajador. La FRX amplía la línea y la FRX renueva "
            "las estaciones.\n",
        ),
    ],
)
def test_a_repeated_acronym_first_named_as_a_company_is_a_body_where_it_recurs(language: str, text: str) -> None:
    """Before, the company named by its kind ("la compagnie FRX") kept the acronym from being a body anywhere else,
    so "Cette dernière" after "la FRX prolonge ..." stood for nothing."""
    assert len([m for m in _bodies(text, language) if m.text == "FRX"]) == 3
