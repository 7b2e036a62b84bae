"""What the builders know of Chinese."""

from __future__ import annotations

from decimal import Decimal

from kg.lang.base import LanguagePack, after_subjects, with_adverbs

# --- numbers and figures ------------------------------------------------------

DECIMAL_MARKS = "."
GROUP_MARKS = ",，"
SCALE_WORDS: dict[str, Decimal] = {
    "千": Decimal(10**3),
    "万": Decimal(10**4),
    "百万": Decimal(10**6),
    "千万": Decimal(10**7),
    "亿": Decimal(10**8),
    "万亿": Decimal(10**12),
}
QUALIFIERS: dict[str, str] = {
    "超过": "more-than",
    "逾": "more-than",
    "多于": "more-than",
    "不到": "less-than",
    "少于": "less-than",
    "近": "about",
    "约": "about",
    "大约": "about",
    # "约有500名" (there are about 500): the qualifier with the verb of being before the number
    "约有": "about",
    "大约有": "about",
    "将近": "about",
    "至少": "at-least",
    "最多": "at-most",
    "估计": "about",
    "估计下降": "about",
    "估计增长": "about",
    "估计增加": "about",
    "估计减少": "about",
    "估计有": "about",
    "约合": "about",
}
UNITS: dict[str, str] = {
    "%": "percent",
    "％": "percent",
    "美元": "USD",
    "元": "CNY",
    "百分之": "percent",
    "元人民币": "CNY",
    "欧元": "EUR",
    "港元": "HKD",
    "日元": "JPY",
    "人": "persons",
    "名": "persons",
    "吨": "tonnes",
}

# --- dates --------------------------------------------------------------------

# Chinese dates are written 2018年12月19日; kg.text.dates reads them through EXTRA["date_marks"].
MONTHS: dict[str, int] = {
    "一月": 1, "二月": 2, "三月": 3, "四月": 4, "五月": 5, "六月": 6, "七月": 7, "八月": 8, "九月": 9,
    "十月": 10, "十一月": 11, "十二月": 12,
}  # fmt: skip

# --- commitments --------------------------------------------------------------


def _with_adverbs(verbs: dict[str, str], adverbs: tuple[str, ...]) -> dict[str, str]:
    """Every verb also with the adverbs Chinese UN texts put before it ("又请", "还鼓励", "再次确认")."""
    forms = dict(verbs)
    for verb, action in verbs.items():
        forms.update({adverb + verb: action for adverb in adverbs})
    return forms


_ADVERBS = ("又", "还", "并", "也", "再次", "进一步", "强烈", "因此", "在这方面")
OPERATIVE_VERBS: dict[str, str] = _with_adverbs(
    {
        "确认": "recognizes", "认识到": "recognizes", "承认": "acknowledges", "欢迎": "welcomes",
        "重申": "reaffirms", "申明": "affirms", "注意到": "notes", "表示注意到": "takes-note",
        "关切地注意到": "notes-with-concern", "赞赏地注意到": "notes-with-appreciation",
        "满意地注意到": "notes-with-satisfaction", "回顾": "recalls", "强调": "stresses",
        "着重指出": "underlines",
        "突出强调": "highlights", "再次申明": "reiterates", "表示": "expresses",
        "表示关切": "expresses-concern",
        "表示赞赏": "expresses-appreciation", "赞扬": "commends", "赞赏": "appreciates", "遗憾": "regrets",
        "痛惜": "deplores", "谴责": "condemns", "认为": "considers", "相信": "believes",
        "深信": "is-convinced",
        "关切": "is-concerned", "意识到": "is-aware", "期待": "looks-forward", "打算": "intends",
        "鼓励": "encourages", "敦促": "urges", "促请": "calls-upon", "吁请": "calls-upon",
        "呼吁": "calls-for",
        "邀请": "invites", "提请": "draws-attention", "请": "requests", "建议": "recommends",
        "支持": "supports", "要求": "demands",
        "责成": "directs", "指示": "instructs", "决定": "decides", "核可": "endorses", "赞同": "endorses",
        "批准": "approves", "通过": "adopts", "授权": "authorizes", "宣布": "proclaims", "宣告": "declares",
        "指定": "designates", "设立": "establishes", "决心": "resolves", "承诺": "commits",
    },
    _ADVERBS,
)  # fmt: skip
PREAMBULAR_PHRASES: dict[str, str] = {
    # the Security Council invokes the Charter, its verb last: "根据《联合国宪章》第七章采取行动"
    "根据《联合国宪章》第七章": "acts-under", "根据联合国宪章第七章": "acts-under",
    "回顾": "recalls", "又回顾": "recalls", "还回顾": "recalls", "重申": "reaffirms", "又重申": "reaffirms",
    "确认": "recognizes", "又确认": "recognizes", "认识到": "recognizes", "注意到": "notes",
    "又注意到": "notes",
    "表示注意到": "takes-note", "欢迎": "welcomes", "又欢迎": "welcomes", "强调": "stresses",
    "又强调": "stresses",
    "深信": "is-convinced", "意识到": "is-aware", "关切": "is-concerned", "深为关切": "is-concerned",
    "铭记": "bears-in-mind", "又铭记": "bears-in-mind", "遵循": "is-guided-by", "决心": "is-determined",
    "关切地注意到": "notes-with-concern", "赞赏地注意到": "notes-with-appreciation", "考虑到": "considers",
    "审议了": "considers", "申明": "affirms", "承认": "acknowledges",
}  # fmt: skip
# "中方愿在未来三年向老方提供": a body is willing to (not "愿景", a vision); a commitment only where an actor
# stands right before it (extra["subject_bound_pledges"]).
_WILLING: dict[str, str] = {"愿意": "intends", "愿在": "intends", "愿同": "intends", "愿与": "intends"}
# "美国政府宣布对21家实体实施制裁": a government announcing a measure against someone takes it; a decision only
# where the body stands right before (extra["subject_bound_pledges"]): "宣布" alone announces news too.
_MEASURES_ANNOUNCED: dict[str, str] = {
    "宣布对": "decides", "宣布制裁": "decides", "宣布冻结": "decides", "宣布禁止": "decides", "宣布暂停": "decides",
    "宣布退出": "decides", "宣布成立": "establishes",
}  # fmt: skip
# "新州政府还停止公布……", "政府……，暂停了每日召开的发布会": a government halting or starting a practice decides it;
# only where the body is the subject ("停止" alone stops anything).
_MEASURES_TAKEN: dict[str, str] = _with_adverbs(
    {"暂停了": "decides", "停止了": "decides", "停止公布": "decides", "停止发布": "decides", "启动了": "decides"},
    ("还", "也", "已", "已经", "并"),
)
# "欧洲工会联合会表示担心", "该专员警告说，…": a speaker's worry or warning is its stance, as "is concerned" is in
# English; only where the speaker stands right before (extra["subject_bound_pledges"]): "担心" alone is a noun too.
_CONCERNED: dict[str, str] = {
    **dict.fromkeys((f"{adverb}{verb}" for adverb in ("深表", "表示", "再次表示")
                     for verb in ("担心", "担忧", "关切")), "expresses-concern"),
    "警告说": "expresses-concern", "警告称": "expresses-concern", "发出警告": "expresses-concern",
}  # fmt: skip
# a body's target, and an agreement it signs, told of it ("目标是吸引...", "已经与越南签署了一项协议")
_AGREED: dict[str, str] = {
    "目标是": "intends",
    **dict.fromkeys(
        (
            f"{verb}{of}{noun}"
            for verb in ("签署", "签订")
            for of in ("了一项", "了", "一项", "")
            for noun in ("协议", "协定")
        ),
        "commits",
    ),
}

