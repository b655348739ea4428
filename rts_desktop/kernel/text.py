"""Text normalisation for search: case- and accent-insensitive ("Ștefan" finds "stefan")."""

from __future__ import annotations

import unicodedata

_EXTRA = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "ı": "i"})


def fold(text: str) -> str:
    """Lower case, without diacritics, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())


def search_name(first_name: str, last_name: str) -> str:
    """What name search matches against: "last first" folded."""
    return fold(f"{last_name} {first_name}")
