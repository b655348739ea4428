"""The main window: navigation between areas, a page per area, status bar.

It is built in two steps so that a person sees it at once: the frame (navigation, empty
page, "Apertura del database…") needs only Qt; ``attach`` then gives it the database and
builds the search, the Scadenze panel, the status bar and the first page. Importing
SQLAlchemy and the models takes most of a start-up, so those imports wait for ``attach``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.changes import Aggregate
from rts_desktop.ui.areas import Area, areas, build_page
from rts_desktop.ui.live import start_live_updates
from rts_desktop.ui.main_menu import MainMenu

if TYPE_CHECKING:
    from rts_desktop.ui.common.global_search import GlobalSearch
    from rts_desktop.ui.env import UiEnv


class AreaPage(QWidget):
    """An area whose view is not built yet: says what it will hold, shows no fake data."""

    def __init__(self, area: Area) -> None:
        super().__init__()
        self.setObjectName(f"page_{area.key}")
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{area.title.replace('&', '')}</h2>")
        body = QLabel(
            area.purpose
            + "<br><br>"
            + self.tr("Questa sezione sarà disponibile in una prossima versione.")
        )
        body.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)


BASE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1

NAV_STYLE = """
QListWidget#navigation { font-size: 11pt; border: 2px solid transparent; border-radius: 4px;
                         background: palette(base); }
