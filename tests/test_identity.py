"""One entity, one IRI, in every language: across documents and languages, in the built graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import select

from kg import resolve
from kg.builders.un import BUILDER
from kg.cli import main
from kg.model import Document
from kg.pipeline import build
from kg.query import open_store
from kg.readers.segment import segment

ARABIC = """إن الجمعية العامة،
إذ تشير إلى قرارها ١/٧٠ المؤرخ ٢٥ أيلول/سبتمبر ٢٠١٥ المعنون "تحويل عالمنا: خطة التنمية المستدامة لعام ٢٠٣٠"،
١ - تطلب إلى الأمين العام أن يتعاون مع المنظمة الدولية للهجرة في تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية؛
"""
VIETNAMESE = """Bộ Ngoại giao Việt Nam phối hợp với Tổ chức Di cư Quốc tế (IOM) triển khai Thỏa thuận toàn cầu về
Di cư hợp pháp, an toàn và trật tự (GCM) mà Đại hội đồng Liên hợp quốc thông qua ngày 19/12/2018.
"""


@pytest.fixture(scope="module")
def two_languages(tmp_path_factory: pytest.TempPathFactory):
    docs = tmp_path_factory.mktemp("docs")
    (docs / "ar.txt").write_text(ARABIC, encoding="utf-8")
    (docs / "vi.txt").write_text(VIETNAMESE, encoding="utf-8")
    out = docs / "build"
    report = build([docs / "ar.txt", docs / "vi.txt"], out)
    assert not report.failed, [(d.source, d.error) for d in report.failed]
    return open_store(out)


def _entities_mentioned(store, language: str) -> set[str]:
    return {
        r["entity"]
        for r in select(
            store,
            f"""SELECT DISTINCT ?entity WHERE {{
                  ?m pk:mentionOf ?entity ; pk:inDocument ?doc . ?doc dcterms:language "{language}" }}""",
        )
    }


def test_mentions_in_two_languages_meet_in_the_same_nodes(two_languages) -> None:
    shared = _entities_mentioned(two_languages, "ar") & _entities_mentioned(two_languages, "vi")
    assert "https://w3id.org/policy-kg/id/un/A/RES/73/195" in shared  # the Global Compact
    named = {
        r["name"]
        for r in select(
            two_languages,
            f"""
        SELECT ?name WHERE {{ VALUES ?e {{ {" ".join(f"<{e}>" for e in shared)} }}
                              ?e skos:prefLabel ?name FILTER (lang(?name) = "en") }}""",
        )
    }
    assert {"General Assembly", "International Organization for Migration"} <= named


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "kind", "languages"),
    [
        ("General Assembly", "un-body", {"ar", "vi", "en"}),
        ("International Organization for Migration", None, {"vi"}),
        ("Global Compact for Safe, Orderly and Regular Migration", None, {"en", "vi", "es", "fr"}),
        ("Viet Nam", "state", {"vi"}),
    ],
)
def test_one_node_per_entity_in_the_corpus(corpus_store, name: str, kind: str | None, languages: set[str]) -> None:
    nodes = select(
        corpus_store,
        f"""
        SELECT DISTINCT ?entity WHERE {{ ?entity skos:prefLabel "{name}"@en }}""",
    )
    assert len(nodes) == 1, nodes
    entity = nodes[0]["entity"]
    mentioned_in = {
        r["language"]
        for r in select(
            corpus_store,
            f"""
        SELECT DISTINCT ?language WHERE {{ ?m pk:mentionOf <{entity}> ; pk:inDocument ?doc .
                                           ?doc dcterms:language ?language }}""",
        )
    }
    assert languages <= mentioned_in, (name, mentioned_in)
    if kind == "un-body":
        labels = {
            r["lang"]
            for r in select(
                corpus_store,
                f"""
            SELECT DISTINCT (lang(?l) AS ?lang) WHERE {{ <{entity}> skos:altLabel ?l }}""",
            )
        }
        assert {"ar", "vi", "en"} <= labels


@pytest.mark.corpus
def test_no_two_nodes_share_a_canonical_name_and_kind(corpus_store) -> None:
    clashes = select(
        corpus_store,
        """
        SELECT ?name ?kind (COUNT(DISTINCT ?entity) AS ?n) WHERE {
          ?entity skos:prefLabel ?name ; a ?class . ?class pk:kindName ?kind .
          FILTER (lang(?name) = "en" && ?kind NOT IN ("person", "post"))
        } GROUP BY ?name ?kind HAVING (COUNT(DISTINCT ?entity) > 1)""",
    )
    assert not clashes, clashes


@pytest.mark.corpus
def test_every_state_of_the_gold_files_has_its_iso_code(corpus_store) -> None:
    from conftest import gold

    codes = {r["code"] for r in select(corpus_store, "SELECT ?code WHERE { ?s a pk:State ; pk:code ?code }")}
    for name in ("un-ar-a-72-417.json", "news-vi-baoquocte-291956.json"):
        assert set(gold(name)["actors"]["states_required"]) <= codes


def test_entities_looks_names_up_in_any_language() -> None:
    result = CliRunner().invoke(main, ["entities", "Đại hội đồng Liên hợp quốc", "--language", "vi"])
    assert result.exit_code == 0, result.output
    assert "General Assembly" in result.output


@pytest.mark.corpus
def test_entities_explain_lists_the_mentions_joined_and_their_rules(corpus_build: Path) -> None:
    result = CliRunner().invoke(main, ["entities", "--explain", "General Assembly", "--out", str(corpus_build)])
    assert result.exit_code == 0, result.output
    joined = [line for line in result.output.splitlines() if line.lstrip().startswith("←")]
    assert any("(ar, un-ar-a-72-417.txt)" in line for line in joined)
    assert any("(vi, news-vi-baoquocte-291956.txt)" in line for line in joined)
    assert all("[gazetteer" in line for line in joined)


def test_a_collective_addressee_is_one_node_in_every_language() -> None:
    # "États", "States" and "Estados" are the pack's "States": one entity, not one a language.
    texts = {
        "fr": "L'Assemblée générale,\n\n1. Demande aux États de coopérer avec la société civile ;\n",
        "en": "The General Assembly,\n\n1. Calls upon States to cooperate with civil society;\n",
        "es": "La Asamblea General,\n\n1. Exhorta a los Estados a que cooperen con la sociedad civil;\n",
    }
    keys = {}
    for language, text in texts.items():
        document = Document(source="excerpt", text=text, language=language, segments=segment(text, language))
        (commitment,) = BUILDER.build(document).commitments
        keys[language] = {resolve.resolve(a, language).key for a in commitment.addressees}
    assert keys["fr"] == keys["en"] == keys["es"] == {"states"}
