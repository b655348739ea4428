"""The main window as a person meets it: areas, keyboard shortcuts, remembered geometry."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from rts_desktop.db.engine import display_place
from rts_desktop.kernel.config import display_path
from rts_desktop.ui.main_window import MainWindow


def test_navigation_switches_areas(qtbot, env, db):
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        "Oggi",
        "Casi",
        "Alloggi",
        "Calendario",
        "Piani e documenti",
        "Report",
        "Sincronizzazione",
        "Registro accessi",
    ]
    rect = window.nav.visualItemRect(window.nav.item(3))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_area() == "calendar"
    assert window.pages.currentWidget().objectName() == "page_calendar"
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "housing"
    place = str(db.path) if db.path else display_place(db.url)
    assert place in window.db_label.text() and window.db_label.toolTip() == place
    assert "@" not in window.db_label.text()  # a server's user name stays out of sight


def test_status_bar_shows_a_path_in_the_home_folder_with_a_tilde(monkeypatch, tmp_path):
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    inside = tmp_path / ".local" / "share" / "rts-desktop" / "demo.db"
    assert display_path(inside) == os.path.join("~", ".local", "share", "rts-desktop", "demo.db")
    assert display_path(Path("/srv/rts/rts.db")) == str(Path("/srv/rts/rts.db"))


def test_geometry_is_remembered(qtbot, env):
    first = MainWindow(env)
    qtbot.addWidget(first)
    first.show()
    # a size other than the default, above the minimum, within the offscreen screen
    wanted = (max(first.minimumSizeHint().width(), 700) + 10, 520)
    first.resize(*wanted)
    assert (first.width(), first.height()) == wanted
    first.close()
    second = MainWindow(env)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == wanted


def test_frame_shows_at_once_and_fills_in_when_the_database_is_attached(qtbot, env):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.opening.text() == "Apertura del database…" and window.opening.isVisible()
    assert not hasattr(window, "env") and window.pages.currentWidget().objectName() == ""
    window.attach(env)
    assert not window.opening.isVisible()
    assert window.deadlines_dock.isVisible() and window.deadlines_dock.widget() is window.deadlines
    assert window.pages.currentWidget().objectName() == "page_today"
    qtbot.waitUntil(window.search.isVisible)  # added to a window on screen: shown next paint
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not window.deadlines_dock.isVisible()


def test_start_tells_why_the_database_cannot_be_opened(qtbot, monkeypatch):
    from rts_desktop.kernel.errors import CorruptDatabase
    from rts_desktop.ui import app as app_module

    told: list[str] = []
    monkeypatch.setattr(
        app_module.QMessageBox, "critical", staticmethod(lambda _p, _t, text: told.append(text))
    )

    def broken(_window):
        raise CorruptDatabase("Il database è danneggiato; usa 'rts-desktop restore'.")

    _app, window, result = app_module.start(broken)
    qtbot.addWidget(window)
    assert result == CorruptDatabase("x").exit_code and result != 0
    assert told == ["Il database è danneggiato; usa 'rts-desktop restore'."]
    assert not window.isVisible()


def test_a_bundle_opened_from_a_file_shows_the_import_with_it_chosen(qtbot, env, tmp_path):
    from rts_desktop.ui.sync.import_dialog import ImportBundleDialog

    bundle = tmp_path / "per-ufficio.rtsbundle"
    bundle.write_bytes(b"age-encryption.org/v1\n")
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_bundle(bundle)
    assert isinstance(dialog, ImportBundleDialog) and dialog.isVisible()
    assert dialog.path.text() == str(bundle)
    assert window.nav.currentItem().text().startswith("Sincronizzazione")
    dialog.reject()
