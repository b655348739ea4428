"""Text hygiene shared by every way in (forms, command line, sync bundles).

Refused: NUL and other control characters (a tab or a new line only in multi-line text),
lone surrogates, the bidirectional overrides and isolates that can make a name read
backwards (U+202A–U+202E, U+2066–U+2069), and names made only of invisible characters.
Text is NFC-normalised. Plain emoji and real right-to-left scripts are accepted.
"""

from __future__ import annotations

import re
import unicodedata

from rts_desktop.kernel.i18n import N_

#: categories that draw nothing: format, separators, controls, unassigned, marks alone
_INVISIBLE = frozenset({"Cf", "Cc", "Zs", "Zl", "Zp", "Cn", "Mn", "Me"})


_SURROGATE = re.compile("[\ud800-\udfff]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_CONTROL_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_MULTI = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def problem(text: str, *, multiline: bool = False) -> str | None:
    """What is wrong with ``text`` (an Italian phrase), or None when it is acceptable.

    Regular expressions over the whole text: this runs on every value of a snapshot.
    """
    if _SURROGATE.search(text):
        return N_("contiene caratteri non validi (surrogati isolati)")
    if _BIDI.search(text):
        return N_("contiene caratteri che invertono il verso del testo")
    control = (_CONTROL_MULTI if multiline else _CONTROL_LINE).search(text)
    if control:
        if control.group() == "\x00":
            return N_("contiene il carattere NUL")
        if control.group() in "\u2028\u2029":
            return N_("contiene separatori di riga")
        return N_("contiene caratteri di controllo")
    if text and not any(ch.isalnum() for ch in text) and invisible_only(text):
        return N_("è fatto solo di caratteri invisibili")
    return None


def invisible_only(text: str) -> bool:
    return all(unicodedata.category(ch) in _INVISIBLE for ch in text)


def normalise(text: str, *, multiline: bool = False) -> str:
    """NFC, Windows line ends as ``\\n`` (multi-line text), trimmed."""
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).strip()
