"""Sync by export bundles: change capture, clocks, (later) bundles, merge and conflicts."""
