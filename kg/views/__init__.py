"""Network views of a build, as HTML pages that work offline: ``write_views(out)`` → ``out/views/``.

- ``actors.html``: who asks whom to do what: issuer → addressee, edge colour by
  force, node size by degree, filters by document and by force;
- ``citations.html``: which work cites which, laid out by year (x = year of
  ``dcterms:date``);
- ``documents/*.html``: one page per document, its entities and facts;
- ``index.html``, linking them.

The networks are assembled with pyvis and drawn by vis-network, which pyvis
ships; its file is copied, licence header intact, into ``views/lib/`` with the
page's own script and style, so that no page loads anything from the internet.
Positions are computed here (networkx, fixed seed): a large network is drawn
with physics off, which a browser could not settle.

Text from documents is data: the pages are rendered with Jinja's autoescape,
the graphs are embedded as JSON in a ``<script type="application/json">``
block (``tojson`` escapes ``<``, ``>``, ``&`` and quotes), and vis-network draws
labels on a canvas and sets tooltips as text.
"""

from __future__ import annotations

import math
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyoxigraph import Store
from pyvis.network import Network

from kg.graph.iri import ID, slug
from kg.query import open_store
from kg.stats import _rows, citation_graph, commitment_graph, describe_nodes

__all__ = ["PHYSICS_LIMIT", "write_views"]

#: Above this many nodes a network is drawn where networkx placed it, with physics off.
PHYSICS_LIMIT = 300
LAYOUT_SEED = 7
YEAR_WIDTH = 160  # pixels between two years on the citation page
ROW_HEIGHT = 70

HERE = Path(__file__).resolve().parent
VIS_FILES = ("vis-network.min.js", "vis-network.css")
OWN_FILES = ("view.js", "view.css")

FORCE_COLOURS = {
    "declaratory": "#8c959f",
    "exhortatory": "#0969da",
    "directive": "#bc4c00",
    "decision": "#cf222e",
}
KIND_COLOURS = {
    "state": "#1a7f37",
    "un-body": "#0969da",
    "intergovernmental-organization": "#218bff",
    "government-agency": "#8250df",
    "organization": "#1b7c83",
    "group-of-states": "#9a6700",
    "person": "#bf3989",
    "place": "#6e7781",
    "resolution": "#24292f",
    "document": "#d4a72c",
}
DEFAULT_COLOUR = "#8c959f"


def write_views(out: Path) -> list[Path]:
    """Write the views of the build in ``out`` (read from ``out/store``) into ``out/views/``."""
    store = open_store(out)
    views = out / "views"
    shutil.rmtree(views, ignore_errors=True)
    (views / "documents").mkdir(parents=True)
    _copy_libraries(views / "lib")
    pages = Pages(views)
    documents = _documents(store)
    written = [
        pages.write_graph("actors.html", "Actors and commitments", *_actors_network(store, documents)),
        pages.write_graph("citations.html", "Citations between instruments", *_citation_network(store)),
    ]
    for document in documents:
        written.append(pages.write_document(store, document))
    written.append(pages.write_index(documents))
    return written


def _copy_libraries(lib: Path) -> None:
    lib.mkdir(parents=True, exist_ok=True)
    vis = files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    for name in VIS_FILES:
        (lib / name).write_bytes((vis / name).read_bytes())
    for name in OWN_FILES:
        shutil.copyfile(HERE / "static" / name, lib / name)


# --- the documents ----------------------------------------------------------------------------------------

DOCUMENTS = """
PREFIX pk: <https://w3id.org/policy-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?doc (SAMPLE(?docTitle) AS ?title) (SAMPLE(?docLanguage) AS ?language) (SAMPLE(?workSymbol) AS ?symbol)
       (SAMPLE(?kindName) AS ?kind) (SAMPLE(STR(?docDate)) AS ?date) (SAMPLE(?file) AS ?source)
WHERE {
  ?doc a pk:Expression ; pk:realizes ?work .
  OPTIONAL { ?doc dcterms:title ?docTitle }
  OPTIONAL { ?doc dcterms:language ?docLanguage }
  OPTIONAL { ?doc dcterms:date ?docDate }
  OPTIONAL { ?doc pk:sourceFile ?file }
  OPTIONAL { ?work pk:symbol ?workSymbol }
  OPTIONAL { ?work a ?class . ?class pk:kindName ?kindName }
}
GROUP BY ?doc
ORDER BY ?doc
"""


