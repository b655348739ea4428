"""Deterministic, realistic demo data for Milan: ``small`` (ORM, change capture) and
``large`` (bulk snapshot load, DESIGN.md §7 sizes).

Ids are UUIDv7-shaped values drawn from the seed, with the record's creation date as their
timestamp (see ``common.IdMaker``): the same seed and ``today`` give the same content and ids.
"""

from rts_desktop.demo.large import generate_large
from rts_desktop.demo.small import generate_small

__all__ = ["generate_large", "generate_small"]
