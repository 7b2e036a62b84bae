"""The command line: every command documented with an example, exit statuses as documented."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "build" in result.stdout


def test_query_lists_the_library(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--list"])
    assert result.exit_code == 0
    assert "commitments" in result.output


def test_query_without_a_build_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", "documents", "--out", str(tmp_path / "nothing")])
    assert result.exit_code == 2
    assert "kg build" in result.output


def test_unknown_query_names_the_known_ones(corpus_build: Path) -> None:
    result = CliRunner().invoke(main, ["query", "no-such-query", "--out", str(corpus_build)])
    assert result.exit_code == 2
    assert "commitments" in result.output


@pytest.mark.parametrize("output_format", ["table", "csv", "tsv", "json"])
def test_query_formats(corpus_build: Path, output_format: str) -> None:
    result = CliRunner().invoke(main, ["query", "documents", "--format", output_format, "--out", str(corpus_build)])
    assert result.exit_code == 0, result.output
    if output_format == "json":
        import json

        assert json.loads(result.output)["head"]["vars"][:2] == ["doc", "work"]
    else:
        assert "source" in result.output.splitlines()[0]


def test_build_exit_status_is_1_when_a_file_failed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The General Assembly,\n\n1. Decides to remain seized of the matter.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    ok = CliRunner().invoke(main, ["build", str(good), "--out", str(tmp_path / "a")])
    assert ok.exit_code == 0, ok.output
    failed = CliRunner().invoke(main, ["build", str(good), str(empty), "--out", str(tmp_path / "b")])
    assert failed.exit_code == 1
    assert "empty.txt: empty file" in failed.output


def test_push_asks_for_the_password_in_the_environment_not_the_command_line(corpus_build: Path) -> None:
    arguments = ["push", "--out", str(corpus_build), "--endpoint", "http://127.0.0.1:9/sparql", "--user", "dba"]
    result = CliRunner().invoke(main, arguments, env={"KG_PUSH_PASSWORD": None})
    assert result.exit_code == 2 and "KG_PUSH_PASSWORD" in result.output
    given = CliRunner().invoke(main, arguments, env={"KG_PUSH_PASSWORD": "dba"})
    assert given.exit_code == 1 and "cannot reach http://127.0.0.1:9/sparql" in given.output


def test_a_query_read_in_part_ends_quietly(corpus_build: Path) -> None:
    kg = Path(sys.executable).with_name("kg")
    command = f"'{kg}' query mentions --format csv --out '{corpus_build}' | head -n 1"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, timeout=120)
    assert result.stdout == "entity,doc,start,end,quote\n"
    assert result.returncode == 0 and result.stderr == ""


def test_query_limit_and_sorted(corpus_build: Path) -> None:
    arguments = ["query", "mentions", "--format", "csv", "--out", str(corpus_build)]
    limited = CliRunner().invoke(main, [*arguments, "--limit", "3"])
    assert limited.exit_code == 0, limited.output
    assert len(list(csv.DictReader(io.StringIO(limited.output)))) == 3
    ordered = CliRunner().invoke(main, [*arguments, "--sorted"])
    assert ordered.exit_code == 0, ordered.output
    docs = [row["doc"] for row in csv.DictReader(io.StringIO(ordered.output))]
    assert len(docs) > 100 and docs == sorted(docs)


def test_sorting_a_query_that_sorts_itself_is_refused_naming_it(corpus_build: Path, tmp_path: Path) -> None:
    own = tmp_path / "own.rq"
    own.write_text("# Order: ?s\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", str(own), "--sorted", "--out", str(corpus_build)])
    assert result.exit_code == 1 and "own.rq" in result.output and "cannot be sorted again" in result.output
