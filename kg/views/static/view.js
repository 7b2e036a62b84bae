// Draws the network of a policy-kg view: filters, search by any name, a side panel on click,
// labels that do not overlap and, where x is time, a year axis (with the works a year leaves out
// counted under it). The graph is read from a JSON <script> block (never executed); labels are
// drawn on the canvas, tooltips set as text, and the filters, search results and panel are
// written with textContent: no text from a document is ever parsed as HTML.
"use strict";

(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const network = new vis.Network(document.getElementById("network"), { nodes, edges }, data.options);
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

  // --- labels: the most connected first, none over another ------------------------------------

  function overlaps(a, b) {
    return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
  }

  // Label boxes are in canvas coordinates, which zooming scales as a whole: placing them once is enough.
  function placeLabels() {
    const kept = [];
    const hide = [];
    const labelled = data.nodes.filter((node) => node.label).sort((a, b) => b.degree - a.degree);
    for (const node of labelled) {
      const box = network.body.nodes[node.id].labelModule.size;
      if (kept.some((other) => overlaps(box, other))) { hide.push({ id: node.id, label: "" }); }
      else { kept.push({ left: box.left, top: box.top, width: box.width, height: box.height }); }
    }
    nodes.update(hide);
    network.redraw();
    document.body.dataset.labelsPlaced = "true";
  }

  // Sizes of labels are known once drawn: place them on the first drawing after the layout settled.
  function settled() {
    network.setOptions({ physics: { enabled: false } }); // keep the places the labels were fitted to
    network.once("afterDrawing", placeLabels);
    network.redraw();
  }

  if (data.options.physics && data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", settled);
  }
  network.once("afterDrawing", () => {
    document.body.dataset.drawn = "true";
    if (!(data.options.physics && data.options.physics.enabled)) { placeLabels(); }
  });

  // --- the year axis ---------------------------------------------------------------------------------

  if (data.axis && data.axis.length) {
    network.on("afterDrawing", (context) => {
      // vis-network also draws once untransformed, to measure labels: text drawn then would land at the wrong place.
      if (context.getTransform().isIdentity) { return; }
      const positions = Object.values(network.getPositions());
      const top = Math.min(...positions.map((p) => p.y), 0) - 40;
      context.save();
      context.fillStyle = "#57606a";
      context.strokeStyle = "#d0d7de";
      const scale = network.getScale(); // ticks keep their size on the screen whatever the zoom
      context.font = `${13 / scale}px system-ui, sans-serif`;
      context.lineWidth = 1 / scale;
      context.textAlign = "center";
      for (const [x, text] of data.axis) {
        context.beginPath();
        context.moveTo(x, top + 4 / scale);
        context.lineTo(x, top + 12 / scale);
        context.stroke();
        context.fillText(text, x, top);
      }
      context.font = `italic ${12 / scale}px system-ui, sans-serif`;
      for (const [x, y, text] of data.notes || []) { context.fillText(text, x, y); } // "and N more" under a band
      context.restore();
    });
  }

  // --- search by any name ------------------------------------------------------------------------------

  const search = document.getElementById("search");
  const result = document.getElementById("search-result");
  search.addEventListener("input", () => {
    const wanted = search.value.trim().toLocaleLowerCase();
    if (!wanted) { network.unselectAll(); result.textContent = ""; return; }
    const found = data.nodes.filter((node) => node.names.some((name) => name.toLocaleLowerCase().includes(wanted)));
    network.selectNodes(found.map((node) => node.id));
    result.textContent = found.length ? `${found.length} found` : "none found";
    if (found.length) { network.focus(found[0].id, { scale: 1.2, animation: false }); showPanel(found[0].id); }
  });

  // --- the side panel -----------------------------------------------------------------------------------

  const panel = document.getElementById("panel");

  function element(tag, text) {
    const made = document.createElement(tag);
    if (text !== undefined) { made.textContent = text; }
    return made;
  }

  function showPanel(id) {
    const node = data.nodes.find((candidate) => candidate.id === id);
    if (!node) { panel.hidden = true; return; }
    panel.replaceChildren();
    const heading = element("h2", node.name);
    heading.dir = "auto";
    panel.append(heading, element("p", `kind: ${node.kind}`));
    if (node.codes.length) { panel.append(element("p", `code: ${node.codes.join(", ")}`)); }
    panel.append(element("h3", "Names"));
    const names = element("ul");
    for (const name of node.names) { const item = element("li", name); item.dir = "auto"; names.append(item); }
    panel.append(names);
    if (node.quotes.length) {
      panel.append(element("h3", "Quotes"));
      const quotes = element("ul");
      for (const [text, href] of node.quotes) {
        const item = element("li");
        item.dir = "auto";
        if (href) { const link = element("a", text); link.href = href; item.append(link); }
        else { item.textContent = text; }
        quotes.append(item);
      }
      panel.append(quotes);
    }
    panel.append(element("p", id));
    panel.hidden = false;
  }

  network.on("click", (params) => {
    if (params.nodes.length) { showPanel(params.nodes[0]); } else { panel.hidden = true; }
  });
})();
