"""Views of a build, as HTML pages that work offline: ``write_views(out)`` → ``out/views/``.

- ``actors.html``: who asks whom to do what: issuer → addressee, edge colour by
  force, node colour by kind, filters by document and by force;
- ``matrix.html``: issuers × addressees, each cell the number of commitments,
  coloured by the strongest force, linking to their list;
- ``citations.html``: which work cites which, on a year axis, each year bounded (:mod:`kg.views.citations`);
- ``series.html``: series of resolutions on timelines, the longest first, and the discrepancies
  of versions and stages (:mod:`kg.views.series`);
- ``measures.html``: one measure across documents, by year (:mod:`kg.views.measures`);
- ``documents/*.html``: one page per document, its entities and facts;
- ``index.html``, linking them, and listing the documents ``INDEX_PAGE`` a page
  (``index-2.html`` and on).

What the pages show is read by :mod:`kg.views.gather` in a fixed number of
passes over the store; a document's page is made from its own graph, and
:mod:`kg.views.incremental` decides which pages a build must write again.

The networks are assembled with pyvis and drawn by vis-network, which pyvis
ships; its file is copied, licence header intact, into ``views/lib/`` with the
page's own script and style, so that no page loads anything from the internet.
Positions are computed here (networkx, fixed seed): a large network is drawn
with physics off, which a browser could not settle, and only its most connected
nodes are drawn (``MAX_NODES``); a document's network, which the browser's
physics settles before showing it, starts from a deterministic spiral
(:func:`_starting_layout`). Labels are shortened, the full name in the tooltip
and the side panel; the page's script shows the labels of the most connected
nodes that do not overlap.

Text from documents is data: the pages are rendered with Jinja's autoescape
(their long tables and texts composed by :mod:`kg.views.html`, escaped alike),
the graphs are embedded as JSON in a ``<script type="application/json">``
block (``tojson`` escapes ``<``, ``>``, ``&`` and quotes), and the script
writes text with ``textContent`` only.
"""

from __future__ import annotations

import json
import math
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

from kg.buildfolder import document_text
from kg.model import Kind
from kg.query import open_store
from kg.views.citations import YEAR_WORKS, NotDrawn, YearLayout, drawable, left_out, year_layout
from kg.views.gather import (
    Commitment,
    Document,
    DocumentFacts,
    Entity,
    ViewData,
    gather,
    read_passages,
    reader_page,
)
from kg.views.html import mark_rows, passages_html, table_rows
from kg.views.incremental import built_graph_digests, plan, save_state
from kg.views.measures import HEIGHT, LEFT, WIDTH, chart, measures
from kg.views.reader import direction, marks, passages
from kg.views.series import (
    LISTED_SERIES,
    MAX_DISCREPANCIES,
    SERIES_MEMBERS,
    Series,
    discrepancies,
    most_members,
    series,
)

__all__ = ["MAX_NODES", "PHYSICS_LIMIT", "ViewsUpdate", "update_views", "write_views"]

#: Above this many nodes a network is drawn where networkx placed it, with physics off.
PHYSICS_LIMIT = 300
#: A network keeps at most this many nodes, the most connected: a browser cannot draw 50,000.
MAX_NODES = 400
#: A network draws at most this many edges; beyond, the edges of one pair of actors and force are one.
MAX_EDGES = 1500
#: The matrix lists at most this many commitments of a cell (the strongest first), and how many more.
CELL_LIST = 5
#: The index lists this many documents a page.
INDEX_PAGE = 500
#: At a glance, at most this many labels are shown (the page hides those that would overlap).
LABELS_AT_A_GLANCE = 25
LABEL_WIDTH = 28
QUOTES_PER_NODE = 8
LAYOUT_SEED = 7
#: Pixels between neighbouring nodes where a network is placed.
NODE_SPACING = 120
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))  # successive points of a spiral that never line up

HERE = Path(__file__).resolve().parent
GLOBAL_PAGES = ("actors.html", "matrix.html", "citations.html", "series.html", "measures.html")
VIS_FILES = ("vis-network.min.js", "vis-network.css")
OWN_FILES = ("view.js", "filter.js", "view.css")

