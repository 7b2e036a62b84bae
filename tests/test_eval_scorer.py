"""The evaluation's scorer on tiny gold files and builds composed by hand: each count means what it says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kg.eval import FACT_TYPES, load_gold, score, to_json
from kg.eval.facts import Actor, Citation, Commitment, DocumentFacts, Event, Figure, Post, facts_from_rows
from kg.eval.gold import Gold, family_of
from kg.eval.report import family_scores, format_tables
from kg.eval.score import score_document


def gold(facts: dict[str, Any], name: str = "doc") -> Gold:
    facts = {"file": f"{name}.txt", **facts}
    return Gold(name=name, path=Path(f"{name}.json"), facts=facts, family=family_of(facts["document"]))


def resolution(**sections: Any) -> dict[str, Any]:
    return {"document": {"kind": "resolution", "symbol": "A/RES/1/1"}, **sections}


def statement(**sections: Any) -> dict[str, Any]:
    return {"document": {"kind": "statement"}, **sections}


def scored(facts: dict[str, Any], built: DocumentFacts | None, fact_type: str):
    return score_document(gold(facts), built).scores[fact_type]


# --- counting -----------------------------------------------------------------------------------------


def test_a_missed_symbol_is_counted_as_missed_and_named() -> None:
    built = DocumentFacts("doc.txt", citations=[Citation("A/RES/70/1")])
    citations = scored(resolution(citations={"must": ["A/RES/70/1", "A/RES/69/313"]}), built, "citations")
    assert (citations.gold, citations.found) == (2, 1)
    assert citations.recall == 0.5
    assert citations.missed == ["A/RES/69/313"]


def test_an_extra_symbol_lowers_precision_and_a_must_not_one_is_marked() -> None:
    built = DocumentFacts("doc.txt", citations=[Citation("A/RES/70/1"), Citation("A/RES/2/10"), Citation("A/RES/71/1")])
    gold_citations = {"must": ["A/RES/70/1"], "may": ["A/RES/71/1"], "must_not": ["A/RES/2/10"]}
    citations = scored(resolution(citations=gold_citations), built, "citations")
    assert citations.recall == 1
    assert citations.precision == pytest.approx(2 / 3)
    assert citations.extra == ["A/RES/2/10 (must_not)"]


def test_symbols_match_strictly_but_for_case_and_spaces() -> None:
    built = DocumentFacts("doc.txt", citations=[Citation("a/res/57/270 B"), Citation("A/RES/57/27")])
    citations = scored(resolution(citations={"must": ["A/RES/57/270B", "A/RES/57/270"]}), built, "citations")
    assert citations.missed == ["A/RES/57/270"]


def test_a_must_not_figure_counts_against_precision() -> None:
    built = DocumentFacts("doc.txt", figures=[Figure("3000", text="3 000 personnes"), Figure("2015", text="/2015/")])
    figures = scored(statement(statistics={"must": [{"value": 3000}], "must_not": [2015]}), built, "figures")
    assert figures.recall == 1
    assert figures.precision == 0.5
    assert figures.extra[0].startswith("2015 (must_not)")


def test_figures_are_equal_as_decimals_only_and_accepted_values_count() -> None:
    built = DocumentFacts("doc.txt", figures=[Figure("2.210"), Figure("2615")])
    items = [{"value": 2.21}, {"value": 2615000000000, "accepted_values": [2615]}, {"value": 22}]
    figures = scored(statement(statistics={"must": items}), built, "figures")
    assert (figures.found, figures.missed) == (2, ["22"])


def test_a_document_the_build_lacks_misses_everything_it_should_have() -> None:
    document = score_document(gold(resolution(citations={"must": ["A/RES/70/1"]})), None)
    assert not document.built
    assert document.scores["citations"].recall == 0
    assert document.scores["document"].missed == ["kind: resolution", "symbol: A/RES/1/1"]


def test_precision_is_undefined_where_the_build_gives_nothing_to_judge() -> None:
    citations = scored(resolution(citations={"must": ["A/RES/70/1"]}), DocumentFacts("doc.txt"), "citations")
    assert citations.recall == 0 and citations.precision is None


# --- leniency where a reader is lenient ---------------------------------------------------------------


def test_an_accepted_alternative_action_is_right() -> None:
    built = DocumentFacts("doc.txt", commitments=[Commitment("operative", "2", action="expresses its concern")])
    facts = resolution(
        commitments={
            "actions": {"2": "expresses concern"},
            "actions_alternatives": {"2": ["expresses concern", "expresses its concern"]},
        }
    )
    assert scored(facts, built, "actions").recall == 1


def test_a_declarations_base_verb_matches_the_third_person_action_by_lemma() -> None:
    built = DocumentFacts(
        "doc.txt",
        commitments=[
            Commitment("operative", "1", action="stresses"),
            Commitment("operative", "2", action="expresses"),
            Commitment("operative", "3", action="notifies"),
            Commitment("operative", "4", action="notes-with-appreciation"),
        ],
    )
    facts = resolution(commitments={"actions": {"1": "stress", "2": "express", "3": "notify", "4": "note"}})
    score = scored(facts, built, "actions")
    assert score.missed == ["paragraph 4: note (built notes-with-appreciation)"]
    assert score.recall == 0.75


def test_an_accepted_kind_is_right_and_a_wrong_one_is_missed_and_extra() -> None:
    facts = statement()
    facts["document"]["kind_accept"] = ["statement", "press-release"]
    right = scored(facts, DocumentFacts("doc.txt", kind="press-release"), "document")
    wrong = scored(facts, DocumentFacts("doc.txt", kind="news-article"), "document")
    assert right.recall == 1 and right.precision == 1
    assert wrong.recall == 0 and wrong.extra == ["kind: news-article"]


def test_the_last_day_in_force_is_scored_where_the_gold_gives_one() -> None:
    facts = {"document": {"kind": "circular", "effective": "2025-12-02", "expires": "2030-02-24"}}
    right = scored(
        facts,
        DocumentFacts("doc.txt", kind="circular", in_force="2025-12-02", last_day_in_force="2030-02-24"),
        "document",
    )
    unbounded = scored(facts, DocumentFacts("doc.txt", kind="circular", in_force="2025-12-02"), "document")
    assert (right.recall, unbounded.recall) == (1, pytest.approx(2 / 3))
    assert [m for m in unbounded.missed if "last day in force" in m]


def test_a_title_the_gold_says_is_not_in_the_text_is_not_asked_for() -> None:
    """Before, a title that only the removed front matter held was missed by every build."""
    lost = statement()
    lost["document"].update(title="Calais : le dialogue est rompu", title_in_text=False)
    kept = statement()
    kept["document"].update(title="Calais : le dialogue est rompu")
    built = DocumentFacts("doc.txt", kind="statement")
    assert scored(lost, built, "document").missed == []
    assert scored(kept, built, "document").missed == ["title: Calais : le dialogue est rompu"]


@pytest.mark.parametrize(
    ("gold_name", "built_name"),
    [
        ("General Assembly", "United Nations General Assembly"),
        ("Bộ Tài chính", "BỘ TÀI\nCHÍNH"),
        ("المنظمة المغربية لحقوق الإنسان", "المنظمة المغربية لحقوق الانسان"),
        ("Conseil des Droits de l'Homme", "Conseil des droits de l’homme"),
        ("人权理事会", "联合国人权理事会"),
    ],
)
def test_organisations_match_whatever_the_case_accents_spacing_or_script_variants(
    gold_name: str, built_name: str
) -> None:
    built = DocumentFacts("doc.txt", actors=[Actor("organization", labels=[built_name])])
    organizations = scored(statement(actors={"organizations": [{"en": gold_name}]}), built, "organizations")
    assert organizations.recall == 1


def test_a_lone_common_word_does_not_match_inside_a_longer_name() -> None:
    built = DocumentFacts("doc.txt", commitments=[Commitment("operative", "3", addressees=["United States"])])
    facts = resolution(commitments={"addressees": [{"paragraph": 3, "addressee": "States"}]})
    assert scored(facts, built, "addressees").missed == ["paragraph 3: States"]


def test_an_organisation_is_found_by_its_code() -> None:
    built = DocumentFacts("doc.txt", actors=[Actor("un-body", "UN Refugee Agency", "UNHCR")])
    item = {"ar": "المفوضية السامية لشؤون اللاجئين بالمغرب", "en": "UNHCR (office in Morocco)", "code": "UNHCR"}
    assert scored(statement(actors={"organizations": [item]}), built, "organizations").recall == 1


def test_collectives_are_no_organisations() -> None:
    built = DocumentFacts("doc.txt", actors=[Actor("actor", "States"), Actor("organization", "Oxfam")])
    organizations = scored(statement(actors={"organizations": [{"en": "Oxfam"}]}), built, "organizations")
    assert organizations.precision == 1


def test_a_sub_paragraph_addressee_is_looked_for_in_that_sub_paragraph() -> None:
    built = DocumentFacts(
        "doc.txt",
        commitments=[
            Commitment("operative", "4(a)", action="calls upon", addressees=["all States"]),
            Commitment("operative", "4(b)", action="encourages", addressees=["Secretary-General"]),
        ],
    )
    secondary = [
        {"paragraph": 4, "subparagraph": "a", "addressees": ["all States"]},
        {"paragraph": 4, "subparagraph": "b", "addressees": ["all States"]},
    ]
    addressees = scored(resolution(commitments={"secondary": secondary}), built, "addressees")
    assert addressees.missed == ["paragraph 4(b): all States"]


def test_sub_paragraphs_are_not_extra_operative_paragraphs() -> None:
    built = DocumentFacts("doc.txt", commitments=[Commitment("operative", p) for p in ("1", "2", "2(a)", "2(b)", "3")])
    paragraphs = scored(resolution(commitments={"operative_count": 2}), built, "paragraphs")
    assert paragraphs.recall == 1
    assert paragraphs.extra == ["paragraph 3"]


def test_a_prose_commitment_is_found_by_its_quote_and_its_force_judged() -> None:
    built = DocumentFacts(
        "doc.txt",
        commitments=[
            Commitment(action="calls upon", force="exhortatory", text="Nous appelons les gouvernements à résister"),
            Commitment(action="notes", force="declaratory", text="Le mouvement compte 200 délégations"),
        ],
    )
    must = [{"force": "exhortatory", "quote": "appelons les gouvernements"}]
    facts = statement(commitments={"must": must})
    commitments = scored(facts, built, "commitments")
    assert commitments.recall == 1
    assert commitments.precision == 0.5
    assert scored(facts, built, "force").recall == 1


def test_a_deadline_is_found_by_session_year_or_date() -> None:
    built = DocumentFacts(
        "doc.txt",
        commitments=[
            Commitment("operative", "8", deadlines=["https://w3id.org/policy-kg/id/un/session/A/76"]),
            Commitment("operative", "9", deadlines=["2030"]),
        ],
    )
    deadlines = [{"paragraph": 8, "session": 76}, {"paragraph": 9, "year": 2030}, {"paragraph": 9, "session": 74}]
    scores = scored(resolution(commitments={"deadlines": deadlines}), built, "deadlines")
    assert scores.missed == ["paragraph 9: session 74"]


def test_a_prose_commitment_is_due_by_a_day_or_at_a_session() -> None:
    built = DocumentFacts(
        "doc.txt",
        commitments=[
            Commitment(
                text="Giao Bộ Tài chính trình Quốc hội tại Kỳ họp thứ 10", deadlines=["https://w3id.org/x/session/10"]
            ),
            Commitment(text="Giao Bộ Tư pháp hoàn thành trước ngày 31/12/2025", deadlines=["2025-12-30"]),
        ],
    )
    must = [{"quote": "Giao Bộ Tài chính", "session": 10}, {"quote": "Giao Bộ Tư pháp", "deadline": "2025-12-31"}]
    scores = scored(statement(commitments={"must": must}), built, "deadlines")
    assert (scores.gold, scores.found) == (2, 1)
    assert scores.missed == ["'Giao Bộ Tư pháp': 2025-12-31"]


def test_persons_match_by_their_words_and_page_furniture_persons_are_extra() -> None:
    built = DocumentFacts(
        "doc.txt",
        actors=[Actor("person", "President Biden"), Actor("person", "Tô Lâm")],
        posts=[Post("President Biden", "President")],
    )
    facts = statement(
        actors={"persons": [{"name": "Biden", "post_en": "President"}]}, boilerplate={"foreign_actors": ["Tô Lâm"]}
    )
    persons = scored(facts, built, "persons")
    assert persons.recall == 1 and persons.extra == ["Tô Lâm (must_not)"]
    assert scored(facts, built, "posts").recall == 1


def test_an_event_needs_its_dates_to_agree_when_both_give_them() -> None:
    built = DocumentFacts(
        "doc.txt",
        events=[Event(["Internet Governance Forum"], place=["Athens"], start="2006-10-30")],
    )
    items = [
        {"en": "Internet Governance Forum", "place": "Athens", "year": 2006},
        {"en": "Internet Governance Forum", "place": "Rio de Janeiro", "year": 2007},
    ]
    events = scored(resolution(events={"must": items}), built, "events")
    assert (events.found, events.missed) == (1, ["Internet Governance Forum"])
    assert scored(resolution(events={"must": items}), built, "event-details").recall == 1


def test_figure_details_judge_unit_area_period_and_qualifier() -> None:
    built = DocumentFacts(
        "doc.txt",
        figures=[Figure("2.21", unit="per cent", area=["https://w3id.org/policy-kg/id/state/AUS"], period="2019/2021")],
    )
    item = {"value": 2.21, "unit": "percent", "area": "AUS", "period": "2019/2021", "qualifier": "exact"}
    details = scored(resolution(statistics={"must": [item]}), built, "figure-details")
    assert (details.gold, details.missed) == (4, ["2.21: qualifier exact"])


# --- gold files, families, outputs --------------------------------------------------------------------


def test_families_follow_the_gold_document_kind_and_symbol() -> None:
    assert family_of({"kind": "resolution", "symbol": "A/RES/72/179"}) == "un"
    assert family_of({"kind": "report"}) == "un"
    assert family_of({"kind": "decree", "symbol": "304/2025/NĐ-CP"}) == "legal"
    assert family_of({"kind": "fact-sheet"}) == "news"


def test_a_corrected_gold_file_is_preferred_and_a_bad_one_is_named(tmp_path: Path) -> None:
    originals, corrections = tmp_path / "gold", tmp_path / "corrections"
    originals.mkdir()
    corrections.mkdir()
    (originals / "a.json").write_text(json.dumps(resolution(citations={"must": ["A/RES/1/2"]})), encoding="utf-8")
    fixed = resolution(citations={"must": ["A/RES/1/3"]}, correction="the text cites 1/3, not 1/2")
    (corrections / "a.json").write_text(json.dumps(fixed), encoding="utf-8")
    (originals / "b.json").write_text("{not json", encoding="utf-8")
    golds, problems = load_gold(originals, corrections)
    assert [g.name for g in golds] == ["a"] and golds[0].corrected
    assert golds[0].section("citations")["must"] == ["A/RES/1/3"]
    assert len(problems) == 1 and "b.json" in problems[0]


def test_a_copy_without_a_correction_note_is_not_a_correction(tmp_path: Path) -> None:
    originals, corrections = tmp_path / "gold", tmp_path / "corrections"
    originals.mkdir()
    corrections.mkdir()
    (originals / "a.json").write_text(json.dumps(resolution(citations={"must": ["A/RES/1/2"]})), encoding="utf-8")
    (corrections / "a.json").write_text(json.dumps(resolution(citations={"must": []})), encoding="utf-8")
    golds, _ = load_gold(originals, corrections)
    assert not golds[0].corrected


def test_family_means_average_the_documents_where_defined_and_json_lists_missed_and_extra() -> None:
    first = gold(resolution(citations={"must": ["A/RES/1/2", "A/RES/1/3"]}), "first")
    second = gold(resolution(citations={"must": ["A/RES/1/4"]}), "second")
    built = {
        "first.txt": DocumentFacts("first.txt", citations=[Citation("A/RES/1/2"), Citation("A/RES/9/9")]),
        "second.txt": DocumentFacts("second.txt", citations=[Citation("A/RES/1/4")]),
    }
    evaluation = score([first, second], built)
    means = {(s.family, s.fact_type): s for s in family_scores(evaluation.documents)}
    assert means["un", "citations"].recall == pytest.approx(0.75)
    assert means["un", "citations"].precision == pytest.approx(0.75)
    assert means["legal", "citations"].recall is None
    report = to_json(evaluation)
    first_citations = report["documents"][0]["fact_types"]["citations"]
    assert first_citations["missed"] == ["A/RES/1/3"] and first_citations["extra"] == ["A/RES/9/9"]
    assert set(report["documents"][0]["fact_types"]) == set(FACT_TYPES)
    table = format_tables(evaluation)
    assert "UN documents" in table and "first" in table


def test_rows_of_the_contract_queries_are_gathered_by_source_file() -> None:
    doc, actor = "https://w3id.org/policy-kg/id/x/en", "https://w3id.org/policy-kg/id/un-body/sg"
    rows = {
        "documents": [{"doc": doc, "source": "corpus/x.txt", "kind": "resolution", "issuer": actor}],
        "actors": [{"actor": actor, "kind": "un-body", "name": "Secretary-General", "label": "Secretary-General"}],
        "mentions": [{"entity": actor, "doc": doc, "quote": "the Secretary-General"}],
        "commitments": [
            {"doc": doc, "commitment": "c1", "section": "operative", "paragraph": "3", "action": "requests",
             "force": "directive", "addressee": actor, "text": "Requests the Secretary-General"},
            {"doc": doc, "commitment": "c1", "section": "operative", "paragraph": "3", "action": "requests",
             "force": "directive", "addressee": actor, "deadline": "2030", "text": "Requests the Secretary-General"},
        ],
    }  # fmt: skip
    facts = facts_from_rows(rows)["x.txt"]
    assert facts.issuer[0] == "Secretary-General"
    assert facts.actors[0].labels[0] == "the Secretary-General"
    assert len(facts.commitments) == 1 and facts.commitments[0].deadlines == ["2030"]


def test_a_post_s_organisation_is_known_by_every_name_the_build_gives_it() -> None:
    """Before, only an English name counted: a body minted from a French text had none, and no gold post
    written with its body ("President of Emmaüs France") matched."""
    doc, body = "https://w3id.org/policy-kg/id/x/fr", "https://w3id.org/policy-kg/id/organization/emmaus-france"
    rows = {
        "documents": [{"doc": doc, "source": "corpus/x.txt", "kind": "statement"}],
        "actors": [{"actor": body, "kind": "organization", "name": "Emmaüs France", "label": "Emmaüs France"}],
        "posts": [{"doc": doc, "name": "Thierry Kuhn", "post": "President", "organization": body}],
    }
    facts = facts_from_rows(rows)["x.txt"]
    assert "Emmaüs France" in facts.posts[0].organization
    gold_person = {"name": "Thierry Kuhn", "post_en": "President of Emmaüs France"}
    scored_posts = score_document(gold(statement(actors={"persons": [gold_person]})), facts).scores["posts"]
    assert scored_posts.recall == 1


def test_one_built_event_stands_for_one_gold_event() -> None:
    built = DocumentFacts("doc.txt", events=[Event(["Global Forum on Migration and Development"])])
    items = [
        {"en": "ninth summit meeting of the Global Forum on Migration and Development", "start": "2016-12-10"},
        {"en": "tenth summit meeting of the Global Forum on Migration and Development", "start": "2017-06-28"},
    ]
    events = scored(resolution(events={"must": items}), built, "events")
    assert events.found == 1 and len(events.missed) == 1
    assert scored(resolution(events={"must": items}), built, "event-details").missed == [
        "ninth summit meeting of the Global Forum on Migration and Development: start 2016-12-10"
    ]


def test_an_organisation_built_as_a_post_is_found_but_not_judged_as_an_organisation() -> None:
    built = DocumentFacts(
        "doc.txt", actors=[Actor("post", "Secretary-General", "SG"), Actor("un-body", "Fifth Committee")]
    )
    items = [{"en": "Secretary-General"}, {"en": "Fifth Committee"}]
    organizations = scored(resolution(actors={"organizations": items}), built, "organizations")
    assert organizations.recall == 1
    assert (organizations.correct, organizations.extra) == (1, [])


def test_an_event_is_named_by_its_mentions_where_it_has_no_label() -> None:
    doc, forum = "https://w3id.org/policy-kg/id/x/en", "https://w3id.org/policy-kg/id/forum/gfmd"
    rows = {
        "documents": [{"doc": doc, "source": "x.txt"}],
        "events": [{"event": forum, "doc": doc, "kind": "forum"}],
        "mentions": [{"entity": forum, "doc": doc, "quote": "Global Forum on Migration and Development"}],
    }
    assert facts_from_rows(rows)["x.txt"].events[0].names == ["Global Forum on Migration and Development"]


def test_a_symbol_named_in_an_acceptable_instrument_is_no_extra() -> None:
    built = DocumentFacts("doc.txt", citations=[Citation("XIII/15"), Citation("E/RES/2017/8")])
    gold_citations = {
        "must": [],
        "named_may": [{"en": "CBD COP decision XIII/15"}, {"en": "FAO Conference resolution 8/2017"}],
    }
    citations = scored(resolution(citations=gold_citations), built, "citations")
    assert citations.extra == ["E/RES/2017/8"]


def test_a_counted_unit_may_stand_in_the_measure_but_all_its_words_must() -> None:
    built = DocumentFacts(
        "doc.txt", figures=[Figure("300", measure="refugee officers"), Figure("150", measure="offices")]
    )
    items = [{"value": 300, "unit": "officers"}, {"value": 150, "unit": "local offices"}]
    details = scored(statement(statistics={"must": items}), built, "figure-details")
    assert details.missed == ["150: unit local offices"]


def test_a_citation_date_is_judged_strictly() -> None:
    built = DocumentFacts(
        "doc.txt", citations=[Citation("A/RES/70/1", date="2015-09-25"), Citation("A/RES/56/183", date="2001-12-12")]
    )
    dated = [{"symbol": "A/RES/70/1", "date": "2015-09-25"}, {"symbol": "A/RES/56/183", "date": "2001-12-21"}]
    dates = scored(resolution(citations={"dated": dated}), built, "citation-dates")
    assert dates.missed == ["A/RES/56/183 2001-12-21 (built 2001-12-12)"]
    assert dates.precision == 0.5


def test_the_issuer_of_a_quoted_commitment_is_the_gold_actor_by_name_or_code() -> None:
    built = DocumentFacts(
        "doc.txt",
        commitments=[
            Commitment(issuer=["Moroccan Organization for Human Rights", "OMDH"], text="يطالب المؤتمر بالتسريع"),
            Commitment(issuer=["Government of Morocco"], text="تدعو الحكومة"),
        ],
    )
    must = [
        {"actor": "OMDH", "quote": "يطالب المؤتمر بالتسريع"},
        {"actor": "OMDH", "quote": "تدعو الحكومة"},
        {"actor": "OMDH", "quote": "a quote the build lacks"},
    ]
    issuers = scored(statement(commitments={"must": must}), built, "issuers")
    assert (issuers.gold, issuers.found) == (2, 1)
    assert issuers.missed == ["'تدعو الحكومة': OMDH (built Government of Morocco)"]


def test_an_actor_the_gold_names_by_code_is_found_by_the_labels_of_its_organisation() -> None:
    """The gold may name an issuer by its acronym where the text never prints it: its own list of
    organisations gives that acronym's names."""
    built = DocumentFacts("doc.txt", commitments=[Commitment(issuer=["المنظمة المغربية لحقوق الإنسان"], text="تدعو")])
    facts = statement(
        commitments={"must": [{"actor": "OMDH", "quote": "تدعو"}]},
        actors={"organizations": [{"code": "OMDH", "ar": "المنظمة المغربية لحقوق الإنسان", "en": "Moroccan OHR"}]},
    )
    assert (scored(facts, built, "issuers").found, scored(facts, built, "issuers").gold) == (1, 1)
    unrelated = statement(commitments={"must": [{"actor": "OMDH", "quote": "تدعو"}]})
    assert scored(unrelated, built, "issuers").found == 0


