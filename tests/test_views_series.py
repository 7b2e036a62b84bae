"""The series page: the paragraphs each member of a series changed, and the discrepancies of versions and stages."""

from __future__ import annotations

from pathlib import Path

import pytest
from lifecycle_texts import REPORTS, resolution

from kg.pipeline import build
from kg.views import write_views
from kg.views.gather import ViewData
from kg.views.series import Discrepancy, discrepancies


def test_the_page_lists_what_the_draft_and_the_adopted_text_say_differently(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "report-en.txt").write_text(REPORTS["en"], encoding="utf-8")
    (docs / "res-fr.txt").write_text(resolution("fr"), encoding="utf-8")
    build([docs], tmp_path / "out")
    write_views(tmp_path / "out")
    page = (tmp_path / "out" / "views" / "series.html").read_text(encoding="utf-8")
    section = page[page.index("Discrepancies between versions and stages") :]
    assert "A/RES/80/150" in section and "decides → takes-note" in section and "decides (decision)" in section


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            {"symbol": "A/RES/72/200", "comparison": "stage", "paragraph": "16", "difference": "weakened",
             "detail": "decides → acknowledges", "sourceAction": "decides", "sourceForce": "decision",
             "targetAction": "acknowledges", "targetForce": "declaratory"},
            Discrepancy("A/RES/72/200", "stage", "16", "weakened", "decides → acknowledges",
                        "decides (decision)", "acknowledges (declaratory)"),
        ),
        (  # a paragraph one version lacks has a verb on one side only
            {"work": "https://w3id.org/policy-kg/id/un/A/RES/1/1", "comparison": "language-version",
             "difference": "added", "detail": "3. Urges States", "targetAction": "urges", "targetForce": "exhortatory"},
            Discrepancy("https://w3id.org/policy-kg/id/un/A/RES/1/1", "language-version", "", "added",
                        "3. Urges States", "", "urges (exhortatory)"),
        ),
    ],
)  # fmt: skip
def test_each_discrepancy_row_reads_as_one_line_of_the_page(row: dict, expected: Discrepancy) -> None:
    data = ViewData({}, {}, set(), {"discrepancies": [row]})
    assert discrepancies(data) == [expected]
