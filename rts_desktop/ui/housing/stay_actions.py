"""What can be done to a stay, from the board, the case summary or the apartment file.

``StayActions`` opens the right dialog (non-modal, kept in ``self.dialog`` for tests) and,
after a move-in or move-out, builds the handover report off the GUI thread and previews it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from rts_desktop.models.vocab import HandoverKind
from rts_desktop.services.housing import stays, upkeep
from rts_desktop.services.housing.board import BoardStay
from rts_desktop.services.housing.printing import handover_pdf
from rts_desktop.ui.common import files
from rts_desktop.ui.common.field_errors import show_error
from rts_desktop.ui.common.pdf_preview import PdfPreviewDialog, Render, on_worker
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.housing.stay_dialogs import (
    ExtendDialog,
    MoveDialog,
    MoveInDialog,
    MoveOutDialog,
    PlanStayDialog,
)


class StayActions(QObject):
    """Dialog launcher; ``done`` fires after any successful stay operation.

    The dialogs write through ``env.ops`` (the open views hear the changes on the hub)."""

    done = Signal()
    case_requested = Signal(str)

    def __init__(self, env: UiEnv, parent: QWidget) -> None:
        super().__init__(parent)
        self.env = env
        self.parent_widget = parent
        self.dialog: QDialog | None = None
        self.preview: PdfPreviewDialog | None = None

    def _open(self, dialog: QDialog, after: Callable[[], None] | None = None) -> QDialog:
        self.dialog = dialog

        def finished(code: int) -> None:
            if code == QDialog.DialogCode.Accepted:
                self.done.emit()
                if after is not None:
                    after()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def plan(self, **prefill: object) -> QDialog:
        return self._open(PlanStayDialog(self.env, parent=self.parent_widget, **prefill))  # type: ignore[arg-type]

    def move_in(self, stay: BoardStay) -> QDialog:
        dialog = MoveInDialog(self.env, stay, self.parent_widget)
        return self._open(dialog, lambda: self.print_handover(stay.id, HandoverKind.CONSEGNA))

    def move_out(self, stay: BoardStay) -> QDialog:
        dialog = MoveOutDialog(self.env, stay, self.parent_widget)
        return self._open(dialog, lambda: self.print_handover(stay.id, HandoverKind.RICONSEGNA))

    def cancel(self, stay: BoardStay) -> bool:
        """Ask, then cancel a stay that is only planned (its beds are free again).

        True when the cancellation was asked for; a refusal shows in a message box."""
        where = f" – {stay.apartment_code}" if stay.apartment_code else ""
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("Annulla inserimento"),
            self.tr(
                "Annullare l'inserimento pianificato di <b>%1</b>%2 dal %3 al %4?<br>"
                "I posti tornano liberi; l'annullamento resta nel registro attività."
            )
            .replace("%1", stay.household or stay.case_code)
            .replace("%2", where)
            .replace("%3", f"{stay.start:%d/%m/%Y}")
            .replace("%4", f"{stay.planned_end:%d/%m/%Y}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.env.ops.write(
            self.parent_widget, stays.cancel_stay, stay.id, on_done=lambda _v: self.done.emit()
        )
        return True

    def extend(self, stay: BoardStay) -> QDialog:
        return self._open(ExtendDialog(self.env, stay, self.parent_widget))

    def move(self, stay: BoardStay) -> QDialog:
        return self._open(MoveDialog(self.env, stay, self.parent_widget))

    def print_handover(self, stay_id: str, kind: HandoverKind) -> None:
        """Preview the last report of ``kind`` of a stay (built on a worker)."""
        found = [
            h
            for h in upkeep.list_handovers(self.env.db, stay_id=stay_id, ctx=self.env.ctx)
            if h.kind == kind
        ]
        if found:
            code = stays.get_stay(self.env.db, stay_id, ctx=self.env.ctx).case_code
            self.print_handover_id(found[-1].id, code)

    def print_handover_id(self, handover_id: str, case_code: str | None = None) -> None:
        """Preview one report; ``case_code`` names the file it may be saved as."""
        db, ctx, today = self.env.db, self.env.ctx, self.env.ctx.today()

        def make() -> bytes:
            return handover_pdf(db, handover_id, today, ctx=ctx)

        def failed(exc: BaseException) -> None:
            show_error(self.parent_widget, exc)

        self.env.runner.run(
            lambda progress: make(),
            on_success=lambda pdf: self._show_pdf(
                pdf, case_code, on_worker(self.env.runner, make, failed)
            ),
            on_error=failed,
        )

    def _show_pdf(self, pdf: bytes, case_code: str | None, render: Render | None = None) -> None:
        title = self.tr("Verbale chiavi")
        name = files.suggested_name(title, case_code, self.env.ctx.today(), suffix=".pdf")
        self.preview = PdfPreviewDialog(pdf, title, name, self.parent_widget, render=render)
        self.preview.open()

    def menu(self, stay: BoardStay, today_open: bool = True) -> QMenu:
        """The stay's actions, enabled by what the stay allows."""
        menu = QMenu(self.parent_widget)
        open_case = menu.addAction(self.tr("&Apri percorso %1").replace("%1", stay.case_code))
        open_case.triggered.connect(lambda: self.case_requested.emit(stay.case_id))
        menu.addSeparator()
        is_open = stay.is_open
        for text, slot, enabled in (
            (
                self.tr("Registra &ingresso (consegna chiavi)…"),
                self.move_in,
                is_open and not stay.keys_handed,
            ),
            (self.tr("&Proroga…"), self.extend, is_open),
            (self.tr("&Sposta in altra stanza…"), self.move, is_open),
            (self.tr("Registra &uscita (riconsegna chiavi)…"), self.move_out, is_open),
            (
                self.tr("A&nnulla inserimento pianificato…"),
                self.cancel,
                stay.can_cancel(self.env.ctx.today()) and not stay.hidden,
            ),
        ):
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _c=False, s=slot: s(stay))
        menu.addSeparator()
        for text, kind in (
            (self.tr("Stampa verbale di &consegna"), HandoverKind.CONSEGNA),
            (self.tr("Stampa verbale di &riconsegna"), HandoverKind.RICONSEGNA),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, k=kind: self.print_handover(stay.id, k))
        return menu

    def popup(self, stay: BoardStay, where: QPoint) -> QMenu:
        menu = self.menu(stay)
        menu.popup(where)
        return menu
