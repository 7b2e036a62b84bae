"""``kg eval``: the sample corpus scored against its gold, as tables and JSON; errors as documented."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

GOLD = Path(__file__).resolve().parent / "gold"

pytestmark = pytest.mark.corpus


def test_eval_prints_family_and_document_tables_and_writes_json(corpus_build: Path, tmp_path: Path) -> None:
    report = tmp_path / "eval.json"
    result = CliRunner().invoke(main, ["eval", str(GOLD), "--out", str(corpus_build), "--json", str(report)])
    assert result.exit_code == 0, result.output
    assert "UN documents" in result.output and "news and statements" in result.output
    assert "un-ar-a-72-417" in result.output and "news-vi-baoquocte-291956" in result.output
    scores = json.loads(report.read_text(encoding="utf-8"))
    by_gold = {d["gold"]: d for d in scores["documents"]}
    assert by_gold["un-ar-a-72-417"]["built"]
    # The seed report is read exactly: every operative paragraph and its force.
    assert by_gold["un-ar-a-72-417"]["fact_types"]["paragraphs"]["recall"] == 1
    assert by_gold["un-ar-a-72-417"]["fact_types"]["force"]["missed"] == []


def test_an_unreadable_gold_file_is_named_and_the_others_still_scored(corpus_build: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    shutil.copytree(GOLD, gold)
    (gold / "broken.json").write_text("[1, 2", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), "--out", str(corpus_build)])
    assert result.exit_code == 1
    assert "broken.json" in result.output and "un-ar-a-72-417" in result.output


def test_eval_without_a_build_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(GOLD), "--out", str(tmp_path / "nothing")])
    assert result.exit_code == 2
    assert "kg build" in result.output


def test_eval_without_a_gold_folder_is_a_usage_error(corpus_build: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "no-gold"), "--out", str(corpus_build)])
    assert result.exit_code == 2
    assert "no-gold" in result.output
