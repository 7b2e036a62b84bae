"""Regular expressions compiled once per machine, not once per process.

The packs' phrase tables (every inflection of every verb, in every language met)
make patterns of hundreds of kilobytes; Python's ``re`` spends seconds parsing
them into the program its matching engine runs, in every process of every
build. :func:`prepared` keeps that program on disk, keyed by the pattern, its
flags and the Python version: the next process loads it and hands it to the
engine (``_sre.compile``, what ``re.compile`` itself ends with), some forty
times faster. The engine validates a program before it runs it, so a damaged
file is refused, and then, as on any Python without these internals, the
pattern is compiled the usual way; each file carries the digest of its program,
so one damaged on disk is never run. The result is the same ``re.Pattern``.

The programs live under ``$KG_PATTERN_CACHE``, else ``$XDG_CACHE_HOME/policy-kg/patterns``
(``~/.cache/...``); a folder that cannot be written only costs the time saved.
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["cache_folder", "prepared"]

try:  # CPython's own compiler, in the modules re.compile uses (3.11 and later; not in the type stubs)
    import _sre

    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another Python: compile as usual
    _sre = None

_DIGEST = 32  # bytes of SHA-256 before a kept program: a file cut short or damaged is seen

# What a program depends on besides its pattern: the engine's version and the interpreter's.
_ENGINE = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}"


def cache_folder() -> Path:
    """Where programs are kept."""
    given = os.environ.get("KG_PATTERN_CACHE")
    if given:
        return Path(given)
    root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(root) / "policy-kg" / "patterns"


def prepared(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its program read from the disk when an earlier process made it.

    >>> prepared(r"(?<!\\w)prie(?:\\s+instamment|)(?!\\w)").findall("Prie instamment ; prie")
    ['prie']
    """
    if _sre is None:
        return re.compile(pattern, flags)
    flags = int(flags)
    path = cache_folder() / _ENGINE / f"{hashlib.sha256(f'{flags}:{pattern}'.encode()).hexdigest()}.marshal"
    program = _read(path, pattern)
    if program is not None:
        try:
            return _sre.compile(pattern, *program)
        except (RuntimeError, TypeError, ValueError):  # damaged, or an engine it was not made for
            pass
    program = _program(pattern, flags)
    _write(path, (pattern, *program))
    return _sre.compile(pattern, *program)


def _program(pattern: str, flags: int) -> tuple[Any, ...]:
    """The arguments ``re._compiler.compile`` gives ``_sre.compile`` after the pattern, as plain data."""
    tree = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(tree, flags)]  # opcodes are int subclasses marshal refuses
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup)


def _read(path: Path, pattern: str) -> tuple[Any, ...] | None:
    """The program kept for ``pattern``; None when there is none or it is not whole (its digest differs)."""
    try:
        kept = path.read_bytes()
        digest, data = kept[:_DIGEST], kept[_DIGEST:]
        stored = marshal.loads(data) if hashlib.sha256(data).digest() == digest else None
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(stored, tuple) or len(stored) != 6 or stored[0] != pattern:  # another pattern's digest
        return None
    return stored[1:]


def _write(path: Path, stored: tuple[Any, ...]) -> None:
    """Write atomically: processes building at once may write the same program, never half of one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        data = marshal.dumps(stored)
        with os.fdopen(handle, "wb") as file:
            file.write(hashlib.sha256(data).digest() + data)
        os.replace(temporary, path)
    except OSError:  # a folder we may not write: the next process compiles again
        pass
