"""The graph stage: facts in, quads out.

:mod:`kg.graph.iri` mints every IRI, :mod:`kg.graph.terms` holds the vocabulary
as pyoxigraph nodes, and :mod:`kg.graph.writer` writes one named graph per document.
"""
