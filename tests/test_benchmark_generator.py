"""The benchmark's corpus generator: deterministic, realistic, one language a document, all different."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

# benchmarks/ is a package of the source tree, not of the installed project.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.generator import generate, load_templates


def test_the_same_seed_gives_the_same_corpus_and_a_prefix_of_a_larger_one(tmp_path: Path) -> None:
    small = generate(20, tmp_path / "small", seed=7)
    large = generate(40, tmp_path / "large", seed=7)
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in large[:20]]
    other = generate(20, tmp_path / "other", seed=8)
    assert [p.read_bytes() for p in other] != [p.read_bytes() for p in small]


def test_documents_differ_and_mix_styles_and_languages(tmp_path: Path) -> None:
    paths = generate(60, tmp_path / "corpus", seed=1)
    assert len({p.read_bytes() for p in paths}) == len(paths)
    names = [p.stem.split("-") for p in paths]
    assert {style for *_, style in names} == {"un", "news"}
    assert len({language for _, _, language, _ in names}) >= 4


def test_each_document_keeps_to_the_language_of_its_manifest_entry(tmp_path: Path) -> None:
    paths = generate(30, tmp_path / "corpus", seed=2)
    with (tmp_path / "corpus" / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        languages = {row["file"]: row["language"] for row in csv.DictReader(handle)}
    paragraphs_by_language: dict[str, set[str]] = {}
    for template in load_templates():
        paragraphs_by_language.setdefault(template.language, set()).update(template.body)
    for path in paths:
        language = languages[path.name]
        others = set().union(*(p for lang, p in paragraphs_by_language.items() if lang != language))
        paragraphs = set(path.read_text(encoding="utf-8").split("\n\n"))
        assert not paragraphs & (others - paragraphs_by_language[language]), path.name


def test_numbers_vary_in_their_own_digits(tmp_path: Path) -> None:
    arabic = [p for p in generate(80, tmp_path / "corpus", seed=3) if "-ar-" in p.name]
    assert arabic, "no Arabic document among 80"
    text = arabic[0].read_text(encoding="utf-8")
    assert any("٠" <= character <= "٩" for character in text)
