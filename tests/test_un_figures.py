"""Figures of UN resolutions in several languages.

A duration counted from an event ("at least 12 weeks ahead of each forum", "au moins 12 semaines avant
chaque forum") says when something is due, not how much of anything there is: it is no figure, though
"at least" made it look like one. Before, it was read as the figure "at least 12"."""

from __future__ import annotations

import pytest
from un_excerpts import PREAMBLES, resolution

_LEAD_TIME_AND_COUNT = {
    "en": "1. Requests the Secretary-General to make the report available at least 12 weeks ahead of each forum, "
          "and notes that at least 15 States have reported;",
    "fr": "1. Prie le Secrétaire général de publier le rapport au moins 12 semaines avant chaque forum, et note "
          "qu'au moins 15 États ont fait rapport ;",
    "es": "1. Solicita al Secretario General que publique el informe al menos 12 semanas antes de cada foro, y "
          "observa que al menos 15 Estados han presentado informes;",
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_lead_time_is_no_figure_and_a_count_stays_one(language: str) -> None:
    extraction = resolution(language, PREAMBLES[language], _LEAD_TIME_AND_COUNT[language])
    assert [(str(s.value), s.qualifier) for s in extraction.statistics] == [("15", "at-least")]


def test_a_duration_not_counted_from_an_event_stays_a_figure() -> None:
    extraction = resolution(
        "en", PREAMBLES["en"], "1. Notes that at least 12 weeks of paid leave were granted in 40 States;"
    )
    assert ("12", "at-least") in [(str(s.value), s.qualifier) for s in extraction.statistics]
