"""Corpora of any size made of perturbed copies of real documents, whole.

Generated corpora (:mod:`benchmarks.generator`) recombine paragraphs; these keep
each real document as it is, structure and all (a UN resolution's masthead and
numbered paragraphs, a law's articles, a news article's dateline), so the build
meets the texts users give it. Copy ``i`` is real document ``i mod n``, with its
numbers varied in its own digits: every number of its opening (symbols, official
numbers, dates, so that copies are different works) and half of the others. No
manifest is written: the language is identified, as for a folder a user gives.

Deterministic: copy ``i`` depends only on the seed and ``i``, so a corpus of 100
is the first 100 of a corpus of 1,000.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from benchmarks.generator import vary_numbers

__all__ = ["REAL_CORPORA", "RealDocument", "load_real_documents", "perturbed_copies"]

ROOT = Path(__file__).resolve().parent.parent
#: The sample documents and the development set, beside the project's checkout.
REAL_CORPORA = (ROOT.parent / "shared" / "corpus", ROOT.parent / "shared" / "corpus-real")

_HEAD_SHARE = 0.2  # the opening fifth of a text: where its symbol, number, title and date are
_VARIED = 0.5  # share of the other numbers given new digits


@dataclass(frozen=True)
class RealDocument:
    name: str  # the file's name
    text: str


def load_real_documents(folders: tuple[Path, ...] = REAL_CORPORA) -> list[RealDocument]:
    """The ``.txt`` documents of ``folders`` (missing folders are skipped), in a stable order."""
    documents = [
        RealDocument(path.name, path.read_text(encoding="utf-8"))
        for folder in folders
        if folder.is_dir()
        for path in sorted(folder.glob("*.txt"))
    ]
    if not documents:
        raise FileNotFoundError(f"no .txt document in {', '.join(str(f) for f in folders)}")
    return documents


def perturbed_copies(
    count: int, folder: Path, *, seed: int = 0, documents: list[RealDocument] | None = None
) -> list[Path]:
    """Write ``count`` perturbed copies of the real ``documents`` into ``folder``; return their paths."""
    documents = documents or load_real_documents()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        original = documents[index % len(documents)]
        path = folder / f"copy-{index:05d}-{original.name}"
        path.write_text(perturbed(original.text, random.Random(f"{seed}/{index}")), encoding="utf-8")
        paths.append(path)
    return paths


def perturbed(text: str, rng: random.Random) -> str:
    """``text`` with every number of its opening and some of the others changed, nothing else."""
    cut = text.find("\n", int(len(text) * _HEAD_SHARE))
    cut = len(text) if cut < 0 else cut
    return vary_numbers(text[:cut], rng, share=1.0) + vary_numbers(text[cut:], rng, share=_VARIED)