FORCE_ORDER = ("declaratory", "exhortatory", "directive", "decision")  # weakest to strongest
FORCE_COLOURS = {
    "declaratory": "#8c959f",
    "exhortatory": "#0969da",
    "directive": "#bc4c00",
    "decision": "#cf222e",
}
KIND_COLOURS: dict[str, str] = {
    Kind.STATE: "#1a7f37",
    Kind.UN_BODY: "#0969da",
    Kind.INTERGOVERNMENTAL_ORGANIZATION: "#54aeff",
    Kind.GOVERNMENT_AGENCY: "#8250df",
    Kind.ORGANIZATION: "#1b7c83",
    Kind.GROUP_OF_STATES: "#9a6700",
    Kind.PERSON: "#bf3989",
    Kind.POST: "#e85aad",
    Kind.PLACE: "#6e7781",
    Kind.INSTRUMENT: "#24292f",
    Kind.EVENT: "#fb8f44",
    Kind.DOCUMENT: "#d4a72c",
}
#: Kinds drawn in the colour of their family, so that the legend stays short.
KIND_FAMILIES: dict[str, str] = {
    **dict.fromkeys(
        (
            Kind.RESOLUTION,
            Kind.DRAFT_RESOLUTION,
            Kind.TREATY,
            Kind.REPORT,
            Kind.LAW,
            Kind.DRAFT_LAW,
            Kind.DECLARATION,
            Kind.DECISION,
            Kind.GOVERNMENT_DOCUMENT,
            Kind.SUMMARY_RECORD,
            Kind.NEWS_ARTICLE,
            Kind.PROGRAMME,
            Kind.PROJECT,
            Kind.AGREEMENT,
        ),
        Kind.INSTRUMENT,
    ),
    **dict.fromkeys((Kind.FORUM, Kind.MEETING, Kind.SUMMIT, Kind.CONFERENCE, Kind.WORKSHOP, Kind.SESSION), Kind.EVENT),
}
DEFAULT_COLOUR = "#8c959f"
OTHER_KIND = "other"


@dataclass(frozen=True)
class ViewsUpdate:
    """The pages of the views folder, and those this run wrote."""

    pages: list[Path]
    written: list[Path]


def write_views(out: Path) -> list[Path]:
    """Bring the views of the build in ``out`` (read from ``out/store``) up to date; return all their pages."""
    return update_views(out).pages


def update_views(out: Path) -> ViewsUpdate:
    """Write the pages whose graphs changed since the last run, and the global pages if any did."""
    views = out / "views"
    digests = built_graph_digests(out)
    todo = plan(views, digests)
    if todo.nothing:
        return ViewsUpdate(_listed_pages(views, todo.pages), [])
    store = open_store(out)
    data = gather(store)
    if todo.everything:
        shutil.rmtree(views, ignore_errors=True)
    (views / "documents").mkdir(parents=True, exist_ok=True)
    for page in todo.gone.values():
        (views / page).unlink(missing_ok=True)
        (views / reader_page(page)).unlink(missing_ok=True)
    _copy_libraries(views / "lib")
    pages = Pages(views)
    documents = sorted((facts.document for facts in data.documents.values()), key=lambda d: d.iri)
    written = [
        pages.write_graph("actors.html", "Actors and commitments", *_actors_network(data, documents)),
        pages.write_matrix(data),
        pages.write_citations(data),
        pages.write_series(data),
        pages.write_measures(data),
    ]
    for graph, facts in sorted(data.documents.items()):
        if todo.everything or graph in todo.stale or graph not in todo.pages:
            read_passages(store, facts, data.kinds)
            written += [pages.write_document(facts), pages.write_reader(facts, document_text(out, graph))]
            facts.mentions, facts.paragraphs, facts.entities = [], [], {}  # one document's at a time
    written += pages.write_index(documents)
    listed = {graph: facts.document.page for graph, facts in data.documents.items()}
    save_state(views, digests, listed)
    return ViewsUpdate(_listed_pages(views, listed), written)


def _listed_pages(views: Path, pages: dict[str, str]) -> list[Path]:
    globals_ = [views / name for name in GLOBAL_PAGES]
    documents = sorted(views / name for page in set(pages.values()) for name in (page, reader_page(page)))
    return globals_ + documents + [views / name for name in _index_pages(len(pages))]


def _index_pages(documents: int) -> list[str]:
    """The pages that list ``documents`` documents, ``INDEX_PAGE`` a page: ``index.html``, ``index-2.html`` ..."""
    count = max(1, math.ceil(documents / INDEX_PAGE))
    return ["index.html"] + [f"index-{number}.html" for number in range(2, count + 1)]


