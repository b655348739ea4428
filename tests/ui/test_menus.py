"""The menu bar: File, Modifica, Visualizza, Aiuto, each entry with its shortcut doing its
job; Esc and Ctrl+W close dialogs and case files."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from rts_desktop import __version__
from rts_desktop.ui.areas import areas
from rts_desktop.ui.cases.case_file import CaseFileWindow
from rts_desktop.ui.main_window import MainWindow
from tests.ui.cases.helpers_edit import make_case

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_window(qtbot, env) -> MainWindow:
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def entries(window: MainWindow) -> dict[str, dict[str, str]]:
    """Menu title → {entry text: its shortcut}, without "&"."""
    found = {}
    for top in window.menuBar().actions():
        found[top.text().replace("&", "")] = {
            a.text().replace("&", "").split("\t")[0]: a.shortcut().toString()
            for a in top.menu().actions()
            if not a.isSeparator()
        }
    return found


def test_the_four_menus_and_their_shortcuts(qtbot, env):
    window = shown_window(qtbot, env)
    menus = entries(window)
    assert list(menus) == ["File", "Modifica", "Visualizza", "Aiuto"]
    assert menus["File"] == {"Nuovo caso…": "Ctrl+N", "Stampa…": "Ctrl+P", "Esci": "Ctrl+Q"}
    assert menus["Modifica"]["Cerca…"] == "Ctrl+F"
    assert {"Copia", "Incolla", "Taglia"} <= set(menus["Modifica"])
    view = menus["Visualizza"]
    titles = [a.title.replace("&", "") for a in areas()]
    assert list(view)[: len(titles)] == titles  # one entry per area, in order
    assert [view[t] for t in titles] == [f"Ctrl+{i + 1}" for i in range(len(titles))]
    assert view["Scadenze"] == "Ctrl+D"
    assert menus["Aiuto"] == {"Scorciatoie da tastiera": "F1", "Informazioni su RTS Desktop": ""}


def test_no_shortcut_is_bound_twice(qtbot, env):
    """Two bindings of one key would make it ambiguous: Qt then runs neither."""
    window = shown_window(qtbot, env)
    keys = [a.shortcut().toString() for a in window.findChildren(QAction)]
    keys += [s.key().toString() for s in window.findChildren(QShortcut)]
    keys = [k for k in keys if k]
    assert len(keys) == len(set(keys)), sorted(keys)


def test_ctrl_n_opens_the_new_case_form_from_any_area(qtbot, env):
    window = shown_window(qtbot, env)
    window.show_area("calendar")
    seen = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName() if dialog else None)
        if isinstance(dialog, QDialog):
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc closes the dialog

    QTimer.singleShot(0, close_it)
    qtbot.keyClick(window.nav, Qt.Key.Key_N, CTRL)
    assert window.current_area() == "cases"
    assert seen and seen[0] is not None
    assert window.pages.currentWidget().creating is None  # the form was closed by Esc


def test_ctrl_f_goes_to_the_search(qtbot, env):
    window = shown_window(qtbot, env)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.search or window.search.isAncestorOf(
        QApplication.focusWidget()
    )


def test_print_follows_the_page_shown(qtbot, env):
    window = shown_window(qtbot, env)
    window.show_area("cases")
    assert not window.menu.print.isEnabled()  # the case list prints nothing
    row = [a.key for a in areas()].index("plans")
    qtbot.keyClick(window.nav, Qt.Key.Key_1 + row, CTRL)  # Ctrl+<its number>
    assert window.current_area() == "plans"
    assert window.menu.print.isEnabled()
    printed = []
    window.pages.currentWidget().print_selected = lambda: printed.append(1)
    qtbot.keyClick(window.nav, Qt.Key.Key_P, CTRL)
    assert printed == [1]


def test_view_menu_moves_between_areas_and_follows_the_list(qtbot, env):
    window = shown_window(qtbot, env)
    keys = [a.key for a in areas()]
    qtbot.keyClick(window.nav, Qt.Key.Key_3, CTRL)
    assert window.current_area() == keys[2]
    window.menu.area_actions[1].trigger()
    assert window.current_area() == keys[1]
    window.nav.setCurrentRow(0)
    assert window.menu.area_actions[0].isChecked()
    assert not window.menu.area_actions[1].isChecked()
    assert window.deadlines_dock.isVisible()
    qtbot.keyClick(window.nav, Qt.Key.Key_D, CTRL)
    assert not window.deadlines_dock.isVisible()
    assert not window.deadlines_dock.toggleViewAction().isChecked()


def test_ctrl_q_closes_the_application_windows(qtbot, env):
    window = shown_window(qtbot, env)
    qtbot.keyClick(window.nav, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()


def test_help_lists_the_shortcuts_and_says_the_version(qtbot, env):
    window = shown_window(qtbot, env)
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    dialog = window.menu.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows())
    native = QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows[native] == "Nuovo caso"
    assert "Esc" in rows and "Ctrl+W" in rows
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    window.menu.about.trigger()
    about = window.menu.about_dialog
    assert about is not None and about.isVisible()
    assert __version__ in about.version.text()
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    assert not about.isVisible()


def test_esc_and_ctrl_w_close_the_case_file(qtbot, env, db, ctx, monkeypatch):
    case, _ = make_case(db, ctx)
    for keys in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_W, CTRL)):
        window = CaseFileWindow(env, case.id)  # deleted once closed: not given to qtbot
        window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        qtbot.keyClick(window.tabs, *keys)
        assert not shiboken6.isValid(window) or not window.isVisible()

    window = CaseFileWindow(env, case.id)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.tabs.setCurrentWidget(window.diary)
    qtbot.keyClicks(window.diary.text, "Appunto da non perdere")
    asked = []
    monkeypatch.setattr(window, "confirm_discard", lambda: asked.append(1) or False)
    qtbot.keyClick(window.diary.text, Qt.Key.Key_Escape)
    assert asked and window.isVisible()  # an unsaved note: asked, and kept


def test_edit_menu_copies_from_the_focused_field(qtbot, env):
    window = shown_window(qtbot, env)
    window.show_area("cases")
    field = window.pages.currentWidget().findChild(QLineEdit, "case_search")
    field.setText("Haddad")
    field.setFocus()
    field.selectAll()
    copy = next(a for a in window.menu.edit_actions if a.text().startswith("&Copia"))
    copy.trigger()
    assert QApplication.clipboard().text() == "Haddad"
