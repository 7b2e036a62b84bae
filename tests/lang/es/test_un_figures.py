"""Spanish UN documents: figures and their qualifiers."""

from __future__ import annotations

from helpers import build_un


def test_a_spanish_figure_after_menos_del_is_less_than_it() -> None:
    text = (
        "Informe del Secretario General\n\n1. La inversión en protección social representaba menos del 13 % del "
        "producto interno bruto en 2022.\n"
    )
    (statistic,) = build_un(text, "es").statistics
    assert (statistic.value, statistic.unit, statistic.qualifier) == (13, "percent", "less-than")
