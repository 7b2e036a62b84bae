"""English UN documents by kind: masthead, title, date, sponsors, signers, and how each kind speaks."""

from __future__ import annotations

from helpers import build_un

from kg.builders.un import BUILDER, score
from kg.model import Document

_DRAFT_EN = (
    "United Nations                                                        A/C.3/78/L.25\n"
    "General Assembly                                                      Distr.: Limited\n"
    "                                                                      12 October 2023\n\n"
    "Seventy-eighth session\nThird Committee\nAgenda item 68 (b)\n"
    "Promotion and protection of human rights: human rights questions,\n"
    "including alternative approaches for improving the effective\n"
    "enjoyment of human rights and fundamental freedoms\n\n"
    "          Mexico, Philippines and Senegal: draft resolution\n\n"
    "          Protection of migrants\n\n"
    "     The General Assembly,\n\n"
    "     1.   Calls upon all States to respect the human rights of migrants;\n"
)


_LETTER_EN = (
    "United Nations                                                         S/2024/123\n"
    "Security Council                                                       Distr.: General\n"
    "                                                                       6 March 2024\n\n"
    "          Letter dated 5 March 2024 from the Permanent Representative of Norway to the\n"
    "          United Nations addressed to the Secretary-General\n\n"
    "     I have the honour to transmit herewith the summary of the meeting (see annex).\n\n"
    "                                                   (Signed) Merete Fjeld Brattested\n"
    "                                                               Ambassador\n"
    "                                                   Permanent Representative of Norway\n"
    "                                                             to the United Nations\n"
)


_REPORT_EN = (
    "United Nations                                   A/78/236\n"
    "General Assembly                                 Distr.: General\n"
    "                                                 24 July 2023\n\n"
    "Seventy-eighth session\nItem 20 (a) of the provisional agenda\n\nReport of the Secretary-General\n\n"
    "1. The Secretary-General recommends that Member States integrate the New Urban Agenda into their plans "
    "by 2025.\n\n"
    "2. The Secretary-General further recommends that the General Assembly request UN-Habitat to prepare a "
    "report, to be submitted at its eighty-first session.\n"
)


def test_a_draft_is_titled_after_its_sponsors_below_a_long_agenda_title() -> None:
    facts = build_un(_DRAFT_EN, "en").document
    assert (facts.kind, facts.symbol, facts.title) == ("draft-resolution", "A/C.3/78/L.25", "Protection of migrants")


def test_the_sponsors_of_a_draft_are_its_signatories() -> None:
    facts = build_un(_DRAFT_EN, "en").document
    assert [m.key for m in facts.signatories] == ["MEX", "PHL", "SEN"]


def test_a_committee_report_joins_its_agenda_title_printed_on_several_lines() -> None:
    text = (
        "United Nations                                                        A/78/481/Add.2\n"
        "General Assembly                                                      Distr.: General\n\n"
        "Seventy-eighth session\nAgenda item 71 (b)\nPromotion and protection of human rights: human rights "
        "questions,\nincluding alternative approaches\n\n          Report of the Third Committee\n\n"
        "          Rapporteur: Mr. Hasan Mahmud (Bangladesh)\n\n     1.   The Committee considered the item.\n"
    )
    extraction = build_un(text, "en")
    assert extraction.document.title == (
        "Promotion and protection of human rights: human rights questions, including alternative approaches: "
        "Report of the Third Committee"
    )
    assert extraction.document.signatories == ()
    (post,) = extraction.posts
    assert (post.person.text, post.post, post.state.key if post.state else None) == (
        "Hasan Mahmud",
        "Rapporteur",
        "BGD",
    )


def test_a_letter_is_a_letter_titled_by_its_first_line() -> None:
    facts = build_un(_LETTER_EN, "en").document
    assert (facts.kind, facts.symbol, facts.date) == ("letter", "S/2024/123", "2024-03-06")
    assert facts.title == (
        "Letter dated 5 March 2024 from the Permanent Representative of Norway to the United Nations addressed to "
        "the Secretary-General"
    )


def test_a_letter_is_from_the_state_its_title_names_not_the_council_it_is_circulated_to() -> None:
    facts = build_un(_LETTER_EN, "en").document
    assert facts.body is not None and facts.body.key == "NOR"


def test_a_letter_of_the_secretary_general_keeps_the_body_of_its_masthead() -> None:
    text = _LETTER_EN.replace(
        "the Permanent Representative of Norway to the\n          United Nations", "the Secretary-General"
    )
    facts = build_un(text, "en").document
    assert facts.body is not None and facts.body.key == "SC"


def test_the_signer_of_a_letter_holds_the_post_printed_below_the_signature() -> None:
    (post,) = build_un(_LETTER_EN, "en").posts
    assert (post.person.text, post.post_name) == ("Merete Fjeld Brattested", "Permanent Representative")
    assert post.state is not None and post.state.key == "NOR"


def test_a_masthead_printed_in_columns_gives_the_symbol_and_the_kind() -> None:
    document = Document(source="report.txt", text=_REPORT_EN, language="en")
    assert score(document) >= 0.6
    facts = BUILDER.build(document).document
    assert (facts.symbol, facts.kind, facts.session, facts.date) == ("A/78/236", "report", 78, "2023-07-24")


def test_a_report_titled_like_its_agenda_item_repeats_no_part() -> None:
    text = (
        "United Nations\nA/78/481\n\nGeneral Assembly\nDistr.: General\n28 November 2023\n\nSeventy-eighth session\n"
        "Agenda item 18 (a)\nMacroeconomic policy questions\n\nMacroeconomic policy questions: international trade\n\n"
        "Report of the Second Committee\n\n1. The Committee considered the item.\n"
    )
    assert build_un(text, "en").document.title == "Macroeconomic policy questions: international trade"


def test_the_recommendations_of_a_report_are_commitments_of_its_author() -> None:
    first, second = build_un(_REPORT_EN, "en").commitments
    assert (first.issuer.name if first.issuer else None, first.action) == ("Secretary-General", "recommends")
    assert [a.name for a in first.addressees] == ["Member States"]
    assert first.deadline is not None and first.deadline.year == 2025
    assert second.deadline is not None and second.deadline.session == 81
    assert second.deadline.body is not None and second.deadline.body.key == "GA"
