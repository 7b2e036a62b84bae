"""What the builders know of Arabic."""

from __future__ import annotations

from decimal import Decimal

from kg.lang.base import LanguagePack, with_adverbs

# --- numbers and figures ------------------------------------------------------

DECIMAL_MARKS = "٫.,"  # U+066B ARABIC DECIMAL SEPARATOR, a full stop, or a comma ("٣,٦"; "1,500" groups)
GROUP_MARKS = "٬, "  # U+066C ARABIC THOUSANDS SEPARATOR, a comma, or a space
SCALE_WORDS: dict[str, Decimal] = {
    "ألف": Decimal(10**3),
    "ألفا": Decimal(10**3),  # the accusative after a number ("620 ألفا مسجلون")
    "آلاف": Decimal(10**3),
    "مليون": Decimal(10**6),
    "ملايين": Decimal(10**6),
    "مليار": Decimal(10**9),
    "مليارات": Decimal(10**9),
    "بليون": Decimal(10**9),
    "بلايين": Decimal(10**9),
    "تريليون": Decimal(10**12),
}
QUALIFIERS: dict[str, str] = {
    "أكثر من": "more-than",
    "ما يزيد على": "more-than",
    "ما يزيد عن": "more-than",
    "ما يربو على": "more-than",
    "أقل من": "less-than",
    "حوالي": "about",
    "حوالى": "about",
    "نحو": "about",
    "قرابة": "about",
    "زهاء": "about",
    "ما يقرب من": "about",
    "ما لا يقل عن": "at-least",
    "ما لا يزيد على": "at-most",
}
UNITS: dict[str, str] = {
    "%": "percent",
    "٪": "percent",
    "في المائة": "percent",
    "في المئة": "percent",
    "بالمئة": "percent",
    "بالمائة": "percent",
    "دولار أميركي": "USD",
    "دولارات": "USD",
    "دينار أردني": "JOD",
    "دينار اردني": "JOD",
    "دينار كويتي": "KWD",
    "دينار عراقي": "IQD",
    "دينار": "dinar",
    "دنانير": "dinar",
    "يورو": "EUR",
    "دولار": "USD",
    "دولار أمريكي": "USD",
    "دولار من دولارات الولايات المتحدة": "USD",
    "شخص": "persons",
    "أشخاص": "persons",
    "طن": "tonnes", "أطنان": "tonnes",
    # A currency named with its country is that country's; named alone ("ريال", "جنيه"), it is
    # the currency of that name of the state the text is about (kg.text.currencies).
    "ريال سعودي": "SAR", "ريال قطري": "QAR", "ريال عماني": "OMR", "ريال يمني": "YER",
    "جنيه مصري": "EGP", "جنيه سوداني": "SDG", "جنيه إسترليني": "GBP", "جنيه استرليني": "GBP",
    "درهم إماراتي": "AED", "درهم مغربي": "MAD",
    "دينار بحريني": "BHD", "دينار ليبي": "LYD", "دينار تونسي": "TND", "دينار جزائري": "DZD",
    "ليرة لبنانية": "LBP", "ليرة سورية": "SYP", "ليرة تركية": "TRY",
    "ريال": "riyal", "ريالات": "riyal", "جنيه": "pound", "جنيهات": "pound",
    "درهم": "dirham", "دراهم": "dirham", "ليرة": "lira", "ليرات": "lira",
}  # fmt: skip

# --- dates --------------------------------------------------------------------

_LEVANTINE_MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
    "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
}  # fmt: skip
_TRANSLITERATED_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيه": 6,
    "يونيو": 6, "يوليه": 7, "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10,
    "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}  # fmt: skip
# UN Arabic writes both names joined by a slash: "كانون الأول/ديسمبر".
# Moroccan ("يوليوز", "شتنبر") and Algerian or Tunisian ("جويلية", "أوت") names of months.
_MAGHREBI_MONTHS = {
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "يوليوز": 7, "أوت": 8,
    "اوت": 8, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}  # fmt: skip
MONTHS: dict[str, int] = {
    **_LEVANTINE_MONTHS,
    **_TRANSLITERATED_MONTHS,
    **_MAGHREBI_MONTHS,
    **{
        f"{levantine}/{transliterated}": number
        for levantine, number in _LEVANTINE_MONTHS.items()
        for transliterated, same in _TRANSLITERATED_MONTHS.items()
        if same == number
    },
}

# --- commitments --------------------------------------------------------------

# Verbs of the General Assembly (feminine: الجمعية); masculine forms (المجلس, مجلس الأمن) are
# derived below. "تسليم" and "تهيئ" are misprints of "تسلّم" and "تهيب" attested in UN texts.
_FEMININE_VERBS: dict[str, str] = {
    "تسلم": "recognizes", "تسليم": "recognizes", "تقر": "recognizes", "تدرك": "recognizes",
    "تعترف": "acknowledges", "ترحب": "welcomes", "تؤكد من جديد": "reaffirms", "تعيد تأكيد": "reaffirms",
    "تؤكد مجددا": "reaffirms", "تؤكد": "affirms", "تشدد": "stresses", "تشدد على": "stresses",
    "تبرز": "underlines", "تسلط الضوء": "highlights", "تكرر": "reiterates", "تكرر تأكيد": "reiterates",
    "تلاحظ": "notes", "تحيط علما": "takes-note", "تلاحظ بقلق": "notes-with-concern",
    "تلاحظ بقلق بالغ": "notes-with-concern", "تلاحظ مع القلق": "notes-with-concern",
    "تلاحظ مع التقدير": "notes-with-appreciation", "تلاحظ مع الارتياح": "notes-with-satisfaction",
    "تلاحظ بارتياح": "notes-with-satisfaction", "تشير": "recalls", "تذكر": "recalls", "تعرب": "expresses",
    "تعرب عن قلقها": "expresses-concern", "تعرب عن بالغ قلقها": "expresses-concern",
    "تعرب عن تقديرها": "expresses-appreciation", "تعرب عن امتنانها": "expresses-appreciation",
    "تثني": "commends", "تقدر": "appreciates", "تأسف": "regrets", "تشجب": "deplores", "تدين": "condemns",
    "ترى": "considers", "تعتبر": "considers", "تعتقد": "believes", "تضع في اعتبارها": "bears-in-mind",
    "تسترشد": "is-guided-by", "تعقد العزم": "is-determined", "تتطلع": "looks-forward", "تعتزم": "intends",
    "تشجع": "encourages", "تحث": "urges", "تهيب": "calls-upon", "تهيئ": "calls-upon", "تدعو": "invites",
    "تناشد": "appeals", "توصي": "recommends", "تؤيد": "supports", "تدعم": "supports", "تطلب": "requests",
    "تطالب": "demands", "توعز": "directs", "تكلف": "tasks", "تقرر": "decides", "تعتمد": "adopts",
    "توافق": "approves", "تأذن": "authorizes", "تعلن": "declares", "تسمي": "designates",
    "تنشئ": "establishes",
    "تلتزم": "commits",
    # a text put before a body for it to take up ("توجه انتباه اللجنة الخاصة إلى هذا القرار")
    "توجه انتباه": "draws-attention",
}  # fmt: skip
# The nouns by which a statement's author is the subject of its verbs: "يطالب المؤتمر", "تدعو المنظمة".
_SPEAKER_NOUNS = ("المؤتمر", "المنظمة", "المكتب", "المجلس")
_ADVERBS = ("أيضا", "كذلك", "مرة أخرى", "بقوة", "بشدة", "في هذا الصدد")


def _arabic_verb_forms(verbs: dict[str, str]) -> dict[str, str]:
    """Feminine and masculine forms, with the adverbs after them and the conjunction و before them."""
    forms: dict[str, str] = {}
    for verb, action in verbs.items():
        for gendered in (verb, "ي" + verb[1:]):
            for form in (gendered, *(f"{gendered} {adverb}" for adverb in _ADVERBS)):
                forms[form] = action
                forms["و" + form] = action
    return forms


