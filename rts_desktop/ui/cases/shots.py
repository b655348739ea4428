"""Screenshot views of the Casi area (``rts-desktop screenshot --view cases|case|...``)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models.vocab import CaseStatus
from rts_desktop.services.cases.case_pages import CaseQuery, CaseSort, case_page
from rts_desktop.ui.cases.case_file import CaseFileWindow
from rts_desktop.ui.cases.page import CasesPage
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.main_window import MainWindow

SIZE = (1280, 800)


def _page(window: MainWindow) -> CasesPage:
    window.show_area("cases")
    page = window.pages.currentWidget()
    assert isinstance(page, CasesPage)
    return page


def cases_view(env: UiEnv, window: MainWindow) -> QWidget:
    _page(window)
    return window


def _first_active(env: UiEnv, window: MainWindow) -> CaseFileWindow:
    page = _page(window)
    # the richest active case (the longest in service) makes the most telling picture
    longest = CaseQuery(status=CaseStatus.ATTIVO, sort=CaseSort.DAYS, descending=True)
    rows = case_page(env.db, longest, env.ctx.today(), limit=1, ctx=env.ctx).rows
    if not rows:
        raise ValidationError("view", N_("Nessun caso attivo nel database."))
    row = rows[0]
    case_window = page.open_case(row.id)
    assert isinstance(case_window, CaseFileWindow)
    case_window.resize(*SIZE)
    QApplication.processEvents()
    return case_window


def case_view(env: UiEnv, window: MainWindow) -> QWidget:
    case_window = _first_active(env, window)
    case_window.tabs.setCurrentWidget(case_window.percorso)
    return case_window


def case_timeline_view(env: UiEnv, window: MainWindow) -> QWidget:
    case_window = _first_active(env, window)
    case_window.tabs.setCurrentWidget(case_window.timeline)
    return case_window


def case_diary_view(env: UiEnv, window: MainWindow) -> QWidget:
    case_window = _first_active(env, window)
    case_window.tabs.setCurrentWidget(case_window.diary)
    diary = case_window.diary
    diary.kind.setCurrentIndex(diary.kind.findData("visita_domiciliare"))
    return case_window


def new_case_view(env: UiEnv, window: MainWindow) -> QWidget:
    from rts_desktop.ui.cases.new_case import NewCaseDialog

    _page(window)
    dialog = NewCaseDialog(env, window)
    dialog.ui.first_name.setText("Amina")  # i18n: dynamic
    dialog.ui.last_name.setText("Haddad")  # i18n: dynamic
    dialog.ui.birth_date.setText("31/02/1990")
    dialog.ui.household_name.setText("Nucleo Haddad")  # i18n: dynamic
    dialog.show()
    dialog.save()  # shows the inline message for the impossible birth date
    QApplication.processEvents()
    return dialog


def case_documents_view(env: UiEnv, window: MainWindow) -> QWidget:
    case_window = _first_active(env, window)
    case_window.tabs.setCurrentWidget(case_window.documents)
    return case_window


def case_fse_view(env: UiEnv, window: MainWindow) -> QWidget:
    case_window = _first_active(env, window)
    case_window.tabs.setCurrentWidget(case_window.fse)
    return case_window


def edit_person_view(env: UiEnv, window: MainWindow) -> QWidget:
    case_window = _first_active(env, window)
    assert case_window.data is not None
    head = case_window.data.case.household.head
    person_id = head.beneficiary_id if head else case_window.data.people[0].id
    dialog = case_window.actions.edit_person_dialog(person_id)
    dialog.show()
    dialog.email.setText("indirizzo-non-valido")  # i18n: dynamic
    dialog.save()  # shows the inline message next to the e-mail
    QApplication.processEvents()
    return dialog
