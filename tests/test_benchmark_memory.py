"""The benchmark's memory by step: each step's resident sizes, and the build's steps found by name."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

# benchmarks/ is a package of the source tree, not of the installed project.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.memory import MB, STEPS, Sampler, _owner, instrumented, steps_table


def test_a_step_holding_memory_has_a_peak_above_its_start_and_releases_it_at_its_end() -> None:
    sampler = Sampler()
    with sampler.sampling():
        with sampler.step("holds 200 MB"):
            held = bytearray(200 * MB)
            held[::4096] = b"x" * len(held[::4096])  # touch every page, so that it is resident
            sampler.sample()
            del held
        with sampler.step("holds nothing"):
            pass
    holding, idle = sampler.steps["holds 200 MB"], sampler.steps["holds nothing"]
    assert holding.peak - holding.start > 150
    assert holding.end < holding.peak - 150
    assert idle.peak < holding.peak - 150
    assert sampler.peak >= holding.peak


def test_every_step_names_a_function_of_the_build() -> None:
    """A step whose function was renamed or moved would measure nothing, silently."""
    assert STEPS
    for module_name, function_name, _step in STEPS:
        assert callable(getattr(_owner(module_name), function_name)), f"{module_name}.{function_name}"


def test_instrumenting_wraps_the_steps_then_gives_the_build_its_functions_back() -> None:
    buildfolder = importlib.import_module("kg.buildfolder")
    original_load, original_pool = buildfolder._load, buildfolder.ThreadPoolExecutor
    with instrumented(Sampler()):
        assert buildfolder._load is not original_load
        assert buildfolder._load.__wrapped__ is original_load
        assert buildfolder.ThreadPoolExecutor is not original_pool
    assert buildfolder._load is original_load
    assert buildfolder.ThreadPoolExecutor is original_pool


def test_the_steps_table_has_a_row_per_step_with_its_sizes() -> None:
    measured = {
        "steps": {
            "outputs: store load": {"seconds": 2.0, "start": 300, "peak": 640.4, "end": 320, "peak_with_workers": 641},
            "views: gathering": {"seconds": 1.0, "start": 320, "peak": 410, "end": 400, "peak_with_workers": 410},
        }
    }
    lines = steps_table(measured).splitlines()
    assert len(lines) == 4
    assert lines[2] == "| outputs: store load | 2.0 | 300 | 640 | 320 | 641 |"
    assert lines[3].startswith("| views: gathering | 1.0 | 320 | 410 | 400 |")