def _copy_libraries(lib: Path) -> None:
    lib.mkdir(parents=True, exist_ok=True)
    vis = files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    for name in VIS_FILES:
        (lib / name).write_bytes((vis / name).read_bytes())
    for name in OWN_FILES:
        shutil.copyfile(HERE / "static" / name, lib / name)


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
    scale = NODE_SPACING * math.sqrt(graph.number_of_nodes())
    positions = nx.spring_layout(nx.Graph(graph), seed=LAYOUT_SEED, scale=scale)
    return {node: (float(x), float(y)) for node, (x, y) in positions.items()}


def _starting_layout(graph: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Where a network starts: a spring layout where the browser draws it as placed, else a sunflower.

    A network of at most ``PHYSICS_LIMIT`` nodes is settled by the browser's physics before it is
    shown, so its positions here only need to be deterministic and spread: the most connected
    node in the middle, the others on a golden-angle spiral by links (ties by IRI), ``NODE_SPACING``
    pixels apart, as a spring layout tends to place them. A spring layout of each document's
    network cost more than the rest of its page.
    """
    if graph.number_of_nodes() > PHYSICS_LIMIT:
        return _layout(graph)
    ranked = sorted(graph.degree(), key=lambda item: (-item[1], item[0]))
    positions = {}
    for index, (node, _degree) in enumerate(ranked):
        radius, angle = NODE_SPACING * math.sqrt(index), index * GOLDEN_ANGLE
        positions[node] = (round(radius * math.cos(angle), 3), round(radius * math.sin(angle), 3))
    return positions


def _physics(network: Network, node_count: int) -> None:
    network.toggle_physics(node_count <= PHYSICS_LIMIT)


def _most_connected(graph: nx.Graph, keep: int) -> nx.Graph:
    """The ``keep`` nodes of most links (ties by IRI) and the links between them."""
    if graph.number_of_nodes() <= keep:
        return graph
    ranked = sorted(graph.degree(), key=lambda item: (-item[1], item[0]))[:keep]
    return graph.subgraph(node for node, _ in ranked).copy()


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _kind(entity: Entity | None) -> str:
    """The kind a node is drawn as: its own when it has a colour, else its family's, else "other"."""
    for kind in sorted(entity.kinds) if entity else ():
        if kind in KIND_COLOURS:
            return kind
    for kind in sorted(entity.kinds) if entity else ():
        if kind in KIND_FAMILIES:
            return KIND_FAMILIES[kind]
    return OTHER_KIND


def _add_nodes(
    network: Network,
    graph: nx.Graph,
    positions: dict[Any, tuple[float, float]],
    entities: dict[str, Entity],
    quotes: dict[str, list[tuple[str, str]]],
) -> list[tuple[str, str]]:
    """Add the nodes, labelled by the most connected first; return the legend of their kinds."""
    degrees = dict(graph.degree())
    labelled = {node for node, _ in sorted(degrees.items(), key=lambda i: (-i[1], i[0]))[:LABELS_AT_A_GLANCE]}
    kinds: set[str] = set()
    for node in sorted(graph.nodes):
        entity = entities.get(node) or Entity(node)
        name = graph.nodes[node].get("label") or entity.label
        kind = graph.nodes[node].get("kind") or _kind(entity)
        kinds.add(kind)
        x, y = positions.get(node, (0.0, 0.0))
        names = sorted({name, *entity.all_labels()})
        network.add_node(
            node,
            label=_clip(name, LABEL_WIDTH),
            title="\n".join([name, f"kind: {kind}", *names[:6]]),
            color=KIND_COLOURS.get(kind, DEFAULT_COLOUR),
            size=8 + 4 * math.sqrt(degrees.get(node, 0)),
            x=x,
            y=y,
            name=name,
            short=_clip(name, LABEL_WIDTH),
            kind=kind,
            codes=sorted(entity.codes | entity.symbols),
            names=names,
            degree=degrees.get(node, 0),
            quotes=[[_clip(text, 300), href] for text, href in quotes.get(node, [])[:QUOTES_PER_NODE]],
        )
        if node not in labelled:  # pyvis writes the IRI where a label is empty: no label at a glance
            network.nodes[-1]["label"] = ""
    return [(kind, KIND_COLOURS.get(kind, DEFAULT_COLOUR)) for kind in sorted(kinds)]


def _passage(document: Document, start: int, depth: int) -> str:
    """The link to a passage of a document's page, from a page ``depth`` folders below views/."""
    return f"{'../' * depth}{document.page}#at-{start}"


def _commitment_quotes(
    commitments: list[Commitment], documents: dict[str, Document], depth: int
) -> dict[str, list[tuple[str, str]]]:
    quotes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for commitment in commitments:
        link = _passage(documents[commitment.doc], commitment.start, depth) if commitment.doc in documents else ""
        # under each party of a joint stance and each addressee, once: a set of actors
        for actor in {*commitment.issuers, *commitment.addressees} - {""}:
            quotes[actor].append((f"{commitment.force} · {commitment.action}: {commitment.quote}", link))
    return quotes


def _actors_network(data: ViewData, documents: list[Document]) -> tuple[Network, list[dict[str, Any]], str, dict]:
    commitments = list(data.commitments())
    graph = nx.MultiDiGraph()
    for commitment in commitments:
        for addressee in commitment.addressees:
            for issuer in commitment.issuers:  # each party of a joint stance asks the addressee
                graph.add_edge(issuer, addressee, commitment=commitment)
    shown = _most_connected(graph, MAX_NODES)
    by_iri = {document.iri: document for document in documents}
    network = _network()
    kinds = _add_nodes(network, shown, _layout(shown), data.entities, _commitment_quotes(commitments, by_iri, 0))
    grouped = _edge_groups(shown, by_document=True)
    by_document = len(grouped) <= MAX_EDGES
    if not by_document:  # too many to draw: one edge a pair and force, the filter by document gone
        grouped = _edge_groups(shown, by_document=False)
    if len(grouped) > MAX_EDGES:
        heaviest = sorted(grouped.items(), key=lambda item: (-len(item[1]), item[0]))[:MAX_EDGES]
        grouped = dict(heaviest)
    for index, ((issuer, addressee, doc, force), group) in enumerate(sorted(grouped.items())):
        actions = Counter(c.action for c in group)
        source = doc or f"{len({c.doc for c in group})} documents"
        title = "\n".join(
            [f"{force}: {', '.join(f'{a} ×{n}' for a, n in sorted(actions.items()))}", source]
            + [_clip(c.quote, 200) for c in group[:3]]
        )
        network.add_edge(
            issuer,
            addressee,
            id=f"e{index}",
            color=FORCE_COLOURS.get(force, DEFAULT_COLOUR),
            width=1 + math.log2(len(group)),
            title=title,
            doc=doc,
            force=force,
        )
    _physics(network, shown.number_of_nodes())
    docs_with_edges = sorted({doc for _, _, doc, _ in grouped} - {""})
    filters = [
        {"field": "force", "label": "Force", "values": [[f, f] for f in FORCE_ORDER if _has_force(grouped, f)]},
    ]
    if by_document:
        document_filter = [[d, by_iri[d].short_name if d in by_iri else d] for d in docs_with_edges]
        filters.insert(0, {"field": "doc", "label": "Document", "values": document_filter})
    description = "Issuer → addressee of each commitment; node colour: kind; edge colour: force; size: links."
    if shown.number_of_nodes() < graph.number_of_nodes():
        description += f" The {shown.number_of_nodes()} most connected of {graph.number_of_nodes()} actors."
    if not by_document:
        description += " One edge for all the documents' commitments of a pair and force."
    return network, filters, description, {"kinds": kinds, "forces": _forces(grouped)}


def _edge_groups(graph: nx.MultiDiGraph, *, by_document: bool) -> dict[tuple[str, str, str, str], list[Commitment]]:
    """The commitments of each edge drawn: by issuer, addressee, force and, ``by_document``, document ("" if not)."""
    grouped: dict[tuple[str, str, str, str], list[Commitment]] = defaultdict(list)
    for issuer, addressee, edge in graph.edges(data=True):
        commitment = edge["commitment"]
        grouped[(issuer, addressee, commitment.doc if by_document else "", commitment.force)].append(commitment)
    return grouped


def _forces(grouped: dict[tuple[str, str, str, str], Any]) -> list[tuple[str, str]]:
    return [(force, FORCE_COLOURS[force]) for force in FORCE_ORDER if _has_force(grouped, force)]


def _has_force(grouped: dict[tuple[str, str, str, str], Any], force: str) -> bool:
    return any(key[3] == force for key in grouped)


def _citation_network(data: ViewData) -> tuple[Network, str, dict, list[NotDrawn], YearLayout]:
    graph = nx.DiGraph()
    graph.add_edges_from(sorted(data.citations))
    years = {node: data.entities[node].year if node in data.entities else None for node in graph.nodes}
    shown = _most_connected(graph.subgraph(drawable(graph, years)).copy(), MAX_NODES)
    not_drawn = left_out(graph, years, set(shown.nodes))
    layout = year_layout(shown, years, {group.year: group.count for group in not_drawn})
    network = _network()
    kinds = _add_nodes(network, shown, layout.positions, data.entities, {})
    for index, (citing, cited) in enumerate(sorted(shown.edges)):
        network.add_edge(citing, cited, id=f"e{index}", color="#8c959f")
    network.toggle_physics(False)  # x is the year: physics would move it
    description = (
        "Each work at the year of its date (undated works on the left), the most cited at the top of its "
        "year; arrows point to the cited work."
    )
    if shown.number_of_nodes() < graph.number_of_nodes():
        description += (
            f" The {shown.number_of_nodes()} most cited or citing of {graph.number_of_nodes()} works, "
            f"at most {YEAR_WORKS} a year; the others are listed below."
        )
    return network, description, {"kinds": kinds, "forces": [], "axis": layout.ticks}, not_drawn, layout


def _document_network(facts: DocumentFacts) -> tuple[Network, dict]:
    """The document in the middle, the entities it mentions around it, its commitments between them."""
    document = facts.document
    graph = nx.MultiDiGraph()
    # Added first, so that a document with no mention and no commitment still has its node.
    graph.add_node(document.iri, label=document.short_name, kind="document")
    quotes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for entity, quote, start, _end in facts.mentions:
        if not graph.has_edge(document.iri, entity):
            graph.add_edge(document.iri, entity, kind="mention")
        quotes[entity].append((quote, f"#at-{start}"))
    for commitment in facts.commitments:
        for addressee in commitment.addressees:
            for issuer in commitment.issuers:  # each party of a joint stance asks the addressee
                graph.add_edge(issuer, addressee, kind="commitment", commitment=commitment)
        for actor in {*commitment.issuers, *commitment.addressees} - {""}:
            quotes[actor].append(
                (f"{commitment.force} · {commitment.action}: {commitment.quote}", f"#at-{commitment.start}")
            )
    network = _network()
    kinds = _add_nodes(network, graph, _starting_layout(graph), facts.entities, quotes)
    forces: set[str] = set()
    for index, (source, target, data) in enumerate(graph.edges(data=True)):
        if data["kind"] == "mention":
            network.add_edge(source, target, id=f"e{index}", color="#d0d7de", dashes=True)
        else:
            commitment = data["commitment"]
            forces.add(commitment.force)
            network.add_edge(
                source,
                target,
                id=f"e{index}",
                color=FORCE_COLOURS.get(commitment.force, DEFAULT_COLOUR),
                title=f"{commitment.force}: {commitment.action}\n{_clip(commitment.quote, 200)}",
                force=commitment.force,
            )
    _physics(network, graph.number_of_nodes())
    legend = {"kinds": kinds, "forces": [(f, FORCE_COLOURS[f]) for f in FORCE_ORDER if f in forces]}
    return network, legend


# --- the commitments matrix ------------------------------------------------------------------------------


def _matrix(data: ViewData, documents: dict[str, Document]) -> dict[str, Any]:
    """Issuers × addressees: in each cell the number of commitments, the strongest force, and their list."""
    cells: dict[tuple[str, str], list[Commitment]] = defaultdict(list)
    for commitment in data.commitments():
        for addressee in commitment.addressees:
            for issuer in commitment.issuers:  # a joint stance counts in each party's row
                cells[(issuer, addressee)].append(commitment)
    issuers = _top_actors(Counter(i for (i, _), group in cells.items() for _ in group))
    addressees = _top_actors(Counter(a for (_, a), group in cells.items() for _ in group))

    def name(iri: str) -> str:
        return data.entities[iri].label if iri in data.entities else iri

    rows = []
    lists: list[dict[str, Any]] = []
    for issuer in issuers:
        row: list[dict[str, Any] | None] = []
        for addressee in addressees:
            group = cells.get((issuer, addressee), [])
            if not group:
                row.append(None)
                continue
            strongest = max((c.force for c in group), key=_force_rank)
            anchor = f"pair-{len(lists)}"
            row.append({"count": len(group), "force": strongest, "anchor": anchor})
            lists.append(
                {
                    "anchor": anchor,
                    "issuer": name(issuer),
                    "addressee": name(addressee),
                    "count": len(group),
                    "commitments": [
                        {
                            "force": c.force,
                            "action": c.action,
                            "quote": _clip(c.quote, 200),
                            "href": _passage(documents[c.doc], c.start, 0) if c.doc in documents else "",
                            "document": documents[c.doc].short_name if c.doc in documents else c.doc,
                        }
                        for c in sorted(group, key=lambda c: (-_force_rank(c.force), c.doc, c.start))[:CELL_LIST]
                    ],
                }
            )
        rows.append({"issuer": name(issuer), "cells": row})
    return {
        "addressees": [name(a) for a in addressees],
        "rows": rows,
        "lists": lists,
        "colours": FORCE_COLOURS,
        "forces": [(f, FORCE_COLOURS[f]) for f in FORCE_ORDER],
    }


def _top_actors(counts: Counter[str], keep: int = 40) -> list[str]:
    return [actor for actor, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:keep]]


