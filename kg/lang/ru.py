"""What the builders know of Russian."""

from __future__ import annotations

import re
from decimal import Decimal

from kg.lang.base import LanguagePack, after_subjects, with_adverbs
from kg.text.morphology import russian_declensions, russian_name_base, russian_person_base

# --- numbers and figures ------------------------------------------------------

DECIMAL_MARKS = ","
GROUP_MARKS = " "  # "20 000", also with no-break or thin spaces
SCALE_WORDS: dict[str, Decimal] = {
    "тыс.": Decimal(10**3),
    "тысяча": Decimal(10**3),
    "тысячи": Decimal(10**3),
    "тысяч": Decimal(10**3),
    "млн": Decimal(10**6),
    "млн.": Decimal(10**6),
    "миллион": Decimal(10**6),
    "миллиона": Decimal(10**6),
    "миллионов": Decimal(10**6),
    "млрд": Decimal(10**9),
    "млрд.": Decimal(10**9),
    "миллиард": Decimal(10**9),
    "миллиарда": Decimal(10**9),
    "миллиардов": Decimal(10**9),
    "трлн": Decimal(10**12),
    "трлн.": Decimal(10**12),
    "триллион": Decimal(10**12),
    "триллиона": Decimal(10**12),
    "триллионов": Decimal(10**12),
    "тыс": Decimal(10**3),
}
QUALIFIERS: dict[str, str] = {
    "более": "more-than",
    "свыше": "more-than",
    "больше": "more-than",
    "менее": "less-than",
    "меньше": "less-than",
    "около": "about",
    "примерно": "about",
    "порядка": "about",
    "почти": "about",
    "не менее": "at-least",
    "по меньшей мере": "at-least",
    "не более": "at-most",
}
UNITS: dict[str, str] = {
    "%": "percent",
    "процентов": "percent",
    "процента": "percent",
    "процент": "percent",
    "долл. США": "USD",
    "долларов США": "USD",
    "долларов": "USD",
    "долл.": "USD",
    "доллара": "USD",
    "рублей": "RUB",
    "рубля": "RUB",
    "рубль": "RUB",
    "руб.": "RUB",
    "руб": "RUB",
    "евро": "EUR",
    "человек": "persons",
    "человека": "persons",
    # the abbreviation a count in brackets takes ("(25 чел.)")
    "чел.": "persons",
    "тонн": "tonnes",
    "тонны": "tonnes",
    "тонна": "tonnes",
}

# Nationals of a state, as a sanctions statement counts them ("для 36 новозеландцев"): the forms a
# number takes (singular after 1, genitive singular after 2-4, genitive plural after 5 and more), per
# ISO 3166 code of the states these statements name most. Only these words count persons: a word that
# merely ends like one ("-цев") is no demonym.
DEMONYM_COUNT_FORMS: dict[str, tuple[str, ...]] = {
    "AUS": ("австралиец", "австралийца", "австралийцев"),
    "CAN": ("канадец", "канадца", "канадцев"),
    "NZL": ("новозеландец", "новозеландца", "новозеландцев"),
    "GBR": ("британец", "британца", "британцев"),
    "USA": ("американец", "американца", "американцев"),
    "JPN": ("японец", "японца", "японцев"),
    "DEU": ("немец", "немца", "немцев"),
    "FRA": ("француз", "француза", "французов"),
    "ITA": ("итальянец", "итальянца", "итальянцев"),
    "ESP": ("испанец", "испанца", "испанцев"),
    "NLD": ("нидерландец", "нидерландца", "нидерландцев"),
    "BEL": ("бельгиец", "бельгийца", "бельгийцев"),
    "POL": ("поляк", "поляка", "поляков"),
    "NOR": ("норвежец", "норвежца", "норвежцев"),
    "SWE": ("швед", "шведа", "шведов"),
    "DNK": ("датчанин", "датчанина", "датчан"),
    "FIN": ("финн", "финна", "финнов"),
    "EST": ("эстонец", "эстонца", "эстонцев"),
    "LVA": ("латыш", "латыша", "латышей"),
    "LTU": ("литовец", "литовца", "литовцев"),
    "UKR": ("украинец", "украинца", "украинцев"),
    "IRL": ("ирландец", "ирландца", "ирландцев"),
    "CHE": ("швейцарец", "швейцарца", "швейцарцев"),
    "AUT": ("австриец", "австрийца", "австрийцев"),
    "KOR": ("южнокореец", "южнокорейца", "южнокорейцев"),
    "ISL": ("исландец", "исландца", "исландцев"),
}

# The adjective of a state's citizens, as a count qualifies them ("28 канадских граждан", "1 канадский гражданин"):
# its stem per ISO 3166 code, for the states named in DEMONYM_COUNT_FORMS, and the endings a number takes.
_NATIONAL_ADJECTIVE_STEMS: dict[str, str] = {
    "AUS": "австралийск", "CAN": "канадск", "NZL": "новозеландск", "GBR": "британск", "USA": "американск",
    "JPN": "японск", "DEU": "немецк", "FRA": "французск", "ITA": "итальянск", "ESP": "испанск",
    "NLD": "нидерландск", "BEL": "бельгийск", "POL": "польск", "NOR": "норвежск", "SWE": "шведск",
    "DNK": "датск", "FIN": "финск", "EST": "эстонск", "LVA": "латвийск", "LTU": "литовск", "UKR": "украинск",
    "IRL": "ирландск", "CHE": "швейцарск", "AUT": "австрийск", "KOR": "южнокорейск", "ISL": "исландск",
}  # fmt: skip
_COUNTED_ADJECTIVE_ENDINGS = ("ий", "их", "ие", "ого")
#: The words right after a number that say whose nationals it counts, with the state's code.
NATIONALS: dict[str, str] = {
    **{form: code for code, forms in DEMONYM_COUNT_FORMS.items() for form in forms},
    **{
        stem + ending: code for code, stem in _NATIONAL_ADJECTIVE_STEMS.items() for ending in _COUNTED_ADJECTIVE_ENDINGS
    },
}


# --- dates --------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12, "январь": 1, "февраль": 2, "март": 3,
    "апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11,
    "декабрь": 12, "январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7,
    "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12,
    # abbreviated, as agencies write datelines ("МОСКВА, 3 окт — РИА Новости")
    **{
        form: month
        for abbreviation, month in (("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("июн", 6), ("июл", 7),
                                    ("авг", 8), ("сен", 9), ("сент", 9), ("окт", 10), ("ноя", 11), ("нояб", 11),
                                    ("дек", 12))
        for form in (abbreviation, abbreviation + ".")
    },
}  # fmt: skip

# --- commitments --------------------------------------------------------------


