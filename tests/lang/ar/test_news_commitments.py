"""Arabic news: commitments (pledges, calls, requests and tasks) with their issuers, addressees and deadlines."""

from __future__ import annotations

from decimal import Decimal

from helpers import build_news, resolved_key


def test_arabic_future_prefix_with_its_subject_before_it() -> None:
    """ "أن المملكة العربية السعودية ستقدم" and "المملكة تلتزم" (a nominal sentence) were no commitments;
    "بالمملكة" was no mention of the home state."""
    text = (
        "عنوان\n\nنيويورك 24 سبتمبر 2024 (واس) - أعلن وزير الخارجية أن المملكة العربية السعودية ستقدم 500 مليون "
        "دولار لدعم البرامج الإنسانية. وأكد أن المملكة تلتزم بتنفيذ أهداف التنمية المستدامة. "
        "وبلغت نسبة مشاركة المرأة في سوق العمل بالمملكة 35.5%.\n"
    )
    extraction = build_news(text, "ar")
    assert [(c.action, resolved_key(c.issuer, "ar")) for c in extraction.commitments if c.issuer] == [
        ("will", "SAU"),
        ("commits", "SAU"),
    ]
    home = [
        m for m in extraction.mentions if m.kind == "state" and m.text == "المملكة" and text[m.span.start - 1] == "ب"
    ]
    assert home and home[0].key == "SAU"


def test_arabic_call_of_a_minister_named_earlier_on_the_international_community() -> None:
    """ "ودعا الوزير المجتمع الدولي إلى الوفاء" was no commitment; "620 ألفا" was 620."""
    text = (
        "عنوان\n\nعمان 25 أيلول (بترا) - قال وزير الداخلية مازن الفراية إن الأردن يستضيف لاجئين، منهم 620 ألفا "
        "مسجلون. ودعا الوزير المجتمع الدولي إلى الوفاء بالتزاماته.\n"
    )
    extraction = build_news(text, "ar")
    (call,) = extraction.commitments
    assert call.action == "calls-upon" and [a.name for a in call.addressees] == ["international community"]
    minister = next(p.person for p in extraction.posts if p.person.text == "مازن الفراية")
    assert call.issuer is not None and resolved_key(call.issuer, "ar") == resolved_key(minister, "ar")
    assert Decimal(620_000) in [s.value for s in extraction.statistics]


def test_arabic_cabinet_tasks_a_ministry_with_an_annual_report() -> None:
    """ "وقرر مجلس الوزراء تكليف وزارة ..." had no issuer and no cycle."""
    text = (
        "عنوان\n\nالرياض، 16 نوفمبر 2024 (واس) - وقرر مجلس الوزراء تكليف وزارة الموارد البشرية "
        "بإعداد اللائحة، ورفع تقرير سنوي إلى مجلس الوزراء.\n"
    )
    [commitment] = build_news(text, "ar").commitments
    assert commitment.issuer is not None and commitment.issuer.text == "مجلس الوزراء"
    assert [a.text for a in commitment.addressees] == ["وزارة الموارد البشرية"]
    assert commitment.cycle == "P1Y"


def test_a_body_asks_in_the_present_tense_masculine_or_feminine() -> None:
    """Before, only "طالب"/"يدعو" asked: "تطالب المنظمة" and "يطالب المؤتمر" (the present) asked nothing."""
    text = (
        "الرباط في 3 مايو 2025 - تطالب المنظمة المغربية لحقوق الإنسان الحكومة بإطلاق سراح المعتقلين. "
        "ويطالب الاتحاد المغربي للشغل وزارة الداخلية باحترام الحق في التظاهر."
    )
    asked = [
        (c.issuer.text if c.issuer else None, [a.text for a in c.addressees])
        for c in build_news(text, "ar").commitments
    ]
    assert ("المنظمة المغربية لحقوق الإنسان", ["الحكومة"]) in asked
    assert ("الاتحاد المغربي للشغل", ["وزارة الداخلية"]) in asked


