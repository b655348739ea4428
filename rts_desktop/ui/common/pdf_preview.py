"""Preview a PDF made by the app, print it or save it (shared by every area).

``PdfPreviewDialog(pdf_bytes, title, suggested_name)`` shows the pages with QtPdf, prints
through the system dialog (pages rendered to images at the printer's resolution) and saves
the same bytes with "Salva come PDF…".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.kernel.fileio import write_atomically
from rts_desktop.ui.common import files
from rts_desktop.ui.common.geometry import fit_to_screen


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Draw each page of ``document`` on ``printer`` (fitted to the printable area)."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer")
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(0, 0, document.render(index, size))
    finally:
        painter.end()


class PdfPreviewDialog(QDialog):
    """A PDF on screen with "Stampa…" and "Salva come PDF…"."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        suggested_name: str = "documento.pdf",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setAccessibleName(self.tr("Anteprima del documento"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        pages = self.document.pageCount()
        self.info = QLabel(self.tr("Pagine: %1").replace("%1", str(pages)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Stampa…"))
        self.save_button = QPushButton(self.tr("Salva come &PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 900)

    def save_to(self, path: Path) -> None:
        write_atomically(path, self.pdf)  # all or nothing, 0600: it names people

    def save_as(self) -> None:
        path = files.save_file(
            self, files.PDF, self.tr("Salva come PDF"), self.suggested_name, [files.pdf_filter()]
        )
        if path is None:
            return
        try:
            self.save_to(path)
        except (OSError, ValidationError) as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Salvataggio non riuscito: %1").replace(
                    "%1", exc.message if isinstance(exc, ValidationError) else str(exc)
                ),
            )

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self.document, printer)
        except OSError:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Stampa non riuscita."))

    def page_count(self) -> int:
        return self.document.pageCount()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_P and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.print_document()
            return
        super().keyPressEvent(event)
