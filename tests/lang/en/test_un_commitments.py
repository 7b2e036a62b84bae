"""English UN documents: commitments with their force, issuer, addressees and deadlines."""

from __future__ import annotations

from helpers import build_un


def test_a_report_paragraph_that_opens_with_a_body_is_no_statement_of_it_when_wrapped() -> None:
    text = (
        "Report of the Secretary-General\n\n1. The Secretary-General recommends that the\n"
        "General Assembly requests the Commission to act.\n"
    )
    commitments = build_un(text, "en").commitments
    assert [c.issuer.name if c.issuer else None for c in commitments] == ["Secretary-General"]
