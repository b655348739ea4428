"""Every control of the main forms is reached with Tab, and each has a name a screen reader
can say (its own accessible name, its text, or a label pointing to it)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from rts_desktop.ui.calendar.event_dialog import EventDialog
from rts_desktop.ui.cases.case_file import CaseFileWindow
from rts_desktop.ui.cases.new_case import NewCaseDialog
from rts_desktop.ui.main_window import MainWindow
from tests.ui.cases.helpers_edit import make_case

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QTabBar,
)


def controls(window: QWidget) -> list[QWidget]:
    """The controls a person can use now: shown, enabled, of this window, not a part of
    another control (a combo box's field, a spin box's editor)."""
    found = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not w.isVisible() or not w.isEnabled():
            continue
        if w.window() is not window or w.focusProxy() is not None:
            continue
        if isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox | QTabBar):
            continue
        if isinstance(w.parentWidget(), QAbstractItemView):
            continue  # a table's headers: the table itself is reached
        chrome = QLineEdit | QDockWidget  # a field's clear button, a panel's close button
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus and isinstance(w.parentWidget(), chrome):
            continue  # Ctrl+A and typing clear a field, Ctrl+D closes Scadenze
        found.append(w)
    return found


def walk(qtbot, window: QWidget, start: QWidget, limit: int = 600) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back to it: the widgets it visits."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            return seen
        if now not in seen:
            seen.append(now)
    raise AssertionError(f"Tab never comes back to {start.objectName() or start}")


def reached(widget: QWidget, seen: list[QWidget]) -> bool:
    """``widget`` (or a part of it) had the focus; for a group of exclusive buttons (the
    calendar's Giorno/Settimana/Mese) Tab stops on the checked one and arrows move on."""
    if isinstance(widget, QAbstractButton) and widget.group() and widget.group().exclusive():
        return any(b in seen for b in widget.group().buttons())
    if isinstance(widget, QAbstractButton) and widget.autoExclusive():
        siblings = widget.parentWidget().findChildren(QAbstractButton)
        return any(b in seen for b in siblings if b.autoExclusive())
    return any(s is widget or widget.isAncestorOf(s) for s in seen)


def first_stop(window: QWidget) -> QWidget:
    """The first control of ``window`` in Qt's focus chain."""
    usable = controls(window)
    widget = window.nextInFocusChain()
    while widget is not window:
        if widget in usable and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return widget
        widget = widget.nextInFocusChain()
    raise AssertionError("no control")


def named(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in buddies:
        return True
    if isinstance(widget, QAbstractButton):
        return len(widget.text().replace("&", "").strip()) > 1
    return isinstance(widget, QTabBar) and widget.count() > 0


def check_window(qtbot, window: QWidget, start: QWidget) -> list[QWidget]:
    seen = walk(qtbot, window, start)
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    everything = controls(window)
    missed = [describe(w) for w in everything if not reached(w, seen)]
    assert not missed, f"not reached with Tab: {missed}"
    nameless = [describe(w) for w in everything if not named(w, buddies)]
    assert not nameless, f"without a name: {nameless}"
    return seen


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}({widget.objectName() or text!r})"


def shown(qtbot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()


def test_the_main_window_on_the_case_list(qtbot, env, db, ctx):
    make_case(db, ctx)
    window = MainWindow(env)
    shown(qtbot, window)
    window.show_area("cases")
    seen = check_window(qtbot, window, window.search)
    page = window.pages.currentWidget()

    def first(inside: QWidget) -> int:
        return next(i for i, w in enumerate(seen) if w is inside or inside.isAncestorOf(w))

    # the search, the sections, the page, then the Scadenze panel
    assert first(window.search) < first(window.nav) < first(page) < first(window.deadlines)
    assert max(i for i, w in enumerate(seen) if page.isAncestorOf(w)) < first(window.deadlines)


def test_the_case_file(qtbot, env, db, ctx):
    case, _ = make_case(db, ctx)
    window = CaseFileWindow(env, case.id)
    shown(qtbot, window)
    bar = window.tabs.tabBar()
    check_window(qtbot, window, bar)
    window.tabs.setCurrentWidget(window.diary)  # the note form too
    check_window(qtbot, window, bar)


def test_the_new_case_form(qtbot, env):
    dialog = NewCaseDialog(env)
    shown(qtbot, dialog)
    check_window(qtbot, dialog, dialog.ui.first_name)


def test_the_new_appointment_dialog(qtbot, env):
    dialog = EventDialog(env, start=dt.datetime(2026, 11, 26, 9))
    shown(qtbot, dialog)
    check_window(qtbot, dialog, first_stop(dialog))


def test_more_forms_are_reachable_and_named(qtbot, env, db, ctx):
    """The file dialogs' forms (import, prepare, enrol, attach), batch printing, and the
    areas' pages in the main window."""
    from rts_desktop.ui.cases.attach_dialog import AttachDocumentDialog
    from rts_desktop.ui.cases.case_data import load_case_file
    from rts_desktop.ui.plans.batch_dialog import BatchPrintDialog
    from rts_desktop.ui.sync.devices import EnrolDialog
    from rts_desktop.ui.sync.import_dialog import ImportBundleDialog
    from rts_desktop.ui.sync.prepare_dialog import PrepareBundleDialog

    case, _ = make_case(db, ctx)
    data = load_case_file(env.db, env.ctx, case)
    for dialog in (
        ImportBundleDialog(env),
        PrepareBundleDialog(env, []),
        EnrolDialog(env),
        AttachDocumentDialog(env, data),
        BatchPrintDialog(env, []),
    ):
        shown(qtbot, dialog)
        check_window(qtbot, dialog, first_stop(dialog))
        dialog.done(0)


def test_every_area_of_the_main_window(qtbot, env, db, ctx):
    from rts_desktop.ui.areas import areas

    make_case(db, ctx)
    window = MainWindow(env)
    shown(qtbot, window)
    for area in areas():
        window.show_area(area.key)
        check_window(qtbot, window, window.search)


def test_the_focus_shows_on_the_sections_and_the_painted_grids(qtbot, env):
    """The sections list (styled) and the widgets the application paints itself draw a
    frame while they have the focus."""
    window = MainWindow(env)
    shown(qtbot, window)
    window.show_area("calendar")
    page = window.pages.currentWidget()
    for widget in (window.nav, page.grid):
        window.search.setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        before = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        assert widget.grab().toImage() != before, widget.objectName()
