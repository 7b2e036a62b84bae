"""The views' cheaper parts write what the slower ones wrote, and place networks as the browser needs.

- a document's network, which the browser's physics settles before it is shown, starts from a
  deterministic spiral, not from a spring layout computed here; larger networks keep theirs;
- the long repeated parts of a page (tables, the text's pieces, the reader's facts) are composed
  in Python, and must be byte for byte what the templates' Jinja loops wrote, escaping included;
- a document's graph's descriptions, read a property at a time, are what the one query gave.
"""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx
import pytest
from explore_graph import write_explore_build
from jinja2 import Environment
from markupsafe import escape as markupsafe_escape
from pyoxigraph import Store

import kg.views
from kg.views import GOLDEN_ANGLE, NODE_SPACING, _layout, _starting_layout
from kg.views.gather import (
    Commitment,
    Document,
    DocumentFacts,
    Entity,
    _describe,
    _description_rows,
    _graph_entities,
    gather,
)
from kg.views.html import escape, escape_all, mark_rows, passages_html, table_rows
from kg.views.reader import marks, passages

ID = "https://w3id.org/policy-kg/id/"

#: Composed excerpts with every character autoescape changes, in several scripts.
AWKWARD = [
    'The "Assembly" <urges> States & parties',
    "L'Assemblée engage l'État « à agir » & <rapporter>",
    "تحث الجمعية \"الدول\" على <العمل> & 'التقرير'",
    'Đại hội đồng kêu gọi <các bên> & "Nhà nước"',
    "a value holding the separator \x1f of a batch",
    "",
]

# The loops the templates held before; the composed rows must read the same.
TABLE_LOOP = (
    "{%- for row in rows %}\n"
    '    <tr{% if row.at is not none %} id="at-{{ row.at }}"{% endif %}>{% for cell in row.cells %}'
    '<td dir="auto">{{ cell }}</td>{% endfor %}</tr>\n'
    "  {%- endfor %}"
)
PASSAGES_LOOP = (
    "{%- for passage in passages %}\n"
    '    <p>{% for piece in passage %}{% if piece.classes %}<span class="{{ piece.classes }}"'
    '{% if piece.anchor is not none %} id="t-{{ piece.anchor }}"{% endif %} title="{{ piece.title }}">'
    "{{ piece.text }}</span>{% else %}{{ piece.text }}{% endif %}{% endfor %}</p>\n"
    "  {%- endfor %}"
)
MARKS_LOOP = (
    "{%- for mark in marks %}\n"
    "        <tr><td><span class=\"mark-{{ mark.kind }}{% if mark.kind == 'commitment' %} force-{{ mark.detail }}"
    '{% endif %}">{{ mark.kind }}</span></td><td dir="auto">{{ mark.title }}</td>'
    '<td><a href="#t-{{ mark.start }}">{{ mark.start }}–{{ mark.end }}</a></td></tr>\n'
    "      {%- endfor %}"
)


def _jinja(template: str, **context: object) -> str:
    return Environment(autoescape=True).from_string(template).render(**context)


# --- a document's network -------------------------------------------------------------------------


def _star(leaves: int) -> nx.MultiDiGraph:
    """A document in the middle, linked to each entity it mentions, and two entities linked."""
    graph = nx.MultiDiGraph()
    for index in range(leaves):
        graph.add_edge(f"{ID}doc", f"{ID}entity/{index:03d}")
    graph.add_edge(f"{ID}entity/001", f"{ID}entity/002")
    return graph


def test_a_settled_network_starts_with_its_most_connected_node_in_the_middle_and_none_on_another() -> None:
    positions = _starting_layout(_star(60))
    assert positions[f"{ID}doc"] == (0.0, 0.0)
    points = list(positions.values())
    assert len(points) == 61
    nearest = min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1 :])
    assert nearest > NODE_SPACING / 2  # spread: no two nodes start on one another
    # the next most connected (two links each) are the nearest to the middle
    by_distance = sorted(positions, key=lambda node: (math.hypot(*positions[node]), node))
    assert by_distance[1:3] == [f"{ID}entity/001", f"{ID}entity/002"]


