"""Publishing a build on the web: portable source names, the dataset's description, entity pages.

- :mod:`kg.publish.sources`: the name each input file is published under, the same
  whichever folder the build ran in and however its paths were given;
- :mod:`kg.publish.dataset`: the VoID and DCAT description of a build (``void.ttl``);
- :mod:`kg.publish.ontology_doc`: the ontology as an HTML page (``ontology.html``);
- :mod:`kg.publish.pages`: an entity's page (HTML) and its concise bounded description
  (Turtle, JSON-LD), served by ``kg serve`` at ``/id/...`` and written by ``kg publish --site``.
"""

from __future__ import annotations

from pathlib import Path

from kg.publish.sources import source_names

__all__ = ["PUBLISHED_FILES", "source_names", "write_build_description"]

#: What :func:`write_build_description` adds to a build.
PUBLISHED_FILES = ("void.ttl", "ontology.html")


def write_build_description(folder: Path) -> None:
    """Write the dataset's description and the ontology's page beside the store in ``folder``."""
    from pyoxigraph import Store

    from kg.buildfolder import STORE  # the build folder imports this package
    from kg.publish.dataset import DESCRIPTION_FILE, ONTOLOGY_PAGE, dataset_description, describe
    from kg.publish.ontology_doc import ontology_page

    store = Store.read_only(str(folder / STORE))
    (folder / DESCRIPTION_FILE).write_bytes(dataset_description(describe(store)))
    del store
    (folder / ONTOLOGY_PAGE).write_text(ontology_page(), encoding="utf-8")
