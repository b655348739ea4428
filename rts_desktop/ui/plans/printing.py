"""Printing from a case: the plan version on screen, the accommodation agreement, a diary
extract. PDFs are made on the worker by the audited print operations (``env.ops.write``),
then shown in the shared preview (print / save)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dateutil.relativedelta import relativedelta
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.models.vocab import NoteKind, label
from rts_desktop.services.plans import printing as pp
from rts_desktop.services.plans import printing_diary
from rts_desktop.ui.common import files
from rts_desktop.ui.common.dates import DateEdit, shows_date_errors
from rts_desktop.ui.common.field_errors import FieldErrors, error_label
from rts_desktop.ui.common.pdf_preview import PdfPreviewDialog, by_operation
from rts_desktop.ui.env import UiEnv

_tr = translator("PrintMixin")  # a mixin: its texts in its own context, not the widget's


def show_pdf(
    parent: QWidget,
    env: UiEnv,
    owner: QWidget,
    print_pdf: Callable[..., bytes],
    args: tuple[object, ...],
    title: str,
    name: str,
    on_shown: Callable[[PdfPreviewDialog], None] | None = None,
) -> None:
    """Make the PDF with the (audited) print operation ``print_pdf(db, ctx, *args)`` on the
    worker, then preview it on the GUI thread; ``owner`` (the print button) waits meanwhile."""

    def done(data: bytes) -> None:
        dialog = PdfPreviewDialog(data, title, name, parent, by_operation(env, print_pdf, args))
        dialog.setObjectName("pdf_preview")
        parent.preview = dialog  # type: ignore[attr-defined]
        if on_shown is not None:
            on_shown(dialog)
        else:
            dialog.open()

    env.ops.write(owner, print_pdf, *args, on_done=done)


class PrintMixin:
    """Print actions of the plan editor (needs ``env``, ``case_id``, ``plan``, ``data``)."""

    env: UiEnv
    case_id: str
    print_button: QWidget
    preview: PdfPreviewDialog | None = None

    def print_plan(self, on_shown: Callable[[PdfPreviewDialog], None] | None = None) -> None:
        plan, data = self.plan, self.data  # type: ignore[attr-defined]
        if plan is None:
            return
        code = data.header.code
        title = (
            _tr("Progetto individualizzato %1 v%2")
            .replace("%1", code)
            .replace("%2", str(plan.version_no))
        )
        name = files.suggested_name(
            _tr("Progetto"), code, f"v{plan.version_no}", self.env.ctx.today(), suffix=".pdf"
        )
        show_pdf(
            self,  # type: ignore[arg-type]
            self.env,
            self.print_button,
            pp.plan_pdf,
            (plan.id,),
            title,
            name,
            on_shown,
        )

    def print_agreement(self, on_shown: Callable[[PdfPreviewDialog], None] | None = None) -> None:
        agreement_id = pp.latest_agreement_id(self.env.db, self.case_id)
        if agreement_id is None:
            QMessageBox.information(
                self,
                _tr("Patto di accoglienza"),  # type: ignore[arg-type]
                _tr("Il caso non ha ancora un patto di accoglienza registrato."),
            )
            return
        code = self.data.header.code if self.data else ""  # type: ignore[attr-defined]
        title = _tr("Patto di accoglienza %1").replace("%1", code)
        show_pdf(
            self,  # type: ignore[arg-type]
            self.env,
            self.print_button,
            pp.agreement_pdf,
            (agreement_id,),
            title,
            files.suggested_name(
                _tr("Patto di accoglienza"), code, self.env.ctx.today(), suffix=".pdf"
            ),
            on_shown,
        )

    def print_diary(self) -> None:
        dialog = DiaryExtractDialog(self.env, self.case_id, self)  # type: ignore[arg-type]
        if dialog.exec() and dialog.pdf is not None:
            code = self.data.header.code if self.data else ""  # type: ignore[attr-defined]
            preview = PdfPreviewDialog(
                dialog.pdf,
                _tr("Estratto del diario %1").replace("%1", code),
                files.suggested_name(
                    _tr("Estratto del diario"), code, self.env.ctx.today(), suffix=".pdf"
                ),
                self,
            )  # type: ignore[arg-type]
            self.preview = preview
            preview.open()


class DiaryExtractDialog(QDialog):
    """Date range, note kinds and purpose of a diary extract (e.g. for an audit)."""

    def __init__(self, env: UiEnv, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.case_id = env, case_id
        self.pdf: bytes | None = None
        self.setWindowTitle(self.tr("Estratto del diario"))
        today = env.ctx.today()
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = QFormLayout()
        self.date_from = DateEdit(today - relativedelta(months=6))
        self.date_from.setObjectName("date_from")
        self.date_to = DateEdit(today)
        self.date_to.setObjectName("date_to")
        self.errors.add(form, self.tr("&Dal"), self.date_from, "date_from")
        self.errors.add(form, self.tr("&Al"), self.date_to, "date_to")
        kinds = QWidget()
        kinds_layout = QVBoxLayout(kinds)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        self.kinds: dict[str, QCheckBox] = {}
        for code in NoteKind:
            box = QCheckBox(text_of(label(code)))
            box.setChecked(True)
            self.kinds[str(code)] = box
            kinds_layout.addWidget(box)
        self.errors.add(form, self.tr("&Tipi di nota"), kinds, "kinds")
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.purpose.setPlaceholderText(self.tr("es. verifica dell'ente finanziatore"))
        self.errors.add(form, self.tr("&Motivo"), self.purpose, "purpose")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Crea estratto"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    @shows_date_errors
    def save(self) -> None:
        chosen = [k for k, box in self.kinds.items() if box.isChecked()]
        kinds = () if len(chosen) == len(self.kinds) else tuple(chosen)
        first: dt.date | None = self.date_from.value()
        last: dt.date | None = self.date_to.value()
        assert first is not None and last is not None
        self.env.ops.write(
            self,
            printing_diary.diary_pdf,
            self.case_id,
            first,
            last,
            kinds,
            self.purpose.text(),
            on_done=self._finish,
            errors=self.errors,
        )

    def _finish(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.accept()
