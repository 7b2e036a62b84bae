"""The build folder (kg.buildfolder): one build at a time, a generation checked before use, no leftovers.

Issue 20, items 3, 8 and 9: two builds into one ``--out`` left ``.current``
pointing at a deleted generation, which the next plain build took for up to
date; failed builds left their ``staging-*`` folders; a store that failed while
answering printed a raw RuntimeError.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import threading
from pathlib import Path

import pytest
from fixtures.bad.inputs import GOOD_RESOLUTION, write

from kg import buildfolder
from kg.buildfolder import BuildFolderBusy, DamagedStoreError, locked
from kg.pipeline import build
from kg.query import answer_query, load_query, open_store, run_query


def _documents(out: Path) -> int:
    return len(list(run_query(open_store(out), load_query("documents"))))


def _corpus(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    write(docs, "first.txt", GOOD_RESOLUTION)
    write(docs, "second.txt", GOOD_RESOLUTION.replace("General Assembly", "Economic and Social Council"))
    return docs


def _staging(out: Path) -> list[Path]:
    return sorted((out / buildfolder.GENERATIONS).glob("staging-*"))


def test_a_second_build_into_one_folder_waits_for_the_first_and_says_who_holds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, out = _corpus(tmp_path), tmp_path / "out"
    second_waits = threading.Event()
    write_generation = buildfolder._write_generation

    def held_until_the_second_build_waits(*args: object, **kwargs: object) -> None:
        assert second_waits.wait(timeout=120), "the second build never waited"
        write_generation(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(buildfolder, "_write_generation", held_until_the_second_build_waits)
    first = threading.Thread(target=build, args=([docs], out))
    first.start()
    messages: list[str] = []

    def waiting(message: str) -> None:
        messages.append(message)
        second_waits.set()

    while not (out / buildfolder.LOCK).exists() or not (out / buildfolder.LOCK).read_text(encoding="utf-8"):
        first.join(timeout=0.05)  # until the first build holds the folder
    report = build([docs], out, on_wait=waiting)
    first.join()
    assert len(messages) == 1 and f"process {os.getpid()}" in messages[0]
    assert not report.failed
    assert buildfolder.current_generation_intact(out)
    assert len(list((out / buildfolder.GENERATIONS).iterdir())) == 1
    assert _documents(out) == 2


def test_a_build_told_not_to_wait_says_the_folder_is_busy(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with locked(out), pytest.raises(BuildFolderBusy, match=f"process {os.getpid()}"), locked(out, wait=False):
        pass
    with locked(out, wait=False):  # released by the first holder
        pass


def test_a_build_repairs_a_current_generation_that_was_deleted(tmp_path: Path) -> None:
    """What two racing builds left: .current pointing at a deleted generation, recorded as the outputs."""
    docs, out = _corpus(tmp_path), tmp_path / "out"
    build([docs], out)
    shutil.rmtree((out / buildfolder.CURRENT).resolve())
    index_path = out / "cache" / "index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    index["outputs"] = buildfolder.output_digests(out)  # the racing build recorded the broken folder
    index_path.write_text(json.dumps(index), encoding="utf-8")
    report = build([docs], out)
    assert not report.failed and not report.processed  # the documents came from the cache ...
    assert buildfolder.current_generation_intact(out)  # ... and the outputs were written again
    assert _documents(out) == 2


def test_a_failed_build_leaves_no_staging_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs, out = _corpus(tmp_path), tmp_path / "out"

    def store_fails(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(buildfolder, "_load", store_fails)
    with pytest.raises(OSError, match="No space left"):
        build([docs], out)
    assert _staging(out) == []


def test_the_next_build_removes_what_a_killed_build_left(tmp_path: Path) -> None:
    docs, out = _corpus(tmp_path), tmp_path / "out"
    build([docs], out)
    leftover = out / buildfolder.GENERATIONS / "staging-killed"
    write(leftover, "graph.nq", b"half a dataset")
    report = build([docs], out)  # nothing to rebuild: the leftover goes all the same
    assert not report.processed
    assert _staging(out) == []


class _FailingStore:
    """A store whose damage shows only when a query reads the damaged block."""

    def query(self, *args: object, **kwargs: object) -> object:
        raise RuntimeError("Corruption: block checksum mismatch")


def test_a_store_that_fails_while_answering_is_reported_as_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, out = _corpus(tmp_path), tmp_path / "out"
    build([docs], out)
    monkeypatch.setattr("kg.query.open_store", lambda out: _FailingStore())
    with pytest.raises(DamagedStoreError, match="kg build --out"):
        answer_query(out, load_query("documents"), "csv", io.BytesIO())


def test_output_digests_change_with_content_alone(tmp_path: Path) -> None:
    docs, out = _corpus(tmp_path), tmp_path / "out"
    build([docs], out)
    before = buildfolder.output_digests(out)
    trig = out / buildfolder.GRAPH_TRIG
    status = trig.stat()
    data = bytearray(trig.read_bytes())
    data[-3] ^= 1
    trig.resolve().write_bytes(bytes(data))
    os.utime(trig, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert buildfolder.output_digests(out) != before


# The peak is read from VmHWM, the high-water mark of this process's own memory: ru_maxrss would
# also count the pytest process it was forked from (Linux keeps the larger across exec).
_LOAD_PEAK = """
import re, sys
from pathlib import Path
from pyoxigraph import Store
from kg.buildfolder import _load
from pyoxigraph import RdfFormat
store = Store(sys.argv[2])
_load(store, Path(sys.argv[1]), RdfFormat.N_QUADS)
peak_kb = int(re.search(r"VmHWM:\\s*(\\d+)", Path("/proc/self/status").read_text()).group(1))
print(len(store), peak_kb // 1024)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc (Linux)")
def test_the_store_loads_a_large_dataset_in_bounded_memory(tmp_path: Path) -> None:
    """A bulk load holds about seven times its batch: 32 MB batches took 250 MB of a 1 GB budget."""
    import subprocess
    import sys

    dataset = tmp_path / "graph.nq"
    with dataset.open("w", encoding="utf-8") as sink:
        for number in range(160_000):  # 40 MB of N-Quads, quads of a few hundred graphs
            sink.write(
                f"<https://example.org/id/s{number}> <https://example.org/ont#quote> "
                f'"paragraph {number} of a text long enough to look like a quoted sentence of a document, '
                f'with its words and figures {number * 7}"@en <https://example.org/graph/{number % 300}> .\n'
            )
    done = subprocess.run(
        [sys.executable, "-c", _LOAD_PEAK, str(dataset), str(tmp_path / "store")],
        capture_output=True,
        text=True,
        check=True,
    )
    quads, peak_mb = (int(value) for value in done.stdout.split())
    assert quads == 160_000
    assert peak_mb < 180
