"""Register the DejaVu Sans family shipped in ``resources/fonts`` with ReportLab.

The standard PDF fonts only cover Latin-1, so names such as "Ștefan", "Nguyễn" or "Ðorđe"
would print as black boxes; DejaVu covers them and is embedded (subset) in every PDF.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from rts_desktop.kernel import config

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


def fonts_dir() -> Path:
    """Where the TTF files and their license live."""
    return config.resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the family once per process (idempotent, cheap after the first call)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    if all(name in registered for name in _FILES):
        return
    folder = fonts_dir()
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    # lets <b> and <i> inside Paragraph markup pick the right face
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
