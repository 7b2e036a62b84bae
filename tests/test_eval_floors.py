"""Quality floors: the build of the development set must find at least what it found when a floor was set.

The floors (``tests/eval_floors.json``), per family of documents and fact type,
are the mean recall and precision measured by ``kg eval`` on
``../shared/corpus-real/`` against ``../shared/gold-real/``, rounded down. They
only rise: raise one when a change finds more; lowering one is an explicit act
with its reason in the commit. ``../shared/`` sits beside the clone (read-only in
CI); without it the test is skipped.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.eval import Evaluation, evaluate
from kg.eval.report import measured_floors

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS_REAL = SHARED / "corpus-real"
GOLD_REAL = SHARED / "gold-real"
CORRECTIONS = Path(__file__).resolve().parent / "gold"
FLOORS = Path(__file__).resolve().parent / "eval_floors.json"
#: Rounding noise between a measured mean and the floor written from it.
TOLERANCE = 1e-9


@pytest.fixture(scope="session")
def development_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder the development set is built into, once per session."""
    if not CORPUS_REAL.is_dir() or not GOLD_REAL.is_dir():
        pytest.skip(f"no development set: {CORPUS_REAL} and {GOLD_REAL} are absent (they sit beside the clone)")
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("corpus-real-build")
    build([CORPUS_REAL], out)
    return out


@pytest.fixture(scope="session")
def development_evaluation(development_build: Path) -> Evaluation:
    """The development set's build scored against its gold."""
    return evaluate(GOLD_REAL, development_build, corrections=CORRECTIONS)


def floors() -> dict[str, dict[str, dict[str, float]]]:
    return json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]


@pytest.mark.slow
def test_every_family_and_fact_type_stays_at_or_above_its_floor(development_evaluation: Evaluation) -> None:
    measured = {(s.family, s.fact_type): s for s in development_evaluation.families()}
    below = []
    for family, fact_types in floors().items():
        for fact_type, minimum in fact_types.items():
            score = measured[family, fact_type]
            for name, floor in minimum.items():
                value = getattr(score, name)
                if value is None or value + TOLERANCE < floor:
                    below.append(f"{family} × {fact_type} {name}: {value} < floor {floor}")
    assert not below, "below the floors of tests/eval_floors.json:\n" + "\n".join(below)


@pytest.mark.slow
def test_every_gold_file_of_the_development_set_is_read_and_built(development_evaluation: Evaluation) -> None:
    assert not development_evaluation.problems
    assert all(document.built for document in development_evaluation.documents)


@pytest.mark.slow
def test_every_measured_score_has_a_floor(development_evaluation: Evaluation) -> None:
    """A family and fact type that gains a score gains a floor, so that it cannot silently fall back."""
    written = floors()
    missing = [
        f"{family} × {fact_type} {name}"
        for family, fact_types in measured_floors(development_evaluation).items()
        for fact_type, values in fact_types.items()
        for name in values
        if name not in written.get(family, {}).get(fact_type, {})
    ]
    assert not missing, "measured but without a floor in tests/eval_floors.json: " + ", ".join(missing)


@pytest.mark.slow
def test_the_build_of_the_development_set_conforms_to_the_shapes(development_build: Path) -> None:
    """Publishers export validated Turtle: the shapes and the quality checks hold on real documents too."""
    from kg.buildfolder import GRAPH_TTL
    from kg.validate import validate

    report = validate(development_build / GRAPH_TTL, reasoner=False)
    assert report.violations == [], "\n".join(f"{v.focus} {v.path or '-'}: {v.message}" for v in report.violations)
