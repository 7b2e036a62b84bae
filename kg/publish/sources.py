"""The name a published graph gives each input file: its path below the folder given, under that folder's name.

``kg build`` given the folder by its absolute path, as ``corpus`` or as ``.`` (run inside
``corpus/``) all name a file ``corpus/un-en-a-res-73-195.txt``: no machine's
folders end up in ``pk:sourceFile``, and a build made elsewhere writes the same
bytes. A file given by itself is named under the folder that holds it, so that
``kg build corpus/x.txt`` names it as ``kg build corpus`` does.

Two folders of one name (``kg build a/corpus b/corpus``) would name two files
alike: such names take as many of their folders' parents as tell them apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

__all__ = ["source_names"]


@dataclass(frozen=True)
class _Found:
    file: Path
    anchor: Path  # the resolved folder the file is named under
    below: PurePosixPath  # the file's path below it

    def name(self, depth: int) -> str:
        return (_last_parts(self.anchor, depth) / self.below).as_posix()


def source_names(found: Iterable[tuple[Path, Path]]) -> dict[str, Path]:
    """Each file of ``(given path, file)`` pairs by its published name; a file found twice is named once.

    ``given`` is the path the build was given (a folder, or the file itself).

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp()) / "corpus"
    >>> (root / "sub").mkdir(parents=True)
    >>> sorted(source_names([(root, root / "sub" / "a.txt"), (root / "b.txt", root / "b.txt")]))
    ['corpus/b.txt', 'corpus/sub/a.txt']
    """
    by_name: dict[str, dict[Path, _Found]] = defaultdict(dict)
    for given, file in found:
        entry = _found(given, file)
        by_name[entry.name(1)][file.resolve()] = entry
    names: dict[str, Path] = {}
    for name, files in by_name.items():
        if len(files) == 1:
            names[name] = next(iter(files.values())).file
        else:
            names.update(_told_apart(list(files.values())))
    return names


def _found(given: Path, file: Path) -> _Found:
    if given.is_dir():
        return _Found(file, given.resolve(), PurePosixPath(file.relative_to(given).as_posix()))
    return _Found(file, file.resolve().parent, PurePosixPath(file.name))


def _last_parts(folder: Path, count: int) -> PurePosixPath:
    """The last ``count`` names of a resolved folder (none for the root)."""
    parts = [part for part in folder.parts[1:] if part]
    return PurePosixPath(*parts[-count:]) if parts else PurePosixPath()


def _told_apart(files: list[_Found]) -> dict[str, Path]:
    """Names for files whose folders share a name: each with the fewest parent folders that differ."""
    longest = max(len(entry.anchor.parts) for entry in files)
    depth = 2
    while True:
        names = {entry.name(depth): entry.file for entry in files}
        if len(names) == len(files) or depth >= longest:
            return names
        depth += 1
