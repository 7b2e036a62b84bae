"""What the builders know of Vietnamese.

Vietnamese writes thousands with dots and decimals with commas (``475.198``,
``3,6%``); capitalises only the first syllable of each word of a proper name
(``Bộ Ngoại giao``, ``Hội Liên hiệp phụ nữ Việt Nam``), so where a name ends
cannot be read from capitals alone — the stop words below end it; writes
dates day first (``20/3/2020``, ``ngày 29/10``); and numbers its national
instruments ``<number>/<year>/<code of type>-<code of issuer>``
(``402/QĐ-TTg``, ``69/2020/QH14``).
"""

from __future__ import annotations

from decimal import Decimal

from kg.lang.base import LanguagePack, after_subjects, with_adverbs

# --- numbers and figures ------------------------------------------------------

# "," is the decimal mark; "." groups thousands ("475.198"), but a few sites
# write "1.5 tỷ": kg.text.numbers reads a "." before exactly three digits as
# thousands and any other "." as a decimal point.
DECIMAL_MARKS = ",."
GROUP_MARKS = ". "
SCALE_WORDS: dict[str, Decimal] = {
    "nghìn": Decimal(10**3),
    "ngàn": Decimal(10**3),
    "vạn": Decimal(10**4),
    "triệu": Decimal(10**6),
    "tỷ": Decimal(10**9),
    "tỉ": Decimal(10**9),
    "nghìn tỷ": Decimal(10**12),
    "ngàn tỷ": Decimal(10**12),
}
QUALIFIERS: dict[str, str] = {
    "hơn": "more-than",
    "trên": "more-than",
    "vượt": "more-than",
    "dưới": "less-than",
    "chưa đến": "less-than",
    "chưa tới": "less-than",
    "gần": "about",
    "khoảng": "about",
    "chừng": "about",
    "xấp xỉ": "about",
    "ước tính": "about",
    "ít nhất": "at-least",
    "tối thiểu": "at-least",
    "không dưới": "at-least",
    "tối đa": "at-most",
    "không quá": "at-most",
    "không vượt quá": "at-most",
    # a rule's time limits: "tiêu hủy trong vòng 36 giờ", "không để quá 12 giờ" (the most time allowed)
    "không để quá": "at-most",
    "trong vòng": "at-most",
    # a plan's targets and a rule's limits written with the signs ("Có ≥ 30% doanh nghiệp")
    "≥": "at-least",
    "≤": "at-most",
}
UNITS: dict[str, str] = {
    "%": "percent",
    "phần trăm": "percent",
    "USD": "USD",
    "đô la Mỹ": "USD",
    "đô la": "USD",
    "đồng": "VND",
    "VND": "VND",
    "người": "persons",
    "tấn": "tonnes",
    # durations ("thời hạn bổ nhiệm là 05 năm", "không quá 90 ngày"); a date's "ngày 24 tháng 6 năm 2025" is a date
    "năm": "years",
    "tháng": "months",
    "ngày": "days",
    "ngày làm việc": "working days",
    "giờ": "hours",
}

# --- dates --------------------------------------------------------------------

_DIGIT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
#: Numbers written in words before a scale word: "hai" (2) to "chín" (9) but "năm" (five, also "year"), "mười"
#: (10), and each hundred ("một trăm" to "chín trăm"), the only way a count of millions is spelt in hundreds.
_SPELLED_COUNTS: dict[str, int] = {
    **{word: value for word, value in _DIGIT_WORDS.items() if word != "năm"},
    "mười": 10,
    **{f"{word} trăm": value * 100 for word, value in {"một": 1, **_DIGIT_WORDS}.items()},
}
_MONTH_WORDS = ("một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai")
MONTHS: dict[str, int] = {
    **{f"tháng {n}": n for n in range(1, 13)},
    **{f"tháng {n:02d}": n for n in range(1, 10)},
    **{f"tháng {word}": n for n, word in enumerate(_MONTH_WORDS, start=1)},
    "tháng giêng": 1,
    "tháng chạp": 12,
}

# --- commitments --------------------------------------------------------------

OPERATIVE_VERBS: dict[str, str] = {}
PREAMBULAR_PHRASES: dict[str, str] = {}
# "Việt Nam sẽ đóng góp ...", "Việt Nam sẵn sàng cử ...": what an actor will do or is ready to do, a
# commitment only where the actor stands right before it (extra["subject_bound_pledges"]).
_REPORTED_FUTURE: dict[str, str] = {"sẽ": "will", "sẵn sàng": "intends"}

# In news and government texts, commitments are mandates and pledges in prose.
PLEDGE_PHRASES: dict[str, str] = {
    "có nhiệm vụ": "tasks",
    "được giao nhiệm vụ": "tasks",
    "được giao": "tasks",
    "chịu trách nhiệm": "tasks",
    "có trách nhiệm": "tasks",
    "cam kết": "commits",
    "quyết tâm": "commits",
    "sẽ được trình": "will",
    "sẽ trình": "will",
    **_REPORTED_FUTURE,
    "dự kiến": "intends",
}

# --- persons and organisations -------------------------------------------------

