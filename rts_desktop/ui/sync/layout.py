"""Layout pieces of the Sync page: the "Questo portatile" box and the history table."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import translator
from rts_desktop.sync.view import SyncOverview
from rts_desktop.ui.common.records_model import RecordsModel

tr = translator("sync")


class HeaderBox(QWidget):
    """This device (name, id, enrolment code) on the left, the two bundle actions on the right."""

    def __init__(self) -> None:
        super().__init__()
        box = QGroupBox(tr("Questo portatile"))
        self.name = QLabel()
        self.name.setObjectName("device_name")
        self.name.setStyleSheet("font-weight: 600;")
        self.device_id = QLabel()
        self.device_id.setObjectName("device_id")
        self.device_id.setStyleSheet("color: #555;")
        self.code = QLineEdit()
        self.code.setObjectName("enrolment_code")
        self.code.setReadOnly(True)
        self.code.setCursorPosition(0)
        self.copy_button = QPushButton(tr("C&opia"))
        self.copy_button.setObjectName("copy_code")
        self.copy_button.setToolTip(tr("Copia il codice negli appunti"))
        self.save_button = QPushButton(tr("Salva file di re&gistrazione…"))
        self.save_button.setObjectName("save_enrolment")
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.copy_button)
        code_row.addWidget(self.save_button)
        self.message = QLabel()
        self.message.setObjectName("header_message")
        self.message.setStyleSheet("color: #2e7d32;")
        self.message.hide()
        form = QFormLayout(box)
        # a long label goes above its field rather than being cut (a longer translation)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(tr("Nome:"), self.name)
        form.addRow(tr("Identificativo:"), self.device_id)
        code_label = QLabel(tr("Codice di &registrazione:"))
        code_label.setBuddy(self.code)
        form.addRow(code_label, code_row)
        form.addRow(self.message)
        self.prepare_button = QPushButton(tr("&Prepara pacchetto per…"))
        self.prepare_button.setObjectName("prepare_bundle")
        self.import_button = QPushButton(tr("&Importa pacchetto…"))
        self.import_button.setObjectName("import_bundle")
        for b in (self.prepare_button, self.import_button):
            b.setMinimumHeight(34)
            b.setMinimumWidth(200)
        actions = QVBoxLayout()
        actions.addWidget(self.prepare_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 1)
        layout.addLayout(actions)

    def show_device(self, data: SyncOverview) -> None:
        self.name.setText(data.status.device_name)
        self.device_id.setText(data.status.device_id)
        self.code.setText(data.code)
        self.code.setCursorPosition(0)
        self.code.setToolTip(
            tr("Da leggere o incollare sull'altro portatile in «Registra dispositivo…».")
        )


def imported_table(model: RecordsModel) -> QTableView:  # type: ignore[type-arg]
    table = QTableView()
    table.setTabKeyNavigation(False)  # Tab goes on to the next control
    table.setObjectName("imported_table")
    table.setAccessibleName(tr("Pacchetti importati"))
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table
