"""The person's privacy notice and consents in the person form: list, record, revoke."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.services.cases import consents
from rts_desktop.services.cases.consents import CONSENT_KINDS, ConsentDTO
from rts_desktop.ui.cases.common_views import date, fill, table
from rts_desktop.ui.cases.household_dialogs import date_edit, ok_cancel
from rts_desktop.ui.common.dates import shows_date_errors
from rts_desktop.ui.common.field_errors import FieldErrors, error_label
from rts_desktop.ui.common.records_model import ROW_ROLE, Column

if TYPE_CHECKING:
    from rts_desktop.ui.env import UiEnv


_tr = translator("consents")


def state(c: ConsentDTO, today: dt.date) -> str:
    if c.withdrawn_on is not None:
        return _tr("revocato il {date}").format(date=date(c.withdrawn_on))
    if c.expires_on is not None and c.expires_on < today:
        return _tr("scaduto il {date}").format(date=date(c.expires_on))
    if c.expires_on is not None:
        return _tr("valido fino al {date}").format(date=date(c.expires_on))
    return _tr("valido")


class ConsentDialog(QDialog):
    """Record a notice given or a consent: kind, day given, when to ask again, note."""

    def __init__(self, env: UiEnv, beneficiary_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent_dialog")
        self.setWindowTitle(self.tr("Registra consenso o informativa"))
        self.env, self.beneficiary_id = env, beneficiary_id
        self.result_consent: ConsentDTO | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        today = env.ctx.today()
        self.kind = QComboBox()
        self.kind.setObjectName("consent_kind")
        for key, text in CONSENT_KINDS.items():
            self.kind.addItem(text_of(text), str(key))
        self.given_on = date_edit("given_on", today)
        self.expires = QCheckBox(self.tr("Da rinnovare il"))
        self.expires.setObjectName("has_expiry")
        self.expires.setChecked(True)
        self.expires_on = date_edit("expires_on", today.replace(year=today.year + 1))
        self.expires.toggled.connect(self.expires_on.setEnabled)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.expires)
        row_layout.addWidget(self.expires_on, 1)
        self.notes = QLineEdit()
        self.notes.setObjectName("consent_notes")
        self.notes.setPlaceholderText(self.tr("facoltativa, es. firmato anche dal tutore"))
        for text, widget, field in (
            (self.tr("&Cosa"), self.kind, "kind"),
            (self.tr("Dato il"), self.given_on, "given_on"),
            (self.tr("Scadenza"), row, "expires_on"),
            (self.tr("&Nota"), self.notes, "notes"),
        ):
            self.errors.add(form, text, widget, field)
        layout.addLayout(form)
        layout.addWidget(self.general)
        self.buttons = ok_cancel(self, self.tr("&Registra"))
        self.buttons.accepted.connect(self.save)
        layout.addWidget(self.buttons)

    @shows_date_errors
    def save(self) -> None:
        self.env.ops.write(
            self,
            consents.record_consent,
            self.beneficiary_id,
            self.kind.currentData(),
            self.given_on.value(),
            self.expires_on.value() if self.expires.isChecked() else None,
            self.notes.text() or None,
            on_done=self._done,
            errors=self.errors,
        )

    def _done(self, made: ConsentDTO) -> None:
        self.result_consent = made
        self.accept()


class ConsentsBox(QGroupBox):
    def __init__(self, env: UiEnv, beneficiary_id: str) -> None:
        super().__init__(self.tr("Informativa e consensi"))
        self.env, self.beneficiary_id = env, beneficiary_id
        today = env.ctx.today()
        layout = QVBoxLayout(self)
        self.consents = table(
            "consents",
            self.tr("Consensi della persona"),
            [
                Column(self.tr("Cosa"), lambda c: text_of(CONSENT_KINDS.get(c.kind, c.kind))),
                Column(self.tr("Dato il"), lambda c: date(c.given_on)),
                Column(self.tr("Stato"), lambda c: state(c, today)),
            ],
        )
        self.consents.setMaximumHeight(110)
        layout.addWidget(self.consents)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.withdraw_button = QPushButton(self.tr("Re&voca"))
        self.withdraw_button.setObjectName("withdraw_consent")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.add_button = QPushButton(self.tr("Registra &consenso…"))
        self.add_button.setObjectName("add_consent")
        self.add_button.clicked.connect(self.add)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        fill(
            self.consents,
            consents.list_consents(self.env.db, self.beneficiary_id, ctx=self.env.ctx),
        )

    def add(self) -> None:
        dialog = ConsentDialog(self.env, self.beneficiary_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def selected(self) -> ConsentDTO | None:
        index = self.consents.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def withdraw(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self.env.ops.write(
            self.withdraw_button,
            consents.withdraw_consent,
            chosen.id,
            on_done=lambda _c: self.reload(),
        )
