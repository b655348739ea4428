"""Windows and dialogs that fit the screen they open on (a 1280×720 laptop included).

``fit_to_screen`` gives a window its preferred size where there is room and the screen's
free area where there is not, leaving room for the window manager's title bar; a window
without a parent is centred on its screen (Qt centres a dialog over its parent and keeps
it on screen). ``scrolling`` wraps a long form in a scroll area, so a dialog can keep its
buttons outside it and always on screen, however tall the form grows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QFrame, QHeaderView, QLayout, QScrollArea, QWidget

#: room for a window manager's title bar and borders above and around a window
TITLE_BAR = 40
BORDER = 8


def available_area(widget: QWidget) -> QRect:
    """The free area (without taskbars and panels) of the screen ``widget`` opens on: its
    parent's screen for a dialog, the primary screen before anything is shown."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_size(area: QRect, width: int, height: int) -> QSize:
    """``width`` × ``height``, shrunk to what fits ``area`` with a title bar and borders."""
    return QSize(
        max(1, min(width, area.width() - 2 * BORDER)),
        max(1, min(height, area.height() - TITLE_BAR - BORDER)),
    )


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Size ``widget`` (a window or dialog) to ``width`` × ``height`` where the screen has
    room, to the screen's free area where it has not; a window without a parent is centred."""
    area = available_area(widget)
    size = fitted_size(area, width, height)
    widget.resize(size)
    if widget.parentWidget() is None:
        x = area.x() + (area.width() - size.width()) // 2
        y = area.y() + max(0, (area.height() - size.height() - TITLE_BAR) // 2)
        widget.move(x, y)


def widen_to_titles(header: QHeaderView) -> None:
    """Make every column at least as wide as its title (and the sort arrow), so no header
    reads "ssistente socia"; the table scrolls sideways when the columns do not fit."""
    interactive = (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed)
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionResizeMode(logical) not in interactive:
            continue
        hint = header.sectionSizeHint(logical)
        if header.sectionSize(logical) < hint:
            header.resizeSection(logical, hint)


class FormScrollArea(QScrollArea):
    """A scroll area that asks for its whole content (Qt's asks for at most 24 lines), so a
    dialog sized from its size hint scrolls only when the screen is shorter than the form."""

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        hint = content.sizeHint()
        return QSize(hint.width() + frame + bar, hint.height() + frame)


class _FormHolder(QWidget):
    """The scroll area's widget: the form, sized like it but without a layout of its own.
    A layout holding wrapped text reports a height for its width, which Qt's scroll area
    takes as the least the form may have (a scroll bar where the form would fit)."""

    def __init__(self, form: QWidget, area: QScrollArea) -> None:
        super().__init__()
        self.form, self.area = form, area
        form.setParent(self)

    def sizeHint(self) -> QSize:
        return self.form.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.form.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.form.setGeometry(QRect(QPoint(0, 0), event.size()))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the form grew or shrank
            self.updateGeometry()
            QCoreApplication.postEvent(self.area, QEvent(QEvent.Type.LayoutRequest))
        return super().event(event)


def scrolling(content: QWidget | QLayout, name: str = "") -> QScrollArea:
    """``content`` in a frameless scroll area that scrolls it vertically when the window is
    shorter than the form (the dialog's buttons go below it, outside, always visible)."""
    if isinstance(content, QLayout):
        form = QWidget()
        form.setLayout(content)
        content = form
    area = FormScrollArea()
    if name:
        area.setObjectName(name)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(_FormHolder(content, area))
    return area
