"""Offscreen renders of views for the README and for reviewing (``rts-desktop screenshot``).

Each entry maps a view name to "module:function"; the function receives the ``UiEnv`` and
the main window and returns the widget to grab (after putting it in the state to show).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from rts_desktop.errors import N_, ValidationError
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.main_window import MainWindow

ShotFn = Callable[[UiEnv, MainWindow], QWidget]

VIEWS: dict[str, str] = {
    "main": "rts_desktop.ui.screenshots:main_view",
}


def main_view(env: UiEnv, window: MainWindow) -> QWidget:
    return window


def resolve(view: str) -> ShotFn:
    if view not in VIEWS:
        raise ValidationError(
            "view",
            N_("Vista sconosciuta: {v} (disponibili: {all}).").format(v=view, all=", ".join(VIEWS)),
        )
    module_name, function_name = VIEWS[view].split(":")
    return getattr(importlib.import_module(module_name), function_name)


def grab(env: UiEnv, view: str, out: Path, size: tuple[int, int]) -> Path:
    """Show the main window at ``size``, put ``view`` on screen and save it as PNG."""
    shot = resolve(view)
    window = MainWindow(env)
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    widget = shot(env, window)
    for _ in range(3):
        QApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(out)):
        raise ValidationError("out", N_("Impossibile salvare l'immagine {path}.").format(path=out))
    if widget is not window:
        widget.close()
    window.close()
    return out
