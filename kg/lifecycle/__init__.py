"""Instruments through their life: stages linked to each other, versions aligned and compared, series.

Run after the documents are built, over their graphs (:mod:`kg.lifecycle.links`); what
it infers goes into a named graph of its own, each link with the rule that made it.
"""

from kg.lifecycle.links import link_chunk

__all__ = ["link_chunk"]
