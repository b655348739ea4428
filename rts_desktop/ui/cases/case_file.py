"""The case file: a header (who, status, flags) with lifecycle actions, and ten tabs; a
closed case is shown read-only."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.access import may
from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.kernel.i18n import text_of
from rts_desktop.models.vocab import CaseStatus
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases.case import KNOWN_FLAGS, CaseDTO
from rts_desktop.services.cases.sharing import SHARING_PERMISSION
from rts_desktop.ui.cases.agreement_tab import AgreementTab
from rts_desktop.ui.cases.case_data import CaseFileData, load_case_file
from rts_desktop.ui.cases.common_views import date
from rts_desktop.ui.cases.diary import DiaryTab
from rts_desktop.ui.cases.documents_tab import DocumentsTab
from rts_desktop.ui.cases.file_actions import CaseFileActions, button
from rts_desktop.ui.cases.fse_tab import FseTab
from rts_desktop.ui.cases.info_tabs import AnagraficaTab, PercorsoTab
from rts_desktop.ui.cases.lifecycle import LifecycleDialog, action_text, actions_for
from rts_desktop.ui.cases.records_tabs import StaysTab, TimelineTab
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.env import UiEnv

STATUS_COLOURS = {
    CaseStatus.SEGNALATO: "#6a5acd",
    CaseStatus.IN_VALUTAZIONE: "#b8860b",
    CaseStatus.ATTIVO: "#2e7d32",
    CaseStatus.SOSPESO: "#c62828",
    CaseStatus.CONCLUSO: "#616161",
}
#: what the file shows: its case (stays, plans, notes, documents... name it too), its
#: household and the people in it
WATCHED = (Aggregate.CASES, Aggregate.HOUSEHOLDS, Aggregate.PEOPLE)


def title_html(name: str, code: str, status: str, colour: str) -> str:
    """The household's name, the case code and the status on its colour."""
    return (
        f"<span style='font-size:16pt; font-weight:600'>{name}</span>"
        f"&nbsp;&nbsp;<span style='color:#666'>{code}</span>&nbsp;&nbsp;"
        f"<span style='background:{colour}; color:white; padding:2px 6px'>"
        f"&nbsp;{status}&nbsp;</span>"
    )


