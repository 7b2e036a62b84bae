"""Realistic corpora of any size, recombined from the real documents of ``corpus/``.

Each generated document keeps the look of one real document (its *template*):
its opening paragraphs (symbols, bodies, dates, title), then a body of
paragraphs drawn from the real documents of the same language, mostly of the
same style (UN documents or news and declarations). Numbers are varied so that
documents differ: symbols (``A/RES/73/195``), figures, days and years, in the
template's own digits (Arabic-Indic digits stay Arabic-Indic).

Deterministic: document ``i`` depends only on the seed and ``i``, so a corpus of
100 documents is the first 100 of a corpus of 1,000.
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Template", "generate", "generate_document", "load_templates", "vary_numbers"]

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_NUMBER = re.compile(r"\d+")
_SAME_STYLE = 0.8  # share of body paragraphs drawn from documents of the template's style
_VARIED = 0.5  # share of the numbers of the body given new digits (all of the head's change)


@dataclass(frozen=True)
class Template:
    """A real document, cut into paragraphs."""

    name: str
    language: str
    style: str  # "un" or "news"
    head: tuple[str, ...]  # the opening paragraphs: what identifies the document
    body: tuple[str, ...]


def load_templates(corpus: Path = CORPUS) -> list[Template]:
    """The real documents of ``corpus``, with their language from its manifest."""
    languages = _manifest_languages(corpus)
    templates = []
    for path in sorted(corpus.glob("*.txt")):
        paragraphs = [p.strip("\n") for p in _PARAGRAPH_BREAK.split(path.read_text(encoding="utf-8")) if p.strip()]
        head_size = max(3, len(paragraphs) // 5)
        style = "un" if path.name.startswith("un-") else "news"
        language = languages.get(path.name, "en")
        templates.append(
            Template(path.stem, language, style, tuple(paragraphs[:head_size]), tuple(paragraphs[head_size:]))
        )
    return templates


def _manifest_languages(corpus: Path) -> dict[str, str]:
    manifest = corpus / "manifest.csv"
    if not manifest.is_file():
        return {}
    with manifest.open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row["language"] for row in csv.DictReader(handle) if row.get("language")}


def generate(count: int, folder: Path, *, seed: int = 0, templates: list[Template] | None = None) -> list[Path]:
    """Write ``count`` documents and their ``manifest.csv`` into ``folder``; return their paths."""
    templates = templates or load_templates()
    pools = _paragraph_pools(templates)
    folder.mkdir(parents=True, exist_ok=True)
    paths, rows = [], []
    for index in range(count):
        template, text = generate_document(index, templates, pools, seed=seed)
        path = folder / f"doc-{index:05d}-{template.language}-{template.style}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        rows.append({"file": path.name, "language": template.language})
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "language"])
        writer.writeheader()
        writer.writerows(rows)
    return paths


Pools = dict[tuple[str, str], list[str]]  # (language, style) → paragraphs


def _paragraph_pools(templates: list[Template]) -> Pools:
    pools: Pools = defaultdict(list)
    for template in templates:
        pools[template.language, template.style].extend(template.body)
    return pools


def generate_document(index: int, templates: list[Template], pools: Pools, *, seed: int = 0) -> tuple[Template, str]:
    """Document ``index``: a template's head, a recombined body of its language, numbers varied."""
    rng = random.Random(f"{seed}/{index}")
    template = rng.choice(templates)
    same_style = pools[template.language, template.style]
    other_style = [p for (language, _), pool in pools.items() if language == template.language for p in pool]
    length = max(3, round(len(template.body) * rng.uniform(0.5, 1.5)))
    body = [rng.choice(same_style if rng.random() < _SAME_STYLE else other_style) for _ in range(length)]
    # Every number of the head changes, so that documents rarely share their symbol (the build
    # reports a second document of the same work and language, and keeps the first).
    head = vary_numbers("\n\n".join(template.head), rng, share=1.0)
    return template, "\n\n".join([head, vary_numbers("\n\n".join(body), rng, share=_VARIED)]) + "\n"


def vary_numbers(text: str, rng: random.Random, share: float) -> str:
    """``text`` with ``share`` of its numbers given new digits of the same length and script."""

    def vary(match: re.Match[str]) -> str:
        digits = match.group(0)
        if rng.random() >= share:
            return digits
        return _in_script_of(digits, _new_number(digits, rng))

    return _NUMBER.sub(vary, text)


def _new_number(digits: str, rng: random.Random) -> str:
    """Another number of the same length; a year stays a plausible year."""
    value = "".join(str(unicodedata.digit(d)) for d in digits)
    if len(value) == 4 and value[:2] in ("19", "20"):
        return str(rng.randint(1995, 2030))
    first = "0" if value == "0" else str(rng.randint(1, 9))
    return first + "".join(str(rng.randint(0, 9)) for _ in value[1:])


def _in_script_of(original: str, ascii_digits: str) -> str:
    zero = ord(original[0]) - unicodedata.digit(original[0])
    return "".join(chr(zero + int(d)) for d in ascii_digits)
