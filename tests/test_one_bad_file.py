"""One bad file never sinks a batch (issue 20, items 2, 7 and 9).

Each file below once ended a build with a traceback and no ``report.json``, hung
it, or was read when it should not have been. Now each is that file's entry in
the report, the good file beside it is built in full, with one worker or two.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures.bad.inputs import GOOD_RESOLUTION, pdf_with_to_unicode, run_kg, write

from kg import pipeline
from kg.cli import main
from kg.pipeline import build
from kg.readers import read

#: A page whose head holds more text than an article ever does, and which has no body at all.
LONG_TITLE_NO_BODY = "<html><head><title>" + "A very long title " * 20_000 + "</title></head></html>"


def _report(out: Path) -> dict[str, dict]:
    written = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {Path(document["source"]).name: document for document in written["documents"]}


def _manifest_rows(*rows: str) -> bytes:
    return ("file,title,language\n" + "".join(row + "\n" for row in rows)).encode("utf-8")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_page_with_a_long_title_and_no_body_is_that_files_failure(tmp_path: Path, workers: int) -> None:
    docs = tmp_path / "docs"
    write(docs, "good.txt", GOOD_RESOLUTION)
    write(docs, "long-title.html", LONG_TITLE_NO_BODY)
    report = build([docs], tmp_path / "out", workers=workers)
    entries = _report(tmp_path / "out")
    assert entries["good.txt"]["status"] == "built"
    assert entries["long-title.html"]["status"] == "failed"
    assert "no main text" in entries["long-title.html"]["error"]
    assert [d.source for d in report.failed] == ["docs/long-title.html"]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_pdf_whose_font_maps_to_lone_surrogates_is_read_with_replacement_characters(
    tmp_path: Path, workers: int
) -> None:
    """pypdf hands on the code units a ToUnicode map names, a lone surrogate too; UTF-8 cannot write one."""
    docs = tmp_path / "docs"
    write(docs, "good.txt", GOOD_RESOLUTION)
    pdf = write(docs, "surrogates.pdf", pdf_with_to_unicode(b"The Assembly decides " * 3, "D800"))
    text = read(pdf).text
    assert "\ufffd" in text and not any("\ud800" <= character <= "\udfff" for character in text)
    build([docs], tmp_path / "out", workers=workers)
    entries = _report(tmp_path / "out")
    assert entries["good.txt"]["status"] == "built"
    assert entries["surrogates.pdf"]["status"] in ("built", "failed")


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize(
    ("manifest", "line"),
    [
        (_manifest_rows("good.txt,Resolution,en", "other.txt,A title,en,an extra field"), 3),
        (_manifest_rows("good.txt,Resolution,en") + b"other.txt,R\xe9solution,fr\n", 3),
    ],
    ids=["extra-field", "not-utf-8"],
)
def test_a_damaged_manifest_is_reported_with_its_line_and_the_build_goes_on(
    tmp_path: Path, workers: int, manifest: bytes, line: int
) -> None:
    docs = tmp_path / "docs"
    write(docs, "good.txt", GOOD_RESOLUTION)
    write(docs, "other.txt", GOOD_RESOLUTION.replace("General Assembly", "Economic and Social Council"))
    write(docs, "manifest.csv", manifest)
    report = build([docs], tmp_path / "out", workers=workers)
    entries = _report(tmp_path / "out")
    assert entries["good.txt"]["status"] == entries["other.txt"]["status"] == "built"
    assert entries["manifest.csv"]["status"] == "failed"
    assert f"line {line}" in entries["manifest.csv"]["error"]
    assert len(report.failed) == 1


def test_a_manifest_mended_is_used_again(tmp_path: Path) -> None:
    docs, out = tmp_path / "docs", tmp_path / "out"
    write(docs, "good.txt", GOOD_RESOLUTION)
    write(docs, "manifest.csv", _manifest_rows("good.txt,Resolution,en,extra"))
    assert len(build([docs], out).failed) == 1
    write(docs, "manifest.csv", _manifest_rows("good.txt,Resolution,en"))
    report = build([docs], out)
    assert not report.failed
    assert "manifest.csv" not in _report(out)


def test_a_named_pipe_is_refused_without_waiting_on_it(tmp_path: Path) -> None:
    """Reading a FIFO blocks until someone writes to it: the build hung, named or found in a folder."""
    docs = tmp_path / "docs"
    write(docs, "good.txt", GOOD_RESOLUTION)
    os.mkfifo(docs / "pipe.txt")
    named = tmp_path / "named.txt"
    os.mkfifo(named)
    finished = run_kg("build", str(docs), str(named), "--out", str(tmp_path / "out"), "--no-views", timeout=300)
    assert finished.returncode == 1, finished.stderr
    entries = _report(tmp_path / "out")
    assert entries["good.txt"]["status"] == "built"
    for name in ("pipe.txt", "named.txt"):
        assert entries[name]["status"] == "failed"
        assert "not a regular file" in entries[name]["error"]


def test_a_link_to_a_file_outside_the_input_folder_is_refused(tmp_path: Path) -> None:
    docs, outside = tmp_path / "docs", tmp_path / "elsewhere"
    write(docs, "good.txt", GOOD_RESOLUTION)
    secret = write(outside, "secret.txt", "The Security Council,\n\n1. Decides to keep this secret.\n")
    (docs / "leak.txt").symlink_to(secret)
    write(docs / "sub", "inside.txt", GOOD_RESOLUTION.replace("General Assembly", "Human Rights Council"))
    (docs / "alias.txt").symlink_to(docs / "sub" / "inside.txt")  # a link within the folder is read
    out = tmp_path / "out"
    build([docs], out)
    entries = _report(out)
    assert entries["leak.txt"]["status"] == "failed"
    assert "outside" in entries["leak.txt"]["error"] and str(secret) in entries["leak.txt"]["error"]
    assert entries["alias.txt"]["status"] == "built"
    assert "keep this secret" not in (out / "graph.trig").read_text(encoding="utf-8")


def test_file_names_with_control_characters_are_printed_escaped(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write(docs, "good\nfailed  forged.txt", GOOD_RESOLUTION)
    write(docs, "empty\r.txt", "")
    arguments = ["build", str(docs), "--out", str(tmp_path / "out"), "--no-views", "--verbose"]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert not any(line.startswith("failed  forged") for line in lines)
    assert any("good\\nfailed  forged.txt" in line and line.startswith("built") for line in lines)
    assert any("empty\\r.txt" in line and line.startswith("failed") for line in lines)


@pytest.mark.parametrize("workers", [1, 2])  # the pool's processes are forked: they inherit the patch
def test_a_file_that_takes_longer_than_its_time_budget_is_its_failure_and_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    """A file whose reading never ends (a 4 KB PDF of 300k text operators took 14 s) stops at the budget."""
    docs, out = tmp_path / "docs", tmp_path / "out"
    write(docs, "good.txt", GOOD_RESOLUTION)
    write(docs, "endless.txt", GOOD_RESOLUTION.replace("General Assembly", "Security Council"))
    build([docs], tmp_path / "warm-up")  # the gazetteers loaded: the good file takes a fraction of the budget
    real_read = pipeline.read

    def endless_on_one_file(path: Path, *, source: str | None = None):
        while path.name == "endless.txt":
            pass
        return real_read(path, source=source)

    monkeypatch.setattr(pipeline, "read", endless_on_one_file)
    report = build([docs], out, time_budget=3, workers=workers)
    entries = _report(out)
    assert entries["good.txt"]["status"] == "built"
    assert "time budget" in entries["endless.txt"]["error"]
    assert [d.source for d in report.failed] == ["docs/endless.txt"]
    monkeypatch.undo()
    again = build([docs], out, time_budget=None, workers=workers)  # a slow moment is not a lasting verdict on the file
    assert not again.failed
    assert "docs/endless.txt" in again.processed
    assert _report(out)["endless.txt"]["status"] == "built"


def test_outputs_with_a_file_over_its_budget_are_written_again_by_the_next_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even when the file's earlier result is in the cache (a --rebuild ran out of time on it)."""
    docs, out = tmp_path / "docs", tmp_path / "out"
    write(docs, "slow.txt", GOOD_RESOLUTION)
    build([docs], out)
    real_read = pipeline.read

    def endless(path: Path, *, source: str | None = None):
        while True:
            pass

    monkeypatch.setattr(pipeline, "read", endless)
    assert build([docs], out, rebuild=True, time_budget=1).failed
    monkeypatch.setattr(pipeline, "read", real_read)
    assert not build([docs], out).failed
    assert _report(out)["slow.txt"]["status"] == "built"


