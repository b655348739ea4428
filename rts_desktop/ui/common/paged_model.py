"""A table model over rows read from SQL one page at a time, fetched as the view scrolls.

Filtering, sorting and counting happen in the database; the model holds the rows shown and
the keyset where the next page starts. Its owner reads the first page (``set_page``); when
the view nears the end, ``more_wanted`` asks for the page after the keyset and the owner
appends what comes (``add_page``); a header click emits ``sort_wanted`` with the order the
owner reads the first page again in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from rts_desktop.ui.common.records_model import Column, RecordsModel
from rts_desktop.ui.worker import Runner

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class Page(Protocol[T]):  # type: ignore[misc]
    """What a service's page read gives: its rows and the keyset after them (None: the
    last page)."""

    @property
    def rows(self) -> Sequence[T]: ...

    @property
    def after(self) -> Any: ...


class PagedModel(RecordsModel[T]):
    """``RecordsModel`` whose rows come page by page; ``sorts[i]`` is column i's order."""

    #: the keyset after which the next page starts
    more_wanted = Signal(object)
    #: (sort, descending) asked by a header click
    sort_wanted = Signal(object, bool)

    def __init__(
        self,
        columns: Sequence[Column[T]],
        sorts: Sequence[Any],
        order: tuple[Any, bool],
        right_aligned: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(columns)
        self.sorts = list(sorts)
        self.order = order
        self.right_aligned = right_aligned
        self.after: Any = None
        self.fetching = False

    def set_page(self, page: Page[T]) -> None:
        """The first page of a new reading: the rows shown so far go."""
        self.beginResetModel()
        self.rows = list(page.rows)
        self.after = page.after
        self.fetching = False
        self.endResetModel()

    def add_page(self, page: Page[T]) -> None:
        """The page after the rows shown, appended."""
        self.fetching = False
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self.after = page.after

    def more_failed(self) -> None:
        """The next page could not be read (or a new reading replaces it): ask again later."""
        self.fetching = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.after is not None and not self.fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.fetching = True
            self.more_wanted.emit(self.after)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.sorts):
            return
        self.order = (self.sorts[column], order == Qt.SortOrder.DescendingOrder)
        self.sort_wanted.emit(*self.order)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


Q = TypeVar("Q")


class PagedReader(Generic[Q, T]):
    """Reads a ``PagedModel``'s pages on the background runner for what a bar asks.

    ``read_first()`` reads the first page for ``query()`` now: one reading at a time, the
    latest wins (what is typed while one runs is read when it answers), and ``shown(query,
    page)`` puts it on screen. The next pages the model asks for are appended only while
    the query they were read for is still the one asked (otherwise a new reading replaces
    them). ``read(query, after)`` runs on the runner.
    """

    def __init__(
        self,
        runner: Runner,
        model: PagedModel[T],
        query: Callable[[], Q],
        read: Callable[[Q, Any], Page[T]],
        shown: Callable[[Q, Page[T]], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.runner, self.model, self.query, self.read = runner, model, query, read
        self.shown, self.on_error = shown, on_error
        #: a first-page reading is running; something asked for another meanwhile
        self.reading = self.again = False
        model.more_wanted.connect(self._more)
        model.sort_wanted.connect(lambda *_order: self.read_first())

    def read_first(self) -> None:
        if self.reading:
            self.again = True
            return
        self.reading, self.again = True, False
        query, read = self.query(), self.read
        self.runner.run(
            lambda _progress: read(query, None),
            on_success=lambda page: self._first(query, page),
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.reading = False
        self.model.more_failed()
        self.on_error(exc)

    def _first(self, query: Q, page: Page[T]) -> None:
        self.reading = False
        if self.again:
            self.read_first()
            return
        self.shown(query, page)

    def _more(self, after: Any) -> None:
        """The view scrolled near the end: the page after the last row shown."""
        query, read = self.query(), self.read
        self.runner.run(
            lambda _progress: read(query, after),
            on_success=lambda page: self._next(query, page),
            on_error=self._failed,
        )

    def _next(self, query: Q, page: Page[T]) -> None:
        if query == self.query() and not self.reading:
            self.model.add_page(page)
        else:
            self.model.more_failed()  # a new reading replaces these rows
