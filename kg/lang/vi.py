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

from kg.lang.base import LanguagePack

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
}

# --- dates --------------------------------------------------------------------

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
# furniture_cues       lines that open page furniture: lists of teasers of other
#                      articles, navigation (kg.readers.segment)
# home_cues            words that open a breadcrumb line at the top of a page
# source_cues          words that open a line crediting the source, after the article
# home_state           ISO 3166 alpha-3 of the state an unqualified national
#                      body belongs to ("Bộ Ngoại giao" in a Vietnamese text)
# standalone_organizations  national bodies named by one word, with English names
# standalone_exceptions  titles that hold a standalone body's name and name no body ("Heads of State and
#                      Government", "người đứng đầu Chính phủ")
# subject_bound_pledges  pledge phrases that bind only an actor written right beside them, never the
#                      speaker of a declaration ("will", "sẽ": "our political will to" is no pledge)
# family_names         first syllables of Vietnamese personal names, to tell
#                      "Cục Lãnh sự" from "Phan Thị Minh Giang" in a run of capitals
# name_stops           words that end the name of an organisation, an event or
#                      an instrument (function words and the commonest verbs)
# name_bridges         conjunctions that stay inside a name between capitalised words
# posts_needing_a_holder  posts whose word is also an ordinary word: a post only with its holder
# lowercase_after_capital_in_names  whether one lower-case word after a capitalised one stays in a
#                      name (the second syllable of a word: "Ngoại giao"); False in English
# comma_compounds      set phrases with a comma inside ("phòng, chống")
# instrument_heads     words that open the name of an instrument, with its kind
# capitalised_instrument_heads  head words of instruments whose names are capitalised around them
#                      ("CHIPS Act", "Law on Medical Devices"), with their kind
# instrument_name_joiners  words that join capitalised words of such a name after its head ("of", "du")
# instrument_name_word_prefixes  how every word of a name without capitals opens ("ال": "القانون الجنائي")
# instrument_number    regular expression of a national instrument number
# instrument_number_word  the word before a number ("số")
# instrument_type_codes   type codes in instrument numbers, with the kind
# issuer_codes         issuer codes in instrument numbers, with the issuer's English name
# instrument_name_stops  words that end the name of an instrument or an event
# instrument_year_words  words before the year of an instrument ("năm 2020")
# issuer_links         words between an instrument and its issuer ("của Thủ tướng")
# convention_words     words for a convention a body numbers, before its number ("Công ước số 190 của ILO")
# convention_suffixes  the word after such a number, where a language puts it there ("第190号公约")
# signing_verbs        verbs by which a person or a post signs the instrument named right after them
#                      ("đã ký", "signed", "подписал"; "وقع" before its subject): the signer issues it
# resolution_words     words for a UN resolution before its number ("Nghị quyết 2728 (2024)", "resolution 73/195")
# instrument_date_links  words between an instrument and its date, besides date_words ("от", "وتاريخ")
# draft_markers        words before an instrument's name that make it a draft
# amendment_markers    parentheticals after a name that belong to it ("(sửa đổi)")
# parent_organizations  departments whose parent body is fixed by law, as
#                      (department, parent) names
# event_name_stops     words that end the name of an event ("tại", "ngày")
# event_heads          words that open the name of an event, with its kind
# event_heads_last     event heads that end the name, which stands before them ("World Refugee Day")
# event_name_stop_prefixes  letters that, opening a word, end an event's name ("بال": "المؤتمر بالتصويت")
# place_prepositions   words before a place ("tại Hà Nội")
# place_prefixes       administrative words before a place's name ("tỉnh Vĩnh Phúc")
# date_words           words before a date ("ngày 29/10")
# date_order           order of day and month in numeric dates ("dmy")
# date_links           words joining day, month and year ("20 tháng 3 năm 2020")
# period_words         words before a period ("giai đoạn 2017-2022")
# measure_stops        words that end the measure of a figure
# assigning_phrases    phrases that give the organisation right after them a task ("giao Bộ Công an")
# requesting_phrases   phrases by which an actor asks the one named right after them, with their action
#                      ("kêu gọi cộng đồng quốc tế": calls-upon; "called on", "a demandé au", "ودعا")
# demand_list_leads    phrases of a lead-in that ends with a colon and opens a statement's list of
#                      demands ("kêu gọi:", "appelle à :"), with the action of items that have no verb
# cooperation_phrases  phrases before the bodies that share a task ("会同财政部", "совместно с Минфином")
# list_conjunctions    the conjunction before the last item of a list ("Lê Thành Long và Hồ Đức Phớc")
# reporting_phrases    verbs of an obligation to report to a body named after a recipient marker
#                      ("各省级人民政府每年向国务院报告"); its subject is given the task
# recipient_markers    words before the body that is reported to ("向")
# organization_tails   words that end a body's name where names have no head word (Chinese "部",
#                      "委员会"), with its kind
# organization_tail_exceptions  words that end with such a tail and name no body ("干部", "格局")
# name_openers         words after which a name without head words starts ("由", "会同")
# name_followers       words that may follow such a name, besides stops, verbs and posts ("等", "牵头")
# name_word_pattern    regular expression of a lower-case word that continues a body's name after its
#                      head, in the case names are put in (Russian genitive: "труда и социальной защиты")
# hijri_months         months of the Hijri calendar: a date with one is no figure ("جمادى الأولى")
# hijri_marks          marks of the Hijri era after a year ("1446 هـ", "١٢/٥/١٤٤٦هـ")
# deadline_words       words before a year that is a deadline ("trước năm 2025")
# deadline_tails       words after a year that make it a deadline, where a language puts them there ("2060年前")
# deadline_date_words  words before a day that is a deadline ("trước ngày 31/12/2025")
# cycle_words          how often a commitment recurs, as ISO 8601 durations ("hằng năm": P1Y)
# time_limit_words     words before a time limit counted from when the text takes effect ("trong thời hạn 30 ngày")
# time_limit_tails     words after a time limit's unit, where a language puts them there ("30日内")
# duration_units       the units of a time limit, as ISO 8601 designators ("ngày": D, "tháng": M)
# period_year_words    words before the year a figure is of ("vào năm 2020")
# measure_connectors   words between a figure and its measure, left out of it
# measure_verbs        verbs that link a measure written before them to the figure after them
#                      ("tăng trưởng GDP | đạt | 7,09%"); where verbs come first, the measure follows
#                      the verb ("ارتفع | حجم الصادرات | إلى 5 مليارات")
# measure_openers      words after which a measure written before its verb starts ("phấn đấu | tăng
#                      trưởng GDP đạt 8%")
# qualifiers_after     qualifiers written after a figure ("8% trở lên": at least)
# verb_first           whether a subject follows its verb (Arabic); Vietnamese puts it first
# ordinal_markers      words before a numeral that make it an ordinal or a
#                      number of something, not an amount (kg.text.numbers)
# range_links          words between the two ends of a range ("từ 10 đến 15%"): the low end
#                      is at least, the high end at most (kg.text.numbers)
# scale_links          words joining a smaller scale to a larger one ("مليون و500 ألف")
# number_words         numbers in words before a scale word, with their value ("ثلاثة ملايين")
# lone_scale_words     scale words that alone mean an amount ("مليون": 1000000)
# scale_units_after    scale words after which a smaller number adds to them ("32 mil 653", "2万5000")
# scale_infixes        words between digits and a scale word, with the qualifier they give ("130多万")
# age_words_before     words before a numeral that make it an age, not an amount ("aged 65")
# age_words_after      words after a numeral that make it an age ("18 years of age", "18 tuổi")
# ratio_links          words before the second term of a ratio, which is no amount ("1 in 30")
# prefix_units         units written before their number ("百分之二十六点六"), besides symbols and
#                      ISO currency codes ("$", "USD 36 billion")
# numeral_characters   characters of numbers written in words, with their values ("二十六": 26)
# numeral_point        the decimal point of such numbers ("点")
#
# Persons and their posts (kg.finders.actors, kg.finders.names); a post is
# followed by its organisation or state, a place ("tại Việt Nam"), a portfolio, then the name:
# post_links           words between a post and its organisation or state ("of", "de",
#                      "del"); a place preposition links the place where the post serves
# post_complements     words that continue a post's portfolio before its holder's name
#                      ("وزير الخارجية وشؤون المغتربين", "министр финансов")
# post_names_in_news   English names of posts as news uses them, where a UN document's
#                      differ ("Président" of a state is its President, of a meeting its Chair)
# name_suffixes        words after a name that belong to it ("Jr.")
# articles             an article a given name never opens with, though a family name
#                      may have it (Arabic "ال": "أيمن الصفدي"); a word with it after a
#                      post belongs to the post ("وزير العمل")
# articles_with_proclitics  the article with a preposition or conjunction on it ("بال"):
#                      a word with one belongs to no name
# name_particles       words that join the next one in a name ("عبد الفتاح", "بن")
# word_boundaries      False where words are not separated by spaces (Chinese): posts and
#                      names are found inside runs of characters
#
# Bodies the gazetteers do not know, and the author of a statement (kg.finders.actors):
# body_words           words that mark the name of a body wherever they stand in it, with its kind
#                      ("Agency", "Instituto", "корпораци" as a stem, "الفيدرالية")
# name_articles        articles that may open a sentence before a name and are no part of it ("The")
# name_inner_articles  articles inside a name between its capitalised words ("de las")
# body_name_links      words that go on with a body's name before a word with the article ("لحقوق")
# agreement_endings    the ending a head with the article shares with its adjective ("ة")
# company_suffixes     legal forms that end a company's name ("Inc.", "Ltd."; English pack)
# statement_words      words that open a statement's heading before its author ("Заявление", "بلاغ")
# authority_words      a state's authorities, named with the state: its Government ("властями Канады")
# adjective_of_origin_endings  endings of an adjective of origin after a state's stem ("الجزائر" + "ية")
#
# Collectives and the home state (kg.finders.commitments, kg.finders.text):
# addressee_terms      collectives asked to act, with English names ("Member States", "các bộ, ngành,
#                      địa phương": ministries, sectors and localities); shared with the UN builder
# national_addressees  English names of those collectives that are bodies of one state: in news,
#                      of the home state ("relevant agencies"), not of the world ("Member States")
# news_agencies        news agencies credited in a dateline ("(TTXVN)", "(واس)", "/ТАСС/"), with the ISO
#                      3166 alpha-3 of their state, or "" for an international one (Reuters, AFP)
# home_country_words   words for the home country as a subject ("المملكة", "nước ta", "我国")
# plural_markers       words before a post that make it plural, so that a list of names follows
#
# The text of a legal instrument (kg.builders.legal): its heading, recitals, articles and signature:
# legal_heading_types  words that head an instrument on a line of their own, with its kind ("QUYẾT ĐỊNH")
# legal_number_marks   words before the instrument's own number in its heading ("Số:", "No.", "№")
# legal_number_tails   words after that number, where a language puts them there ("第708号")
# recital_openers      phrases that open a recital ("Căn cứ", "Having regard to", "Vu", "بناءً على")
# enacting_formulas    the words that end the recitals and open the articles ("QUYẾT ĐỊNH:", "décrète :")
# article_words        the word before an article's number ("Điều 1.", "Article 1", "第一条")
# article_tails        the word after an article's number, where a language puts it there ("条")
# article_ordinals     articles numbered in words, with their number ("premier": "1", "الأولى": "1")
# article_actions      phrases by which an article adopts, approves, establishes or repeals, with the
#                      action ("Ban hành kèm theo": adopts, "Phê duyệt": approves)
# entry_into_force_phrases  phrases that put the instrument into force ("có hiệu lực thi hành")
# signing_day_phrases  phrases by which it takes effect the day it is signed ("kể từ ngày ký")
# publication_day_phrases  phrases by which it takes effect on its publication, a day not given ("kể từ ngày công bố")
# on_behalf_marks      marks before the post a signer signs for ("KT.", "TM.", "Q.")
# closing_cues         lines that end the last article: place and date, recipients ("Nơi nhận:")
# adoption_date_phrases  words before the date a law was adopted, printed after its articles ("thông qua ngày")
# signed_placeholders  a line that stands for the signature itself in a copy ("(Đã ký)", "(signé)")
# appendix_words       the word that heads an appendix after the signature ("PHỤ LỤC", "ANNEXE")
# instrument_self_words  words by which an instrument names itself ("Luật này", "Le présent décret")
# declaratory_headings  headings of articles that say what the instrument covers or what its words
#                      mean ("Phạm vi điều chỉnh", "Définitions"): no decision
# agent_markers        words before the body that does what a clause in the passive says ("được cơ
#                      quan hải quan xử lý": handled by customs, "do Bộ Công Thương công bố")
# agent_blockers       words before such a marker that make the clause an event, not a duty ("đã được
#                      Quốc hội phê duyệt", "Sau khi được Quốc hội thông qua")
# copula_words         the verb by which a clause says what its subject is ("là", "est"): no task
# responsibility_headings  words that head an article of some parties' duties ("Trách nhiệm của",
#                      "Obligations de"): its clauses are tasks of those parties
# between_words        the word for "between" in a treaty's name ("giữa"): the name runs to its second party
# party_stops          words after which such a heading names no more parties ("đối với", "in")
# legal_metadata_labels  labels of a legal-information site's metadata table, with what each gives
#                      ("Số hiệu": number, "Loại văn bản": kind, "Người ký": signer, "Ngày ban hành": date)
# legal_page_furniture  lines of such a site's own parts around the instrument ("Văn bản liên quan",
#                      "Đang tải văn bản...")


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
    "đẩy rút ngắn khẩn trương đôn đốc cam yêu"
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
        "LỆNH": "decree",
    },
    "legal_number_marks": ("Số:", "Số"),
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
    ),
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
    # KT. (ký thay) signs for the post after it, TM. (thay mặt) for a collective body, Q. (quyền) as
    # acting holder, TL. (thừa lệnh) and TUQ. (thừa ủy quyền) by delegation
    "on_behalf_marks": ("KT.", "TM.", "Q.", "TL.", "TUQ."),
    "adoption_date_phrases": ("thông qua ngày", "thông qua vào ngày"),
    "closing_cues": ("Nơi nhận:", "Nơi nhận"),
    "signed_placeholders": ("(Đã ký)", "Đã ký", "(đã ký)", "(Đã ký và đóng dấu)"),
    "appendix_words": ("PHỤ LỤC", "Phụ lục"),
    "instrument_self_words": ("này",),
    "copula_words": ("là",),
    "agent_markers": ("được", "do"),
    "agent_blockers": ("đã", "khi", "sau khi"),
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


