"""The Casi page: filter bar, the case list, and the buttons to open or create a case.

The list pages from SQL on the background runner: the first page for what the bar asks
("Caricamento dei casi…" until the first one comes), the next ones as the view scrolls near
the end, then the counts, each its own query. What is typed or chosen while a page is being
read is read when it answers. ``loaded`` is emitted each time a first page has come,
``is_loaded`` says one came once.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.kernel.i18n import text_of
from rts_desktop.models.vocab import CaseStatus, label
from rts_desktop.services.cases import case_pages
from rts_desktop.services.cases.case import KNOWN_FLAGS
from rts_desktop.services.cases.case_list import CaseRow
from rts_desktop.services.cases.case_pages import CaseChoices, CasePage, CaseQuery
from rts_desktop.ui.cases.list_model import CaseListModel
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.geometry import widen_to_titles
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.common.paged_model import PagedReader
from rts_desktop.ui.env import UiEnv

#: what the rows show: cases, their people and households, stays and plan reviews
WATCHED = (
    Aggregate.CASES,
    Aggregate.STAYS,
    Aggregate.HOUSEHOLDS,
    Aggregate.PEOPLE,
    Aggregate.PLANS,
)


def _combo(name: str, any_text: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(any_text, None)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


class CasesPage(QWidget):
    #: the rows have come (the first time and after each reload)
    loaded = Signal()

    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.env = env
        self.is_loaded = False
        self.setObjectName("page_cases")
        self.windows: dict[str, QWidget] = {}
        self.model = CaseListModel(env.ctx.today())
        #: the new-referral dialog open now (its writes reload the list once, at the end)
        self.creating: QWidget | None = None
        self._select_after_load: str | None = None
        #: every case the operator sees (read again after a change), the choices likewise
        self._total: int | None = None
        self._choices_due = True
        self._build()
        self.reader = PagedReader(
            env.runner,
            self.model,
            self._query,
            lambda query, after: case_pages.case_page(
                env.db, query, env.ctx.today(), after=after, ctx=env.ctx
            ),
            self._first_page,
            self._failed,
        )
        self._listener = HubListener(self, env.db, WATCHED, self._changed)
        self.reload()

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("<h2>Casi</h2>"))
        top.addWidget(title)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("&Nuovo caso…"))
        self.new_button.clicked.connect(self.new_case)
        self.open_button = QPushButton(self.tr("&Apri fascicolo"))
        self.open_button.clicked.connect(self.open_current)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        filters2 = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("case_search")
        self.search.setPlaceholderText(self.tr("Nome, codice, codice fiscale, alloggio…"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Filtra:"))
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)
        self.status = _combo("filter_status", self.tr("Tutti gli stati"))
        for status in CaseStatus:
            self.status.addItem(text_of(label(status)), str(status))
        self.educator = _combo("filter_educator", self.tr("Tutti gli educatori"))
        self.municipio = _combo("filter_municipio", self.tr("Tutti i Municipi"))
        for n in range(1, 10):
            self.municipio.addItem(self.tr("Municipio %1").replace("%1", str(n)), n)
        self.apartment = _combo("filter_apartment", self.tr("Tutti gli alloggi"))
        self.flag = _combo("filter_flag", self.tr("Qualsiasi segnalazione"))
        for key, text in KNOWN_FLAGS.items():
            self.flag.addItem(text_of(text), key)
        for combo, text in (
            (self.status, self.tr("S&tato")),
            (self.educator, self.tr("&Educatore")),
            (self.municipio, self.tr("&Municipio")),
            (self.apartment, self.tr("All&oggio")),
            (self.flag, self.tr("Se&gnalazioni")),
        ):
            combo.setAccessibleName(text.replace("&", ""))
            combo.setToolTip(text.replace("&", ""))
            combo.currentIndexChanged.connect(self.apply_filters)
            (
                filters if combo in (self.status, self.educator, self.municipio) else filters2
            ).addWidget(combo)
        filters.addStretch(1)
        filters2.addStretch(1)
        layout.addLayout(filters)
        layout.addLayout(filters2)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setObjectName("case_table")
        self.table.setAccessibleName(self.tr("Elenco dei casi"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in enumerate((112, 104, 180, 78, 44, 150, 52)):
            header.resizeSection(col, width)
        widen_to_titles(header)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("case_count")
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._focus_table)
        self.table.installEventFilter(self)
        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.flag, self.table)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the list opens the selected case file."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    # --- data -----------------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if self.creating is not None and changes.initiator is self.creating:
            return  # person and household first: no row shows them until the case is saved
        self.reload()

    def reload(self) -> None:
        """Read the first page again (and the counts and the filter choices after it)."""
        self._total = None
        self._choices_due = True
        self._read()

    def _query(self) -> CaseQuery:
        sort, descending = self.model.order
        return CaseQuery(
            text=self.search.text(),
            status=self.status.currentData(),
            educator_id=self.educator.currentData(),
            municipio=self.municipio.currentData(),
            apartment_id=self.apartment.currentData(),
            flag=self.flag.currentData(),
            sort=sort,
            descending=descending,
        )

    def _read(self) -> None:
        """The first page for what the bar asks now (``PagedReader``: the latest wins)."""
        if not self.is_loaded and not self.reader.reading:
            self.count_label.setText(self.tr("Caricamento dei casi…"))
        self.reader.read_first()

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _first_page(self, query: CaseQuery, page: CasePage) -> None:
        selected = self.current_row()
        wanted = self._select_after_load or (selected.id if selected is not None else None)
        self._select_after_load = None
        self.model.set_page(page)
        self.is_loaded = True
        if wanted is not None:
            self.select_case(wanted)
        self._after_filter()
        self._count(query)
        if self._choices_due:
            self._choices_due = False
            env = self.env
            env.runner.run(
                lambda _progress: case_pages.case_choices(env.db, ctx=env.ctx),
                on_success=self._fill_choices,
                on_error=lambda exc: show_error(self, exc),
            )
        self.loaded.emit()

    def _count(self, query: CaseQuery) -> None:
        """The counts, each a query of its own after the first page is shown."""
        env, total = self.env, self._total
        unfiltered = dataclasses.replace(query, text="", status=None, educator_id=None)
        unfiltered = dataclasses.replace(unfiltered, municipio=None, apartment_id=None, flag=None)

        def count(_progress: object) -> tuple[int, int]:
            shown = case_pages.count_cases(env.db, query, ctx=env.ctx)
            if total is not None:
                return shown, total
            if query == unfiltered:
                return shown, shown
            return shown, case_pages.count_cases(env.db, unfiltered, ctx=env.ctx)

        self.env.runner.run(
            count,
            on_success=lambda counts: self._counted(query, *counts),
            on_error=lambda exc: show_error(self, exc),
        )

    def _counted(self, query: CaseQuery, shown: int, total: int) -> None:
        self._total = total
        if query != self._query():
            return  # another count follows the newer reading
        text = self.tr("%n casi", "", total)
        if shown != total:
            text = self.tr("%1 di %2").replace("%1", str(shown)).replace("%2", text)
        self.count_label.setText(text)

    def _fill_choices(self, choices: CaseChoices) -> None:
        for combo, items in (
            (self.educator, choices.educators),
            (self.apartment, choices.apartments),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in items:
                combo.addItem(text, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def apply_filters(self) -> None:
        self._read()

    def _typed(self, _text: str) -> None:
        self._read()

    def _after_filter(self) -> None:
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    # --- actions --------------------------------------------------------------------------
    def current_row(self) -> CaseRow | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if rows:
            index = rows[0]
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_case(self, case_id: str) -> None:
        row = self.model.row_of(case_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_case(row.id)

    def open_case(self, case_id: str) -> QWidget:
        """Open (or raise) the case file window of ``case_id``."""
        from rts_desktop.ui.cases.case_file import CaseFileWindow

        window = self.windows.get(case_id)
        if window is None or not window.isVisible():
            window = CaseFileWindow(self.env, case_id)
            window.destroyed.connect(lambda *_a, cid=case_id: self.windows.pop(cid, None))
            self.windows[case_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def new_case(self) -> None:
        from rts_desktop.ui.cases.new_case import NewCaseDialog

        dialog = NewCaseDialog(self.env, self)
        self.creating = dialog
        try:
            accepted = dialog.exec()
        finally:
            self.creating = None
        if accepted and dialog.created is not None:
            self._select_after_load = dialog.created.id
            self.reload()
            self.open_case(dialog.created.id)
