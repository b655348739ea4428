"""The Aiuto menu's windows: the keyboard shortcuts and "Informazioni su RTS Desktop"."""

from __future__ import annotations

import platform
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rts_desktop import APP_NAME, __version__
from rts_desktop.kernel.config import resources_dir
from rts_desktop.kernel.i18n import translator

if TYPE_CHECKING:  # the metadata machinery loads when the About window opens, not at start
    from rts_desktop.kernel.components import Component

_tr = translator("help")
ICON_FILE = "rts-desktop.svg"


def application_icon() -> QIcon:
    """The program's icon (``resources/icons``, drawn from its SVG at every size)."""
    return QIcon(str(resources_dir() / "icons" / ICON_FILE))


def contextual_shortcuts() -> list[tuple[str, str]]:
    """Keys that work in a place rather than from a menu."""
    return [
        (_tr("Tab / Maiusc+Tab"), _tr("Passa al controllo successivo / precedente")),
        (_tr("Alt + lettera sottolineata"), _tr("Attiva il pulsante o va al campo")),
        (_tr("Esc"), _tr("Chiude la finestra o il fascicolo (chiede se c'è qualcosa da salvare)")),
        (_tr("Ctrl+W"), _tr("Chiude il fascicolo del caso")),
        (_tr("PgSu / PgGiù"), _tr("Calendario: periodo precedente / successivo")),
    ]


def action_shortcuts(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what) for each action with a shortcut, menus followed, each action once."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()

    def walk(items: Iterable[QAction]) -> None:
        for action in items:
            if id(action) in seen:
                continue
            seen.add(id(action))
            if action.menu() is not None:
                walk(action.menu().actions())
            elif not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                text = action.text().replace("&", "").rstrip("…").strip()
                rows.append((keys, text))

    walk(actions)
    return rows


class ShortcutsDialog(QDialog):
    """A table of the shortcuts: the menus' and the window's, then the contextual keys."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Scorciatoie da tastiera"))
        rows = action_shortcuts(actions) + contextual_shortcuts()
        self.table = QTableWidget(len(rows), 2)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setObjectName("shortcuts")
        self.table.setAccessibleName(self.tr("Scorciatoie da tastiera"))
        self.table.setHorizontalHeaderLabels([self.tr("Tasti"), self.tr("Azione")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 520)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]


class AboutDialog(QDialog):
    """The application's name, version and licence, what it runs on and the licences of
    the components it bundles (read from the installed distributions)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("Informazioni su %1").replace("%1", APP_NAME))
        self.setWindowIcon(application_icon())
        from rts_desktop.kernel.components import PROGRAM_DISTRIBUTION, components

        rows = components()
        own = [c.licence for c in rows if c.name == PROGRAM_DISTRIBUTION]
        title = QLabel(f"<h2>{APP_NAME}</h2>")
        self.version = QLabel(self.tr("Versione %1").replace("%1", __version__))
        self.version.setObjectName("about_version")
        purpose = QLabel(
            self.tr(
                "Residenzialità Temporanea Sociale: casi, alloggi, calendario, progetti e "
                "report per il servizio del Comune di Milano."
            )
        )
        purpose.setWordWrap(True)
        self.licence = QLabel(
            self.tr("Distribuito con licenza {licence}.").format(licence=own[0] if own else "?")
        )
        self.licence.setObjectName("about_licence")
        runtime = QLabel(
            self.tr("Qt %1, PySide6 %2, Python %3")
            .replace("%1", qVersion())
            .replace("%2", pyside_version)
            .replace("%3", platform.python_version())
        )
        runtime.setStyleSheet("color: #555;")
        heading = QLabel(self.tr("Componenti inclusi e loro licenze:"))
        self.components = self._components_table(rows)
        heading.setBuddy(self.components)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, self.version, purpose, self.licence, runtime, heading):
            layout.addWidget(widget)
        layout.addWidget(self.components, 1)
        layout.addWidget(buttons)
        self.resize(560, 560)

    def _components_table(self, rows: list[Component]) -> QTableWidget:
        table = QTableWidget(len(rows), 3)
        table.setObjectName("about_components")
        table.setAccessibleName(self.tr("Componenti inclusi"))
        table.setTabKeyNavigation(False)
        table.setHorizontalHeaderLabels(
            [self.tr("Componente"), self.tr("Versione"), self.tr("Licenza")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, c in enumerate(rows):
            version = c.version or self.tr("in {name}").format(name=c.inside)
            for column, text in enumerate((c.name, version, c.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def component_rows(self) -> list[tuple[str, str, str]]:
        """(component, version, licence) as the table shows them."""
        t = self.components
        return [
            (t.item(r, 0).text(), t.item(r, 1).text(), t.item(r, 2).text())
            for r in range(t.rowCount())
        ]
