"""Spanish UN documents by kind: masthead, title, date, sponsors, signers, and how each kind speaks."""

from __future__ import annotations

from helpers import build_un

_STATEMENT_ES = (
    "Naciones Unidas                                                      S/PRST/2023/1\n"
    "Consejo de Seguridad                                                 Distr. general\n"
    "                                                                     20 de enero de 2023\n\n"
    "          Declaración de la Presidencia del Consejo de Seguridad\n\n"
    "          En la 9250ª sesión del Consejo de Seguridad, celebrada el 20 de enero de 2023, en relación con el "
    'examen del tema titulado "Mantenimiento de la paz y la seguridad internacionales", la Presidencia del '
    "Consejo de Seguridad formuló la siguiente declaración en nombre del Consejo:\n\n"
    '               "El Consejo de Seguridad reafirma su compromiso con la Carta de las Naciones Unidas.\n\n'
    "               El Consejo de Seguridad exhorta a todos los Estados Miembros a que apliquen plenamente esas "
    "resoluciones.\n\n"
    "               El Consejo de Seguridad solicita al Secretario General que lo informe antes del 31 de diciembre "
    'de 2023."\n'
)


def test_a_sponsors_line_wrapped_after_a_comma_is_one() -> None:
    text = (
        "Naciones Unidas\nA/C.3/74/L.20\n\nAsamblea General\n\nTema 26 del programa\nDesarrollo social\n"
        "Argentina, Chile, Colombia,\nMéxico y Perú: proyecto de resolución\n"
        "Seguimiento del Año Internacional de las Personas de Edad\n\nLa Asamblea General,\n\n"
        "1. Alienta a los Estados Miembros a que cooperen;\n"
    )
    facts = build_un(text, "es").document
    assert facts.title == "Seguimiento del Año Internacional de las Personas de Edad"
    assert [m.key for m in facts.signatories] == ["ARG", "CHL", "COL", "MEX", "PER"]


def test_a_presidential_statement_is_one_titled_by_its_heading_with_no_agenda_item() -> None:
    facts = build_un(_STATEMENT_ES, "es").document
    assert (facts.kind, facts.symbol) == ("presidential-statement", "S/PRST/2023/1")
    assert facts.title == "Declaración de la Presidencia del Consejo de Seguridad"
    assert facts.agenda_items == ()
    assert facts.meeting == "9250ª sesión"


def test_each_paragraph_of_a_presidential_statement_is_a_commitment_of_the_council() -> None:
    commitments = build_un(_STATEMENT_ES, "es").commitments
    assert [c.action for c in commitments] == ["reaffirms", "calls-upon", "requests"]
    assert {c.issuer.key for c in commitments if c.issuer} == {"SC"}
    assert [a.name for a in commitments[1].addressees] == ["Member States"]
    assert commitments[2].deadline is not None and commitments[2].deadline.date == "2023-12-31"