_ADVERBS = ("также", "далее", "вновь", "далее также", "решительно", "особо", "еще раз")
OPERATIVE_VERBS: dict[str, str] = with_adverbs(
    {
        "признает": "recognizes", "приветствует": "welcomes", "вновь подтверждает": "reaffirms",
        "подтверждает": "affirms", "отмечает": "notes", "принимает к сведению": "takes-note",
        "с обеспокоенностью отмечает": "notes-with-concern",
        "с озабоченностью отмечает": "notes-with-concern",
        "с удовлетворением отмечает": "notes-with-satisfaction",
        "с признательностью отмечает": "notes-with-appreciation",
        "напоминает": "recalls", "ссылается": "recalls", "подчеркивает": "stresses",
        "особо отмечает": "highlights",
        "заявляет": "declares", "вновь заявляет": "reiterates", "выражает": "expresses",
        "выражает обеспокоенность": "expresses-concern", "выражает озабоченность": "expresses-concern",
        "выражает признательность": "expresses-appreciation", "высоко оценивает": "commends",
        "сожалеет": "regrets", "осуждает": "condemns", "считает": "considers", "полагает": "believes",
        "убеждена": "is-convinced", "обеспокоена": "is-concerned", "сознает": "is-aware",
        "убежден": "is-convinced", "обеспокоен": "is-concerned", "намерен": "intends",
        "с нетерпением ожидает": "looks-forward", "намерена": "intends", "рекомендует": "recommends",
        "поощряет": "encourages", "рекомендует, чтобы": "recommends", "настоятельно призывает": "urges",
        "призывает": "calls-upon", "предлагает": "invites", "обращается с призывом": "appeals",
        "обращает внимание": "draws-attention",
        "поддерживает": "supports", "просит": "requests", "требует": "demands", "поручает": "tasks",
        "постановляет": "decides", "одобряет": "endorses", "утверждает": "approves", "принимает": "adopts",
        "уполномочивает": "authorizes", "провозглашает": "proclaims", "учреждает": "establishes",
        "обязуется": "commits",
    },
    before=_ADVERBS,
    after=_ADVERBS,
)  # fmt: skip
PREAMBULAR_PHRASES: dict[str, str] = with_adverbs(
    {
        "ссылаясь": "recalls", "напоминая": "recalls", "вновь подтверждая": "reaffirms",
        "подтверждая": "affirms",
        "признавая": "recognizes", "отмечая": "notes", "принимая к сведению": "takes-note",
        "приветствуя": "welcomes", "подчеркивая": "stresses", "особо отмечая": "highlights",
        "вновь заявляя": "reiterates", "выражая": "expresses", "считая": "considers",
        "будучи убеждена": "is-convinced",
        "будучи убежденной": "is-convinced", "сознавая": "is-aware", "будучи обеспокоена": "is-concerned",
        "будучи глубоко обеспокоена": "is-concerned", "учитывая": "bears-in-mind",
        "принимая во внимание": "considers",
        "руководствуясь": "is-guided-by", "действуя на основании": "acts-under",
        "действуя в соответствии с": "acts-under", "будучи преисполнена решимости": "is-determined",
        "с обеспокоенностью отмечая": "notes-with-concern",
        "с удовлетворением отмечая": "notes-with-satisfaction",
        "с признательностью отмечая": "notes-with-appreciation", "осуждая": "condemns",
        "рассмотрев": "considers",
        # a council (Совет) is masculine: "будучи глубоко обеспокоен"
        "будучи убежден": "is-convinced", "будучи обеспокоен": "is-concerned",
        "будучи глубоко обеспокоен": "is-concerned", "будучи преисполнен решимости": "is-determined",
        "будучи встревожен": "is-concerned", "будучи встревожена": "is-concerned",
    },
    before=_ADVERBS,
    after=_ADVERBS,
)  # fmt: skip
# What a state, an organisation or a person pledges, reported in the third person ("Канада
# также планирует принять ...", "Испания подтвердила свою приверженность ...").
_REPORTED_PLEDGES: dict[str, str] = {
    "обязуется": "commits", "обязуются": "commits",
    "обязался": "commits", "обязалась": "commits", "обязалось": "commits", "обязались": "commits",
    "подтвердил приверженность": "commits", "подтвердила приверженность": "commits",
    "подтвердили приверженность": "commits", "подтвердил свою приверженность": "commits",
    "подтвердила свою приверженность": "commits", "подтвердили свою приверженность": "commits",
    "намерен": "intends", "намерена": "intends", "намерено": "intends", "намерены": "intends",
    "планирует": "intends", "планируют": "intends",
}  # fmt: skip

# an agreement a body signs, told of it ("подписало соглашение с")
_AGREED: dict[str, str] = {
    **dict.fromkeys(
        ("подписал соглашение", "подписала соглашение", "подписало соглашение", "подписали соглашение"), "commits"
    ),
}

PLEDGE_PHRASES: dict[str, str] = {
    **_AGREED,
    "мы обязуемся": "commits",
    "поручено": "tasks",
    "поручается": "tasks",
    "мы привержены": "commits",
    "мы намерены": "intends",
    "мы будем": "will",
    # what a body will do, reported in the future tense ("МВД обеспечит контроль")
    **{
        verb: "will"
        for verb in (
            "обеспечит",
            "обеспечат",
            "подготовит",
            "подготовят",
            "внесет",
            "внесёт",
            "внесут",
            "разработает",
            "разработают",
            "представит",
            "представят",
            "направит",
            "направят",
            "проведет",
            "проведёт",
            "проведут",
            "создаст",
            "выделит",
            "выделят",
            "перечислит",
            "перечислят",
            "предоставит",
            "предоставят",
            "продолжит",
            "продолжат",
            "профинансирует",
            "запустит",
            "запустят",
        )
    },
    **with_adverbs(_REPORTED_PLEDGES, before=("также",)),
}

# --- persons and organisations -------------------------------------------------

