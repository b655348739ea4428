"""Draw the application icon from its SVG source: PNGs (Linux menus, the .deb) and a
multi-size ``.ico`` (the Windows executable and installer).

Usage (from the project root):  python installer/make_icons.py OUT_FOLDER
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "rts-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(out: Path) -> list[Path]:
    """``rts-desktop-<size>.png`` for each size and ``rts-desktop.ico`` in ``out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"icona non valida: {SOURCE}")
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"rts-desktop-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"impossibile scrivere {path}")
        made.append(path)
    ico = out / "rts-desktop.ico"
    largest = Image.open(out / f"rts-desktop-{max(ICO_SIZES)}.png")
    largest.save(ico, sizes=[(s, s) for s in ICO_SIZES])
    return [*made, ico]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for path in draw(Path(sys.argv[1])):
        print(path)