PLEDGE_PHRASES: dict[str, str] = {
    **_AGREED,
    "我们承诺": "commits",
    "承诺": "commits",
    "致力于": "commits",
    "我们打算": "intends",
    "决心": "commits",
    # news and government texts: a body decides or will act, maybe with an adverb ("已决定", "执意决定", "也将"),
    # or says it will ("表示，将", "宣布将"); a body leads or answers for a task
    **_with_adverbs({"决定": "decides"}, ("已", "已经", "正式", "一致", "最终", "执意", "随即", "再次")),
    **_with_adverbs({"将": "will", "将会": "will"}, ("也", "还", "并", "随即")),
    **{f"{said}{comma}将": "will" for said in ("表示", "宣布", "称") for comma in ("", "，", ",")},
    **_WILLING,
    **_MEASURES_ANNOUNCED,
    **_MEASURES_TAKEN,
    **_CONCERNED,
    "计划": "intends",
    "牵头": "tasks",
    "负责": "tasks",
    "主要负责": "tasks",
}

# --- persons and organisations -------------------------------------------------

HONORIFICS: tuple[str, ...] = ("先生", "女士", "阁下", "博士")
POSTS: dict[str, str] = {
    "报告员": "Rapporteur", "特别报告员": "Special Rapporteur", "主席": "Chair", "副主席": "Vice-Chair",
    "共同主席": "Co-Chair", "秘书长": "Secretary-General", "常务副秘书长": "Deputy Secretary-General",
    "副秘书长": "Under-Secretary-General", "常驻代表": "Permanent Representative",
    "特别代表": "Special Representative",
    "高级专员": "High Commissioner", "执行主任": "Executive Director", "总干事": "Director-General",
    "署长": "Administrator", "协调人": "Facilitator", "主任": "Director",
    # posts of governments, as news names them
    "国家主席": "President", "总统": "President", "国务院总理": "Premier", "总理": "Prime Minister",
    "副总理": "Vice Premier", "外长": "Minister for Foreign Affairs", "部长": "Minister", "副部长": "Deputy Minister",
    "大使": "Ambassador", "发言人": "Spokesperson", "副发言人": "Deputy Spokesperson", "专员": "Commissioner",
    "特使": "Special Envoy", "省长": "Governor", "市长": "Mayor",
    "负责人": "Head",
    # posts of other countries' governments and of firms, as Chinese news names them
    "总检察长": "Attorney General", "检察长": "Prosecutor General", "州长": "Governor", "国务卿": "Secretary of State",
    "首相": "Prime Minister", "外相": "Minister for Foreign Affairs", "议长": "Speaker", "总裁": "President",
    "首席执行官": "Chief Executive Officer", "董事长": "Chair", "总经理": "General Manager", "副总裁": "Vice President",
    "高级副总裁": "Senior Vice President",
    # the holder of the same post in another state, named after it ("佩恩和她的越南同行范平明")
    "同行": "Counterpart",
}  # fmt: skip
ORGANIZATION_HEADS: dict[str, str] = {}


_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
           "九": 9}  # fmt: skip


def parse_ordinal(text: str) -> int | None:
    """The number of an ordinal in Chinese numerals or digits ("第七十三", "七十三", "第73"), or None.

    >>> parse_ordinal("第七十三"), parse_ordinal("第二十一"), parse_ordinal("十"), parse_ordinal("第73")
    (73, 21, 10, 73)
    >>> parse_ordinal("届会") is None
    True
    """
    numeral = text.strip().removeprefix("第")
    if numeral.isascii() and numeral.isdigit():
        return int(numeral) or None
    if not numeral or any(char not in _DIGITS and char not in "十百" for char in numeral):
        return None
    total, digit = 0, 0
    for char in numeral:
        if char in _DIGITS:
            digit = _DIGITS[char]
        else:
            total += (digit or 1) * (10 if char == "十" else 100)
            digit = 0
    return total + digit or None


