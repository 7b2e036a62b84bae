"""Events named in running text: a congress's dates as a list of days, and the congress speaking later on.

Each excerpt is composed for the test; each test's docstring names what was wrong before.
"""

from __future__ import annotations

import pytest
from helpers import build_news

from kg.model import Event


def _events(text: str, language: str) -> list[Event]:
    return build_news(text, language).events


_AR = (
    "البيان الختامي\n\n"
    "انعقد المؤتمر الوطني الخامس للجمعية المغربية للصحافة أيام 12-13-14 مارس 2025 بمدينة الرباط.\n\n"
    "يطالب المؤتمر بالإفراج عن الصحفيين. ويدين المؤتمر الانتهاكات الجسيمة لحرية التعبير. "
    "وقد تميزت أشغال المؤتمر بالنقاش.\n\n"
    "ذكر المؤتمر الوطني الخامس للجمعية المغربية للصحافه بالمطالب السابقة.\n"
)


def test_days_listed_with_dashes_give_the_first_and_the_last_day() -> None:
    """ "أيام 12-13-14 مارس 2025" started on the 13th and had no end."""
    event = _events(_AR, "ar")[0]
    assert (event.start, event.end) == ("2025-03-12", "2025-03-14")


def test_a_congress_that_speaks_is_no_new_event_and_spelling_variants_are_one() -> None:
    """Every "يطالب المؤتمر ..." was an event named "المؤتمر بالإفراج ..."; "الصحافه" made a second congress."""
    assert [e.name for e in _events(_AR, "ar")] == ["المؤتمر الوطني الخامس للجمعية المغربية للصحافة"]


def test_an_english_range_gives_the_end_of_the_summit() -> None:
    text = "JAKARTA, 7 October 2022 - The Ninth Summit of the Archipelagos was held in Bali on 5 and 6 October 2022."
    event = next(e for e in _events(text, "en") if "Summit" in e.name)
    assert (event.start, event.end) == ("2022-10-05", "2022-10-06")


def test_an_observance_is_named_by_the_capitalised_words_before_its_day() -> None:
    text = (
        "WASHINGTON, 20 June 2024 - This World Refugee Day, the Administration renews its pledge. "
        "From Day One, it has rebuilt the program."
    )
    assert [(e.name, e.kind) for e in _events(text, "en")] == [("World Refugee Day", "event")]


def test_observances_in_french_and_arabic() -> None:
    french = "Paris, le 20 juin 2024 - À l'occasion de la Journée mondiale des réfugiés, l'association appelle à agir."
    assert [e.name for e in _events(french, "fr")] == ["Journée mondiale des réfugiés"]
    arabic = "الرباط في 20 يونيو 2024 - بمناسبة اليوم العالمي للاجئين، تدعو المنظمة إلى حماية اللاجئين."
    assert [e.name for e in _events(arabic, "ar")] == ["اليوم العالمي للاجئين"]


def test_an_observance_without_a_date_is_held_on_its_day_of_the_year() -> None:
    """ "Today, on World Refugee Day" had no date, though the day is 20 June every year."""
    english = "Today, on World Refugee Day, the Administration renews its pledge to refugees."
    assert [e.start for e in _events(english, "en")] == ["--06-20"]
    spanish = (
        "![](https://prensa.example.mx/uploads/2023/12/foto.jpg)\n\n"
        "Hoy, en el Día Internacional del Migrante, las organizaciones exigieron protección para los migrantes."
    )
    assert [(e.start, e.date_inferred) for e in _events(spanish, "es")] == [("2023-12-18", True)]
    french = "À l'occasion de la Journée mondiale contre la peine de mort, l'association appelle à l'abolition."
    assert [e.start for e in _events(french, "fr")] == ["--10-10"]
    placed = "Today, on World Refugee Day, the agency opened a new office in Geneva."
    assert [e.place for e in _events(placed, "en") if e.name == "World Refugee Day"] == [None]


def test_a_vote_with_its_tally_is_a_meeting_on_the_sentences_day() -> None:
    """A vote in running text was no event: "以32票赞成，2票反对，13票弃权", "by a recorded vote of 141 to 5"."""
    chinese = "新华社日内瓦3月4日电 3月4日，联合国人权理事会以32票赞成，2票反对，13票弃权通过一项决议。"
    vote = next(e for e in _events(chinese, "zh") if e.kind == "meeting")
    assert vote.span.of(chinese).endswith("32票赞成，2票反对，13票弃权") and vote.start == "--03-04"
    english = (
        "NEW YORK, 2 March 2022 - On 2 March 2022 the General Assembly adopted the resolution by a recorded vote "
        "of 141 to 5, with 35 abstentions."
    )
    vote = next(e for e in _events(english, "en") if e.kind == "meeting")
    assert (vote.kind, vote.start) == ("meeting", "2022-03-02")
    words = vote.span.of(english)
    assert words.startswith("General Assembly") and words.endswith("35 abstentions")


