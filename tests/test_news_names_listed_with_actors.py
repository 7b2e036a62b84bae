"""Names listed with states and bodies, items parted by semicolons ("Peru; Chile; ...; Kestrel Trust;
Brightway; Tern Foundation"): where most items are actors the text names, a capitalised name among them is
an actor too.

Each excerpt is composed for the test.
"""

from __future__ import annotations

from helpers import build_news


def _organizations(text: str, language: str) -> set[str]:
    return {" ".join(m.text.split()) for m in build_news(text, language).mentions if m.kind == "organization"}


def test_a_name_listed_among_states_is_a_body() -> None:
    text = (
        "LONDON, May 3, 2024. Participants will include Peru; Chile; Ghana; Kenya; Kestrel Trust; Norlandia "
        "Water Access Network; Brightway, the network for clean water; and the Tern Foundation."
    )
    found = _organizations(text, "en")
    assert {"Kestrel Trust", "Norlandia Water Access Network", "Brightway"} <= found


def test_a_name_listed_among_states_is_a_body_in_spanish() -> None:
    text = "MADRID, 3 de mayo de 2024. Participarán Perú; Chile; Ghana; Kenia; Fundación Kestrel; Brightway."
    assert {"Brightway"} <= _organizations(text, "es")


def test_a_list_of_other_things_names_no_body() -> None:
    text = "LONDON, May 3, 2024. The plan covers Housing; Transport; Health Care; Schools; and France, where it began."
    assert not {"Housing", "Transport", "Health Care", "Schools"} & _organizations(text, "en")


def test_too_few_items_name_no_body() -> None:
    text = "LONDON, May 3, 2024. Guests came from France; Canada; and Kestrel Trust."
    assert "Kestrel Trust" not in _organizations(text, "en")