HONORIFICS: tuple[str, ...] = (
    "ông",
    "bà",
    "anh",
    "chị",
    "ngài",
    "đồng chí",
    "GS.TS",
    "PGS.TS",
    "GS.",
    "PGS.",
    "TS.",
    "ThS.",
    "Tiến sĩ",
)
POSTS: dict[str, str] = {
    "Tổng Bí thư": "General Secretary",
    "Chủ tịch nước": "President",
    "Chủ tịch Quốc hội": "Chairman of the National Assembly",
    "Phó Chủ tịch Quốc hội": "Vice Chairman of the National Assembly",
    "Chủ tịch": "Chairman",
    "Phó Chủ tịch": "Vice Chairman",
    "Thủ tướng Chính phủ": "Prime Minister",
    "Thủ tướng": "Prime Minister",
    "Phó Thủ tướng": "Deputy Prime Minister",
    "Phó Thủ tướng Thường trực": "Standing Deputy Prime Minister",
    "Phó Thủ tướng Thường trực Chính phủ": "Standing Deputy Prime Minister",
    "Phó Chủ nhiệm Văn phòng Chính phủ": "Deputy Head of the Government Office",
    "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": "Minister, Head of the Government Office",
    "Tổng thống": "President",
    "Bộ trưởng": "Minister",
    "Thứ trưởng": "Deputy Minister",
    "Thứ trưởng Thường trực": "Permanent Deputy Minister",
    "Ngoại trưởng": "Foreign Minister",
    "Tổng cục trưởng": "Director General",
    "Phó Tổng cục trưởng": "Deputy Director General",
    "Cục trưởng": "Director General",
    "Phó Cục trưởng": "Deputy Director General",
    "Vụ trưởng": "Director General",
    "Phó Vụ trưởng": "Deputy Director General",
    "Thống đốc": "Governor",
    "Phó Thống đốc": "Deputy Governor",
    "Giám đốc": "Director",
    "Phó Giám đốc": "Deputy Director",
    "Tổng Giám đốc": "Director General",
    "Trưởng ban": "Head",
    # the head of an agency or unit ("Thủ trưởng các cơ quan, đơn vị liên quan"), tasked with it in a directive
    "Thủ trưởng": "Head",
    "Phó Trưởng ban": "Deputy Head",
    "Chánh Văn phòng": "Chief of Office",
    "Người phát ngôn": "Spokesperson",
    "Đại sứ": "Ambassador",
    "Tổng Lãnh sự": "Consul General",
    "Trưởng đại diện": "Chief of Mission",
    "Quyền Trưởng đại diện": "Acting Chief of Mission",
    "Đặc phái viên": "Special Envoy",
    "Tổng Thư ký": "Secretary-General",
    "Trưởng nhóm": "Team Leader",
}
# Words that open an organisation's name, written as in names (capitalised).
ORGANIZATION_HEADS: dict[str, str] = {
    "Bộ": "government-agency",
    "Tổng cục": "government-agency",
    "Cục": "government-agency",
    "Vụ": "government-agency",
    "Sở": "government-agency",
    "Ủy ban": "government-agency",
    "Uỷ ban": "government-agency",
    "UBND": "government-agency",
    "Ban": "government-agency",
    "Văn phòng": "government-agency",
    "Đại sứ quán": "government-agency",
    "Tổng Lãnh sự quán": "government-agency",
    "Tòa án": "government-agency",
    "Viện kiểm sát": "government-agency",
    "Bộ Tư lệnh": "government-agency",
    "Hội đồng": "government-agency",
    # a province's or a city's police ("Công an Thành phố", "Công an tỉnh Nghệ An"); the State Treasury's offices
    "Công an": "government-agency",
    "Kho bạc": "government-agency",
    # the social security agency and its offices ("Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội thành phố Hà Nội");
    # the insurance itself is written in small letters ("chế độ bảo hiểm xã hội")
    "Bảo hiểm xã hội": "government-agency",
    # the Party's committee in a body ("Đảng ủy Chính phủ", "Đảng uỷ Bộ Y tế"), and a province's or city's
    "Đảng ủy": "organization",
    "Đảng uỷ": "organization",
    # ... a province's, a city's or a district's Party committee ("Thành ủy Thành phố", "Tỉnh ủy Hòa Minh")
    "Tỉnh ủy": "organization",
    "Tỉnh uỷ": "organization",
    "Thành ủy": "organization",
    "Thành uỷ": "organization",
    "Huyện ủy": "organization",
    "Huyện uỷ": "organization",
    "Tổ chức": "organization",
    "Hội": "organization",
    "Liên đoàn": "organization",
    "Hiệp hội": "organization",
    "Viện": "organization",
    "Trung tâm": "organization",
    "Trường": "organization",
    "Công ty": "organization",
    "Ngân hàng": "organization",
    "Quỹ": "organization",
    "Phái đoàn": "organization",
}


def parse_ordinal(text: str) -> int | None:
    """The number of an ordinal written in words or digits ("thứ ba", "thứ 73", "khóa 73"), or None.

    >>> parse_ordinal("thứ ba"), parse_ordinal("khóa 73"), parse_ordinal("thứ nhất")
    (3, 73, 1)
    """
    words = text.casefold().split()
    if len(words) < 2 or words[0] not in ("thứ", "khóa", "khoá", "lần"):
        return None
    rest = " ".join(words[1:])
    if rest.isdigit():
        return int(rest)
    if rest == "nhất":
        return 1
    return {word: n for n, word in enumerate(_MONTH_WORDS, start=1)}.get(rest)


# --- news and government texts (``extra``) ------------------------------------------
#
# Every key of ``extra`` is declared, with its type and what it holds, in kg/lang/schema.py.


def _words(text: str) -> tuple[str, ...]:
    """A long list of words, written as running text to keep it readable."""
    return tuple(text.split())


# First syllables of Vietnamese personal names, the commonest first.
_FAMILY_NAMES = _words(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Tô Đinh Mai Trương "
    "Lương Đoàn Vương Trịnh Lâm Tạ Cao Chu Thái Quách Kiều Lưu Phùng Đào Triệu Văn Nông Hà La "
    "Khổng Tống Lại Thân Đàm Châu"
)

# Function words and the commonest verbs, which end a name written without a comma.
_NAME_STOPS = _words(
    "và với của tại ở do đã đang sẽ được bị là có cho nhằm để mà như này đó khi thì vì bởi năm "
    "ngày số cùng phối hợp chủ trì làm nhận thành lập thực hiện tổ chức công bố phát biểu nhấn "
    "mạnh cho biết ban hành kèm theo trong từ vừa cũng không chưa đi về ra vào trước sau bên lề "
    "diễn thông qua chỉ rõ trình hoàn thiện triển khai rà soát bố trí nghiên cứu hướng dẫn tăng cường "
    "đẩy rút ngắn khẩn trương đôn đốc cam yêu đề chịu trả xin"
)

# Words that end the name of an instrument (which may hold other lower-case words).
_INSTRUMENT_NAME_STOPS = _words(
    "năm ngày số của do đã đang sẽ được bị là có cùng với tại nhằm để mà khi thì vì này đó ban "
    "kèm trình cho từ trước chưa hoặc và cũng không giúp phác đánh thưa ký"
)

