"""Bad input gets a clear error and loses nothing.

Every kind of file a user may hand ``kg build`` by mistake (empty, binary,
an image renamed ``.txt``, a truncated or encrypted PDF, a page with no body)
is refused by the readers with a :class:`ReadError` that names the file and
says why; text in other encodings is decoded; and in a batch, the bad files
are named in ``report.json`` while the good ones are built in full.
"""

from __future__ import annotations

import json
import random
import tracemalloc
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures.bad.inputs import (
    ARABIC,
    CHINESE,
    ENGLISH,
    FRENCH,
    GOOD_RESOLUTION,
    RUSSIAN,
    VIETNAMESE,
    cp1258,
    encrypted_pdf,
    jpeg,
    minimal_pdf,
    png,
    write,
)

from kg.cli import main
from kg.pipeline import build, process_file
from kg.readers import ReadError, read

MEGABYTE = 1 << 20


def _read_bytes(tmp_path: Path, name: str, data: bytes):
    return read(write(tmp_path, name, data))


# --- refusals: each names the file and says why ---------------------------------------------------


REFUSED = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\t\r\n", "empty file"),
    ("nul.txt", b"abc\x00\x01\x02def", "binary"),
    ("image.txt", png(), "PNG image"),
    ("photo.txt", jpeg(), "JPEG image"),
    ("archive.txt", b"PK\x03\x04" + bytes(100), "ZIP archive"),
    ("noise.txt", random.Random(7).randbytes(4096), "binary"),
    ("short-noise.txt", random.Random(2).randbytes(50), "convert the file to UTF-8"),
    ("bad-utf16.txt", b"\xff\xfe" + b"\x00\xd8" + b"a\x00", "invalid utf-16"),
    ("truncated.pdf", minimal_pdf("Some text")[:60], "PDF"),
    ("cut-in-half.pdf", minimal_pdf("Some text")[:200], "PDF"),
    ("not-a.pdf", b"%PDF-1.4\nthis is not a PDF at all\n", "PDF"),
    ("locked.pdf", encrypted_pdf("Secret", user_password="secret"), "password"),
    ("scanned.pdf", minimal_pdf(""), "text layer"),
    ("nobody.html", b"<html><head><title>x</title></head><body></body></html>", "no main text"),
    ("head-only.html", b"<html><head><title>Only a title</title></head></html>", "no main text"),
    ("script-only.html", b"<html><body><script>var text = 'no';</script></body></html>", "no main text"),
    ("empty-markup.html", b"<!-- nothing -->", "no main text"),
    ("sheet.xlsx", b"PK\x03\x04", "unsupported file type"),
]


