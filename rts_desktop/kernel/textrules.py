"""Text hygiene shared by every way in (forms, command line, sync bundles).

Refused: NUL and other control characters (a tab or a new line only in multi-line text),
lone surrogates, the bidirectional overrides and isolates that can make a name read
backwards (U+202A–U+202E, U+2066–U+2069), and names made only of invisible characters.
Text is NFC-normalised. Plain emoji and real right-to-left scripts are accepted.
"""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
_MULTILINE_OK = frozenset("\n\t")
#: categories that draw nothing: format, separators, controls, unassigned, marks alone
_INVISIBLE = frozenset({"Cf", "Cc", "Zs", "Zl", "Zp", "Cn", "Mn", "Me"})


def problem(text: str, *, multiline: bool = False) -> str | None:
    """What is wrong with ``text`` (an Italian phrase), or None when it is acceptable."""
    for ch in text:
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            return "contiene caratteri non validi (surrogati isolati)"
        if ch in BIDI_CONTROLS:
            return "contiene caratteri che invertono il verso del testo"
        if ch == "\x00":
            return "contiene il carattere NUL"
        if (code < 0x20 or 0x7F <= code <= 0x9F) and not (multiline and ch in _MULTILINE_OK):
            return "contiene caratteri di controllo"
        if code in (0x2028, 0x2029) and not multiline:
            return "contiene separatori di riga"
    if text and all(unicodedata.category(ch) in _INVISIBLE for ch in text):
        return "è fatto solo di caratteri invisibili"
    return None


def normalise(text: str, *, multiline: bool = False) -> str:
    """NFC, Windows line ends as ``\\n`` (multi-line text), trimmed."""
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).strip()
