// The query page: pick a query of the library, run it at /sparql, show the results.
// Every value from the graph is written with textContent, never as HTML: text read from
// documents is data and must never run as script.
"use strict";

const ACCEPT = "application/sparql-results+json, text/turtle;q=0.9";
const elements = {
  library: document.getElementById("library"),
  question: document.getElementById("question"),
  query: document.getElementById("query"),
  run: document.getElementById("run"),
  status: document.getElementById("status"),
  results: document.getElementById("results"),
};
let library = [];

async function loadLibrary() {
  const response = await fetch("/queries");
  library = await response.json();
  for (const entry of library) {
    const option = document.createElement("option");
    option.value = entry.name;
    option.textContent = `${entry.name} — ${entry.question}`;
    elements.library.appendChild(option);
  }
}

function pickQuery() {
  const entry = library.find((candidate) => candidate.name === elements.library.value);
  elements.question.textContent = entry ? `${entry.question}  Variables: ${entry.variables}` : "";
  if (entry) elements.query.value = entry.text;
}

function showStatus(message, isError) {
  elements.status.textContent = message;
  elements.status.className = isError ? "error" : "";
}

async function runQuery() {
  showStatus("running…", false);
  elements.results.replaceChildren();
  const response = await fetch("/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: ACCEPT },
    body: new URLSearchParams({ query: elements.query.value }),
  });
  const body = await response.text();
  if (!response.ok) {
    showStatus(`${response.status}: ${body}`, true);
    return;
  }
  const cap = capNote(response.headers);
  const contentType = response.headers.get("Content-Type") || "";
  if (contentType.startsWith("application/sparql-results+json")) {
    showJson(JSON.parse(body), cap);
  } else {
    const pre = document.createElement("pre");
    pre.textContent = body;
    elements.results.appendChild(pre);
    showStatus(cap ? `the first triples only: ${cap}` : "done", false);
  }
}

// What cut the answer short, if anything: the endpoint's row cap or its byte cap.
function capNote(headers) {
  const rows = headers.get("X-SPARQL-MaxRows");
  const bytes = headers.get("X-SPARQL-MaxBytes");
  const notes = [];
  if (rows) notes.push(`the row cap of this endpoint is ${rows}`);
  if (bytes) notes.push(`an answer of this endpoint holds at most ${bytes} bytes`);
  return notes.join("; ");
}

function showJson(results, cap) {
  if ("boolean" in results) {
    showStatus(`ASK: ${results.boolean}`, false);
    return;
  }
  const variables = results.head.vars;
  const table = document.createElement("table");
  const headerRow = table.createTHead().insertRow();
  for (const variable of variables) {
    const cell = document.createElement("th");
    cell.textContent = `?${variable}`;
    headerRow.appendChild(cell);
  }
  const body = table.createTBody();
  for (const binding of results.results.bindings) {
    const row = body.insertRow();
    for (const variable of variables) {
      const cell = row.insertCell();
      cell.dir = "auto";
      cell.textContent = binding[variable] ? binding[variable].value : "";
    }
  }
  elements.results.appendChild(table);
  const count = results.results.bindings.length;
  showStatus(cap ? `${count} rows, the first only: ${cap}` : `${count} rows`, false);
}

elements.library.addEventListener("change", pickQuery);
elements.run.addEventListener("click", () => runQuery().catch((error) => showStatus(String(error), true)));
loadLibrary().catch((error) => showStatus(`the library could not be loaded: ${error}`, true));