QListWidget#navigation:focus { border-color: #1b4f8a; }
QListWidget#navigation::item { padding: 9px 12px; border-radius: 4px; margin: 1px 4px; }
QListWidget#navigation::item:selected { background: #2f6fb3; color: white; }
"""


class MainWindow(QMainWindow):
    def __init__(self, env: UiEnv | None = None, *, operator_name: str | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("RTS Desktop – Residenzialità Temporanea Sociale"))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sezioni"))
        self.nav.setFixedWidth(180)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(NAV_STYLE)
        self.pages = QStackedWidget()
        # an explicit minimum: one wide page must not force the window wider than a small screen
        self.pages.setMinimumSize(320, 240)
        self._areas = areas()
        for area in self._areas:
            item = QListWidgetItem(area.title.replace("&", ""))
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.nav.addItem(item)
            # pages are built the first time they are shown: start-up builds only one
            self.pages.addWidget(QWidget())
        self._built: set[int] = set()
        self.nav.setCurrentRow(0)  # the page itself is built by ``attach``
        # File, Modifica, Visualizza (an area a Ctrl+number), Aiuto
        self.menu = MainMenu(self, self, self._areas)
        central = QWidget()
        outer = QVBoxLayout(central)
        self._top = QHBoxLayout()
        self._top.addStretch(1)
        outer.addLayout(self._top)
        layout = QHBoxLayout()
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.opening = QLabel(self.tr("Apertura del database…"))
        self.statusBar().addWidget(self.opening)
        self._restore_geometry()
        if env is not None:
            self.attach(env, operator_name=operator_name)

    def attach(self, env: UiEnv, *, operator_name: str | None = None) -> None:
        """Give the frame its database: search, Scadenze, status bar and the first page."""
        from rts_desktop.ui.common.global_search import GlobalSearch

        self.env = env
        self.db = env.db
        self.search: GlobalSearch = GlobalSearch(env)
        self.search.person_chosen.connect(self.open_person)
        search_label = QLabel(self.tr("Cerca:"))
        search_label.setBuddy(self.search)
        self._top.addWidget(search_label)
        self._top.addWidget(self.search)
        self.nav.currentRowChanged.connect(self._show_page)
        # the first page before the panel: its day is the longer read, so it starts first
        # (the panel then shares the deadlines the page has asked for)
        self._show_page(self.nav.currentRow())
        self._build_deadlines(env)
        self._restore_state()
        self.statusBar().removeWidget(self.opening)
        self._build_status_bar(operator_name)
        self.menu.attached(self.deadlines_dock.toggleViewAction())
        start_live_updates(self, env.db)  # a server database: the other PCs' changes too

    def _build_deadlines(self, env: UiEnv) -> None:
        from rts_desktop.ui.common.deadlines_panel import DeadlinesPanel

        self.deadlines = DeadlinesPanel(env)
        self.deadlines.setMinimumWidth(250)
        self.deadlines.case_chosen.connect(self.open_case)
        dock = QDockWidget(self.tr("Scadenze"), self)
        dock.setObjectName("deadlines_dock")
        dock.setWidget(self.deadlines)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.show()  # the window may be on screen already (then ``_restore_state`` decides)
        self.resizeDocks([dock], [300], Qt.Orientation.Horizontal)
        self.deadlines_dock = dock
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+D"))
        self.addAction(toggle)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ---- what the menus ask ---------------------------------------------------------------
    def new_case(self) -> None:
        """File → Nuovo caso…: the Casi area and its new-referral dialog."""
        self.show_area("cases")
        starter = getattr(self.pages.currentWidget(), "new_case", None)
        if callable(starter):
            starter()

    def _printer(self) -> Callable[[], object] | None:
        """The page's print action (``print_current``, else ``print_selected``), if any."""
        page = self.pages.currentWidget()
        for name in ("print_current", "print_selected"):
            action = getattr(page, name, None)
            if callable(action):
                return action
        return None

    def can_print(self) -> bool:
        return self._printer() is not None

    def print_current(self) -> None:
        action = self._printer()
        if action is not None:
            action()

    def open_case(self, case_id: str) -> QWidget | None:
        """Show the Casi area and open the case file (the cases page owns the windows)."""
        self.show_area("cases")
        page = self.pages.currentWidget()
        opener = getattr(page, "open_case", None)
        if opener is None:
            return None
        if hasattr(page, "select_case"):
            page.select_case(case_id)
        return opener(case_id)

    def open_bundle(self, path: Path) -> QWidget | None:
        """A bundle opened from the file manager: the Sync area and its import dialog with
        the file already chosen (nothing is imported before the person confirms)."""
        self.show_area("sync")
        opener = getattr(self.pages.currentWidget(), "open_import", None)
        return opener(path) if callable(opener) else None

    def open_person(self, beneficiary_id: str) -> None:
        """A person picked in the global search: open their latest case."""
        from rts_desktop.services.cases.case_list import cases_of_person

        found = cases_of_person(self.db, beneficiary_id, ctx=self.env.ctx)
        if found:
            self.open_case(found[0])
        else:
            self.statusBar().showMessage(self.tr("La persona non ha ancora un caso."), 5000)

    def _build_status_bar(self, operator_name: str | None) -> None:
        from rts_desktop.ui.common.hub_listener import HubListener

        bar = self.statusBar()
        from rts_desktop.db.engine import display_place  # the database is open by now

        where = display_place(self.db.url)
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", where))
        self.db_label.setToolTip(str(self.db.path) if self.db.path else where)
        self.operator_label = QLabel(self.tr("Operatore: %1").replace("%1", operator_name or "—"))
        self.sync_label = QLabel(self.tr("Sincronizzazione: nessun altro dispositivo associato"))
        for label in (self.db_label, self.operator_label, self.sync_label):
            bar.addPermanentWidget(label)
        self.sync_label.setObjectName("sync_state")
        self._sync_listener = HubListener(
            self, self.db, (Aggregate.SYNC,), lambda _c: self.refresh_sync_state()
        )
        self.refresh_sync_state()

    def refresh_sync_state(self) -> None:
        """Status bar and navigation badge: enrolled devices and open conflicts, counted on
        the worker (at sign-in the first page and the Scadenze panel come first)."""
        from rts_desktop.sync.badge import badge_counts

        db = self.db
        self.env.runner.run(
            lambda _progress: badge_counts(db),
            on_success=self._show_sync_state,
            on_error=_counts_failed,  # the label keeps its last text; the Sync page says more
        )

    def _show_sync_state(self, counts: tuple[int, int]) -> None:
        peers, conflicts = counts
        self.set_badge("sync", conflicts)
        if not peers and not conflicts:
            text = self.tr("Sincronizzazione: nessun altro dispositivo associato")
        else:
            devices = self.tr("%n dispositivi associati", "", peers)
            if conflicts:
                text = self.tr("Sincronizzazione: {devices}, {conflicts}").format(
                    devices=devices, conflicts=self.tr("%n conflitti aperti", "", conflicts)
                )
            else:
                text = self.tr("Sincronizzazione: {devices}").format(devices=devices)
        self.sync_label.setText(text)

    def set_badge(self, area_key: str, count: int) -> None:
        """Show a count next to an area's name ("Sincronizzazione (3)"); 0 removes it."""
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) != area_key:
                continue
            base = item.data(BASE_TEXT_ROLE) or item.text()
            item.setData(BASE_TEXT_ROLE, base)
            item.setText(f"{base} ({count})" if count else base)
            wide = self.nav.fontMetrics().horizontalAdvance(item.text()) + 48
            self.nav.setFixedWidth(max(180, wide))  # the badge must not be clipped
            spoken = self.tr("%1, conflitti aperti: %2").replace("%1", base)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                spoken.replace("%2", str(count)) if count else base,
            )

    def _show_page(self, index: int) -> None:
        if index < 0:
            return
        if index not in self._built:
            self._built.add(index)
            area = self._areas[index]
            placeholder = self.pages.widget(index)
            page = build_page(area, self.env) or AreaPage(area)
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self.pages.setCurrentIndex(index)
        self.menu.refresh()

    def tab_order(self) -> list[QWidget]:
        """The controls Tab visits now: the search, the sections, the page, Scadenze, the
        status bar (pages are built later than the panel: Qt's own chain would put them
        after it)."""
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not self and widget is not None and len(chain) < 10_000:
            if self._tab_stop(widget):
                chain.append(widget)
            widget = widget.nextInFocusChain()
        groups = [self.search, self.nav, self.pages, self.deadlines_dock, self.statusBar()]

        def group(w: QWidget) -> int:
            inside = (i for i, g in enumerate(groups) if g is w or g.isAncestorOf(w))
            return next(inside, len(groups))

        return sorted(chain, key=group)  # stable: Qt's order within each group

    def _tab_stop(self, widget: QWidget) -> bool:
        tab = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        usable = widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
        return bool(tab) and usable and widget.window() is self

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab follow ``tab_order`` (Qt's chain before the database is in)."""
        current = QApplication.focusWidget()
        order = self.tab_order() if hasattr(self, "env") else []
        at = next((i for i, w in enumerate(order) if w is current), -1)
        if at < 0:
            return super().focusNextPrevChild(forward)
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        order[(at + (1 if forward else -1)) % len(order)].setFocus(reason)
        return True

    def reset_pages(self) -> None:
        """Forget the pages built so far (another operator sees other cases): each is built
        again the next time it is shown, starting with the current one."""
        for index in sorted(self._built):
            page = self.pages.widget(index)
            self.pages.insertWidget(index, QWidget())
            self.pages.removeWidget(page)
            page.deleteLater()
        self._built.clear()
        self._show_page(self.nav.currentRow())

    def current_area(self) -> str:
        return str(self.nav.currentItem().data(Qt.ItemDataRole.UserRole))

    def show_area(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return
        raise KeyError(key)

    def _restore_geometry(self) -> None:
        saved = QSettings().value("main_window/geometry")
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)
            return
        # 1280×800 where it fits; on a 1366×768 laptop the screen's free area (the title
        # bar and the taskbar take their part), so the status bar is never below the edge
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1280, 800
        if screen is not None:
            frame = 40  # a window manager's title bar and borders
            width, height = min(width, screen.width()), min(height, screen.height() - frame)
        self.resize(width, height)

    def _restore_state(self) -> None:
        """Docks as they were left (once they exist, after ``attach``)."""
        state = QSettings().value("main_window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        if hasattr(self, "env"):  # the docks exist: closed before attach, nothing to keep
            QSettings().setValue("main_window/state", self.saveState())
        super().closeEvent(event)


def _counts_failed(exc: BaseException) -> None:
    logging.getLogger("rts_desktop").warning("sync counts not read: %s", type(exc).__name__)
