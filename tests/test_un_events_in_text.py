"""Events in the running text of UN resolutions: a meeting chaired or hosted by States in a place on a date,
a meeting held on a date and then in a place (or in none), and an event named right after its date ("on
19 September 2016 at the High-level plenary meeting"), in several languages."""

from __future__ import annotations

import pytest
from un_excerpts import CLOSINGS, PREAMBLES, resolution

from kg.builders.un import BUILDER
from kg.model import Document, Event


def _events(language: str, preamble: str) -> list[Event]:
    return resolution(language, preamble, CLOSINGS[language]).events


_CHAIRED = {
    "en": "Noting the fifth meeting of the Global Forum on Migration and Development, chaired by Mexico in "
          "Puerto Vallarta from 8 to 11 November 2010, and the sixth meeting, co-chaired by Switzerland and Mexico "
          "in Geneva from 1 to 2 December 2011,",
    "fr": "Prenant note de la cinquième réunion du Forum mondial sur la migration et le développement, présidée par "
          "le Mexique à Puerto Vallarta du 8 au 11 novembre 2010,",
    "es": "Tomando nota de la quinta reunión del Foro Mundial sobre Migración y Desarrollo, presidida por México en "
          "Puerto Vallarta del 8 al 11 de noviembre de 2010,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_meeting_chaired_by_a_state_in_a_place(language: str) -> None:
    events = {event.start: event for event in _events(language, _CHAIRED[language])}
    assert events["2010-11-08"].end == "2010-11-11"
    assert "Puerto Vallarta" in (events["2010-11-08"].place.text if events["2010-11-08"].place else "")
    if language == "en":  # two chairs joined by "and"
        assert events["2011-12-01"].place is not None and events["2011-12-01"].place.text == "Geneva"


_DATE_FIRST = {
    "en": "Welcoming the Intergovernmental Conference held on 10 and 11 December 2018 in Marrakech, Morocco, and "
          "the declaration of the High-level Dialogue on International Migration and Development, held on 3 and "
          "4 October 2013,",
    "fr": "Se félicitant de la Conférence intergouvernementale tenue les 10 et 11 décembre 2018 à Marrakech (Maroc),",
    "es": "Acogiendo con beneplácito la Conferencia Intergubernamental celebrada los días 10 y 11 de diciembre de "
          "2018 en Marrakech (Marruecos),",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_meeting_held_on_a_date_then_in_a_place(language: str) -> None:
    events = {event.start: event for event in _events(language, _DATE_FIRST[language])}
    conference = events["2018-12-10"]
    assert conference.end == "2018-12-11"
    assert conference.place is not None and conference.place.text == "Marrakech"
    if language == "en":  # a date and no place; the name is the capitalised words before "held"
        assert events["2013-10-03"].place is None
        assert events["2013-10-03"].name == "High-level Dialogue on International Migration and Development"
        assert conference.name == "Intergovernmental Conference"


_NAMED_AFTER = {
    "en": ("Welcoming the declaration adopted on 19 September 2016 at the High-level plenary meeting of the General "
           "Assembly on addressing large movements of refugees,", "High-level plenary meeting of the General Assembly"),
    "fr": ("Se félicitant de la déclaration adoptée le 19 septembre 2016 lors de la Réunion plénière de haut niveau "
           "sur la gestion des déplacements massifs,", "Réunion"),
    "es": ("Acogiendo con beneplácito la declaración aprobada el 19 de septiembre de 2016 en la Reunión Plenaria de "
           "Alto Nivel sobre la Respuesta a los Grandes Desplazamientos,", "Reunión"),
    "ru": ("приветствуя декларацию, принятую 19 сентября 2016 года на пленарном заседании высокого уровня по "
           "вопросу о крупномасштабных передвижениях,", "пленарном заседании"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru"])
def test_an_event_named_right_after_its_date(language: str) -> None:
    preamble, name = _NAMED_AFTER[language]
    events = [event for event in _events(language, preamble) if event.start == "2016-09-19"]
    assert len(events) == 1 and events[0].name.startswith(name)
    assert events[0].kind == "meeting"


def test_a_date_followed_by_no_event_name_is_no_event() -> None:
    assert not _events("en", "Recalling its resolution 70/1 of 25 September 2015, at the same time noting,")


_UNCASED = {
    "zh": ("大会，\n\n回顾2016年9月19日在大会解决难民和移民大规模流动问题高级别全体会议上通过的宣言，\n\n"
           "1．决定继续处理此案。\n", "大会解决难民和移民大规模流动问题高级别全体会议"),
    "ar": ("إن الجمعية العامة،\n\nإذ تشير إلى الإعلان الذي اعتمد في 19 أيلول/سبتمبر 2016 في الاجتماع العام الرفيع "
           "المستوى بشأن التصدي لحركات النزوح الكبيرة،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n", "الاجتماع العام الرفيع"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["zh", "ar"])
def test_an_event_named_after_its_date_in_scripts_without_capitals(language: str) -> None:
    text, name = _UNCASED[language]
    events = BUILDER.build(Document(source=f"uncased-{language}.txt", text=text, language=language)).events
    assert [(event.start, event.kind) for event in events] == [("2016-09-19", "meeting")]
    assert events[0].name.startswith(name)


@pytest.mark.parametrize(
    ("language", "preamble"),
    [
        ("fr", "Se félicitant de la Conférence intergouvernementale tenue à Marrakech (Maroc) les 10 et 11 décembre "
               "2018,"),
        ("es", "Acogiendo con beneplácito la Conferencia Intergubernamental celebrada en Marrakech (Marruecos) los "
               "días 10 y 11 de diciembre de 2018,"),
    ],
)  # fmt: skip
def test_a_name_in_lower_case_after_its_head_and_its_kind(language: str, preamble: str) -> None:
    (event,) = _events(language, preamble)
    assert event.name.split()[0] in ("Conférence", "Conferencia") and event.kind == "conference"


_CONVENED = {
    "en": ("1. Decides to convene a high-level meeting of the General Assembly on universal health coverage on "
           "23 September 2019 in New York;", "high-level meeting of the General Assembly on universal health coverage"),
    "fr": ("1. Décide de convoquer une réunion de haut niveau sur la couverture sanitaire universelle le "
           "23 septembre 2019 ;", "réunion de haut niveau sur la couverture sanitaire universelle"),
    "es": ("1. Decide convocar una reunión de alto nivel sobre la cobertura sanitaria universal el 23 de septiembre "
           "de 2019;", "reunión de alto nivel sobre la cobertura sanitaria universal"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_an_event_a_body_convenes_with_its_date(language: str) -> None:
    operative, name = _CONVENED[language]
    (event,) = resolution(language, PREAMBLES[language], operative).events
    assert (event.name, event.kind, event.start) == (name, "meeting", "2019-09-23")


def test_a_date_after_a_comma_belongs_to_something_else() -> None:
    operative = (
        "1. Recalls its decision to convene an intergovernmental conference to adopt a global compact, as well as "
        "its resolution 71/280 of 6 April 2017;"
    )
    assert not resolution("en", PREAMBLES["en"], operative).events
