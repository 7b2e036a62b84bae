"""Instruments through their life: what follows from them once all documents are built."""