HONORIFICS: tuple[str, ...] = ("г-н", "г-жа", "Его Превосходительство", "Ее Превосходительство", "д-р")
POSTS: dict[str, str] = {
    "Докладчик": "Rapporteur", "Специальный докладчик": "Special Rapporteur", "Председатель": "Chair",
    "заместитель Председателя": "Vice-Chair", "Заместитель Председателя": "Vice-Chair",
    "Сопредседатель": "Co-Chair",
    "Генеральный секретарь": "Secretary-General", "Генерального секретаря": "Secretary-General",
    "Генеральному секретарю": "Secretary-General",
    "первый заместитель Генерального секретаря": "Deputy Secretary-General",
    "Постоянный представитель": "Permanent Representative",
    "Специальный представитель": "Special Representative",
    "Верховный комиссар": "High Commissioner", "Директор-исполнитель": "Executive Director",
    "Исполнительный директор": "Executive Director", "Генеральный директор": "Director-General",
    "Администратор": "Administrator", "координатор": "Facilitator", "Директор": "Director",
    # posts of governments, as news names them ("министр финансов", "премьер-министр")
    "Президент": "President", "Премьер-министр": "Prime Minister", "Председатель правительства": "Prime Minister",
    "Министр": "Minister", "заместитель министра": "Deputy Minister", "Посол": "Ambassador",
    "Губернатор": "Governor", "Мэр": "Mayor", "Официальный представитель": "Spokesperson",
    # a company's board is a post of the company's, no body of its own ("член совета директоров компании X")
    "Председатель совета директоров": "Chair of the Board",
    "заместитель председателя совета директоров": "Deputy Chair of the Board",
    "член совета директоров": "Board Member",
}  # fmt: skip
# Posts in the cases news puts them in ("по словам министра финансов", "встретился с Премьер-министром"),
# declined by the dictionary (kg.text.morphology): the person after them is then found in that case too.
POSTS |= {form: name for post, name in list(POSTS.items()) for form in russian_declensions(post) if form not in POSTS}
# Heads of national bodies in the cases news puts them in ("Министерству ... поручено", "Правительство
# поручило Министерству"); the name that follows is in the genitive, in lower case (see
# EXTRA["name_word_pattern"]): "Министерство труда и социальной защиты".
_HEAD_FORMS = {
    "Министерств": ("о", "а", "у", "ом", "е"),
    "Федеральн": ("ая служба", "ой службы", "ой службе", "ой службой"),
    "Федеральное агентств": ("о", "а", "у", "ом", "е"),
    "Федерального агентства": ("",),
    "Федеральному агентству": ("",),
    "Служб": ("а", "ы", "е", "ой"),
    "Агентств": ("о", "а", "у", "ом", "е"),
    "Комитет": ("", "а", "у", "ом", "е"),
}
ORGANIZATION_HEADS: dict[str, str] = {
    stem + ending: "government-agency" for stem, endings in _HEAD_FORMS.items() for ending in endings
}


def _with_declensions(heads: dict[str, str]) -> dict[str, str]:
    """Heads of instruments in the cases news puts them in ("аналог «Закона Иванова»", "по Договору СНВ"),
    declined by the dictionary (kg.text.morphology), each with its kind."""
    declined = {form: kind for head, kind in heads.items() for form in russian_declensions(head)}
    return heads | {form: kind for form, kind in declined.items() if form not in heads}


def _declined(stem: str, endings: tuple[str, ...] = ("", "а", "у", "ом", "е")) -> tuple[str, ...]:
    """A shortened name of a ministry in every case ("Минтруд", "Минтруду", "Минтрудом")."""
    return tuple(stem + ending for ending in endings)


# Ministries by their shortened names (masculine ones decline, the others do not), with English names.
_MINISTRIES: dict[tuple[str, ...], str] = {
    _declined("Минтруд"): "Ministry of Labour and Social Protection",
    _declined("Минфин"): "Ministry of Finance",
    _declined("Минздрав"): "Ministry of Health",
    _declined("Минюст"): "Ministry of Justice",
    _declined("Минтранс"): "Ministry of Transport",
    _declined("Минстрой"): "Ministry of Construction",
    _declined("Минпромторг"): "Ministry of Industry and Trade",
    _declined("Минсельхоз"): "Ministry of Agriculture",
    _declined("Минвостокразвития", ("",)): "Ministry for the Development of the Russian Far East",
    ("Минэкономразвития",): "Ministry of Economic Development",
    ("Минобороны",): "Ministry of Defence",
    ("Минпросвещения",): "Ministry of Education",
    ("Минобрнауки",): "Ministry of Science and Higher Education",
    ("Минцифры",): "Ministry of Digital Development",
    ("Минэнерго",): "Ministry of Energy",
    ("Минприроды",): "Ministry of Natural Resources",
    ("Минкультуры",): "Ministry of Culture",
    ("МВД",): "Ministry of Internal Affairs",
    ("МИД",): "Ministry of Foreign Affairs",
    ("МЧС",): "Ministry of Emergency Situations",
    ("ФНС",): "Federal Tax Service",
    ("Росстат",): "Federal State Statistics Service",
}


_CARDINAL_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
                  "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100}  # fmt: skip
# Stems of ordinals, whatever their case ending ("третьей", "третья", "третьего"); longest first.
_ORDINAL_STEMS = sorted(
    {
        "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8,
        "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14,
        "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19,
        "двадцат": 20, "тридцат": 30, "сороков": 40, "пятидесят": 50, "шестидесят": 60, "семидесят": 70,
        "восьмидесят": 80, "девяност": 90, "сот": 100,
    }.items(),
    key=lambda item: -len(item[0]),
)  # fmt: skip
_ORDINAL_ENDINGS = ("ой", "ая", "ый", "ий", "ое", "ого", "ому", "ую", "ом", "ых", "ым", "ые",
                    "ье", "ья", "ьей", "ьего", "ьему", "ью", "ьем", "ьим", "ьих", "ьи")  # fmt: skip


def _ordinal_stem_value(word: str) -> int | None:
    for stem, value in _ORDINAL_STEMS:
        if word.startswith(stem) and word[len(stem) :] in _ORDINAL_ENDINGS:
            return value
    return None


def parse_ordinal(text: str) -> int | None:
    """The number of an ordinal written in words ("семьдесят третьей", "двадцать первая"), or None.

    >>> parse_ordinal("семьдесят третьей"), parse_ordinal("Семьдесят третья"), parse_ordinal("двадцатой")
    (73, 73, 20)
    >>> parse_ordinal("сессии") is None
    True
    """
    digits = re.fullmatch(r"(\d+)(?:-?(?:й|я|е|ой|ая|ое|го|ого|м|ом|ю))?", text.casefold().strip())
    if digits:  # "73-й", "73-я", "на его 56-й сессии"
        return int(digits.group(1)) or None
    words = text.casefold().replace("-", " ").split()
    if not words:
        return None
    last = _ordinal_stem_value(words[-1])
    if last is None:
        return None
    total = 0
    for word in words[:-1]:
        if word not in _CARDINAL_TENS:
            return None
        total += _CARDINAL_TENS[word]
    return total + last