@dataclass(frozen=True)
class Document:
    iri: str
    title: str
    language: str
    symbol: str
    kind: str
    date: str
    source: str

    @property
    def page(self) -> str:
        """The page's path under views/: a readable, stable slug of the IRI."""
        return f"documents/{slug(self.iri.removeprefix(ID))}.html"

    @property
    def short_name(self) -> str:
        name = self.symbol or self.title or self.iri.removeprefix(ID)
        return f"{name} [{self.language}]" if self.language else name


def _documents(store: Store) -> list[Document]:
    return [
        Document(
            iri=row["doc"],
            title=row.get("title", row["doc"]),
            language=row.get("language", ""),
            symbol=row.get("symbol", ""),
            kind=row.get("kind", ""),
            date=row.get("date", ""),
            source=row.get("source", ""),
        )
        for row in _rows(store, DOCUMENTS)
    ]


# --- networks ---------------------------------------------------------------------------------------------


def _network() -> Network:
    # cdn_resources is irrelevant: pyvis only assembles nodes, edges and options here,
    # and the pages are rendered from kg/views/templates, never from pyvis's template.
    network = Network(directed=True, cdn_resources="local")
    network.options.interaction.hover = True
    network.options.interaction.tooltipDelay = 150
    network.options.edges.smooth = False  # straight edges: "dynamic" ones cost a node each
    network.options.physics.stabilization.iterations = 300
    return network


