"""The small explore graph (tests/fixtures/explore.trig) as a build folder, and a headless browser.

The folder holds only ``store/``, which is all that queries, the endpoint, the
views and the statistics read. The ontology files in ``ontology/`` are loaded
beside the data, as a build does; while they are missing, the fixture's own
fallback graph stands in for them.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store, parse

ROOT = Path(__file__).resolve().parent.parent
EXPLORE_TRIG = Path(__file__).resolve().parent / "fixtures" / "explore.trig"
ONTOLOGY_DIR = ROOT / "ontology"
FALLBACK_GRAPH = NamedNode("urn:policy-kg:test:ontology-fallback")


def write_explore_build(out: Path) -> Path:
    """Write ``out/store`` from the fixture graph (and the ontology when present); return ``out``."""
    store = Store(str(out / "store"))
    store.load(path=str(EXPLORE_TRIG), format=RdfFormat.TRIG)
    ontology = ontology_quads()
    if ontology:
        store.remove_graph(FALLBACK_GRAPH)
        store.extend(ontology)
    # As in a build, the default graph is the merge of the named graphs.
    store.extend([Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in store])
    store.flush()
    del store  # a read-only store cannot be opened while this one holds the lock
    return out


def ontology_quads() -> list[Quad]:
    """The ontology's Turtle files, each in a named graph of its own (shapes are not data)."""
    quads: list[Quad] = []
    for path in sorted(ONTOLOGY_DIR.glob("*.ttl")):
        if path.name.startswith("shapes"):
            continue
        graph = NamedNode(path.resolve().as_uri())
        quads.extend(
            Quad(t.subject, t.predicate, t.object, graph) for t in parse(path=str(path), format=RdfFormat.TURTLE)
        )
    return quads


# --- headless Chromium, for the pages (query page and views) ----------------------------------------

ALERT_TRAP = "window.__alerts = []; window.alert = (message) => window.__alerts.push(String(message));"


@contextmanager
def headless_chromium(profile: Path) -> Iterator[Any]:
    """A selenium driver of Debian's chromium, offline-minded; skips the test when either is missing.

    Every page it opens first replaces ``alert`` with a trap, so that a test can
    tell whether text from a document ever ran as script.
    """
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    browser, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if not browser or not driver_path:
        pytest.skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--window-size=1280,900",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=driver_path))
    try:
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": ALERT_TRAP})
        yield driver
    finally:
        driver.quit()


def console_errors(driver: Any) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


# Label boxes as the page drew them (canvas coordinates), of the labels it shows.
LABEL_BOXES = """
const network = window.policyKgNetwork;
return network.body.data.nodes.get({filter: (n) => n.label}).map((n) => {
  const size = network.body.nodes[n.id].labelModule.size;
  return {id: n.id, left: size.left, top: size.top, width: size.width, height: size.height};
});
"""


def overlapping(boxes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The pairs of label boxes that overlap."""

    def overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
        return (
            a["left"] < b["left"] + b["width"]
            and b["left"] < a["left"] + a["width"]
            and a["top"] < b["top"] + b["height"]
            and b["top"] < a["top"] + a["height"]
        )

    return [(a["id"], b["id"]) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if overlap(a, b)]
