"""Russian news: bodies named in the case their sentence wants are keyed and labelled by their base form."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import build_news, resolved_key
from pyoxigraph import Quad, Store

from kg.pipeline import process_file
from kg.text.morphology import russian_name_base

#: A statement composed in the style of a ministry's: the same bodies in several cases, with complements.
STATEMENT = (
    "МОСКВА, 2 мая — Депутат Лейбористской партии выступил в парламенте. Представители Шотландской "
    "национальной партии встретились с членами Лейбористской партией. Доклад подготовлен экспертами "
    "Королевского института стратегических исследований и сотрудниками Министерства промышленности и "
    "торговли Франции. Президент Российско-германской торговой палаты Иван Петров заявил, что "
    "Российско-германская торговая палата продолжит работу.\n"
)


@pytest.mark.parametrize(
    ("written", "base"),
    [
        ("Шотландской национальной партии", "Шотландская национальная партия"),  # genitive, two adjectives
        ("Лейбористской партией", "Лейбористская партия"),  # instrumental
        ("Государственной Думе", "Государственная Дума"),  # dative
        ("Европейским союзом", "Европейский союз"),
        ("Королевского института оборонных исследований", "Королевский институт оборонных исследований"),
        # a complement in the genitive stays as written: only the head is declined
        (
            "Министерства предпринимательства и торговли Великобритании",
            "Министерство предпринимательства и торговли Великобритании",
        ),
        ("Управления по применению торговых санкций", "Управление по применению торговых санкций"),
        ("Канадско-украинской торговой палаты", "Канадско-украинская торговая палата"),  # a hyphenated adjective
        ("Сухопутных войск Канады", "Сухопутные войска Канады"),  # a head with no singular
        # "е" where the text writes no "ё", so that "Соединенного" meets "Соединенное" written in the nominative
        ("Соединенного Королевства", "Соединенное Королевство"),
        ("Объединённой партии", "Объединённая партия"),
        ("(Канадской коммерческой корпорации)", "(Канадская коммерческая корпорация)"),  # punctuation kept
        # already in the base form, or nothing to decline
        ("Палата общин Парламента Великобритании", "Палата общин Парламента Великобритании"),
        ("Министерства", "Министерство"),  # read as one ministry, not as ministries
        ("МИД России", "МИД России"),
        ("ПАСЕ", "ПАСЕ"),  # an acronym the dictionary could misread as a word ("пасе")
        ("МИНИСТЕРСТВА ИНОСТРАННЫХ ДЕЛ", "МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ"),  # a heading in capitals
        ("Open Source Centre", "Open Source Centre"),
        ("в Шотландскую национальную партию", "в Шотландскую национальную партию"),  # no name opens with a preposition
    ],
)
def test_a_declined_name_has_its_head_and_agreeing_words_in_the_nominative(written: str, base: str) -> None:
    assert russian_name_base(written) == base


def test_a_body_named_in_several_cases_is_one_body_labelled_in_the_nominative() -> None:
    """Before: "Лейбористской партии" and "Лейбористской партией" were two bodies, neither labelled as the
    party names itself, so neither met the gazetteer nor a reader's list."""
    mentions = [m for m in build_news(STATEMENT, "ru").mentions if m.kind in ("organization", "government-agency")]
    forms = {(m.written, m.text) for m in mentions}
    assert {
        ("Лейбористской партии", "Лейбористская партия"),
        ("Лейбористской партией", "Лейбористская партия"),
        ("Шотландской национальной партии", "Шотландская национальная партия"),
        ("Королевского института стратегических исследований", "Королевский институт стратегических исследований"),
        ("Министерства промышленности и торговли Франции", "Министерство промышленности и торговли Франции"),
        ("Российско-германской торговой палаты", "Российско-германская торговая палата"),
        (None, "Российско-германская торговая палата"),  # written in the nominative: nothing else to keep
    } <= forms
    chambers = {resolved_key(m, "ru") for m in mentions if m.text == "Российско-германская торговая палата"}
    parties = {resolved_key(m, "ru") for m in mentions if m.text == "Лейбористская партия"}
    assert len(chambers) == 1 and len(parties) == 1


def test_the_graph_labels_a_declined_body_by_its_base_form_and_quotes_it_as_written(tmp_path: Path) -> None:
    """The label and the key are the base form; the surface forms and the mention's quote keep the text's."""
    path = tmp_path / "statement.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    builds = [list(process_file(path, "ru/statement.txt")[2]) for _ in range(2)]
    assert [str(q) for q in builds[0]] == [str(q) for q in builds[1]]  # the same input, the same graph
    store = Store()
    store.bulk_extend(Quad(q.subject, q.predicate, q.object) for q in builds[0])
    rows = store.query(
        """PREFIX pk: <https://w3id.org/policy-kg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?label ?surface ?quote WHERE {
          ?body skos:altLabel ?label ; pk:surfaceForm ?surface . ?mention pk:mentionOf ?body ; pk:quote ?quote .
          FILTER (STRSTARTS(STR(?label), "Шотландская")) }"""
    )
    found = {(r["label"].value, r["surface"].value, r["quote"].value) for r in rows}  # type: ignore[index]
    assert (
        "Шотландская национальная партия",
        "Шотландской национальной партии",
        "Шотландской национальной партии",
    ) in found
    assert {label for label, _, _ in found} == {"Шотландская национальная партия"}


def test_an_acronym_of_a_declined_name_is_written_as_itself_and_names_the_same_body() -> None:
    """The acronym a declined name defines took the name's written form as its own."""
    text = (
        "МОСКВА, 3 апреля. Президент Канадской коммерческой корпорации (ССС) выступил. Позже ССС опубликовала отчет.\n"
    )
    bodies = [m for m in build_news(text, "ru").mentions if m.kind in ("organization", "government-agency")]
    named = [m for m in bodies if m.text == "Канадская коммерческая корпорация"]
    acronyms = [m for m in bodies if m.text == "ССС"]
    assert [m.written for m in named] == ["Канадской коммерческой корпорации"]
    assert len(acronyms) == 2 and all(m.written is None for m in acronyms)
    assert {resolved_key(m, "ru") for m in [*named, *acronyms]} == {resolved_key(named[0], "ru")}


def test_the_abbreviation_of_the_united_states_is_the_state_in_every_case() -> None:
    """ "США" is written the same in every case ("санкции США", "посольство США"); a lower-case "сша" is no name."""
    text = "Заголовок\n\nСанкции США против России. Посольство США в Москве ответило.\n"
    states = [resolved_key(m, "ru") for m in build_news(text, "ru").mentions if m.kind == "state"]
    assert states.count("USA") == 2
    assert not [m for m in build_news("Заголовок\n\nПосле этого сша ответили.\n", "ru").mentions if m.kind == "state"]