def _force_rank(force: str) -> int:
    return FORCE_ORDER.index(force) if force in FORCE_ORDER else -1


# --- one page per document ---------------------------------------------------------------------------------


def _facts_tables(facts: DocumentFacts) -> list[dict[str, Any]]:
    def name(iri: str) -> str:
        entity = facts.entities.get(iri)
        return entity.label if entity else iri

    mentions = [
        {"at": start, "cells": [iri, _kind(facts.entities.get(iri)), name(iri), quote, start, end]}
        for iri, quote, start, end in facts.mentions
    ]
    commitments = [
        {
            "at": c.start,
            "cells": [
                c.paragraph,
                c.action,
                c.force,
                ", ".join(name(i) for i in c.issuers),  # a joint stance: one row, its parties together
                ", ".join(name(a) for a in c.addressees),
                c.deadline,
                c.quote,
            ],
        }
        for c in facts.commitments
    ]
    citations = [
        {
            "at": None,
            "cells": [iri, min(entity.symbols, default=""), entity.names.get("en", ""), min(entity.dates, default="")],
        }
        for iri in facts.citations
        for entity in [facts.entities.get(iri) or Entity(iri)]
    ]
    statistics = [
        {
            "at": int(row["start"]),
            "cells": [
                row["value"],
                row["qualifier"],
                row["unit"],
                row["measure"],
                name(row["area"]) if row["area"] else "",
                row["period"],
                row["quote"],
            ],
        }
        for row in facts.statistics
    ]
    return [
        {
            "heading": "Entities mentioned",
            "columns": ("entity", "kind", "name", "as written", "start", "end"),
            "rows": mentions,
        },
        {
            "heading": "Commitments",
            "columns": ("paragraph", "action", "force", "issuer", "addressee", "deadline", "text"),
            "rows": commitments,
        },
        {"heading": "Citations", "columns": ("instrument", "symbol", "name", "date"), "rows": citations},
        {
            "heading": "Statistics",
            "columns": ("value", "qualifier", "unit", "measure", "area", "period", "text"),
            "rows": statistics,
        },
    ]


