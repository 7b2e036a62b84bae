"""The view pages carry a Content-Security-Policy: a script that escaping missed still cannot run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from explore_graph import console_errors, headless_chromium, write_explore_build
from helpers import nonempty

from kg.views import write_views

POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


@pytest.fixture(scope="module")
def views(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_views(write_explore_build(tmp_path_factory.mktemp("views-csp")))


def test_every_page_has_a_policy_that_allows_only_its_own_scripts(views) -> None:
    for path in nonempty(views):
        head = path.read_text(encoding="utf-8").split("</head>")[0]
        found = POLICY.search(head)
        assert found, f"{path.name} has no Content-Security-Policy"
        directives = dict(d.strip().split(" ", 1) for d in found.group(1).split(";"))
        assert directives["default-src"] == "'none'"
        assert directives["script-src"] == "'self'", "no inline script, no eval"
        assert "unsafe-inline" not in directives["style-src"]


def test_an_inline_script_slipped_into_a_page_does_not_run(views, tmp_path: Path) -> None:
    """As if a document's text had reached the page unescaped: the browser refuses to run it."""
    actors = next(path for path in views if path.name == "actors.html")
    planted = actors.with_name("planted.html")
    html = actors.read_text(encoding="utf-8")
    planted.write_text(
        html.replace("<body>", '<body><script>alert("inline")</script><img src="https://example.org/x.png">', 1),
        encoding="utf-8",
    )
    from selenium.webdriver.support.wait import WebDriverWait

    with headless_chromium(tmp_path / "profile") as driver:
        driver.get(planted.as_uri())
        assert driver.execute_script("return window.__alerts") == []
        errors = console_errors(driver)
        assert any("Content Security Policy" in error for error in errors), errors
        # The page's own script still draws the network.
        driver.get(actors.as_uri())
        WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.drawn"))
        assert driver.execute_script("return window.policyKgNetwork.body.data.nodes.length") > 1
        assert console_errors(driver) == []