def test_a_definite_head_before_another_body_is_no_name_of_it() -> None:
    """Before, "وتطالب الجمعية الحكومة" read "الجمعية الحكومة" as one body: a definite noun governs no other."""
    text = "الرباط في 3 مايو 2025 - وتطالب الجمعية الحكومة بالتدخل العاجل."
    names = [m.text for m in build_news(text, "ar").mentions]
    assert "الحكومة" in names and not any(name.startswith("الجمعية") for name in names)


_SUBJECT_LEAD = (
    "بيان\nبيان حول طرد المهاجرين\nالمكتب التنفيذي - الجمعية التونسية لحقوق الإنسان\n3 مايو 2025\n\n"
    "تابعت الجمعية الأحداث الأخيرة.\n\n"
    "وأمام هذه الأحداث فإن الجمعية التونسية لحقوق الإنسان:\n\n"
    "تستنكر هذه الاعتداءات على المهاجرين\n\n"
    "تندد بخطاب الكراهية في وسائل الإعلام\n\n"
    "تدعو السلطات الإيطالية إلى فتح تحقيق\n\n"
    "خلفية الأحداث\n\n"
    "شهدت المدينة أحداثا خطيرة منذ أسابيع."
)


def test_a_lead_in_that_ends_with_its_subject_leaves_the_verbs_to_its_items() -> None:
    """ "فإن الجمعية ...:" then "تستنكر ..." / "تندد ..." / "تدعو ...": no verb in the lead-in, so no list was read
    and only the call was found, by the prose finder."""
    commitments = build_news(_SUBJECT_LEAD, "ar").commitments
    listed = [(c.span.of(_SUBJECT_LEAD).split()[0], c.action, c.force) for c in commitments]
    assert listed == [
        ("تستنكر", "deplores", "declaratory"),
        ("تندد", "condemns", "declaratory"),
        ("تدعو", "calls-upon", "exhortatory"),
    ]
    assert all(c.issuer is not None and c.issuer.text == "الجمعية التونسية لحقوق الإنسان" for c in commitments)
    assert [a.text for a in commitments[2].addressees] == ["السلطات الإيطالية"]
    assert not commitments[0].addressees  # the lead-in's subject asks no one: it speaks


def test_a_subject_lead_in_takes_no_paragraph_without_a_verb_as_an_item() -> None:
    text = "وعليه فإن الجمعية التونسية لحقوق الإنسان:\n\nتدين القمع.\n\nشهدت المدينة أحداثا خطيرة.\n"
    assert [c.span.of(text) for c in build_news(text, "ar").commitments] == ["تدين القمع."]


def test_items_that_name_whom_they_call_upon_first() -> None:
    """ "لدعوة كل من:" then "المفوضية ... للقيام بـ...": no list was read; each item's opening actor is whom it asks."""
    text = (
        "كما تستغل الجمعية التونسية لحقوق الإنسان هذه المناسبة لدعوة كل من:\n\n"
        "المفوضية السامية للأمم المتحدة لشؤون اللاجئين للقيام بواجبها تجاه اللاجئين.\n\n"
        "مجلس الأمن إلى حماية المدنيين.\n"
    )
    commitments = build_news(text, "ar").commitments
    assert [(c.action, [resolved_key(a, "ar") for a in c.addressees]) for c in commitments] == [
        ("calls-upon", ["UNHCR"]),
        ("calls-upon", ["SC"]),
    ]


_CONGRESS = (
    "البيان العام\nالمؤتمر الوطني الرابع للجمعية الموريتانية لحقوق الطفل\n12 أبريل 2015\n\n"
    "إن المؤتمر الوطني الرابع للجمعية، واعتبارا لـ :\n\n"
    "استناد الجمعية إلى مرجعية كونية\n\n"
    "يسجل ما يلي:\n\n"
    "-1- على المستوى الدولي :\n\n"
    "يطالب بالالتزام بمبادئ القانون الدولي؛\n\n"
    "-2- على المستوى الوطني\n\n"
    "يعبر المؤتمر عن:\n\n"
    "إدانته لكل أشكال العنف ضد الأطفال؛\n\n"
    "استنكاره لتشغيل الأطفال؛\n\n"
    "قلقه من تهديد الحريات الفردية؛\n\n"
    "مطالبته بـ :\n\n"
    "المصادقة على البروتوكول الاختياري؛\n"
)


