"""Parallel and distributed builds give the bytes of a serial build."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from kg.pipeline import build, build_document

SERIALISATIONS = ("graph.trig", "graph.ttl", "graph.jsonld", "report.json")

TEXTS = {
    "un-a.txt": "The General Assembly,\n\n1. Requests the Secretary-General to report.\n",
    "un-b.txt": "The Economic and Social Council,\n\n1. Decides to remain seized of the matter.\n",
    "fr.txt": "Le Conseil économique et social prie le Secrétaire général de présenter un rapport.\n",
    "vi.txt": "Bộ Ngoại giao được giao nhiệm vụ báo cáo Thủ tướng Chính phủ trước ngày 31/12/2024.\n",
    "empty.txt": "",
}


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in SERIALISATIONS}


def test_a_document_result_crosses_process_boundaries(docs: Path) -> None:
    result = build_document(docs / "un-a.txt", "un-a.txt")
    assert pickle.loads(pickle.dumps(result)) == result
    assert isinstance(result.nquads, bytes)


def test_workers_give_the_bytes_of_a_serial_build(docs: Path, tmp_path: Path) -> None:
    serial = build([docs], tmp_path / "serial", workers=1)
    parallel = build([docs], tmp_path / "parallel", workers=2)
    assert parallel.processed == serial.processed
    assert outputs(tmp_path / "parallel") == outputs(tmp_path / "serial")


@pytest.mark.slow
@pytest.mark.parametrize("processes", [False, True], ids=["threads", "processes"])
def test_a_dask_cluster_gives_the_bytes_of_a_serial_build(docs: Path, tmp_path: Path, processes: bool) -> None:
    distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed (optional)")
    build([docs], tmp_path / "serial")
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=processes,
        protocol="tcp",  # also for threads: the scheduler is reached by its address, as from another machine
        host="127.0.0.1",
        dashboard_address=None,
    )
    try:
        report = build([docs], tmp_path / "dask", scheduler=cluster.scheduler_address)
    finally:
        cluster.close()
    assert len(report.processed) == len(TEXTS)
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "serial")
