"""Extraction timed alone: every document through each step, the steps adding up to the whole."""

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/ is a package of the source tree, not of the installed project.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.extraction import STEPS, extraction_table, measure_extraction

UN_TEXT = (
    "United Nations A/RES/72/179\n\nGeneral Assembly\n\nResolution adopted on 19 December 2017\n\n"
    "72/179. Protection of migrants\n\n"
    "The General Assembly,\n\n1. Requests the Secretary-General to report at its seventy-fourth session;\n"
)
NEWS_TEXT = "HÀ NỘI, ngày 12 tháng 3 năm 2025\n\nBộ Ngoại giao cho biết 350 người đã về nước.\n\nHết.\n"


def test_each_document_is_timed_through_every_step(tmp_path: Path) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "un.txt").write_text(UN_TEXT, encoding="utf-8")
    (folder / "news.txt").write_text(NEWS_TEXT, encoding="utf-8")
    measured = measure_extraction((folder, tmp_path / "missing"), repeat=1)
    assert measured["documents"] == 2 and measured["failed"] == 0
    assert measured["text_mb"] == len((UN_TEXT + NEWS_TEXT).encode()) / 1e6
    assert tuple(measured["steps_cpu_seconds"]) == STEPS
    assert abs(sum(measured["steps_cpu_seconds"].values()) - measured["cpu_seconds"]) < 1e-9
    assert measured["mb_per_cpu_second"] > 0
    table = extraction_table(measured)
    assert all(f"| {step} |" in table for step in STEPS)
    assert "MB per CPU second" in table