def test_a_vote_is_named_after_the_body_that_votes() -> None:
    """A vote was named by its tally ("欧洲议会以586票赞成，53票反对"), which no reader calls it."""
    chinese = "12月16日，欧洲议会以586票赞成，53票反对通过决议。"
    assert [e.name for e in _events(chinese, "zh") if e.kind == "meeting"] == ["欧洲议会表决"]
    english = "On 16 December the European Parliament adopted the resolution by 586 votes to 53."
    assert [e.name for e in _events(english, "en") if e.kind == "meeting"] == ["European Parliament vote"]


def test_a_body_voting_on_two_days_holds_two_votes() -> None:
    """Two votes of one body, on two days, are two events, though named alike."""
    text = "3月2日，欧洲议会以500票赞成，90票反对通过决议。3月9日，欧洲议会以450票赞成，120票反对通过另一项决议。"
    assert [e.start for e in _events(text, "zh") if e.kind == "meeting"] == ["--03-02", "--03-09"]


def test_an_undated_page_dates_a_vote_by_the_month_its_addresses_file_it_under() -> None:
    """A vote of an undated page stayed a day without a year ("--11-25"), though the page's own web
    addresses ("/uploads/2020/11/") show when it was posted."""
    chinese = (
        "![](https://img.example.org/wp-content/uploads/2020/10/a.jpg)\n\n"
        "11月25日，欧洲议会以540票赞成，70票反对通过决议。\n\n"
        "![](https://img.example.org/wp-content/uploads/2020/11/b.jpg)\n"
    )
    vote = next(e for e in _events(chinese, "zh") if e.kind == "meeting")
    assert (vote.start, vote.date_inferred) == ("2020-11-25", True)
    english = (
        "![](https://news.example.com/media/2021/01/photo.png)\n\n"
        "On 14 December the General Assembly adopted the resolution by a recorded vote of 120 to 8, "
        "with 40 abstentions.\n"
    )
    vote = next(e for e in _events(english, "en") if e.kind == "meeting")
    assert vote.start == "2020-12-14"


def test_a_page_without_dated_addresses_leaves_the_year_open() -> None:
    """Only an address's path dates a page: a year in its prose is no date of posting."""
    text = "11月25日，欧洲议会以540票赞成，70票反对通过决议，自2019年以来第三次。"
    vote = next(e for e in _events(text, "zh") if e.kind == "meeting")
    assert vote.start == "--11-25"


def test_a_state_visit_is_an_event_held_at_the_place_visited() -> None:
    """A state visit was no event: only heads such as "Summit" named one."""
    english = "During a state visit to Jakarta, Indonesia, on 4 May 2024, the President signed three agreements."
    (visit,) = [e for e in _events(english, "en") if "visit" in e.name]
    assert (visit.name, visit.place and visit.place.text, visit.start) == (
        "state visit to Jakarta",
        "Jakarta",
        "2024-05-04",
    )
    french = "Lors de sa visite d'État à Dakar le 12 mars 2024, le président a signé trois accords."
    (visit,) = [e for e in _events(french, "fr") if "visite" in e.name]
    assert (visit.place and visit.place.text, visit.start) == ("Dakar", "2024-03-12")


def test_a_visit_with_no_place_named_is_no_event() -> None:
    text = "The minister made an official visit to discuss trade."
    assert not [e for e in _events(text, "en") if "visit" in e.name]


def test_a_name_before_its_head_runs_over_hyphens_and_a_conjunction() -> None:
    """ "a U.S.-Vietnam Innovation and Investment Summit with industry leaders" was named "Investment Summit with
    U.S": the name stopped at "and" and at the hyphen, and ran on past "with"."""
    text = "The ministers will convene a Japan-Kenya Trade and Investment Summit with business leaders in May."
    assert [e.name for e in _events(text, "en")] == ["Japan-Kenya Trade and Investment Summit"]
    text = "The Asia-Pacific Peace and Security Forum was held in Manila on 3 June 2024."
    assert [e.name for e in _events(text, "en")] == ["Asia-Pacific Peace and Security Forum"]
    text = "Hà Nội, ngày 20/4/2024 - Hội nghị xúc tiến đầu tư năm 2024 diễn ra tại Hà Nội."
    assert [e.name for e in _events(text, "vi")] == ["Hội nghị xúc tiến đầu tư năm 2024"]


