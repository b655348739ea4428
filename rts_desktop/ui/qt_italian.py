"""Qt's own texts in Italian: the standard buttons, the context menus, the print and file
dialogs (Qt's non-native file dialog included).

Qt ships ``qtbase_it.qm``; a few texts of Qt 6 are missing from it ("&Look in:", "Files of
&type:" in the file dialog...), so a small catalogue of our own fills those gaps. Each
translator is installed once per application, whoever created it (``make_app`` or a test).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: (context, source) → Italian, for the texts ``qtbase_it.qm`` does not translate
MISSING: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Cerca in:",
    ("QFileDialog", "Files of &type:"): "File di &tipo:",
    ("QFileDialog", "Folder &name:"): "&Nome della cartella:",
    ("QPlatformTheme", "Yes"): "Sì",
    ("QPlatformTheme", "No"): "No",
    ("QPlatformTheme", "&No"): "&No",
    ("QPlatformTheme", "Don't Save"): "Non salvare",
    ("QPlatformTheme", "Close without Saving"): "Chiudi senza salvare",
    ("QCalendarWidget", "Week"): "Settimana",
}


class GapTranslator(QTranslator):
    """Answers only for ``MISSING``; None (a null string) lets the other catalogues answer."""

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return MISSING.get((context, source_text))

    def isEmpty(self) -> bool:
        return False


def translations_folder() -> Path:
    """Where Qt's catalogues are: Qt's own path, else the folder inside the PySide6 package
    (a packaged application may not report the first)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (folder / "qtbase_it.qm").is_file():
        return folder
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "translations"


def install_qt_translations(app: QCoreApplication) -> bool:
    """Install the Italian catalogue of Qt and the gaps' one; True if ``qtbase_it`` loaded."""
    if app.findChild(QTranslator, "qtbase_it") is not None:
        return True
    if app.findChild(QTranslator, "qt_gaps_it") is None:
        gaps = GapTranslator(app)
        gaps.setObjectName("qt_gaps_it")
        app.installTranslator(gaps)  # searched after the one installed next
    qtbase = QTranslator(app)
    italian = QLocale(QLocale.Language.Italian, QLocale.Country.Italy)
    if not qtbase.load(italian, "qtbase", "_", str(translations_folder())):
        qtbase.deleteLater()
        return False
    qtbase.setObjectName("qtbase_it")
    app.installTranslator(qtbase)
    return True
