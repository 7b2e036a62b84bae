"""Where verbs come first (Arabic), a body's decision told in the past puts the verb before its subject:
"وقد صادق المؤتمر على ...", "قرر مجلس ...". The body right after the verb decides; the author's noun for
itself there ("المؤتمر", its congress) is the author; a person after the verb decides nothing here.

Excerpts composed for the test; the French excerpt shows the subject-first order is read as before.
"""

from __future__ import annotations

from helpers import build_news

_AUTHOR_LEAD = "بلاغ الرابطة الوطنية لحماية البيئة حول مؤتمرها الوطني\n\n"


def _decisions(text: str, language: str) -> list[tuple[str | None, str, str]]:
    return [
        (c.issuer.text if c.issuer else None, c.action, c.force)
        for c in build_news(text, language).commitments
        if c.force == "decision"
    ]


def test_the_authors_congress_after_the_verb_is_the_author() -> None:
    text = _AUTHOR_LEAD + "عقدت الرابطة مؤتمرها الوطني. وقد صادق المؤتمر بالإجماع على البرنامج الجديد.\n"
    assert _decisions(text, "ar") == [("الرابطة الوطنية لحماية البيئة", "adopts", "decision")]


def test_a_body_named_after_the_verb_decides() -> None:
    text = _AUTHOR_LEAD + "وكان قد قرر مجلس الأمن تمديد ولاية البعثة سنة أخرى.\n"
    assert ("مجلس الأمن", "decides", "decision") in _decisions(text, "ar")


def test_a_person_after_the_verb_makes_no_bodys_decision() -> None:
    text = _AUTHOR_LEAD + "قرر الوزير السفر إلى باريس يوم الاثنين.\n"
    assert _decisions(text, "ar") == []


def test_subject_first_languages_keep_the_body_before_the_verb() -> None:
    text = "Article\n\nLe Conseil de sécurité a décidé de prolonger le mandat de la mission.\n"
    assert [d[0] for d in _decisions(text, "fr")] == ["Conseil de sécurité"]
