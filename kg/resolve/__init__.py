"""Resolution: from mentions in any language to canonical entities.

Public API (stable; builders and the pipeline call only these):

``find_mentions(text, language, *, start=0, end=None, kinds=None) -> list[Mention]``
    Known entities (states, UN bodies, groups of states, named instruments,
    posts, places ...) named in ``text[start:end]``, found through the
    gazetteers; longest match wins, matches do not overlap, spans are offsets
    into ``text``. ``key`` is set (ISO alpha-3, UN symbol, acronym or slug) and
    ``name`` is the canonical English name. Territories that are not states
    are only returned when ``kinds`` asks for ``"territory"``.
``resolve(mention, language) -> Entity``
    The canonical entity of a mention: from the gazetteers where known,
    otherwise minted deterministically from the normalised name and scope.
``lookup(name, language=None, kind=None) -> Entity | None``
    The known entity a name denotes, if any.
``labels(entity) -> list[tuple[str, str]]``
    The gazetteer's names of a known entity as (form, language) pairs.
``explain(name) -> list[str]``
    Which rules join which mentions for a name (``kg entities --explain``).

>>> [(m.text, m.key) for m in find_mentions("وللجمعية العامة ولإكوادور", "ar")]
[('للجمعية العامة', 'GA'), ('إكوادور', 'ECU')]
>>> resolve(Mention(Span(0, 13), "Bộ Ngoại giao", "government-agency", scope="VNM"), "vi").key
'VNM/bo-ngoai-giao'
"""

from __future__ import annotations

import re
from collections.abc import Collection

from kg.model import Entity, Kind, Mention, Span
from kg.resolve.gazetteer import Known, gazetteer
from kg.resolve.matcher import Match, find, match_whole
from kg.resolve.normalize import name_key

__all__ = [
    "explain",
    "find_mentions",
    "labels",
    "lookup",
    "named_with_state",
    "organizations_above",
    "resolve",
    "seat_of",
]

# Kinds that may name the same thing: a builder's "organization" may be the
# gazetteer's "intergovernmental-organization", its "place" a state.
_FAMILIES = (
    frozenset(
        {
            Kind.ACTOR,
            Kind.STATE,
            Kind.TERRITORY,
            Kind.GROUP_OF_STATES,
            Kind.UN_BODY,
            Kind.INTERGOVERNMENTAL_ORGANIZATION,
            Kind.ORGANIZATION,
            Kind.GOVERNMENT_AGENCY,
            Kind.FORUM,
            Kind.SUMMIT,
            Kind.POST,
        }
    ),
    frozenset({Kind.PLACE, Kind.STATE, Kind.TERRITORY, Kind.GROUP_OF_STATES}),
    frozenset(
        {
            Kind.INSTRUMENT,
            Kind.RESOLUTION,
            Kind.DECISION,
            Kind.DECLARATION,
            Kind.AGREEMENT,
            "convention",
            Kind.TREATY,
            "covenant",
            "compact",
            Kind.LAW,
            Kind.REPORT,
            Kind.DOCUMENT,
            Kind.DRAFT_RESOLUTION,
        }
    ),
)
_WORKS = _FAMILIES[2]
_HIDDEN_BY_DEFAULT = frozenset({Kind.TERRITORY})


def compatible(kind_a: str | None, kind_b: str | None) -> bool:
    """May a mention of ``kind_a`` denote an entity of ``kind_b``?

    >>> compatible("organization", "intergovernmental-organization"), compatible("person", "state")
    (True, False)
    """
    if not kind_a or not kind_b or kind_a == kind_b:
        return True
    return any(kind_a in family and kind_b in family for family in _FAMILIES)


def _entity(known: Known, rule: str, kind: str | None = None) -> Entity:
    return Entity(kind or known.kind, known.key, known.name, known.code, rule)


# -- find_mentions ---------------------------------------------------------------------------


def find_mentions(
    text: str,
    language: str | None,
    *,
    start: int = 0,
    end: int | None = None,
    kinds: Collection[str] | None = None,
) -> list[Mention]:
    matches = find(text, language, start, end)
    mentions = []
    for index, match in enumerate(matches):
        following = matches[index + 1] if index + 1 < len(matches) else None
        if not _wanted(match.known.kind, kinds):
            continue
        mention = _foreign_body(match, following, text) or _mention(match, text)
        mentions.append(mention)
    return mentions


def _wanted(kind: str, kinds: Collection[str] | None) -> bool:
    return kind in kinds if kinds is not None else kind not in _HIDDEN_BY_DEFAULT


def _mention(match: Match, text: str) -> Mention:
    return Mention(
        Span(match.start, match.end),
        text[match.start : match.end],
        match.known.kind,
        key=match.known.key,
        name=match.known.name,
    )