CHART_WIDTH = 420  # pixels of the longest bar
BAR_HEIGHT = 18


def _figure_charts(facts: DocumentFacts) -> list[dict[str, Any]]:
    """The document's figures as bar charts, one per unit (bars of one chart compare like with like)."""
    by_unit: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in facts.statistics:
        if _number(row["value"]) is not None:
            by_unit[row["unit"] or "(no unit)"].append(row)
    charts = []
    for unit, rows in sorted(by_unit.items()):
        largest = max(abs(_number(row["value"]) or 0.0) for row in rows) or 1.0
        bars = []
        for index, row in enumerate(rows):
            value = _number(row["value"]) or 0.0
            what = " · ".join(p for p in (row["measure"], _area_name(facts, row["area"]), row["period"]) if p)
            bars.append(
                {
                    "y": index * (BAR_HEIGHT + 6),
                    "width": max(1.0, round(abs(value) / largest * CHART_WIDTH, 1)),
                    "value": f"{value:,.10g} {row['unit']}".strip(),
                    "what": _clip(what or row["quote"], 70),
                    "at": row["start"],
                }
            )
        charts.append({"unit": unit, "bars": bars, "height": len(rows) * (BAR_HEIGHT + 6), "bar_height": BAR_HEIGHT})
    return charts