def test_a_head_with_the_article_before_a_word_without_it_names_no_new_event() -> None:
    """ "وقد تميزت أشغال المؤتمر بنقاشات عميقة" was an event named "المؤتمر بنقاشات عميقة ...": a definite head
    is qualified by definite words only, so before any other word it is the congress the text named before."""
    text = (
        "انعقد المؤتمر الوطني الخامس للجمعية المغربية للصحافة أيام 12-13 مارس 2025 بمدينة الرباط.\n\n"
        "وقد تميزت أشغال المؤتمر بنقاشات عميقة بين المشاركين.\n"
    )
    assert [e.name for e in _events(text, "ar")] == ["المؤتمر الوطني الخامس للجمعية المغربية للصحافة"]
    indefinite = "شارك الوزير في مؤتمر باريس للمناخ يوم 3 مارس 2025."
    assert [e.name for e in _events(indefinite, "ar")] == ["مؤتمر باريس للمناخ"]


def test_a_head_inside_an_idiom_names_no_event() -> None:
    """ "organisée au plus haut sommet de l'Etat" was a summit named "sommet de l'Etat"."""
    french = "Cette crise a été organisée au plus haut sommet de l'Etat, dénonce l'association."
    assert _events(french, "fr") == []
    spanish = "La decisión se tomó en la cumbre del poder, denunció la organización."
    assert _events(spanish, "es") == []
    summit = "Le sommet de l'Union africaine s'est tenu à Addis-Abeba le 10 février 2024."
    assert [e.name for e in _events(summit, "fr")] == ["sommet de l'Union africaine"]


def test_a_tally_without_a_body_counts_the_votes_of_the_un_body_named_before() -> None:
    """ "A favor votaron 154 delegaciones" was a vote named by its tally: its sentence names no body, but the
    article opened with the General Assembly adopting the treaty."""
    spanish = (
        "La Asamblea General de la ONU aprobó hoy el tratado sobre el comercio de armas.\n\n"
        "El texto regula un mercado muy grande.\n\n"
        "A favor votaron 150 delegaciones, mientras que 20 se abstuvieron."
    )
    assert [e.name for e in _events(spanish, "es") if e.kind == "meeting"] == ["votación en la Asamblea General"]
    english = (
        "The General Assembly adopted the treaty on Tuesday.\n\n"
        "Delegations approved it by 150 votes to 3, with 20 abstentions."
    )
    assert [e.name for e in _events(english, "en") if e.kind == "meeting"] == ["General Assembly vote"]


def test_a_body_named_in_the_sentence_keeps_its_article_only_inside_the_name() -> None:
    spanish = "El 2 de abril, la Asamblea General aprobó el tratado por 150 votos contra 3."
    assert [e.name for e in _events(spanish, "es") if e.kind == "meeting"] == ["votación en la Asamblea General"]
    english = "On 2 April the General Assembly adopted the treaty by 150 votes to 3."
    assert [e.name for e in _events(english, "en") if e.kind == "meeting"] == ["General Assembly vote"]


def test_an_event_without_a_known_place_is_held_where_the_text_closing_it_is_signed() -> None:
    """A congress held "بالمعهد الوطني" had no place (or a slogan's words), though the statement it issued closes
    with "الرباط 14 مارس 2025", a day of the congress."""
    arabic = (
        "البيان العام\n\n"
        "انعقد المؤتمر الوطني الخامس للجمعية المغربية للصحافة أيام 12-13-14 مارس 2025 بالمعهد الوطني للإعلام.\n\n"
        "الرباط 14 مارس 2025\n"
    )
    (congress,) = _events(arabic, "ar")
    assert congress.place is not None and congress.place.text == "الرباط"
    french = (
        "Déclaration finale\n\n"
        "Le Forum social des migrants s'est tenu du 3 au 5 mai 2024 dans les locaux de l'université.\n\n"
        "Marseille, le 5 mai 2024\n"
    )
    forum = next(e for e in _events(french, "fr") if "Forum" in e.name)
    assert forum.place is not None and forum.place.text == "Marseille"


def test_a_closing_line_of_another_day_gives_no_place() -> None:
    arabic = (
        "انعقد المؤتمر الوطني الخامس للجمعية المغربية للصحافة أيام 12-13-14 مارس 2025 بالمعهد الوطني للإعلام.\n\n"
        "الرباط 20 أبريل 2025\n"
    )
    (congress,) = _events(arabic, "ar")
    assert congress.place is None or congress.place.text != "الرباط"


