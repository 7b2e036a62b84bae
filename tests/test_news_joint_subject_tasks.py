"""A collective subject ("The two countries will direct ...") before a verb that no readout phrase holds stands for
the parties the text names as meeting, as it does in a readout: each is an issuer of the task.

Before: the task had no issuer, a commitment the shapes reject. Short excerpts composed for these tests; the rule
reads each pack's ``joint_subjects``.
"""

from __future__ import annotations

import pytest

from tests.helpers import build_news


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "OSLO, 2 May 2031 - Norway and Chile signed a fisheries agreement today. The two countries will direct "
            "their port authorities to share catch data.\n",
            ["Norway", "Chile"],
        ),
        (
            "Prime Minister Anna Lind of Norway welcomed President Tomas Berg of Chile to Oslo on 2 May 2031. The two "
            "leaders will direct their port authorities to share catch data.\n",
            ["Anna Lind", "Tomas Berg"],
        ),
    ],
)
def test_a_task_under_a_joint_subject_is_each_partys(text: str, parties: list[str]) -> None:
    (task,) = [c for c in build_news(text, "en").commitments if c.action == "tasks"]
    assert task.issuer is not None
    assert [task.issuer.text, *(p.text for p in task.co_issuers)] == parties
    assert [a.text for a in task.addressees] == ["their port authorities"]


def test_a_joint_subject_with_no_two_parties_named_gives_no_issuer() -> None:
    text = "Norway signed a fisheries agreement today. The two countries will direct their port authorities to act.\n"
    (task,) = [c for c in build_news(text, "en").commitments if c.action == "tasks"]
    assert task.issuer is None