EXTRA: dict[str, object] = {
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
    "requesting_phrases": {"kêu gọi": "calls-upon", "đề nghị": "requests"},
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
    "time_limit_tails": (),  # the number comes after the words here ("在30日内" puts them after the unit)
    "duration_units": {"ngày": "D", "tuần": "W", "tháng": "M", "năm": "Y"},
    "deadline_words": ("trước năm", "đến năm", "chậm nhất vào năm", "chậm nhất năm"),
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
    # the State's numbers ("402/QĐ-TTg", "69/2020/QH14") and the Party's ("60-NQ/TW", "126-KL/TW")
    "instrument_number": (
        r"\d{1,5}(?:(?:/\d{4})?/[A-ZĐ][A-ZĐa-z]*(?:\d{1,3})?(?:-[A-ZĐ][A-ZĐa-z]*)*|-[A-ZĐ][A-ZĐ]*/[A-ZĐ][A-ZĐa-z]*)"
    ),
    "instrument_number_word": ("số",),
    # A convention a body numbers, cited by that number ("ILO Convention No. 190"), and the verbs by which
    # a person or a post signs the instrument named next (kg.finders.instruments; see kg/lang/vi.py).
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
    ),
    "event_heads": {
        "Hội thảo tập huấn": "workshop",
        "Hội thảo": "workshop",
        "Tọa đàm": "meeting",
        "Hội nghị thượng đỉnh": "summit",
        "Hội nghị": "conference",
        "Diễn đàn": "forum",
        "Phiên họp": "meeting",
        "Kỳ họp": "session",
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
    "measure_connectors": ("trong số",),
    "range_links": ("đến", "tới"),
    "scale_links": (),
    "number_words": {},
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
    "ordinal_markers": ("thứ", "khóa", "khoá", "số", "lần thứ", "Điều", "điều", "Khoản", "khoản", "Chương"),
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
        "các cơ quan, đơn vị liên quan": "relevant agencies",
        # the authorities that apply a rule at the border or to taxpayers ("được cơ quan hải quan xử lý")
        "cơ quan hải quan": "customs authorities",
        "các cơ quan hải quan": "customs authorities",
        "cơ quan thuế": "tax authorities",
        "các cơ quan thuế": "tax authorities",
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
