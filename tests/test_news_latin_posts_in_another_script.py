"""A list printed in a second language in Latin letters inside a text in another script: the English cell
"Member of the Harbour Council of Westland" names the body after the post ("Harbour Council of Westland"),
not a body called "Member of the ..."; a body's own name with "of" ("Department of State") stays whole.

Each excerpt is composed for the test.
"""

from __future__ import annotations

import pytest
from helpers import build_news


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "МОСКВА, 3 апреля. Ниже следует перечень:\n\n1\n\nAnna Berg\n\nАнна Берг\n\n"
            "член совета гавани Уэстленда\n\n2\n\nTom Hill\n\nТом Хилл\n\nсоветник\n\n3\n\nLena Ward\n\nЛена Уорд\n\n"
            "директор\n\n## English\n\nMember of the Harbour Council of Westland, adviser to the Department of State\n",
        ),
        (
            "ar",
            "الرباط، 3 أبريل 2025. أعلنت الوزارة القائمة التالية.\n\n"
            "Member of the Harbour Council of Westland, adviser to the Department of State\n",
        ),
    ],
)
def test_the_post_before_of_is_no_part_of_the_body_s_name(language: str, text: str) -> None:
    bodies = {m.text for m in build_news(text, language).mentions if m.kind in ("organization", "government-agency")}
    assert "Harbour Council of Westland" in bodies
    assert not [b for b in bodies if b.startswith("Member")]
    assert "State" not in bodies
