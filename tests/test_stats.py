"""Network analytics on the explore graph and, when it builds, on the corpus."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from explore_graph import write_explore_build

from kg.cli import main
from kg.stats import compute_stats


@pytest.fixture(scope="module")
def explore(tmp_path_factory: pytest.TempPathFactory):
    return write_explore_build(tmp_path_factory.mktemp("stats"))


def test_most_addressed_actor_is_the_secretary_general(explore) -> None:
    top = compute_stats(explore)["most_addressed_actors"][0]
    assert (top["name"], top["commitments"], top["documents"]) == ("Secretary-General", 5, 4)


def test_most_cited_instrument_is_the_2030_agenda(explore) -> None:
    top = compute_stats(explore)["most_cited_instruments"][0]
    assert (top["name"], top["citing_works"]) == ("A/RES/70/1", 4)


def test_components_and_longest_citation_chain(explore) -> None:
    stats = compute_stats(explore)
    assert stats["components"]["commitments"]["count"] == 2  # the UN's and Viet Nam's
    longest = stats["longest_citation_chains"][0]
    assert longest["length"] == 2
    assert longest["works"][:2] == ["A/RES/73/218", "A/RES/72/200"]


def test_stats_command_prints_and_writes_stats_json(explore) -> None:
    result = CliRunner().invoke(main, ["stats", "--out", str(explore)])
    assert result.exit_code == 0, result.output
    assert "Secretary-General" in result.output
    written = json.loads((explore / "stats.json").read_text(encoding="utf-8"))
    assert written == json.loads(json.dumps(compute_stats(explore)))


def test_stats_without_a_build_is_a_usage_error(tmp_path) -> None:
    result = CliRunner().invoke(main, ["stats", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "kg build" in result.output


@pytest.mark.corpus
def test_stats_on_the_corpus(corpus_build) -> None:
    stats = compute_stats(corpus_build)
    assert stats["most_cited_instruments"], "the corpus cites instruments"
    assert stats["components"]["citations"]["count"] >= 1