class CaseFileWindow(QWidget):
    def widget(self) -> QWidget:
        """The window as a dialog parent (what the actions open their dialogs over)."""
        return self

    def __init__(self, env: UiEnv, case_id: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.env = env
        self.case_id = case_id
        self.data: CaseFileData | None = None
        #: what the audited reading of the case disables while it runs: an invisible
        #: stand-in, so a reload never greys the window nor takes the focus away
        self._reader = QWidget(self)
        self._reader.hide()
        self.setObjectName("case_file")
        fit_to_screen(self, 1180, 760)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("case_tabs")
        self.anagrafica = AnagraficaTab()
        self.percorso = PercorsoTab()
        self.stays = StaysTab(env, case_id)
        self.diary = DiaryTab(env, case_id)
        self.documents = DocumentsTab(env, case_id)
        self.fse = FseTab(env)
        self.timeline = TimelineTab(env.ctx.today())
        self.actions = CaseFileActions(self)
        self._build_edit_buttons()
        for widget, title in (
            (self.anagrafica, self.tr("&1 Anagrafica")),
            (self.percorso, self.tr("&2 Percorso")),
            (self.stays, self.tr("&3 Inserimenti")),
            (self.diary, self.tr("&4 Diario")),
            (self.documents, self.tr("&5 Documenti")),
            (self.fse, self.tr("&6 Scheda FSE")),
            (self.timeline, self.tr("&7 Cronologia")),
        ):
            self.tabs.addTab(widget, title)
        from rts_desktop.ui.plans.assessment_widget import AssessmentWidget
        from rts_desktop.ui.plans.plan_editor import PlanEditor

        self.plan_editor = PlanEditor(env, case_id)
        self.assessment = AssessmentWidget(env, case_id)
        self.tabs.addTab(self.plan_editor, self.tr("&8 Progetto"))
        self.tabs.addTab(self.assessment, self.tr("&9 Autonomia"))
        self.agreement_tab = AgreementTab(env, case_id)
        self.tabs.addTab(self.agreement_tab, self.tr("&0 Patto e quote"))
        layout.addWidget(self.tabs, 1)
        # Esc and Ctrl+W everywhere, and the system's own "close" (Ctrl+F4 on Windows)
        for keys in {"Esc", "Ctrl+W", QKeySequence(QKeySequence.StandardKey.Close).toString()}:
            if keys:
                close = QShortcut(QKeySequence(keys), self)
                close.activated.connect(self.close)
        # the tabs' and dialogs' writes come back through the hub like anyone else's
        self._listener = HubListener(self, env.db, WATCHED, self._changed)
        self.reload()

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        left = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("case_title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("case_subtitle")
        self.subtitle.setStyleSheet("color: #444;")
        self.flags = QLabel()
        self.flags.setObjectName("case_flags")
        self.flags.setTextFormat(Qt.TextFormat.RichText)
        self.read_only_note = QLabel(
            self.tr(
                "Caso concluso: solo consultazione; puoi riaprirlo o aggiungere note e follow-up."
            )
        )
        self.read_only_note.setObjectName("read_only_note")
        self.read_only_note.setStyleSheet("color: #616161; font-style: italic;")
        self.read_only_note.hide()
        for w in (self.title, self.subtitle, self.flags, self.read_only_note):
            left.addWidget(w)
        header.addLayout(left, 1)
        self.actions_box = QHBoxLayout()
        header.addLayout(self.actions_box)
        return header

    def _build_edit_buttons(self) -> None:
        a = self.actions
        for box, items in (
            (
                self.anagrafica.buttons,
                (
                    ("edit_person", self.tr("&Modifica persona…"), a.edit_person),
                    ("add_member", self.tr("Aggiungi com&ponente…"), a.add_member),
                    ("end_membership", self.tr("&Uscita dal nucleo…"), a.end_membership),
                    ("export_person", self.tr("Esporta dati (art. 15)…"), a.export_person),
                ),
            ),
            (
                self.percorso.buttons,
                (
                    ("edit_case", self.tr("Modifica &dati del caso…"), lambda: a.edit_case("edit")),
                    (
                        "assign_educator",
                        self.tr("Assegna &educatore…"),
                        lambda: a.edit_case("educator"),
                    ),
                    (
                        "record_follow_up",
                        self.tr("Registra &follow-up…"),
                        lambda: a.edit_case("follow_up"),
                    ),
                    ("share_case", self.tr("C&hi vede il caso…"), a.share),
                ),
            ),
        ):
            box.addStretch(1)
            for name, text, slot in items:
                box.addWidget(button(name, text, slot))
        self.follow_up_button = self.percorso.findChild(QPushButton, "record_follow_up")
        share = self.percorso.findChild(QPushButton, "share_case")
        share.setVisible(may(self.env.ctx, SHARING_PERMISSION))  # coordinators

    # --- data -----------------------------------------------------------------------------
    def concerns(self, changes: Changes) -> bool:
        """The changes name this file's case, its household or one of its people."""
        if changes.everything or changes.touches_record(Aggregate.CASES, self.case_id):
            return True
        if self.data is None:
            return False
        household = self.data.case.household
        people = {m.beneficiary_id for m in household.members}
        return changes.touches_record(Aggregate.HOUSEHOLDS, household.id) or any(
            changes.touches_record(Aggregate.PEOPLE, pid) for pid in people
        )

    def _changed(self, changes: Changes) -> None:
        if self.concerns(changes):
            self.reload()

    def reload(self) -> None:
        """Read the case (an audited reading, so it runs as a write), then the tabs. Only
        the newest reading is shown: an older one finishing later is dropped."""
        self._reading = getattr(self, "_reading", 0) + 1
        token = self._reading
        self.env.ops.write(
            self._reader, cases.get_case, self.case_id, on_done=lambda c: self._read_tabs(c, token)
        )

    def _read_tabs(self, case: CaseDTO, token: int) -> None:
        db, ctx = self.env.db, self.env.ctx
        self.env.runner.run(
            lambda _p: load_case_file(db, ctx, case),
            on_success=lambda data: self._show_if_newest(data, token),
            on_error=lambda exc: show_error(self, exc),
        )

    def _show_if_newest(self, data: CaseFileData, token: int) -> None:
        if token == self._reading and shiboken6.isValid(self):
            self.show_data(data)

    def show_data(self, data: CaseFileData) -> None:
        self.data = data
        c = data.case
        head = c.household.head
        self.setWindowTitle(f"{c.code} – {c.household.name}")
        colour = STATUS_COLOURS.get(c.status, "#333")
        self.title.setText(title_html(c.household.name, c.code, text_of(c.status_label), colour))
        open_stay = next((s for s in reversed(data.stays) if s.actual_end is None), None)
        educator = next(
            (e.full_name for e in c.educators if e.is_primary and e.to_date is None), None
        )
        parts = [
            self.tr("Capofamiglia: %1").replace("%1", head.full_name) if head else "",
            self.tr("Educatore: %1").replace("%1", educator)
            if educator
            else self.tr("Nessun educatore"),
            self.tr("Alloggio %1 fino al %2")
            .replace("%1", open_stay.apartment_code)
            .replace("%2", date(open_stay.planned_end))
            if open_stay
            else self.tr("Non in alloggio"),
            self.tr("Segnalato il %1").replace("%1", date(c.referral_date)),
        ]
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        chips = " ".join(
            f"<span style='background:#fff3cd; color:#7a5b00; border:1px solid #e0c060'>"
            f"&nbsp;⚑ {text_of(KNOWN_FLAGS.get(f, f))}&nbsp;</span>"
            for f in c.flags
        )
        self.flags.setText(chips)
        self.flags.setVisible(bool(c.flags))
        self._rebuild_actions(c.status)
        self.follow_up_button.setEnabled(c.can_record_follow_up)
        self.follow_up_button.setToolTip(
            "" if c.can_record_follow_up else self.tr("Il follow-up si registra sui casi conclusi.")
        )
        for tab in (
            self.anagrafica,
            self.percorso,
            self.stays,
            self.diary,
            self.documents,
            self.fse,
            self.timeline,
            self.agreement_tab,
        ):
            tab.show_data(data)
        self.set_read_only(c.status == CaseStatus.CONCLUSO)

    def set_read_only(self, read_only: bool) -> None:
        """A closed case is consulted only: each tab that can (``set_read_only``) disables its
        editing controls; the lifecycle actions (reopen), notes and follow-up stay."""
        self.read_only_note.setVisible(read_only)
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            setter = getattr(tab, "set_read_only", None)
            if callable(setter):
                setter(read_only)

    def _rebuild_actions(self, status: CaseStatus) -> None:
        while self.actions_box.count():
            item = self.actions_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.action_buttons: dict[str, QPushButton] = {}
        for action in actions_for(status):
            button = QPushButton(action_text(action.text))
            button.setObjectName(f"action_{action.key}")
            button.setToolTip(action_text(action.consequence))
            button.clicked.connect(lambda _c=False, a=action: self.run_action(a.key))
            self.actions_box.addWidget(button)
            self.action_buttons[action.key] = button

    def make_action_dialog(self, key: str) -> LifecycleDialog:
        assert self.data is not None
        action = next(a for a in actions_for(self.data.case.status) if a.key == key)
        return LifecycleDialog(self.env, self.data.case, action, self)

    def run_action(self, key: str) -> None:
        """The dialog writes; the file reloads when the hub tells the change."""
        self.make_action_dialog(key).exec()

    # --- closing --------------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """Ask before losing a note that was written but not saved."""
        if self.diary.is_dirty():
            title = self.tr("Nota non salvata")
            text = self.tr("Nel diario c'è una nota non salvata. Chiudere il fascicolo e perderla?")
        else:
            title = self.tr("Progetto non salvato")
            text = self.tr(
                "Nel progetto ci sono modifiche non salvate. Chiudere il fascicolo e perderle?"
            )
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = next((t for t in (self.diary, self.plan_editor) if t.is_dirty()), None)
        if unsaved is not None and not self.confirm_discard():
            self.tabs.setCurrentWidget(unsaved)
            event.ignore()
            return
        self._listener.stop()
        super().closeEvent(event)
