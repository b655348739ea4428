"""Small view helpers shared by the case file tabs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QTableView

from rts_desktop.kernel.i18n import noop, text_of, translate
from rts_desktop.models.vocab import label
from rts_desktop.ui.common.records_model import Column, RecordsModel


def table(name: str, accessible: str, columns: Sequence[Column[Any]], **kw: Any) -> QTableView:
    """A read-only, row-selecting table over a ``RecordsModel`` (reachable as ``.model()``)."""
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab goes on to the next control
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(RecordsModel(columns, **kw))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def fill(view: QTableView, rows: Sequence[Any]) -> None:
    model = view.model()
    assert isinstance(model, RecordsModel)
    model.set_rows(rows)
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for col in range(model.columnCount() - 1):
        header.resizeSection(col, min(header.sectionSize(col) + 16, 320))
    last = model.columnCount() - 1
    if last >= 0:  # the stretched last column is never narrower than its title (it scrolls)
        header.setStretchLastSection(False)  # its size when there is no room to stretch
        header.resizeSection(last, header.sectionSizeFromContents(last).width())
        header.setStretchLastSection(True)


def date(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "—"


def value_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


#: Italian names of the document types the shared vocabulary labels only by their code
DOC_TYPE_LABELS = {
    "isee": noop("DocumentType", "Attestazione ISEE"),
    "tessera_sanitaria": noop("DocumentType", "Tessera sanitaria"),
    "patto_accoglienza": noop("DocumentType", "Patto di accoglienza"),
    "progetto_firmato": noop("DocumentType", "Progetto individualizzato firmato"),
    "relazione_sst": noop("DocumentType", "Relazione del servizio sociale"),
    "altro": noop("DocumentType", "Altro documento"),
}


def doc_type_label(code: str) -> str:
    """The name of a document type in the current language."""
    known = DOC_TYPE_LABELS.get(code)
    if known:
        return translate("DocumentType", known)  # i18n: dynamic
    return text_of(label(code))


def ethos_combo(empty: str) -> QComboBox:
    """The ETHOS category at entry: the 13 operational categories and their
    sub-categories, ``empty`` first; as wide as a form field (the full label is in the
    tooltip and in the open list)."""
    from rts_desktop.models.vocab import ETHOS

    combo = QComboBox()
    combo.setObjectName("ethos_entry")
    combo.addItem(empty, None)
    for code, text in ETHOS.items():
        combo.addItem(text_of(text), code)
        combo.setItemData(combo.count() - 1, text_of(text), Qt.ItemDataRole.ToolTipRole)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(34)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
    combo.currentIndexChanged.connect(lambda _: combo.setToolTip(combo.currentText()))
    return combo
