"""Preview a PDF made by the app, print it or save it (shared by every area).

``PdfPreviewDialog(pdf_bytes, title, suggested_name)`` shows the pages with QtPdf, prints
through the system dialog (pages rendered to images at the printer's resolution) and saves
the same bytes with "Salva come PDF…".

Given ``render`` (see ``by_operation`` and ``on_worker``), it also offers "Lingua del
documento": the document is made again in the language chosen (Italian first, English for
partners) and the preview, the print and the saved file show the new one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.documents.language import DOCUMENT_LANGUAGES, in_document_language
from rts_desktop.kernel.errors import ValidationError
from rts_desktop.kernel.fileio import write_atomically
from rts_desktop.kernel.i18n import SOURCE_LANGUAGE
from rts_desktop.ui.common import files
from rts_desktop.ui.common.geometry import fit_to_screen

if TYPE_CHECKING:
    from rts_desktop.ui.env import UiEnv
    from rts_desktop.ui.worker import Runner

#: makes the document again: (the widget that waits, language, what to call with the PDF)
Render = Callable[[QWidget, str, Callable[[bytes], None]], None]


def by_operation(env: UiEnv, print_pdf: Callable[..., bytes], args: tuple[Any, ...]) -> Render:
    """A ``Render`` running the (audited) print operation ``print_pdf(db, ctx, *args)`` on
    the worker in the language chosen."""

    def render(owner: QWidget, lang: str, ready: Callable[[bytes], None]) -> None:
        env.ops.write(owner, in_document_language(print_pdf, lang), *args, on_done=ready)

    return render


def on_worker(
    runner: Runner, make: Callable[[], bytes], on_error: Callable[[BaseException], None]
) -> Render:
    """A ``Render`` calling ``make()`` on the worker in the language chosen."""

    def render(owner: QWidget, lang: str, ready: Callable[[bytes], None]) -> None:
        made = in_document_language(make, lang)
        runner.run(lambda _progress: made(), on_success=ready, on_error=on_error)

    return render


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
    """A PDF on screen with "Stampa…" and "Salva come PDF…" (and, given ``render``, the
    document's language; ``lang`` is the one ``pdf`` is in)."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        suggested_name: str = "documento.pdf",
        parent: QWidget | None = None,
        render: Render | None = None,
        lang: str = SOURCE_LANGUAGE,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf = b""
        self.suggested_name = suggested_name
        self.render = render
        self.lang = lang
        self._wanted = lang
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setAccessibleName(self.tr("Anteprima del documento"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info = QLabel()
        self.language = QComboBox()
        self.language.setObjectName("document_language")
        for code, name in DOCUMENT_LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        language_label = QLabel(self.tr("&Lingua del documento:"))
        language_label.setBuddy(self.language)
        self.language.setToolTip(self.tr("Il documento è preparato di nuovo nella lingua scelta."))
        self.show_pdf(pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Stampa…"))
        self.save_button = QPushButton(self.tr("Salva come &PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        if render is not None:
            bottom.addWidget(language_label)
            bottom.addWidget(self.language)
        else:
            language_label.hide()
            self.language.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 900)

    def show_pdf(self, pdf: bytes) -> None:
        """Show (print, save) ``pdf`` instead of the document shown so far."""
        old, old_bytes = self._buffer, self._bytes
        self.pdf = pdf
        self._bytes = QByteArray(pdf)  # the buffer reads it: kept alive here
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:  # the document no longer reads it
            old.close()
            old.deleteLater()
        del old_bytes
        self.info.setText(self.tr("Pagine: %1").replace("%1", str(self.page_count())))

    def _language_chosen(self) -> None:
        lang = self.language.currentData()
        if self.render is None or lang == self._wanted:
            return
        self._wanted = lang

        def ready(pdf: bytes) -> None:
            if lang == self._wanted:  # a later choice wins
                self.lang = lang
                self.show_pdf(pdf)

        self.render(self.language, lang, ready)

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
