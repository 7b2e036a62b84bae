"""PDF files: the text layer, page by page (pypdf).

Refused, each with its reason: damaged or truncated files, files that need a
password (or, for AES, the optional ``cryptography`` package), and scanned
PDFs without a text layer. A reader raises only :class:`ReadError`: pypdf
meets hostile files with a variety of exceptions, and each of them is this
file's failure, never the batch's.
"""

from __future__ import annotations

import io

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from kg.model import Document
from kg.readers.errors import ReadError
from kg.readers.text import normalize_text

__all__ = ["read_pdf"]


def read_pdf(data: bytes, source: str) -> Document:
    reader = _open(data, source)
    text = "\n\n".join(_page_texts(reader, source))
    if not text.strip():
        raise ReadError(source, "PDF without a text layer (scanned?); run OCR first")
    return Document(
        source=source,
        text=normalize_text(text, source),
        media_type="application/pdf",
        title=_title(reader),
    )


def _open(data: bytes, source: str) -> PdfReader:
    """A reader of the file, decrypted when no password is needed."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(source, "encrypted PDF (a password is needed)")
    except ReadError:
        raise
    except DependencyError as error:
        raise ReadError(source, f"encrypted PDF that needs the 'cryptography' package to read ({error})") from error
    except FileNotDecryptedError as error:
        raise ReadError(source, "encrypted PDF (a password is needed)") from error
    except Exception as error:  # see the module docstring: anything pypdf raises is a damaged file
        raise ReadError(source, f"damaged or truncated PDF ({_describe(error)})") from error
    return reader


def _page_texts(reader: PdfReader, source: str) -> list[str]:
    """The text of every page; a page that cannot be read fails the file rather than go missing."""
    texts = []
    try:
        pages = list(reader.pages)
    except FileNotDecryptedError as error:
        raise ReadError(source, "encrypted PDF (a password is needed)") from error
    except Exception as error:  # a broken page tree
        raise ReadError(source, f"damaged or truncated PDF ({_describe(error)})") from error
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text() or ""
        except Exception as error:  # a broken content stream or font on this page
            raise ReadError(source, f"page {number} of the PDF cannot be read ({_describe(error)})") from error
        # A NUL in a text layer is a glyph the font does not map, not a sign of a binary file.
        texts.append(text.replace("\x00", ""))
    return texts


def _title(reader: PdfReader) -> str | None:
    try:
        title = reader.metadata.get("/Title") if reader.metadata else None
    except (PyPdfError, KeyError, ValueError, TypeError, AttributeError):  # a broken info dictionary
        return None
    text = str(title).replace("\x00", "").strip() if title else ""
    return text or None


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
