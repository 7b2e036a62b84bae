"""The base (nominative) form of a name written in an oblique case, for languages that decline names.

A Russian text names a body in the case its sentence wants: "депутат Шотландской национальной
партии", "в составе Королевского института оборонных исследований". The graph keys and labels a
body by its base form ("Шотландская национальная партия"), so that every case meets the same node,
the gazetteer and the gold; the text's own form stays as the quote of its mention.

Only the head of the name is declined, with the words that agree with it: the adjectives before
it. What follows the head is a complement in a case of its own ("Министерство предпринимательства
и торговли Великобритании") and is kept as written. A name whose words cannot be read as
adjectives agreeing with a noun (a Latin name, an acronym, a phrase opening with a preposition) is
kept whole.

A person's name is declined only where the dictionary knows every word of it as a given name, a
patronymic or a family name in one oblique case ("Сергея Лаврова" → "Сергей Лавров"): a foreign name
the dictionary does not know ("Бирна", "Фриланд") would be guessed wrong, and is kept as written.

The analyser is pymorphy3 with its Russian dictionary (packages ``pymorphy3``,
``pymorphy3-dicts-ru``), loaded once, on first use, from the installed package: no network.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

__all__ = ["russian_declensions", "russian_name_base", "russian_person_base"]

#: Words a name's head may be declined to agree with: full adjectives and participles ("Королевского").
_AGREEING = frozenset({"ADJF", "PRTF"})
#: Tags of the dictionary's readings of a person's name: a given name, a family name, a patronymic.
_PERSON_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
#: A word of a name, with the punctuation it may carry around it (a quote, a bracket, a comma) and keeps.
_WORD = re.compile(r"(?P<before>[^\w\s]*)(?P<core>\S*?)(?P<after>[^\w\s]*)(?=\s|$)")


class _Word(NamedTuple):
    start: int
    end: int
    before: str
    core: str
    after: str

    def declined(self, form: str, *, spelt_with_yo: bool = False) -> str:
        """The word as declined to ``form``, with its punctuation and its capitals as written, and with "е" for the
        dictionary's "ё" where the text writes none: "Соединенного" and "Соединенное" must meet in one key."""
        if not spelt_with_yo and "ё" not in self.core.casefold():
            form = form.replace("ё", "е")
        return f"{self.before}{_cased_like(self.core, form)}{self.after}"


@cache
def _russian_analyser() -> Any:
    import pymorphy3  # a heavy dictionary: loaded only for a text that needs it

    return pymorphy3.MorphAnalyzer(lang="ru")


def russian_name_base(name: str) -> str:
    """``name`` with its head noun and the adjectives agreeing with it in the nominative.

    >>> russian_name_base("Шотландской национальной партии")
    'Шотландская национальная партия'
    >>> russian_name_base("Министерства предпринимательства и торговли Великобритании")
    'Министерство предпринимательства и торговли Великобритании'
    >>> russian_name_base("Open Source Centre")
    'Open Source Centre'
    """
    words = _words(name)
    analyser = _russian_analyser()
    head = _head_index(analyser, words)
    declined = _declined(analyser, words[: head + 1]) if head is not None else None
    return _rejoined(name, words, declined) if declined else name


def _head_index(analyser: Any, words: list[_Word]) -> int | None:
    """Where the head noun of a name is: its first noun, after adjectives only; None for a Latin word, an
    acronym or another word before it (a name cannot be declined if it does not open with its head)."""
    for index, word in enumerate(words):
        readings = analyser.parse(word.core) if _CYRILLIC.search(word.core) else []
        if not readings or _is_acronym(analyser, word.core, readings):
            return None
        if any("NOUN" in r.tag for r in readings):
            return index
        if not any(r.tag.POS in _AGREEING for r in readings):
            return None
    return None


def _is_acronym(analyser: Any, word: str, readings: list[Any]) -> bool:
    """Whether a word is an acronym ("МИД", "ПАСЕ"), not a word of a heading in capitals ("МИНИСТЕРСТВА")."""
    if not word.isupper():
        return False
    return len(word) <= 4 or not analyser.word_is_known(word.lower()) or any("Abbr" in r.tag for r in readings)


def _declined(analyser: Any, words: list[_Word]) -> list[str] | None:
    """The adjectives and their head (the last of ``words``) in the nominative, or None when they do not agree."""
    heads = [r for r in analyser.parse(words[-1].core) if "NOUN" in r.tag]
    # A body is one body: read the head as singular where it can be ("партии": of the party, not parties).
    for number in ("sing", "plur"):
        for head in (h for h in heads if h.tag.number == number):
            adjectives = [_agreeing(analyser, word.core, head) for word in words[:-1]]
            if None in adjectives:
                continue
            if head.tag.case == "nomn":
                return None  # already the base form
            forms = [reading.inflect({"nomn", number}) for reading in [*adjectives, head]]
            if None in forms:
                return None
            return [word.declined(form.word) for word, form in zip(words, forms, strict=True)]
    return None


