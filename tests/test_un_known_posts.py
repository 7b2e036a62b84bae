"""Posts of the United Nations a resolution names without their holders: the President of the Security Council,
the United Nations Legal Counsel, in every language of the gazetteer, as posts (not organisations)."""

from __future__ import annotations

import pytest
from un_excerpts import resolution

from kg.model import Kind

_POSTS = {
    "en": "Taking note of the position of the United Nations Legal Counsel and of the statement by the President of "
          "the Security Council,",
    "fr": "Prenant note de la position du Conseiller juridique de l’Organisation des Nations Unies et de la "
          "déclaration du Président du Conseil de sécurité,",
    "es": "Tomando nota de la posición del Asesor Jurídico de las Naciones Unidas y de la declaración del Presidente "
          "del Consejo de Seguridad,",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_posts_named_without_holders(language: str) -> None:
    extraction = resolution(language, _POSTS[language], "1. Decides to remain seized of the matter.")
    posts = {m.key for m in extraction.mentions if m.kind == Kind.POST}
    assert {"UN-LEGAL-COUNSEL", "SC-PRES"} <= posts