def _number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _area_name(facts: DocumentFacts, iri: str) -> str:
    entity = facts.entities.get(iri)
    return entity.label if entity else ""


TIMELINE_YEAR = 60  # pixels a year on a series' timeline


def _timeline(line: Series) -> dict[str, Any]:
    """A series' latest ``SERIES_MEMBERS`` members on a year axis, with how many earlier ones are left out."""
    members = line.members[-SERIES_MEMBERS:]
    years = [member.year for member in members if member.year is not None]
    first, last = min(years), max(years)
    dots = [
        {
            "x": 40 + (member.year - first) * TIMELINE_YEAR,
            "y": 24 - 12 * (index % 2),
            "symbol": member.symbol,
            "read": member.read,
        }
        for index, member in enumerate(members)
        if member.year is not None
    ]
    ticks = [{"x": 40 + (year - first) * TIMELINE_YEAR, "year": year} for year in range(first, last + 1)]
    return {
        "name": line.name,
        "members": members,
        "earlier": len(line.members) - len(members),
        "search": " ".join([line.name, *(member.symbol for member in line.members)]),
        "dots": dots,
        "ticks": ticks,
        "width": (last - first) * TIMELINE_YEAR,
    }


def _series_row(line: Series) -> dict[str, Any]:
    """A series not drawn, as one row of the list: name, members, years, first and last symbol."""
    years = [member.year for member in line.members if member.year is not None]
    return {
        "name": line.name,
        "members": len(line.members),
        "years": f"{min(years)}–{max(years)}" if years else "",
        "first": line.members[0].symbol,
        "last": line.members[-1].symbol,
        "search": " ".join([line.name, *(member.symbol for member in line.members)]),
    }


