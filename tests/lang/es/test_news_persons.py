"""Spanish news: persons and the posts they hold."""

from __future__ import annotations

from helpers import build_news, holders_of


def test_spanish_portfolio_written_as_a_list_is_no_person() -> None:
    """Before: "Seguridad Social" was the minister, the comma after "Inclusión" ending her portfolio."""
    text = (
        "La ministra de Inclusión, Seguridad Social y Migraciones, Elma Saiz, ha explicado la norma.\n\n"
        "El ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares, ha intervenido."
    )
    holders = holders_of(build_news(text, "es"))
    assert holders == {"Elma Saiz": "ministra", "José Manuel Albares": "ministro"}