def test_a_venue_named_with_its_body_is_the_place_of_an_event() -> None:
    """ "Ngày 18/11/2025, tại trụ sở Chính phủ, ... chủ trì cuộc họp" had no place: a venue in lower case
    with the body it belongs to was no place."""
    vietnamese = "Ngày 18/11/2025, tại trụ sở Chính phủ, Phó Thủ tướng chủ trì cuộc họp về dự án luật."
    meeting = next(e for e in _events(vietnamese, "vi") if e.name.startswith("cuộc họp"))
    assert meeting.place is not None and meeting.place.text == "trụ sở Chính phủ"
    english = "On 3 May 2024, at the headquarters of the African Union, the ministers held a Summit on Trade."
    summit = next(e for e in _events(english, "en") if "Summit" in e.name)
    assert summit.place is not None and summit.place.text.endswith("African Union")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "ar",
            "بيان\nالجمعية التونسية لحماية البيئة تحيي اليوم العالمي للاجئين\n20 يونيو 2024\n\n"
            "تخلد الجمعية اليوم العالمي للاجئين الذي يصادف 20 يونيو من كل سنة.",
            "اليوم العالمي للاجئين",
        ),
        (
            "fr",
            "Communiqué\nLa Ligue célèbre la Journée mondiale des réfugiés\n20 Juin 2024\n\n"
            "Chaque année, le monde célèbre la Journée mondiale des réfugiés.",
            "Journée mondiale des réfugiés",
        ),
    ],
)
def test_an_observance_takes_the_year_of_the_date_under_the_heading(language: str, text: str, name: str) -> None:
    """The day a statement's header gives is its date; its observance of the day stayed "--06-20", with no year."""
    events = [e for e in _events(text, language) if e.name == name]
    assert [(e.start, e.date_inferred) for e in events] == [("2024-06-20", True)]


def test_words_after_in_are_no_place_where_names_have_no_capitals() -> None:
    """ "في الختام" (in conclusion), "في حياة المنظمة" were the places of a congress."""
    text = (
        "انعقد المؤتمر الوطني الرابع للجمعية الموريتانية لحقوق الطفل في أجواء إيجابية.\n\n"
        "وقد عقد المؤتمر الوطني الرابع للجمعية بمدينة نواكشوط.\n"
    )
    places = [e.place.text for e in _events(text, "ar") if e.place]
    assert "أجواء إيجابية" not in places


def test_an_arabic_congress_named_with_a_pronoun_and_held_in_a_city() -> None:
    """ "بعد عقد مؤتمرها الوطني الخامس" (its congress) named no event; "بمدينة الرباط" (in the city of Rabat)
    gave no place, "ب" being written on the word for a city."""
    text = (
        "تخلد الجمعية هذا اليوم مباشرة بعد عقد مؤتمرها الوطني الخامس أيام 12-13-14 مارس 2025.\n\n"
        "وقد انعقد المؤتمر الوطني السادس للنقابة أيام 2-3 أبريل 2025 بمدينة الرباط.\n"
    )
    events = {e.name: (e.start, e.place.text if e.place else None) for e in _events(text, "ar")}
    assert events == {
        "مؤتمرها الوطني الخامس": ("2025-03-12", None),
        "المؤتمر الوطني السادس للنقابة": ("2025-04-02", "الرباط"),
    }


def test_an_arabic_name_ends_with_its_organiser_before_a_verb() -> None:
    """ "المؤتمر الوطني للرابطة الوطنية لحماية البيئة | ليتوج مسارا": the verb after the organiser ran into the name;
    a word with the article after it still belongs to the name."""
    text = (
        "الرباط، 3 ماي 2021. لقد جاء انعقاد المؤتمر الوطني للرابطة الوطنية لحماية البيئة ليتوج مسارا طويلا.\n"
        "وشارك وفد الرابطة في مؤتمر الأمم المتحدة للتغير المناخي.\n"
    )
    assert [e.name for e in _events(text, "ar")] == [
        "المؤتمر الوطني للرابطة الوطنية لحماية البيئة",
        "مؤتمر الأمم المتحدة للتغير المناخي",
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ar",
            "انعقد المؤتمر الوطني الخامس أيام 12-13-14 مارس 2025 بمدينة الرباط. وقد صادق المؤتمر الخامس بالإجماع "
            "على البرنامج.",
            ["المؤتمر الوطني الخامس"],
        ),
        (
            "en",
            "The Fifth Regional Summit was held on 12 March 2025 in Lima. At the Fifth Summit, leaders adopted the "
            "programme.",
            ["Fifth Regional Summit"],
        ),
    ],
)
def test_an_undated_name_with_the_words_of_a_dated_one_is_that_event(
    language: str, text: str, expected: list[str]
) -> None:
    """ "المؤتمر الخامس" after "المؤتمر الوطني الخامس ... 2025": the same congress named shorter was a second event."""
    assert [e.name for e in _events(text, language)] == expected
