"""Readers: encodings, HTML main text, PDF text layers, manifest metadata, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.readers import ReadError, read

ARABIC = "إن الجمعية العامة، إذ تشير إلى قراراتها السابقة، تطلب إلى الأمين العام أن يقدم تقريرا."
VIETNAMESE = "Bộ Ngoại giao có nhiệm vụ định kỳ xây dựng Hồ sơ Di cư Việt Nam theo Quyết định số 402/QĐ-TTg."


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_text_keeps_its_characters_and_gets_a_language(tmp_path: Path) -> None:
    document = read(_file(tmp_path, "a.txt", ARABIC.encode("utf-8")))
    assert document.text == ARABIC
    assert document.language == "ar"
    assert len(document.sha256) == 64


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_byte_order_marks_are_honoured(tmp_path: Path, encoding: str) -> None:
    document = read(_file(tmp_path, "v.txt", VIETNAMESE.encode(encoding)))
    assert document.text == VIETNAMESE
    assert document.language == "vi"


def test_windows_1256_arabic_is_decoded(tmp_path: Path) -> None:
    document = read(_file(tmp_path, "cp.txt", (ARABIC * 3).encode("cp1256")))
    assert document.text.startswith(ARABIC)


def test_decomposed_vietnamese_is_composed(tmp_path: Path) -> None:
    import unicodedata

    document = read(_file(tmp_path, "nfd.txt", unicodedata.normalize("NFD", VIETNAMESE).encode()))
    assert document.text == VIETNAMESE


def test_html_main_text_without_navigation(tmp_path: Path) -> None:
    paragraph = "<p>" + VIETNAMESE + " Đây là công cụ chính sách quan trọng của Việt Nam trong quản lý di cư.</p>"
    page = (
        "<html><head><title>Hồ sơ Di cư</title></head><body>"
        "<nav><a href='/'>Trang chủ</a> <a href='/news'>Thời sự</a></nav>"
        f"<article><h1>Hồ sơ Di cư Việt Nam</h1>{paragraph * 3}</article>"
        "<footer>Bản quyền thuộc về báo</footer></body></html>"
    )
    document = read(_file(tmp_path, "page.html", page.encode("utf-8")))
    assert "Quyết định số 402/QĐ-TTg" in document.text
    assert "Trang chủ" not in document.text
    assert document.media_type == "text/html"


def _minimal_pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` in its text layer (ASCII only)."""
    stream = f"BT /F1 12 Tf 72 712 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return body


def test_pdf_text_layer_is_read(tmp_path: Path) -> None:
    document = read(_file(tmp_path, "r.pdf", _minimal_pdf("Recalling its resolution 70/1 of 25 September 2015")))
    assert "resolution 70/1" in document.text
    assert document.media_type == "application/pdf"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"   \n", "empty file"),
        ("nul.txt", b"abc\x00\x01\x02def", "binary"),
        ("truncated.pdf", _minimal_pdf("Some text")[:60], "PDF"),
        ("nobody.html", b"<html><head><title>x</title></head><body></body></html>", "no main text"),
        ("sheet.xlsx", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_bad_input_gets_an_error_naming_the_file(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = _file(tmp_path, name, data)
    with pytest.raises(ReadError) as caught:
        read(path)
    assert str(path) in str(caught.value)
    assert reason in caught.value.reason


def test_manifest_gives_metadata_the_text_lacks(tmp_path: Path) -> None:
    _file(tmp_path, "manifest.csv", b"file,title,date,url\nd.txt,A Title,2022-06-10,https://example.org/d\n")
    document = read(_file(tmp_path, "d.txt", VIETNAMESE.encode()))
    assert (document.title, document.date, document.url) == ("A Title", "2022-06-10", "https://example.org/d")
