"""Gold files: a careful reader's facts about one text each, in the format of ``../shared/gold/``.

A gold file is JSON named after its text (``x.json`` for ``x.txt``), with the
sections ``document``, ``citations``, ``commitments``, ``actors``,
``statistics`` and ``events`` (see DESIGN.md). Where a gold item is wrong, a
corrected copy of the whole file with the same name and a ``correction`` note
saying why is kept in a folder of corrections (``tests/gold/`` for the
project's development set); the evaluation reads it in place of the original.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.lang import SUPPORTED
from kg.model import Kind

__all__ = ["FAMILIES", "Gold", "GoldError", "family_of", "item_labels", "load_gold"]

#: The families of documents the evaluation averages over, by the gold's document kind.
FAMILIES = {"un": "UN documents", "legal": "legal texts", "news": "news and statements"}

_NEWS_KINDS = {"news", "news-article", "statement", "press-release", "fact-sheet", "declaration", "interview"}
_UN_KINDS = {Kind.REPORT, Kind.DRAFT_RESOLUTION, Kind.LETTER, Kind.PRESIDENTIAL_STATEMENT}
# UN symbols start with the series letters and a slash or dot (A/RES/72/179, E/CN.6/...);
# national numbers start with a digit (80/2025/QH15, 2639/QĐ-TTg).
_UN_SYMBOL = re.compile(r"^[A-Z]+[./]")
#: The keys of a gold item that hold a name of it, in any language (English first: it names the item).
_LABEL_KEYS = ("en", *(code for code in SUPPORTED if code != "en"), "label", "name", "name_en", "name_latin")


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the file."""


@dataclass(frozen=True)
class Gold:
    """One gold file: its text's file name, family and facts."""

    name: str
    path: Path
    facts: dict[str, Any]
    family: str
    corrected: bool = False

    @property
    def source_name(self) -> str:
        """The file name of the text the gold describes."""
        return str(self.facts.get("file") or f"{self.path.stem}.txt")

    def section(self, name: str) -> dict[str, Any]:
        value = self.facts.get(name)
        return value if isinstance(value, dict) else {}


def family_of(document: dict[str, Any]) -> str:
    """``un``, ``legal`` or ``news``, from the gold's document kind and symbol.

    >>> family_of({"kind": "resolution", "symbol": "A/RES/72/179"})
    'un'
    >>> family_of({"kind": "resolution", "symbol": "385/NQ-CP"})
    'legal'
    >>> family_of({"kind": "press-release"})
    'news'
    """
    kind = str(document.get("kind") or "")
    symbol = str(document.get("symbol") or "")
    if kind in _NEWS_KINDS:
        return "news"
    if kind in _UN_KINDS or _UN_SYMBOL.match(symbol):
        return "un"
    return "legal"


def item_labels(item: Any, *, with_quote: bool = False) -> list[str]:
    """The names a gold item gives (in any language, ``other_labels`` too), or the item if a string."""
    if isinstance(item, str):
        return [item]
    if not isinstance(item, dict):
        return []
    labels = [str(item[key]) for key in _LABEL_KEYS if isinstance(item.get(key), str) and item[key]]
    labels += [str(label) for label in item.get("other_labels") or [] if isinstance(label, str)]
    if with_quote and isinstance(item.get("quote"), str):
        labels.append(item["quote"])
    return labels


def load_gold(gold_dir: Path, corrections: Path | None = None) -> tuple[list[Gold], list[str]]:
    """The gold files of a folder, each replaced by its corrected copy where one exists.

    Returns the gold files read and the problems met (one a file that could not
    be read), so that one bad file never stops the others from being scored.
    """
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"no gold folder {gold_dir}/")
    golds: list[Gold] = []
    problems: list[str] = []
    for path in sorted(gold_dir.glob("*.json")):
        corrected = _corrected_copy(path, corrections)
        try:
            golds.append(read_gold(corrected or path, corrected=corrected is not None))
        except GoldError as error:
            problems.append(str(error))
    return golds, problems


def read_gold(path: Path, *, corrected: bool = False) -> Gold:
    try:
        facts = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldError(f"{path}: not a readable gold file ({error})") from error
    if not isinstance(facts, dict) or not isinstance(facts.get("document"), dict):
        raise GoldError(f"{path}: a gold file is a JSON object with a 'document' section")
    return Gold(name=path.stem, path=path, facts=facts, family=family_of(facts["document"]), corrected=corrected)


def _corrected_copy(path: Path, corrections: Path | None) -> Path | None:
    """The corrected copy of a gold file: same name, and a ``correction`` note saying why."""
    if corrections is None:
        return None
    candidate = corrections / path.name
    if not candidate.is_file() or candidate.resolve() == path.resolve():
        return None
    try:
        facts = json.loads(candidate.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return candidate if isinstance(facts, dict) and facts.get("correction") else None