# --- pages ------------------------------------------------------------------------------------------


class Pages:
    """Renders the templates of kg/views/templates into the views folder."""

    def __init__(self, views: Path) -> None:
        self.views = views
        self.environment = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            keep_trailing_newline=True,
            auto_reload=False,  # the templates do not change while the views are written: no stat a page
        )

    def render(self, page: str, template: str, depth: int, **context: Any) -> Path:
        up = "../" * depth
        html = self.environment.get_template(template).render(lib=f"{up}lib", home=f"{up}index.html", **context)
        path = self.views / page
        path.write_text(html, encoding="utf-8")
        return path

    def write_graph(
        self, page: str, title: str, network: Network, filters: list[dict], description: str, legend: dict
    ) -> Path:
        return self.render(
            page,
            "base.html",
            0,
            title=title,
            description=description,
            legend=legend,
            graph=_graph_data(network, filters, legend.get("axis", [])),
        )

    def write_citations(self, data: ViewData) -> Path:
        network, description, legend, not_drawn, layout = _citation_network(data)
        graph = _graph_data(network, [], layout.ticks)
        graph["notes"] = layout.notes
        pages = _work_pages(data)
        return self.render(
            "citations.html",
            "citations.html",
            0,
            title="Citations between instruments",
            description=description,
            legend=legend,
            graph=graph,
            not_drawn=[_not_drawn_list(group, data.entities, pages) for group in not_drawn],
            year_works=YEAR_WORKS,
        )

    def write_matrix(self, data: ViewData) -> Path:
        documents = {facts.document.iri: facts.document for facts in data.documents.values()}
        return self.render(
            "matrix.html",
            "matrix.html",
            0,
            title="Commitments matrix",
            description="Who asks whom: each cell counts the commitments of an issuer (row) to an addressee "
            "(column), coloured by the strongest force; click a cell for the list.",
            matrix=_matrix(data, documents),
        )

    def write_series(self, data: ViewData) -> Path:
        return self.render(
            "series.html",
            "series.html",
            0,
            title="Series of resolutions",
            description="Resolutions under one English title, on a year axis, the series of most members "
            "first: what each asks and of whom, and what changed from the previous one this build holds "
            "(hollow: cited, not read); then where the language versions and stages of one instrument differ.",
            **_series_context(data),
        )

    def write_measures(self, data: ViewData) -> Path:
        return self.render(
            "measures.html",
            "measures.html",
            0,
            title="Measures across documents",
            description="The figures of one measure (the same words, numbers aside, and unit) that several "
            "documents give, by year: choose a measure from the list; click a point for its passage.",
            measures=[{"measure": measure, "chart": chart(measure)} for measure in measures(data)],
            width=WIDTH,
            height=HEIGHT,
            left=LEFT,
        )

    def write_document(self, facts: DocumentFacts) -> Path:
        document = facts.document
        network, legend = _document_network(facts)
        return self.render(
            document.page,
            "document.html",
            1,
            title=document.name,
            document=document,
            description=" · ".join(p for p in (document.symbol, document.kind, document.date) if p),
            legend=legend,
            graph=_graph_data(network, [], []),
            sections=[{**section, "body": table_rows(section["rows"])} for section in _facts_tables(facts)],
            charts=_figure_charts(facts),
            reader_link=document.reader_page.removeprefix("documents/"),
        )

    def write_reader(self, facts: DocumentFacts, text: str | None = None) -> Path:
        """The document's ``text`` (else the passages its graph quotes) with its facts marked in place."""
        document = facts.document
        found = marks(facts)
        pieces = passages(facts, text, found)
        placed = {piece.anchor for passage in pieces for piece in passage}
        return self.render(
            document.reader_page,
            "reader.html",
            1,
            title=document.name,
            description="The text, its facts marked in place",
            whole=text is not None,
            document=document,
            direction=direction(document.language),
            passages=passages_html(pieces),
            marks=mark_rows([mark for mark in found if mark.start in placed]),
            forces=[(force, FORCE_COLOURS[force]) for force in FORCE_ORDER],
            page_link=document.page.removeprefix("documents/"),
        )

    def write_index(self, documents: list[Document]) -> list[Path]:
        """The index, its documents ``INDEX_PAGE`` a page; the pages of a longer list before are removed."""
        for stale in self.views.glob("index-*.html"):
            stale.unlink()
        names = _index_pages(len(documents))
        return [
            self.render(
                name,
                "index.html",
                0,
                title="policy-kg views",
                documents=documents[number * INDEX_PAGE : (number + 1) * INDEX_PAGE],
                first=number * INDEX_PAGE + 1,
                total=len(documents),
                pages=list(enumerate(names, start=1)),
                current=name,
                description="Networks and documents of this build; they work with no internet.",
            )
            for number, name in enumerate(names)
        ]


