"""What the builders need to know about a language, as data.

Each language has one module in this package (``kg/lang/ar.py`` ...) that
defines ``PACK = LanguagePack(...)``. Builders never embed words of a language
in their own code: they ask the pack. Fields default to empty so that a
language can be added a little at a time; a builder must cope with empty data.
Every key of ``extra`` is declared in :mod:`kg.lang.schema`, with its type and
documentation; reading one that is not declared raises at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any, TypeVar

from kg.lang.schema import PackData

T = TypeVar("T")
S = TypeVar("S")


def with_adverbs(
    verbs: dict[str, str],
    *,
    before: tuple[str, ...] = (),
    after: tuple[str, ...] = (),
    inside: tuple[str, ...] = (),
    separator: str = " ",
) -> dict[str, str]:
    """Every verb also with the adverbs a language's texts put before, after or inside it.

    ("Also requests", "Prie également", "просит также", "又请"; inside, after the first
    word of a phrase: "s'engagent également à", "réaffirme en outre son engagement").
    A phrase the table lists itself keeps its own action: "prie instamment" urges,
    though "prie" requests.

    >>> forms = with_adverbs({"prie": "requests", "prie instamment": "urges"}, after=("instamment", "aussi"))
    >>> forms["prie instamment"], forms["prie aussi"], forms["prie instamment aussi"]
    ('urges', 'requests', 'urges')
    >>> with_adverbs({"s'engage à": "commits"}, inside=("aussi",))["s'engage aussi à"]
    'commits'
    """
    forms = dict(verbs)
    for verb, action in verbs.items():
        for adverb in before:
            forms.setdefault(f"{adverb}{separator}{verb}", action)
        for adverb in after:
            forms.setdefault(f"{verb}{separator}{adverb}", action)
        head, _, rest = verb.partition(" ")
        for adverb in inside if rest else ():
            forms.setdefault(f"{head}{separator}{adverb}{separator}{rest}", action)
    return forms


def after_subjects(subjects: Mapping[str, object], verbs: dict[str, str], separator: str = " ") -> dict[str, str]:
    """Every verb phrase after every collective subject, with the verb's action ("The two leaders reaffirmed",
    "双方同意"): what a readout or a joint statement says the parties did together.

    >>> after_subjects({"both sides": 2}, {"agreed to": "commits"})
    {'both sides agreed to': 'commits'}
    """
    return {f"{subject}{separator}{verb}": action for subject in subjects for verb, action in verbs.items()}


def _no_ordinal(_: str) -> int | None:
    return None


@dataclass(frozen=True)
class LanguagePack:
    code: str  # ISO 639-1
    name: str  # English name of the language
    direction: str = "ltr"  # "rtl" for Arabic script

    # Dates. Keys are lower case and may contain several words
    # ("كانون الأول/ديسمبر", "tháng mười hai"); values are month numbers.
    months: Mapping[str, int] = field(default_factory=dict)

    # Numbers. ``decimal_marks`` and ``group_marks`` list the characters this
    # language uses; where one character can be either (a "." in Spanish),
    # ``kg.text.numbers`` decides from the digits around it.
    decimal_marks: str = "."
    group_marks: str = ","
    scale_words: Mapping[str, Decimal] = field(default_factory=dict)  # "million", "tỷ"
    qualifiers: Mapping[str, str] = field(default_factory=dict)  # "more than" -> "more-than"
    units: Mapping[str, str] = field(default_factory=dict)  # "per cent" -> "percent"

    # Ordinals, as in session names ("seventy-third", "الثالثة والسبعين").
    parse_ordinal: Callable[[str], int | None] = _no_ordinal

    # Commitments. Keys are inflected surface forms, values are identifiers of
    # concepts in the ontology's action scheme (``ontology/actions.ttl``).
    operative_verbs: Mapping[str, str] = field(default_factory=dict)  # "calls upon" -> "calls-upon"
    preambular_phrases: Mapping[str, str] = field(default_factory=dict)  # "Recalling" -> "recalls"
    pledge_phrases: Mapping[str, str] = field(default_factory=dict)  # "We commit to" -> "commits"

    # Persons and posts: honorifics before names, and names of posts with
    # their English equivalent ("Phó Cục trưởng" -> "Deputy Director General").
    honorifics: tuple[str, ...] = ()
    posts: Mapping[str, str] = field(default_factory=dict)

    # Words that open the name of an organisation ("Bộ", "Ministère", "وزارة"),
    # mapped to the ontology kind of what they open.
    organization_heads: Mapping[str, str] = field(default_factory=dict)

    # Everything else a builder needs, by name: each key is declared, typed and documented in a
    # section of ``kg/lang/schema.py``; reading an undeclared key raises ``UndeclaredField``.
    extra: Mapping[str, Any] = field(default_factory=dict)

    # What modules derive from the pack (compiled patterns, word lists), made once.
    _derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)
    # The word lists of ``extra``, as tuples: finders ask for one at every token of every text.
    _words: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.extra, PackData):
            object.__setattr__(self, "extra", PackData(self.extra))

    def section(self, kind: type[S]) -> S:
        """The pack's data of one section of :mod:`kg.lang.schema`, typed; fields it leaves out are empty.

        >>> from kg.lang import get
        >>> from kg.lang.schema import Deadlines
        >>> get("en").section(Deadlines).duration_units["weeks"]
        'W'
        """
        return self.derived(f"section.{kind.__name__}", lambda pack: _section_of(pack.extra, kind))

    def words(self, key: str) -> tuple[str, ...]:
        """The words stored under ``extra[key]`` (none when the pack has no such list), made once a key."""
        found = self._words.get(key)
        if found is None:
            value = self.extra.get(key, ())  # an undeclared key raises here, every time it is asked
            found = self._words[key] = tuple(value) if isinstance(value, (list, tuple)) else ()
        return found

    def derived(self, name: str, make: Callable[[LanguagePack], T]) -> T:
        """``make(self)``, computed on first use and remembered under ``name`` for the pack's life.

        Packs are immutable, so whatever a module compiles from one stays true.
        """
        if name not in self._derived:
            self._derived[name] = make(self)
        return self._derived[name]


def _section_of(data: Mapping[str, Any], kind: type[S]) -> S:
    names = {spec.name for spec in fields(kind)}  # type: ignore[arg-type]
    return kind(**{key: value for key, value in data.items() if key in names})