def test_a_congress_statement_s_lists_of_stances_and_demands() -> None:
    """ "يسجل ما يلي:" under numbered level headings ("-1- على المستوى الدولي :"), "يعبر المؤتمر عن:" with stances as
    verbal nouns with a pronoun ("استنكاره", "قلقه"), "مطالبته بـ :": none of these lead-ins opened a list."""
    listed = [(c.span.of(_CONGRESS).split()[0], c.action) for c in build_news(_CONGRESS, "ar").commitments]
    assert listed == [
        ("يطالب", "demands"),
        ("إدانته", "condemns"),
        ("استنكاره", "deplores"),
        ("قلقه", "expresses-concern"),
        ("المصادقة", "demands"),
    ]


def test_a_state_called_upon_as_the_state_with_its_adjective() -> None:
    """ "الدولة الجزائرية إلى ...": "the Algerian State" was no actor, so the call asked no one."""
    text = (
        "كما تستغل الجمعية التونسية لحقوق الإنسان هذه المناسبة لدعوة كل من:\n\nالدولة الجزائرية إلى حماية المهاجرين.\n"
    )
    (commitment,) = build_news(text, "ar").commitments
    assert [(a.text, a.scope) for a in commitment.addressees] == [("الدولة الجزائرية", "DZA")]


def test_members_are_counted() -> None:
    (figure,) = build_news("ويضم المجلس الوطني الجديد للجمعية 61 عضوا منتخبا.", "ar").statistics
    assert (figure.value, figure.unit) == (Decimal(61), "members")


def test_a_demand_joined_to_a_stance_asks_and_a_noted_call_does_not() -> None:
    """Before, "مع التماس أن يشمل العفو ..." and "مع دعوة الأطراف الإقليمية إلى ..." after a stance only noted or
    condemned: the demand joined to it is the item's strongest act. "يسجل بإيجابية دعوة الخطاب" notes a call."""
    text = (
        "بيان الجمعية\n\nالرباط، 3 مايو 2025 - ونستعرض أهم المواقف في ما يلي:\n\n"
        "التسجيل بإيجابية العفو عن المعتقلين، مع التماس أن يشمل العفو باقي المعتقلين.\n\n"
        "إدانة الانتهاكات بالمخيمات، مع دعوة الأطراف الإقليمية إلى تحمل مسؤوليتها.\n\n"
        "يسجل بإيجابية دعوة الخطاب إلى العدالة المجالية.\n"
    )
    listed = [c for c in build_news(text, "ar").commitments if c.span.start > text.index("في ما يلي:")]
    assert [(c.action, c.force) for c in listed] == [
        ("requests", "exhortatory"),
        ("calls-upon", "exhortatory"),
        ("notes-with-appreciation", "declaratory"),
    ]
    assert [a.text for a in listed[1].addressees] == ["الأطراف الإقليمية"]


def test_recommendations_to_the_new_leadership_direct_the_author_s_organs() -> None:
    """Before, "التوصيات للقيادة الجديدة:" addressed no one: the new leadership is the organisation's own."""
    text = (
        "بيان الجمعية\n\nالرباط، 3 مايو 2025 - التوصيات للقيادة الجديدة:\n\n"
        "تعزيز التكوين لفائدة الفروع.\n\nالتسريع بتجديد هياكل الجهات.\n"
    )
    listed = [c for c in build_news(text, "ar").commitments if c.span.start > text.index("الجديدة:")]
    assert len(listed) == 2 and {c.force for c in listed} == {"directive"}