#: The oblique cases a post is named in after a verb or a noun ("заявил министру"); the accusative of a person is
#: its genitive, and the locative of a short word may be a preposition ("После": "после").
_OBLIQUE_CASES = ("gent", "datv", "ablt")


def russian_declensions(name: str) -> tuple[str, ...]:
    """``name``, written in the nominative, in the oblique cases of the singular: its head and the adjectives
    before it declined, the rest as written. None where its words do not read as adjectives and a head.

    >>> russian_declensions("Премьер-министр")
    ('Премьер-министра', 'Премьер-министру', 'Премьер-министром')
    >>> russian_declensions("Официальный представитель")[:2]
    ('Официального представителя', 'Официальному представителю')
    """
    words = _words(name)
    analyser = _russian_analyser()
    head_index = _head_index(analyser, words)
    if head_index is None:
        return ()
    heads = [r for r in analyser.parse(words[head_index].core) if {"NOUN", "nomn", "sing"} <= r.tag.grammemes]
    adjectives = [_agreeing(analyser, w.core, heads[0]) for w in words[:head_index]] if heads else [None]
    if None in adjectives:
        return ()
    forms: list[str] = []
    for case in _OBLIQUE_CASES:
        declined = [r.inflect({case, "sing"}) for r in [*adjectives, heads[0]]]
        if None in declined:
            continue
        for spelt_with_yo in (False, True):  # news writes "секретарем", a careful text "секретарём"
            declined_words = [
                w.declined(d.word, spelt_with_yo=spelt_with_yo) for w, d in zip(words, declined, strict=False)
            ]
            form = _rejoined(name, words, declined_words)
            if form != name and form not in forms:
                forms.append(form)
    return tuple(forms)


def _agreeing(analyser: Any, word: str, head: Any) -> Any:
    """The reading of ``word`` as an adjective in the head's case and number (and gender, in the singular)."""
    for reading in analyser.parse(word):
        tag = reading.tag
        if tag.POS not in _AGREEING or tag.case != head.tag.case or tag.number != head.tag.number:
            continue
        if tag.number == "sing" and tag.gender != head.tag.gender:
            continue
        return reading
    return None


def russian_person_base(name: str) -> str:
    """A person's name of two or more words in the nominative, where the dictionary reads every word as a
    name in one oblique case; else as written.

    >>> russian_person_base("Сергея Лаврова"), russian_person_base("Анна Лаврова"), russian_person_base("Мелани Джоли")
    ('Сергей Лавров', 'Анна Лаврова', 'Мелани Джоли')
    """
    words = _words(name)
    if len(words) < 2 or not all(_CYRILLIC.search(word.core) for word in words):
        return name
    analyser = _russian_analyser()
    readings = [[r for r in analyser.parse(word.core) if _PERSON_NAME_TAGS & r.tag.grammemes] for word in words]
    if any("Fixd" in r.tag for word_readings in readings for r in word_readings):
        return name  # a name that may be indeclinable ("Мелани") tells no case; its neighbour may be misread ("Джоли")
    shared = set.intersection(*({(r.tag.case, r.tag.gender) for r in rs if r.tag.number == "sing"} for rs in readings))
    if not shared or any(case == "nomn" for case, _ in shared):
        return name
    case_and_gender = min(shared)  # deterministic where two cases share their forms (gent, accs)
    declined: list[str] = []
    for word, word_readings in zip(words, readings, strict=True):
        reading = next(r for r in word_readings if (r.tag.case, r.tag.gender) == case_and_gender)
        form = reading.inflect({"nomn", "sing"})
        if form is None:
            return name
        declined.append(word.declined(form.word))
    return _rejoined(name, words, declined)


def _words(name: str) -> list[_Word]:
    return [_Word(m.start(), m.end(), m["before"], m["core"], m["after"]) for m in _WORD.finditer(name) if m.group()]


def _cased_like(written: str, declined: str) -> str:
    """The declined word with the capitals of the written one ("Канадско-украинской" → "Канадско-украинская")."""
    if written.isupper():
        return declined.upper()
    letters = list(declined)
    for index, char in enumerate(written[: len(letters)]):
        if char.isupper():
            letters[index] = letters[index].upper()
    return "".join(letters)


def _rejoined(name: str, words: list[_Word], declined: list[str]) -> str:
    """``name`` with its first words replaced by their ``declined`` forms, the spacing and the rest as written."""
    parts: list[str] = []
    last = 0
    for word, form in zip(words, declined, strict=False):
        parts += [name[last : word.start], form]
        last = word.end
    return "".join(parts) + name[last:]
