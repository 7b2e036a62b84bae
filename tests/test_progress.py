"""Progress of a build: one line rewritten on a terminal, plain lines now and then elsewhere."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.progress import Progress, ProgressPrinter, ProgressTracker, progress_line


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_line_gives_documents_done_the_rate_and_the_time_left() -> None:
    line = progress_line(Progress(done=30, total=120, bytes_done=2_000_000, bytes_todo=10_000_000, seconds=4))
    assert line == "30/120 documents (25%), 0.50 MB/s, 16 s left"
    hours = progress_line(Progress(done=1, total=5000, bytes_done=1000, bytes_todo=80_000_000, seconds=1))
    assert hours.endswith("22 h 13 min left")


def test_the_last_line_has_no_time_left_and_the_first_no_rate() -> None:
    assert progress_line(Progress(done=9, total=9, bytes_done=9000, bytes_todo=9000, seconds=3)).endswith("MB/s")
    assert progress_line(Progress(done=0, total=9, bytes_done=0, bytes_todo=9000, seconds=0)) == "0/9 documents (0%)"


def test_documents_from_the_cache_count_as_done_but_not_in_the_rate() -> None:
    clock = Clock()
    tracker = ProgressTracker(total=10, cached=8, bytes_todo=2_000_000, clock=clock)
    clock.now = 2.0
    progress = tracker.advance(1_000_000)
    assert (progress.done, progress.megabytes_per_second, progress.seconds_left) == (9, 0.5, 2.0)


def test_a_terminal_gets_one_line_redrawn_in_place_at_most_every_refresh() -> None:
    clock, stream = Clock(), io.StringIO()
    printer = ProgressPrinter(stream, terminal=True, refresh=1.0, clock=clock)
    tracker = ProgressTracker(total=3, cached=0, bytes_todo=3000, clock=clock)
    for step in (0.5, 0.6, 2.0):
        clock.now = step
        printer(tracker.advance(1000))
    printer.close()
    shown = stream.getvalue()
    assert shown.count("\r") == 2 and shown.endswith("\n") and shown.count("\n") == 1
    assert "2/3" not in shown  # drawn 0.1 s after the first: skipped
    assert shown.rstrip("\n").rsplit("\r", 1)[-1].startswith("3/3 documents (100%)")


def test_a_log_gets_plain_lines_every_interval_and_the_last() -> None:
    clock, stream = Clock(), io.StringIO()
    printer = ProgressPrinter(stream, terminal=False, interval=10.0, clock=clock)
    tracker = ProgressTracker(total=4, cached=0, bytes_todo=4000, clock=clock)
    for step in (1.0, 5.0, 12.0, 13.0):
        clock.now = step
        printer(tracker.advance(1000))
    printer.close()
    lines = stream.getvalue().splitlines()
    assert [line.split(" ")[0] for line in lines] == ["1/4", "3/4", "4/4"]
    assert "\r" not in stream.getvalue()


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for number in (1, 2):
        text = f"The General Assembly,\n\n1. Decides to include item {number} in its agenda.\n"
        (folder / f"resolution-{number}.txt").write_text(text, encoding="utf-8")
    return folder


def test_the_build_command_shows_a_terminal_line_or_plain_lines(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    terminal = CliRunner().invoke(
        main, ["build", str(corpus), "--out", str(tmp_path / "a"), "--no-views", "--progress", "terminal"]
    )
    assert terminal.exit_code == 0, terminal.output
    assert "\r2/2 documents (100%)" in terminal.output
    plain = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "b"), "--no-views"])
    assert plain.exit_code == 0, plain.output  # the runner's stderr is no terminal: plain lines
    assert "\r" not in plain.output
    assert any(line.startswith("2/2 documents (100%)") for line in plain.output.splitlines())


def test_a_line_per_document_only_when_verbose(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    arguments = ["build", str(corpus), "--no-views", "--progress", "none"]
    quiet = CliRunner().invoke(main, [*arguments, "--out", str(tmp_path / "a")])
    verbose = CliRunner().invoke(main, [*arguments, "--out", str(tmp_path / "b"), "--verbose"])
    assert quiet.exit_code == verbose.exit_code == 0, quiet.output + verbose.output
    assert "built   corpus/resolution-1.txt" not in quiet.output
    assert "documents (" not in quiet.output
    assert "built   corpus/resolution-1.txt" in verbose.output
    assert "built   corpus/resolution-2.txt" in verbose.output