def test_a_post_named_without_its_holder_is_found_among_the_posts() -> None:
    built = DocumentFacts(
        "doc.txt", actors=[Actor("post", "Chairman of the National Assembly", labels=["Chủ tịch Quốc hội"])]
    )
    items = [{"vi": "Chủ tịch Quốc hội", "en": "Chairman of the National Assembly"}, {"en": "Minister of Finance"}]
    assert scored(statement(actors={"posts": items}), built, "posts").missed == ["post Minister of Finance"]


def test_a_post_the_gold_writes_with_its_body_is_the_built_head_with_that_body_or_none() -> None:
    persons = [
        {"name": "Thierry Kuhn", "post_en": "President of Emmaüs France"},
        {"name": "Miguel Cardona", "post_en": "Secretary of Education"},
        {"name": "Ana Ruiz", "post_en": "Director of the Red Cross"},
        {"name": "Li Wei", "post_en": "Presidential envoy"},
    ]
    built = DocumentFacts(
        "doc.txt",
        posts=[
            Post("Thierry Kuhn", "President", ["Emmaüs France"]),
            Post("Miguel Cardona", "Secretary"),
            Post("Ana Ruiz", "Director", ["World Bank"]),
            Post("Li Wei", "President"),
        ],
    )
    posts = scored(statement(actors={"persons": persons}), built, "posts")
    assert posts.missed == ["Ana Ruiz: Director of the Red Cross", "Li Wei: Presidential envoy"]


