"""The views' cheaper parts: a document's network, which the browser's physics settles before it is
shown, starts from a deterministic spiral, not from a spring layout computed here; larger networks keep theirs.
"""

from __future__ import annotations

import math

import networkx as nx
import pytest

import kg.views
from kg.views import GOLDEN_ANGLE, NODE_SPACING, _layout, _starting_layout

ID = "https://w3id.org/policy-kg/id/"

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
