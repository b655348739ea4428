"""The Conflicts inbox: each open conflict in human terms, keep A, keep B, or edit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.sync.view import ConflictRow, resolve
from rts_desktop.ui.common.records_model import ROW_ROLE
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.sync.edit_value import EditValueDialog
from rts_desktop.ui.sync.models import conflicts_model, who_when

tr = translator("sync")


class ConflictsInbox(QWidget):
    """Open conflicts; ``resolved`` is emitted after each resolution (the resolution itself
    is announced on the hub, ``Aggregate.SYNC`` with this inbox as its initiator)."""

    resolved = Signal()

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("conflicts_inbox")
        self.model = conflicts_model()
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setObjectName("conflicts_table")
        self.table.setAccessibleName(tr("Conflitti da risolvere"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.empty = QLabel(tr("Nessun conflitto da risolvere."))
        self.empty.setObjectName("no_conflicts")
        self.empty.setStyleSheet("color: #2e7d32; padding: 12px; font-size: 11pt;")
        self.detail = QLabel()
        self.detail.setObjectName("conflict_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setStyleSheet(
            "background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 8px;"
        )
        self.keep_a = QPushButton(tr("Mantieni &A"))
        self.keep_a.setObjectName("keep_a")
        self.keep_b = QPushButton(tr("Mantieni &B"))
        self.keep_b.setObjectName("keep_b")
        self.edit = QPushButton(tr("&Modifica…"))
        self.edit.setObjectName("edit_value")
        buttons = QHBoxLayout()
        for b in (self.keep_a, self.keep_b, self.edit):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.keep_a.clicked.connect(lambda: self.keep(0))
        self.keep_b.clicked.connect(lambda: self.keep(1))
        self.edit.clicked.connect(self.open_edit)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_selected())
        self.edit_dialog: EditValueDialog | None = None
        self.set_rows([])

    def set_rows(self, rows: list[ConflictRow]) -> None:
        current = self.selected()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if rows:
            ids = [r.id for r in rows]
            row = ids.index(current.id) if current and current.id in ids else 0
            self.table.selectRow(row)
            self.table.setColumnHidden(6, not any(len(r.candidates) > 2 for r in rows))
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 12, 240))
        self._show_selected()

    def selected(self) -> ConflictRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.data(self.model.index(index.row(), 0), ROW_ROLE)  # type: ignore[no-any-return]

    def _show_selected(self) -> None:
        row = self.selected()
        self.detail.setVisible(row is not None)
        for b in (self.keep_a, self.keep_b, self.edit):
            b.setEnabled(row is not None)
        if row is None:
            return
        self.keep_b.setEnabled(len(row.candidates) > 1)
        self.edit.setEnabled(row.editable)
        lines = [
            f"<b>{text_of(row.table_label)}: {_esc(text_of(row.record_label))}</b> — "
            f"{_esc(text_of(row.field_label))}"
        ]
        if row.editable:
            lines.append(tr("Valore di partenza: %1").replace("%1", _esc(text_of(row.base_text))))
        else:
            lines.append(
                tr("Il record è stato eliminato su un portatile e modificato su un altro.")
            )
        for i, c in enumerate(row.candidates):
            shown = tr(" (mostrato ora)") if i == row.interim else ""
            lines.append(
                f"<b>{c.letter}</b>: {_esc(text_of(c.text))}{shown} "
                f"<span style='color:#555'>— {_esc(who_when(c))}</span>"
            )
        self.detail.setText("<br>".join(lines))

    def keep(self, index: int) -> None:
        row = self.selected()
        if row is None or index >= len(row.candidates):
            return
        self.env.ops.write(
            self, resolve, row.id, keep=index, on_done=lambda _c: self.resolved.emit()
        )

    def open_edit(self) -> None:
        row = self.selected()
        if row is None or not row.editable:
            return
        self.edit_dialog = EditValueDialog(self.env, row, self)
        self.edit_dialog.accepted.connect(self.resolved.emit)
        self.edit_dialog.open()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
