"""Instruments through their life: stages linked, versions aligned and compared, series, mandates.

Run after the documents are built, over their graphs (:mod:`kg.lifecycle.links`,
:mod:`kg.lifecycle.mandates`); what each infers goes into a named graph of its own under
``id/inferred/``, each link or fulfilment with the rule that made it.
"""

from kg.lifecycle.links import link_chunk

__all__ = ["link_chunk"]