OPERATIVE_VERBS: dict[str, str] = _arabic_verb_forms(_FEMININE_VERBS)
# Preambular clauses are "إذ" + the same verbs ("وإذ تشير"), or a verbal noun with "منها".
PREAMBULAR_PHRASES: dict[str, str] = {
    **{f"{opener} {form}": action for form, action in OPERATIVE_VERBS.items() if not form.startswith("و")
       for opener in ("إذ", "وإذ")},
    "اقتناعا منها": "is-convinced", "واقتناعا منها": "is-convinced", "إدراكا منها": "is-aware",
    "وإدراكا منها": "is-aware", "وإذ يساورها القلق": "is-concerned", "إذ يساورها القلق": "is-concerned",
    "وإذ يساورها بالغ القلق": "is-concerned", "تسليما منها": "recognizes", "وتسليما منها": "recognizes",
    "اعترافا منها": "acknowledges", "واعترافا منها": "acknowledges", "تصميما منها": "is-determined",
    "وتصميما منها": "is-determined",
    # the Security Council invokes the Charter: "وإذ يتصرف بموجب الفصل السابع من الميثاق"
    **{f"{opener} {verb} بموجب": "acts-under" for opener in ("إذ", "وإذ") for verb in ("يتصرف", "تتصرف")},
}  # fmt: skip
# A council (المجلس, مجلس الأمن) is masculine: "اقتناعا منه", "وإذ يساوره القلق".
PREAMBULAR_PHRASES.update(
    {
        phrase.replace("منها", "منه").replace("يساورها", "يساوره"): action
        for phrase, action in PREAMBULAR_PHRASES.items()
    }
)
# What a body will do: the future prefix س on the verb ("المملكة ستقدم", "وستواصل الحكومة"); the subject
# stands before it in a nominal sentence ("أن المفوضية ستقدم"). A commitment only where an actor stands
# right beside it (extra["subject_bound_pledges"]).
_REPORTED_FUTURE: dict[str, str] = {
    conjunction + "س" + person + stem: "will"
    for stem in ("قدم", "واصل", "عمل", "خصص", "طلق", "نفذ", "دعم", "وفر", "ستضيف", "ساهم", "تبرع")
    for person in ("ت", "ي")
    for conjunction in ("", "و")
}
# an agreement a body signs, told of it ("وقعت الحكومة اتفاقية")
_AGREED: dict[str, str] = {
    **dict.fromkeys(("وقعت اتفاقية", "وقع اتفاقية", "وقعت اتفاقا", "وقع اتفاقا"), "commits"),
}

PLEDGE_PHRASES: dict[str, str] = {
    **_AGREED,
    "نلتزم": "commits",
    "نتعهد": "commits",
    "تلتزم": "commits",
    "تتعهد": "commits",
    "نعتزم": "intends",
    "تعتزم": "intends",
    "سوف": "will",
    # the conjunction و is written joined to the verb that follows it
    "ونلتزم": "commits",
    "وتلتزم": "commits",
    "ونتعهد": "commits",
    "وتتعهد": "commits",
    "ونعتزم": "intends",
    "وتعتزم": "intends",
    **_REPORTED_FUTURE,
}

# --- persons and organisations -------------------------------------------------

HONORIFICS: tuple[str, ...] = ("السيد", "السيدة", "الآنسة", "الدكتور", "الدكتورة", "الأستاذ", "الأستاذة", "سعادة",
                               "معالي", "السفير",
                               "السفيرة", "المهندس", "المهندسة", "الشيخ", "الشيخة",
                               # a prince's title before his name ("الأمير فيصل"); without the article,
                               # before a state or region, "أمير" is the post ("أمير دولة قطر")
                               "صاحب السمو الملكي", "صاحب السمو", "سمو", "الأمير", "الأميرة")  # fmt: skip
POSTS: dict[str, str] = {
    "المقرر": "Rapporteur", "المقررة": "Rapporteur", "المقرر الخاص": "Special Rapporteur",
    "المقررة الخاصة": "Special Rapporteur", "الرئيس": "Chair", "الرئيسة": "Chair", "رئيس": "Chair",
    "رئيسة": "Chair", "نائب الرئيس": "Vice-Chair", "نائبة الرئيس": "Vice-Chair", "الرئيس المشارك": "Co-Chair",
    "الرئيسة المشاركة": "Co-Chair", "الأمين العام": "Secretary-General",
    "نائب الأمين العام": "Deputy Secretary-General",
    "نائبة الأمين العام": "Deputy Secretary-General", "وكيل الأمين العام": "Under-Secretary-General",
    "الممثل الدائم": "Permanent Representative", "الممثلة الدائمة": "Permanent Representative",
    "الممثل الخاص": "Special Representative", "الممثلة الخاصة": "Special Representative",
    "المفوض السامي": "High Commissioner", "المفوضة السامية": "High Commissioner",
    "المدير التنفيذي": "Executive Director", "المديرة التنفيذية": "Executive Director",
    "المدير العام": "Director-General", "المديرة العامة": "Director-General",
    "مدير البرنامج": "Administrator",
    "الميسر": "Facilitator", "الميسرة": "Facilitator", "ميسر": "Facilitator", "مدير": "Director",
    "مديرة": "Director", "ممثل": "Representative", "ممثلة": "Representative",
    "نائب ممثل": "Deputy Representative", "نائبة ممثل": "Deputy Representative",
    # posts of governments, as news names them
    "وزير": "Minister", "وزيرة": "Minister", "الوزير": "Minister", "الوزيرة": "Minister",
    "وزير الدولة": "Minister of State", "وزيرة الدولة": "Minister of State",
    "رئيس الوزراء": "Prime Minister", "رئيسة الوزراء": "Prime Minister", "رئيس مجلس الوزراء": "Prime Minister",
    "رئيس الحكومة": "Head of Government", "نائب رئيس الوزراء": "Deputy Prime Minister",
    "رئيس الجمهورية": "President", "ملك": "King", "الملك": "King", "أمير": "Emir",
    "ولي العهد": "Crown Prince", "سفير": "Ambassador", "سفيرة": "Ambassador", "المتحدث باسم": "Spokesperson",
    "المتحدث الرسمي باسم": "Spokesperson", "المبعوث الخاص": "Special Envoy", "المنسق المقيم": "Resident Coordinator",
    # the officers of an association's bureau, as the Maghreb names them ("الكاتب العام: ...")
    "الكاتب العام": "General Secretary", "الكاتبة العامة": "General Secretary",
    "نائب الكاتب العام": "Deputy General Secretary", "نائبة الكاتب العام": "Deputy General Secretary",
    "أمين المال": "Treasurer", "أمينة المال": "Treasurer", "نائب أمين المال": "Deputy Treasurer",
    # ... and by the short title of a bureau's list ("نائب الأمين: ..."); "الأمين" alone is also a name ("محمد
    # الأمين"), a post only before its colon ("الأمين: ...")
    "نائب الأمين": "Deputy Treasurer", "نائبة الأمين": "Deputy Treasurer", "الأمين:": "Treasurer",
    "الأمينة:": "Treasurer",
}  # fmt: skip
# Heads of the names of national bodies: "وزارة العمل", "هيئة الاستثمار".
ORGANIZATION_HEADS: dict[str, str] = {
    "وزارة": "government-agency", "هيئة": "government-agency",
    # bodies of civil society, parties, unions, federations ("المنظمة المغربية لحقوق الإنسان")
    **dict.fromkeys(("المنظمة", "منظمة", "الفيدرالية", "فيدرالية", "الجمعية", "جمعية", "الشبكة", "شبكة", "الرابطة",
                     "رابطة", "النقابة", "نقابة", "الحزب", "حزب", "الاتحاد", "اتحاد", "تنسيقية", "المرصد",
                     "مرصد", "التحالف", "تحالف", "الائتلاف", "ائتلاف", "الكونفدرالية", "تجمع", "المفوضية",
                     "مفوضية", "المحكمة", "محكمة"), "organization"),
}  # fmt: skip


_ARABIC_MARKS = dict.fromkeys(range(0x064B, 0x0653)) | {0x0670: None, 0x0640: None}
_ARABIC_LETTER_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ئ": "ي"})
_ORDINAL_UNITS = {
    "اول": 1, "اولي": 1, "حادي": 1, "حاديه": 1, "ثاني": 2, "ثانيه": 2, "ثالث": 3, "ثالثه": 3, "رابع": 4,
    "رابعه": 4, "خامس": 5, "خامسه": 5, "سادس": 6, "سادسه": 6, "سابع": 7, "سابعه": 7, "ثامن": 8,
    "ثامنه": 8, "تاسع": 9, "تاسعه": 9, "عاشر": 10, "عاشره": 10,
}  # fmt: skip
_ORDINAL_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50,
    "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
    "تسعون": 90, "تسعين": 90, "مايه": 100, "ميه": 100,
}  # fmt: skip
_TEEN_MARKERS = ("عشر", "عشره")


