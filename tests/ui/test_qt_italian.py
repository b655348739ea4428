"""Qt's own texts are Italian once the application is set up, the file dialog included."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from rts_desktop.ui.app import make_app
from rts_desktop.ui.qt_italian import MISSING, translations_folder


def test_the_italian_catalogue_ships_with_pyside():
    assert (translations_folder() / "qtbase_it.qm").is_file()


def test_qt_texts_are_italian_after_make_app(qtbot, qapp):
    app = make_app()  # pytest-qt made the application first: make_app sets it up anyway
    assert app is qapp
    make_app()  # again: no second copy of the catalogues
    assert len([t for t in app.findChildren(QTranslator) if t.objectName()]) == 2
    tr = QCoreApplication.translate
    assert tr("QFileDialog", "Look in:") == "Cerca in:"
    assert tr("QPlatformTheme", "Cancel") == "Annulla"
    assert tr("QFileDialog", "&Look in:") == "&Cerca in:"  # from our gap catalogue
    assert tr("QFileDialog", "&Open") == "&Apri"  # qtbase still answers with the gaps in
    for (context, source), italian in MISSING.items():
        assert tr(context, source) == italian


def test_the_non_native_file_dialog_speaks_italian(qtbot):
    make_app()
    dialog = QFileDialog(None, "Salva")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Cerca in:"
    assert labels["fileNameLabel"] == "&Nome del file:"
    assert labels["fileTypeLabel"] == "File di &tipo:"
    buttons = [b.text() for b in dialog.findChild(QDialogButtonBox).buttons()]
    assert "&Salva" in buttons and "Annulla" in buttons
