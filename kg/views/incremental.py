"""Which view pages a build must write: a document's page when its graph changed, all pages when the views did.

The views folder keeps ``state.json``: the digest of every named graph the
pages were made from (as the build's ``graphs.json`` lists them) and a
fingerprint of the views' own code, templates and scripts. A build whose graphs
and views are as they were writes nothing; one that changed some graphs
rewrites those documents' pages and the global pages.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from kg.buildfolder import built_graphs
from kg.views.gather import reader_page

__all__ = ["Plan", "built_graph_digests", "plan", "save_state"]

STATE = "state.json"
HERE = Path(__file__).resolve().parent


def built_graph_digests(out: Path) -> dict[str, str] | None:
    """The digest of each named graph of the build in ``out``; None when the build lists none.

    This is the views' only reading of a build-folder file other than the store.
    """
    try:
        return {graph: digest.sha256 for graph, digest in built_graphs(out).items()}
    except (FileNotFoundError, ValueError):
        return None


def views_fingerprint() -> str:
    """A digest of what the pages are made with besides the graphs: this package and vis-network."""
    digest = hashlib.sha256(version("pyvis").encode())
    for path in sorted(p for p in HERE.rglob("*") if p.is_file() and p.suffix in {".py", ".html", ".js", ".css"}):
        digest.update(path.relative_to(HERE).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class Plan:
    """``everything``: start afresh; else ``stale`` graphs get their page again and ``gone`` ones lose it."""

    everything: bool
    stale: frozenset[str]
    gone: dict[str, str]  # graph → its page, to delete
    pages: dict[str, str]  # graph → page, as the last run left them

    @property
    def nothing(self) -> bool:
        return not self.everything and not self.stale and not self.gone


def plan(views: Path, digests: dict[str, str] | None) -> Plan:
    """Compare the build's graphs with those the pages in ``views`` were made from."""
    previous = _read_state(views)
    if digests is None or previous is None or previous.get("views") != views_fingerprint():
        return Plan(True, frozenset(digests or ()), {}, {})
    held: dict[str, str] = previous["graphs"]
    pages: dict[str, str] = previous["pages"]
    missing = {g for g, page in pages.items() if not all((views / p).is_file() for p in (page, reader_page(page)))}
    stale = {graph for graph, digest in digests.items() if held.get(graph) != digest} | (missing & set(digests))
    gone = {graph: pages[graph] for graph in set(held) - set(digests) if graph in pages}
    return Plan(False, frozenset(stale), gone, {g: p for g, p in pages.items() if g in digests})


def save_state(views: Path, digests: dict[str, str] | None, pages: dict[str, str]) -> None:
    """Record what the pages were made from; with no digests, forget it (the next run writes all)."""
    path = views / STATE
    if digests is None:
        path.unlink(missing_ok=True)
        return
    state = {"views": views_fingerprint(), "graphs": digests, "pages": pages}
    path.write_text(json.dumps(state, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _read_state(views: Path) -> dict | None:
    try:
        state = json.loads((views / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ok = isinstance(state, dict) and isinstance(state.get("graphs"), dict) and isinstance(state.get("pages"), dict)
    return state if ok else None
