"""What an import did: counts by category, and a divergence warning with what to do."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import text_of, translator
from rts_desktop.sync.api import ImportReport
from rts_desktop.sync.labels import table_label
from rts_desktop.ui.common.geometry import fit_to_screen

tr = translator("sync")


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setObjectName("import_report")
        self.setWindowTitle(tr("Pacchetto importato"))
        origin = report.origin_name or report.origin_device
        if report.already_imported:
            head = tr("Questo pacchetto di «%1» era già stato importato: nulla è cambiato.")
        else:
            head = tr("Pacchetto di «%1» importato.")
        title = QLabel(head.replace("%1", origin))
        title.setObjectName("report_title")
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        form = QFormLayout()
        self.counts: dict[str, QLabel] = {}
        rows = (
            ("new", tr("Nuovi")),
            ("updated", tr("Aggiornati")),
            ("deleted", tr("Eliminati")),
            ("unchanged", tr("Invariati")),
            ("conflicts", tr("Conflitti da risolvere")),
            ("pending", tr("In attesa di altre modifiche")),
            ("attachments", tr("Allegati")),
        )
        for key, text in rows:
            value = QLabel(str(getattr(report, key)))
            value.setObjectName(f"count_{key}")
            if key == "conflicts" and report.conflicts:
                value.setStyleSheet("color: #b26a00; font-weight: 600;")
            self.counts[key] = value
            form.addRow(text + ":", value)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addLayout(form)
        if report.conflicts:
            hint = QLabel(tr("Apri la scheda «Conflitti» per scegliere i valori da tenere."))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.divergence = QLabel()
        self.divergence.setObjectName("divergence")
        self.divergence.setWordWrap(True)
        self.divergence.setStyleSheet(
            "background: #fff4e5; border: 1px solid #e0a040; border-radius: 4px; padding: 8px;"
        )
        self.snapshot_button = QPushButton(tr("Richiedi &snapshot…"))
        self.snapshot_button.setObjectName("request_snapshot")
        self.snapshot_button.clicked.connect(self.explain_snapshot)
        if report.divergence:
            tables = ", ".join(text_of(table_label(t)) for t in report.divergence)
            self.divergence.setText(
                tr(
                    "Attenzione: questi portatili risultano divergenti. Hanno le stesse "
                    "modifiche ma dati diversi in: %1. Non verranno riallineati da soli."
                ).replace("%1", tables)
            )
            layout.addWidget(self.divergence)
            layout.addWidget(self.snapshot_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("&Chiudi"))
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        fit_to_screen(self, 460, 0)

    def snapshot_text(self) -> str:
        return tr(
            "Questi portatili hanno ricevuto le stesse modifiche ma i loro dati non coincidono "
            "(per esempio dopo un ripristino da backup o una modifica fatta fuori dal programma). "
            "Per riallinearli senza perdere nulla:\n\n"
            "1. su questo portatile prepara prima un pacchetto per «%1» e fallo importare;\n"
            "2. poi chiedi a chi usa «%1» di preparare per questo portatile un «pacchetto completo» "
            "(Prepara pacchetto per… → Pacchetto completo);\n"
            "3. importalo qui: i dati di questo portatile saranno sostituiti da quelli completi."
        ).replace("%1", self.report.origin_name or "")

    def explain_snapshot(self) -> None:
        QMessageBox.information(self, tr("Riallineare i portatili"), self.snapshot_text())
