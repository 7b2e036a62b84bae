"""Plain text: decoding bytes of unknown encoding into the text builders read.

:func:`decode` tries, in this order, and says why when it gives up:

1. a byte-order mark, which names the encoding;
2. the signature of a binary format (an image or an archive renamed ``.txt``),
   refused by name;
3. NUL bytes: UTF-16 or UTF-32 without a byte-order mark when the NULs fall in
   the pattern of one, otherwise a binary file;
4. UTF-8;
5. an encoding the file declares (an HTML ``<meta charset>``), when it fits;
6. a legacy Windows code page (Arabic cp1256, Vietnamese cp1258, ...), when
   one reads as text; otherwise the file is refused with a request to convert it.

Every reader's text then goes through :func:`normalize_text`: ``\\n`` line ends
and NFC, no NUL characters, not blank.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from kg.model import Document
from kg.readers.errors import ReadError

__all__ = ["decode", "normalize_text", "read_text"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its mark begins with UTF-16's little-endian one
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# How binary files a user may have named .txt begin; naming the format makes the refusal clear.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document; name it .pdf"),
    (b"PK\x03\x04", "a ZIP archive or an Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# Legacy code pages still met in government archives: Arabic and Vietnamese Windows pages first.
_LEGACY_ENCODINGS = ("cp1256", "cp1258", "cp1252", "cp1251", "gb18030")

# A guessed decoding is judged on a sample: enough words to tell, bounded for a 10 MB file.
_SAMPLE_CHARS = 50_000

# Share of the code units of UTF-16 text that hold a character below U+0100 (a NUL high byte):
# spaces and punctuation alone pass it in Arabic or Russian text; binary data puts NULs anywhere.
_MIN_UTF16_NUL_SHARE = 0.1

# Words that mix scripts ("Viкт") betray a wrong code page; a few are tolerated (brand names, "COVID-19"),
# more than this share of the words refuses the decoding.
_MAX_MIXED_SCRIPT_WORDS = 0.02

# Half of a UTF-16 pair without its other half: decoders never make one, PDF text extraction can.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# Letters only Vietnamese writes (Latin Extended Additional: ạ ả ấ ... ỹ).
_VIETNAMESE_LETTERS = range(0x1EA0, 0x1EFA)


def decode(data: bytes, source: str, *, declared: str | None = None) -> str:
    """Decode ``data`` to text in NFC with ``\\n`` line ends, or raise ReadError.

    ``declared`` is an encoding the file names for itself (an HTML page's
    ``<meta charset>``); it is used when the bytes are not UTF-8.
    """
    return normalize_text(_decode_raw(data, source, declared), source)


def normalize_text(text: str, source: str) -> str:
    """The text builders read: ``\\n`` line ends, composed to NFC; refused when it holds NULs or is blank.

    A lone surrogate (a PDF font's ToUnicode map can yield one) is no character
    and cannot be written in UTF-8: it becomes U+FFFD, as an undecodable byte
    does. Text is composed to NFC because Vietnamese written with combining tone
    marks (cp1258, macOS) must match the same words typed precomposed. Other
    control characters are kept: they are the document's, and every output escapes them.
    """
    if "\x00" in text:
        raise ReadError(source, "binary file (NUL characters in the text)")
    text = _LONE_SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise ReadError(source, "no text")
    return text


def read_text(data: bytes, source: str) -> Document:
    return Document(source=source, text=decode(data, source), media_type="text/plain")


# --- which encoding ------------------------------------------------------------------------------


def _decode_raw(data: bytes, source: str, declared: str | None = None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, source)
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise ReadError(source, f"binary file ({kind}), not text")
    if b"\x00" in data:
        unmarked = _unmarked_utf16_or_32(data)
        if unmarked is None:
            raise ReadError(source, "binary file (NUL bytes, and not in the pattern of UTF-16 or UTF-32)")
        return _strict(data, unmarked, source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared and (text := _try_declared(data, declared)) is not None:
        return text
    return _guess_legacy(data, source)


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ReadError(source, f"invalid {encoding} at byte {error.start}") from error


def _unmarked_utf16_or_32(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 byte order that the NULs of ``data`` show, or None.

    Every character below U+0100 (space, digits, punctuation, Latin letters)
    has a NUL high byte: in little-endian UTF-16 these fall on odd offsets,
    in big-endian on even ones, and almost never on the other parity (only
    characters such as U+0600 or U+4E00 put one there). UTF-32 has a NUL in
    the top byte of every character.
    """
    if len(data) % 4 == 0:
        if not data[3::4].strip(b"\x00") and _mostly_nul(data[2::4]):
            return "utf-32-le"
        if not data[0::4].strip(b"\x00") and _mostly_nul(data[1::4]):
            return "utf-32-be"
    if len(data) % 2 == 0:
        even, odd = data[0::2].count(0), data[1::2].count(0)
        units = len(data) // 2
        if odd >= _MIN_UTF16_NUL_SHARE * units and even * 20 <= odd:
            return "utf-16-le"
        if even >= _MIN_UTF16_NUL_SHARE * units and odd * 20 <= even:
            return "utf-16-be"
    return None


def _mostly_nul(data: bytes) -> bool:
    return data.count(0) >= 0.9 * len(data)


def _try_declared(data: bytes, declared: str) -> str | None:
    try:
        return data.decode(codecs.lookup(declared).name)
    except (LookupError, UnicodeDecodeError):  # an unknown name or a wrong declaration: guess instead
        return None


# --- guessing a legacy code page -----------------------------------------------------------------


def _guess_legacy(data: bytes, source: str) -> str:
    """The legacy code page that reads as text: cp1258 by its tone marks, else charset-normalizer's best."""
    vietnamese = _try_declared(data, "cp1258")
    if vietnamese is not None and _reads_as_vietnamese(vietnamese):
        return vietnamese
    from charset_normalizer import from_bytes  # imported late: only files that are not UTF-8 need it

    for match in from_bytes(data, cp_isolation=list(_LEGACY_ENCODINGS)):
        text = str(match)
        if match.chaos <= 0.2 and _mixed_script_share(text[:_SAMPLE_CHARS]) <= _MAX_MIXED_SCRIPT_WORDS:
            return text
    tried = ", ".join(_LEGACY_ENCODINGS)
    raise ReadError(source, f"not UTF-8, and none of {tried} reads as text; convert the file to UTF-8")


def _reads_as_vietnamese(text: str) -> bool:
    """Whether cp1258's combining tone marks all compose into Vietnamese letters.

    In cp1252 the bytes of those marks are "Ì Ò Þ ì ò", which no language we
    read puts after a vowel; in Arabic bytes they follow letters they cannot
    compose with, so marks are left over.
    """
    sample = unicodedata.normalize("NFC", text[:_SAMPLE_CHARS])
    if any(unicodedata.combining(char) for char in sample):
        return False
    letters = sum(char.isalpha() for char in sample)
    vietnamese = sum(ord(char) in _VIETNAMESE_LETTERS for char in sample)
    return vietnamese > 0 and vietnamese * 100 >= letters


def _mixed_script_share(text: str) -> float:
    """The share of words whose letters come from more than one script ("Viкт", "Viêٍt")."""
    words = mixed = 0
    scripts: set[str] = set()
    for char in text + " ":
        if char.isalpha():
            scripts.add(_script(char))
        elif scripts:
            words += 1
            mixed += len(scripts) > 1
            scripts.clear()
    return mixed / words if words else 0.0


def _script(letter: str) -> str:
    """The script of a letter, from its Unicode name: LATIN, ARABIC, CYRILLIC, CJK ..."""
    return unicodedata.name(letter, "UNKNOWN").split(" ", 1)[0]
