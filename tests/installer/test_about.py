"""Informazioni su RTS Desktop: version, licence and the bundled components' licences."""

from __future__ import annotations

from rts_desktop import __version__
from rts_desktop.ui.help_dialogs import AboutDialog, application_icon


def test_about_lists_the_components_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    rows = {name: (version, licence) for name, version, licence in dialog.component_rows()}
    assert __version__ in dialog.version.text()
    assert "EUPL-1.2" in dialog.licence.text()
    assert "LGPL-3.0" in rows["PySide6"][1]
    assert rows["SQLAlchemy"][1] == "MIT"
    assert rows["Qt"][0].endswith("PySide6")  # bundled inside PySide6, no version of its own
    assert not dialog.windowIcon().isNull()


def test_the_application_icon_draws(qapp):
    assert not application_icon().pixmap(64).isNull()
