"""Check a built graph: SHACL shapes, SPARQL quality checks, and the ontology's consistency.

Three independent checks, each answering a different question:

1. **Shapes** (``ontology/shapes.ttl``, pySHACL): is every node the builders
   wrote well formed (cardinalities, datatypes, classes of values, the force of
   a commitment matching its action)?
2. **Quality checks** (``ontology/checks/*-violation.rq``): SPARQL queries that
   must return no rows (a quote whose length is not ``end - start``, two
   entities of one kind sharing an English name, a blank node ...).
3. **Consistency** (owlready2 + HermiT): is the ontology, together with a
   sample of the graph's typed nodes, free of contradictions (a node typed as
   both a document and an actor)?

The shapes run on the data merged with the ontology, without inference:
``sh:class`` follows the ``rdfs:subClassOf`` triples of the merged graph, which
is all the shapes need; RDFS inference would add nothing they check and would
cost most of the run on a graph of 50k triples.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pyoxigraph
from rdflib import OWL, RDF, RDFS, SH, BNode, Dataset, Graph, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from kg.ontology import CHECKS_DIR, PK_NAMESPACE, kind_names, ontology_graph, shapes_graph

__all__ = [
    "NO_JAVA",
    "ValidationReport",
    "Violation",
    "abox_sample",
    "check_consistency",
    "check_files",
    "load_graph",
    "run_checks",
    "run_shapes",
    "validate",
]

NO_JAVA = "skipped: no Java runtime found (install openjdk-17-jre-headless)"
NOT_REQUESTED = "skipped: reasoner not requested"
ABOX_SAMPLE_SIZE = 2000  # typed nodes handed to HermiT with the ontology; enough to catch kind clashes

_FORMATS = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}


class Violation(NamedTuple):
    """One broken rule: the node at fault, the property (if any), and what is wrong."""

    focus: str
    path: str | None
    message: str


@dataclass
class ValidationReport:
    """The outcome of :func:`validate`."""

    conforms: bool
    shacl_text: str
    violations: list[Violation] = field(default_factory=list)
    consistency: str = NOT_REQUESTED

    def summary(self) -> str:
        """A few lines for a terminal: the verdict, then one line per violation."""
        verdict = "conforms" if self.conforms else f"does not conform: {len(self.violations)} violation(s)"
        lines = [verdict, f"consistency: {self.consistency}"]
        lines += [f"{v.focus} {v.path or '-'}: {v.message}" for v in self.violations]
        return "\n".join(lines)


def validate(
    data: Graph | Dataset | Path | str,
    *,
    reasoner: bool = True,
    abox_sample_size: int = ABOX_SAMPLE_SIZE,
) -> ValidationReport:
    """Validate a graph (or a file holding one: .ttl, .trig, .nq, .nt, .jsonld).

    A dataset is validated as the union of its graphs, which is what a client
    querying the default graph of the published store sees.
    """
    data_graph = load_graph(data)
    merged = _merged_with_ontology(data_graph)
    shacl_text, violations = run_shapes(merged)
    violations += run_checks(merged)
    consistency = check_consistency(data_graph, abox_sample_size) if reasoner else NOT_REQUESTED
    conforms = not violations and not consistency.startswith("inconsistent")
    return ValidationReport(conforms, shacl_text, sorted(set(violations), key=_violation_order), consistency)


def load_graph(data: Graph | Dataset | Path | str) -> Graph:
    """The triples of a graph, dataset or RDF file, as one graph (a dataset's graphs merged)."""
    if isinstance(data, Dataset):
        return _union(data)
    if isinstance(data, Graph):
        return data
    path = Path(data)
    try:
        rdf_format = _FORMATS[path.suffix.lower()]
    except KeyError:
        raise ValueError(f"{path}: unknown RDF file type; expected one of {', '.join(_FORMATS)}") from None
    if rdf_format in ("trig", "nquads"):
        return _union(Dataset().parse(path, format=rdf_format))
    return Graph().parse(path, format=rdf_format)


# --- 1. shapes ---------------------------------------------------------------------


def run_shapes(graph: Graph) -> tuple[str, list[Violation]]:
    """pySHACL's text report and the violations of ``ontology/shapes.ttl`` in ``graph``.

    ``graph`` must already hold the ontology and schemes (see :func:`validate`):
    the shapes look up the force of an action and the superclasses of a kind there.
    """
    import pyshacl  # imported here: it is slow to import and only validation needs it

    _, results, text = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        inplace=True,  # the caller's merged graph is a private copy
    )
    return text, _violations_from_results(results)


