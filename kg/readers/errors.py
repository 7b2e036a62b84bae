"""The one error a reader raises."""

from __future__ import annotations


class ReadError(Exception):
    """A file could not be read as a document; the message says which file and why.

    >>> import pickle
    >>> error = pickle.loads(pickle.dumps(ReadError("a.txt", "empty file")))
    >>> error.source, error.reason, str(error)
    ('a.txt', 'empty file', 'a.txt: empty file')
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[ReadError], tuple[str, str]]:
        # Build workers are processes: the error must cross a pickle with both of its parts.
        return type(self), (self.source, self.reason)
