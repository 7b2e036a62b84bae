"""The benchmark's real-text corpus maker and its report: rates, shares, targets and the README table."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# benchmarks/ is a package of the source tree, not of the installed project.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.realtexts import RealDocument, perturbed_copies
from benchmarks.run import markdown_table, summarise, summary, targets, write_report

UN_TEXT = (
    "United Nations A/RES/72/179\n\nGeneral Assembly\n\nResolution adopted on 19 December 2017\n\n"
    "72/179. Protection of migrants\n\n"
    "The General Assembly,\n\n1. Requests the Secretary-General to report at its seventy-fourth session;\n\n"
    "2. Decides to remain seized of the matter, with 25 per cent of 1,200 States.\n"
)
NEWS_TEXT = "HÀ NỘI, ngày 12 tháng 3 năm 2025\n\nBộ Ngoại giao cho biết 350 người đã về nước.\n\nHết.\n"
DOCUMENTS = [RealDocument("un.txt", UN_TEXT), RealDocument("news.txt", NEWS_TEXT)]


def test_copies_cycle_through_the_real_documents_and_keep_all_but_their_numbers(tmp_path: Path) -> None:
    paths = perturbed_copies(5, tmp_path / "corpus", seed=3, documents=DOCUMENTS)
    assert [p.name for p in paths][:3] == ["copy-00000-un.txt", "copy-00001-news.txt", "copy-00002-un.txt"]
    copies = [p.read_text(encoding="utf-8") for p in paths]
    assert copies[0] != copies[2]  # two copies of one document differ
    for copy, original in zip(copies, [UN_TEXT, NEWS_TEXT] * 3, strict=False):
        assert len(copy) == len(original)
        assert [c for c in copy if not c.isdigit()] == [c for c in original if not c.isdigit()]
    assert "A/RES/72/179" not in copies[0]  # the opening's numbers all change: copies are other works


def test_copies_are_deterministic_and_a_small_corpus_is_a_prefix_of_a_large_one(tmp_path: Path) -> None:
    small = perturbed_copies(3, tmp_path / "small", seed=1, documents=DOCUMENTS)
    large = perturbed_copies(6, tmp_path / "large", seed=1, documents=DOCUMENTS)
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in large[:3]]
    assert not (tmp_path / "small" / "manifest.csv").exists()  # the language is identified, as for a user's folder


def _build(seconds: float, extraction: float, peak: float = 300.0, processed: int = 1000) -> dict[str, Any]:
    return {
        "seconds": seconds - 10,
        "extraction_seconds": extraction,
        "views_seconds": 10.0,
        "end_to_end_seconds": seconds,
        "documents": 1000,
        "processed": processed,
        "failed": 0,
        "quads": 2_000_000,
        "peak_memory_mb": peak,
    }


def _measured(documents: int, seconds: float) -> dict[str, Any]:
    query = {"seconds": 1.5, "rows": 40_000, "first_rows_seconds": 0.3, "peak_memory_mb": 1200.0}
    return {
        "corpus": "real",
        "documents": documents,
        "text_bytes": 20_000_000,
        "workers": 2,
        "load_before": (2.0, 2.0, 2.0),
        "build": _build(seconds, extraction=seconds / 2),
        "unchanged_rebuild": _build(seconds / 100, extraction=0.0, processed=0),
        "outputs_only_rebuild": _build(seconds / 10, extraction=0.0, processed=0),
        "one_changed_rebuild": _build(seconds / 10, extraction=0.1, processed=1),
        "queries": {"commitments": query, "mentions": {"failed": "over 120 s"}},
    }


def test_rates_are_per_core_end_to_end_and_for_the_documents_alone() -> None:
    result = summarise(_measured(1000, seconds=40.0))
    assert result["mb_per_second_per_core"] == 20 / 40 / 2
    assert result["extraction_mb_per_second_per_core"] == 20 / 20 / 2
    assert result["unchanged_share"] == 0.01


def test_targets_name_each_unmet_one_with_its_value() -> None:
    results = {"1000": summarise(_measured(1000, 40.0)), "5000": summarise(_measured(5000, 240.0))}
    checked = targets(results)
    assert checked["time_5000_over_1000"]["value"] == 6.0 and not checked["time_5000_over_1000"]["met"]
    assert checked["peak_memory_mb"]["value"] == 1200.0 and not checked["peak_memory_mb"]["met"]
    assert checked["unchanged_share"]["met"] and checked["unchanged_share"]["documents"] == 5000
    slowest = checked["slowest_first_1000_rows_seconds"]  # a failed query has no time, and misses the target
    assert slowest["value"] is None and not slowest["met"]
    assert not checked["extraction_mb_per_second_per_core"]["met"]


def test_the_readme_table_has_a_row_per_size_and_per_query() -> None:
    report = {"corpora": {"real": {"1000": summarise(_measured(1000, 40.0)), "100": summarise(_measured(100, 4.0))}}}
    table = markdown_table(report).splitlines()
    assert table[2].startswith("| real | 100 | 20.0 | 4.0 | 2.500 | 5.000 | 1.0 % | 1200 |")
    assert table[3].startswith("| real | 1000 |")
    assert "| commitments | 40000 | 1.500 | 0.300 | 1200 |" in table
    assert "| mentions | - | over 120 s | - | - |" in table


def test_a_size_measured_without_the_extra_rebuilds_is_summarised_and_its_report_written(tmp_path: Path) -> None:
    """The rebuilds no target reads are skipped at large sizes; what was measured is reported at once."""
    measured = _measured(5000, 240.0)
    del measured["outputs_only_rebuild"], measured["one_changed_rebuild"]
    result = summarise(measured)
    assert "outputs only" not in summary(result) and "unchanged" in summary(result)
    report = {"corpora": {"real": {"1000": summarise(_measured(1000, 40.0)), "5000": result}}}
    write_report(tmp_path / "bench.json", report)
    written = json.loads((tmp_path / "bench.json").read_text(encoding="utf-8"))
    assert written["targets"]["time_5000_over_1000"]["value"] == 6.0
    assert written["targets"]["peak_memory_mb"]["value"] == 1200.0