def _series_context(data: ViewData) -> dict[str, Any]:
    drawn, others = most_members(series(data))
    found = discrepancies(data)
    return {
        "timelines": [_timeline(line) for line in drawn],
        "others": [_series_row(line) for line in others[:LISTED_SERIES]],
        "total": len(drawn) + len(others),
        "discrepancies": found[:MAX_DISCREPANCIES],
        "discrepancy_count": len(found),
        "series_members": SERIES_MEMBERS,
    }


def _work_pages(data: ViewData) -> dict[str, str]:
    """The page of each work the build read (of its first language version by IRI)."""
    pages: dict[str, str] = {}
    for facts in sorted(data.documents.values(), key=lambda f: f.document.iri):
        pages.setdefault(facts.document.work, facts.document.page)
    return pages


def _not_drawn_list(group: NotDrawn, entities: dict[str, Entity], pages: dict[str, str]) -> dict[str, Any]:
    """A year's works not drawn: name, IRI, times cited and the page of a document of it ("" if none read)."""
    works = [
        (entities[iri].label if iri in entities else iri, iri, cited, pages.get(iri, "")) for iri, cited in group.works
    ]
    return {"year": group.year, "count": group.count, "works": works, "unlisted": group.count - len(works)}


def _graph_data(network: Network, filters: list[dict], axis: list[tuple[float, str]]) -> dict[str, Any]:
    nodes, edges, _heading, _height, _width, options = network.get_network_data()
    return {"nodes": nodes, "edges": edges, "options": json.loads(options), "filters": filters, "axis": axis}
