"""Bounded fuzzing of the readers and the build, with fixed seeds and fixed counts.

* Readers: random bytes, mutated text, HTML and PDF, truncated files; each
  read gives a Document (text in NFC, without NUL) or a ReadError, nothing else.
* Build: a batch of random files and of random mixtures of real lines (shuffled
  from ``corpus/*.txt``): the build never crashes, each file is reported as
  built or with its reason, and the outputs always parse as RDF.
"""

from __future__ import annotations

import json
import random
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from fixtures.bad.inputs import (
    ARABIC,
    GOOD_RESOLUTION,
    VIETNAMESE,
    corpus_lines,
    minimal_pdf,
    pdf_with_to_unicode,
    shuffled_text,
    write,
)
from pyoxigraph import RdfFormat, parse

from kg.pipeline import build, build_document
from kg.readers import ReadError, read

SEED = 1123
READER_INPUTS = 200
BUILD_INPUTS = 36

SAMPLE_HTML = (
    "<html><head><title>Hồ sơ</title><meta charset='utf-8'></head><body><nav>Trang chủ</nav>"
    f"<article><h1>Di cư</h1><p>{VIETNAMESE}</p><p>{ARABIC}</p><p>{VIETNAMESE}</p></article></body></html>"
).encode()
SAMPLE_TEXT = (GOOD_RESOLUTION + VIETNAMESE + "\n" + ARABIC + "\n").encode()
SAMPLE_PDF = minimal_pdf("Recalling its resolution 70/1 of 25 September 2015, requests a report")
#: Inputs that once ended a whole build with a traceback (issue 20): fuzzed like the samples.
BROKE_A_BUILD = {
    "long-title.html": b"<html><head><title>" + b"A very long title " * 20_000 + b"</title></head></html>",
    "surrogates.pdf": pdf_with_to_unicode(b"The Assembly decides " * 3, "D800"),
    "grouped-run.txt": b"The General Assembly,\n\n1. Decides to allocate " + b"1,0," * 5_000 + b"1 dollars.\n",
}
PREFIXES = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"%PDF-1.4\n", b"<html>", b"\x89PNG\r\n\x1a\n"]


def _flip(rng: random.Random, data: bytes, flips: int) -> bytes:
    mutable = bytearray(data)
    for _ in range(flips):
        mutable[rng.randrange(len(mutable))] = rng.randrange(256)
    return bytes(mutable)


def _random_input(rng: random.Random) -> tuple[str, bytes]:
    """A file name and bytes: noise, or a real sample mutated, truncated or prefixed."""
    suffix = rng.choice([".txt", ".html", ".pdf"])
    sample = {".txt": SAMPLE_TEXT, ".html": SAMPLE_HTML, ".pdf": SAMPLE_PDF}[suffix]
    makers: list[Callable[[], bytes]] = [
        lambda: rng.randbytes(rng.randrange(1, 2048)),
        lambda: rng.choice(PREFIXES) + rng.randbytes(rng.randrange(0, 512)),
        lambda: _flip(rng, sample, rng.randrange(1, 20)),
        lambda: sample[: rng.randrange(1, len(sample))],
        lambda: rng.choice(PREFIXES) + sample,
        lambda: sample.decode("utf-8", "replace").encode(rng.choice(["utf-16-le", "utf-16-be", "utf-32"])),
    ]
    return suffix, rng.choice(makers)()


def test_readers_give_a_document_or_a_read_error_for_any_bytes(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    outcomes = {"read": 0, "refused": 0}
    for number in range(READER_INPUTS):
        suffix, data = _random_input(rng)
        path = write(tmp_path, f"input-{number}{suffix}", data)
        try:
            document = read(path)
        except ReadError as error:
            assert error.source == str(path) and error.reason
            outcomes["refused"] += 1
            continue
        assert "\x00" not in document.text and document.text.strip()
        assert unicodedata.is_normalized("NFC", document.text)
        outcomes["read"] += 1
    assert outcomes["read"] and outcomes["refused"]  # the fuzz reached both sides


@pytest.mark.parametrize("name", sorted(BROKE_A_BUILD))
def test_inputs_that_broke_a_build_and_their_mutations_give_a_result(tmp_path: Path, name: str) -> None:
    rng = random.Random(SEED)
    sample = BROKE_A_BUILD[name]
    variants = [sample, sample[: len(sample) // 2], *(_flip(rng, sample, rng.randrange(1, 20)) for _ in range(8))]
    statuses = set()
    for number, data in enumerate(variants):
        path = write(tmp_path, f"{number}-{name}", data)
        result = build_document(path, path.name)  # never raises: built, or failed with a reason
        assert (result.report.status == "failed") == bool(result.report.error), result.report
        assert result.nquads.decode("utf-8").count("\n") == result.nquads.count(b"\n")
        statuses.add(result.report.status)
    assert statuses


def _batch(folder: Path, rng: random.Random) -> None:
    lines = corpus_lines()
    for number in range(BUILD_INPUTS):
        if number % 3 == 0:
            suffix, data = _random_input(rng)
            write(folder, f"random-{number}{suffix}", data)
        else:
            write(folder, f"mixture-{number}.txt", shuffled_text(rng, lines, rng.randrange(1, 40)))


@pytest.fixture(scope="module")
def fuzz_build(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("fuzz-docs")
    _batch(folder, random.Random(SEED))
    out = tmp_path_factory.mktemp("fuzz-build")
    return build([folder], out), out


@pytest.mark.slow
def test_a_fuzzed_batch_builds_and_every_file_is_reported(fuzz_build) -> None:
    _, out = fuzz_build
    written = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(written["documents"]) == BUILD_INPUTS
    for document in written["documents"]:
        assert document["status"] in ("built", "failed")
        assert (document["status"] == "failed") == bool(document["error"]), document
    assert written["totals"]["built"] + written["totals"]["failed"] == BUILD_INPUTS
    assert written["totals"]["built"] > 0


@pytest.mark.slow
def test_a_fuzzed_batch_gives_valid_rdf(fuzz_build) -> None:
    report, out = fuzz_build
    for name, rdf_format in (("graph.trig", RdfFormat.TRIG), ("graph.ttl", RdfFormat.TURTLE)):
        assert list(parse(path=str(out / name), format=rdf_format)), name
    assert list(parse(path=str(out / "graph.jsonld"), format=RdfFormat.JSON_LD))
    graphs = {quad.graph_name.value for quad in parse(path=str(out / "graph.trig"), format=RdfFormat.TRIG)}
    assert {d.graph for d in report.documents if d.status == "built"} <= graphs


@pytest.mark.slow
def test_mixtures_of_real_text_fail_only_for_reading_reasons(fuzz_build) -> None:
    """Real lines, shuffled, are text: no builder may fail on them (a failure names an exception type)."""
    report, _ = fuzz_build
    crashed = [
        (Path(d.source).name, d.error)
        for d in report.documents
        if d.status == "failed" and Path(d.source).name.startswith("mixture-")
    ]
    assert not crashed
