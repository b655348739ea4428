"""The case list model: all rows in memory, filtered and sorted in Python.

Filtering 15,000 rows is a list comprehension over pre-folded search keys (a few ms), so
the list follows each keystroke without a query and without a per-row proxy callback.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from rts_desktop.kernel.i18n import noop, text_of, translate
from rts_desktop.kernel.text import fold
from rts_desktop.models.vocab import label
from rts_desktop.services.cases.case import KNOWN_FLAGS
from rts_desktop.services.cases.case_list import DEADLINE_LABELS, CaseRow
from rts_desktop.ui.common.dates import format_day

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class CaseFilter:
    """What the filter bar asks for; empty values mean "any"."""

    text: str = ""
    status: str | None = None
    educator_id: str | None = None
    municipio: int | None = None
    apartment_id: str | None = None
    flag: str | None = None
    tokens: list[str] = field(default_factory=list)

    def accepts(self, r: CaseRow) -> bool:
        return (
            (self.status is None or r.status == self.status)
            and (self.educator_id is None or r.educator_id == self.educator_id)
            and (self.municipio is None or r.municipio == self.municipio)
            and (self.apartment_id is None or r.apartment_id == self.apartment_id)
            and (self.flag is None or self.flag in r.flags)
        )


COLUMNS: list[tuple[str, Callable[[CaseRow], Any], Callable[[CaseRow], Any]]] = [
    (noop("CaseListModel", "Codice"), lambda r: r.code, lambda r: r.code),
    (noop("CaseListModel", "Stato"), lambda r: text_of(label(r.status)), lambda r: r.status),
    (noop("CaseListModel", "Capofamiglia"), lambda r: r.head_name, lambda r: fold(r.head_name)),
    (
        noop("CaseListModel", "Alloggio"),
        lambda r: r.apartment_code or "",
        lambda r: r.apartment_code or "~",
    ),
    (noop("CaseListModel", "Mun."), lambda r: r.municipio or "", lambda r: r.municipio or 99),
    (
        noop("CaseListModel", "Educatore"),
        lambda r: r.educator_name or "",
        lambda r: fold(r.educator_name or "~"),
    ),
    (
        noop("CaseListModel", "Giorni"),
        lambda r: "" if r.days_in_service is None else r.days_in_service,
        lambda r: -1 if r.days_in_service is None else r.days_in_service,
    ),
    (
        noop("CaseListModel", "Prossima scadenza"),
        lambda r: format_day(r.next_deadline),
        lambda r: r.next_deadline or dt.date.max,
    ),
]


class CaseListModel(QAbstractTableModel):
    def __init__(self, today: dt.date) -> None:
        super().__init__()
        self.today = today
        self.all_rows: list[CaseRow] = []
        self.visible: list[CaseRow] = []
        self.criteria = CaseFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- data -----------------------------------------------------------------------------
    def set_rows(self, rows: list[CaseRow]) -> None:
        self.all_rows = rows
        self._refilter()

    def set_filter(self, criteria: CaseFilter) -> None:
        criteria.tokens = fold(criteria.text).split()
        self.criteria = criteria
        self._refilter()

    def set_text(self, text: str) -> None:
        """Typing more narrows the rows already shown instead of scanning them all again."""
        previous = fold(self.criteria.text)
        self.criteria.text = text
        self.criteria.tokens = fold(text).split()
        folded = fold(text)
        if previous and folded.startswith(previous) and " " not in folded[len(previous) - 1 :]:
            tokens = self.criteria.tokens
            self.beginResetModel()
            self.visible = [r for r in self.visible if r.matches(tokens)]
            self.endResetModel()
            return
        self._refilter()

    def _refilter(self) -> None:
        c = self.criteria
        tokens = c.tokens
        rows = [r for r in self.all_rows if r.matches(tokens)] if tokens else self.all_rows
        rows = [r for r in rows if c.accepts(r)]
        if self._sort is not None:
            column, order = self._sort
            key = COLUMNS[column][2]
            rows = sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self.visible = rows
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        key = COLUMNS[column][2]
        self.visible = sorted(self.visible, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> CaseRow | None:
        return self.visible[row] if 0 <= row < len(self.visible) else None

    def row_of(self, case_id: str) -> int:
        return next((i for i, r in enumerate(self.visible) if r.id == case_id), -1)

    # --- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.visible):
            return None
        r = self.visible[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = COLUMNS[col][1](r)
            return str(value) if value != "" else ""
        if role == ROW_ROLE:
            return r
        if role == SORT_ROLE:
            return COLUMNS[col][2](r)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 7 and r.next_deadline_kind:
                return text_of(DEADLINE_LABELS[r.next_deadline_kind])
            if col == 2 and r.flags:
                return ", ".join(text_of(KNOWN_FLAGS.get(f, f)) for f in r.flags)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 7 and r.next_deadline and r.next_deadline < self.today:
                return QBrush(QColor("#b00020"))
            if r.closed:
                return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return translate("CaseListModel", COLUMNS[section][0])  # i18n: dynamic
        return None