def test_a_post_the_gold_writes_with_its_state_and_body_is_the_head_in_that_body() -> None:
    """Before: "Ambassador of Costa Rica to the UN" was compared whole with the body "UN", "comisionado del INM"
    was cut after "de" ("l INM"), a post joined to its body by position ("رئيسة الفيدرالية") was never one, and
    a post written with its article ("una responsable") was never the post."""
    persons = [
        {"name": "Eduardo Ulibarri", "post_en": "Ambassador of Costa Rica to the UN"},
        {"name": "Ardelio Vargas", "post_es": "comisionado del INM"},
        {"name": "نصيرة ديتور", "post_ar": "رئيسة الفيدرالية الأورومتوسطية"},
        {"name": "Ana Ruiz", "post_en": "Ambassador of Chile to the OAS"},
        {"name": "Li Wei", "post_en": "Secretary General"},
        {"name": "Anna Macdonald", "post_es": "una responsable de Oxfam"},
    ]
    built = DocumentFacts(
        "doc.txt",
        posts=[
            Post("Eduardo Ulibarri", "Ambassador", ["United Nations", "UN"], "embajador"),
            Post("Ardelio Vargas", "Commissioner", ["INM"], "comisionado"),
            Post("نصيرة ديتور", "President", ["الفيدرالية الأورومتوسطية"], "رئيسة"),
            Post("Ana Ruiz", "Ambassador", ["United Nations", "UN"]),
            Post("Li Wei", "Secretary"),
            Post("Anna Macdonald", "Official", ["Oxfam"], "responsable"),
        ],
    )
    posts = scored(statement(actors={"persons": persons}), built, "posts")
    assert posts.missed == ["Ana Ruiz: Ambassador of Chile to the OAS", "Li Wei: Secretary General"]


