"""Chinese figures counted with a measure word: the noun after it is what is counted ("75,000 名学生":
students, "8 所学校": schools), a measure word alone counts persons where it counts them ("500名").

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社北京3月5日电 拥有 75,000 名学生的学校系统宣布转向远程教学。", [("75000", "students")]),
        ("新华社北京3月5日电 约有300万名工人未接种。", [("3000000", "workers")]),
        (
            "新华社北京3月5日电 拥有 35,000 名学生的学校宣布停课，其中包括 8 所学校和 400 多间教室。",
            [("35000", "students"), ("8", "schools"), ("400", "classrooms")],
        ),
        ("新华社北京3月5日电 共有500名参加。", [("500", "persons")]),
    ],
)
def test_a_measure_word_and_the_noun_it_counts(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(str(s.value), s.unit) for s in build_news(text, "zh").statistics] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社纽约1月3日电 已导致 400 多间教室关闭。", ("400", "classrooms", "more-than")),
        ("新华社纽约1月3日电 有300余名学生参加。", ("300", "students", "more-than")),
        ("新华社纽约1月3日电 有130多万新移民。", ("1300000", "persons", "more-than")),
        ("新华社纽约1月3日电 会议持续了3天多。", ("3", None, "exact")),
    ],
)
def test_more_than_written_between_the_number_and_its_measure_word(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    (figure,) = build_news(text, "zh").statistics
    assert (str(figure.value), figure.unit, figure.qualifier) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社北京3月5日电 该国已接种了1.5亿剂疫苗。", [("150000000", "doses")]),
        ("新华社北京3月5日电 系统记录了412例胎儿死亡。", [("412", "fetal deaths")]),
        ("新华社北京3月5日电 报告数量增加了12倍。", [("12", "times")]),
        ("新华社北京3月5日电 会议持续了3天。", [("3", None)]),
    ],
)
def test_doses_deaths_and_times_are_what_is_counted(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(str(s.value), s.unit) for s in build_news(text, "zh").statistics] == expected
