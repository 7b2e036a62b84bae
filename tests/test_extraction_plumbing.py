"""How finders get their matches (look-ups, shared readings) changes no fact they find: each faster path
is compared with the plain reading it replaced, on composed words and texts."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from helpers import news_document

from kg import lang
from kg.finders.names import _body_word, has_case
from kg.finders.text import DocumentText


def _body_word_by_scan(pack: lang.LanguagePack, word: str) -> str | None:
    """The body word ``word`` is or begins with, each body word of the pack compared in turn (the reading
    the look-up by prefix replaced)."""
    words = pack.extra.get("body_words", {})
    bodies = [(body, body.casefold()) for body in words] if isinstance(words, Mapping) else []
    endings = ("", *pack.words("body_word_endings"))
    for form in (word, *(word[len(p) :] for p in pack.words("proclitics") if word.startswith(p))):
        folded = form.casefold()
        for body, folded_body in bodies:
            if not folded.startswith(folded_body):
                continue
            if len(endings) > 1 and has_case(form, 0):
                if folded[len(folded_body) :] in endings:
                    return body
            elif len(form) - len(body) <= 3 or not has_case(form, 0):
                return body
    return None


@pytest.mark.parametrize(
    ("language", "word", "body"),
    [
        ("en", "Offices", "Office"),
        ("en", "Officer", None),  # an ending the pack does not list
        ("en", "agency", "Agency"),
        ("fr", "l'Organisation", "Organisation"),
        ("fr", "Commissions", "Commission"),
        ("ru", "корпорацией", "корпораци"),
        ("ar", "وللهيئة", None),
        ("ar", "والهيئة", "الهيئة"),
        ("ar", "بوزارة", "وزارة"),
    ],
)
def test_a_body_word_is_looked_up_by_its_prefixes(language: str, word: str, body: str | None) -> None:
    news = DocumentText(news_document("Title\n\nText.\n", language), lang.get(language))
    assert _body_word(news, word) == body == _body_word_by_scan(news.pack, word)


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru", "ar", "vi", "zh"])
def test_the_look_up_finds_what_a_scan_of_every_body_word_finds(language: str) -> None:
    """Every body word of the pack, cut, lengthened, in other cases and after each proclitic: the look-up
    and the scan agree, the pack's order deciding between two body words that both open a word."""
    pack = lang.get(language)
    news = DocumentText(news_document("Title\n\nText.\n", language), pack)
    words = pack.extra.get("body_words", {})
    bodies = list(words) if isinstance(words, Mapping) else []
    forms = {"", "x", "Bureau", "Comité"}
    for body in bodies:
        forms |= {body, body[:-1], body + "s", body + "es", body + "ion", body + "ами", body.upper(), body.lower()}
        forms |= {p + body for p in pack.words("proclitics")}
    for form in sorted(forms):
        if form:
            assert _body_word(news, form) == _body_word_by_scan(pack, form), form
