"""Faults: a build killed at any moment, and damaged outputs, store and cache.

* A ``python -m kg build`` killed with SIGKILL at random moments (a fixed seed)
  leaves each output file either as the previous build wrote it or as the new
  build writes it, parseable, and the next build completes.
* A build stopped between writing its outputs and switching to them leaves
  the previous build whole, never a mix of the two.
* A damaged store is detected: the next build rebuilds it, and ``kg query``
  says so instead of printing a traceback.
* Damaged output files and a damaged cache are rebuilt by the next build.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures.bad.inputs import ROOT, VIETNAMESE, kg_command, write
from pyoxigraph import RdfFormat, parse

from kg import buildfolder
from kg.cli import main
from kg.pipeline import build
from kg.query import load_query, open_store, run_query

SERIALISATIONS = {
    "graph.trig": RdfFormat.TRIG,
    "graph.ttl": RdfFormat.TURTLE,
    "graph.jsonld": RdfFormat.JSON_LD,
}
FILES = (*SERIALISATIONS, "report.json")
KILLS = 6
SEED = 20261123

FIRST = "The General Assembly,\n\n1. Requests the Secretary-General to report to it in 2020.\n"
SECOND = VIETNAMESE + "\n\nHơn 100.000 người đã di cư trong năm 2020.\n"


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in FILES}


def _documents_in_store(out: Path) -> int:
    return len(list(run_query(open_store(out), load_query("documents"))))


def _set_input(docs: Path, version: int) -> None:
    """Version 1: one document; version 2: two. Each build switches, so that each has outputs to replace."""
    write(docs, "first.txt", FIRST)
    second = docs / "second.txt"
    if version == 2:
        write(docs, "second.txt", SECOND)
    else:
        second.unlink(missing_ok=True)


def _reference_outputs(tmp_path: Path, docs: Path) -> dict[int, dict[str, bytes]]:
    """The bytes each input version builds to (the same bytes wherever the output folder is)."""
    expected = {}
    for version in (1, 2):
        _set_input(docs, version)
        out = tmp_path / f"reference-{version}"
        assert not build([docs], out).failed
        expected[version] = _outputs(out)
    return expected


def _assert_each_file_is_whole(out: Path, expected: dict[int, dict[str, bytes]]) -> None:
    for name in FILES:
        data = (out / name).read_bytes()
        assert data in (expected[1][name], expected[2][name]), f"{name} is neither build's"
        if name in SERIALISATIONS:
            list(parse(data, format=SERIALISATIONS[name]))
    assert _documents_in_store(out) in (1, 2)


def _kill_after(command: list[str], delay: float) -> None:
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()


def _build_in_subprocess(docs: Path, out: Path) -> dict[str, bytes]:
    command = kg_command("build", str(docs), "--out", str(out))
    finished = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert finished.returncode == 0, finished.stderr
    return _outputs(out)


@pytest.mark.slow
def test_a_build_killed_at_any_moment_leaves_whole_outputs(tmp_path: Path) -> None:
    docs, out = tmp_path / "docs", tmp_path / "out"
    # The references are built the way the killed builds run: by the same command, with the same code.
    _set_input(docs, 2)
    expected = {2: _build_in_subprocess(docs, tmp_path / "reference-2")}
    _set_input(docs, 1)
    started = time.monotonic()
    expected[1] = _build_in_subprocess(docs, out)
    duration = time.monotonic() - started  # calibrates the moments of the kills, asserts nothing
    command = kg_command("build", str(docs), "--out", str(out))
    rng = random.Random(SEED)
    for kill in range(KILLS):
        _set_input(docs, 2 if kill % 2 == 0 else 1)
        _kill_after(command, rng.uniform(0.05, duration * 1.2))
        _assert_each_file_is_whole(out, expected)
    _set_input(docs, 2)
    assert _build_in_subprocess(docs, out) == expected[2]
    assert _documents_in_store(out) == 2


@pytest.mark.parametrize("step", ["_write_generation", "_switch", "_link_outputs", "_remove_stale_generations"])
def test_a_build_stopped_at_any_step_of_writing_leaves_one_build_not_a_mix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    docs, out = tmp_path / "docs", tmp_path / "out"
    expected = _reference_outputs(tmp_path, docs)
    _set_input(docs, 1)
    build([docs], out)

    def killed(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # SIGKILL, deterministically: before this step of writing the outputs

    monkeypatch.setattr(buildfolder, step, killed)
    _set_input(docs, 2)
    with pytest.raises(KeyboardInterrupt):
        build([docs], out)
    versions = {version for version in (1, 2) for name in FILES if _outputs(out)[name] == expected[version][name]}
    assert len(versions) == 1, "the outputs mix two builds"
    monkeypatch.undo()
    assert not build([docs], out).failed
    assert _outputs(out) == expected[2]


# --- a damaged store -----------------------------------------------------------------------------


def _damage(store: Path, pattern: str, same_size: bool) -> None:
    """Overwrite files of the store with noise; with ``same_size``, of their size and with their times."""
    files = sorted(store.glob(pattern))
    assert files, f"no {pattern} in the store"
    rng = random.Random(SEED)
    for path in files:
        status = path.stat()
        path.write_bytes(rng.randbytes(status.st_size if same_size else 300))
        if same_size:  # nothing but the content tells this damage
            os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))


DAMAGE = [("CURRENT", False), ("MANIFEST-*", False), ("*.sst", False), ("*.sst", True), ("MANIFEST-*", True)]


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    docs, out = tmp_path / "docs", tmp_path / "out"
    _set_input(docs, 2)
    assert not build([docs], out).failed
    return docs, out


@pytest.mark.parametrize(("pattern", "same_size"), DAMAGE)
def test_the_next_build_rebuilds_a_damaged_store(built: tuple[Path, Path], pattern: str, same_size: bool) -> None:
    docs, out = built
    _damage(out / "store", pattern, same_size)
    build([docs], out)
    assert _documents_in_store(out) == 2


@pytest.mark.parametrize(("pattern", "same_size"), DAMAGE)
def test_kg_query_on_a_damaged_store_gives_a_clear_error(
    built: tuple[Path, Path], pattern: str, same_size: bool
) -> None:
    _, out = built
    _damage(out / "store", pattern, same_size)
    result = CliRunner().invoke(main, ["query", "documents", "--out", str(out)])
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "store" in result.output


def test_kg_query_without_a_store_gives_a_clear_error(built: tuple[Path, Path]) -> None:
    _, out = built
    shutil.rmtree((out / "store").resolve())
    result = CliRunner().invoke(main, ["query", "documents", "--out", str(out)])
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert "kg build" in result.output


# --- damaged outputs and cache -------------------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_the_next_build_rewrites_a_damaged_output_file(built: tuple[Path, Path], name: str) -> None:
    docs, out = built
    good = (out / name).read_bytes()
    (out / name).write_bytes(b"\x00garbage" + os.urandom(64))
    build([docs], out)
    assert (out / name).read_bytes() == good


def test_the_next_build_survives_a_damaged_cache(built: tuple[Path, Path]) -> None:
    docs, out = built
    good = _outputs(out)
    (out / "cache" / "index.json").write_bytes(b"{not json")
    for quads in (out / "cache" / "quads").glob("*.nq"):
        quads.write_bytes(b"garbage")
    report = build([docs], out)
    assert not report.failed
    assert _outputs(out) == good


def test_a_build_after_a_removed_staging_folder_or_leftovers_completes(built: tuple[Path, Path]) -> None:
    """What a killed build leaves behind (a staging folder, a store.old) does not stop the next one."""
    docs, out = built
    good = _outputs(out)
    write(out / ".staging", "graph.trig", b"half a graph")
    shutil.copytree(out / "store", out / "store.old")
    (docs / "first.txt").write_text(FIRST + "\n2. Decides to remain seized of the matter.\n", encoding="utf-8")
    report = build([docs], out)
    assert not report.failed
    assert _outputs(out) != good
    assert not (out / ".staging").exists()
    assert _documents_in_store(out) == 2
