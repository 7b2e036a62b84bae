"""The description of a build (void.ttl, VoID and DCAT) and the ontology's page (ontology.html)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, parse
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS
from test_publish_portable import write_corpus

from kg.ontology import ontology_graph
from kg.pipeline import build
from kg.publish.ontology_doc import ontology_page
from kg.validate import validate

VOID = "http://rdfs.org/ns/void#"
DATASET = "https://w3id.org/policy-kg/id/dataset"
PK = "https://w3id.org/policy-kg/ontology#"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("described")
    report = build([write_corpus(tmp_path_factory.mktemp("input"))], out)
    assert not report.failed
    return out


def description(out: Path) -> dict[tuple[str, str], list[str]]:
    values: dict[tuple[str, str], list[str]] = {}
    for triple in parse(path=str(out / "void.ttl"), format=RdfFormat.TURTLE):
        values.setdefault((triple.subject.value, triple.predicate.value), []).append(triple.object.value)
    return values


def test_the_description_passes_the_shapes(built: Path) -> None:
    report = validate(built / "void.ttl", reasoner=False)
    assert report.violations == []
    assert report.conforms


def test_the_description_counts_what_the_graph_holds(built: Path) -> None:
    facts = description(built)
    triples = list(parse(path=str(built / "graph.ttl"), format=RdfFormat.TURTLE))
    assert facts[(DATASET, VOID + "triples")] == [str(len(triples))]
    assert facts[(DATASET, VOID + "documents")] == ["2"]
    assert sorted(facts[(DATASET, "http://purl.org/dc/terms/language")]) == [
        "http://id.loc.gov/vocabulary/iso639-1/en",
        "http://id.loc.gov/vocabulary/iso639-1/fr",
    ]
    subjects = {t.subject.value for t in triples}
    assert facts[(DATASET, VOID + "exampleResource")]
    assert set(facts[(DATASET, VOID + "exampleResource")]) <= subjects
    assert facts[(DATASET, VOID + "sparqlEndpoint")] == ["https://w3id.org/policy-kg/sparql"]
    assert facts[("https://w3id.org/policy-kg/ontology", str(OWL.versionInfo))] == [
        str(ontology_graph().value(URIRef("https://w3id.org/policy-kg/ontology"), OWL.versionInfo))
    ]


def test_each_licence_of_the_manifests_is_a_subset_with_its_documents(built: Path) -> None:
    facts = description(built)
    (subset,) = facts[(DATASET, VOID + "subset")]
    assert facts[(subset, "http://purl.org/dc/terms/rights")] == ["Reproduction permitted with attribution"]
    assert facts[(subset, VOID + "documents")] == ["1"]


def test_the_description_links_the_ontology_page(built: Path) -> None:
    facts = description(built)
    assert facts[(DATASET, "http://xmlns.com/foaf/0.1/page")] == ["https://w3id.org/policy-kg/data/ontology.html"]
    assert (built / "ontology.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_the_ontology_page_documents_every_class_and_property_of_the_ontology() -> None:
    graph = ontology_graph()
    page = ontology_page(graph)
    own = {
        str(term).removeprefix(PK)
        for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for term in graph.subjects(RDF.type, kind)
        if str(term).startswith(PK)
    }
    assert own
    for name in own:
        assert f'<section id="{name}">' in page, name


def test_the_ontology_page_gives_the_schemes_labels_in_seven_languages() -> None:
    page = ontology_page()
    section = page.split('<section id="force-directive">', 1)[1].split("</section>", 1)[0]
    for language in ("en", "fr", "es", "ru", "zh", "ar", "vi"):
        assert f'<span lang="{language}">' in section, language
    assert '<section id="action-requests">' in page


def test_the_ontology_page_escapes_what_the_ontology_says() -> None:
    graph = Graph()
    term = URIRef(PK + "Hostile")
    graph.add((term, RDF.type, OWL.Class))
    graph.add((term, RDFS.label, Literal("<script>alert(1)</script>", lang="en")))
    page = ontology_page(graph)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script" not in page


def test_the_addresses_of_the_description_are_the_publishers(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    docs, out, site = write_corpus(tmp_path / "input"), tmp_path / "out", tmp_path / "site"
    runner = CliRunner()
    result = runner.invoke(
        main, ["build", str(docs), "--out", str(out), "--no-views", "--base", "https://data.example.org/kg"]
    )
    assert result.exit_code == 0, result.output
    facts = description(out)
    assert facts[(DATASET, VOID + "sparqlEndpoint")] == ["https://data.example.org/kg/sparql"]
    assert "https://data.example.org/kg/data/graph.ttl" in facts[(DATASET, VOID + "dataDump")]
    assert validate(out / "void.ttl", reasoner=False).conforms
    # Nothing else changed: the build still writes the description for its new addresses.
    endpoint = ["--endpoint", "https://sparql.example.org/query"]
    assert runner.invoke(main, ["build", str(docs), "--out", str(out), "--no-views", *endpoint]).exit_code == 0
    assert description(out)[(DATASET, VOID + "sparqlEndpoint")] == ["https://sparql.example.org/query"]
    assert "https://w3id.org/policy-kg/data/graph.ttl" in description(out)[(DATASET, VOID + "dataDump")]
    published = ["publish", "--out", str(out), "--site", str(site), "--base", "https://example.net/pkg/", *endpoint]
    assert runner.invoke(main, published).exit_code == 0
    facts = description(site)
    assert facts[(DATASET, VOID + "sparqlEndpoint")] == ["https://sparql.example.org/query"]
    assert facts[(DATASET, "http://xmlns.com/foaf/0.1/page")] == ["https://example.net/pkg/data/ontology.html"]


@pytest.mark.parametrize("address", ["ftp://example.org/", "example.org/kg", "https://example.org/a b", "https://x/>"])
def test_an_address_that_is_no_http_url_is_refused(address: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(
        main, ["publish", "--out", str(tmp_path), "--site", str(tmp_path / "s"), "--base", address]
    )
    assert result.exit_code == 2 and "is not an absolute http(s) URL" in result.output
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path), "--endpoint", address])
    assert result.exit_code == 2 and "is not an absolute http(s) URL" in result.output


def test_kg_validate_checks_the_dataset_description(built: Path, tmp_path: Path) -> None:
    """Before, kg validate checked the graph only; a description that broke its shapes passed."""
    import shutil

    from click.testing import CliRunner

    from kg.cli import main

    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True, ignore=shutil.ignore_patterns("cache", "store", ".lock"))
    (out / "void.ttl").unlink()
    runner = CliRunner()
    missing = runner.invoke(main, ["validate", "--out", str(out), "--no-reasoner"])
    assert missing.exit_code == 1 and "no dataset description" in missing.output
    shutil.copyfile(built / "void.ttl", out / "void.ttl")
    passed = runner.invoke(main, ["validate", "--out", str(out), "--no-reasoner"])
    assert passed.exit_code == 0 and "dataset description (void.ttl): conforms" in passed.output
    shutil.copyfile(Path(__file__).parent / "shapes" / "invalid" / "dataset-without-endpoint.ttl", out / "void.ttl")
    failed = runner.invoke(main, ["validate", "--out", str(out), "--no-reasoner"])
    assert failed.exit_code == 1
    assert "SHACL: conforms" in failed.output and "dataset description (void.ttl): 1 violations" in failed.output
    assert "violation  void.ttl: " in failed.output and "void:sparqlEndpoint" in failed.output
