"""The pages of ``kg serve`` as a static site, for hosting behind a w3id.org redirect.

``kg publish --site DIR`` writes, for every entity of the build (the instances
of the ontology's kinds, and the documents), the three documents the endpoint
answers a ``303`` with: ``page/id/<path>.html``, ``.ttl`` and ``.jsonld``; and
``ontology.html``, the ontology's Turtle (``ontology.ttl``) and the dataset's
description (``void.ttl``). The w3id.org redirect does the content negotiation
that ``kg serve`` does (``/id/x`` → ``/page/id/x.html`` for a browser,
``.ttl`` for ``text/turtle``), so the published IRIs dereference the same way.
"""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import RdfFormat, Store, serialize

from kg.publish.dataset import (
    DEFAULT_ADDRESSES,
    DESCRIPTION_FILE,
    ONTOLOGY_PAGE,
    Addresses,
    dataset_description,
    describe,
)
from kg.publish.ontology_doc import ontology_page
from kg.publish.pages import describe_query, document_path, entities_query, entity_page, store_runners

__all__ = ["write_site"]

_RDF_FORMATS = {".ttl": RdfFormat.TURTLE, ".jsonld": RdfFormat.JSON_LD}


def write_site(store: Store, site: Path, addresses: Addresses = DEFAULT_ADDRESSES) -> int:
    """Write the static site of the build in ``store`` into ``site``, published at ``addresses``.

    Return the number of entities.
    """
    from kg.buildfolder import PREFIXES
    from kg.pipeline import ontology_quads  # the pipeline imports this package

    select, construct = store_runners(store)
    site.mkdir(parents=True, exist_ok=True)
    entities = [row["entity"]["value"] for row in select(entities_query())]
    for entity in entities:
        page = entity_page(entity, select, _published_link)
        if page is None:
            continue
        _write(site, document_path(entity, ".html"), page.encode("utf-8"))
        for suffix, rdf_format in _RDF_FORMATS.items():
            _write(site, document_path(entity, suffix), construct(describe_query(entity), rdf_format))
    (site / ONTOLOGY_PAGE).write_text(ontology_page(), encoding="utf-8")
    ontology = serialize([q.triple for q in ontology_quads()], format=RdfFormat.TURTLE, prefixes=PREFIXES) or b""
    (site / "ontology.ttl").write_bytes(ontology)
    (site / DESCRIPTION_FILE).write_bytes(dataset_description(describe(store), addresses))
    return len(entities)


def _published_link(iri: str) -> str:
    """Links of a static page go to the published IRIs, which the w3id.org redirect resolves."""
    return iri


def _write(site: Path, path: str, data: bytes) -> None:
    target = site / path.lstrip("/")
    if site.resolve() not in target.resolve().parents:  # an IRI path with ".." segments never leaves the site
        raise ValueError(f"{path} is outside the site")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