# --- the text of legal instruments (kg.builders.legal) --------------------------------------
# Merged into EXTRA below; every key is described in kg/lang/vi.py's list of keys.
LEGAL_INSTRUMENTS: dict[str, object] = {
    "legal_heading_types": {
        "QUYẾT ĐỊNH": "decision",
        "NGHỊ ĐỊNH": "decree",
        "NGHỊ QUYẾT": "resolution",
        "LUẬT": "law",
        "BỘ LUẬT": "law",
        "PHÁP LỆNH": "ordinance",
        "HIẾN PHÁP": "constitution",
        "THÔNG TƯ": "circular",
        "THÔNG TƯ LIÊN TỊCH": "circular",
        "CHỈ THỊ": "directive",
        "THÔNG BÁO": "notice",
        # a notice of the conclusions a leader drew at a meeting, the Government's or the Party's
        "THÔNG BÁO KẾT LUẬN": "notice",
        "LỆNH": "decree",
        "KẾ HOẠCH": "plan",
        # the Prime Minister's or a minister's urgent dispatch: it gives tasks as a directive does
        "CÔNG ĐIỆN": "directive",
    },
    "legal_number_marks": ("Số:", "Số"),
    # an official letter (công văn) has no type line: it opens its text with the line to its addressee
    "salutations": {"Kính gửi": "official-letter"},
    "legal_number_tails": (),
    "recital_openers": ("Căn cứ", "Theo đề nghị của", "Xét đề nghị của", "Theo đề nghị", "Xét"),
    # a notice of a meeting's conclusions numbers its points after "kết luận như sau:"
    "enacting_formulas": (
        "QUYẾT ĐỊNH:",
        "NGHỊ ĐỊNH:",
        "NGHỊ QUYẾT:",
        "QUYẾT NGHỊ:",
        "CHỈ THỊ:",
        "kết luận như sau:",
        "kết luận:",
        # a plan: "Ủy ban nhân dân tỉnh ban hành Kế hoạch ..., với các nội dung như sau:", then its sections
        "nội dung như sau:",
        # a dispatch: "THỦ TƯỚNG CHÍNH PHỦ điện:" above its addressees, then its numbered tasks
        "điện:",
    ),
    # "(Kèm theo Nghị định số 297/2025/NĐ-CP ngày ...)": an appendix's caption names its instrument
    "appendix_caption_links": ("Ban hành kèm theo", "Kèm theo"),
    # "..., doanh nghiệp cho thuê lại phải nộp ...": whom an obligation binds, named just before its marker
    "obligation_markers": ("phải", "có trách nhiệm", "chịu trách nhiệm"),
    # "... mà không phải là công chức" (who is not a civil servant), "chưa phải nộp": no duty
    "obligation_breaks": ("không", "chưa", "mà"),
    "condition_openers": (
        "Trường hợp",
        "Trong trường hợp",
        "Trong thời hạn",
        "Trong vòng",
        "Chậm nhất",
        "Khi",
        "Nếu",
        "Sau khi",
        "Trước khi",
        "Kể từ",
        "Đối với",
        "Căn cứ",
        # the ground a letter's instruction stands on: "Trên cơ sở kết luận của ..., Sở X hoàn thiện hồ sơ"
        "Trên cơ sở",
    ),
    "group_nouns": (
        "doanh nghiệp",
        "đơn vị",
        "tổ chức",
        "cá nhân",
        "cơ quan",
        "công ty",
        "hộ kinh doanh",
        "người nộp thuế",
        "người sử dụng lao động",
        "người lao động",
        "chủ đầu tư",
        "cơ sở",
    ),
    # a notice under its heading and recitals: "Cục Hải quan thông báo kết quả ... như sau:", then "1. ..."
    "notice_formulas": ("như sau:",),
    "article_words": ("Điều",),
    "article_tails": (),
    "article_ordinals": {},
    "article_actions": {
        "Ban hành kèm theo": "adopts",
        "Ban hành": "adopts",
        "Phê duyệt": "approves",
        "Thông qua": "adopts",
        "Thành lập": "establishes",
        "Ủy quyền cho": "authorizes",
        "Ủy quyền": "authorizes",
        "Bãi bỏ": "decides",
    },
    "entry_into_force_phrases": ("có hiệu lực thi hành", "có hiệu lực"),
    "signing_day_phrases": (
        "kể từ ngày ký ban hành",
        "kể từ ngày ký",
        "từ ngày ký",
        "kể từ ngày ban hành",
        "từ ngày ban hành",
    ),
    # it takes effect on a day the text does not give: its publication (kg.builders.legal.in_force)
    "publication_day_phrases": (
        "kể từ ngày công bố",
        "từ ngày công bố",
        "kể từ ngày đăng Công báo",
        "từ ngày đăng Công báo",
    ),
    # the last day it is in force; the day from which an instrument is no longer (kg.builders.legal.in_force)
    "in_force_until_phrases": ("cho đến hết ngày", "đến hết ngày"),
    "out_of_force_phrases": ("hết hiệu lực thi hành kể từ", "hết hiệu lực kể từ", "hết hiệu lực từ"),
    # KT. (ký thay) signs for the post after it, TM. (thay mặt) for a collective body, Q. (quyền) as
    # acting holder, TL. (thừa lệnh) and TUQ. (thừa ủy quyền) by delegation; the Party's texts write K/T and T/M
    "on_behalf_marks": ("KT.", "TM.", "Q.", "TL.", "TUQ.", "K/T", "T/M"),
    "adoption_date_phrases": ("thông qua ngày", "thông qua vào ngày"),
    "closing_cues": ("Nơi nhận:", "Nơi nhận"),
    "signed_placeholders": ("(Đã ký)", "Đã ký", "(đã ký)", "(Đã ký và đóng dấu)"),
    "appendix_words": ("PHỤ LỤC", "Phụ lục"),
    # "Bộ trưởng Bộ Y tế ban hành Thông tư ...", "Hội đồng nhân dân ban hành Nghị quyết ...": who issues it
    "issuing_verbs": ("ban hành",),
    # a decision issues a plan, rules or a charter "kèm theo" itself: printed after the signature under its heading
    "annexed_text_headings": ("KẾ HOẠCH", "QUY ĐỊNH", "QUY CHẾ", "ĐIỀU LỆ", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "HƯỚNG DẪN"),
    "table_unit_labels": ("Đơn vị tính:", "Đơn vị:", "ĐVT:"),
    # a plan's table of tasks: each row a task, the body that leads it and when it is due ("Quý IV/2026")
    "task_table_lead_headers": ("Cơ quan chủ trì", "Đơn vị chủ trì", "Cơ quan thực hiện", "Đơn vị thực hiện"),
    "task_table_task_headers": ("Nhiệm vụ", "Nội dung", "Nội dung công việc", "Nội dung nhiệm vụ", "Tên nhiệm vụ"),
    "task_table_due_headers": (
        "Thời gian hoàn thành",
        "Thời gian dự kiến hoàn thành",
        "Thời hạn hoàn thành",
        "Thời gian thực hiện",
        "Thời hạn",
        "Tiến độ",
    ),
    "quarter_words": ("Quý", "quý"),
    # "hoàn thành trong Quý II/2026", "trước tháng 12": due by the end of that quarter or month
    "period_deadline_words": ("trong", "trước", "chậm nhất trong", "chậm nhất"),
    # "không dùng loa trước 05 giờ sáng và sau 23 giờ đêm": an hour of the day, no quantity of hours
    "time_of_day_words": ("sáng", "trưa", "chiều", "tối", "đêm"),
    "clock_hour_words": ("giờ",),
    # "Sở Văn hóa, Thể thao và Du lịch": a province's department bears the field of the ministry above it
    "local_department_heads": {"Sở": "Bộ"},
    # "Số: 12/STP-VP | V/v rà soát hồ sơ": a letter's subject under its number is its title
    "letter_subject_marks": ("V/v", "V/V", "v/v"),
    # "Sân Trung tâm Thể thao ...", "Khu Trung tâm Triển lãm ...": a site named after a body's building is a
    # venue, no body
    "venue_words": ("Khu vực", "Khu", "Quảng trường", "Sân", "Công viên"),
    # "Phường Lạc Viên", "Xã Mỹ Khê" in a table of venues: a ward's or commune's name, no person's
    "administrative_unit_words": (
        "Tỉnh",
        "Thành phố",
        "Huyện",
        "Quận",
        "Thị xã",
        "Thị trấn",
        "Phường",
        "Xã",
        "Đặc khu",
        "Thôn",
        "Ấp",
        "Bản",
    ),
    "table_total_words": ("TỔNG", "TỔNG CỘNG", "TỔNG SỐ", "Tổng", "Tổng cộng", "Tổng số"),
    "instrument_self_words": ("này",),
    "copula_words": ("là",),
    # "Quyết định này thay thế Quyết định số ...": the instrument that replaces another repeals it
    "repeal_phrases": ("bãi bỏ", "hết hiệu lực", "này thay thế"),
    "closing_formulas": ("thông báo để",),
    "agent_markers": ("được", "do"),
    "agent_blockers": ("đã", "khi", "sau khi"),
    # "Thủ tướng Chính phủ đã ban hành Chỉ thị ...": what a body did, told in a letter's account, is no task of it
    "past_markers": ("đã",),
    # an article that allocates powers decides who holds them: "Điều 41. Thẩm quyền quản lý cán bộ, công chức"
    # "Ủy quyền cho Lãnh đạo Bộ Xây dựng": the leaders of a body, given an authority (kg.builders.legal.mandates)
    "leadership_words": ("Lãnh đạo", "lãnh đạo"),
    "competence_headings": ("Thẩm quyền",),
    "declaratory_headings": (
        "Phạm vi điều chỉnh",
        "Đối tượng áp dụng",
        "Giải thích từ ngữ",
        "Phạm vi điều chỉnh và đối tượng áp dụng",
    ),
    "responsibility_headings": (
        "Trách nhiệm của",
        "Quyền và trách nhiệm của",
        "Quyền và nghĩa vụ của",
        "Nghĩa vụ của",
        "Nhiệm vụ của",
        "Nhiệm vụ, quyền hạn của",
        "Trách nhiệm thi hành của",
    ),
    "party_stops": ("đối với", "trong", "khi", "tại", "theo"),
    # a plan's line under a task that says by when it is due ("Thời hạn hoàn thành: Trước ngày 30/11/2025.")
    "time_limit_labels": (
        "Thời gian hoàn thành",
        "Thời hạn hoàn thành",
        "Thời gian thực hiện",
        "Thời hạn thực hiện",
        "Thời hạn",
    ),
    # a legal-information site's page around the instrument (kg.builders.legal.page)
    "legal_metadata_labels": {
        "Số hiệu": "number",
        "Số ký hiệu": "number",
        "Loại văn bản": "kind",
        "Nơi ban hành": "issuer",
        "Cơ quan ban hành": "issuer",
        "Người ký": "signer",
        "Ngày ban hành": "date",
        "Ngày hiệu lực": "in_force",
        "Ngày có hiệu lực": "in_force",
        "Ngày hết hiệu lực": "out_of_force",
        "Ngày công báo": "gazette_date",
        "Số công báo": "gazette_number",
        "Tình trạng": "status",
        "Tình trạng hiệu lực": "status",
        "Lĩnh vực": "field",
    },
    "legal_page_furniture": (
        "Đang tải văn bản...",
        "Văn bản liên quan",
        "Văn bản liên quan cùng nội dung",
        "Văn bản này chưa cập nhật nội dung Tiếng Anh",
        "File được đính kèm theo văn bản",
        "Nội dung sửa đổi, hướng dẫn",
        "Các nội dung được sửa đổi, hướng dẫn",
        "Văn bản gốc",
        "Lược đồ",
        "Thuộc tính",
        "Tải văn bản",
        "Thưa Quý khách",
        "Kính gửi: Quý Thành viên",
    ),
}


