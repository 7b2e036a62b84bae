"""Chinese news: bodies named by a tail word, and those such a tail names no one of.

Each excerpt is composed for the test; each test's docstring names what was wrong before.
"""

from __future__ import annotations

from helpers import build_news


def _bodies(text: str) -> set[str]:
    extraction = build_news(text, "zh")
    return {m.text for m in extraction.mentions if m.kind not in ("person", "post", "place", "state")}


def test_a_group_and_a_firm_are_bodies_and_a_list_of_groups_is_two() -> None:
    """Before: "集团" and "事务所" ended no name; "甲乙集团以及丙丁集团" was one body."""
    bodies = _bodies("新华社香港4月1日电 甲乙集团以及丙丁集团表示，作为四大会计事务所之一的戊己事务所已辞职。")
    assert {"甲乙集团", "丙丁集团", "戊己事务所"} <= bodies
    assert "甲乙集团以及丙丁集团" not in bodies
    assert "作为四大会计事务所" not in bodies


def test_a_class_of_companies_is_no_body() -> None:
    """Before: "这些公司", "外国公司", "美国公司" (American companies) and "进入这家甲方公司" were bodies."""
    bodies = _bodies(
        "新华社北京4月2日电 这些公司和外国公司都必须遵守规定，美国公司也一样。官员可自由进入这家甲方公司以及宿舍。"
    )
    assert not {"这些公司", "外国公司", "美国公司"} & bodies
    assert not {b for b in bodies if b.endswith("甲方公司")}


def test_a_company_word_before_latin_words_gives_the_company_its_latin_name() -> None:
    """Before: "卫星制造公司" (a satellite maker) was the body and "Orbix" none."""
    bodies = _bodies("新华社北京4月2日电 制裁对象包括卫星制造公司Orbix Space和芯片制造商Microtek等企业。")
    assert {"Orbix Space", "Microtek"} <= bodies
    assert "卫星制造公司" not in bodies


def test_a_body_before_a_modal_is_named_from_the_state_that_opens_it() -> None:
    """Before: "司法部必须调查" named no body; "该动议表明甲国政府必须" gave "动议表明甲国政府" once found."""
    assert "司法部" in _bodies("新华社华盛顿10月15日电 他表示，司法部必须调查此事。")
    assert "意大利政府" in _bodies("新华社罗马3月19日电 议员认为，该动议表明意大利政府必须重新审视其战略。")


def test_a_situation_ending_in_ju_and_a_name_through_an_aside_are_no_bodies() -> None:
    """Before: "停止庞氏骗局" (a Ponzi scheme) was a bureau, and "中（共）国公司" gave "国公司"."""
    bodies = _bodies("新闻评论 这将停止庞氏骗局。约有200家中（共）国公司在美国上市。")
    assert not {b for b in bodies if b.endswith("骗局") or b == "国公司"}


def test_a_known_short_name_inside_a_longer_name_is_no_mention() -> None:
    """Before: "四大会计事务所" held "大会", read as the General Assembly."""
    extraction = build_news("新华社香港4月1日电 四大会计事务所纷纷辞职。", "zh")
    assert "GA" not in {m.key for m in extraction.mentions}


def test_a_dotted_foreign_name_with_no_post_before_it_is_a_person() -> None:
    """Before: "港口工人法比奥·博辛告诉记者" (a port worker, no post) named no person; the name must not take
    the worker ("工人") nor run on past its last part ("乔·拜登 | 边境危机")."""
    extraction = build_news("新华社罗马10月15日电 港口工人法比奥·博辛告诉记者，乔·拜登边境危机仍在继续。", "zh")
    persons = {m.text for m in extraction.mentions if m.kind == "person"}
    assert persons == {"法比奥·博辛", "乔·拜登"}


def test_a_known_body_that_ends_a_longer_name_stays_a_mention() -> None:
    """ "因此亟需北大西洋公约组织": the known body ends the name read back from the tail; dropping it made
    "亟需北大西洋公约" an instrument."""
    extraction = build_news("新华社罗马3月19日电 因此亟需北大西洋公约组织加强关注。", "zh")
    assert "NATO" in {m.key for m in extraction.mentions}
    assert not [m for m in extraction.mentions if m.text.endswith("公约")]


def test_a_latin_name_before_the_word_for_a_company_is_the_company() -> None:
    """Before: "Examplebook 公司" named no body; an acronym that describes a class ("AI公司") must stay none."""
    bodies = _bodies("州检察长表示，Examplebook 公司是问题的推动者。据报道，Fooba集团宣布裁员。美国AI公司正在扩张。")
    assert {"Examplebook", "Fooba"} <= bodies
    assert not any(body.startswith("AI") for body in bodies)
