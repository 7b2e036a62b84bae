"""Shared fixtures: the corpus is built once per test session and queried by many tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The output folder of a build of corpus/."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("corpus-build")
    report = build([CORPUS], out)
    failed = [(d.source, d.error) for d in report.failed]
    assert not failed, f"corpus documents failed to build: {failed}"
    return out


@pytest.fixture(scope="session")
def corpus_store(corpus_build: Path):
    from kg.query import open_store

    return open_store(corpus_build)


def gold(name: str) -> dict:
    return json.loads((GOLD / name).read_text(encoding="utf-8"))