def _foreign_body(match: Match, following: Match | None, text: str) -> Mention | None:
    """A national body named with another state ("Bộ Ngoại giao Bulgaria") belongs to that state.

    The gazetteer's Vietnamese ministries are Viet Nam's; followed at once by
    the name of another state, the same words name that state's ministry: the
    mention loses its key and is scoped to the other state, for minting.
    """
    home = match.known.attributes.get("state")
    if match.known.kind != Kind.GOVERNMENT_AGENCY or not home or following is None:
        return None
    adjacent = not text[match.end : following.start].strip()
    if not adjacent or following.known.kind != Kind.STATE or following.known.key == home:
        return None
    return Mention(
        Span(match.start, match.end),
        text[match.start : match.end],
        match.known.kind,
        scope=following.known.key,
    )


# -- lookup, labels ----------------------------------------------------------------------------


def lookup(name: str, language: str | None = None, kind: str | None = None) -> Entity | None:
    """The known entity ``name`` denotes: a form in any language, a code, or a key.

    >>> lookup("Đại hội đồng Liên hợp quốc", "vi").key
    'GA'
    >>> lookup("IOM").name
    'International Organization for Migration'
    >>> lookup("Chad", kind="person") is None
    True
    """
    for known, how in match_whole(name, language):
        if compatible(kind, known.kind):
            return _entity(known, f"gazetteer:{how}")
    stripped = name.strip()
    index = gazetteer()
    for known in [*index.by_code.get(stripped, []), *index.by_key.get(stripped, [])]:
        if compatible(kind, known.kind):
            return _entity(known, "gazetteer:code")
    return None


def _known(entity: Entity) -> Known | None:
    index = gazetteer()
    known = index.entities.get((entity.kind, entity.key))
    if known is None:  # a symbol-keyed work resolved under the builder's kind
        known = next((k for k in index.by_key.get(entity.key, []) if compatible(entity.kind, k.kind)), None)
    return known


def labels(entity: Entity) -> list[tuple[str, str]]:
    """The gazetteer's names of ``entity`` as (form, language), each once.

    >>> ("Việt Nam", "vi") in labels(Entity("state", "VNM"))
    True
    """
    known = _known(entity)
    if known is None:
        return []
    return list(dict.fromkeys((label.form, label.lang) for label in known.labels))


def organizations_above(entity: Entity) -> list[str]:
    """The keys of the organisations a known body is part of, nearest first (the gazetteer's ``parent``s).

    >>> organizations_above(Entity("un-body", "HRC")), organizations_above(Entity("state", "VNM"))
    (['GA', 'UN'], [])
    """
    above: list[str] = []
    known = _known(entity)
    while known is not None and known.attributes.get("parent") and known.attributes["parent"] not in above:
        above.append(known.attributes["parent"])
        known = next(iter(gazetteer().by_key.get(above[-1], [])), None)
    return above


def seat_of(entity: Entity) -> str | None:
    """The key of the place a body with a fixed seat meets in (``seats.csv``), else None.

    >>> seat_of(Entity("un-body", "HRC")), seat_of(Entity("un-body", "UNICEF"))
    ('CHE/geneva', None)
    """
    known = _known(entity)
    return known.attributes.get("seat") if known else None


# -- resolve -------------------------------------------------------------------------------


def resolve(mention: Mention, language: str | None) -> Entity:
    """The entity a mention denotes; ``Entity.rule`` says which rule joined them (the build records it)."""
    if mention.key:
        return _resolve_key(mention)
    for name, lang in ((mention.text, language), (mention.name, "en")):
        if not name:
            continue
        found = lookup(name, lang, mention.kind)
        if found is not None and _in_scope(found, mention.scope):
            return found
    return _mint(mention, language)


def _in_scope(entity: Entity, scope: str | None) -> bool:
    """A gazetteer entity of one state is not the same-named body of another ("Bộ Ngoại giao" of BGR),
    nor is a body of one state a group of many ("постановление правительства" is not the UN's "Governments")."""
    if scope and entity.kind == Kind.GROUP_OF_STATES:
        return False
    known = _known(entity)
    home = known.attributes.get("state") if known else None
    return not scope or not home or home == scope


def _resolve_key(mention: Mention) -> Entity:
    """A mention that carries a key keeps it, and takes the gazetteer's name for it."""
    assert mention.key is not None
    candidates = gazetteer().by_key.get(mention.key, [])
    known = next((k for k in candidates if compatible(mention.kind, k.kind)), None)
    if known is None:
        code = mention.key if mention.kind == Kind.STATE or mention.kind in _WORKS else None
        return Entity(mention.kind, mention.key, mention.name, code, "given:key")
    if mention.kind in _WORKS:  # a cited symbol: the builder's kind, the instrument's name
        return _entity(known, "gazetteer:symbol", kind=mention.kind)
    return _entity(known, "gazetteer:key")