# What the UN builder reads besides the fields above; every key is documented in
# kg/builders/un/README.md ("Language data").
# --- the text of legal instruments (kg.builders.legal) --------------------------------------
# Merged into EXTRA below; every key is described in kg/lang/vi.py's list of keys.
LEGAL_INSTRUMENTS: dict[str, object] = {
    "legal_heading_types": {
        "Постановление": "decision",
        "Распоряжение": "decision",
        "Решение": "decision",
        "Указ": "decree",
        "Приказ": "decree",
        "Федеральный закон": "law",
        "Закон": "law",
    },
    "legal_number_marks": ("№", "N"),
    "legal_number_tails": (),
    "recital_openers": ("В соответствии с", "Руководствуясь", "На основании", "В целях", "Во исполнение"),
    "enacting_formulas": ("постановляет:", "постановляю:", "приказываю:", "решил:", "решило:", "решает:"),
    "article_words": ("Статья",),
    "article_tails": (),
    "article_ordinals": {},
    "article_actions": {
        "Утвердить": "approves",
        "Одобрить": "approves",
        "Образовать": "establishes",
        "Создать": "establishes",
        "Признать утратившим силу": "decides",
        "Признать утратившими силу": "decides",
    },
    "entry_into_force_phrases": ("вступает в силу", "вступит в силу", "вступают в силу"),
    "signing_day_phrases": (
        "со дня его подписания", "со дня подписания", "с момента подписания", "с момента его подписания",
    ),
    # it takes effect on a day the text does not give: its publication (kg.builders.legal.in_force)
    "publication_day_phrases": (
        "со дня его официального опубликования", "со дня официального опубликования",
        "после дня его официального опубликования",
    ),
    # the day from which an instrument is no longer in force (kg.builders.legal.in_force)
    "out_of_force_phrases": ("утрачивает силу с", "прекращает действие с"),
    "on_behalf_marks": ("Исполняющий обязанности", "И.о.", "И. о.", "За"),
    "adoption_date_phrases": ("Принят Государственной Думой", "Одобрен Советом Федерации"),
    "closing_cues": ("Москва, Кремль",),
    "signed_placeholders": ("(подпись)", "Подпись"),
    "appendix_words": ("ПРИЛОЖЕНИЕ", "Приложение"),
    # the stamp that heads rules or a regulation the act approves, printed after the signature
    "annexed_text_headings": ("УТВЕРЖДЕНЫ", "УТВЕРЖДЕН", "УТВЕРЖДЕНО", "УТВЕРЖДЕНА"),
    "table_unit_labels": ("Единица измерения:", "Единица измерения -", "Ед. изм.:"),
    "instrument_self_words": ("Настоящий", "Настоящее", "Настоящая", "настоящий", "настоящее", "настоящая"),
    "copula_words": ("является", "являются"),
    "repeal_phrases": ("утрачивает силу", "утрачивают силу", "утратившим силу", "утратившими силу"),
    "declaratory_headings": ("Предмет регулирования", "Сфера применения", "Основные понятия"),
    "responsibility_headings": ("Обязанности", "Ответственность"),
    "party_stops": ("в", "при", "по"),
    # a legal-information site's page around the instrument (a legal portal: kg.builders.legal.page)
    "legal_metadata_labels": {
        "Номер документа": "number",
        "Номер": "number",
        "Вид документа": "kind",
        "Вид акта": "kind",
        "Принявший орган": "issuer",
        "Орган": "issuer",
        "Подписал": "signer",
        "Дата принятия": "date",
        "Дата подписания": "date",
        "Дата вступления в силу": "in_force",
        "Дата опубликования": "gazette_date",
        "Статус": "status",
    },
    "legal_page_furniture": (
        "Загрузка документа...",
        "Связанные документы",
        "Обзор изменений",
        "Редакции документа",
        "Поделиться",
    ),
}  # fmt: skip


# Что делают авторы декларации в её пунктах («Мы признаем ...»), каждый глагол в начале предложения:
# обязательство авторов с силой его действия.
DECLARATION_VERBS: dict[str, str] = with_adverbs(
    {
        "мы признаем": "recognizes", "мы признаём": "recognizes", "мы подтверждаем": "reaffirms",
        "мы вновь подтверждаем": "reaffirms", "мы принимаем к сведению": "takes-note", "мы отмечаем": "notes",
        "мы подчеркиваем": "stresses", "мы подчёркиваем": "stresses", "мы приветствуем": "welcomes",
        "мы воздаем должное": "commends", "мы воздаём должное": "commends", "мы поощряем": "encourages",
        "мы настоятельно призываем": "urges", "мы призываем": "calls-upon", "мы рекомендуем": "recommends",
        "мы поддерживаем": "supports", "мы выражаем": "expresses", "мы заявляем": "declares",
        "мы вновь заявляем": "reiterates", "мы осуждаем": "condemns", "мы преисполнены решимости": "resolves",
        "мы постановляем": "decides", "мы предлагаем": "invites", "мы просим": "requests",
        "мы напоминаем": "recalls", "мы принимаем": "adopts", "мы одобряем": "endorses",
        "мы собрались": "meets", "мы стремимся": "seeks",
    },
    inside=("также", "далее", "поэтому", "решительно", "вновь"),
)  # fmt: skip

# A readout names the participants of a meeting or a call, then tells what they did together under a collective
# subject ("Стороны обсудили ...", "Собеседники подтвердили ..."): every participant's stance, with how many
# parties the subject names (0: as many as the text names as meeting).
JOINT_SUBJECTS: dict[str, int] = {
    **dict.fromkeys(("стороны", "собеседники", "лидеры", "министры", "руководители"), 0),
    **dict.fromkeys(("обе стороны", "две стороны", "обе страны", "две страны", "оба лидера", "оба министра"), 2),
}  # fmt: skip
_READOUT_VERBS: dict[str, str] = {
    "обсудили": "considers", "обменялись мнениями": "considers", "подтвердили": "reaffirms",
    "вновь подтвердили": "reaffirms", "договорились": "commits", "условились": "commits",
    "согласились": "affirms", "выразили": "expresses", "отметили": "notes", "подчеркнули": "emphasizes",
    "приветствовали": "welcomes", "осудили": "condemns", "констатировали": "observes",
}  # fmt: skip
READOUT_PHRASES: dict[str, str] = after_subjects(JOINT_SUBJECTS, with_adverbs(_READOUT_VERBS, before=("также",)))