@pytest.mark.parametrize(("name", "data", "reason"), REFUSED, ids=[case[0] for case in REFUSED])
def test_bad_input_is_refused_with_a_reason_naming_the_file(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(ReadError) as caught:
        read(path)
    assert caught.value.source == str(path)
    assert str(path) in str(caught.value)
    assert reason.lower() in caught.value.reason.lower()


def test_a_pdf_that_needs_a_missing_decryption_package_is_refused_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """AES needs the optional ``cryptography`` package; without it the file fails, not the batch."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    def needs_cryptography(self: PdfReader, password: str) -> None:
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(PdfReader, "decrypt", needs_cryptography)
    with pytest.raises(ReadError, match="cryptography"):
        read(write(tmp_path, "aes.pdf", encrypted_pdf("Secret", user_password="")))


def test_an_encrypted_pdf_without_a_user_password_is_read(tmp_path: Path) -> None:
    document = _read_bytes(tmp_path, "owner-only.pdf", encrypted_pdf("Recalling resolution 70/1", user_password=""))
    assert "resolution 70/1" in document.text


# --- other encodings: decoded to the same text, composed to NFC ----------------------------------


UTF16_TEXTS = {"vi": VIETNAMESE, "ar": ARABIC, "en": ENGLISH, "ru": RUSSIAN, "fr": FRENCH}


@pytest.mark.parametrize("language", sorted(UTF16_TEXTS))
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_are_read_with_or_without_a_byte_order_mark(
    tmp_path: Path, encoding: str, language: str
) -> None:
    text = UTF16_TEXTS[language]
    document = _read_bytes(tmp_path, "wide.txt", text.encode(encoding))
    assert document.text == text.replace("\r\n", "\n")


def test_chinese_in_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    # Chinese in UTF-16 has hardly any NUL bytes: without a mark there is no pattern to see.
    assert _read_bytes(tmp_path, "zh.txt", CHINESE.encode("utf-16")).text == CHINESE


@pytest.mark.parametrize("repeat", [1, 5])
def test_windows_1256_arabic_is_decoded(tmp_path: Path, repeat: int) -> None:
    text = " ".join([ARABIC] * repeat)
    document = _read_bytes(tmp_path, "cp1256.txt", text.encode("cp1256"))
    assert document.text == text
    assert document.language == "ar"


@pytest.mark.parametrize("text", [VIETNAMESE, "Việt Nam", "Hồ sơ Di cư Việt Nam", VIETNAMESE * 20])
def test_windows_1258_vietnamese_is_decoded_and_composed(tmp_path: Path, text: str) -> None:
    document = _read_bytes(tmp_path, "cp1258.txt", cp1258(text))
    assert document.text == text
    assert unicodedata.is_normalized("NFC", document.text)


def test_decomposed_unicode_is_composed_to_nfc(tmp_path: Path) -> None:
    document = _read_bytes(tmp_path, "nfd.txt", unicodedata.normalize("NFD", VIETNAMESE).encode())
    assert document.text == VIETNAMESE


@pytest.mark.parametrize(("text", "encoding"), [(FRENCH, "cp1252"), (RUSSIAN, "cp1251"), (CHINESE, "gb18030")])
def test_other_legacy_code_pages_are_decoded(tmp_path: Path, text: str, encoding: str) -> None:
    assert _read_bytes(tmp_path, "legacy.txt", text.encode(encoding)).text == text


def test_an_html_page_is_decoded_with_the_charset_it_declares(tmp_path: Path) -> None:
    page = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1256'></head>"
        f"<body><article><p>{ARABIC}</p><p>{ARABIC}</p><p>{ARABIC}</p></article></body></html>"
    )
    document = _read_bytes(tmp_path, "ar.html", page.encode("cp1256"))
    assert ARABIC in document.text


def test_an_xhtml_page_with_an_xml_declaration_is_read(tmp_path: Path) -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><article>'
        + f"<p>{VIETNAMESE}</p>" * 3
        + "</article></body></html>"
    )
    assert VIETNAMESE in _read_bytes(tmp_path, "x.html", page.encode()).text


def test_a_mixed_language_document_is_read_whole(tmp_path: Path) -> None:
    text = "\n\n".join([ENGLISH, ARABIC, VIETNAMESE, CHINESE, RUSSIAN])
    document = _read_bytes(tmp_path, "mixed.txt", text.encode())
    assert document.text == text
    assert document.language in {"en", "ar", "vi", "zh", "ru", None}


# --- size: 10 MB documents and lines of a million characters -----------------------------------


def _peak_memory(function, *arguments):
    tracemalloc.start()
    try:
        result = function(*arguments)
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_ten_megabyte_text_is_read_in_bounded_memory(tmp_path: Path) -> None:
    paragraph = (VIETNAMESE + " " + FRENCH + "\n\n").encode()
    data = paragraph * (10 * MEGABYTE // len(paragraph))
    path = write(tmp_path, "big.txt", data)
    document, peak = _peak_memory(read, path)
    assert len(document.text.encode()) == len(data)
    assert peak < 20 * len(data)  # a handful of copies of the text, not one a line


def test_a_ten_megabyte_legacy_encoded_text_is_read(tmp_path: Path) -> None:
    text = (ARABIC + "\n") * (10 * MEGABYTE // len(ARABIC.encode("cp1256")))
    document = read(write(tmp_path, "big-cp1256.txt", text.encode("cp1256")))
    assert document.text == text


@pytest.mark.slow
def test_a_ten_megabyte_html_page_is_read_whole(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>Paragraph {n}. {VIETNAMESE} {FRENCH}</p>\n" for n in range(40_000))
    page = f"<html><body><nav>Home | News</nav><article>{paragraphs}</article><footer>©</footer></body></html>"
    assert len(page.encode()) > 10 * MEGABYTE
    document = read(write(tmp_path, "big.html", page.encode()))
    assert document.text.startswith("Paragraph 0.") and "Paragraph 39999." in document.text
    assert "Home | News" not in document.text


def test_a_line_of_a_million_characters_is_read_and_segmented(tmp_path: Path) -> None:
    line = " ".join([ENGLISH.replace("\n", " ")] * (1_000_000 // len(ENGLISH)))
    document = read(write(tmp_path, "line.txt", line.encode()))
    assert document.text == line
    assert document.language == "en"
    assert [segment.role for segment in document.segments] == ["main"]


@pytest.mark.slow
def test_a_line_of_a_million_characters_builds(tmp_path: Path) -> None:
    line = " ".join([GOOD_RESOLUTION.replace("\n", " ")] * (1_000_000 // len(GOOD_RESOLUTION)))
    report, graph, quads = process_file(write(tmp_path, "line.txt", line), "line.txt")
    assert report.status == "built", report.error
    assert graph is not None and quads


def test_building_scans_the_text_a_bounded_number_of_times(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A work count, not a stopwatch: characters given to fold_digits, against the document's length."""
    from kg.text import normalize

    folded = []
    original = normalize.fold_digits

    def counting(text: str) -> str:
        folded.append(len(text))
        return original(text)

    for module in ("kg.text.numbers", "kg.text.dates", "kg.text.symbols", "kg.text.normalize"):
        monkeypatch.setattr(f"{module}.fold_digits", counting, raising=False)
    paragraphs = "".join(f"{n}. Requests the Secretary-General to report on the {n} cases.\n\n" for n in range(1, 401))
    text = "The General Assembly,\n\n" + paragraphs
    report, _, _ = process_file(write(tmp_path, "long.txt", text), "long.txt")
    assert report.status == "built", report.error
    assert sum(folded) <= 50 * len(text), f"{sum(folded)} characters folded for a text of {len(text)}"


# --- a batch: the bad are reported, the good built in full --------------------------------------


def _bad_batch(folder: Path) -> dict[str, str]:
    """Write one file of each bad kind into ``folder``; the reason each must be reported with."""
    reasons = {}
    for name, data, reason in REFUSED:
        write(folder, name, data)
        reasons[name] = reason
    return reasons


def _graph_quads(out: Path, graph: str) -> set[str]:
    from pyoxigraph import RdfFormat, parse

    return {
        str(quad)
        for quad in parse(path=str(out / "graph.trig"), format=RdfFormat.TRIG)
        if quad.graph_name.value == graph
    }


@pytest.mark.slow
def test_bad_files_are_reported_and_good_ones_built_in_full(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    write(batch, "resolution.txt", GOOD_RESOLUTION)
    write(batch, "news.txt", VIETNAMESE + "\n\n" + VIETNAMESE + "\n")
    alone = build([batch], tmp_path / "alone")
    assert not alone.failed

    reasons = _bad_batch(batch)
    # A folder contributes the suffixes kg reads; a file of another kind is reported when named.
    report = build([batch, batch / "sheet.xlsx"], tmp_path / "out")

    written = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    entries = {Path(entry["source"]).name: entry for entry in written["documents"]}
    for name, reason in reasons.items():
        assert entries[name]["status"] == "failed", name
        assert reason.lower() in entries[name]["error"].lower(), (name, entries[name]["error"])
    assert written["totals"]["failed"] == len(reasons)
    for document in alone.documents:
        name = Path(document.source).name
        assert entries[name]["status"] == "built"
        assert entries[name]["counts"] == document.counts
        assert _graph_quads(tmp_path / "out", document.graph) == _graph_quads(tmp_path / "alone", document.graph)
    assert len(report.documents) == len(reasons) + 2


@pytest.mark.slow
def test_kg_build_exits_1_when_a_file_failed_and_0_when_none_did(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write(docs, "good.txt", GOOD_RESOLUTION)
    runner = CliRunner()
    clean = runner.invoke(main, ["build", str(docs), "--out", str(tmp_path / "out")])
    assert clean.exit_code == 0, clean.output
    write(docs, "image.txt", png())
    failed = runner.invoke(main, ["build", str(docs), "--out", str(tmp_path / "out")])
    assert failed.exit_code == 1, failed.output
    assert "image.txt" in failed.output and "PNG image" in failed.output
    assert failed.exception is None or isinstance(failed.exception, SystemExit)


@pytest.mark.slow
def test_documents_with_no_facts_are_built_and_reported(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write(docs, "punctuation.txt", "… — !!! ??? ... ;;;\n")
    write(docs, "words.txt", "lorem ipsum dolor sit amet consectetur adipiscing elit\n")
    write(docs, "digits.txt", "١٢٣ ４５６ 789\n")
    report = build([docs], tmp_path / "out")
    written = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {Path(d["source"]).name for d in written["documents"]} == {
        "punctuation.txt",
        "words.txt",
        "digits.txt",
    }
    assert not report.failed, [(d.source, d.error) for d in report.failed]
