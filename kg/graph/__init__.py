"""The graph stage: IRIs (:mod:`kg.graph.iri`), vocabulary nodes (:mod:`kg.graph.terms`), quads (:mod:`kg.graph.writer`)."""
