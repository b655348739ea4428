"""Load the compiled catalogues and install them: for the widgets (``self.tr``), for the
core (:mod:`rts_desktop.kernel.i18n`: service messages, documents, the command line) and
Qt's own texts, all in one language.

The ``.qm`` files are compiled from ``resources/i18n/*.ts`` when missing or older (an
install from source), into the resources folder or, when that is read-only, the user's
cache; a frozen build ships them compiled.

``RTS_TRANS_SCALE=1.4`` stretches every translated text by 40% (a layout check).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from rts_desktop import APP_NAME
from rts_desktop.i18n.paths import qm_path, stale, ts_path
from rts_desktop.kernel import i18n
from rts_desktop.kernel.config import resources_dir
from rts_desktop.ui.qt_italian import install_qt_translations

LOCALES = {
    "it": QLocale(QLocale.Language.Italian, QLocale.Country.Italy),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
APP_TRANSLATOR = "rts_desktop_catalogue"
QT_ITALIAN = ("qtbase_it", "qt_gaps_it")


class TranslationsMissing(RuntimeError):
    """The catalogue of a language cannot be found or compiled."""


def catalogue_folder() -> Path:
    return resources_dir() / "i18n"


def compiled(lang: str) -> Path:
    """The ``.qm`` of ``lang``, compiled first if missing or older than its ``.ts``."""
    source = catalogue_folder()
    shipped = qm_path(source, lang)
    ts = ts_path(source, lang)
    if shipped.is_file() and (not ts.is_file() or not stale(ts, shipped)):
        return shipped
    from rts_desktop.i18n.build import BuildError, build  # only when a .qm must be made

    for out in (source, Path(user_cache_dir(APP_NAME, appauthor=False)) / "i18n"):
        target = qm_path(out, lang)
        if target.is_file() and not stale(ts, target):
            return target
        try:
            build(source, out)
            return target
        except (OSError, BuildError):
            continue
    raise TranslationsMissing(f"catalogo della lingua {lang!r} non trovato")


def stretch(text: str, scale: float) -> str:
    """``text`` made longer by ``scale`` with letters of its own (no markup touched)."""
    if scale <= 1 or not text or "<" in text:
        return text
    letters = "".join(c for c in text if c.isalpha()) or "x"
    extra = round(len(text) * (scale - 1))
    return text + (letters * (extra // len(letters) + 1))[:extra]


def trans_scale() -> float:
    try:
        return float(os.environ.get("RTS_TRANS_SCALE", "1") or 1)
    except ValueError:
        return 1.0


class Catalogue(QTranslator):
    """One language's ``.qm``; answers the widgets and (through :func:`lookup`) the core."""

    def __init__(self, lang: str, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.scale = trans_scale()
        self.setObjectName(APP_TRANSLATOR)
        #: what ``lookup`` found already, by (context, source, n)
        self.known: dict[tuple[str, str, int], str | None] = {}
        if not self.load(str(compiled(lang))):
            raise TranslationsMissing(f"catalogo della lingua {lang!r} illeggibile")

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source_text, disambiguation, n)
        if self.scale > 1:
            return stretch(found or source_text, self.scale)
        return found or None

    def isEmpty(self) -> bool:
        return False


_catalogues: dict[str, Catalogue] = {}


def catalogue(lang: str) -> Catalogue:
    if lang not in _catalogues:
        _catalogues[lang] = Catalogue(i18n.check_language(lang))
    return _catalogues[lang]


def lookup(lang: str, context: str, source: str, n: int) -> str | None:
    """The kernel's backend: the same catalogue the widgets read (each text looked up once
    per catalogue: a coordinator's Oggi page asks for the same few thousand times)."""
    found = catalogue(lang)
    key = (context, source, n)
    try:
        return found.known[key]
    except KeyError:
        text = found.known[key] = found.translate(context, source, None, n)
        return text


def install_core(lang: str) -> None:
    """The core speaks ``lang`` (the command line, the services, documents)."""
    i18n.set_language(lang)
    catalogue(lang)  # compiled and loaded now, so a missing catalogue shows at start
    i18n.install_backend(lookup)


def install(app: QCoreApplication, lang: str | None = None) -> str:
    """The application speaks ``lang`` (default: the current one): widgets, core, Qt's
    own dialogs, dates and numbers. Returns the language."""
    lang = i18n.check_language(lang or i18n.current_language())
    install_core(lang)
    for other in _catalogues.values():  # the language installed before, if any
        app.removeTranslator(other)
    app.installTranslator(catalogue(lang))
    if lang == "it":
        install_qt_translations(app)
    else:  # English is Qt's own language: no catalogue of Qt's
        for name in QT_ITALIAN:
            for old in app.findChildren(QTranslator, name):
                app.removeTranslator(old)
                old.deleteLater()
    QLocale.setDefault(LOCALES[lang])
    return lang
