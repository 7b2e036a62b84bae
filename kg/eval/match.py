"""How the evaluation compares a gold value with a built one.

Leniently where a reader would be lenient: names, titles, posts and quotes are
compared after folding case, accents, Unicode forms, Arabic letter variants,
markdown emphasis and spacing, and a name matches a longer name that contains it
word for word (``General Assembly`` in ``United Nations General Assembly``).
Strictly where the gold is exact: symbols (upper case, no spaces), dates
(ISO prefixes) and numbers (equal as decimals).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher

__all__ = [
    "actions_match",
    "fold",
    "joint_parts",
    "names_match",
    "number",
    "numbers_equal",
    "person_names_match",
    "quote_overlaps",
    "symbol_key",
]

_ARABIC_VARIANTS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك"})
_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʼʹ`´′"})
_MARKUP = re.compile(r"[*_|#«»“”\"()\[\]]")
_PUNCTUATION = re.compile(r"[^\w\s/.-]|(?<!\w)[.-]|[.-](?!\w)")
_DASHES = re.compile(r"[\u2010-\u2015\u2212-]")
# Scripts written without spaces between words: containment is by characters there.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
#: How much of a gold quote a built span that starts or ends elsewhere must share with it, and at least.
_SHARED_QUOTE_PART = 0.6
_MIN_SHARED_QUOTE = 20
#: The shortest name that may match inside a longer one (a word or two is too common: "States").
_MIN_CONTAINED_WORDS = 2
_MIN_CONTAINED_CHARACTERS = 3
#: A Chinese or Japanese name of two characters is a whole name.
_MIN_PERSON_CHARACTERS = 2


def fold(text: str) -> str:
    """A name reduced for comparison.

    >>> fold("  **Bộ  Tài\\nchính** ")
    'bo tai chinh'
    >>> fold("Côte d’Ivoire") == fold("COTE D'IVOIRE")
    True
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c) and c != "\u0640")
    text = text.replace("đ", "d").replace("Đ", "D")
    text = _MARKUP.sub(" ", text.translate(_ARABIC_VARIANTS).translate(_APOSTROPHES))
    text = _DASHES.sub("-", text)
    return " ".join(text.casefold().split()).strip(" .,;:")


def names_match(gold: str, built: str) -> bool:
    """The same name, or one contains the other word for word and is not a lone common word.

    >>> names_match("General Assembly", "United Nations General Assembly")
    True
    >>> names_match("States", "United States of America")
    False
    >>> names_match("人权理事会", "联合国人权理事会")
    True
    >>> names_match("Luật Kế toán", "Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập")
    True
    """
    return _same_or(gold, built, _contained_name)


def joint_parts(name: str, conjunctions: Iterable[str]) -> list[str]:
    """The parties of a joint issuer as a gold writes it ("Biden and Iohannis", "Россия, Китай и Индия"): the
    name cut at commas and at the conjunctions given (written on the next word in Arabic: "مصر والأردن"); the name
    alone where it has neither.

    >>> joint_parts("Biden and Iohannis", ["and"])
    ['Biden', 'Iohannis']
    >>> joint_parts("Russia, China and India", ["and"])
    ['Russia', 'China', 'India']
    >>> joint_parts("中国和法国", ["和"]), joint_parts("مصر والأردن", ["و"])
    (['中国', '法国'], ['مصر', 'الأردن'])
    >>> joint_parts("Ministry of Labour", ["and"])
    ['Ministry of Labour']
    """
    cuts = [r"\s*[,،、，]\s*"]
    for conjunction in conjunctions:
        word = re.escape(conjunction)
        if _UNSPACED.search(conjunction):
            cuts.append(word)
        elif all("\u0600" <= c <= "\u06ff" for c in conjunction):
            cuts.append(rf"\s+{word}(?=\w)")  # a proclitic on the next word
        else:
            cuts.append(rf"\s+{word}\s+")
    parts = [part.strip() for part in re.split("|".join(cuts), name)]
    return [part for part in parts if part] or [name]


def person_names_match(gold: str, built: str) -> bool:
    """Persons: the same name, or every word of one in the other ("Biden" and "Joseph R. Biden").

    >>> person_names_match("Biden", "President Biden")
    True
    >>> person_names_match("Antony Blinken", "Miguel Cardona")
    False
    """
    return _same_or(gold, built, _contained_person)


