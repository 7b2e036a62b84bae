"""Short General Assembly resolutions composed for tests: a masthead, the issuer's line in the document's
language, and the paragraphs a test gives (a preamble that cites nothing, or an operative part that asks
nothing, where the test needs one)."""

from __future__ import annotations

from kg.builders.un import BUILDER
from kg.model import Commitment, Document, Extraction

ISSUERS = {"en": "The General Assembly,", "fr": "L’Assemblée générale,", "es": "La Asamblea General,",
           "ru": "Генеральная Ассамблея,", "zh": "大会，", "ar": "إن الجمعية العامة،"}  # fmt: skip
PREAMBLES = {"en": "Recalling its resolution 70/1,", "fr": "Rappelant sa résolution 70/1,",
             "es": "Recordando su resolución 70/1,", "ru": "ссылаясь на свою резолюцию 70/1,"}  # fmt: skip
CLOSINGS = {"en": "1. Decides to remain seized of the matter.", "fr": "1. Décide de rester saisie de la question.",
            "es": "1. Decide seguir ocupándose de la cuestión.",
            "ru": "1. постановляет продолжать заниматься этим вопросом."}  # fmt: skip


def resolution(language: str, *paragraphs: str) -> Extraction:
    """What the UN builder reads in a resolution of ``paragraphs`` in ``language``."""
    body = "\n\n".join(paragraphs)
    text = f"United Nations\nA/RES/85/1\n\n{ISSUERS[language]}\n\n{body}\n"
    return BUILDER.build(Document(source=f"resolution-{language}.txt", text=text, language=language))


def operative_by_number(extraction: Extraction) -> dict[str, list[Commitment]]:
    """The commitments of the operative part, by paragraph number ("1", "1(a)")."""
    found: dict[str, list[Commitment]] = {}
    for commitment in extraction.commitments:
        if commitment.paragraph is not None and commitment.paragraph.section == "operative":
            found.setdefault(commitment.paragraph.number or "", []).append(commitment)
    return found