def _mint(mention: Mention, language: str | None) -> Entity:
    scope = resolve(mention.parent, language).key if mention.parent else mention.scope
    # What a pack names in English is one entity whatever the inflection or language of its mention:
    # a national body ("правительства", "Правительство": Government), a collective addressee
    # ("États", "States", "الدول": States).
    # A national body the text names without its state ("le Gouvernement", "Congress") is keyed by that name
    # too: one entity for every text that leaves its state unsaid, as its English name says no more.
    named = mention.name and (
        mention.kind == _COLLECTIVE or (mention.kind == Kind.GOVERNMENT_AGENCY and not mention.parent)
    )
    key = minted_key(mention.name if named and mention.name else mention.text, scope)
    name = named_with_state(mention.name, scope) if named and mention.kind == Kind.GOVERNMENT_AGENCY else mention.name
    if mention.parent and name:
        name = named_with_parent(name, resolve(mention.parent, language).name)
    known = lookup(name, "en", mention.kind) if named and name and scope else None
    if known is not None and _in_scope(known, scope):
        # "CHÍNH PHỦ NƯỚC CỘNG HÒA ..." named "Government of Viet Nam": the body the gazetteer knows by that name
        return known
    if name is None and mention.kind == Kind.PLACE and language == "en":
        name = " ".join(mention.text.split())  # a place an English text names has that English name ("Cancun")
    return Entity(mention.kind, key, name, None, "minted:name")


def named_with_state(name: str | None, scope: str | None) -> str | None:
    """A national body's English name with its state, as the gazetteer names them ("Government of Spain"):
    the Governments of two states are two entities, and their names must tell them apart too.

    >>> named_with_state("Government", "ESP"), named_with_state("Government", "RUS")
    ('Government of Spain', 'Government of the Russian Federation')
    >>> named_with_state("Council of Ministers", None)
    'Council of Ministers'
    """
    state = next((k for k in gazetteer().by_key.get(scope or "", []) if k.kind == Kind.STATE), None)
    if name is None or state is None or state.name in name:
        return name
    article = "the " if _TAKES_ARTICLE.search(state.name) else ""
    return f"{name} of {article}{state.name}"


def named_with_parent(name: str, parent: str | None) -> str:
    """A unit's English name with the body it is part of ("Cục Lãnh sự, Bộ Ngoại giao"): the units of two
    bodies that share a name are two entities, and their names must tell them apart too.

    >>> named_with_parent("Consular Department", "Ministry of Foreign Affairs")
    'Consular Department of the Ministry of Foreign Affairs'
    >>> named_with_parent("Office of the Ministry", "Ministry"), named_with_parent("Congress", None)
    ('Office of the Ministry', 'Congress')
    """
    if parent is None or parent in name:
        return name
    return f"{name} of the {parent}"


#: English short names of states written with "the" after "of", in the UN's usage
#: ("the Russian Federation", "the Philippines", "the Niger").
_TAKES_ARTICLE = re.compile(
    r"\b(?:Republic|Kingdom|Federation|United|Emirates|Islands|States|Netherlands|Philippines|Bahamas|"
    r"Comoros|Maldives|Gambia|Niger|Sudan|Congo|Holy See)\b"
)


#: The kind of a collective a pack names ("civil society", "States"), with no entry in the gazetteer.
_COLLECTIVE = Kind.ACTOR
_PROCLITIC_ARTICLE = re.compile(r"^[وف]?(?:[بك]?ال|لل)")


def minted_key(name: str, scope: str | None = None) -> str:
    """A deterministic key for an unknown name: where the same name meets itself.

    Latin-script names become ASCII slugs (tones and accents dropped); other
    scripts keep their folded letters, with Arabic proclitics before the
    article peeled, so that "وبالوزارة" and "الوزارة" meet.

    >>> minted_key("Bộ Ngoại giao", "VNM"), minted_key("Cục  Lãnh sự")
    ('VNM/bo-ngoai-giao', 'cuc-lanh-su')
    >>> minted_key("وبوزارة الخارجية") == minted_key("بوزارة الخارجية")
    False
    >>> minted_key("وللوزارة") == minted_key("الوزارة")
    True
    """
    words = name_key(name).split()
    if words and _PROCLITIC_ARTICLE.match(words[0]):
        words[0] = _PROCLITIC_ARTICLE.sub("ال", words[0], count=1)
    slug = "-".join(re.findall(r"[^\W_]+", " ".join(words)))
    return f"{scope}/{slug}" if scope else slug


# -- explain -------------------------------------------------------------------------------


def explain(name: str, language: str | None = None) -> list[str]:
    """What the gazetteers know of the entity ``name`` denotes: one line, or none for a name they do not know.

    How a build joined the mentions of an entity is a record of that build, not
    of this process: the build's graph gives each mention its rule
    (``pk:resolutionRule``), and :func:`kg.entities.explain` reads it there.

    >>> explain("GA")[0].startswith("General Assembly [un-body")
    True
    >>> explain("no body of that name")
    []
    """
    found = lookup(name, language)
    if found is None:
        return []
    known = _known(found)
    source = f"; {len(known.labels)} gazetteer names ({known.source})" if known else ""
    return [f"{found.name or found.key} [{found.kind} {found.key}, code {found.code or '-'}]{source}"]
