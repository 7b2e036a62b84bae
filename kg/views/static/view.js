// Draws the network of a policy-kg view and its filters. The graph is read from a JSON
// <script> block (never executed); labels are drawn on the canvas and tooltips set as text
// by vis-network, and filter options are written with textContent: no text from a
// document is ever parsed as HTML.
"use strict";

(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const network = new vis.Network(document.getElementById("network"), { nodes, edges }, data.options);
  network.once("afterDrawing", () => { document.body.dataset.drawn = "true"; });
  window.policyKgNetwork = network; // for the tests and the curious
  const selects = {};

  function edgeVisible(edge) {
    return Object.entries(selects).every(([field, select]) => !select.value || edge[field] === select.value);
  }

  function applyFilters() {
    const shown = new Set();
    edges.update(data.edges.map((edge) => {
      const visible = edgeVisible(edge);
      if (visible) { shown.add(edge.from); shown.add(edge.to); }
      return { id: edge.id, hidden: !visible };
    }));
    const filtering = Object.values(selects).some((select) => select.value);
    nodes.update(data.nodes.map((node) => ({ id: node.id, hidden: filtering && !shown.has(node.id) })));
  }

  for (const filter of data.filters || []) {
    const label = document.createElement("label");
    label.textContent = filter.label + " ";
    const select = document.createElement("select");
    select.name = filter.field;
    const all = document.createElement("option");
    all.value = "";
    all.textContent = "all";
    select.appendChild(all);
    for (const [value, text] of filter.values) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = text;
      select.appendChild(option);
    }
    select.addEventListener("change", applyFilters);
    selects[filter.field] = select;
    label.appendChild(select);
    document.getElementById("filters").appendChild(label);
  }
})();
