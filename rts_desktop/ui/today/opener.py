"""Where each line of the Oggi page leads: the case file on the right tab, the calendar on the
appointment's day, the attendance register, the housing board on the apartment.

The page reaches the other areas through its main window (``open_case``, ``show_area`` and
the stack of pages), never through globals; without one (a page shown on its own) a case
still opens in its own window and the rest is not available.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from rts_desktop.kernel.errors import RtsError
from rts_desktop.services.deadlines import Deadline
from rts_desktop.services.today import Appointment, AttendanceDue, FreePlace, Movement
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.env import UiEnv

#: the case file's tab for each kind of deadline (attributes of ``CaseFileWindow``)
DEADLINE_TABS = {
    "verifica": "plan_editor",
    "documento": "documents",
    "fine_inserimento": "stays",
    "consenso": "anagrafica",
    "follow_up": "percorso",
    "morosita": "agreement_tab",
}


class TodayOpener(QObject):
    def __init__(self, env: UiEnv, page: QWidget) -> None:
        super().__init__(page)
        self.env = env
        self.page = page
        #: the last window or dialog opened (kept alive; tests look at it)
        self.opened: QWidget | None = None

    def open(self, section: str, item: object) -> QWidget | None:
        """Open what the line of ``section`` holding ``item`` leads to."""
        found: QWidget | None = None
        if isinstance(item, AttendanceDue):
            found = self.attendance(item)
        elif isinstance(item, Appointment) and section == "notes" and item.case_id:
            found = self.case(item.case_id, "diary", note_day=item.day)
        elif isinstance(item, Appointment):
            found = self.calendar_day(item.day)
        elif isinstance(item, Deadline):
            found = self.case(item.case_id, DEADLINE_TABS.get(item.kind))
        elif isinstance(item, Movement | FreePlace):
            found = self.board(item.apartment_code)
        self.opened = found
        return found

    # --- the places -------------------------------------------------------------------------
    def case(
        self, case_id: str, tab: str | None = None, *, note_day: dt.date | None = None
    ) -> QWidget | None:
        """The case file, on ``tab`` (an attribute of the file window) when it has it."""
        self._leave_page()
        window = self._main_window()
        opener = getattr(window, "open_case", None)
        if callable(opener):
            opened = opener(case_id)
        else:
            from rts_desktop.ui.cases.case_file import CaseFileWindow

            opened = CaseFileWindow(self.env, case_id)
            opened.show()
        if not isinstance(opened, QWidget):
            return None
        tabs = getattr(opened, "tabs", None)
        target = getattr(opened, tab, None) if tab else None
        if target is None and tab == "agreement_tab":  # a file without the agreement's tab
            target = getattr(opened, "stays", None)
        if tabs is not None and isinstance(target, QWidget) and tabs.indexOf(target) >= 0:
            tabs.setCurrentWidget(target)
        if note_day is not None:
            self._note_on(opened, note_day)
        return opened

    def calendar_day(self, day: dt.date) -> QWidget | None:
        page = self._area_page("calendar")
        open_day = getattr(page, "open_day", None)
        if callable(open_day):
            open_day(day)
        return page

    def attendance(self, due: AttendanceDue) -> QWidget | None:
        from rts_desktop.ui.calendar.attendance_dialog import AttendanceDialog

        occ = due.occurrence
        try:
            dialog = AttendanceDialog(self.env, occ.event_id, occ.original_start, self.page)
        except RtsError as exc:  # cancelled or moved meanwhile: say so, the page reloads
            show_error(self.page, exc)
            return None
        dialog.open()
        return dialog

    def board(self, apartment_code: str) -> QWidget | None:
        """The occupancy board from today, showing this apartment."""
        page = self._area_page("housing")
        board = getattr(page, "board", None)
        tabs = getattr(page, "tabs", None)
        if tabs is not None and isinstance(board, QWidget):
            tabs.setCurrentWidget(board)
        grid = getattr(board, "board", None)
        if grid is not None:
            grid.go_today()
        search = getattr(board, "filter_edit", None)
        if search is not None:
            search.setText(apartment_code)
        return page

    # --- helpers -----------------------------------------------------------------------------
    def _leave_page(self) -> None:
        """Take the keyboard focus out of the page before another area or window comes up:
        a main window switching pages while a widget of the old one holds the focus can
        crash Qt when the case file opens next."""
        focused = QApplication.focusWidget()
        if focused is not None and self.page.isAncestorOf(focused):
            focused.clearFocus()

    def _main_window(self) -> QWidget | None:
        window = self.page.window()
        return None if window is self.page else window

    def _area_page(self, key: str) -> QWidget | None:
        self._leave_page()
        window = self._main_window()
        show = getattr(window, "show_area", None)
        pages = getattr(window, "pages", None)
        if not callable(show) or not isinstance(pages, QStackedWidget):
            return None
        show(key)
        return pages.currentWidget()

    @staticmethod
    def _note_on(window: QWidget, day: dt.date) -> None:
        """The diary's new note dated ``day``, the text ready to type in."""
        diary = getattr(window, "diary", None)
        date_field = getattr(diary, "date", None)
        if date_field is None:
            return
        if hasattr(date_field, "set_value"):
            date_field.set_value(day)
        else:
            date_field.setDate(QDate(day))
        text = getattr(diary, "text", None)
        if isinstance(text, QWidget):
            text.setFocus()
