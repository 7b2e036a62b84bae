"""What each language pack still leaves unwritten, as text for the author of a pack."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields

from kg.lang.base import LanguagePack
from kg.lang.schema import doc, missing

__all__ = ["missing_report", "unwritten_pack_fields"]

#: Fields of the pack itself that say what it is, never "missing".
_IDENTITY = frozenset({"code", "name", "direction", "decimal_marks", "group_marks", "extra", "_derived"})


def unwritten_pack_fields(pack: LanguagePack) -> list[str]:
    """The typed fields of the pack (``months``, ``parse_ordinal`` ...) it leaves at their default."""
    return [
        spec.name
        for spec in fields(pack)
        if spec.name not in _IDENTITY and (not getattr(pack, spec.name) or getattr(pack, spec.name) is spec.default)
    ]


def missing_report(packs: Iterable[LanguagePack], *, optional: bool = False) -> str:
    """Per language, the fields its pack has not written, by section, each with what it holds.

    >>> from kg.lang.base import LanguagePack
    >>> print(missing_report([LanguagePack(code="pt", name="Portuguese", extra={"date_order": "dmy"})]))
    ... # doctest: +ELLIPSIS
    pt (Portuguese): ... fields to write
      LanguagePack: months, scale_words, ...
      Numbers:
        ordinal_markers  words before a numeral that make it an ordinal or a number of something, ...
    ...
    """
    lines: list[str] = []
    for pack in packs:
        sections = missing(pack.extra, optional=optional)
        own = unwritten_pack_fields(pack)
        count = len(own) + sum(len(names) for names in sections.values())
        lines.append(f"{pack.code} ({pack.name}): {count} fields to write" if count else f"{pack.code}: complete")
        if own:
            lines.append(f"  LanguagePack: {', '.join(own)}")
        for section, names in sections.items():
            lines.append(f"  {section}:")
            lines.extend(f"    {name}  {doc(name)}" for name in names)
    return "\n".join(lines) + "\n"
