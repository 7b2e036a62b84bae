"""HTML pages: trafilatura separates the article from navigation, teasers and comments.

Two things are done before trafilatura sees a page:

* the bytes are decoded with the charset the page declares, when they are not UTF-8;
* scripts and styles are dropped, and a page with more text than a news page
  ever holds (a report saved as HTML) skips trafilatura: its main-text search
  grows faster than linearly with the page (minutes for a 10 MB page), and a
  page that big is a document, not an article wrapped in furniture. Its
  text is taken whole, block by block, without navigation, header and footer.

A reader raises only :class:`ReadError`: whatever a hostile or broken page
makes lxml or trafilatura raise is reported as the page's failure, never the batch's.
"""

from __future__ import annotations

import re

import trafilatura
from lxml import etree, html

from kg.model import Document
from kg.readers.errors import ReadError
from kg.readers.text import decode, normalize_text

__all__ = ["read_html"]

#: Above this many characters of text, a page is read whole instead of through trafilatura.
MAX_ARTICLE_CHARS = 200_000

# Where a page declares its encoding: <meta charset>, <meta http-equiv content="...; charset=">,
# or an XML declaration.
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I
)
_HEAD_BYTES = 4096
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

_NEVER_TEXT = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object")
_FURNITURE = ("nav", "header", "footer", "aside", "form", "menu")
_BLOCKS = frozenset(
    {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "tr"}
    | {"table", "section", "article", "main", "blockquote", "pre", "figure", "figcaption", "caption"}
    | {"address", "details", "summary"}
)


def read_html(data: bytes, source: str) -> Document:
    page = decode(data, source, declared=_declared_charset(data))
    tree = _parse(page, source)
    title, date, url = _metadata(tree)  # before scripts go: JSON-LD metadata lives in one
    _drop(tree, _NEVER_TEXT)
    too_big_for_trafilatura = len(tree.text_content()) > MAX_ARTICLE_CHARS
    text = _whole_text(tree) if too_big_for_trafilatura else _article_text(tree, source)
    if not text or not text.strip():
        raise ReadError(source, "HTML page with no main text")
    return Document(
        source=source,
        text=normalize_text(text, source),
        media_type="text/html",
        title=title,
        date=date,
        url=url,
    )


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:_HEAD_BYTES])
    if match is None:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")


def _parse(page: str, source: str) -> html.HtmlElement:
    # lxml refuses a str that declares an encoding; the page is decoded already.
    page = _XML_DECLARATION.sub("", page, count=1)
    try:
        return html.document_fromstring(page)
    except (etree.ParserError, ValueError) as error:  # "Document is empty" and the like
        raise ReadError(source, f"HTML page with no main text ({error})") from error


def _drop(tree: html.HtmlElement, tags: tuple[str, ...]) -> None:
    for element in list(tree.iter(*tags)):  # a list: the tree changes under the loop
        if element.getparent() is not None:
            element.drop_tree()  # keeps the text that follows the element


def _article_text(tree: html.HtmlElement, source: str) -> str | None:
    try:
        return trafilatura.extract(
            tree, output_format="txt", include_comments=False, include_tables=True, favor_precision=True
        )
    except Exception as error:  # a reader's contract: a broken page is this file's failure, not the batch's
        raise ReadError(source, f"HTML page that could not be read ({type(error).__name__}: {error})") from error


def _whole_text(tree: html.HtmlElement) -> str:
    """The text of the page's article (or body) with a blank line between blocks; linear in the page."""
    _drop(tree, _FURNITURE)
    articles = tree.xpath("//article | //main")
    root = articles[0] if len(articles) == 1 else tree.find("body")
    if root is None:  # a head alone (a long title, no body): no text to read
        return ""
    parts: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        block = isinstance(element.tag, str) and element.tag in _BLOCKS
        if block:
            parts.append("\n")
        if event == "start" and element.text and isinstance(element.tag, str):
            parts.append(element.text)
        if event == "end" and element.tail and element is not root:
            parts.append(element.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def _metadata(tree: html.HtmlElement) -> tuple[str | None, str | None, str | None]:
    """Title, date and address the page states; none of them is worth failing a page for."""
    try:
        metadata = trafilatura.extract_metadata(tree)
    except Exception:  # metadata is optional: the page's text is what matters
        return None, None, None
    return (
        getattr(metadata, "title", None) or None,
        getattr(metadata, "date", None) or None,
        getattr(metadata, "url", None) or None,
    )
