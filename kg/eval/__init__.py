"""Evaluation: how much of what a careful reader finds in each text does a build find?

``evaluate(gold_dir, out)`` scores the build in ``out`` against the gold files of
``gold_dir`` (see :mod:`kg.eval.gold`), reading the build only through the
named queries of the query contract (:mod:`kg.eval.facts`), so that it measures
what users see. Per document and fact type it gives recall, precision where
the gold allows it, and what was missed and what was extra
(:mod:`kg.eval.score` defines each fact type); per family of documents (UN
documents, legal texts, news and statements) the means (:mod:`kg.eval.report`)::

    from pathlib import Path
    from kg.eval import evaluate, format_tables

    evaluation = evaluate(Path("../shared/gold-real"), Path("build-eval"), corrections=Path("tests/gold"))
    print(format_tables(evaluation))
"""

from __future__ import annotations

from pathlib import Path

from kg.eval.facts import DocumentFacts, read_build
from kg.eval.gold import FAMILIES, Gold, GoldError, load_gold
from kg.eval.report import Evaluation, FamilyScore, format_tables, to_json
from kg.eval.score import FACT_TYPES, DocumentScore, FactScore, score_document

__all__ = [
    "FACT_TYPES",
    "FAMILIES",
    "DocumentFacts",
    "DocumentScore",
    "Evaluation",
    "FactScore",
    "FamilyScore",
    "Gold",
    "GoldError",
    "evaluate",
    "format_tables",
    "load_gold",
    "score",
    "to_json",
]


def evaluate(gold_dir: Path, out: Path, *, corrections: Path | None = None) -> Evaluation:
    """Score the build in ``out`` against every gold file of ``gold_dir``.

    ``corrections`` is a folder of corrected gold files read in place of the
    originals of the same name. A gold file that cannot be read is a problem
    of the evaluation, named in it; the others are still scored.
    """
    from kg.query import open_store

    golds, problems = load_gold(gold_dir, corrections)
    built = read_build(open_store(out))
    return score(golds, built, problems)


def score(golds: list[Gold], built: dict[str, DocumentFacts], problems: list[str] | None = None) -> Evaluation:
    """Score facts already gathered (by file name of the source) against gold files."""
    documents = [score_document(gold, built.get(gold.source_name)) for gold in golds]
    return Evaluation(documents, list(problems or []))
