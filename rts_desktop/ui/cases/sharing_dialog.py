"""Who else sees a case: the SST social worker who follows it and the operators it is
shared with for a while (a colleague covering holidays), with the reason. Coordinators."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import text_of
from rts_desktop.models.vocab import Role, label
from rts_desktop.services.cases import sharing
from rts_desktop.services.cases.sharing import ShareDTO
from rts_desktop.services.operators import list_operators
from rts_desktop.ui.cases.common_views import date, fill, table
from rts_desktop.ui.cases.household_dialogs import date_edit
from rts_desktop.ui.common.dates import shows_date_errors
from rts_desktop.ui.common.field_errors import FieldErrors, error_label
from rts_desktop.ui.common.records_model import ROW_ROLE, Column

if TYPE_CHECKING:
    from rts_desktop.services.cases.case import CaseDTO
    from rts_desktop.ui.env import UiEnv


class SharingDialog(QDialog):
    def __init__(self, env: UiEnv, case: CaseDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharing_dialog")
        self.setWindowTitle(self.tr("Chi vede il caso %1").replace("%1", case.code))
        self.env, self.case = env, case
        today = env.ctx.today()
        staff = list_operators(env.db)
        layout = QVBoxLayout(self)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        self.worker_error = error_label()
        self.worker_errors = FieldErrors(self.worker_error)

        worker_box = QGroupBox(self.tr("Assistente sociale che segue il caso"))
        worker_form = QFormLayout(worker_box)
        self.worker = QComboBox()
        self.worker.setObjectName("social_worker")
        self.worker.addItem(self.tr("— nessuna —"), None)
        for o in staff:
            if o.role == Role.ASSISTENTE_SOCIALE:
                self.worker.addItem(o.full_name, o.id)
        self.worker.setCurrentIndex(max(self.worker.findData(case.sst_operator_id), 0))
        self.worker_button = QPushButton(self.tr("&Imposta"))
        self.worker_button.setObjectName("set_social_worker")
        self.worker_button.clicked.connect(self.set_worker)
        row = QHBoxLayout()
        row.addWidget(self.worker, 1)
        row.addWidget(self.worker_button)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.worker_errors.add(worker_form, self.tr("&Operatrice"), holder, "operator_id")
        worker_form.addRow(self.worker_error)
        layout.addWidget(worker_box)

        share_box = QGroupBox(self.tr("Condiviso con"))
        share_layout = QVBoxLayout(share_box)
        self.shares = table(
            "shares",
            self.tr("Condivisioni del caso"),
            [
                Column(self.tr("Operatore"), lambda sh: sh.operator_name),
                Column(self.tr("Dal"), lambda sh: date(sh.from_date)),
                Column(self.tr("Al"), lambda sh: date(sh.to_date)),
                Column(self.tr("Motivo"), lambda sh: sh.reason),
            ],
            muted=lambda sh: not sh.active_on(today),
        )
        self.shares.setMaximumHeight(150)
        share_layout.addWidget(self.shares)
        self.end_button = QPushButton(self.tr("&Termina la condivisione selezionata"))
        self.end_button.setObjectName("end_share")
        self.end_button.clicked.connect(self.end_selected)
        share_layout.addWidget(self.end_button)
        form = QFormLayout()
        self.operator = QComboBox()
        self.operator.setObjectName("share_operator")
        for o in staff:
            if o.role in (Role.EDUCATORE, Role.ASSISTENTE_SOCIALE):
                role = text_of(label(o.role)).lower()
                self.operator.addItem(f"{o.full_name} ({role})", o.id)
        self.reason = QLineEdit()
        self.reason.setObjectName("share_reason")
        self.reason.setPlaceholderText(self.tr("es. sostituzione per ferie"))
        self.has_end = QCheckBox(self.tr("fino al"))
        self.has_end.setObjectName("share_has_end")
        self.until = date_edit("share_until", today)
        self.until.setEnabled(False)
        self.has_end.toggled.connect(self.until.setEnabled)
        end_row = QWidget()
        end_layout = QHBoxLayout(end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.has_end)
        end_layout.addWidget(self.until, 1)
        self.errors.add(form, self.tr("&Con"), self.operator, "operator_id")
        self.errors.add(form, self.tr("&Motivo *"), self.reason, "reason")
        self.errors.add(form, self.tr("Scadenza"), end_row, "until")
        share_layout.addLayout(form)
        self.share_button = QPushButton(self.tr("&Condividi"))
        self.share_button.setObjectName("share")
        self.share_button.clicked.connect(self.share)
        share_layout.addWidget(self.share_button)
        layout.addWidget(share_box)
        layout.addWidget(self.general)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.setMinimumWidth(600)
        self.reload()

    def reload(self) -> None:
        fill(self.shares, sharing.list_shares(self.env.db, self.case.id, ctx=self.env.ctx))

    def _until(self) -> object:
        return self.until.value() if self.has_end.isChecked() else None

    @shows_date_errors
    def share(self) -> None:
        self.env.ops.write(
            self.share_button,
            sharing.share_case,
            self.case.id,
            self.operator.currentData() or "",
            self.reason.text(),
            self._until(),
            on_done=lambda _s: self._shared(),
            errors=self.errors,
        )

    def _shared(self) -> None:
        self.reason.clear()
        self.reload()

    def end_selected(self) -> None:
        index = self.shares.currentIndex()
        chosen: ShareDTO | None = index.data(ROW_ROLE) if index.isValid() else None
        if chosen is None:
            return
        self.env.ops.write(
            self.end_button, sharing.end_share, chosen.id, on_done=lambda _s: self.reload()
        )

    def set_worker(self) -> None:
        self.env.ops.write(
            self.worker_button,
            sharing.set_case_social_worker,
            self.case.id,
            self.worker.currentData(),
            errors=self.worker_errors,
        )
