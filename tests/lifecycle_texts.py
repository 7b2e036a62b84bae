"""Composed UN reports and resolutions for the lifecycle tests, and the link graph of a few of them."""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import DefaultGraph, Quad, RdfFormat, Store

from kg.lifecycle.links import link_quads, ontology_turtle
from kg.lifecycle.reading import load
from kg.pipeline import build_document

#: A report of the Second Committee (session 80) that recommends draft A/C.2/80/L.7 and carries its text.
REPORTS = {
    "en": """United Nations                                                          A/80/410
General Assembly                                                        Distr.: General
                                                                        3 December 2025

Eightieth session
Agenda item 20
Sustainable development

          Report of the Second Committee

          Rapporteur: Ms. Ana Pereira (Portugal)

     1. At its 25th meeting, on 20 November 2025, the Committee adopted draft resolution A/C.2/80/L.7 (see para. 3).

     2. At the same meeting, draft resolution A/C.2/80/L.3 was withdrawn by its sponsors.

     3. The Second Committee recommends to the General Assembly the adoption of the following draft resolution:

          Sustainable tourism

     The General Assembly,

     Recalling its resolution 78/100 of 19 December 2023,

     1. Decides to convene a high-level meeting on sustainable tourism in 2027;

     2. Requests the Secretary-General to submit a report at its eighty-first session.
""",
    "es": """Naciones Unidas                                                         A/80/410
Asamblea General                                                        Distr. general
                                                                        3 de diciembre de 2025

Octogésimo período de sesiones
Tema 20 del programa
Desarrollo sostenible

          Informe de la Segunda Comisión

          Relatora: Sra. Ana Pereira (Portugal)

     1. En su 25ª sesión, celebrada el 20 de noviembre de 2025, la Comisión aprobó el proyecto de resolución A/C.2/80/L.7 (véase el párr. 3).

     2. En la misma sesión, los patrocinadores retiraron el proyecto de resolución A/C.2/80/L.3.

     3. La Segunda Comisión recomienda a la Asamblea General que apruebe el siguiente proyecto de resolución:

          Turismo sostenible

     La Asamblea General,

     Recordando su resolución 78/100, de 19 de diciembre de 2023,

     1. Decide convocar una reunión de alto nivel sobre el turismo sostenible en 2027;

     2. Solicita al Secretario General que le presente un informe en su octogésimo primer período de sesiones.
""",
}

#: The resolution adopted on that report; ``{report}``, ``{committee}`` and ``{session}`` vary it.
RESOLUTIONS = {
    "fr": """Nations Unies                                                           A/RES/{number}
Assemblée générale                                                      Distr. générale
                                                                        5 janvier 2026

{session}
Point 20 de l'ordre du jour

          Résolution adoptée par l'Assemblée générale le 19 décembre 2025

          [sur la base du rapport de la {committee} ({report})]

          {short}. Tourisme durable

     L'Assemblée générale,

     Rappelant sa résolution 78/100 du 19 décembre 2023,

     1. Prend note de la proposition de convoquer une réunion de haut niveau sur le tourisme durable en 2027 ;

     2. Prie le Secrétaire général de lui présenter un rapport à sa quatre-vingt-unième session.
""",
    "es": """Naciones Unidas                                                         A/RES/{number}
Asamblea General                                                        Distr. general
                                                                        5 de enero de 2026

{session}
Tema 20 del programa

          Resolución aprobada por la Asamblea General el 19 de diciembre de 2025

          [sobre la base del informe de la {committee} ({report})]

          {short}. Turismo sostenible

     La Asamblea General,

     Recordando su resolución 78/100, de 19 de diciembre de 2023,

     1. Toma nota de la propuesta de convocar una reunión de alto nivel sobre el turismo sostenible en 2027;

     2. Solicita al Secretario General que le presente un informe en su octogésimo primer período de sesiones.
""",
    "en": """United Nations                                                          A/RES/{number}
General Assembly                                                        Distr.: General
                                                                        5 January 2026

{session}
Agenda item 20

          Resolution adopted by the General Assembly on 19 December 2025

          [on the report of the {committee} ({report})]

          {short}. Sustainable tourism

     The General Assembly,

     Recalling its resolution 78/100 of 19 December 2023,

     1. Takes note of the proposal to convene a high-level meeting on sustainable tourism in 2027;

     2. Requests the Secretary-General to submit a report at its eighty-first session.
""",
}

SESSIONS = {
    "es": {80: "Octogésimo período de sesiones", 81: "Octogésimo primer período de sesiones"},
    "fr": {80: "Quatre-vingtième session", 81: "Quatre-vingt-unième session"},
    "en": {79: "Seventy-ninth session", 80: "Eightieth session", 81: "Eighty-first session"},
}
COMMITTEES = {
    "es": {"second": "Segunda Comisión", "third": "Tercera Comisión"},
    "fr": {"second": "Deuxième Commission", "third": "Troisième Commission"},
    "en": {"second": "Second Committee", "third": "Third Committee"},
}


def resolution(
    language: str, *, number: str = "80/150", report: str = "A/80/410", committee: str = "second", session: int = 80
) -> str:
    return RESOLUTIONS[language].format(
        number=number,
        short=number,
        report=report,
        committee=COMMITTEES[language][committee],
        session=SESSIONS[language][session],
    )


def link_store(folder: Path, texts: dict[str, str]) -> Store:
    """The documents' graphs and the link graph made from them, in one store (file name → text)."""
    folder.mkdir(parents=True, exist_ok=True)
    graphs = []
    for name, text in sorted(texts.items()):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        result = build_document(path, f"docs/{name}")
        assert result.report.status == "built", result.report.error
        graphs.append(result.nquads)
    linked = link_quads(load(lambda: graphs, ontology_turtle()), lambda _graphs: graphs)
    store = Store()  # as a build's store: the whole graphs, the ontology and the link graph
    for data in graphs:
        store.bulk_load(data, format=RdfFormat.N_QUADS)
    for data in ontology_turtle():
        store.bulk_load(data, format=RdfFormat.TURTLE)
    store.extend(linked)
    # As in a build, the default graph is the merge of the named graphs.
    store.extend([Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in store])
    return store
