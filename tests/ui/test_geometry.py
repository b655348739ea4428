"""Every window and dialog fits the laptop screen the tests run on (1280×720): the window
inside the screen's free area with room for a title bar, every visible button on screen
and not cut by its parent, no label or column header clipped.

The same checks run on a 1366×768 screen in a second process (``RTS_TEST_SCREEN``)."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

import rts_desktop.ui
from rts_desktop.ui.areas import areas
from rts_desktop.ui.common.geometry import TITLE_BAR, fit_to_screen, scrolling
from rts_desktop.ui.main_window import MainWindow
from tests.conftest import TEST_SCREEN
from tests.ui.windows_catalogue import BASES, OPENERS, demo_scene, open_window, settle

SCREENS = {"1280x720": (1280, 720), "1366x768": (1366, 768)}


@pytest.fixture(scope="module")
def scene(tmp_path_factory, qapp):
    """The demo data with an open conflict (a copy made by the Sync screenshots' helper)."""
    with demo_scene(tmp_path_factory.mktemp("geometry")) as made:
        yield made


# ---- what a person would see cut ---------------------------------------------------------


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def scroll_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and widget is parent.viewport()


def cut_by_parent(widget: QWidget) -> QWidget | None:
    """The first ancestor (up to the window) that cuts ``widget``; a scroll area's content
    may lie outside its viewport (it scrolls), so the search stops there."""
    rect = global_rect(widget)
    parent = widget.parentWidget()
    while parent is not None and not scroll_viewport(parent):
        if not global_rect(parent).contains(rect):
            return parent
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None


def scrolled(widget: QWidget) -> bool:
    """``widget`` is inside the content of a scroll area (it may be scrolled out of view)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if scroll_viewport(parent):
            return True
        parent = parent.parentWidget()
    return False


def shown_in(window: QWidget, kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in window.findChildren(kind) if w.isVisible() and w.window() is window]


def name_of(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{type(widget).__name__} {widget.objectName() or ''} «{text}»".replace("&", "")


def assert_fits(window: QWidget, where: str = "") -> None:
    found = problems(window)
    assert not found, f"{type(window).__name__} {where}:\n" + "\n".join(found)


def problems(window: QWidget) -> list[str]:
    area = window.screen().availableGeometry()
    found = []
    frame = window.frameGeometry()
    if not area.contains(frame):
        found.append(f"window {frame} outside the screen {area}")
    if window.height() + TITLE_BAR > area.height():
        found.append(f"window {window.height()} high: no room for a title bar in {area}")
    for button in shown_in(window, QAbstractButton):
        rect = global_rect(button)
        if scrolled(button):
            continue
        if not area.contains(rect):
            found.append(f"{name_of(button)} at {rect} outside the screen")
        elif (cut := cut_by_parent(button)) is not None:
            found.append(f"{name_of(button)} cut by {name_of(cut)}")
    for box in shown_in(window, QDialogButtonBox):
        if scrolled(box):
            found.append(f"the buttons of {name_of(box.parentWidget())} scroll away with the form")
    for label in shown_in(window, QLabel):
        if label.wordWrap() or not label.text() or not label.pixmap().isNull():
            continue
        needed = label_width(label)
        if label.contentsRect().width() < needed:
            found.append(f"{name_of(label)} {label.contentsRect().width()} wide, needs {needed}")
        elif (cut := cut_by_parent(label)) is not None:
            found.append(f"{name_of(label)} cut by {name_of(cut)}")
    for header in shown_in(window, QHeaderView):
        found += clipped_sections(header)
    return found


def label_width(label: QLabel) -> int:
    """What ``label`` needs to show its text whole: its size hint, and for plain text the
    ink of the glyphs too ("Telefono" draws a pixel past its advance: "Telefonc")."""
    hint = (
        label.sizeHint().width() - label.contentsMargins().left() - label.contentsMargins().right()
    )
    text = label.text()
    if QtGui.Qt.mightBeRichText(text) or label.textFormat() == Qt.TextFormat.RichText:
        return hint - 1
    if label.buddy() is not None:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    ink = max(label.fontMetrics().boundingRect(line).width() for line in text.split("\n"))
    return max(hint - 1, ink)


def clipped_sections(header: QHeaderView) -> list[str]:
    found = []
    model = header.model()
    if model is None or header.orientation().name != "Horizontal":
        return found
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) == 0:
            continue
        needed = header.sectionSizeFromContents(logical).width()
        if header.sectionSize(logical) < needed - 1:
            text = model.headerData(logical, header.orientation())
            found.append(
                f"header «{text}» of {header.parentWidget().objectName()}: "
                f"{header.sectionSize(logical)} wide, needs {needed}"
            )
    return found


# ---- the catalogue is complete -----------------------------------------------------------


def window_classes() -> set[type]:
    """Every dialog, main window and top-level widget class under ``rts_desktop.ui``."""
    found = set()
    for info in pkgutil.walk_packages(rts_desktop.ui.__path__, "rts_desktop.ui."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if not inspect.isclass(obj) or obj.__module__ != module.__name__ or name in BASES:
                continue
            window = issubclass(obj, QWidget) and "WindowType.Window)" in inspect.getsource(obj)
            if window or issubclass(obj, QDialog | QMainWindow):
                found.add(obj)
    return found


@pytest.mark.skipif(
    "configfile=" not in os.environ.get("QT_QPA_PLATFORM", ""), reason="a real display"
)
def test_the_screen_is_the_small_laptop():
    width, height = SCREENS[TEST_SCREEN]
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert (area.width(), area.height()) == (width, height)


def test_every_window_and_dialog_is_checked():
    missing = {f"{c.__module__}.{c.__name__}" for c in window_classes() - set(OPENERS)}
    assert not missing, f"add to tests/ui/windows_catalogue.py: {sorted(missing)}"


# ---- each window -------------------------------------------------------------------------


@pytest.mark.parametrize("cls", list(OPENERS), ids=lambda c: c.__name__)
def test_fits_the_screen(scene, cls):
    window = open_window(scene, cls)
    try:
        assert_fits(window)
    finally:
        if window not in scene.kept:
            window.hide()
            window.deleteLater()
            settle()


@pytest.mark.parametrize("area", [a.key for a in areas()])
def test_every_page_of_the_main_window_fits(scene, area):
    window = scene.window
    window.show_area(area)
    settle()
    assert_fits(window, area)


def test_every_tab_of_the_case_file_fits(scene):
    file = scene.case_file
    for index in range(file.tabs.count()):
        file.tabs.setCurrentIndex(index)
        settle()
        assert_fits(file, file.tabs.tabText(index))


def test_a_window_too_big_for_the_screen_is_shrunk_and_centred(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    fit_to_screen(window, 1180, 900)
    window.show()
    area = window.screen().availableGeometry()
    assert window.width() == 1180 and window.height() <= area.height() - TITLE_BAR
    assert abs(window.geometry().center().x() - area.center().x()) <= 1
    small = QWidget()
    qtbot.addWidget(small)
    fit_to_screen(small, 400, 300)
    assert small.size().toTuple() == (400, 300)


def test_a_form_taller_than_the_screen_scrolls_and_keeps_its_buttons(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout()
    for n in range(40):
        form.addRow(f"Campo {n + 1}", QLineEdit())
    layout = QVBoxLayout(dialog)
    area = scrolling(form)
    layout.addWidget(area, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    layout.addWidget(buttons)
    assert dialog.sizeHint().height() > 720  # the whole form is asked for...
    fit_to_screen(dialog, 500, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_fits(dialog)  # ...and the screen gets what fits, the OK button on it
    assert area.verticalScrollBar().isVisible()


def test_a_window_saved_on_a_bigger_screen_opens_inside_this_one(qtbot):
    big = MainWindow()
    qtbot.addWidget(big)
    big.show()
    big.setGeometry(40, 30, 1900, 1150)  # as left on an office monitor
    QSettings().setValue("main_window/geometry", big.saveGeometry())
    big.close()
    assert isinstance(QSettings().value("main_window/geometry"), QByteArray)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    settle()
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry())  # shrunk and moved by restoreGeometry
    assert window.width() <= area.width() and window.height() < area.height()


@pytest.mark.slow
@pytest.mark.skipif(TEST_SCREEN != "1280x720", reason="the other screen runs this module")
def test_the_same_on_a_1366x768_screen():
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "RTS_TEST_SCREEN": "1366x768", "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(Path(__file__))],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