#: Words before a numeral that make it no amount: an ordinal ("khóa 73"), a number ("số 12"), a provision
#: ("Điều 5"); a noun a number after names one of ("Nghị định thư 1", "Mục 3", "đợt 2": Vietnamese counts put
#: the number first, "27 địa phương"); the day and month of a date ("ngày 24 tháng 6", not "90 ngày").
ORDINAL_MARKERS = (
    *("thứ", "khóa", "khoá", "số", "lần thứ", "Điều", "điều", "Khoản", "khoản", "Chương", "Mục", "mục"),
    *("Điểm", "điểm", "đợt", "Đợt", "Nghị định thư", "Phụ lục", "phụ lục", "ngày", "tháng"),
)


# A readout or a joint statement tells what the parties it named did together under a collective subject ("Hai bên
# nhất trí ...", "Hai nhà lãnh đạo khẳng định ..."): every party's stance, with how many parties the subject names.
JOINT_SUBJECTS: dict[str, int] = dict.fromkeys(
    ("hai bên", "hai nước", "hai nhà lãnh đạo", "hai lãnh đạo", "lãnh đạo hai nước", "hai Bộ trưởng",
     "hai Ngoại trưởng", "hai Thủ tướng", "hai Tổng thống", "hai Chủ tịch", "hai Chính phủ"), 2
)  # fmt: skip
_READOUT_VERBS: dict[str, str] = {
    "nhất trí": "commits", "thống nhất": "commits", "cam kết": "commits", "khẳng định": "affirms",
    "tái khẳng định": "reaffirms", "nhấn mạnh": "emphasizes", "hoan nghênh": "welcomes",
    "đánh giá cao": "appreciates", "trao đổi về": "considers", "thảo luận": "considers", "bày tỏ": "expresses",
    "lên án": "condemns",
}  # fmt: skip
READOUT_PHRASES: dict[str, str] = after_subjects(
    JOINT_SUBJECTS, with_adverbs(_READOUT_VERBS, before=("cũng", "đã", "cũng đã"))
)

