"""policy-kg: a knowledge graph of actors, instruments and commitments.

The library is the product; the ``kg`` command is a thin layer over it::

    from pathlib import Path
    import kg

    report = kg.build([Path("corpus")], Path("build"))
    store = kg.open_store(Path("build"))
    for row in kg.run_query(store, kg.load_query("commitments")):
        print(row["action"], row["force"])

The names below are imported on first use, so that ``import kg`` stays light
and tools such as ``python -m kg.vocabgen`` can run before the vocabulary exists.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import Any

try:
    __version__ = version("policy-kg")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

_EXPORTS = {
    "BuildReport": "kg.pipeline",
    "DocumentReport": "kg.pipeline",
    "build": "kg.pipeline",
    "load_query": "kg.query",
    "open_store": "kg.query",
    "query_names": "kg.query",
    "run_query": "kg.query",
    "ReadError": "kg.readers",
    "read": "kg.readers",
    "validate": "kg.validate",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
