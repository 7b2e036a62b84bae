"""NATO, named in full or by its acronym in every language, and the instrument its name holds ("North
Atlantic Treaty", "北大西洋公约") read as no instrument cut out of the organisation's name.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "BRUSSELS, 3 April 2024 - The North Atlantic Treaty Organization (NATO) agreed on a plan."),
        ("zh", "新华社布鲁塞尔4月3日电 决议亟需北大西洋公约组织（NATO）与欧盟加强关注。"),
        ("ru", "БРЮССЕЛЬ, 3 апреля. /ТАСС/. Совет НАТО одобрил план."),
        ("fr", "BRUXELLES, 3 avril 2024 - L'OTAN a adopté un plan."),
    ],
)
def test_nato_is_an_organisation_and_its_name_holds_no_instrument(language: str, text: str) -> None:
    extraction = build_news(text, language)
    assert "NATO" in {m.key for m in extraction.mentions}
    assert not [c for c in extraction.citations if c.instrument.name and "Atlantic" in c.instrument.name]
    assert not [m for m in extraction.mentions if m.kind in ("treaty", "convention") and "公约" in m.text]
