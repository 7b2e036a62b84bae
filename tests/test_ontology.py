"""The ontology and its SKOS schemes: complete, documented, consistent."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers import nonempty
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.ontology import (
    ACTION_NAMESPACE,
    FORCE_NAMESPACE,
    ONTOLOGY_IRI,
    PK_NAMESPACE,
    actions,
    class_for_kind,
    forces,
    kind_names,
    ontology_graph,
)
from kg.vocab import PK

VALID_EXAMPLES = sorted((Path(__file__).parent / "shapes" / "valid").glob("*.ttl"))
LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh", "vi")


def words(text: str) -> list[str]:
    return text.split()


# The identifiers the language packs map verbs to (docs/ARCHITECTURE.md): fixed.
ACTIONS_BY_FORCE = {
    "declaratory": words(
        """
        recognizes welcomes reaffirms affirms notes takes-note notes-with-concern notes-with-appreciation
        notes-with-satisfaction recalls acknowledges stresses emphasizes underlines highlights reiterates
        expresses expresses-concern expresses-appreciation commends appreciates values regrets deplores
        condemns considers believes is-convinced is-concerned is-aware bears-in-mind is-guided-by acts-under
        is-determined looks-forward observes intends meets seeks embraces commits will supports defines
        """
    ),
    "exhortatory": words(
        "encourages urges reminds draws-attention calls-upon calls-for invites appeals recommends trusts"
    ),
    "directive": words("requests demands directs instructs tasks"),
    "decision": words(
        """
        decides endorses approves adopts authorizes proclaims declares designates establishes resolves
        """
    ),
}

# Terms other stages write now (docs/ARCHITECTURE.md, "The RDF model").
REQUIRED_TERMS = words(
    """
    Work Expression realizes Instrument Resolution DraftResolution Decision Agreement Declaration Law
    Report Letter SummaryRecord Note Programme Project Treaty NewsArticle GovernmentDocument Document
    Actor State IntergovernmentalOrganization UnBody GovernmentAgency Organization GroupOfStates Person
    Post Place Mention Paragraph Commitment Event Session Meeting Summit Workshop Forum Conference
    value unit measure refArea refPeriod qualifier statisticsStructure
    symbol sourceFile sha256 issuer session agendaItem originalLanguage meeting adoptedOn signatory entryIntoForce
    mentionOf inDocument start end quote cites section paragraphNumber leadingPhrase action force
    addressee deadline dueAtSession refersTo inParagraph rank place startDate endDate dateInferred
    series code m49 represents kindName actionScheme forceScheme
    """
)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return ontology_graph()


def pk_terms(graph: Graph) -> list[URIRef]:
    return sorted({s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(PK_NAMESPACE)})


def english(graph: Graph, term: URIRef, predicate: URIRef) -> list[Literal]:
    return [o for o in graph.objects(term, predicate) if isinstance(o, Literal) and o.language == "en"]


def test_header_names_title_version_creator_and_licence(ontology: Graph) -> None:
    for predicate in (DCTERMS.title, DCTERMS.description, DCTERMS.creator, DCTERMS.license, OWL.versionIRI):
        assert ontology.value(ONTOLOGY_IRI, predicate) is not None, predicate
    assert str(ontology.value(ONTOLOGY_IRI, OWL.versionInfo)) == "0.1.0"


@pytest.mark.parametrize("name", REQUIRED_TERMS)
def test_every_term_of_the_rdf_model_is_declared(ontology: Graph, name: str) -> None:
    assert (URIRef(PK_NAMESPACE + name), RDF.type, None) in ontology


def test_every_term_has_label_definition_and_is_defined_by(ontology: Graph) -> None:
    undocumented = [
        str(term)
        for term in pk_terms(ontology)
        if not english(ontology, term, RDFS.label)
        or not english(ontology, term, SKOS.definition)
        or ontology.value(term, RDFS.isDefinedBy) != ONTOLOGY_IRI
    ]
    assert undocumented == []


def test_kind_names_are_the_hyphenated_local_names(ontology: Graph) -> None:
    def hyphenated(local_name: str) -> str:
        return re.sub(r"(?<!^)(?=[A-Z])", "-", local_name).lower()

    for kind, cls in nonempty(kind_names().items()):
        assert kind == hyphenated(str(cls).removeprefix(PK_NAMESPACE))


def test_every_class_instantiated_in_the_examples_has_a_kind_name() -> None:
    data = Graph()
    for path in VALID_EXAMPLES:
        data.parse(path)
    used = {cls for cls in data.objects(None, RDF.type) if str(cls).startswith(PK_NAMESPACE)}
    assert used - set(kind_names().values()) == set()


def test_class_for_kind_names_the_known_kinds_when_it_fails() -> None:
    assert class_for_kind("news-article") == PK.NewsArticle
    with pytest.raises(KeyError, match="known kinds: actor, agreement"):
        class_for_kind("newspaper")


def test_the_ontology_has_no_blank_nodes(ontology: Graph) -> None:
    # It is published in a named graph of the output, which must be free of them.
    assert [t for t in ontology if any(not isinstance(n, URIRef | Literal) for n in t)] == []


# --- the schemes --------------------------------------------------------------------


def test_the_action_scheme_holds_exactly_the_fixed_identifiers() -> None:
    expected = {action: force for force, ids in ACTIONS_BY_FORCE.items() for action in ids}
    assert {action.id: action.force for action in actions().values()} == expected


@pytest.mark.parametrize("action_id", sorted(a for ids in ACTIONS_BY_FORCE.values() for a in ids))
def test_every_action_is_labelled_in_seven_languages_and_defined(ontology: Graph, action_id: str) -> None:
    concept = URIRef(ACTION_NAMESPACE + action_id)
    labels = [label for label in ontology.objects(concept, SKOS.prefLabel) if isinstance(label, Literal)]
    assert sorted(label.language for label in labels) == sorted(LANGUAGES)  # one per language
    assert english(ontology, concept, SKOS.definition)
    assert (concept, SKOS.inScheme, PK.actionScheme) in ontology
    assert str(ontology.value(concept, PK.force)).startswith(FORCE_NAMESPACE)


def test_english_labels_are_the_operative_verbs() -> None:
    assert actions()["calls-upon"].labels["en"] == "calls upon"
    assert actions()["recognizes"].preambular == "Recognizing"
    assert actions()["recognizes"].labels == {
        "ar": "تسلّم",
        "en": "recognizes",
        "es": "reconoce",
        "fr": "reconnaît",
        "ru": "признает",
        "vi": "ghi nhận",
        "zh": "确认",
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_actions_share_a_label(language: str) -> None:
    labels = [action.labels[language] for action in actions().values()]
    assert len(labels) == len(set(labels))


def test_forces_are_ranked_from_declaratory_to_decision() -> None:
    assert forces() == {"declaratory": 1, "exhortatory": 2, "directive": 3, "decision": 4}


def test_language_packs_map_verbs_only_to_actions_of_the_scheme() -> None:
    import importlib
    import pkgutil

    import kg.lang

    known = set(actions())
    checked = []
    for module_info in pkgutil.iter_modules(kg.lang.__path__):
        pack = getattr(importlib.import_module(f"kg.lang.{module_info.name}"), "PACK", None)
        if pack is None:
            continue
        checked.append(module_info.name)
        used = {
            *pack.operative_verbs.values(),
            *pack.preambular_phrases.values(),
            *pack.pledge_phrases.values(),
        }
        assert used - known == set(), f"kg/lang/{module_info.name}.py"
    assert checked, "no language pack was found to check"


# --- consistency -------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime (openjdk-17-jre-headless)")
def test_the_ontology_is_consistent_under_hermit() -> None:
    from kg.validate import check_consistency

    assert check_consistency() == "consistent"