# What the UN builder reads besides the fields above; every key is documented in
# kg/builders/un/README.md ("Language data").
# --- the text of legal instruments (kg.builders.legal) --------------------------------------
# Merged into EXTRA below; every key is described in kg/lang/vi.py's list of keys.
LEGAL_INSTRUMENTS: dict[str, object] = {
    # a Chinese heading puts the type last ("国务院关于...的决定", "...条例"): read at the end of the line
    "legal_heading_types": {
        "令": "decree",
        "决定": "decision",
        "决议": "resolution",
        "条例": "decree",
        "规定": "decree",
        "办法": "decree",
        "通知": "directive",
        "法": "law",
    },
    "legal_number_marks": ("第",),
    "legal_number_tails": ("号",),
    "recital_openers": ("根据", "依据", "按照"),
    "enacting_formulas": ("决定：", "现决定：", "决定如下：", "现决定如下：", "规定如下："),
    "article_words": ("第",),
    "article_tails": ("条",),
    "article_ordinals": {},
    "article_actions": {"批准": "approves", "通过": "adopts", "设立": "establishes", "废止": "decides"},
    "entry_into_force_phrases": ("起施行", "施行", "起生效", "生效"),
    "signing_day_phrases": ("自公布之日起", "自发布之日起", "自印发之日起", "自签署之日起"),
    # it takes effect on a day the text does not give: its publication, which may be later than its date;
    # these win over signing_day_phrases (kg.builders.legal.in_force)
    "publication_day_phrases": ("自公布之日起", "自发布之日起"),
    "on_behalf_marks": ("代",),
    "adoption_date_phrases": (),
    "closing_cues": (),
}  # fmt: skip


# 宣言发言者在各段中所做的（“我们确认……”），每个动词开启一句：发言者的承诺，其力度即其行动的力度。
DECLARATION_VERBS: dict[str, str] = with_adverbs(
    {
        "我们确认": "recognizes", "我们认识到": "recognizes", "我们重申": "reaffirms", "我们表示注意到": "takes-note",
        "我们申明": "affirms", "我们注意到": "notes", "我们强调": "stresses", "我们着重指出": "underlines",
        "我们欢迎": "welcomes", "我们赞扬": "commends", "我们鼓励": "encourages", "我们敦促": "urges",
        "我们促请": "urges", "我们吁请": "calls-upon", "我们呼吁": "calls-upon", "我们建议": "recommends",
        "我们支持": "supports", "我们表示": "expresses", "我们宣布": "declares", "我们谴责": "condemns",
        "我们决心": "resolves", "我们决定": "decides", "我们邀请": "invites", "我们请": "requests",
        "我们回顾": "recalls", "我们通过": "adopts", "我们核可": "endorses", "我们齐聚": "meets",
        "我们寻求": "seeks",
    },
    inside=("还", "又", "再次", "因此", "坚决"),
    separator="",
)  # fmt: skip

# A readout names the participants of a meeting or a call, then tells what they did together under a collective
# subject ("双方同意加强合作", "两国领导人重申..."): every participant's stance, with how many parties the subject
# names (all of these: two).
JOINT_SUBJECTS: dict[str, int] = dict.fromkeys(
    ("双方", "两国", "两国领导人", "两位领导人", "两国元首", "两国外长", "两国总统", "两国政府"), 2
)
_READOUT_VERBS: dict[str, str] = {
    "同意": "commits", "一致同意": "commits", "商定": "commits", "承诺": "commits", "一致认为": "affirms",
    "重申": "reaffirms", "讨论了": "considers", "讨论": "considers", "就": "considers", "强调": "emphasizes",
    "欢迎": "welcomes", "谴责": "condemns", "表示": "expresses",
}  # fmt: skip
READOUT_PHRASES: dict[str, str] = after_subjects(
    JOINT_SUBJECTS, with_adverbs(_READOUT_VERBS, before=("还", "也", "均"), separator=""), separator=""
)