def _fold_arabic_word(word: str) -> str:
    """Without short vowels, tatweel, hamza seats, the article or the conjunction و."""
    word = word.translate(_ARABIC_MARKS).translate(_ARABIC_LETTER_FOLDS)
    for prefix in ("وال", "ال", "و"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def parse_ordinal(text: str) -> int | None:
    """The number of an ordinal written in words ("الثالثة والسبعين", "الحادية والعشرون"), or None.

    >>> parse_ordinal("الثالثة والسبعين"), parse_ordinal("الثانية والسبعون"), parse_ordinal("الحادية عشرة")
    (73, 72, 11)
    >>> parse_ordinal("الجمعية العامة") is None
    True
    """
    words = [_fold_arabic_word(word) for word in text.split()]
    if not words:
        return None
    total = 0
    for word in words:
        if word in _ORDINAL_UNITS:
            total += _ORDINAL_UNITS[word]
        elif word in _TEEN_MARKERS and 0 < total < 10:
            total += 10
        elif word in _ORDINAL_TENS:
            total += _ORDINAL_TENS[word]
        elif word != "بعد":  # "الحادية والسبعون بعد المائة"
            return None
    return total or None


def _with_conjunction(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each word, and the word with the conjunction "و" written on it ("قال", "وقال")."""
    return tuple(form for word in words for form in (word, "و" + word))


# The commonest verbs of news, past and present, masculine and feminine: a subject's name ends before
# one ("المدير العام للمنظمة الدولية للهجرة | دعم اللاجئين").
_NEWS_VERBS = _with_conjunction((
    "قال", "قالت", "يقول", "تقول", "أعلن", "أعلنت", "يعلن", "تعلن", "أكد", "أكدت", "يؤكد", "تؤكد", "دعا",
    "دعت", "يدعو", "تدعو", "دعم", "دعمت", "يدعم", "تدعم", "بحث", "بحثت", "يبحث", "تبحث", "التقى", "التقت",
    "يلتقي", "تلتقي", "استقبل", "استقبلت", "يستقبل", "تستقبل", "زار", "زارت", "يزور", "تزور", "شارك",
    "شاركت", "يشارك", "تشارك", "وقع", "وقعت", "يوقع", "توقع", "أشار", "أشارت", "يشير", "تشير", "أوضح",
    "أوضحت", "أضاف", "أضافت", "رحب", "رحبت", "يرحب", "ترحب", "افتتح", "افتتحت", "ترأس", "ترأست", "أطلق",
    "أطلقت", "ناقش", "ناقشت", "حذر", "حذرت", "يحذر", "تحذر", "شدد", "شددت", "أصدر", "أصدرت", "طالب",
    "طالبت", "أجرى", "أجرت", "تلقى", "تلقت", "عقد", "عقدت", "أعرب", "أعربت", "قدم", "قدمت", "كشف", "كشفت",
    "يزور", "سلم", "سلمت", "ألقى", "ألقت", "اختتم", "اختتمت", "وصل", "وصلت",
))  # fmt: skip

# What the UN builder reads besides the fields above; every key is documented in
# kg/builders/un/README.md ("Language data").
# --- the text of legal instruments (kg.builders.legal) --------------------------------------
# Merged into EXTRA below; every key is described in kg/lang/vi.py's list of keys.
LEGAL_INSTRUMENTS: dict[str, object] = {
    "legal_heading_types": {
        "مرسوم": "decree",
        "مرسوم تشريعي": "decree",
        "مرسوم بقانون": "decree",
        "مرسوم ملكي": "decree",
        "أمر": "decree",
        "قانون": "law",
        "قرار": "decision",
    },
    "legal_number_marks": ("رقم",),
    "legal_number_tails": (),
    "recital_openers": (
        "بناءً على", "بناء على", "وبناءً على", "وبناء على", "بعد الاطلاع على", "بعد الإطلاع على",
        "وبعد الاطلاع على", "وعلى", "استناداً إلى", "استنادا إلى", "وبعد موافقة",
    ),
    "enacting_formulas": (
        "قرر:", "يقرر:", "قررنا:", "قرر ما يلي:", "يقرر ما يلي:", "رسمنا بما هو آت:", "رسم بما هو آت:",
    ),
    "article_words": ("المادة", "مادة"),
    "article_tails": (),
    "article_ordinals": {
        "الأولى": "1", "الثانية": "2", "الثالثة": "3", "الرابعة": "4", "الخامسة": "5", "السادسة": "6",
        "السابعة": "7", "الثامنة": "8", "التاسعة": "9", "العاشرة": "10",
    },
    "article_actions": {
        "يعتمد": "adopts",
        "تعتمد": "adopts",
        "يُعتمد": "adopts",
        "تُعتمد": "adopts",
        "يوافق على": "approves",
        "الموافقة على": "approves",
        "تنشأ": "establishes",
        "ينشأ": "establishes",
        "يلغى": "decides",
        "يُلغى": "decides",
    },
    "entry_into_force_phrases": (
        "يُعمل بهذا", "يعمل بهذا", "ويُعمل بهذا", "ويعمل بهذا", "يُعمل به", "يعمل به", "ويُعمل به", "ويعمل به",
        "يسري", "ويسري", "يدخل حيز التنفيذ",
    ),
    "signing_day_phrases": ("من تاريخ صدوره", "اعتباراً من تاريخ صدوره", "من تاريخ توقيعه", "من تاريخ التوقيع عليه"),
    # it takes effect on a day the text does not give: its publication (kg.builders.legal.in_force)
    "publication_day_phrases": ("من تاريخ نشره", "اعتباراً من تاريخ نشره", "من اليوم التالي لتاريخ نشره"),
    "on_behalf_marks": ("نيابة عن", "بالنيابة عن", "عن"),
    "adoption_date_phrases": (),
    "closing_cues": ("صدر في", "حرر في"),
    "signed_placeholders": ("(توقيع)", "(إمضاء)"),
    "appendix_words": ("ملحق", "الملحق"),
}  # fmt: skip


# ما يفعله المتكلمون في إعلان في فقراته ("نعترف ..."، "ونؤكد من جديد ...")، كل فعل يفتتح جملة:
# التزام منهم بقوة فعله.
DECLARATION_VERBS: dict[str, str] = with_adverbs(
    {
        "نعترف": "recognizes", "نسلم": "recognizes", "نؤكد من جديد": "reaffirms", "نعيد تأكيد": "reaffirms",
        "نحيط علما": "takes-note", "نلاحظ": "notes", "نشدد": "stresses", "نؤكد": "emphasizes",
        "نرحب": "welcomes", "نشيد": "commends", "نشجع": "encourages", "نحث": "urges", "نهيب": "calls-upon",
        "ندعو": "calls-upon", "نوصي": "recommends", "ندعم": "supports", "نعرب": "expresses", "نعلن": "declares",
        "ندين": "condemns", "نعقد العزم": "resolves", "نقرر": "decides", "نطلب": "requests", "نشير": "recalls",
        "نعتمد": "adopts", "نؤيد": "endorses", "نجتمع": "meets", "نسعى": "seeks",
    },
    before=("و",),
    separator="",
)  # fmt: skip

#: "held" after the name of an event or of the body holding it ("المؤتمر ... المنعقد بالرباط", "للمنظمة ...
#: المنعقدة أيام"): it ends the name, it is none of it.
_HELD_PARTICIPLES = ("المنعقد", "المنعقدة", "المنعقدين")

# A readout or a joint statement tells what the parties it named did together under a collective subject, after
# its verb ("اتفق الجانبان على ...", "وأكد الزعيمان ..."): every party's stance, with how many parties the subject
# names (dual nouns: two).
JOINT_SUBJECTS: dict[str, int] = dict.fromkeys(("الجانبان", "الطرفان", "الزعيمان", "الرئيسان", "الوزيران"), 2)
_READOUT_VERBS: dict[str, str] = {
    "اتفق": "commits", "أكد": "affirms", "جدد": "reaffirms", "بحث": "considers", "ناقش": "considers",
    "رحب": "welcomes", "أعرب": "expresses", "شدد": "emphasizes", "أدان": "condemns",
}  # fmt: skip
READOUT_PHRASES: dict[str, str] = {
    f"{conjunction}{verb} {subject}": action
    for subject in JOINT_SUBJECTS
    for verb, action in _READOUT_VERBS.items()
    for conjunction in ("", "و")
}

EXTRA: dict[str, object] = {
    # a readout's or a joint statement's collective subject and its verb (kg.finders.commitments)
    "readout_phrases": READOUT_PHRASES,
    "joint_subjects": JOINT_SUBJECTS,
    **LEGAL_INSTRUMENTS,
    # How often a commitment recurs, as ISO 8601 durations ("report annually").
    "cycle_words": {
        "سنويا": "P1Y",
        "سنوياً": "P1Y",
        "سنوي": "P1Y",  # "رفع تقرير سنوي": an annual report
        "كل سنة": "P1Y",
        "كل عام": "P1Y",
        "كل سنتين": "P2Y",
        "كل عامين": "P2Y",
        "كل ثلاث سنوات": "P3Y",
        "كل أربع سنوات": "P4Y",
        "كل خمس سنوات": "P5Y",
        "كل ثلاثة أعوام": "P3Y",
        "كل أربعة أعوام": "P4Y",
    },
    # A national instrument announced by its head and number: "القانون رقم 82 لسنة 2016".
    # (with the conjunction and prepositions written on the word: "للقانون", "بالقرار")
    "instrument_number_heads": {
        f"{clitic}{head}": kind
        for head, kind in (("القانون", "law"), ("القرار", "decision"), ("المرسوم", "decree"))
        for clitic in ("", "و", "ب", "وب", "ف")
    }
    | {"ل" + head[1:]: kind for head, kind in (("القانون", "law"), ("القرار", "decision"), ("المرسوم", "decree"))}
    | {"قانون": "law", "قرار": "decision", "مرسوم": "decree"},
    "instrument_number_word": ("رقم",),
    # A convention a body numbers, cited by that number ("ILO Convention No. 190"), and the verbs by which
    # a person or a post signs the instrument named next (kg.finders.instruments; see kg/lang/schema.py).
    "convention_words": ("اتفاقية", "الاتفاقية", "باتفاقية", "لاتفاقية", "واتفاقية", "بالاتفاقية", "للاتفاقية"),
    "convention_suffixes": (),
    "signing_verbs": ("وقع", "وقّع", "ووقع", "ووقّع", "وقعت", "ووقعت", "يوقع"),
    "instrument_year_links": ("لسنة", "لعام"),
    "instrument_date_links": ("بتاريخ", "وتاريخ", "المؤرخ", "الصادر في", "الصادر بتاريخ"),
    # national bodies named alone, of the dateline's state (news; declared in kg/lang/schema.py)
    "subject_bound_pledges": tuple(_REPORTED_FUTURE),
    "standalone_organizations": {"مجلس الوزراء": "Council of Ministers", "الحكومة": "Government",
                                 "مجلس النواب": "House of Representatives", "مجلس الشورى": "Shura Council"},
    # "تتراوح بين ٢ و٣ مليارات": the two ends of a range (kg.text.numbers)
    "range_links": ("و", "إلى"),
    # news and government texts (kg.readers.segment, kg.finders, kg.builders.news); keys declared in kg/lang/schema.py
    "furniture_cues": (
        "اقرأ أيضا", "اقرأ أيضاً", "أخبار ذات صلة", "مواضيع ذات صلة", "الأكثر قراءة", "آخر الأخبار",
        "الأكثر مشاهدة", "كلمات مفتاحية", "شارك",
    ),
    "home_cues": ("الرئيسية", "الصفحة الرئيسية"),
    "source_cues": ("المصدر:",),
    # words that open the line of a page's author or editor box, no fact of the text (kg.finders.text)
    "editor_line_cues": ("تحرير:", "تحرير :", "المحرر:", "إعداد:", "إعداد وتحرير:"),
    # words that open a link to where the page was first published: the line is a credit (kg.finders.text)
    "repost_link_cues": ("منقول عن", "نقلا عن موقع", "نشر أصلا في"),
    "verb_first": True,  # the subject of a verb follows it ("وتعتزم الحكومة")
    "name_stops": (
        "في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "التي", "الذي", "الذين", "خلال", "بعد", "قبل",
        "عام", "يوم", "منذ", "حتى", "بمشاركة", "لدعم", "هو", "هي", "كما", "وذلك", "ذلك", "هذا", "هذه",
        "عبر", "أمام", "لدى", "بين", "حول", "نحو", "ضمن", "إنه", "أنه", "إنها", "أنها", "اليوم", "أمس",
        *_NEWS_VERBS, *_HELD_PARTICIPLES,
    ),
    # persons' names, which have no capitals: a given name opens without the article, a family name
    # may have it ("أيمن الصفدي"); a word with a preposition on its article is no name ("بالوزير")
    "articles": ("ال",),
    # posts whose word is also an adjective ("بقرض ميسر": a concessional loan): a post only with its holder
    # a post's state by its adjective ("وزير الخارجية الفرنسي"), where the states' official names give none
    # (declared in kg/lang/schema.py; the others are read from "الجمهورية الإيطالية")
    "state_adjectives": {
        "الأمريكي": "USA", "الأمريكية": "USA", "الأميركي": "USA", "الألماني": "DEU", "الألمانية": "DEU",
        "البريطاني": "GBR", "البريطانية": "GBR", "الصيني": "CHN", "الصينية": "CHN", "الروسي": "RUS",
        "الروسية": "RUS", "الإسباني": "ESP", "الإسبانية": "ESP", "التركي": "TUR", "التركية": "TUR",
        "الفلسطيني": "PSE", "الفلسطينية": "PSE", "الإسرائيلي": "ISR", "الإسرائيلية": "ISR",
        "الإيراني": "IRN", "الإيرانية": "IRN", "الأوكراني": "UKR", "الأوكرانية": "UKR", "السوري": "SYR",
        "السورية": "SYR", "المصري": "EGY", "المصرية": "EGY", "السعودي": "SAU", "السعودية": "SAU",
        "الأردني": "JOR", "الأردنية": "JOR", "التونسي": "TUN", "التونسية": "TUN", "الليبي": "LBY",
        "الليبية": "LBY", "العراقي": "IRQ", "العراقية": "IRQ", "اللبناني": "LBN", "اللبنانية": "LBN",
    },
    "adjective_endings": (("ية", "ي"),),
    "posts_needing_a_holder": ("ميسر", "ميسرة", "الميسر", "الميسرة"),
    "articles_with_proclitics": ("لل", "وال", "بال", "فال", "كال"),
    # words that go on with a body's name before a word with the article ("المنظمة المغربية لحقوق الإنسان",
    # "الفيدرالية الأورومتوسطية ضد الاختفاء القسري"; kg.finders.names)
    # the ending a feminine noun and its adjective share: a body's name after a head with the article agrees
    # with it ("المنظمة المغربية"; kg.finders.actors)
    "agreement_endings": ("ة",),
    # the authorities of a state, named with it ("السلطات الجزائرية"; kg.finders.actors), and the endings
    # of an adjective of origin after a state's stem ("الجزائر" + "ية")
    # "السلطات الجزائرية", "الدولة الجزائرية" (the State, as a statement calls upon it): that state's Government
    "authority_words": ("السلطات", "الدولة"),
    "adjective_of_origin_endings": ("ية", "ي"),
    "body_name_links": ("لحقوق", "ضد", "لمناهضة", "لمكافحة", "للدفاع", "لحماية", "لدعم", "لشؤون", "لمراقبة"),
    "name_particles": ("عبد", "بن", "بنت", "أبو", "أبي", "آل"),
    # a post held before, part of the post as written ("الرئيس | السابق | للرابطة")
    "post_scopes": ("السابق", "السابقة"),
    # a post its holder took up, after the name ("سعيد المراكشي | الذي أصبح | رئيسا للرابطة"), in the accusative
    "becoming_links": ("الذي أصبح", "التي أصبحت", "الذي صار", "التي صارت"),
    "post_case_endings": ("اً", "ا"),
    # words that continue a post's portfolio without the article ("وزير الخارجية وشؤون المغتربين")
    "post_complements": ("شؤون", "وشؤون", "لشؤون", "مجلس", "هيئة", "وزارة", "مكتب", "مفوضية", "منظمة",
                         "برنامج", "صندوق", "بعثة", "لجنة", "جامعة", "دولة", "حكومة"),
    # a "رئيس" in the news heads a state, a bank or an assembly; in a UN document he chairs a meeting
    "post_names_in_news": {"الرئيس": "President", "الرئيسة": "President", "رئيس": "President",
                           "رئيسة": "President", "نائب الرئيس": "Vice-President", "نائبة الرئيس": "Vice-President"},
    "observance_days": {
        "اليوم العالمي للاجئين": "--06-20", "اليوم الدولي للمهاجرين": "--12-18", "يوم حقوق الإنسان": "--12-10",
        "اليوم العالمي للنحل": "--05-20", "اليوم الدولي للمرأة": "--03-08", "اليوم الدولي للسلام": "--09-21",
        "اليوم العالمي لمناهضة عقوبة الإعدام": "--10-10",
    },
    "event_heads": {"اليوم العالمي": "event", "اليوم الدولي": "event",  # observances: "اليوم العالمي للاجئين"
                    "مؤتمر": "conference", "المؤتمر": "conference",
                    # "بعد عقد مؤتمرها الوطني": its congress, the pronoun written on the head
                    "مؤتمرها": "conference", "مؤتمره": "conference", "قمة": "summit", "القمة": "summit",
                    "منتدى": "forum", "المنتدى": "forum", "ورشة عمل": "workshop", "اجتماع": "meeting",
                    "الاجتماع": "meeting",
                    # an association's general assembly: "الجمع العام التأسيسي للمنظمة", "الجمع العام العادي"
                    "الجمع العام": "meeting"},
    # "المنعقد | بالرباط": the participle that says where and when an event was held ends its name
    "event_name_stops": ("في", "يوم", "من", "إلى", "على", "خلال", "بمشاركة", "الذي", "التي", "حول", "عن", "أن",
                         "أيام", *_HELD_PARTICIPLES),
    # words that open with a preposition written on them end an event's name ("المؤتمر | بالتصويت")
    "event_name_stop_prefixes": ("بال",),
    "event_name_word_prefixes": ("ال", "لل", "وال", "كال"),
    "measure_stops": ("في", "خلال", "عام", "منذ", "إلى", "على", "من", "حتى", "بين", "وأن", "وأنه", "وأنها", "كما",
                      "بينما", "حيث", "والتي", "الذي", "التي", "ل", "لدعم"),
    # figures in words and their parts (kg.text.numbers; declared in kg/lang/schema.py)
    "scale_links": ("و",),
    "number_words": {"واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5,
                     "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9,
                     "تسع": 9, "عشرة": 10, "عشر": 10},
    "lone_scale_words": {"ألف": 10**3, "ألفا": 10**3, "ألفين": 2 * 10**3, "ألفان": 2 * 10**3, "مليون": 10**6,
                         "مليونا": 10**6, "مليونين": 2 * 10**6, "مليونان": 2 * 10**6, "مليار": 10**9,
                         "مليارا": 10**9, "مليارين": 2 * 10**9, "ملياران": 2 * 10**9},
    "age_words_before": ("سن", "دون سن", "عمر", "أعمارهم", "أعمارهن"),
    "age_words_after": ("عاما من العمر", "سنة من العمر"),
    "ratio_links": ("من كل",),
    "measure_connectors": ("من",),
    # verbs before the measure of the figure after it ("ارتفع حجم الصادرات إلى 5 مليارات"; kg/lang/vi.py)
    "measure_verbs": _with_conjunction(("بلغ", "بلغت", "ارتفع", "ارتفعت", "انخفض", "انخفضت", "تراجع", "تراجعت",
                                        "وصل", "وصلت", "زاد", "زادت", "سجل", "سجلت", "تجاوز", "تجاوزت")),
    "qualifiers_after": {"أو أكثر": "at-least", "فأكثر": "at-least", "أو أقل": "at-most", "فأقل": "at-most"},
    "period_year_words": ("عام", "في عام", "خلال عام", "سنة"),
    "year_range_links": ("إلى", "و"),
    "this_year_words": ("هذا العام", "هذه السنة", "العام الجاري", "السنة الجارية"),
    "since_words": ("منذ عام", "منذ"),
    "same_period_words": ("الفترة نفسها من عام", "الفترة ذاتها من عام", "نفس الفترة من عام"),
    "year_parts": {
        "الربع الأول": "Q1", "الربع الثاني": "Q2", "الربع الثالث": "Q3", "الربع الرابع": "Q4", "النصف الأول": "H1",
        "النصف الثاني": "H2",
    },
    "subset_words": ("منهم", "منها", "من بينهم"),
    "ordinal_nouns": ("الذكرى", "للذكرى", "بالذكرى", "الدورة", "المؤتمر"),
    "numbered_name_words": ("كوفيد", "وكوفيد", "لكوفيد", "بكوفيد", "كورونا", "Covid", "COVID"),
    "next_year_words": ("في العام التالي", "بعد عام"),
    "counted_nouns": {
        "طفلا": "children", "طفلاً": "children", "أطفال": "children", "مهاجرا": "migrants", "لاجئا": "refugees",
        "دولة": "countries", "دول": "countries", "منظمة": "organizations", "صوتا": "votes", "صوتاً": "votes",
        "شخصا": "persons", "شخصاً": "persons", "عضوا": "members", "عضواً": "members",
    },
    "signatory_openers": ("نحن، رؤساء دول وحكومات", "نحن رؤساء دول وحكومات"),
    "place_prefixes": ("مدينة", "محافظة"),
    "date_order": "dmy",
    "date_range_openers": ("في الفترة من", "من"),
    "date_range_connectors": ("إلى", "و", "-", "–"),
    "year_words_before": ("في عام", "عام", "لعام", "بحلول عام", "حتى عام", "منذ عام", "سنة"),
    "year_words_after": (),
    "session_words": ("الدورة", "دورتها", "دورته", "لدورتها", "لدورته", "بدورتها", "دورة"),
    # Words before a session that make it the topic, not the time: "تقرير اللجنة عن أعمال دورتها".
    "session_topic_words": ("عن أعمال", "عن"),
    "ordinal_side": "after",
    "agenda_words": ("البند", "البندان", "البنود"),
    # words for "decision" before its number ("its decision 68/548"): A/DEC/68/548, and the end of a list of resolutions
    "decision_words": ("المقرر", "مقرر", "مقررها", "مقرره", "المقررات", "مقرراتها"),
    "resolution_words": ("القرار", "القرارين", "قرار", "قرارها", "قراره", "قراري", "قراريها", "القرارات", "قرارات",
                         "قراراتها", "قراراته"),
    "title_words": ("المعنون", "المعنونة", "المعنونين", "المعنونان"),
    "resolution_suffixes": (),
    "section_letters": {"ألف": "A", "باء": "B", "جيم": "C", "دال": "D", "هاء": "E", "واو": "F", "بء": "B"},
    "annex_words": ("المرفق", "مرفق"),
    "objective_words": ("الهدف",),
    "plenary_meeting": r"الجلسة العامة\s+(\d+)",
    # A meeting of a body without plenary meetings, alone on its line: the Human Rights Council's closing.
    "meeting_line": r"الجلسة\s+(\d+)",
    # A decision's masthead ("Decision adopted by the General Assembly on ...").
    "adopted_decision_phrases": ("مقرر اتخذته", "مقرر اتخذه"),
    # A decision told in the past ("the General Assembly ... decided to ..."), and the requests it makes.
    "decided_phrases": {"قررت": "decides", "قرر": "decides"},
    "decided_verbs": {"أن تحيط علما": "takes-note", "وأن تحيط علما": "takes-note", "أن تطلب إلى": "requests",
                       "وأن تطلب إلى": "requests", "أن تدعو": "invites", "وأن تدعو": "invites", "أن تحث": "urges",
                       "وأن تحث": "urges", "أن تشجع": "encourages", "وأن تشجع": "encourages"},
    # The mark before a letter's signer, whose posts follow on the next lines.
    "signed_marks": ("(توقيع)",),
    # A draft a committee adopted, its symbol next: "اعتمدت اللجنة مشروع القرار A/C.2/72/L.66".
    "draft_adopted": r"(?:اعتمدت(?:\s+اللجنة)?|اعتماد)\s+مشروع\s+(?:القرار|المقرر)",
    # Meetings named by number, and the name of one ("{}" its number): "في جلستيها 20 و 28", "في جلساتها 22 إلى 24".
    "meeting_number": r"جلس(?:ت|تي|ات)(?:ها|ه|هما)?(?:\s+العامة)?\s+\d+(?:\s*(?:،|,|و|إلى)\s*\d+)*",
    "meeting_noun": "الجلسة {}",
    # Verbs that, opening a sentence of a report with no subject, are its author's recommendations, read as
    # passives: "تُشجَّع الدول الأعضاء على", "يُطلب إلى الدول".
    "passive_openers": {
        f"{conjunction}{verb}": action
        for conjunction in ("", "و")
        for verb, action in (("تشجع", "encourages"), ("يشجع", "encourages"), ("تدعى", "invites"), ("يدعى", "invites"),
                             ("تحث", "urges"), ("يحث", "urges"), ("يطلب إلى", "requests"), ("يوصى", "recommends"))
    },
    "meeting_range_words": ("إلى",),
    # A vote's tally, whose numbers are no statistics: "بأغلبية 124 صوتا مقابل 49 وامتناع 1 عن التصويت".
    # جداول الأرقام: عنوان العمود الذي يعطي رقم كل صف وحدته، وصف المجموع.
    "table_unit_headers": {"النسبة المئوية": "percent", "النسبة المئوية للأنصبة": "percent"},
    "table_total_words": ("المجموع", "المجموع الكلي"),
    "vote_name": "تصويت {body}",
    "vote_pattern": r"\d+\s+(?:صوتا|صوتاً|صوت|أصوات)\s+مقابل\s+\d+(?:\s+(?:صوتا|صوتاً|أصوات))?|امتناع\s+\d+"
    r"|\d+\s+(?:\w+\s+)?عن\s+التصويت",
    "adopted_phrases": ("قرار اتخذته", "قرار اتخذه", "اتخذه مجلس الأمن"),
    "kind_words": {
        "presidential-statement": ("بيان من رئيس مجلس الأمن", "بيان رئيس مجلس الأمن"),
        "report": ("تقرير",),
        "note": ("مذكرة",),
        "letter": ("رسالة مؤرخة",),
    },
    # The sponsors' line of a draft ends with these: "Argentina, Chile ...: draft resolution".
    "draft_marks": ("مشروع قرار منقح", "مشروع مقرر منقح", "مشروع قرار", "مشروع مقرر"),
    "original_labels": ("original:", "الأصل:"),
    "language_names": {"arabic": "ar", "chinese": "zh", "english": "en", "french": "fr", "russian": "ru",
                       "spanish": "es", "العربية": "ar", "الصينية": "zh", "الإنكليزية": "en",
                       "الانكليزية": "en", "الإنجليزية": "en", "الفرنسية": "fr", "الروسية": "ru",
                       "الإسبانية": "es"},
    "issuer_prefixes": ("إن",),
    "clause_boundary": r"(?:[،,؛;]\s*|\s+)",
    "clause_verb_prefix": "و",
    "addressee_end_markers": (" أن ", " على ", "،"),  # not "إلى": it opens the addressee ("تطلب إلى")
    # but it ends a list of those asked that no gazetteer knows: "تدعو الدول والمؤسسات المالية إلى تقديم"
    "addressee_infinitive_markers": (" إلى ",),
    # words that open an aside inside a list of addressees ("in accordance with its mandate"), ending the list
    # a relative clause narrows those asked: "States that have not done so" (kg.finders.clauses)
    "addressee_inclusion_words": ("بما في ذلك", "ولا سيما", "لا سيما", "وكذلك"),
    # a clause before a declaration's verb: "As we rise from the General Assembly today, we hold ..."
    "leading_clause_openers": ("إذ", "بينما", "وإذ", "وبينما"),
    "addressee_relatives": ("التي", "الذين", "اللاتي"),
    "addressee_aside_words": (
        "في", "مع", "من خلال", "وفقا", "وفقاً", "عن طريق", "بموجب", "على", "إلى", "الذي", "التي", "الذين",
    ),
    # words that open an item naming those asked ("Alienta: a) A los Estados Miembros a que ...")
    "addressee_openers": ("إلى",),
    "addressee_terms": {
        # the bodies of one state a government text tasks (news): of the home state
        "الجهات المعنية": "relevant authorities", "جميع الجهات المعنية": "relevant authorities",
        "الجهات ذات العلاقة": "relevant authorities", "الجهات ذات الصلة": "relevant authorities",
        "الجهات المختصة": "competent authorities", "الجهات الحكومية": "government bodies",
        "جميع الجهات الحكومية": "government bodies",
        "الدول الأعضاء": "Member States", "الحكومات": "Governments", "جميع الحكومات": "Governments",
        "جميع أصحاب المصلحة": "all stakeholders", "أصحاب المصلحة": "stakeholders",
        "جميع الجهات صاحبة المصلحة": "all stakeholders", "الجهات صاحبة المصلحة": "stakeholders",
        "منظومة الأمم المتحدة": "United Nations system", "الوكالات المتخصصة": "specialized agencies",
        "صناديق الأمم المتحدة وبرامجها": "United Nations funds and programmes",
        "كيانات الأمم المتحدة": "United Nations entities", "المجتمع المدني": "civil society",
        "القطاع الخاص": "private sector", "المنظمات الدولية": "international organizations",
        "اللجان الإقليمية": "regional commissions", "الجهات المانحة": "donors",
        "المجتمع الدولي": "international community",
        # the Maghreb's word for it ("يدعو المؤتمر المنتظم الدولي إلى"), and the rich states asked to help
        "المنتظم الدولي": "international community", "الدول الصناعية": "industrialized countries",
        "الدول الصناعية الكبرى": "major industrialized countries",
        "جميع الدول": "States", "الدول": "States", "الدول الأطراف": "States parties", "جميع الأطراف": "all parties",
        "أطراف النزاعات المسلحة": "parties to armed conflict", "الأطراف الإقليمية": "regional parties",
        "الدول القائمة بالإدارة": "administering Powers", "الدولة القائمة بالإدارة": "administering Power",
    },
    # A time limit counted from when the text takes effect: "خلال 60 يوماً" (kg.text.deadlines).
    "time_limit_words": ("خلال", "في غضون", "في موعد لا يتجاوز", "خلال مدة لا تتجاوز", "خلال مدة أقصاها"),
    "duration_units": {"يوما": "D", "يوماً": "D", "يومًا": "D", "يوم": "D", "أيام": "D", "أسبوعا": "W",
                       "أسبوعاً": "W", "أسابيع": "W", "شهرا": "M", "شهراً": "M", "أشهر": "M", "شهور": "M",
                       "سنة": "Y", "سنوات": "Y", "عاما": "Y", "عاماً": "Y", "أعوام": "Y"},
    # the years a commitment runs over: "الفترة من 2019 إلى 2028" (kg.finders.clauses)
    "term_period_words": ("الفترة من عام", "الفترة من", "الفترة"),
    "term_period_connectors": ("إلى عام", "إلى", "-", "–", "—"),
    "deadline_words": ("بحلول عام", "حتى عام", "بحلول", "حتى", "قبل نهاية عام", "بحلول نهاية عام", "حتى نهاية عام"),
    # Hijri dates (kg.finders.dates): months of the Hijri calendar, and the marks of its era
    # ("14 جمادى الأولى 1446 هـ", "١٢/٥/١٤٤٦هـ"); dates, not figures.
    "hijri_months": (
        "محرم", "صفر", "ربيع الأول", "ربيع الاول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الاولى",
        "جمادى الأول", "جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال",
        "ذو القعدة", "ذي القعدة", "ذو الحجة", "ذي الحجة",
    ),
    "hijri_marks": ("هـ", "ه", "هجري", "هجرية", "للهجرة"),
    "deadline_date_words": ("في موعد لا يتجاوز", "قبل", "قبل نهاية", "قبل نهاية شهر", "بحلول نهاية", "بحلول نهاية شهر"),
    # Phrases that give the organisation right after them a task: "تكليف وزارة العمل بإعداد".
    "assigning_phrases": ("تكليف", "كلف", "يكلف", "وكلف", "بتكليف"),
    # Phrases by which one actor asks the one named after them; the verb first, its subject may come between
    # (news: "ودعا الوزير المجتمع الدولي إلى", "ودعا سموه مجلس الأمن إلى").
    # what the one asked is asked to do opens with "إلى" or a proclitic: "بالتدخل", "للانكباب" ("تدعو المجالس
    # المنتخبة | للانكباب على")
    "request_complements": ("إلى", "ب", "ل"),
    "addressee_breaks": ("فيما",),
    # a congress or an organisation that speaks of itself as the subject ("يطالب المؤتمر")
    # first-person phrases of a statement's author or a quoted speaker (kg.finders.commitments)
    "speaker_phrases": {
        **{f"{conj}{verb}": action for conj in ("", "و") for verb, action in {
            "قررنا": "decides", "ندين": "condemns", "نستنكر": "condemns", "نرحب": "welcomes", "نحث": "urges",
        }.items()},
    },
    # a body named before them adopts an instrument (kg.finders.commitments)
    # a body's decision told in the past, the verb before its subject (kg.finders.commitments, as adoptions):
    # "وقد صادق المؤتمر على", "قرر المجلس"
    "ruling_phrases": {
        f"{opener}{verb}": action
        for opener in ("", "و", "وقد ", "قد ", "كما ")
        for verb, action in {
            "صادق": "adopts", "صادقت": "adopts", "قرر": "decides", "قررت": "decides", "وافق": "decides",
            "وافقت": "decides", "حكمت": "decides", "قضت": "decides",
            # an assembly electing its officers: "انتخب المجلس الوطني", "أعاد انتخاب الأستاذ ... رئيسا"
            "انتخب": "decides", "انتخبت": "decides", "أعاد انتخاب": "decides", "أعادت انتخاب": "decides",
        }.items()
    },
    # a sentence that goes on with the subject of the one before ("كما قرر عقد دورته"): its decision is that
    # subject's (kg.finders.commitments)
    "continuing_openers": ("كما", "وكما"),
    "adoption_phrases": dict.fromkeys((f"{verb} {noun}" for verb in ("اعتمد", "اعتمدت", "أقر", "أقرت")
                                       for noun in ("قرارا", "قراراً", "القرار", "الإعلان", "القانون")), "adopts"),
    # words before an actor a verb is done with, not its subject ("con Guatemala, firmó")
    "partner_markers": ("مع",),
    # pledges whose subject may be the body the sentence opens with (kg.finders.commitments)
    "opening_subject_pledges": tuple(_AGREED),
    # words that open an item of demands before the actor it asks, past the verbal noun of what it is asked
    # ("ضرورة | وفاء المنتظم الدولي بالتزاماته", "أن | تلتزم الدولة"; kg.finders.demands)
    "demand_item_openers": ("ضرورة", "بضرورة", "أن"),
    # an organisation's organs, named bare in its statements: its author's (kg.finders.actors)
    "organ_names": ("المكتب التنفيذي", "المكتب الوطني", "المجلس الوطني", "المكتب السياسي", "المكتب المركزي",
                    "المجلس المنتخب", "اللجنة التنفيذية", "اللجنة الإدارية", "الكتابة الوطنية"),
    # a duty put on the actor after it: "وهو ما يحتم على المنتظم الدولي", "يتعين على الحكومة"
    "duty_phrases": ("يتعين على", "يحتم على", "يتحتم على", "يتوجب على", "يجب على"),
    # the author's own organs, which its recommendations direct (kg.finders.demands): "يوصي أجهزة المنظمة"
    "own_organ_words": ("أجهزة المنظمة", "هياكل المنظمة", "أجهزتها", "أجهزته", "هياكلها", "فروع المنظمة",
                        "للقيادة الجديدة", "القيادة الجديدة", "قيادة المنظمة", "لقيادة المنظمة"),
    "speaker_nouns": _SPEAKER_NOUNS,
    "requesting_phrases": {"دعا": "calls-upon", "ودعا": "calls-upon", "يدعو": "calls-upon", "ويدعو": "calls-upon",
                           "حث": "urges", "وحث": "urges", "طالب": "calls-upon", "وطالب": "calls-upon",
                           # the present, of a body (masculine) and of an organisation (feminine)
                           "يطالب": "calls-upon", "ويطالب": "calls-upon", "تطالب": "calls-upon",
                           "وتطالب": "calls-upon", "تدعو": "calls-upon", "وتدعو": "calls-upon", "يحث": "urges",
                           "ويحث": "urges", "تحث": "urges", "وتحث": "urges"},
    # Instruments named by a head word (kg.finders.instruments): "القانون الجنائي", "قانون المسطرة الجنائية",
    # "مدونة الأسرة", "الاستراتيجية الوطنية للهجرة واللجوء"; with no capitals, the name runs over the words that
    # open with the article (an adjective or a genitive agrees with its definite head) up to a stop.
    "instrument_heads": {
        **{f"{clitic}{head}": kind for clitic in ("", "و", "ب", "ل") for head, kind in {
            "القانون": "law", "قانون": "law", "مدونة": "law", "الدستور": "constitution", "دستور": "constitution",
            "الاستراتيجية": "strategy", "الإستراتيجية": "strategy", "استراتيجية": "strategy", "إعلان": "declaration",
            "اتفاقية": "convention", "معاهدة": "treaty", "المعاهدة": "treaty", "ميثاق": "instrument",
            "الميثاق": "instrument", "بروتوكول": "protocol", "البروتوكول": "protocol",
            # a covenant by its adjective: "العهد" alone is also an era, or a throne ("ولي العهد")
            "العهد الدولي": "instrument",
            # the definite only: "القرار الأممي المتعلق بإيقاف ..." names a resolution, "قرار" alone is any decision
            "القرار": "resolution",
        }.items()},
    },
    # a statute named by the place it was adopted in ("نظام روما"): "نظام" alone is also a regime or a system
    "place_named_instrument_heads": {f"{clitic}نظام": "instrument" for clitic in ("", "و", "ب", "ل")},
    "instrument_name_word_prefixes": ("ال", "لل", "بال", "وال", "كال"),
    "instrument_name_stops": ("في", "من", "على", "إلى", "عن", "الذي", "التي", "الذين", "مع", "أن", "لسنة", "لعام"),
    "instrument_year_words": ("لسنة", "لعام", "سنة"),
    "draft_markers": ("مشروع", "ومشروع", "بمشروع"),
    # A statement's lists of demands (kg.finders.demands): the phrases of a lead-in that ends with a
    # colon ("وقد خلص المؤتمر إلى:", "تطالب بـ:"), with the action of items that have no verb of their own
    # (verbal nouns: "التسريع بتفعيل ...", "تعزيز ..." are demands, whatever the lead-in's verb)...
    "demand_list_leads": {
        **{verb: "calls-for" for verb in ("خلص", "وخلص", "خلصت", "وخلصت", "يطالب", "تطالب", "نطالب", "ويطالب",
                                          "وتطالب", "يدعو", "تدعو", "ندعو", "يؤكد", "تؤكد", "نؤكد", "يعلن",
                                          "تعلن", "نعلن", "إعلان", "مطالب", "المطالب", "بمطالب", "ويدعو",
                                          "وتدعو", "وندعو")},
        **{verb: "recommends" for verb in ("يوصي", "توصي", "نوصي", "ويوصي", "وتوصي", "توصيات", "التوصيات")},
        # "ونستعرض أهمها في ما يلي:", "يسجل ما يلي:": the positions that follow, each with its own verb or noun
        **dict.fromkeys(("في ما يلي", "فيما يلي", "يسجل ما يلي", "تسجل ما يلي"), "notes"),
        # "فإن المكتب ... يصدر البلاغ الآتي:": the statement announced is the positions that follow
        **dict.fromkeys(("الآتي", "ما يأتي", "التالي", "التالية"), "notes"),
        # ... with the speaker between verb and object, as verbs come first: "يسجل المؤتمر ما يلي:"
        **dict.fromkeys((f"{verb} {speaker} ما يلي" for verb in ("يسجل", "تسجل")
                         for speaker in _SPEAKER_NOUNS), "notes"),
        # "يعبر المؤتمر عن:" | "إدانته ...", "قلقه ...": a congress's stances, as verbal nouns
        **dict.fromkeys(("يعبر المؤتمر عن", "يعبر عن", "تعبر عن"), "expresses"),
        **dict.fromkeys(("مطالبته", "مطالبتها"), "demands"),
        # "تستغل المنظمة هذه المناسبة لدعوة كل من:": each item names whom it calls upon first
        **dict.fromkeys(("لدعوة", "ولدعوة", "بدعوة"), "calls-upon"),
    },
    # "وأمام هذه الأحداث فإن المنظمة المغربية لحقوق الإنسان:" | "تستنكر ...": the subject, then its verbs as items
    # ... "واعتبارا لأهمية الماء ... فإنه:", "وإذ يستحضر المؤتمر ...:": the subject as a pronoun, or the clause
    # of circumstance the items' verbs complete
    "demand_list_subject_leads": ("فإن", "إن", "فإنه", "فإنها", "وإذ"),
    # "على المستوى الوطني:", "على الصعيد الدولي": a list's sections by level, under one lead-in
    "demand_section_openers": ("على المستوى", "على الصعيد", "المستوى", "الصعيد"),
    # ... numbered in words: "أولا: على المستوى الدولي", "ثانيا - على الصعيد الوطني"
    "section_ordinals": ("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا"),
    # ... and "تلكم كانت خلاصة ما توصلنا إليه ...": the sum of what came before
    "closing_openers": ("في الختام", "وفي الختام", "ختاما", "وختاما", "تلكم كانت", "تلك كانت"),
    # ... and the verbs and stance nouns that open or join an item beyond the operative verbs: an NGO's
    # congress speaks in the masculine ("يطالب المؤتمر", "يثمن"), its statement by nouns ("تنديدها").
    "demand_item_verbs": {
        # "كما يعبر عن ...": "also" before a verb that goes on with the list
        **{f"{conj}{verb}": action for conj in ("", "و", "كما ") for verb, action in {
            "يثمن": "appreciates", "تثمن": "appreciates", "يسجل": "notes", "تسجل": "notes",
            "يسجل بإيجابية": "notes-with-appreciation", "تسجل بإيجابية": "notes-with-appreciation",
            "يلتمس": "requests", "تلتمس": "requests", "يشيد": "commends", "تشيد": "commends",
            "يعبر عن القلق": "expresses-concern", "تعبر عن القلق": "expresses-concern", "يعبر": "expresses",
            "تعبر": "expresses", "يجدد": "reiterates", "تجدد": "reiterates", "يندد": "condemns", "تندد": "condemns",
            "يطالب": "demands", "تطالب": "demands", "نطالب": "demands", "ندعو": "calls-upon",
            "يستنكر": "deplores", "تستنكر": "deplores", "يدين": "condemns", "تدين": "condemns",
            "يشجب": "condemns", "تشجب": "condemns", "يلاحظ": "notes", "تلاحظ": "notes",
            "يرفض": "deplores", "ترفض": "deplores", "يؤكد": "affirms", "تؤكد": "affirms",
            "يصر": "stresses", "تصر": "stresses", "يشدد": "stresses", "تشدد": "stresses",
            "ينبه": "draws-attention", "تنبه": "draws-attention", "يحيي": "commends", "تحيي": "commends",
            "يضم صوته": "supports", "تضم صوتها": "supports",
        }.items()},
        # an item written as a verbal noun ("المطالبة بفتح حوارات", "إدانة الانتهاكات"), as a press statement
        # relays a congress's positions
        **{f"{conj}{noun}": action for conj in ("", "مع ") for noun, action in {
            "المطالبة": "demands", "مطالبة": "demands", "تثمين": "appreciates", "الإشادة": "commends",
            "إدانة": "condemns", "التعبير عن القلق": "expresses-concern", "التسجيل بإيجابية": "notes-with-appreciation",
            "التسريع": "calls-for", "التأكيد": "stresses", "تسجيل": "notes",
        }.items()},
        # a demand joined to a stance ("... مع التماس أن يشمل العفو", "... مع دعوة الأطراف الإقليمية إلى"): "دعوة"
        # alone is also the noun of a call the item only notes ("يسجل بإيجابية دعوة الخطاب")
        "مع التماس": "requests", "مع دعوة": "calls-upon",
        # a stance that calls for what follows: "يؤكد على ضرورة إصدار", "موقفه الداعي لإلغاء"
        **dict.fromkeys(("على ضرورة", "بضرورة", "الداعي", "الداعية"), "calls-for"),
        **{f"{noun}{suffix}": action for suffix in ("ه", "ها") for noun, action in {
            "تنديد": "condemns", "تضامن": "expresses", "تثمين": "appreciates", "مطالبت": "demands",
            "دعوت": "calls-upon", "ترحيب": "welcomes", "إدانت": "condemns", "استنكار": "deplores",
            "رفض": "deplores", "شجب": "condemns", "قلق": "expresses-concern", "انزعاج": "expresses-concern",
            "اعتزاز": "appreciates", "إلحاح": "calls-for",
        }.items()},
    },
    "declaration_verbs": DECLARATION_VERBS,
    "we_pronouns": ("نحن",),
    "held_words": ("التي عقدت", "الذي عقد", "المعقودة", "المعقود", "عقدت", "عقد", "يعقد", "تعقد", "برئاسة",
                   "بالرئاسة المشتركة بين"),
    # words after a date before the event held on it ("on 24 September 2018, at the Nelson Mandela Peace Summit")
    # verbs by which a body convenes an event, named after them and dated later ("to convene a high-level meeting")
    "convening_words": ("أن تعقد", "أن تدعو إلى عقد", "عقد"),
    "indefinite_articles": (),
    "event_at_words": ("في", "خلال"),
    # "في", and "ب" written on a word for a place ("بمدينة الرباط": in the city of Rabat)
    "place_prepositions": ("في", "بمدينة", "بمحافظة"),
    # ... and written on the name: "مؤتمرها الثالث | بالدار البيضاء", "المنعقد بفاس وبمكناس"
    "place_proclitics": ("ب", "وب"),
    "meeting_series_words": ("اجتماعات", "دورات"),
    "period_words": ("في الفترة",),
    "year_place_prepositions": ("في عام", "عام"),
    "list_conjunctions": ("و",),
    # A body named by its kind alone stands for the document's own ("إلى المجلس في دورته"), also written on a
    # proclitic (ل + المجلس = للمجلس); لجنة is a committee and a commission alike.
    "short_body_names": {
        **dict.fromkeys(("المجلس", "للمجلس", "والمجلس", "بالمجلس", "وللمجلس"), "council"),
        **dict.fromkeys(("الجمعية", "للجمعية", "والجمعية", "بالجمعية", "وللجمعية"), "assembly"),
        **dict.fromkeys(("اللجنة", "للجنة", "واللجنة", "باللجنة", "وللجنة"), "committee commission"),
    },
    "per_words": ("لكل",),
    # words that open the heading of a statement, before the body that issues it ("Заявление МИД России",
    # "Déclaration de Thierry Kuhn, président d'Emmaüs France"; kg.finders.actors.statement_author)
    # a by-line before the body that wrote the text (kg.finders.actors.statement_author)
    "byline_words": ("بقلم",),
    # kinds of instrument written like names: no name alone (kg.finders.instruments)
    "generic_instrument_names": ("مذكرة تفاهم", "مذكرة التفاهم", "بيان مشترك", "استراتيجية العمل", "خطة العمل"),
    # the constitution named alone is the home state's; "و" right after a head opens the next item of a list
    # a state's constitution named by its year or its adjective alone ("دستور 2011", "الدستور المغربي")
    "dated_instrument_heads": ("دستور", "الدستور"),
    "standalone_instrument_heads": ("الدستور",),
    "name_conjunction_prefixes": ("و",),
    # a text that names the body that issues it (kg.builders.news)
    "self_issued_phrases": ("صدر هذا البيان عن", "صدر هذا البلاغ عن"),
    "statement_words": ("بيان", "بلاغ", "البيان العام", "بيان صحفي", "التصريح الصحفي", "تصريح صحفي"),
    # a kind alone on the first line, above the title ("بيان" | "المنظمة ... تخلد اليوم العالمي للاجئين")
    "statement_labels": ("بيان", "بلاغ", "بيان صحفي", "التصريح الصحفي", "تصريح صحفي"),
    # words that open the name of a body (declared in kg/lang/schema.py: a name an acronym defines is a
    # body's with one; kg.finders.actors), with its kind; a proclitic may be written on them
    "body_words": {
        **dict.fromkeys(("وزارة", "الوزارة", "هيئة", "الهيئة", "المفوضية", "مفوضية", "البرلمان", "برلمان",
                         "مجلس النواب", "المديرية", "مديرية"), "government-agency"),
        **dict.fromkeys(("المنظمة", "منظمة", "الفيدرالية", "فيدرالية", "تنسيقية", "التنسيقية", "الجمعية",
                         "جمعية", "الشبكة", "شبكة", "الرابطة", "رابطة", "النقابة", "نقابة", "الحزب", "حزب",
                         "الاتحاد", "اتحاد", "التحالف", "تحالف", "الائتلاف", "ائتلاف", "المرصد", "مرصد",
                         "المؤسسة", "مؤسسة", "المركز", "مركز", "اللجنة", "لجنة", "المحكمة", "محكمة", "تجمع",
                         "الكونفدرالية", "كونفدرالية", "شركة", "الشركة", "مجموعة"), "organization"),
    },
    # One-letter words written on the next word: "و" and, "ب" with, "ل" for.
    "proclitics": ("و", "ب", "ل", "ف", "وب", "ول"),
    # Words after which a number is a division of a text or an identifier, not an amount ("الباب 12 من الدستور").
    "ordinal_markers": ("الباب", "المادة", "الفصل", "الفقرة", "البند", "رقم", "بالباب", "بالمادة", "بالفصل",
                        "للمادة", "للفصل", "والمادة", "والفصل"),
    # news (declared in kg/lang/schema.py): "الدولة" is no word for the home country, being also "a state"
    # in general ("بناء الدولة", "وزير الدولة")
    "national_addressees": ("relevant authorities", "competent authorities", "government bodies"),
    "news_agencies": {
        "واس": "SAU", "وام": "ARE", "قنا": "QAT", "بترا": "JOR", "أ ش أ": "EGY", "أ.ش.أ": "EGY", "كونا": "KWT",
        "سبأ": "YEM", "العمانية": "OMN", "بنا": "BHR", "واع": "IRQ", "سانا": "SYR", "وأج": "DZA", "ومع": "MAR",
        "وات": "TUN", "رويترز": "", "أ ف ب": "", "فرانس برس": "", "د ب أ": "", "شينخوا": "CHN",
    },
    "home_country_words": ("المملكة", "البلاد"),
}  # fmt: skip


PACK = LanguagePack(
    code="ar",
    name="Arabic",
    direction="rtl",
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
