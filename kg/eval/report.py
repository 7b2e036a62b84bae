"""An evaluation's results: family means, tables for people and JSON for programs."""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import mean
from typing import Any

from kg.eval.gold import FAMILIES
from kg.eval.score import FACT_TYPES, DocumentScore, FactScore

__all__ = ["Evaluation", "FamilyScore", "family_scores", "format_tables", "measured_floors", "to_json"]


@dataclass(frozen=True)
class FamilyScore:
    """The mean over a family's documents of one fact type's recall and precision (None: no document scored)."""

    family: str
    fact_type: str
    recall: float | None
    precision: float | None
    documents: int


@dataclass(frozen=True)
class Evaluation:
    documents: list[DocumentScore]
    problems: list[str]

    def families(self) -> list[FamilyScore]:
        return family_scores(self.documents)


def family_scores(documents: list[DocumentScore]) -> list[FamilyScore]:
    """Per family and fact type, the mean of the documents' recall and of their precision where defined."""
    results = []
    for family in FAMILIES:
        members = [d for d in documents if d.family == family]
        for fact_type in FACT_TYPES:
            recalls = _defined(d.scores[fact_type].recall for d in members)
            precisions = _defined(d.scores[fact_type].precision for d in members)
            scored = sum(1 for d in members if d.scores[fact_type].gold or d.scores[fact_type].precision is not None)
            results.append(
                FamilyScore(
                    family,
                    fact_type,
                    mean(recalls) if recalls else None,
                    mean(precisions) if precisions else None,
                    scored,
                )
            )
    return results


def _defined(values: Any) -> list[float]:
    return [v for v in values if v is not None]


def _cell(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def format_tables(evaluation: Evaluation) -> str:
    """Two tables: family × fact type (mean recall R, mean precision P), then document × fact type."""
    families = [f for f in FAMILIES if any(d.family == f for d in evaluation.documents)]
    by_key = {(s.family, s.fact_type): s for s in evaluation.families()}
    lines = ["fact type          " + "".join(f"{FAMILIES[f][:20]:>22}" for f in families)]
    lines.append(" " * 19 + "".join(f"{'R':>11}{'P':>11}" for _ in families))
    for fact_type in FACT_TYPES:
        cells = "".join(
            f"{_cell(by_key[f, fact_type].recall):>11}{_cell(by_key[f, fact_type].precision):>11}" for f in families
        )
        lines.append(f"{fact_type:19}{cells}")
    lines.append("")
    width = max([len(d.name) for d in evaluation.documents] + [8])
    short = [t[:9] for t in FACT_TYPES]
    lines.append(f"{'document':{width}}  fam    " + " ".join(f"{s:>9}" for s in short))
    for document in sorted(evaluation.documents, key=lambda d: (list(FAMILIES).index(d.family), d.name)):
        cells = " ".join(f"{_pair(document.scores[t]):>9}" for t in FACT_TYPES)
        mark = "" if document.built else "  (not in the build)"
        lines.append(f"{document.name:{width}}  {document.family:5}  {cells}{mark}")
    lines.append("")
    lines.append("cells: recall/precision; '-' where the gold has nothing of that type or allows no precision")
    lines += [f"problem: {problem}" for problem in evaluation.problems]
    return "\n".join(lines) + "\n"


def _pair(score: FactScore) -> str:
    recall, precision = score.recall, score.precision
    if recall is None and precision is None:
        return "-"
    return f"{_short(recall)}/{_short(precision)}"


def _short(value: float | None) -> str:
    if value is None:
        return "-"
    return "1" if value == 1 else f"{value:.2f}".lstrip("0")


def to_json(evaluation: Evaluation) -> dict[str, Any]:
    """Per document and fact type: recall, precision, counts, missed and extra; per family, the means."""
    return {
        "families": [
            {
                "family": s.family,
                "name": FAMILIES[s.family],
                "fact_type": s.fact_type,
                "recall": _round(s.recall),
                "precision": _round(s.precision),
                "documents": s.documents,
            }
            for s in evaluation.families()
        ],
        "documents": [
            {
                "gold": d.name,
                "source": d.source,
                "family": d.family,
                "built": d.built,
                "corrected_gold": d.corrected,
                "fact_types": {t: _fact_json(s) for t, s in d.scores.items()},
            }
            for d in evaluation.documents
        ],
        "problems": evaluation.problems,
    }


def _fact_json(score: FactScore) -> dict[str, Any]:
    return {
        "recall": _round(score.recall),
        "precision": _round(score.precision),
        "gold": score.gold,
        "found": score.found,
        "correct": score.correct,
        "missed": score.missed,
        "extra": score.extra,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def measured_floors(evaluation: Evaluation) -> dict[str, dict[str, dict[str, float]]]:
    """Family → fact type → recall and precision rounded down to two decimals: floors a build meets today."""
    floors: dict[str, dict[str, dict[str, float]]] = {}
    for score in evaluation.families():
        values = {"recall": score.recall, "precision": score.precision}
        measured = {name: math.floor(value * 100) / 100 for name, value in values.items() if value is not None}
        if measured:
            floors.setdefault(score.family, {})[score.fact_type] = measured
    return floors