EXTRA: dict[str, object] = {
    **LEGAL_INSTRUMENTS,
    # A news agency's dateline: agency ("新华社", "中新社", "本报"), place, day, "电" (wired); the
    # place is the first group.
    # "新华社北京3月5日电", "人民日报北京12月2日电", "人民网北京12月2日电": an agency, a paper or a site
    "dateline_patterns": (
        r"^[ \t]*(?:[\u4e00-\u9fff]{1,5}(?:社|日报|网)|本报)([\u4e00-\u9fff]{2,8}?)\d{1,2}月\d{1,2}日电",
    ),
    # How often a commitment recurs, as ISO 8601 durations ("report annually").
    "cycle_words": {
        "每年": "P1Y",
        "每两年": "P2Y",
        "每二年": "P2Y",
        "每三年": "P3Y",
        "每四年": "P4Y",
        "每五年": "P5Y",
        # "四年期" only before "报告": "四年期全面政策审查" is a name
        "两年期报告": "P2Y",
        "三年期报告": "P3Y",
        "四年期报告": "P4Y",
    },
    # news and government texts (kg.readers.segment, kg.finders, kg.builders.news); keys declared in kg/lang/schema.py
    "furniture_cues": (
        "相关新闻", "相关阅读", "相关文章", "延伸阅读", "热门文章", "最新新闻", "推荐阅读", "标签", "分享",
    ),
    "home_cues": ("首页",),
    "source_cues": ("来源：", "来源:"),
    # words that open the line of a page's author or editor box, no fact of the text (kg.finders.text)
    "editor_line_cues": ("作者：", "作者:", "编辑：", "编辑:", "责任编辑：", "责任编辑:", "整理/编辑：",
                         "撰稿：", "撰稿:", "翻译：", "校对：",
                         # a reposting team's credits: who translated, compiled, published ("翻译/整理： …")
                         "翻译/整理：", "翻译/整理:", "整理：", "发布：", "编辑/发布：", "责任编辑/发布：", "文编：",
                         "校对/发稿：", "终审："),
    # words that open a link to where the page was first published: the line is a credit (kg.finders.text)
    "repost_link_cues": ("轉載自", "转载自", "转自", "原文链接", "阅读原文"),
    # the number of a document of the State Council or a ministry: "国发〔2024〕18号", "人社部发[2023]5号"
    "instrument_number": r"[\u4e00-\u9fff]{1,6}[〔\[［]\d{4}[〕\]］]\d{1,4}号",
    # A convention a body numbers, cited by that number ("ILO Convention No. 190"), and the verbs by which
    # a person or a post signs the instrument named next (kg.finders.instruments; see kg/lang/schema.py).
    "convention_words": (),
    "convention_suffixes": ("号公约",),
    "signing_verbs": (),
    "date_order": "ymd",
    "date_marks": ("年", "月", "日"),
    "date_range_openers": (),
    "date_range_connectors": ("至", "到", "-", "–", "和"),
    "year_words_before": ("到", "至", "在"),
    "year_words_after": ("年",),
    "session_words": ("届会议", "届会"),
    "ordinal_side": "before",
    "agenda_words": ("议程项目", "临时议程*项目"),  # a report's: "临时议程*项目19(a)", the footnote mark inside
    # words for "decision" before its number ("its decision 68/548"): A/DEC/68/548, and the end of a list of resolutions
    "decision_words": (),
    "resolution_words": ("决议",),
    "resolution_suffixes": ("号决议",),
    "section_letters": {},
    "annex_words": ("附件",),
    "objective_words": ("目标",),
    "plenary_meeting": r"第\s*(\d+)\s*次全体会议",
    # A meeting of a body without plenary meetings, alone on its line: the Human Rights Council's closing.
    "meeting_line": r"第\s*(\d+)\s*次会议",
    # A decision's masthead ("Decision adopted by the General Assembly on ...").
    "adopted_decision_phrases": ("通过的决定",),
    # A decision told in the past ("the General Assembly ... decided to ..."), and the requests it makes.
    "decided_phrases": {"决定": "decides"},
    "decided_verbs": {"注意到": "takes-note", "并请": "requests", "请": "requests", "邀请": "invites", "敦促": "urges",
                       "鼓励": "encourages", "吁请": "calls-upon"},
    # The mark before a letter's signer, whose posts follow on the next lines.
    "signed_marks": ("（签名）", "(签名)"),
    # A draft a committee adopted, its symbol next: "委员会通过了决议草案A/C.2/72/L.66".
    "draft_adopted": r"通过了?(?:决议|决定)草案",
    # Meetings named by number, and the name of one ("{}" its number): "第20和第28次会议", "第22至第24次会议".
    "meeting_number": r"第\s*\d+(?:\s*[、和及至到]\s*第?\s*\d+)*\s*次(?:全体)?会议",
    "meeting_noun": "第{}次会议",
    "meeting_range_words": ("至", "到"),
    # Verbs that, opening a sentence of a report with no subject, are its author's recommendations: "鼓励会员国…".
    "passive_openers": {
        f"{adverb}{verb}": action
        for adverb in ("", "还", "又", "也", "强烈")
        for verb, action in (("鼓励", "encourages"), ("促请", "calls-upon"), ("吁请", "calls-upon"), ("敦促", "urges"),
                             ("建议", "recommends"), ("邀请", "invites"))
    },
    # A vote's tally, whose numbers are no statistics: "以124票对49票、1票弃权通过".
    # 数字表格：给每行数字以单位的列标题，以及合计行。
    "table_unit_headers": {"百分比": "percent", "比额(百分比)": "percent"},
    "table_total_words": ("共计", "合计", "总计"),
    # "32票对2票", and as news writes it, "以32票赞成，2票反对，13票弃权" ("13弃权" without its 票)
    "vote_name": "{body}表决",
    "vote_pattern": r"\d+\s*票(?:赞成)?\s*对\s*\d+\s*票(?:反对)?|\d+\s*票赞成\s*[，、,]\s*\d+\s*票反对"
    r"(?:\s*[（(][^）)]{0,30}[）)])?(?:\s*[，、,]\s*\d+\s*票?弃权)?|\d+\s*票弃权",
    "adopted_phrases": ("通过的决议", "次会议通过"),  # the Security Council: "2020年7月1日安全理事会第8750次会议通过"
    "kind_words": {
        "presidential-statement": ("安全理事会主席的声明", "安全理事会主席声明"),
        "report": ("报告",),
        "note": ("说明",),
        "letter": ("信",),
    },
    # The sponsors' line of a draft ends with these: "Argentina, Chile ...: draft resolution".
    "draft_marks": ("决议草案", "决定草案"),
    "original_labels": ("原文：", "原文:", "original:"),
    "language_names": {"英文": "en", "阿拉伯文": "ar", "中文": "zh", "西班牙文": "es", "法文": "fr",
                       "俄文": "ru", "english": "en", "french": "fr", "spanish": "es", "arabic": "ar",
                       "russian": "ru", "chinese": "zh"},
    "issuer_prefixes": (),
    "clause_boundary": r"(?:[，；,;]\s*)",
    "clause_verb_prefix": "",
    "word_boundaries": False,  # Chinese does not separate words by spaces
    # verbs between a measure and its figure ("出口额达到3.5万亿元"), qualifiers after one ("5%以上");
    # declared in kg/lang/schema.py
    "measure_verbs": ("达到", "达", "为", "增长到", "增长至", "增至", "升至", "降至", "下降到", "突破"),
    "qualifiers_after": {"以上": "at-least", "以下": "at-most", "左右": "about"},
    "year_range_links": ("至", "到"),
    "this_year_words": ("今年", "本年度"),
    "year_parts": {
        "第一季度": "Q1", "第二季度": "Q2", "第三季度": "Q3", "第四季度": "Q4", "上半年": "H1", "下半年": "H2",
    },
    "period_phrases": ("疫情发生前", "疫情前", "疫情发生后", "疫情后"),
    "that_year_words": ("到那时", "那一年", "当年"),
    "subset_words": ("其中",),
    "next_year_words": ("次年", "第二年", "一年后"),
    "counted_nouns": {
        "新移民": "persons", "移民": "persons", "难民": "persons", "劳工": "persons", "票": "votes", "弃权": "votes",
        "名额": "places", "百分点": "percentage points", "国家": "countries", "儿童": "children",
        "学生": "students", "学校": "schools", "教室": "classrooms", "教师": "teachers", "工人": "workers",
        "员工": "employees", "议员": "members of parliament", "士兵": "soldiers", "公司": "companies",
        "企业": "companies", "医院": "hospitals", "城市": "cities", "家庭": "families", "病例": "cases",
        "游客": "tourists", "船只": "ships", "飞机": "aircraft",
        # vaccination and its harms: "1.5亿剂疫苗" (doses), "412例胎儿死亡", "增加了12倍" (times)
        "剂": "doses", "剂次": "doses", "胎儿死亡": "fetal deaths", "死亡": "deaths", "倍": "times",
    },
    # measure words between a number and the noun it counts ("8 所学校", "400 多间教室", "32位议员")
    "count_classifiers": ("个", "位", "名", "所", "间", "家", "艘", "架", "座", "支", "项", "起", "例"),
    # Full-width marks read as the ASCII marks they stand for when finding paragraphs: "1．" (and
    # "１．") numbers a paragraph, "（a）" letters one, "促请所有会员国：" opens a list.
    "mark_variants": {"．": ".", "：": ":", "；": ";", "，": ",", "（": "(", "）": ")"},
    "addressee_end_markers": ("，", "在", "向", "就"),
    # what narrows a collective asked stands before it: "吁请尚未这样做的国家批准" (kg.finders.clauses)
    "addressee_relatives_before": ("的",),
    "addressee_terms": {
        # the bodies of one state a government text tasks (news): of the home state
        "各地区各部门": "all regions and departments", "各地区、各部门": "all regions and departments",
        "各有关部门": "relevant departments", "有关部门": "relevant departments",
        "各级人民政府": "people's governments at all levels",
        "会员国": "Member States", "各国": "States", "各国政府": "Governments",
        "所有利益攸关方": "all stakeholders",
        "利益攸关方": "stakeholders", "联合国系统": "United Nations system",
        "专门机构": "specialized agencies",
        "基金和方案": "funds and programmes", "民间社会": "civil society", "私营部门": "private sector",
        "国际社会": "international community",
        "所有国家": "States", "各方": "all parties", "缔约国": "States parties",
        "武装冲突各方": "parties to armed conflict",
        "各管理国": "administering Powers", "管理国": "administering Powers",
    },
    # A time limit counted from when the text takes effect: "在30日内" (kg.text.deadlines), after its unit.
    "time_limit_tails": ("内", "以内"),
    "duration_units": {"日": "D", "天": "D", "周": "W", "个月": "M", "年": "Y"},
    # the years a commitment runs over: "2019-2028年期间" (kg.finders.clauses)
    "term_period_tails": ("年期间", "年这一期间"),
    "term_period_connectors": ("-", "–", "—", "至", "到", "年至"),
    "deadline_words": ("到", "至", "在"),
    # a day and the word after it that makes it a deadline: "于2024年12月31日前" (kg.text.deadlines)
    "deadline_date_tails": ("以前", "之前", "前"),
    "deadline_date_not_tails": ("前后",),  # "2023年7月1日前后": around that day
    # a year and the word after it that makes it a deadline: "2060年前", "2025年底前"
    "deadline_tails": ("年前", "年以前", "年之前", "年底前", "年底以前",
                       # "2025年6月底前": a month's end in the year (the year is what is kept)
                       *(f"年{month}月{tail}" for month in range(1, 13) for tail in ("底前", "前", "底以前"))),
    "declaration_verbs": DECLARATION_VERBS,
    "we_pronouns": ("我们",),
    "held_words": ("举行的", "举行"),
    # words after a date before the event held on it ("on 24 September 2018, at the Nelson Mandela Peace Summit")
    # the head word of an event's name, and the kind of event it makes
    # verbs by which two persons meet or talk: the meeting is an event (kg.finders.events)
    "meeting_verbs": ("会见", "会晤", "举行会谈", "举行会晤", "通电话", "通话"),
    # a verb of signing right before the named instrument signed: an event (kg.finders.events)
    "signing_event_verbs": ("签署了", "签署", "签订了", "签订", "共同签署了", "共同签署"),
    "signing_event_name": "签署{}",
    "event_heads": {"峰会": "summit", "首脑会议": "summit", "会议": "meeting", "论坛": "forum",
                    "对话": "meeting", "届会": "session", "讲习班": "workshop", "研讨会": "workshop"},
    # verbs by which a body convenes an event, named after them and dated later ("to convene a high-level meeting")
    "convening_words": ("召开", "举行", "召开了", "举行了"),
    "indefinite_articles": (),
    "event_at_words": ("在",),
    "place_prepositions": ("在", "于"),
    "meeting_series_words": (),
    "period_words": (),
    "year_place_prepositions": ("于",),
    "list_conjunctions": ("以及", "和", "及"),
    # A body named by its kind alone stands for the document's own ("在理事会第五十六届会议上"); 委员会 is a
    # committee and a commission alike.
    "short_body_names": {"理事会": "council", "大会": "assembly", "委员会": "committee commission"},
    "per_words": ("每",),
    # numerals that number something, and ages (kg.text.numbers; declared in kg/lang/schema.py)
    "ordinal_markers": ("第",),
    # "2万5000" is 25 000: the units after the ten thousands; "130多万" is more than 1.3 million.
    "scale_units_after": ("万", "亿"),
    "scale_infixes": {"多": "more-than", "余": "more-than"},
    "age_words_after": ("岁", "周岁"),
    # numbers written in characters after a unit written before them ("百分之二十六点六")
    "prefix_units": ("百分之",),
    "numeral_characters": {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                           "八": 8, "九": 9, "十": 10, "百": 100, "千": 1000},
    "numeral_point": "点",
    # persons and their posts (kg.finders.actors); keys declared in kg/lang/schema.py. Chinese
    # writes a name right after a post, with no space (外交部长王毅表示): a family name opens it, one or
    # two characters follow, and a verb or a particle of name_stops ends it.
    "family_names": (
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
        "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
        "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚",
        "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "傅", "方", "白",
        "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺",
        "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "武", "戴", "莫", "孔", "向", "汤", "常", "温", "康",
        "施", "文", "牛", "樊", "葛", "邢", "安", "齐", "易", "乔", "伍", "庞", "颜", "倪", "庄", "聂", "章",
        "鲁", "岳", "翟", "殷", "詹", "申", "耿", "关", "兰", "焦", "俞", "左", "柳", "甘", "祝", "包", "宁",
        "尚", "符", "舒", "阮", "柯", "纪", "梅", "童", "凌", "毕", "单", "季", "裴", "霍", "涂", "成", "苗",
        "谷", "盛", "曲", "翁", "冉", "骆", "蓝", "路", "游", "辛", "靳", "管", "柴", "蒙", "鲍", "华", "喻",
        "祁", "蒲", "房", "滕", "屈", "饶", "解", "牟", "艾", "尤", "阳", "时", "穆", "农", "司", "卓", "古",
        "吉", "缪", "简", "车", "项", "连", "芦", "麦", "褚", "娄", "窦", "戚", "岑", "景", "党", "宫", "费",
        "卜", "冷", "晏", "席", "卫", "米", "柏", "宗", "瞿", "桂", "全", "佟", "应", "臧", "闵", "苟", "邬",
        "边", "卞", "姬", "师", "和", "仇", "栾", "隋", "商", "刁", "沙", "荣", "巫", "寇", "桑", "郎", "甄",
        "丛", "仲", "虞", "敖", "巩", "明", "佘", "池", "查", "麻", "苑", "迟", "邝", "习", "欧阳", "司马",
        "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯",
        # the commonest Japanese family names, as Chinese news writes them ("首相 | 田中一郎")
        "佐藤", "铃木", "高桥", "田中", "伊藤", "渡边", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐佐木",
        "山口", "松本", "井上", "木村", "斋藤", "清水", "山崎", "森田", "池田", "桥本", "阿部", "石川",
        "山下", "中岛", "石井", "小川", "前田", "冈田", "长谷川", "藤田", "后藤", "近藤", "村上", "远藤", "青木",
        "坂本", "福田", "太田", "西村", "藤井", "冈本", "松田", "中川", "中野", "原田", "小野", "竹内", "金子",
        "和田", "中山", "石田", "上田", "森本",
    ),
    # characters of transliterated foreign names (the common ones of the standard transliteration tables), over
    # which a given name before a middle dot runs back ("港口工人 | 法比奥·博辛"; kg.finders.persons)
    "transliteration_characters": tuple(
        "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波博布查达戴丹道德登迪蒂丁东杜多厄恩法凡范菲费芬丰弗福富伽盖甘冈戈格根贡古瓜哈海汉"
        "豪赫亨胡华霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉丽列林琳隆卢鲁路伦罗洛玛马迈麦曼梅门蒙米敏明摩"
        "莫姆穆纳娜奈南内尼妮涅宁纽努诺欧帕派潘佩彭皮普奇齐契乔切琼丘萨塞赛桑瑟森沙莎尚舍圣施史舒斯松苏索塔泰坦汤唐特提托瓦万威韦"
        "维温文翁沃乌伍西希夏肖谢辛休雅亚扬耶伊因英尤约泽扎詹朱兹茨岑黛娅丝尔顿逊哥佐孔缪琪"
    ),
    "name_stops": (
        "表示", "说", "称", "指出", "强调", "签署", "会见", "会晤", "出席", "主持", "宣布", "发表", "致辞",
        "介绍", "回答", "访问", "举行", "通电话", "会谈", "提出", "答问", "主持召开", "表态", "在", "于", "与",
        "和", "同", "对", "向", "就", "将", "已", "也", "还", "是", "的", "率", "应", "今天", "今日", "日前",
        "近日", "昨天", "当天", "等", "一行", "说明",
        # verbs of telling and times a news sentence goes on with ("福门蒂尼告诉媒体", "范平明上周讨论")
        "告诉", "透露", "证实", "认为", "呼吁", "警告", "写道", "上周", "本周", "此前", "随后",
        "周一", "周二", "周三", "周四", "周五", "周六", "周日",
        # adverbs a post goes on with where no name follows it ("岸田首相特别强调", "部长再次表示")
        "特别", "再次", "进一步", "一再", "同时", "随即", "首先", "亦",
        # a preposition before the body that acts ("由内阁批准")
        "由",
    ),
    "post_names_in_news": {"主席": "Chair"},
    # organisations and commitments in news (kg.finders; keys declared in kg/lang/schema.py)
    "organization_tails": {
        "部": "government-agency", "委": "government-agency", "委员会": "government-agency",
        "局": "government-agency", "总局": "government-agency", "总署": "government-agency",
        "院": "government-agency", "政府": "government-agency", "人民政府": "government-agency",
        "办公厅": "government-agency", "办公室": "government-agency", "银行": "organization",
        "协会": "organization", "联合会": "organization", "基金会": "organization", "公司": "organization",
        "集团": "organization", "事务所": "organization",
        # parliaments, parties, unions ("欧洲议会", "澳大利亚工人工会", "工党")
        "议会": "government-agency", "国会": "government-agency", "工会": "organization", "党": "organization",
        "组织": "organization", "联盟": "organization",
        # news agencies and papers ("纽约时报", "人民日报")
        "通讯社": "organization", "新闻社": "organization", "时报": "organization", "日报": "organization",
        "邮报": "organization",
    },
    "organization_tail_exceptions": (
        "干部", "全部", "内部", "外部", "局部", "总部", "东部", "西部", "南部", "北部", "中部", "格局", "大局",
        "全局", "当局", "布局", "结局", "开局", "医院", "剧院", "庭院",
        # words ending in 局 that are a situation, not a bureau ("庞氏骗局": a Ponzi scheme)
        "骗局", "僵局", "政局", "时局", "变局", "困局", "危局", "赌局", "饭局", "残局", "败局", "棋局", "出局",
        # a party the text does not name: its role, a pointer or a count ("反对党 | 农业发言人", "该党")
        "政党", "入党", "各党", "反对党", "执政党", "在野党", "该党", "本党", "我党", "全党", "两党", "多党", "一党",
    ),
    # words for a company, after which Latin words are its name ("芯片制造商Norvik"; kg.finders.actors)
    "company_words": ("公司", "制造商", "集团", "企业", "巨头", "运营商", "供应商", "开发商", "平台"),
    # a pointer, a count or a kind of owner before a tail makes a class of bodies, no name ("这些公司", "外国公司")
    "generic_body_words": ("这些", "那些", "这家", "那家", "其他", "其它", "一些", "所有", "各家", "多家", "外国",
                           "本国", "外资", "国有", "私营", "民营", "上市"),
    # tails after which one character names a body ("工党", "绿党": Labour, the Greens)
    "short_name_tails": ("党",),
    # the authorities of a state, after its name ("塞尔维亚当局"; kg.finders.actors)
    "authority_words": ("当局",),
    "name_openers": ("由", "会同", "经", "根据", "按照", "督促", "指导", "支持", "各级", "要求", "请",
                     # a body set up, or counted, is named after these ("成立 | 调查委员会", "一个 | 委员会")
                     "成立", "设立", "组建", "一个", "这个", "该",
                     # conjunctions and adverbs that open a clause ("但 | 莫里森政府", "此外 | 联邦移民部")
                     "但", "但是", "此外", "另外", "而", "而且", "并且", "同时", "因为", "如果", "虽然",
                     "只要", "只有", "即使", "尽管", "由于", "随着", "作为",
                     # a rival or a partner is named after the word for it ("竞争对手 | 英特尔公司")
                     "对手", "伙伴",
                     # a pointer opens a description, which a tail does not make a name ("这家 | 中共公司")
                     "这家", "那家", "这些", "那些",
                     # those present are listed after "的有", no qualifier of the first post ("出席的有 | 首相...")
                     "的有"),
    "name_followers": ("等", "牵头", "负责", "会同", "印发", "发布", "制定", "出台", "表示", "指出",
                       # where a body stands: what it holds or has in hand ("英特尔公司 | 手中", "字母控股 | 旗下")
                       "手中", "手里", "旗下",
                       # what a parliament, a party or a union does ("欧洲议会 | 通过决议", "联盟党 | 都支持")
                       "通过", "呼吁", "要求", "认为", "支持", "反对", "批评", "谴责", "敦促", "决定", "都", "也",
                       # or does not ("工党 | 不支持"), or must ("司法部 | 必须调查"); adverbs after a subject
                       # ("四大会计事务所 | 纷纷辞职") and the conjunction of a list ("甲集团 | 以及乙集团")
                       "不", "必须", "应当", "应该", "需要", "纷纷", "均", "仍", "正在", "再次", "一直", "以及"),
    "subject_bound_pledges": (*_WILLING, *_MEASURES_ANNOUNCED, *_MEASURES_TAKEN, *_CONCERNED),
    "standalone_organizations": {
        "各地区各部门": "regions and departments", "各地区": "regions", "各部门": "departments",
        "有关部门": "relevant departments", "各有关部门": "relevant departments",
        "中央和国家机关各部门": "central departments",
        # the cabinet of the state a text is about, as en "the Cabinet" ("该预算将由内阁批准")
        "内阁": "Cabinet",
    },
    "assigning_phrases": ("要求", "责成", "请"),
    # first-person phrases of a statement's author or a quoted speaker (kg.finders.commitments)
    "speaker_phrases": {"我决定": "decides", "我们决定": "decides", "我们将": "will", "我们会": "will",
                        "我们谴责": "condemns", "我们强烈谴责": "condemns",
                        "我们呼吁": "calls-upon", "我们要求": "demands", "我们欢迎": "welcomes", "我们敦促": "urges"},
    # what a speaker says a body must do is a call on it (kg.finders.commitments): "司法部必须调查"
    "obligation_phrases": ("必须",),
    # verbs of saying after a speaker, before what is reported ("Smith表示，…")
    "speech_verbs": ("表示", "说", "称", "指出", "强调", "认为", "写道", "宣称", "声称"),
    # a statement's lead after the one who speaks in it (kg.finders.actors.statement_author)
    "statement_lead_phrases": ("发表如下声明", "发表以下声明", "发表声明如下"),
    # the collective subject of a readout and its verb: the participants' stance (kg.finders.commitments)
    "readout_phrases": READOUT_PHRASES,
    "joint_subjects": JOINT_SUBJECTS,
    # a body named before them adopts an instrument, its vote between ("以32票赞成...通过一项决议")
    "adoption_phrases": dict.fromkeys((f"通过{of}{noun}" for of in ("", "了", "一项", "了一项", "该", "了该")
                                       for noun in ("决议", "法案", "宣言", "条约")), "adopts"),
    # pledges whose subject may be the body the sentence opens with (kg.finders.commitments)
    "opening_subject_pledges": (*_AGREED, *_MEASURES_TAKEN),
    # words before an actor a verb is done with, not its subject ("与越南签署")
    # a readout's pronoun subject: the person last named (kg.finders.commitments)
    "person_pronouns": ("他", "她"),
    "partner_markers": ("与", "同", "跟"),
    # A statement's lists of demands (kg.finders.demands): phrases of a lead-in that ends with a colon
    # ("工会呼吁：", "我们强烈要求："), with the action of items that have no verb of their own; not "要求"
    # alone, which in a government's text gives tasks ("国务院要求：" is no list of demands).
    "demand_list_leads": {"呼吁": "calls-for", "敦促": "urges", "强烈要求": "demands", "建议": "recommends",
                          "主张": "calls-for"},
    # Phrases by which one actor asks the one named right after them (news: "呼吁国际社会").
    # kinds of instrument written like names: no name alone (kg.finders.instruments)
    # a name before its head ("移民水平计划"), a work's title ("《…法》"), an instrument a body adopts or signs
    # without a name ("通过一项决议"); kg.finders.instruments
    "heads_after_names": {"计划": "plan", "规划": "plan", "战略": "strategy", "公约": "convention",
                          "协定": "agreement", "议定书": "protocol", "宣言": "declaration"},
    "instrument_name_openers": ("的", "之", "这", "该", "此", "本", "其", "各", "新", "上", "个", "项", "份", "年",
                                "和", "与", "及", "或", "在", "对", "为", "将", "了", "等", "通过", "发布", "制定",
                                "实施", "根据", "按照"),
    "title_marks": ("《", "》"),
    "title_instrument_endings": {"法": "law", "法案": "law", "条例": "decree", "规定": "decree", "办法": "decree",
                                 "决定": "decision", "公约": "convention", "协定": "agreement", "协议": "agreement",
                                 "决议": "resolution", "宣言": "declaration", "议定书": "protocol", "计划": "plan",
                                 "规划": "plan", "纲要": "plan", "战略": "strategy", "议程": "instrument",
                                 "宪章": "instrument"},
    "adoption_verbs": ("通过", "通过了", "签署", "签署了", "批准", "批准了"),
    "adoption_fillers": ("一项", "一份", "一个"),
    "adopted_instrument_heads": {"决议": "resolution", "协议": "agreement", "协定": "agreement"},
    "generic_instrument_names": ("谅解备忘录", "合作备忘录", "联合声明"),
    "requesting_phrases": {"呼吁": "calls-upon", "敦促": "urges", "希望": "invites"},
    "cooperation_phrases": ("会同", "配合", "联合"),
    "reporting_phrases": ("报告", "汇报", "报送"),
    "recipient_markers": ("向",),
    # news (declared in kg/lang/schema.py)
    "national_addressees": ("all regions and departments", "relevant departments",
                            "people's governments at all levels"),
    "news_agencies": {"新华社": "CHN", "人民日报": "CHN", "人民网": "CHN", "新华网": "CHN",
                      "中新社": "CHN", "中国新闻社": "CHN", "路透社": "", "法新社": "", "美联社": ""},
    "home_country_words": ("我国",),
}  # fmt: skip


PACK = LanguagePack(
    code="zh",
    name="Chinese",
    direction="ltr",
    months=MONTHS,
    decimal_marks=DECIMAL_MARKS,
    group_marks=GROUP_MARKS,
    scale_words=SCALE_WORDS,
    qualifiers=QUALIFIERS,
    units=UNITS,
    parse_ordinal=parse_ordinal,
    operative_verbs=OPERATIVE_VERBS,
    preambular_phrases=PREAMBULAR_PHRASES,
    pledge_phrases=PLEDGE_PHRASES,
    honorifics=HONORIFICS,
    posts=POSTS,
    organization_heads=ORGANIZATION_HEADS,
    extra=EXTRA,
)
