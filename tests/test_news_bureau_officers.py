"""An association's bureau listed post by post, "post: name", as its communiqué prints it.

Each excerpt is composed for the test. Before, the short titles of an Arabic bureau's treasurer ("الأمين",
"نائب الأمين") were no posts, its vice-president was read as a UN meeting's Vice-Chair, and a French bureau's
"Trésorier" was no post.
"""

from __future__ import annotations

import pytest
from helpers import build_news

_BUREAUS = {
    "ar": (
        "بلاغ\n\nأعضاء المكتب التنفيذي :\n\nالرئيس: سمير الكستريلي\n\nنائب الرئيس: ليلى النورلاندي\n\n"
        "الأمين: كريم الفاسي\n\nنائب الأمين: هدى العلوي\n",
        {
            "سمير الكستريلي": "President",
            "ليلى النورلاندي": "Vice-President",
            "كريم الفاسي": "Treasurer",
            "هدى العلوي": "Deputy Treasurer",
        },
    ),
    "fr": (
        "Communiqué\n\nMembres du bureau exécutif :\n\nVice-président : Paul Norland\n\nTrésorier : Marc Dupin\n",
        {"Paul Norland": "Vice-President", "Marc Dupin": "Treasurer"},
    ),
}


@pytest.mark.parametrize("language", sorted(_BUREAUS))
def test_each_officer_of_a_bureau_list_holds_the_post_before_the_colon(language: str) -> None:
    text, expected = _BUREAUS[language]
    assert {h.person.text: h.post_name for h in build_news(text, language).posts} == expected


def test_a_name_that_holds_the_treasurers_short_title_is_no_post() -> None:
    text = "بلاغ\n\nصرح محمد الأمين بن علي بأن الجمعية ستواصل عملها.\n"
    assert build_news(text, "ar").posts == []