def _path_text(results: Graph, path: Node) -> str:
    """A SHACL path as text: ``pk:code``, or ``pk:action/pk:force`` for a sequence."""
    if isinstance(path, BNode) and results.value(path, RDF.first) is not None:
        return "/".join(_curie(step) for step in Collection(results, path))
    return _curie(path)


def _violations_from_results(results: Graph) -> list[Violation]:
    violations = []
    # Only the results of the report itself: those of nested shapes (sh:node) are
    # sh:detail of a top-level result, whose message already says what is wrong.
    for result in results.objects(None, SH.result):
        if results.value(result, SH.resultSeverity) != SH.Violation:
            continue
        path = results.value(result, SH.resultPath)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        violations.append(
            Violation(
                focus=str(results.value(result, SH.focusNode)),
                path=_path_text(results, path) if path is not None else None,
                message=messages[0] if messages else f"breaks {_curie(results.value(result, SH.sourceShape))}",
            )
        )
    return violations


# --- 2. quality checks ---------------------------------------------------------------


def check_files() -> list[Path]:
    """The SPARQL quality checks, each of which must return no rows on a valid graph."""
    return sorted(CHECKS_DIR.glob("*-violation.rq"))


def run_checks(graph: Graph, checks: Iterable[Path] | None = None) -> list[Violation]:
    """One violation per row any check returns; the first column is the node at fault.

    The checks join across the whole graph (every span, every pair of labels), so
    they run in Oxigraph: rdflib's evaluator takes seconds where Oxigraph takes
    milliseconds on a built graph.
    """
    store = _oxigraph_store(graph)
    violations = []
    for check in check_files() if checks is None else checks:
        query = check.read_text(encoding="utf-8")
        name = check.name.removesuffix("-violation.rq")
        message = _header(query, "Message") or name
        solutions = store.query(query)
        assert isinstance(solutions, pyoxigraph.QuerySolutions)  # checks are SELECT queries
        columns = [variable.value for variable in solutions.variables]
        for solution in solutions:
            focus, *details = (solution[column] for column in columns)
            detail = ", ".join(
                f"{column}={_short(value)}" for column, value in zip(columns[1:], details, strict=True) if value
            )
            violations.append(Violation(_short(focus), None, f"{name}: {message} ({detail})"))
    return violations


def _oxigraph_store(graph: Graph) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    # N-Triples is the one syntax both libraries read and write without surprises.
    store.bulk_load(graph.serialize(format="nt", encoding="utf-8"), pyoxigraph.RdfFormat.N_TRIPLES)
    return store


def _short(term: object) -> str:
    """An Oxigraph term as text: an IRI in full (pk: terms prefixed), a literal's value."""
    if isinstance(term, pyoxigraph.NamedNode):
        return term.value.replace(PK_NAMESPACE, "pk:", 1) if term.value.startswith(PK_NAMESPACE) else term.value
    if isinstance(term, pyoxigraph.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, pyoxigraph.Literal):
        return term.value
    return str(term)


def _header(query: str, key: str) -> str | None:
    """The value of a ``# Key: value`` line at the head of a query file."""
    for line in query.splitlines():
        if line.startswith(f"# {key}:"):
            return line.split(":", 1)[1].strip()
    return None


# --- 3. consistency --------------------------------------------------------------------


def check_consistency(data: Graph | None = None, sample_size: int = ABOX_SAMPLE_SIZE) -> str:
    """Run HermiT on the ontology plus a sample of ``data``'s typed nodes.

    Returns ``"consistent"``, ``"inconsistent: <why>"``, or ``"skipped: <why>"``
    when there is no Java runtime to run HermiT.
    """
    java = shutil.which("java")
    if java is None:
        return NO_JAVA
    import owlready2  # imported here: it is slow to import and only this check needs it

    owlready2.JAVA_EXE = java
    sample = abox_sample(data, sample_size) if data is not None and sample_size > 0 else Graph()
    if _hermit_finds_consistent(ontology_graph() + sample):
        return "consistent"
    if len(sample) and _hermit_finds_consistent(ontology_graph()):
        return (
            "inconsistent: the graph contradicts the ontology (a node of two disjoint kinds, or a link "
            "whose domain or range clashes with a node's kind; see the disjoint-kinds check)"
        )
    return "inconsistent: the ontology itself has a contradiction or an unsatisfiable class"


