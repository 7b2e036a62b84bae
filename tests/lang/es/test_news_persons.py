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


def test_posts_of_mexican_news_and_of_un_coordinators() -> None:
    """ "el gobernador ...", "la diputada ...", "el Coordinador Humanitario de la ONU, ...": no such post was known."""
    text = (
        "El gobernador Miguel Alonso Reyes se reunió con la diputada Claudia Anaya Mota. "
        "Anunció hoy el Coordinador Humanitario de la ONU, Mark Bowden, en Nairobi."
    )
    holders = holders_of(build_news(text, "es"))
    assert {
        name: holders.get(name, "").casefold() for name in ("Miguel Alonso Reyes", "Claudia Anaya Mota", "Mark Bowden")
    } == {
        "Miguel Alonso Reyes": "gobernador",
        "Claudia Anaya Mota": "diputada",
        "Mark Bowden": "coordinador humanitario",
    }
