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
from typing import TYPE_CHECKING

from kg.publish.sources import source_names

if TYPE_CHECKING:
    from kg.publish.dataset import Addresses

__all__ = ["DESCRIPTION_FILE", "PUBLISHED_FILES", "source_names", "write_build_description"]

#: The dataset's VoID/DCAT description in a build.
DESCRIPTION_FILE = "void.ttl"
#: What :func:`write_build_description` adds to a build.
PUBLISHED_FILES = (DESCRIPTION_FILE, "ontology.html")


def write_build_description(folder: Path, addresses: Addresses | None = None) -> None:
    """Write the dataset's description (published at ``addresses``) and the ontology's page beside the store."""
    from pyoxigraph import Store

    from kg.buildfolder import STORE  # the build folder imports this package
    from kg.publish.dataset import DEFAULT_ADDRESSES, DESCRIPTION_FILE, ONTOLOGY_PAGE, dataset_description, describe
    from kg.publish.ontology_doc import ontology_page

    store = Store.read_only(str(folder / STORE))
    (folder / DESCRIPTION_FILE).write_bytes(dataset_description(describe(store), addresses or DEFAULT_ADDRESSES))
    del store
    (folder / ONTOLOGY_PAGE).write_text(ontology_page(), encoding="utf-8")
