"""A web page's furniture inside the text (lines of links to the author's page or to social networks, an author's or
editor's box, a credit to where the page was first published) is no part of the text: the states and organisations its words name were facts of the text ("英国伦敦
喜庄园" gave the United Kingdom). Such lines are told by their structure, whatever the page, and left out of the
text the finders read; the article around them is read as before."""

from __future__ import annotations

import pytest
from helpers import build_news, news_document

from kg import lang
from kg.finders.text import DocumentText

_ARTICLE = {
    "zh": "3月4日，联合国人权理事会通过一项关于越南的决议。",
    "en": "On 4 March the Human Rights Council adopted a resolution on Viet Nam.",
    "fr": "Le 4 mars, le Conseil des droits de l'homme a adopté une résolution sur le Viet Nam.",
}
_FURNITURE = {
    "zh": (
        "- [点击阅读英国伦敦喜庄园的更多精彩文章](https://news.example.org/zh/author/london_club/)\n"
        "- [欢迎加入【日本方舟农场】Discord官方群](https://discord.gg/AbC123)\n"
        "[菲律宾马尼拉农场Twitter](https://twitter.com/manila_farm)：manila_farm\n\n"
        "编辑：【英国伦敦喜庄园编辑部】\n"
        "` 英國倫敦喜莊園 London Club UK` [轉載自GNews](https://news.example.org/zh-hans/2106447/)\n"
    ),
    "en": (
        "- [More articles by the London Club of Japan](https://news.example.org/author/london-club/)\n"
        "[**Follow the Manila Philippines Farm on YouTube**](https://www.youtube.com/channel/UC123)\n\n"
        "Edited by the London Club of Japan\n"
        "`Philippines desk` [Reposted from World News](https://news.example.org/2022/03/ukraine-inquiry/)\n"
    ),
    "fr": (
        "- [Tous les articles du Club de Londres au Japon](https://journal.example.fr/auteur/club-londres/)\n"
        "- [Rejoignez le Club des Philippines sur Telegram](https://t.me/club_philippines)\n\n"
        "Rédaction : Club de Londres au Japon\n"
    ),
}


def _states(text: str, language: str) -> set[str]:
    return {m.key for m in build_news(text, language).mentions if m.kind == "state" and m.key}


@pytest.mark.parametrize("language", sorted(_ARTICLE))
def test_no_state_is_taken_from_the_pages_furniture(language: str) -> None:
    article = _ARTICLE[language]
    assert _states(f"{article}\n\n{_FURNITURE[language]}", language) == _states(article, language) == {"VNM"}


@pytest.mark.parametrize("language", sorted(_ARTICLE))
def test_every_line_of_the_furniture_is_told_and_no_line_of_the_article(language: str) -> None:
    text = f"{_ARTICLE[language]}\n\n{_FURNITURE[language]}"
    news = DocumentText(news_document(text, language), lang.get(language))
    told = [line for line in text.splitlines() if line.strip() and news.is_furniture_line(line)]
    assert told == [line for line in _FURNITURE[language].splitlines() if line.strip()]


def test_a_link_in_running_text_or_to_a_source_stays_text() -> None:
    """A line with words besides its link, or whose links go to no social or author page, is the text's."""
    news = DocumentText(news_document("x", "en"), lang.get("en"))
    assert not news.is_furniture_line("The Council [voted](https://twitter.com/unhrc/status/1) on Friday in Geneva.")
    assert not news.is_furniture_line("- [Resolution A/HRC/49/1](https://undocs.org/A/HRC/49/1)")
    assert not news.is_furniture_line("Edited by a committee of experts, the report was published in 2021 by the UN.")
