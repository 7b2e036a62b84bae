"""Resident memory of a build, step by step: which stage holds the peak.

A thread samples the resident size of the build's process and of its workers every
few milliseconds while named steps run; each step gets the largest size seen while it
ran, and the size it started and ended at (what it left held). The steps are the
build's own functions, wrapped for the measurement only (:data:`STEPS`). The outputs
are written one after another here (the build overlaps the store's load with the
files): sizes measured while two steps overlap could not be told apart.

``python -m benchmarks.child memory CORPUS OUT WORKERS`` prints the steps as JSON.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

#: (module, function, step): the build's stages, in the order they run.
STEPS: tuple[tuple[str, str, str], ...] = (
    ("kg.parallel", "run", "documents (read, build, resolve in workers)"),
    ("kg.pipeline", "_merge", "merge (report, chunks)"),
    ("kg.pipeline.lifecycle", "link_chunk", "merge: lifecycle links"),
    ("kg.pipeline.mandates", "mandates_chunks", "merge: mandates"),
    ("kg.buildfolder", "write_outputs", "outputs (all)"),
    ("kg.buildfolder", "_concatenate", "outputs: graph.nq"),
    ("kg.buildfolder", "_write_union", "outputs: union.nt"),
    ("kg.buildfolder", "_load", "outputs: store load"),
    ("kg.buildfolder", "_update_store", "outputs: store update"),
    ("kg.buildfolder", "_convert", "outputs: graph.trig / graph.ttl"),
    ("kg.buildfolder", "_write_jsonld", "outputs: graph.jsonld"),
    ("kg.buildfolder", "_write_texts", "outputs: texts"),
    ("kg.buildfolder", "write_build_description", "outputs: void.ttl"),
    ("kg.views", "update_views", "views (all)"),
    ("kg.views", "gather", "views: gathering"),
)

MB = 1 << 20


@dataclass
class StepMemory:
    """Resident sizes in MB while one step ran (the largest over its runs)."""

    start: float = 0.0
    end: float = 0.0
    peak: float = 0.0  # the build's own process
    peak_with_workers: float = 0.0  # the process and its workers together
    seconds: float = 0.0
    runs: int = 0


@dataclass
class Sampler:
    """Samples resident sizes and credits each sample to every step running."""

    interval: float = 0.005
    steps: dict[str, StepMemory] = field(default_factory=dict)
    running: set[str] = field(default_factory=set)
    peak: float = 0.0
    _process: psutil.Process = field(default_factory=psutil.Process)
    _stop: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def sizes(self) -> tuple[float, float]:
        own = self._process.memory_info().rss
        workers = 0
        for child in self._process.children(recursive=True):
            with contextlib.suppress(psutil.Error):  # a worker that ended between the listing and the reading
                workers += child.memory_info().rss
        return own / MB, (own + workers) / MB

    def sample(self) -> None:
        own, total = self.sizes()
        with self._lock:
            self.peak = max(self.peak, own)
            for name in self.running:
                step = self.steps[name]
                step.peak, step.peak_with_workers = max(step.peak, own), max(step.peak_with_workers, total)

    def run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[None]:
        own, _ = self.sizes()
        with self._lock:
            step = self.steps.setdefault(name, StepMemory(start=own))
            step.runs += 1
            self.running.add(name)
        started = time.perf_counter()
        try:
            yield
        finally:
            self.sample()
            with self._lock:
                self.running.discard(name)
                step.seconds += time.perf_counter() - started
                step.end = self.sizes()[0]

    @contextlib.contextmanager
    def sampling(self) -> Iterator[None]:
        thread = threading.Thread(target=self.run, daemon=True)
        thread.start()
        try:
            yield
        finally:
            self._stop.set()
            thread.join()


def _wrapped(sampler: Sampler, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def measured(*arguments: Any, **options: Any) -> Any:
        with sampler.step(name):
            return function(*arguments, **options)

    return measured


def _wrapped_iterator(sampler: Sampler, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """A generator function's step lasts until its last item is taken."""

    @functools.wraps(function)
    def measured(*arguments: Any, **options: Any) -> Iterator[Any]:
        with sampler.step(name):
            yield from function(*arguments, **options)

    return measured


class _InPlace:
    """An executor that runs each task at once, in the caller's thread: steps one after another."""

    def __init__(self, max_workers: int | None = None) -> None:
        del max_workers

    def __enter__(self) -> _InPlace:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def submit(self, function: Callable[..., Any], *arguments: Any) -> Future:
        future: Future = Future()
        future.set_result(function(*arguments))
        return future


@contextlib.contextmanager
def instrumented(sampler: Sampler) -> Iterator[None]:
    """The build's steps wrapped to report to ``sampler``, and its outputs written one at a time."""
    patched: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, attribute: str, value: Any) -> None:
        patched.append((owner, attribute, getattr(owner, attribute)))
        setattr(owner, attribute, value)

    try:
        import kg.parallel

        patch(kg.parallel, "run", _wrapped_iterator(sampler, STEPS[0][2], kg.parallel.run))  # a lazy iterator
        for module_name, function_name, step in STEPS[1:]:
            owner = _owner(module_name)
            patch(owner, function_name, _wrapped(sampler, step, getattr(owner, function_name)))
        patch(importlib.import_module("kg.buildfolder"), "ThreadPoolExecutor", _InPlace)
        yield
    finally:
        for owner, attribute, original in reversed(patched):
            setattr(owner, attribute, original)


def _owner(dotted: str) -> Any:
    """A module, or a module's attribute that is itself a module (``kg.pipeline.lifecycle``)."""
    parent, _, name = dotted.rpartition(".")
    module = importlib.import_module(parent)
    return getattr(module, name) if hasattr(module, name) else importlib.import_module(dotted)


def measure_steps(corpus: Path, out: Path, workers: int) -> dict[str, Any]:
    """A build and its views with every step's resident sizes, in MB."""
    from kg.pipeline import build
    from kg.views import write_views

    sampler = Sampler()
    with instrumented(sampler), sampler.sampling():
        started = time.perf_counter()
        build([corpus], out, workers=workers)
        write_views(out)
        seconds = time.perf_counter() - started
    steps = {name: vars(step) for name, step in sampler.steps.items()}
    return {"seconds": seconds, "peak_mb": sampler.peak, "steps": steps}


def steps_table(measured: dict[str, Any]) -> str:
    """The steps as a Markdown table: each step's sizes, in MB."""
    rows = [
        "| step | s | start MB | peak MB | end MB | peak with workers MB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, step in measured["steps"].items():
        rows.append(
            f"| {name} | {step['seconds']:.1f} | {step['start']:.0f} | {step['peak']:.0f} | {step['end']:.0f} "
            f"| {step['peak_with_workers']:.0f} |"
        )
    return "\n".join(rows) + "\n"
