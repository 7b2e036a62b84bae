"""Where the per-document work runs: in this process, in a pool of processes, or on a Dask cluster.

Every runner takes the same tasks and yields the same results, in the order
they finish; the pipeline merges them in an order of its own, so the outputs do
not depend on where or in which order documents were built. Results cross
process boundaries as plain data (a report and N-Quads bytes), never as
pyoxigraph terms, so any pickling transport carries them.
"""

from __future__ import annotations

import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

__all__ = ["DEFAULT_TIME_BUDGET", "DaskUnavailable", "OverBudget", "run", "time_budget"]

#: Seconds one task (a file read and built) may take. A hostile file must not hold a batch for
#: hours; its task is stopped and reported as that file's failure.
DEFAULT_TIME_BUDGET = 300.0

Result = TypeVar("Result")
Task = tuple[Path, str]  # a file and the source name it is reported under


class DaskUnavailable(RuntimeError):
    """``--dask`` was asked for but dask.distributed is not installed."""


def run(
    work: Callable[[Path, str], Result],
    tasks: Sequence[Task],
    *,
    workers: int = 1,
    scheduler: str | None = None,
    crashed: Callable[[Path, str], Result] | None = None,
) -> Iterator[Result]:
    """``work(path, source)`` for every task, on the Dask ``scheduler`` if given, else on ``workers`` processes.

    ``work`` must be a module-level function, so that other processes can import it.
    A task whose worker process dies (killed, out of memory, a crash in a C library)
    gives ``crashed(path, source)`` as its result, when given; the other tasks run on.
    """
    if scheduler:
        return _on_dask(work, tasks, scheduler)
    if workers > 1 and len(tasks) > 1:
        return _in_processes(work, tasks, workers, crashed)
    return (work(path, source) for path, source in tasks)


#: Tasks in flight per worker process: enough to keep each busy while results are merged.
_QUEUED_PER_WORKER = 4


def _in_processes(
    work: Callable[[Path, str], Result],
    tasks: Sequence[Task],
    workers: int,
    crashed: Callable[[Path, str], Result] | None,
) -> Iterator[Result]:
    """Results as they finish; when a worker dies, the tasks it may have held are run again one by one.

    A dead worker breaks the whole pool, and the pool does not say which task
    killed it: each task then in flight runs again alone, so only the one that
    kills a pool of its own is reported as crashed, and the rest go on in a new pool.
    """
    waiting = deque(tasks)
    while waiting:
        suspects = yield from _until_broken(work, waiting, workers)
        for task in suspects:
            yield _alone(work, task, crashed)


def _until_broken(
    work: Callable[[Path, str], Result], waiting: deque[Task], workers: int
) -> Generator[Result, None, list[Task]]:
    """Run the waiting tasks in one pool, a bounded number in flight; the tasks in flight if it breaks.

    Submitting every task at once would keep every result (a document's N-Quads) alive in its
    future until the last task is done: gigabytes for ten thousand documents.
    """
    with ProcessPoolExecutor(max_workers=min(workers, len(waiting))) as pool:
        running: dict[Future[Result], Task] = {}

        def submit(count: int) -> None:
            for _ in range(min(count, len(waiting))):
                task = waiting.popleft()
                running[pool.submit(work, *task)] = task

        submit(workers * _QUEUED_PER_WORKER)
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            broken = []
            for future in done:
                task = running.pop(future)
                if isinstance(future.exception(), BrokenProcessPool):
                    broken.append(task)
                else:
                    yield future.result()
            if broken:
                return broken + list(running.values())
            submit(len(done))
            del done  # the results are the caller's now; the futures may go
    return []


def _alone(work: Callable[[Path, str], Result], task: Task, crashed: Callable[[Path, str], Result] | None) -> Result:
    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            return pool.submit(work, *task).result()
        except BrokenProcessPool:
            if crashed is None:
                raise
            return crashed(*task)


def _on_dask(work: Callable[[Path, str], Result], tasks: Sequence[Task], scheduler: str) -> Iterator[Result]:
    try:
        from distributed import Client
        from distributed import as_completed as dask_completed
    except ImportError as error:
        raise DaskUnavailable("--dask needs dask.distributed: pip install 'dask[distributed]'") from error
    # Workers open the files themselves, so they get absolute paths (on a file system they share).
    paths = [path.resolve() for path, _ in tasks]
    sources = [source for _, source in tasks]
    with Client(scheduler) as client:
        futures = client.map(work, paths, sources, pure=False)
        for future in dask_completed(futures):
            yield future.result()
            future.release()  # the cluster may forget a result as soon as it is merged


class OverBudget(BaseException):
    """Raised in the middle of a task when its time is up.

    A BaseException, so that the ``except Exception`` of a reader or builder
    does not take it for one of its own errors.
    """


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Interrupt the work of the block with :class:`OverBudget` after ``seconds`` (none: no limit).

    A timer signal does it, so the limit holds only in a main thread: in this
    process, and in each worker process of the pool. A Dask worker runs tasks
    in threads; its cluster has limits of its own.
    """
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise OverBudget

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)