EXTRA: dict[str, object] = {
    **LEGAL_INSTRUMENTS,
    # verbs between a measure and its figure ("экспорт составил 548 млрд"), qualifiers after one
    # ("5% и более"); declared in kg/lang/schema.py
    "measure_verbs": ("составил", "составила", "составило", "составили", "достиг", "достигла", "достигло",
                      "достигли", "вырос до", "выросла до", "выросло до", "выросли до", "снизился до",
                      "снизилась до", "снизилось до", "снизились до"),
    "qualifiers_after": {"и более": "at-least", "и выше": "at-least"},
    "year_range_links": ("по",),
    # "по состоянию на 30 апреля 2019 года", "финансовый период, закончившийся 30 июня 2018 года"
    "reference_date_words": ("по состоянию на",),
    "period_end_words": ("закончившийся", "завершившийся", "закончившегося", "завершившегося"),
    "this_year_words": ("в этом году", "этого года", "в текущем году", "текущего года"),
    "subset_words": ("из них", "из которых"),
    "number_of_words": ("число", "количество"),
    "next_year_words": ("год спустя", "в следующем году", "через год"),
    "counted_nouns": {
        "детей": "children", "мигрантов": "migrants", "беженцев": "refugees", "стран": "countries",
        "государств": "countries", "организаций": "organizations", "голосов": "votes", "делегаций": "delegations",
        # persons counted by what they are ("28 канадских граждан", "12 лиц"): persons
        "граждан": "persons", "гражданина": "persons", "лиц": "persons", "лица": "persons",
        # members of a body counted ("120 депутатов", "45 членов сената"): persons
        "депутатов": "persons", "депутата": "persons", "членов": "persons", "члена": "persons",
        "парламентариев": "persons", "сенаторов": "persons", "сенатора": "persons",
        # nationals counted by their demonym ("36 новозеландцев"): persons
        **{form: "persons" for forms in DEMONYM_COUNT_FORMS.values() for form in forms},
    },
    "nationals": NATIONALS,
    # How often a commitment recurs, as ISO 8601 durations ("report annually").
    "cycle_words": {
        "ежегодно": "P1Y",
        "каждый год": "P1Y",
        "раз в два года": "P2Y",
        "каждые два года": "P2Y",
        "раз в три года": "P3Y",
        "каждые три года": "P3Y",
        "раз в четыре года": "P4Y",
        "раз в пять лет": "P5Y",
        "каждые четыре года": "P4Y",
        # the adjective only before "доклад", in every case: "четырехгодичный всеобъемлющий обзор" is a name
        **{f"{stem}{ending} {report}": cycle
           for stem, cycle in (("двухгодичн", "P2Y"), ("трехгодичн", "P3Y"), ("четырехгодичн", "P4Y"))
           for ending in ("ый", "ого", "ому", "ым", "ом", "ые", "ых", "ыми")
           for report in ("доклад", "доклада", "докладу", "докладом", "докладе", "доклады", "докладов", "докладам",
                          "докладах")},
    },
    # A national instrument announced by its head and number: "постановление № 812", "Федеральный закон № 115-ФЗ".
    "instrument_number_heads": {"постановление": "decision", "распоряжение": "decision", "указ": "decree",
                                "федеральный закон": "law", "закон": "law", "приказ": "decision"},
    "instrument_number_word": ("№", "N"),
    # A convention a body numbers, cited by that number ("ILO Convention No. 190"), and the verbs by which
    # a person or a post signs the instrument named next (kg.finders.instruments; see kg/lang/schema.py).
    "convention_words": ("конвенция", "конвенции", "конвенцию", "конвенцией"),
    "convention_suffixes": (),
    "signing_verbs": ("подписал", "подписала", "подписали", "подписывает", "подписал также", "также подписал"),
    "instrument_date_links": ("от",),  # "постановление № 1523 от 1 ноября 2024 года"
    "range_links": ("до",),  # "от 5 до 10 млрд рублей" (kg.text.numbers)
    # national bodies named alone, of the dateline's state (news; declared in kg/lang/schema.py)
    "standalone_organizations": {
        form: "Government"
        for form in ("Правительство", "правительство", "Правительства", "правительства", "Правительством",
                     "правительством", "Правительству", "правительству", "Правительстве", "правительстве")
    } | {"Госдума": "State Duma", "Госдумы": "State Duma", "Государственная дума": "State Duma",
         "Государственной думы": "State Duma", "Совет Федерации": "Federation Council",
         "Совета Федерации": "Federation Council"}
    | {form: name for forms, name in _MINISTRIES.items() for form in forms},
    # The lower-case words of a body's name after its head, in the genitive: adjectives ("социальной",
    # "иностранных") and nouns of the usual shapes ("развития", "юстиции", in the plural "оборонных
    # исследований", "конгресс украинцев"), besides post_complements.
    "name_word_pattern": r"[а-яё]+(?:ого|его|ой|ей|ых|их|ия|ии|ства|ости|ики|ции|ий|ов|ев)",
    # A name is declined in the sentence's case: its key and label are its nominative (kg.text.morphology).
    "name_base_form": russian_name_base,
    "person_base_form": russian_person_base,
    # news and government texts (kg.readers.segment, kg.finders, kg.builders.news); keys declared in kg/lang/schema.py
    "furniture_cues": (
        "Читайте также", "Читайте также:", "Похожие новости", "Связанные материалы", "Самое читаемое",
        "Популярное", "Последние новости", "Новости по теме", "Теги", "Поделиться",
    ),
    "home_cues": ("Главная",),
    "source_cues": ("Источник:",),
    # words that open the line of a page's author or editor box, no fact of the text (kg.finders.text)
    "editor_line_cues": ("Редактор:", "Редакция:", "Под редакцией"),
    # words that open a link to where the page was first published: the line is a credit (kg.finders.text)
    "repost_link_cues": ("Перепечатано с", "Оригинал публикации", "Читать оригинал"),
    "date_order": "dmy",
    "date_range_openers": ("с",),
    "date_range_connectors": ("по", "и", "-", "–"),
    "year_words_before": ("в", "к", "до", "с"),
    "year_words_after": (),
    "session_words": ("сессии", "сессия", "сессию", "сессией", "сессиях"),
    # A draft a committee adopted, its symbol next: "Комитет принял проект резолюции A/C.2/72/L.66".
    "draft_adopted": r"\bприняла?\s+проект\s+(?:резолюции|решения)",
    # Meetings named by number, and the noun that names one: "на своем 15-м заседании 13 октября 2017 года".
    "meeting_number": r"(?:\d+-(?:м|й)(?:,\s*|\s+и\s+))*\d+-(?:м|й|е)\s+(?:пленарн\w+\s+)?заседани\w*",
    "meeting_noun": "заседание",
    # What a report asks with no speaker named, its author's recommendations: "Государствам-членам рекомендуется".
    "passive_phrases": {
        "рекомендуется": "recommends", "настоятельно рекомендуется": "recommends", "рекомендуется также": "recommends",
        "предлагается": "invites", "предлагается также": "invites", "призываются": "calls-upon",
        "настоятельно призываются": "urges",
    },
    # A vote's tally, whose numbers are no statistics: "124 голосами против 49 при 1 воздержавшемся".
    # Таблицы цифр: заголовок столбца, дающий единицу цифре строки, и строка итога.
    "table_unit_headers": {"Процентная доля": "percent", "Процент": "percent", "Ставка (в процентах)": "percent"},
    "table_total_words": ("Итого", "Всего"),
    "vote_pattern": r"\d+\s+голос\w*\s+против\s+\d+|\d+\s+воздержавш\w*",
    # Words before a session that make it the topic, not the time: "доклад ... о работе ее сессии".
    "session_topic_words": ("о работе ее", "о работе его", "о работе своей", "о работе их", "о работе"),
    "ordinal_side": "before",
    "agenda_words": ("пункт", "пункты"),
    # words for "decision" before its number ("its decision 68/548"): A/DEC/68/548, and the end of a list of resolutions
    "decision_words": ("решение", "решения", "решении", "решением", "решений"),
    "resolution_words": ("резолюция", "резолюции", "резолюцию", "резолюций", "резолюциях", "резолюциям",
                         "резолюцией"),
    "title_words": ("озаглавленная", "озаглавленную", "озаглавленной", "озаглавленные", "под названием"),
    "resolution_suffixes": (),
    "section_letters": {},
    "annex_words": ("приложение",),
    "objective_words": ("цель",),
    # a lead whose numbered paragraphs complete it ("Resolves that:"): the operative part, no adopted text
    "lead_complementizers": ("что", ", что"),
    "plenary_meeting": r"(\d+)-?е\s+пленарное\s+заседание",
    # A meeting of a body without plenary meetings, alone on its line: the Human Rights Council's closing.
    "meeting_line": r"(\d+)-?е\s+заседание",
    # A decision's masthead ("Decision adopted by the General Assembly on ...").
    "adopted_decision_phrases": ("решение, принятое",),
    # A decision told in the past ("the General Assembly ... decided to ..."), and the requests it makes.
    "decided_phrases": {"постановила": "decides", "решила": "decides"},
    "decided_verbs": {"принять к сведению": "takes-note", "просить": "requests", "предложить": "invites",
                       "настоятельно призвать": "urges", "призвать": "calls-upon"},
    # The mark before a letter's signer, whose posts follow on the next lines.
    "signed_marks": ("(Подпись)",),
    "adopted_phrases": ("резолюция, принятая", "принята советом безопасности"),
    "kind_words": {
        "presidential-statement": ("заявление председателя совета безопасности",),
        "report": ("доклад",),
        "note": ("записка",),
        "letter": ("письмо",),
    },
    # The sponsors' line of a draft ends with these: "Argentina, Chile ...: draft resolution".
    "draft_marks": ("проект резолюции", "проект решения"),
    "original_labels": ("подлинный текст:", "original:"),
    "language_names": {"английском": "en", "английский": "en", "арабском": "ar", "китайском": "zh",
                       "испанском": "es", "французском": "fr", "русском": "ru", "english": "en",
                       "french": "fr",
                       "spanish": "es", "arabic": "ar", "russian": "ru", "chinese": "zh"},
    "issuer_prefixes": (),
    "clause_boundary": r"(?:[,;]\s+(?:и\s+)?|\bи\s+)",
    "clause_verb_prefix": "",
    # a clause before a declaration's verb: "As we rise from the General Assembly today, we hold ..."
    "leading_clause_openers": ("когда", "в то время как"),
    "clause_connectives": ("в этой связи", "в связи с этим", "в этом контексте", "с этой целью", "в этом отношении"),
    "addressee_end_markers": (",",),
    # The infinitive a request governs ends its addressees: "просит Генерального секретаря | представить".
    "addressee_end_pattern": r"\s[а-яё]+(?:ть|ти|чь)(?:ся)?(?![а-яё])",
    # words that open an aside inside a list of addressees ("in accordance with its mandate"), ending the list
    # a relative clause narrows those asked: "States that have not done so" (kg.finders.clauses)
    "addressee_inclusion_words": ("включая", "в частности", "особенно", "а также"),
    "addressee_relatives": ("которые", "которое", "который", "которая"),
    "addressee_aside_words": (
        "в", "во", "с", "со", "по", "при", "на", "через", "для", "согласно", "в соответствии", "который",
        "которые", "которая",
    ),
    "addressee_terms": {
        # the bodies of one state a government text tasks (news): of the home state
        "федеральные органы исполнительной власти": "federal executive authorities",
        "федеральным органам исполнительной власти": "federal executive authorities",
        "органы исполнительной власти субъектов Российской Федерации":
            "executive authorities of the constituent entities",
        "органам исполнительной власти субъектов Российской Федерации":
            "executive authorities of the constituent entities",
        "органы государственной власти субъектов Российской Федерации":
            "state authorities of the constituent entities",
        "органам государственной власти субъектов Российской Федерации":
            "state authorities of the constituent entities",
        "государства-члены": "Member States", "всем государствам": "States", "все государства": "States",
        "все государства-члены": "Member States",
        "правительства": "Governments", "все заинтересованные стороны": "all stakeholders",
        "заинтересованные стороны": "stakeholders",
        "систему Организации Объединенных Наций": "United Nations system",
        "система Организации Объединенных Наций": "United Nations system",
        "специализированные учреждения": "specialized agencies",
        "фонды и программы": "funds and programmes", "гражданское общество": "civil society",
        "частный сектор": "private sector", "международное сообщество": "international community",
        "государства": "States", "государствам": "States", "государства-участники": "States parties",
        "все стороны": "all parties", "всем сторонам": "all parties",
        # the dative of those asked by "рекомендует", "предлагает": "рекомендует Государствам-участникам"
        "государствам-членам": "Member States", "всем государствам-членам": "Member States",
        "государствам-участникам": "States parties", "правительствам": "Governments",
        "всем правительствам": "Governments", "заинтересованным сторонам": "stakeholders",
        "всем заинтересованным сторонам": "all stakeholders",
        "системе Организации Объединенных Наций": "United Nations system",
        "специализированным учреждениям": "specialized agencies", "фондам и программам": "funds and programmes",
        "гражданскому обществу": "civil society", "частному сектору": "private sector",
        "международному сообществу": "international community",
        "управляющие державы": "administering Powers", "управляющим державам": "administering Powers",
        "управляющая держава": "administering Power", "управляющей державе": "administering Power",
    },
    # A time limit counted from when the text takes effect: "в течение 30 дней" (kg.text.deadlines).
    "time_limit_words": ("в течение", "в срок до", "не позднее чем через"),
    "duration_units": {"дней": "D", "дня": "D", "день": "D", "недель": "W", "недели": "W", "неделя": "W",
                       "месяцев": "M", "месяца": "M", "месяц": "M", "лет": "Y", "года": "Y", "год": "Y"},
    # the years a commitment runs over: "период 2019–2028 годов", "период с 2019 по 2028 год" (kg.finders.clauses)
    "term_period_words": ("период с", "период"),
    "term_period_connectors": ("по", "-", "–", "—"),
    "deadline_words": ("к", "до"),
    "deadline_date_words": ("не позднее",),
    # Phrases that give the organisation right after them a task: "поручить Министерству внутренних дел".
    "assigning_phrases": ("поручить", "поручает", "поручило", "поручил"),
    # Instruments named around a head word (kg.finders.instruments): quoted ("Федеральный закон «О ...»") or
    # with capitalised words ("Договор СНВ", "Соглашение ... Евразийского экономического союза").
    "capitalised_instrument_heads": _with_declensions({
        "Договор": "treaty", "договор": "treaty", "Конвенция": "convention", "конвенция": "convention",
        "Соглашение": "agreement", "соглашение": "agreement", "Закон": "law", "закон": "law",
        "Федеральный закон": "law", "федеральный закон": "law", "Пакт": "instrument", "пакт": "instrument",
        "Протокол": "protocol", "протокол": "protocol", "Декларация": "declaration", "декларация": "declaration",
        "Устав": "instrument", "Кодекс": "law", "кодекс": "law", "Стратегия": "strategy", "стратегия": "strategy",
        # a decree, titled in quotes after its head ("подписал указ «О мерах ...»")
        "Указ": "decree", "указ": "decree",
    }),
    "instrument_name_joiners": ("о", "об", "по", "между", "с"),
    # first-person phrases of a statement's author or a quoted speaker (kg.finders.commitments)
    "speaker_phrases": {
        "я решил": "decides", "мы решили": "decides", "мы осуждаем": "condemns", "решительно осуждаем": "condemns",
        "мы требуем": "demands", "требуем": "demands", "мы призываем": "calls-upon", "призываем": "calls-upon",
        "мы приветствуем": "welcomes", "сожалеем": "regrets",
    },
    # a body named before them adopts an instrument (kg.finders.commitments)
    "adoption_phrases": {
        f"{verb} {noun}": "adopts"
        for verb in ("принял", "приняла", "приняли", "одобрил", "одобрила", "одобрили")
        for noun in ("резолюцию", "закон", "декларацию", "договор", "конвенцию", "решение")
    },
    # verbs of saying after a speaker, before what is reported ("министр заявил, что стороны должны")
    "speech_verbs": ("заявил", "заявила", "заявили", "сказал", "сказала", "отметил", "отметила", "подчеркнул",
                     "подчеркнула", "считает"),
    # a statement's lead after the one who speaks in it (kg.finders.actors.statement_author)
    "statement_lead_phrases": ("сделал следующее заявление", "сделала следующее заявление",
                               "выступил со следующим заявлением", "выступила со следующим заявлением"),
    # the collective subject of a readout and its verb: the participants' stance (kg.finders.commitments)
    "readout_phrases": READOUT_PHRASES,
    "joint_subjects": JOINT_SUBJECTS,
    # relative pronouns that stand for the actor before them (kg.finders.commitments)
    "relative_pronouns": ("который", "которая", "которое", "которые"),
    # plural modals by which a statement or a quoted speaker says what a group must do (kg.finders.commitments)
    "obligation_phrases": ("должны",),
    # words that end the description of an addressee: a place, a time, a manner ("на два года")
    "addressee_breaks": ("на", "в", "во", "по", "до", "после", "за", "с", "со", "в течение"),
    # words before those a decision told without its subject applies to (kg.finders.commitments)
    "target_markers": ("для", "в отношении"),
    # words after that group that say whom it is drawn from ("для 15 граждан | из числа блогеров")
    "target_partitives": ("из числа", "в том числе", "среди которых"),
    # pledges whose subject may be the body the sentence opens with (kg.finders.commitments)
    "opening_subject_pledges": tuple(_AGREED),
    # words before an actor a verb is done with, not its subject ("с Вьетнамом подписало")
    # a readout's pronoun subject: the person last named (kg.finders.commitments)
    "person_pronouns": ("Он", "Она"),
    "partner_markers": ("с", "со"),
    # words that open an item of demands before the actor it asks ("Необходимость для | международного
    # сообщества", "Чтобы | правительство обеспечило"; kg.finders.demands)
    "demand_item_openers": ("необходимость для", "чтобы"),
    # the author's own organs, which its recommendations direct (kg.finders.demands)
    "own_organ_words": ("своим органам", "свои органы", "органам организации", "региональным отделениям"),
    # A statement's lists of demands (kg.finders.demands): phrases of a lead-in that ends with a colon
    # ("Профсоюз требует:", "Мы призываем:"), with the action of items that have no verb of their own.
    "demand_list_leads": {
        **{verb: "calls-for" for verb in ("призывает", "призывают", "призываем", "наши требования",
                                          "следующие требования")},
        **{verb: "demands" for verb in ("требует", "требуют", "требуем", "настаивает", "настаиваем")},
        **{verb: "recommends" for verb in ("рекомендует", "рекомендуют", "рекомендуем", "рекомендации")},
    },
    # Phrases by which one actor asks the one named right after them (news: "призвал государства-члены выполнить").
    # a decision or announcement told without its subject: the author's (kg.finders.commitments)
    # a listed person's citizenship before the post ("гражданка США, журналист"): no post
    "citizenship_words": ("гражданин", "гражданка", "граждане", "подданный", "подданная"),
    # (a sanctions statement adds persons to its list: "вносит в национальный «стоп-лист»", "включаются в";
    # and reserves further steps: "оставляем за собой право на контрмеры", "будет продолжать принимать меры")
    "author_phrases": {"закрывается": "decides", "закрыт въезд": "decides", "принято решение": "decides",
                       "вносит в": "decides", "вносятся в": "decides", "включаются в": "decides",
                       "включается в": "decides", "последуют": "will", "будет продолжена": "will",
                       "будет продолжен": "will", "будут продолжены": "will", "будет продолжать": "will",
                       "оставляем за собой право": "will", "оставляет за собой право": "will",
                       # measures introduced, told in the passive ("вводится запрет на въезд", "вводятся
                       # персональные ограничения"), and the rebuff promised ("получат решительный отпор")
                       **{f"{verb} {measure}": "decides"
                          for verb, measures in (("вводится", ("запрет", "ограничение", "персональный запрет")),
                                                 ("вводятся", ("ограничения", "персональные ограничения",
                                                               "ответные ограничения", "санкции",
                                                               "персональные санкции", "ответные меры")))
                          for measure in measures},
                       "решительный отпор": "will"},
    "requesting_phrases": {"призвал": "calls-upon", "призвала": "calls-upon", "призвали": "calls-upon",
                           "призывает": "calls-upon", "попросил": "requests", "попросила": "requests",
                           "призываем": "calls-upon", "призывают": "calls-upon"},
    # Phrases before the bodies that share a task or a pledge: "совместно с Министерством финансов".
    "cooperation_phrases": ("совместно с", "во взаимодействии с", "при участии"),
    "declaration_verbs": DECLARATION_VERBS,
    "we_pronouns": ("мы",),
    "held_words": ("состоявшейся", "состоявшегося", "состоявшихся", "проходившей", "проведенной",
                   "под председательством", "под сопредседательством"),
    # words after a date before the event held on it ("on 24 September 2018, at the Nelson Mandela Peace Summit")
    # the head word of an event's name, and the kind of event it makes
    # verbs by which two persons meet or talk: the meeting is an event (kg.finders.events)
    "meeting_verbs": ("провел переговоры с", "провела переговоры с", "встретился с", "встретилась с",
                      "провел телефонный разговор с", "провела телефонный разговор с", "провел встречу с",
                      "провела встречу с", "принял", "приняла"),
    # a verb or noun of signing right before the named instrument signed: an event (kg.finders.events)
    "signing_event_verbs": ("подписали", "подписал", "подписала", "подписало", "подписан", "подписано",
                            "подписана", "подписание", "подписания", "подписании", "подписанию"),
    # passive phrases of signing right after the named instrument ("Соглашение ... было подписано")
    "signed_after_phrases": ("было подписано", "был подписан", "была подписана", "были подписаны"),
    "signing_event_name": "подписание {}",
    "visit_heads": ("государственный визит в", "официальный визит в", "рабочий визит в"),
    "event_heads": {"саммит": "summit", "саммите": "summit", "конференция": "conference", "конференции": "conference",
                    "форум": "forum", "форуме": "forum", "совещание": "meeting", "совещании": "meeting",
                    "заседание": "meeting", "заседании": "meeting", "диалог": "meeting", "диалоге": "meeting",
                    "сессия": "session", "сессии": "session", "семинар": "workshop", "семинаре": "workshop"},
    # verbs by which a body convenes an event, named after them and dated later ("to convene a high-level meeting")
    "convening_words": ("созвать", "провести", "созыв"),
    "indefinite_articles": (),
    "event_at_words": ("на", "в ходе", "года на", "года в ходе", "г. на"),  # a date's "года" is not part of it
    "place_prepositions": ("в", "во"),
    # words that open the heading of a statement, before the body that issues it ("Заявление МИД России",
    # "Déclaration de Thierry Kuhn, président d'Emmaüs France"; kg.finders.actors.statement_author)
    # a by-line before the body that wrote the text (kg.finders.actors.statement_author)
    "byline_words": ("Автор:",),
    # kinds of instrument written like names: no name alone (kg.finders.instruments)
    # an instrument a body adopts or signs without a name ("приняла резолюцию"; kg.finders.instruments)
    # "Commission ... resolutions 2006/2 and its resolution 2013/1": the list before's body (kg.finders.citations)
    "list_possessives": ("свою", "свои", "своей", "своих"),
    # an instrument named in lower case by its topic ("tratado global sobre comercio de armas")
    "topic_prepositions": ("о", "об"),
    "adoption_verbs": ("принял", "приняла", "приняли", "подписал", "подписала", "подписали", "одобрил", "одобрила"),
    "adoption_fillers": ("новую", "новое", "новый"),
    "adopted_instrument_heads": {"резолюцию": "resolution", "соглашение": "agreement", "договор": "treaty"},
    "generic_instrument_names": ("Меморандум о взаимопонимании", "Меморандум о сотрудничестве", "Совместное заявление"),
    "statement_words": ("Заявление", "Комментарий", "Сообщение", "Обращение"),
    # "постоянный представитель РФ | при | ООН Василий Небензя": the organisation a post is held at
    # words that mark the name of a body (declared in kg/lang/schema.py), as stems: a word matches the
    # forms it opens ("корпорации", "ассоциацией")
    "body_words": {
        **dict.fromkeys(("министерств", "управлени", "служб", "агентств", "ведомств", "парламент", "палат",
                         "комисси", "департамент"), "government-agency"),
        **dict.fromkeys(("организаци", "ассоциаци", "федераци", "союз", "коалици", "альянс", "парти",
                         "корпораци", "компани", "институт", "фонд", "центр", "банк", "совет", "комитет",
                         "конгресс", "движени", "сеть", "сети", "университет", "суд", "форум"), "organization"),
    },
    # kinds of body before a name in guillemets ("газеты «Гардиан»", "НКО «Махи фо Укрэин»"; kg.finders.actors)
    "quoted_name_kinds": ("газет", "телеканал", "радиокомпани", "медиакомпани", "телерадиокомпани", "компани",
                          "корпораци", "холдинг", "агентств", "издани", "журнал", "портал", "радиостанци",
                          "организаци", "фонд", "движени", "НПО", "НКО",
                          # firms as sanctions lists describe them ("металлургического концерна «Ю-Эс стил»",
                          # "военно-промышленного предприятия «…»", "ЧВК «…»")
                          "концерн", "фирм", "предприяти", "госкорпораци", "банк", "ЧВК"),
    "post_links": ("при",),
    # the authorities of a state, named with it ("властями Канады"; kg.finders.actors)
    "authority_words": ("власти", "властями", "властей", "властям"),
    "meeting_series_words": ("совещаний", "заседаний"),
    "period_words": (),
    "year_place_prepositions": ("в",),
    "list_conjunctions": ("и",),
    "between_words": ("между",),  # a treaty between two parties: its name runs to the second
    # A body named by its kind alone, in each case, stands for the document's own ("Совету на его ... сессии").
    "short_body_names": {
        **dict.fromkeys(("Совет", "Совета", "Совету", "Советом", "Совете"), "council"),
        **dict.fromkeys(("Ассамблея", "Ассамблеи", "Ассамблее", "Ассамблею", "Ассамблеей"), "assembly"),
        **dict.fromkeys(("Комитет", "Комитета", "Комитету", "Комитетом", "Комитете"), "committee"),
        **dict.fromkeys(("Комиссия", "Комиссии", "Комиссию", "Комиссией"), "commission"),
    },
    "per_words": ("на",),
    # figures in words and their parts (kg.text.numbers; declared in kg/lang/schema.py)
    "number_words": {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
                     "девять": 9, "десять": 10},
    "lone_scale_words": {"миллион": 10**6, "миллиард": 10**9},
    "age_words_before": ("в возрасте", "в возрасте до", "в возрасте от", "старше", "младше"),
    "age_words_after": ("лет и старше", "лет и младше"),
    "ratio_links": ("из",),
    # persons and their posts (kg.finders.actors); keys declared in kg/lang/schema.py
    # (Russian puts a portfolio in the genitive after the post, in lower case: "министр финансов")
    "post_complements": (
        "иностранных", "внутренних", "дел", "финансов", "обороны", "юстиции", "здравоохранения", "образования",
        "труда", "экономического", "развития", "энергетики", "культуры", "транспорта", "сельского", "хозяйства",
        "промышленности", "торговли", "науки", "просвещения", "социальной", "защиты", "природных", "ресурсов",
        "строительства", "спорта", "цифрового", "чрезвычайным", "ситуациям", "МИД",
        "и",  # between two words of a portfolio: "министр труда и социальной защиты"
    ),
    # news (declared in kg/lang/schema.py)
    "national_addressees": ("federal executive authorities", "executive authorities of the constituent entities",
                            "state authorities of the constituent entities"),
    "news_agencies": {"ТАСС": "RUS", "РИА Новости": "RUS", "Интерфакс": "RUS", "ИНТЕРФАКС": "RUS",
                      "БелТА": "BLR", "Рейтер": "", "Франс Пресс": "", "AFP": "", "Reuters": ""},
    "home_country_words": (),
}  # fmt: skip


PACK = LanguagePack(
    code="ru",
    name="Russian",
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