def test_a_starting_layout_is_the_same_whatever_the_order_nodes_were_added_in() -> None:
    forward = _star(30)
    backward = nx.MultiDiGraph()
    backward.add_edges_from(reversed(list(forward.edges())))
    assert _starting_layout(forward) == _starting_layout(backward)
    assert _starting_layout(nx.MultiDiGraph()) == {}


def test_a_network_too_large_for_the_browser_to_settle_keeps_its_spring_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    graph = _star(12)
    monkeypatch.setattr(kg.views, "PHYSICS_LIMIT", 5)
    assert _starting_layout(graph) == _layout(graph)
    assert 0 < GOLDEN_ANGLE < math.pi


# --- composed rows --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", AWKWARD)
def test_escaping_is_markupsafes_one_value_or_many(text: str) -> None:
    assert escape(text) == str(markupsafe_escape(text))
    assert escape_all([text, 7, text]) == [str(markupsafe_escape(text)), "7", str(markupsafe_escape(text))]


def test_table_rows_read_as_the_templates_loop_wrote_them() -> None:
    rows = [
        {"at": 12, "cells": [f"{ID}state/fra", "state", AWKWARD[1], AWKWARD[0], 12, 30]},
        {"at": None, "cells": [f"{ID}res/1", "A/RES/1", AWKWARD[2], ""]},
        {"at": 0, "cells": [AWKWARD[3], AWKWARD[4]]},
    ]
    assert str(table_rows(rows)) == _jinja(TABLE_LOOP, rows=rows)
    assert "<urges>" not in str(table_rows(rows)) and "&lt;urges&gt;" in str(table_rows(rows))
    assert str(table_rows([])) == ""


def _facts(language: str, text: str, actor: str, actor_name: str) -> DocumentFacts:
    document = Document(f"{ID}x/{language}", f"{ID}x/{language}/g", f"{ID}x", "", language, "", "", "", "")
    entity = Entity(f"{ID}state/{actor}", kinds={"state"}, names={"en": actor_name})
    start = text.index(actor_name)
    commitment = Commitment(
        f"{ID}c/{language}", document.iri, "", (), "exhortatory", "calls-upon", text, 0, len(text), "1", ""
    )
    mention = (entity.iri, actor_name, start, start + len(actor_name))
    return DocumentFacts(document, {entity.iri: entity}, [mention], [commitment], [], [], [])


@pytest.mark.parametrize(
    ("language", "text", "actor", "name"),
    [
        ("en", 'The Assembly urges "Chile" & <others> to act.\n\nIt rained.', "chl", "Chile"),
        ("ar", 'تحث الجمعية "زامبيا" & <غيرها> على العمل.', "zmb", "زامبيا"),
        ("fr", "L'Assemblée engage la Zambie & « les autres » à agir.", "zmb", "Zambie"),
    ],
)
def test_the_text_and_its_facts_read_as_the_templates_loops_wrote_them(
    language: str, text: str, actor: str, name: str
) -> None:
    facts = _facts(language, text, actor, name)
    pieces = passages(facts, text)
    found = marks(facts)
    assert str(passages_html(pieces)) == _jinja(PASSAGES_LOOP, passages=pieces)
    assert str(mark_rows(found)) == _jinja(MARKS_LOOP, marks=found)
    html = str(passages_html(pieces))
    assert f">{escape(name)}</span>" in html and "&amp;" in html and " & " not in html
    assert "force-exhortatory" in str(mark_rows(found))


# --- a document's descriptions ----------------------------------------------------------------------


def test_a_graphs_entities_read_a_property_at_a_time_are_those_the_whole_description_query_gives(
    tmp_path: Path,
) -> None:
    store = Store.read_only(str(write_explore_build(tmp_path) / "store"))
    data = gather(store)
    assert {facts.document.language for facts in data.documents.values()} >= {"en", "fr", "ar"}
    for graph in data.documents:
        folded: dict[str, Entity] = {}
        for _graph, node, prop, value in _description_rows(store, graph):
            _describe(folded.setdefault(node, Entity(node)), prop, value, data.kinds)
        read = _graph_entities(store, graph, data.kinds)
        assert list(read) == list(folded)  # the same nodes, in the same order
        assert read == folded  # with the same names by language, labels, kinds, codes and dates
        assert any(entity.names and entity.kinds for entity in read.values())