def _hermit_finds_consistent(graph: Graph) -> bool:
    """Whether HermiT finds the graph consistent and every named class satisfiable."""
    import owlready2  # imported here: it is slow to import and only this check needs it

    with tempfile.TemporaryDirectory(prefix="policy-kg-hermit-") as folder:
        # owlready2 reads N-Triples or RDF/XML, not Turtle.
        path = Path(folder) / "ontology.nt"
        _without_property_punning(graph).serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        world.get_ontology(path.as_uri()).load(format="ntriples")
        try:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            return False
        return not list(world.inconsistent_classes())


def abox_sample(data: Graph, size: int = ABOX_SAMPLE_SIZE) -> Graph:
    """Typed nodes of ``data`` (spread evenly over the sorted IRIs), with their kinds and links.

    Only what the ontology's axioms constrain goes in: ``rdf:type`` to a policy-kg
    class and ``pk:`` object properties, whose domains and ranges meet the
    disjointness axioms. Literals stay out: HermiT does not know every datatype
    the graph uses (xsd:gYear, xsd:gMonthDay) and the shapes check them anyway.
    """
    classes = set(kind_names().values())
    object_properties = _pk_object_properties()
    typed = sorted({s for s, o in data.subject_objects(RDF.type) if o in classes and isinstance(s, URIRef)})
    step = max(1, len(typed) // size) if size else 1
    sample = Graph()
    for node in typed[::step][:size]:
        for predicate, obj in data.predicate_objects(node):
            if (predicate == RDF.type and obj in classes) or (
                predicate in object_properties and isinstance(obj, URIRef)
            ):
                sample.add((node, predicate, obj))
    return sample


def _without_property_punning(graph: Graph) -> Graph:
    """The graph without triples that use a property as an individual.

    The Data Cube types ``pk:value`` as a ``qb:MeasureProperty`` and names it in
    ``qb:measure`` of a component: punning that OWL 2 DL allows but owlready2
    cannot load, and that no axiom of ours constrains.
    """
    properties = {s for kind in _PROPERTY_TYPES for s in graph.subjects(RDF.type, kind)}
    kept = Graph()
    for subject, predicate, obj in graph:
        typed_as_individual = predicate == RDF.type and subject in properties and obj not in _PROPERTY_TYPES
        named_as_individual = obj in properties and not str(predicate).startswith(_SCHEMA_NAMESPACES)
        if not (typed_as_individual or named_as_individual):
            kept.add((subject, predicate, obj))
    return kept


_PROPERTY_TYPES = frozenset(
    {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.FunctionalProperty, RDF.Property}
)
_SCHEMA_NAMESPACES = (str(RDF), str(RDFS), str(OWL))


def _pk_object_properties() -> set[Node]:
    ontology = ontology_graph()
    return {p for p in ontology.subjects(RDF.type, OWL.ObjectProperty) if str(p).startswith(PK_NAMESPACE)}


# --- helpers -----------------------------------------------------------------------------


def _merged_with_ontology(data: Graph) -> Graph:
    merged = ontology_graph()
    for triple in data:
        merged.add(triple)
    return merged


def _union(dataset: Dataset) -> Graph:
    graph = Graph()
    for subject, predicate, obj, _ in dataset.quads((None, None, None, None)):
        graph.add((subject, predicate, obj))
    return graph


_CURIE_GRAPH = Graph()
_CURIE_GRAPH.bind("pk", PK_NAMESPACE)


def _curie(node: Node | None) -> str:
    """A short name for a term (``pk:start``), the term itself otherwise."""
    if node is None:
        return ""
    if isinstance(node, URIRef):
        return node.n3(_CURIE_GRAPH.namespace_manager)
    return str(node)


def _violation_order(violation: Violation) -> tuple[str, str, str]:
    return (violation.focus, violation.path or "", violation.message)