def test_whatever_a_reader_raises_is_its_files_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "docs"
    write(docs, "good.txt", GOOD_RESOLUTION)
    write(docs, "broken.txt", GOOD_RESOLUTION)
    real_read = pipeline.read

    def buggy(path: Path, *, source: str | None = None):
        if path.name == "broken.txt":
            raise TypeError("Invalid input object: NoneType")
        return real_read(path, source=source)

    monkeypatch.setattr(pipeline, "read", buggy)
    build([docs], tmp_path / "out")
    entries = _report(tmp_path / "out")
    assert entries["good.txt"]["status"] == "built"
    assert entries["broken.txt"]["error"] == "could not be read (TypeError: Invalid input object: NoneType)"


def test_a_file_whose_worker_process_dies_is_its_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed (out of memory, a crash in a C library) broke the whole pool and the build."""
    docs = tmp_path / "docs"
    for number in range(6):
        write(docs, f"good-{number}.txt", GOOD_RESOLUTION.replace("report", f"report {number}"))
    write(docs, "deadly.txt", GOOD_RESOLUTION)
    real_read = pipeline.read

    def dies_on_one_file(path: Path, *, source: str | None = None):
        if path.name == "deadly.txt":
            os._exit(70)  # as the kernel's OOM killer or a segfault would end it
        return real_read(path, source=source)

    monkeypatch.setattr(pipeline, "read", dies_on_one_file)  # the pool's processes are forked: they inherit it
    report = build([docs], tmp_path / "out", workers=2)
    entries = _report(tmp_path / "out")
    assert entries["deadly.txt"]["status"] == "failed"
    assert "process building it stopped" in entries["deadly.txt"]["error"]
    assert [d.source for d in report.failed] == ["docs/deadly.txt"]
