"""The editing actions of the case file: which dialog each button opens.

The dialogs write through ``env.ops``; the window reloads when the hub names its case,
household or people. Kept apart from ``case_file.py`` (the window) and from the tabs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from rts_desktop.services.cases.households import MemberDTO
from rts_desktop.services.cases.person_export_folder import (
    Written,
    export_person_to,
    new_folder_in,
)
from rts_desktop.ui.cases.case_data import CaseFileData
from rts_desktop.ui.cases.info_tabs import AnagraficaTab
from rts_desktop.ui.common import files
from rts_desktop.ui.common.records_model import ROW_ROLE
from rts_desktop.ui.env import UiEnv


class CaseFileHost(Protocol):
    """What the actions need of the case-file window (which owns them)."""

    env: UiEnv
    data: CaseFileData
    anagrafica: AnagraficaTab

    def tr(self, text: str) -> str: ...

    def widget(self) -> QWidget: ...


def button(name: str, text: str, slot: Callable[[], object]) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.clicked.connect(lambda _c=False: slot())
    return b


def selected_member(view: QTableView) -> MemberDTO | None:
    index = view.currentIndex()
    if not index.isValid():
        return None
    member = view.model().data(index.siblingAtColumn(0), ROW_ROLE)
    return member if isinstance(member, MemberDTO) else None


class CaseFileActions:
    """Opens the dialogs on the window's current data (the hub reloads the file after)."""

    def __init__(self, window: CaseFileHost) -> None:
        self.window = window
        self.last_dialog: QDialog | None = None  # for tests and screenshots
        self.last_export: Written | None = None

    def _run(self, dialog: QDialog) -> bool:
        self.last_dialog = dialog
        return bool(dialog.exec())

    def _member_or_say(self) -> MemberDTO | None:
        member = selected_member(self.window.anagrafica.members)
        if member is None:
            QMessageBox.information(
                self.window.widget(),
                self.window.tr("Nessuna persona selezionata"),
                self.window.tr("Seleziona prima una persona nell'elenco dei componenti."),
            )
        return member

    def edit_person_dialog(self, beneficiary_id: str) -> QDialog:
        from rts_desktop.ui.cases.edit_person import EditPersonDialog

        data = self.window.data
        assert data is not None
        person = next(p for p in data.people if p.id == beneficiary_id)
        return EditPersonDialog(self.window.env, person, self.window.widget())

    def edit_person(self) -> None:
        member = self._member_or_say()
        if member is not None:
            self._run(self.edit_person_dialog(member.beneficiary_id))

    def add_member_dialog(self) -> QDialog:
        from rts_desktop.ui.cases.household_dialogs import AddMemberDialog

        assert self.window.data is not None
        return AddMemberDialog(
            self.window.env, self.window.data.case.household, self.window.widget()
        )

    def add_member(self) -> None:
        if self.window.data is not None:
            self._run(self.add_member_dialog())

    def end_membership(self) -> None:
        from rts_desktop.ui.cases.household_dialogs import EndMembershipDialog

        member = self._member_or_say()
        if member is None:
            return
        if member.to_date is not None:
            QMessageBox.information(
                self.window.widget(),
                self.window.tr("Già uscito/a"),
                self.window.tr("%1 è già uscito/a dal nucleo.").replace("%1", member.full_name),
            )
            return
        self._run(EndMembershipDialog(self.window.env, member, self.window.widget()))

    def case_dialog(self, kind: str) -> QDialog:
        from rts_desktop.ui.cases.edit_case import (
            AssignEducatorDialog,
            EditCaseDialog,
            FollowUpDialog,
        )

        data = self.window.data
        assert data is not None
        cls = {
            "edit": EditCaseDialog,
            "educator": AssignEducatorDialog,
            "follow_up": FollowUpDialog,
        }
        return cls[kind](self.window.env, data.case, self.window.widget())

    def edit_case(self, kind: str) -> None:
        if self.window.data is not None:
            self._run(self.case_dialog(kind))

    def sharing_dialog(self) -> QDialog:
        from rts_desktop.ui.cases.sharing_dialog import SharingDialog

        assert self.window.data is not None
        return SharingDialog(self.window.env, self.window.data.case, self.window.widget())

    def share(self) -> None:
        if self.window.data is not None:
            self._run(self.sharing_dialog())

    def export_person(self) -> None:
        """GDPR art. 15: everything held about the selected person, into a new folder
        inside the one chosen (JSON, PDF summary, attachments); the export is audited."""
        member = self._member_or_say()
        if member is None:
            return
        window = self.window
        chosen = files.choose_folder(
            window.widget(),
            files.EXPORT,
            window.tr("Cartella in cui salvare i dati di %1").replace("%1", member.full_name),
        )
        if chosen is None:
            return
        out = new_folder_in(chosen, member.beneficiary_code, window.env.ctx.today())
        window.env.ops.write(
            window.widget(),
            export_person_to,
            member.beneficiary_id,
            out,
            on_done=self._exported,
        )

    def _exported(self, written: Written) -> None:
        self.last_export = written
        QMessageBox.information(
            self.window.widget(),
            self.window.tr("Dati esportati"),
            self.window.tr("I dati di %1 sono stati esportati nella cartella:\n%2")
            .replace("%1", written.person_code)
            .replace("%2", str(written.folder)),
        )
