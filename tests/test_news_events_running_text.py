"""Events named in running text: a congress's dates as a list of days, and the congress speaking later on.

Each excerpt is composed for the test; each test's docstring names what was wrong before.
"""

from __future__ import annotations

from kg.builders.news import BUILDER
from kg.model import Document, Event
from kg.readers.segment import segment


def _events(text: str, language: str) -> list[Event]:
    document = Document(source="test", text=text, language=language, segments=segment(text, language))
    return BUILDER.build(document).events


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