def test_a_post_is_also_found_as_the_text_writes_it() -> None:
    """The gold gives "генеральный директор компании Lockheed Martin Canada" (and "CEO, ..."), the build names the
    post "Director-General" in English: before, the post as written was never compared."""
    persons = [
        {"name": "Лорейн Бен", "post_ru": "генеральный директор компании Lockheed Martin Canada", "post_en": "CEO"},
        {"name": "Марк Пэрент", "post_ru": "генеральный директор CAE Inc.", "post_en": "CEO, CAE Inc."},
    ]
    written = "генеральный директор компании Lockheed Martin Canada"
    built = DocumentFacts(
        "doc.txt",
        posts=[
            Post("Лорейн Бен", "Director-General", ["Lockheed Martin Canada"], written),
            Post("Марк Пэрент", "Director-General", ["CAE Inc."]),
        ],
    )
    posts = scored(statement(actors={"persons": persons}), built, "posts")
    assert posts.missed == ["Марк Пэрент: CEO, CAE Inc."]


def test_a_person_is_also_known_by_the_name_the_gold_gives_in_the_text_s_script() -> None:
    """ "name_ru": "Дуган, Дэвид Майкл" (as a Russian list writes it) was never compared: the person built under
    that name was extra and the post held under it missed."""
    persons = [
        {"name": "David Michael Doogan", "name_ru": "Дуган, Дэвид Майкл", "post_ru": "депутат Палаты общин"},
    ]
    built = DocumentFacts("doc.txt", posts=[Post("Дуган, Дэвид Майкл", "депутат Палаты общин")])
    gold = statement(actors={"persons": persons})
    assert scored(gold, built, "posts").missed == []
    assert scored(gold, built, "persons").extra == []