def _same_or(gold: str, built: str, contained: Callable[[str, str], bool]) -> bool:
    """Equal once folded, or (``contained``) the shorter folded form inside the longer one."""
    a, b = fold(gold), fold(built)
    if not a or not b:
        return False
    if a == b:
        return True
    # Containment is by words: punctuation next to a word ("Luật Kế toán, Luật ...") separates it.
    shorter, longer = sorted((_words(a), _words(b)), key=len)
    return bool(shorter) and contained(shorter, longer)


def _words(folded: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", folded).split())


def _contained_name(shorter: str, longer: str) -> bool:
    if _UNSPACED.search(shorter):
        return len(shorter) >= _MIN_CONTAINED_CHARACTERS and shorter in longer
    return len(shorter.split()) >= _MIN_CONTAINED_WORDS and f" {shorter} " in f" {longer} "


def _contained_person(shorter: str, longer: str) -> bool:
    if _UNSPACED.search(shorter) or _UNSPACED.search(longer):
        return len(shorter) >= _MIN_PERSON_CHARACTERS and shorter in longer
    words = set(re.findall(r"\w+", shorter))
    return bool(words) and words <= set(re.findall(r"\w+", longer))


def any_name_matches(golds: Iterable[str], builts: Iterable[str]) -> bool:
    built_list = list(builts)
    return any(names_match(g, b) for g in golds for b in built_list)


def quote_overlaps(gold_quote: str, built_text: str) -> bool:
    """A built span that holds the gold quote, lies inside it (a reader's quote may be longer), or shares most
    of it where the two start or end elsewhere (a reader's quote opens with its adverbial, the span with its
    subject: "This fiscal year, the United States will resettle" and "the United States will resettle ...").

    >>> quote_overlaps("calls upon all States", "1. Calls upon all States to protect")
    True
    >>> quote_overlaps("This year, the United States will resettle refugees", "United States will resettle refugees")
    True
    >>> quote_overlaps("the United States will resettle refugees", "Canada will resettle its refugees")
    False
    """
    a, b = fold(gold_quote), fold(built_text)
    if not a or not b:
        return False
    if a in b or (len(b) >= min(len(a), 20) and b in a):
        return True
    shared = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size
    return shared >= max(_MIN_SHARED_QUOTE, _SHARED_QUOTE_PART * len(a))


def symbol_key(symbol: str) -> str:
    """A symbol or number as compared: exact but for case and spaces.

    >>> symbol_key("a/res/57/270 B")
    'A/RES/57/270B'
    """
    return "".join(unicodedata.normalize("NFC", symbol).upper().split())


def actions_match(gold: str, action: str) -> bool:
    """Whether a gold verb names a built action, whatever person it is written in: the gold of a declaration
    gives its speakers' verbs ("recognize", "call upon"), the action scheme the UN's third person. The first
    verb is compared by its lemma, so that a sibilant's "-es" ("stresses", "expresses") or a "-ies" is no
    difference.

    >>> actions_match("recognize", "recognizes"), actions_match("call upon", "calls-upon")
    (True, True)
    >>> actions_match("stress", "stresses"), actions_match("express", "expresses-concern")
    (True, False)
    >>> actions_match("note", "notes-with-appreciation"), actions_match("stress", "stressed")
    (False, False)
    """
    return bool(_base_forms(gold) & _base_forms(action))


def _base_forms(verb: str) -> set[str]:
    """The forms a verb phrase may have in the base person: its first word as written and, where that word
    may be a third person singular, the stems its ending allows ("stresses" gives "stresse" and "stress";
    the one that is a real verb is the one both sides share)."""
    words = fold(verb.replace("-", " ")).split()
    if not words:
        return {""}
    head, rest = words[0], " ".join(words[1:])
    heads = {head}
    if len(head) > 3 and head.endswith("s") and not head.endswith("ss"):
        heads.add(head[:-1])
        if head.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
            heads.add(head[:-2])
        if head.endswith("ies"):
            heads.add(head[:-3] + "y")
    return {f"{h} {rest}".strip() for h in heads}


def number(value: object) -> Decimal | None:
    """A gold or built value as a decimal, or None when it is not a number."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def numbers_equal(gold: object, built: object) -> bool:
    """Equal as decimals (2.210 and 2.21 are one value).

    >>> numbers_equal(2.21, "2.210"), numbers_equal(100000, "100000.5")
    (True, False)
    """
    a, b = number(gold), number(built)
    return a is not None and b is not None and a == b