EXTRA: dict[str, object] = {
    # a readout's or a joint statement's collective subject and its verb (kg.finders.commitments)
    "readout_phrases": READOUT_PHRASES,
    "joint_subjects": JOINT_SUBJECTS,
    **LEGAL_INSTRUMENTS,
    "cycle_words": {
        "hằng năm": "P1Y",
        "hàng năm": "P1Y",
        "mỗi năm": "P1Y",
        "hai năm một lần": "P2Y",
        "ba năm một lần": "P3Y",
        "năm năm một lần": "P5Y",
    },
    "assigning_phrases": ("giao", "giao cho", "yêu cầu"),
    # A statement's lists of demands (kg.finders.demands): phrases of a lead-in that ends with a colon
    # ("Công đoàn kêu gọi:", "kiến nghị:"), with the action of items that have no verb of their own; not
    # "yêu cầu", which in a government's text gives tasks ("Thủ tướng yêu cầu:" is no list of demands).
    "demand_list_leads": {
        "kêu gọi": "calls-for",
        "đề nghị": "requests",
        "kiến nghị": "recommends",
        "khuyến nghị": "recommends",
    },
    # "Đề nghị" asks a body the speaker cannot instruct (the National Assembly's committees, another state):
    # it exhorts; a government directs its own bodies with "giao" and "yêu cầu"
    "requesting_phrases": {"kêu gọi": "calls-upon", "đề nghị": "invites"},
    # ... but a central office's own local offices it instructs ("Cục Kiểm toán ... đề nghị Kiểm toán tỉnh Hòa Minh",
    # "Cục Hải quan ... đề nghị Chi cục Hải quan khu vực III"): their names, after a branch's head or none, then an area
    "branch_office_heads": ("Chi cục",),
    "branch_area_words": ("tỉnh", "thành phố", "khu vực"),
    "noun_markers": ("của",),  # "theo đề nghị của Bộ Tài chính": the Ministry's proposal, no request
    # "Bộ Y tế theo chức năng, nhiệm vụ được giao chủ trì ...": the tasks given to it, no task given there; the
    # subject that opens the clause is tasked by its own verb ("chủ trì")
    "qualified_nouns": (
        "nhiệm vụ",
        "quyền hạn",
        "chức năng",
        "thẩm quyền",
        "lĩnh vực",
        "địa bàn",
        "phạm vi",
        "chỉ tiêu",
        "dự toán",
        "kinh phí",
        "công việc",
    ),
    "cooperation_phrases": ("phối hợp với",),
    "list_conjunctions": ("và",),
    "between_words": ("giữa",),  # a treaty between two parties: its name runs to the second
    # Vietnamese names open with a head word, write the Gregorian calendar, and name who reports first
    "reporting_phrases": (),
    "recipient_markers": (),
    "organization_tails": {},
    "organization_tail_exceptions": (),
    "name_openers": (),
    "name_followers": (),
    "name_word_pattern": "",
    "hijri_months": (),
    "hijri_marks": (),
    "time_limit_words": ("trong thời hạn", "trong vòng", "chậm nhất sau"),
    # "Quốc hội khóa XV": a National Assembly's sessions are numbered within its legislature
    "legislature_patterns": (r"(?<!\w)kh(?:óa|oá)\s+(?P<term>[IVXLC]+|\d{1,2})(?![\w/])",),
    # "để kịp báo cáo Quốc hội tại Kỳ họp thứ 10 của Quốc hội khóa XV": due at that session of the body after it
    "session_deadline_words": ("tại kỳ họp thứ", "vào kỳ họp thứ", "trước kỳ họp thứ", "trình kỳ họp thứ"),
    "time_limit_tails": (),  # the number comes after the words here ("在30日内" puts them after the unit)
    "duration_units": {"ngày": "D", "tuần": "W", "tháng": "M", "năm": "Y"},
    "deadline_words": (
        "trước năm",
        "đến năm",
        "chậm nhất vào năm",
        "chậm nhất năm",
        # "hoàn thành trong quý IV năm 2025", "trong 6 tháng đầu năm 2026": due within that year
        "trong năm",
        "trong 6 tháng đầu năm",
        "trong 6 tháng cuối năm",
        *(f"trong quý {quarter} năm" for quarter in ("I", "II", "III", "IV")),
    ),
    "deadline_tails": (),  # the words come before the year here ("trước năm 2025")
    "deadline_date_words": (
        "trước ngày",
        "chậm nhất ngày",
        "chậm nhất là ngày",
        "chậm nhất vào ngày",
        "chậm nhất đến ngày",
        "trước",
    ),
    "furniture_cues": (
        "Cùng chủ đề",
        "Tin liên quan",
        "Bài liên quan",
        "Đọc thêm",
        "Xem thêm",
        "Tin mới nhất",
        "Mới nhất",
        "Tin mới",
        "Xem nhiều",
        "Đọc nhiều",
        "Bài đọc nhiều",
        "Tin đọc nhiều",
        "Nổi bật",
        "Tin nổi bật",
        "Cùng tác giả",
        "Cùng chuyên mục",
        "Tin cùng chuyên mục",
        "Tin khác",
        "Các tin khác",
        "Bình luận",
        "Ý kiến bạn đọc",
        "Từ khóa",
        "Tags",
    ),
    "home_cues": ("Trang chủ", "Trang nhất"),
    "source_cues": ("Nguồn:",),
    # words that open the line of a page's author or editor box, no fact of the text (kg.finders.text)
    "editor_line_cues": ("Biên tập:", "Biên tập viên:", "Tác giả:"),
    # words that open a link to where the page was first published: the line is a credit (kg.finders.text)
    "repost_link_cues": ("Đăng lại từ", "Bài gốc", "Xem bài gốc"),
    "home_state": "VNM",
    "subject_bound_pledges": tuple(_REPORTED_FUTURE),
    "standalone_exceptions": ("người đứng đầu Chính phủ",),
    "standalone_organizations": {
        "Quốc hội": "National Assembly",
        "Chính phủ": "Government",
        "Ủy ban Thường vụ Quốc hội": "Standing Committee of the National Assembly",
        # written in lower case after its head, so no name the head words read
        "Ủy ban nhân dân": "People's Committee",
        "Uỷ ban nhân dân": "People's Committee",
        "UBND": "People's Committee",
        "Hội đồng nhân dân": "People's Council",
    },
    "family_names": _FAMILY_NAMES,
    "name_stops": _NAME_STOPS,
    "name_bridges": ("và",),
    "lowercase_after_capital_in_names": True,
    "posts_needing_a_holder": (),
    "comma_compounds": ("phòng, chống", "Phòng, chống"),
    "instrument_heads": {
        "Hiến pháp": "constitution",
        "Bộ luật": "law",
        "Luật": "law",
        "Pháp lệnh": "ordinance",
        "Nghị quyết": "resolution",
        "Nghị định": "decree",
        "Quyết định": "decision",
        "Thông tư": "circular",
        "Chỉ thị": "directive",
        "Công văn": "official-letter",
        "Kế hoạch": "plan",
        "Chiến lược": "strategy",
        "Chương trình": "programme",
        "Đề án": "project",
        "Dự án": "project",
        "Thỏa thuận": "agreement",
        "Thoả thuận": "agreement",
        "Hiệp định": "agreement",
        "Công ước": "convention",
        "Nghị định thư": "protocol",
        "Hồ sơ": "report",
        "Báo cáo": "report",
        "Tuyên bố": "declaration",
    },
    # the State's numbers ("402/QĐ-TTg", "69/2020/QH14", the Government's "66.2/2025/NQ-CP" of a numbered series,
    # "31/2015/TT- BYT" and "9 /2025/QĐ-UBND" as typed, a unit's code with its number: "88/HM-HT2") and the
    # Party's ("60-NQ/TW", "126-KL/TW", "10-CTr/TU"); never the tail of another number ("48/202 /QĐ-UBND" typed with
    # a digit lost is no number "202/QĐ-UBND")
    "instrument_number": (
        r"(?<![\d./])\d{1,5}(?:\.\d{1,2})?"
        r"(?: ?(?:/\d{4})?/[A-ZĐ][A-ZĐa-z]*(?:\d{1,3})?(?:- ?[A-ZĐ][A-ZĐa-z]*(?:\d{1,3})?)*"
        r"|-[A-ZĐ][A-ZĐa-z]*/[A-ZĐ][A-ZĐa-z]*)"
    ),
    "instrument_number_word": ("số",),
    # A convention a body numbers, cited by that number ("ILO Convention No. 190"), and the verbs by which
    # a person or a post signs the instrument named next (kg.finders.instruments; see kg/lang/schema.py).
    "convention_words": ("Công ước",),
    "convention_suffixes": (),
    "signing_verbs": ("ký", "đã ký", "vừa ký", "ký ban hành", "đã ký ban hành", "vừa ký ban hành"),
    # a UN resolution cited by number ("Nghị quyết 2728 (2024) của Hội đồng Bảo an"); national ones carry codes
    "resolution_words": ("Nghị quyết",),
    "instrument_type_codes": {
        "QĐ": "decision",
        "NĐ": "decree",
        "NQ": "resolution",
        "TT": "circular",
        "TTLT": "circular",
        "CT": "directive",
        "CĐ": "directive",
        "QH": "law",
        "UBTVQH": "ordinance",
        "L-CTN": "law",
    },
    "issuer_codes": {
        "TTg": "Prime Minister",
        "CP": "Government",
        "QH": "National Assembly",
        "UBTVQH": "Standing Committee of the National Assembly",
        "CTN": "President",
        "BNG": "Ministry of Foreign Affairs",
        "BCA": "Ministry of Public Security",
        "BLĐTBXH": "Ministry of Labour, Invalids and Social Affairs",
        "BTC": "Ministry of Finance",
        "BTP": "Ministry of Justice",
        "BGDĐT": "Ministry of Education and Training",
        "NHNN": "State Bank of Vietnam",
        "UBND": "People's Committee",
    },
    "instrument_name_stops": _INSTRUMENT_NAME_STOPS,
    # "Luật sửa đổi, bổ sung một số điều của Luật A, Luật B": a law amending others runs over their names
    "amending_name_openers": ("sửa đổi, bổ sung", "sửa đổi"),
    "instrument_year_words": ("năm",),
    "issuer_links": ("của", "do"),
    # "ngày 20/3/2020": the date words link an instrument to its date; a treaty "ký ngày" (signed on) it
    "instrument_date_links": ("ký", "ký ngày", "ký kết", "ký kết ngày"),
    "draft_markers": ("dự thảo", "Dự thảo"),
    "amendment_markers": ("(sửa đổi)", "(sửa đổi, bổ sung)"),
    "parent_organizations": (
        ("Cục Lãnh sự", "Bộ Ngoại giao"),
        ("Vụ Luật pháp và Điều ước quốc tế", "Bộ Ngoại giao"),
        ("Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "Bộ Ngoại giao"),
        ("Cục Quản lý lao động ngoài nước", "Bộ Lao động - Thương binh và Xã hội"),
        ("Cục Việc làm", "Bộ Lao động - Thương binh và Xã hội"),
        ("Cục Quản lý xuất nhập cảnh", "Bộ Công an"),
        ("Tổng cục Thống kê", "Bộ Kế hoạch và Đầu tư"),
    ),
    "event_name_stops": (
        "tại",
        "ngày",
        "do",
        "ở",
        "vào",
        "diễn",
        "được",
        "bên",
        "với",
        "đã",
        "sẽ",
        "của",
        "nhằm",
        "có",  # "Tham dự cuộc họp | có Phó Thủ tướng ...": who attended, not the meeting's name
    ),
    "venue_nouns": ("trụ sở",),
    "event_heads": {
        "Hội thảo tập huấn": "workshop",
        "Hội thảo": "workshop",
        "Tọa đàm": "meeting",
        "Hội nghị thượng đỉnh": "summit",
        "Hội nghị": "conference",
        "Diễn đàn": "forum",
        "Phiên họp": "meeting",
        "Kỳ họp": "session",
        # in running text, lower case: "đã chủ trì cuộc họp về ...", "khóa XV, kỳ họp thứ 9 thông qua ngày ..."
        "cuộc họp": "meeting",
        # a leader's working session with a body, whose conclusions a notice relays: "đã có buổi làm việc với ..."
        "buổi làm việc": "meeting",
        "kỳ họp": "session",
        "Lễ": "event",
    },
    "place_prepositions": ("tại", "ở"),
    "place_prefixes": ("tỉnh", "thành phố", "TP.", "TP", "huyện", "quận", "thủ đô", "Thủ đô"),
    "date_order": "dmy",
    "date_links": ("năm",),
    "date_words": (
        "ngày",
        "Ngày",
        "sáng",
        "Sáng",
        "trưa",
        "Trưa",
        "chiều",
        "Chiều",
        "tối",
        "Tối",
        "đêm",
        "Đêm",
        "hôm nay",
    ),
    "period_words": ("giai đoạn", "từ", "trong giai đoạn", "thời kỳ"),
    "measure_stops": (
        "từ",
        "giai đoạn",
        "trong giai đoạn",
        "năm",
        "tính đến",
        "so với",
        "tương đương",
        "và",
        "với",
        "thuộc",
        "vào",
        "trong",
        # a preposition opens no measure: "các quyền vận chuyển 3, 4 và 5 | giữa các Bên" names, not counts
        "giữa",
        "tại",
        "theo",
        "của",
        # modals before a measure's verb: "giá gạo | có thể giảm khoảng 10%"
        "có thể",
        "sẽ",
        "đã",
    ),
    "verb_first": False,
    "measure_verbs": (
        "đạt",
        "ước đạt",
        "thực hiện đạt",
        "đạt mức",
        "là",
        "lên",
        "lên tới",
        "lên đến",
        "tăng",
        "tăng lên",
        "tăng thêm",
        "giảm",
        "giảm xuống",
        "giảm còn",
        "còn",
        "chiếm",
        "ở mức",
        "trị giá",
        "đạt từ",
        "đạt kỷ lục",
        "đạt mức kỷ lục",
    ),
    "measure_openers": (
        "phấn đấu",
        "yêu cầu",
        "cho biết",
        "cho rằng",
        "dự báo",
        "dự kiến",
        "mục tiêu",
        "trong đó",
        "theo đó",
        "nhấn mạnh",
        "khẳng định",
        "ước tính",
        "trong khi",
    ),
    "qualifiers_after": {"trở lên": "at-least", "trở xuống": "at-most"},
    "period_year_words": ("năm", "vào năm", "trong năm", "tính đến năm"),
    "year_range_links": ("đến", "tới"),
    "this_year_words": ("năm nay",),
    "since_words": ("kể từ năm", "kể từ"),
    "same_period_words": ("cùng kỳ năm",),
    "year_parts": {
        "quý I": "Q1",
        "quý II": "Q2",
        "quý III": "Q3",
        "quý IV": "Q4",
        "2 tháng đầu năm": "01/02",
        "6 tháng đầu năm": "H1",
        "6 tháng cuối năm": "H2",
    },
    "subset_words": ("trong đó", "trong số đó"),
    "number_of_words": ("số lượng",),
    "next_year_words": ("năm sau", "một năm sau"),
    "counted_nouns": {
        "trẻ em": "children",
        "người di cư": "migrants",
        "người tị nạn": "refugees",
        "quốc gia": "countries",
        "tổ chức": "organizations",
        "địa phương": "localities",
        "phiếu": "votes",
        "chương trình": "programmes",
        "việc làm": "jobs",
        "sinh viên": "students",
        "dòng hàng": "tariff lines",
    },
    # a number before these nouns says what kind a thing is: "chính quyền địa phương 02 cấp" (two-tier), "dòng hàng
    # HS 8 số chi tiết" (8-digit lines)
    "kind_classifier_nouns": ("cấp", "chữ số", "số chi tiết"),
    "measure_connectors": ("trong số",),
    "range_links": ("đến", "tới"),
    "scale_links": (),
    # amounts spelled out before a scale word ("hai tỷ đồng", "năm trăm triệu đồng"); "một" and "năm" alone are
    # left out: "một tỷ lệ" is "a rate", "năm" is also "year" ("trong năm tỷ lệ ...")
    "number_words": _SPELLED_COUNTS,
    "lone_scale_words": {},
    "scale_units_after": (),
    "scale_infixes": {},
    "capitalised_instrument_heads": {},
    "instrument_name_joiners": (),
    "instrument_name_word_prefixes": (),
    "event_name_stop_prefixes": (),
    "event_heads_last": (),
    "age_words_before": ("độ tuổi", "ở tuổi"),
    "age_words_after": ("tuổi",),
    "ratio_links": (),
    "prefix_units": (),
    "numeral_characters": {},
    "numeral_point": "",
    "ordinal_markers": ORDINAL_MARKERS,
    # Persons and their posts: a Vietnamese post is followed by its organisation or state with no
    # link word ("Đại sứ Nhật Bản tại Việt Nam Ito Naoki"), and names have capitals and no articles.
    "post_links": (),
    # Vietnamese names its bodies after their head words (organization_heads): none of the words by which
    # other languages find names in capitals, acronyms and statements' authors
    "body_words": {},
    "name_articles": (),
    "name_inner_articles": (),
    "body_name_links": (),
    "agreement_endings": (),
    "company_suffixes": (),
    # kinds of instrument written like names: no name alone (kg.finders.instruments)
    "generic_instrument_names": ("Bản ghi nhớ", "Biên bản ghi nhớ", "Tuyên bố chung"),
    # the constitution named alone is the home state's ("Căn cứ Hiến pháp nước ...", "Tuân thủ Hiến pháp")
    "standalone_instrument_heads": ("Hiến pháp",),
    "statement_words": (),
    "authority_words": (),
    "adjective_of_origin_endings": (),
    "post_complements": (),
    "post_names_in_news": {},
    "name_suffixes": (),
    "articles": (),
    "articles_with_proclitics": (),
    "name_particles": (),
    "word_boundaries": True,
    # Collectives a government text tasks ("Thủ tướng yêu cầu các bộ, ngành, địa phương ..."), of the home state
    "addressee_terms": {
        "các bộ, ngành, địa phương": "ministries, sectors and localities",
        "các bộ, ngành và địa phương": "ministries, sectors and localities",
        "các bộ, ngành, cơ quan, địa phương": "ministries, sectors and localities",
        "các bộ, ngành": "ministries and sectors",
        "các bộ, ngành liên quan": "ministries and sectors",
        # a province's or a city's own departments, the sectors they lead and their boards ("Các sở, ngành, UBND
        # xã, phường phối hợp ..."), as a plan's task table lists them among the bodies that act
        "các sở, ngành": "departments and sectors",
        "các sở, ban, ngành": "departments, boards and sectors",
        "các sở, ngành liên quan": "departments and sectors",
        "các bộ, cơ quan ngang bộ": "ministries and ministerial-level agencies",
        "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ": "ministries, ministerial-level and government agencies",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương": "provincial People's Committees",
        "Uỷ ban nhân dân các tỉnh, thành phố trực thuộc trung ương": "provincial People's Committees",
        "UBND các tỉnh, thành phố trực thuộc trung ương": "provincial People's Committees",
        "Ủy ban nhân dân các tỉnh, thành phố": "provincial People's Committees",
        "Uỷ ban nhân dân các tỉnh, thành phố": "provincial People's Committees",
        "UBND các tỉnh, thành phố": "provincial People's Committees",
        "các địa phương": "localities",
        "các cơ quan liên quan": "relevant agencies",
        # a People's Council's standing body, which its resolutions task with supervising them ("Giao Thường trực
        # Hội đồng nhân dân ... giám sát"); "Thường trực" alone is a word of posts ("Phó Thủ tướng Thường trực")
        "Thường trực Hội đồng nhân dân": "standing committee of the People's Council",
        "Thường trực HĐND": "standing committee of the People's Council",
        "các cơ quan, đơn vị liên quan": "relevant agencies",
        # the authorities that apply a rule at the border or to taxpayers ("được cơ quan hải quan xử lý")
        "cơ quan hải quan": "customs authorities",
        "các cơ quan hải quan": "customs authorities",
        "cơ quan thuế": "tax authorities",
        "các cơ quan thuế": "tax authorities",
        # the firms a letter or a rule asks to act ("đề nghị các doanh nghiệp ... tự kiểm tra")
        "doanh nghiệp": "enterprises",
        # the holders of posts a decision makes responsible for carrying it out ("... chịu trách nhiệm thi hành")
        "Các Bộ trưởng": "ministers",
        "Thủ trưởng cơ quan ngang bộ": "heads of ministerial-level agencies",
        "Thủ trưởng cơ quan thuộc Chính phủ": "heads of government agencies",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương": (
            "chairs of provincial People's Committees"
        ),
        "Chủ tịch Uỷ ban nhân dân các tỉnh, thành phố trực thuộc trung ương": (
            "chairs of provincial People's Committees"
        ),
    },
    "national_addressees": (
        "customs authorities",
        "tax authorities",
        "ministries, sectors and localities",
        "ministries and sectors",
        "ministries and ministerial-level agencies",
        "ministries, ministerial-level and government agencies",
        "provincial People's Committees",
        "localities",
        "relevant agencies",
        "ministers",
        "heads of ministerial-level agencies",
        "heads of government agencies",
        "chairs of provincial People's Committees",
    ),
    "news_agencies": {
        "TTXVN": "VNM",
        "VNA": "VNM",
        "Chinhphu.vn": "VNM",
        "Baochinhphu.vn": "VNM",
        "VGP": "VNM",
        "Reuters": "",
        "AFP": "",
        "AP": "",
    },
    # "nước ta" (our country) is the home state; "Vương quốc" (kingdom) is always someone else's
    "home_country_words": ("nước ta",),
    # words before a post that make it plural: the names after it all hold it ("các Phó Thủ tướng ...")
    "plural_markers": ("các", "những"),
}


PACK = LanguagePack(
    code="vi",
    name="Vietnamese",
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