def _layout(graph: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Fixed-seed spring layout in pixels, wider as the graph grows."""
    if graph.number_of_nodes() == 0:
        return {}
    scale = 120 * math.sqrt(graph.number_of_nodes())
    positions = nx.spring_layout(nx.Graph(graph), seed=LAYOUT_SEED, scale=scale)
    return {node: (float(x), float(y)) for node, (x, y) in positions.items()}


def _physics(network: Network, node_count: int) -> None:
    network.toggle_physics(node_count <= PHYSICS_LIMIT)


def _node_tooltip(attributes: dict[str, Any], iri: str) -> str:
    lines = [attributes.get("label", iri)]
    if attributes.get("name") and attributes["name"] != lines[0]:
        lines.append(attributes["name"])
    if attributes.get("kind"):
        lines.append(f"kind: {attributes['kind']}")
    if attributes.get("labels"):
        lines.append(f"as written: {attributes['labels']}")
    lines.append(iri)
    return "\n".join(lines)


def _add_nodes(network: Network, graph: nx.Graph, positions: dict[Any, tuple[float, float]]) -> None:
    degrees = dict(graph.degree())
    for node, attributes in graph.nodes(data=True):
        x, y = positions.get(node, (0.0, 0.0))
        network.add_node(
            node,
            label=_clip(attributes.get("label", node), 40),
            title=_node_tooltip(attributes, node),
            color=KIND_COLOURS.get(attributes.get("kind", ""), DEFAULT_COLOUR),
            size=8 + 4 * math.sqrt(degrees.get(node, 0)),
            x=x,
            y=y,
        )


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _actors_network(store: Store, documents: list[Document]) -> tuple[Network, list[dict[str, Any]], str]:
    graph = commitment_graph(store)
    network = _network()
    _add_nodes(network, graph, _layout(graph))
    grouped: dict[tuple[str, str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for issuer, addressee, data in graph.edges(data=True):
        grouped[(issuer, addressee, data["doc"], data["force"])].append(data)
    for index, ((issuer, addressee, doc, force), commitments) in enumerate(sorted(grouped.items())):
        actions = Counter(c["action"] for c in commitments)
        title = "\n".join(
            [f"{force}: {', '.join(f'{a} ×{n}' for a, n in sorted(actions.items()))}", doc]
            + [_clip(c["text"], 200) for c in commitments[:3]]
        )
        network.add_edge(
            issuer,
            addressee,
            id=f"e{index}",
            color=FORCE_COLOURS.get(force, DEFAULT_COLOUR),
            width=1 + math.log2(len(commitments)),
            title=title,
            doc=doc,
            force=force,
        )
    _physics(network, graph.number_of_nodes())
    names = {document.iri: document.short_name for document in documents}
    docs_with_edges = sorted({doc for _, _, doc, _ in grouped})
    filters = [
        {"field": "doc", "label": "Document", "values": [[d, names.get(d, d)] for d in docs_with_edges]},
        {
            "field": "force",
            "label": "Force",
            "values": [[f, f] for f in FORCE_COLOURS if _has_force(grouped, f)],
        },
    ]
    description = "Issuer → addressee of each commitment; colour: force; size: number of links."
    return network, filters, description


def _has_force(grouped: Iterable[tuple[str, str, str, str]], force: str) -> bool:
    return any(key[3] == force for key in grouped)


def _citation_network(store: Store) -> tuple[Network, list[dict[str, Any]], str]:
    graph = citation_graph(store)
    network = _network()
    positions = _year_layout(graph)
    _add_nodes(network, graph, positions)
    for index, (citing, cited) in enumerate(sorted(graph.edges)):
        network.add_edge(citing, cited, id=f"e{index}", color="#8c959f")
    network.toggle_physics(False)  # x is the year: physics would move it
    description = "Each work at the year of its date (undated works on the left); arrows point to the cited work."
    return network, [], description


def _year_layout(graph: nx.DiGraph) -> dict[Any, tuple[float, float]]:
    """x from the year of each work, rows within a year; undated works in a column of their own."""
    years = [year for _, year in graph.nodes(data="year") if year]
    first = min(years, default=0)
    columns: dict[int, list[str]] = defaultdict(list)
    for node, year in sorted(graph.nodes(data="year"), key=lambda item: (item[1] or 0, item[0])):
        columns[year - first if year else -2].append(node)
    positions: dict[Any, tuple[float, float]] = {}
    for column, nodes in columns.items():
        for row, node in enumerate(nodes):
            positions[node] = (column * YEAR_WIDTH, (row - (len(nodes) - 1) / 2) * ROW_HEIGHT)
    return positions


# --- one page per document ---------------------------------------------------------------------------------

PREFIXES = """
PREFIX pk: <https://w3id.org/policy-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX qb: <http://purl.org/linked-data/cube#>
"""
DOCUMENT_FACTS = {
    "Entities mentioned": (
        ("entity", "kind", "name", "as written", "start", "end"),
        """SELECT DISTINCT ?entity ?kind ?name ?quote ?start ?end WHERE {
             ?mention pk:inDocument <%s> ; pk:mentionOf ?entity ; pk:quote ?quote ;
                      pk:start ?start ; pk:end ?end .
             OPTIONAL { ?entity a ?class . ?class pk:kindName ?kind }
             OPTIONAL { ?entity skos:prefLabel ?name FILTER (langMatches(lang(?name), "en")) }
           } ORDER BY ?start ?entity""",
    ),
    "Commitments": (
        ("paragraph", "action", "force", "issuer", "addressee", "deadline", "text"),
        """SELECT DISTINCT ?paragraph ?action ?force ?issuerName ?addresseeName ?deadline ?text WHERE {
             ?commitment a pk:Commitment ; pk:inDocument <%s> ; pk:action ?a ; pk:force ?f ; pk:quote ?text ;
                         pk:start ?start .
             BIND (STRAFTER(STR(?a), "/action/") AS ?action) BIND (STRAFTER(STR(?f), "/force/") AS ?force)
             OPTIONAL { ?commitment pk:inParagraph/pk:paragraphNumber ?paragraph }
             OPTIONAL { ?commitment pk:issuer/skos:prefLabel ?issuerName
                        FILTER (langMatches(lang(?issuerName), "en")) }
             OPTIONAL { ?commitment pk:addressee/skos:prefLabel ?addresseeName
                        FILTER (langMatches(lang(?addresseeName), "en")) }
             OPTIONAL { ?commitment pk:deadline ?due }
             OPTIONAL { ?commitment pk:dueAtSession/pk:session ?session }
             BIND (COALESCE(STR(?due), CONCAT("session ", STR(?session))) AS ?deadline)
           } ORDER BY ?start ?addresseeName""",
    ),
    "Citations": (
        ("instrument", "symbol", "name", "date"),
        """SELECT DISTINCT ?instrument ?symbol ?name ?date WHERE {
             <%s> pk:cites ?instrument .
             OPTIONAL { ?instrument pk:symbol ?symbol }
             OPTIONAL { ?instrument skos:prefLabel ?name FILTER (langMatches(lang(?name), "en")) }
             OPTIONAL { ?instrument dcterms:date ?date }
           } ORDER BY ?symbol ?instrument""",
    ),
    "Statistics": (
        ("value", "qualifier", "unit", "measure", "area", "period", "text"),
        """SELECT DISTINCT ?value ?qualifier ?unit ?measure ?areaName ?period ?text WHERE {
             ?stat a qb:Observation ; pk:inDocument <%s> ; pk:value ?value ; pk:quote ?text ;
                   pk:start ?start .
             OPTIONAL { ?stat pk:qualifier ?qualifier } OPTIONAL { ?stat pk:unit ?unit }
             OPTIONAL { ?stat pk:measure ?measure } OPTIONAL { ?stat pk:refPeriod ?period }
             OPTIONAL { ?stat pk:refArea/skos:prefLabel ?areaName
                        FILTER (langMatches(lang(?areaName), "en")) }
           } ORDER BY ?start""",
    ),
}


def _facts(store: Store, document: Document) -> list[dict[str, Any]]:
    sections = []
    for heading, (columns, query) in DOCUMENT_FACTS.items():
        results = store.query(PREFIXES + query % document.iri)
        names = [variable.value for variable in results.variables]  # type: ignore[union-attr]
        rows = [[_text(solution[name]) for name in names] for solution in results]  # type: ignore[union-attr]
        sections.append({"heading": heading, "columns": columns, "rows": rows})
    return sections


def _text(term: object) -> str:
    return getattr(term, "value", "") if term is not None else ""


def _document_network(store: Store, document: Document) -> Network:
    """The document in the middle, the entities it mentions around it, its commitments between them."""
    graph = nx.MultiDiGraph()
    # Added first, so that a document with no mention and no commitment still has its node.
    graph.add_node(document.iri)
    for row in _rows(
        store,
        PREFIXES + f"SELECT DISTINCT ?entity WHERE {{ [] pk:inDocument <{document.iri}> ; pk:mentionOf ?entity }}",
    ):
        graph.add_edge(document.iri, row["entity"], kind="mention")
    commitments = [(i, a, d) for i, a, d in commitment_graph(store).edges(data=True) if d["doc"] == document.iri]
    for issuer, addressee, data in commitments:
        graph.add_edge(issuer, addressee, kind="commitment", **data)
    describe_nodes(store, graph)
    graph.nodes[document.iri].update(label=document.short_name, kind="document")
    network = _network()
    _add_nodes(network, graph, _layout(graph))
    for index, (source, target, data) in enumerate(graph.edges(data=True)):
        if data["kind"] == "mention":
            network.add_edge(source, target, id=f"e{index}", color="#d0d7de", dashes=True)
        else:
            title = f"{data['force']}: {data['action']}\n{_clip(data['text'], 200)}"
            network.add_edge(
                source,
                target,
                id=f"e{index}",
                color=FORCE_COLOURS.get(data["force"], DEFAULT_COLOUR),
                title=title,
                force=data["force"],
            )
    _physics(network, graph.number_of_nodes())
    return network


# --- pages ------------------------------------------------------------------------------------------


class Pages:
    """Renders the templates of kg/views/templates into the views folder."""

    def __init__(self, views: Path) -> None:
        self.views = views
        self.environment = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            keep_trailing_newline=True,
        )

    def render(self, page: str, template: str, depth: int, **context: Any) -> Path:
        up = "../" * depth
        html = self.environment.get_template(template).render(
            lib=f"{up}lib", home=f"{up}index.html", legend=FORCE_COLOURS.items(), **context
        )
        path = self.views / page
        path.write_text(html, encoding="utf-8")
        return path

    def write_graph(self, page: str, title: str, network: Network, filters: list[dict], description: str) -> Path:
        return self.render(
            page, "base.html", 0, title=title, description=description, graph=_graph_data(network, filters)
        )

    def write_document(self, store: Store, document: Document) -> Path:
        return self.render(
            document.page,
            "document.html",
            1,
            title=document.title,
            document=document,
            description=" · ".join(p for p in (document.symbol, document.kind, document.date) if p),
            graph=_graph_data(_document_network(store, document), []),
            sections=_facts(store, document),
        )

    def write_index(self, documents: list[Document]) -> Path:
        return self.render(
            "index.html",
            "index.html",
            0,
            title="policy-kg views",
            documents=documents,
            description="Networks and documents of this build; they work with no internet.",
        )


def _graph_data(network: Network, filters: list[dict]) -> dict[str, Any]:
    import json

    nodes, edges, _heading, _height, _width, options = network.get_network_data()
    return {"nodes": nodes, "edges": edges, "options": json.loads(options), "filters": filters}
