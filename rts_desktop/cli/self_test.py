"""``rts-desktop --self-test``: does this installation work? (a frozen build's smoke test)

In throw-away folders, never the person's data or settings: the translations and Qt load,
a new encrypted database is made through the real migrations, its administrator signs in,
a record is written and read back, a PDF is rendered, the bundled data and licences are
found, and the main window is shown offscreen (unless the caller chose a Qt platform).
One line per step, "ok – …" or "ERRORE – …: why"; exit code 0 only if every step passed.
Never a traceback: a missing module or data file in a frozen build is one line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import secrets
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rts_desktop.cli.common import EXIT_FAILURE, EXIT_OK
from rts_desktop.kernel.i18n import translator

_tr = translator("self_test")
ADMIN = "admin"
#: a line of the report is never longer than this (an exception's text may be long)
MAX_REASON = 300
#: the folders the program keeps its state in, pointed at the throw-away folder
STATE_ENV = ("RTS_DATA_DIR", "RTS_CONFIG_DIR")


class Skipped(Exception):
    """A step that needs what an earlier, failed step should have made."""


@dataclass
class Run:
    """What the steps hand on to each other."""

    folder: Path
    password: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    app: Any = None
    made: bool | None = None  # the database exists
    db: Any = None
    who: Any = None

    @property
    def url(self) -> str:
        return f"sqlite:///{self.folder / 'self-test.db'}"

    def need(self, name: str) -> Any:
        value = getattr(self, name)
        if value is None:
            raise Skipped
        return value


def step_translations(run: Run) -> str:
    from PySide6.QtCore import QTranslator

    from rts_desktop.kernel.i18n import LANGUAGES, current_language
    from rts_desktop.ui import translations
    from rts_desktop.ui.app import make_app
    from rts_desktop.ui.qt_italian import translations_folder

    run.app = make_app(lang=current_language())
    for lang in LANGUAGES:
        translations.catalogue(lang)
    qtbase = translations_folder() / "qtbase_it.qm"
    if not qtbase.is_file():
        raise FileNotFoundError(str(qtbase))
    if current_language() == "it" and run.app.findChild(QTranslator, "qtbase_it") is None:
        raise RuntimeError("qtbase_it.qm")
    return _tr("traduzioni caricate ({langs}) e testi di Qt in italiano").format(
        langs=", ".join(LANGUAGES)
    )


def step_database(run: Run) -> str:
    from rts_desktop.db.encryption import is_encrypted
    from rts_desktop.db.migrate import head_revision, probe_sqlite
    from rts_desktop.services.operators.login import create_database, db_key

    made = create_database(run.url, ADMIN, run.password, device_name="self-test")
    try:
        path = made.db.path
        revision = probe_sqlite(path, db_key(made.db))
    finally:
        made.db.close()
    run.made = True
    if not is_encrypted(path):
        raise RuntimeError(_tr("il database non è cifrato"))
    if revision != head_revision():
        raise RuntimeError(f"{revision} != {head_revision()}")
    return _tr("database cifrato creato con le migrazioni (revisione {rev})").format(rev=revision)


def step_login(run: Run) -> str:
    from rts_desktop.services.operators.login import open_as

    run.need("made")
    run.db, run.who = open_as(run.url, ADMIN, run.password)
    return _tr("accesso come {user}").format(user=run.who.username)


def step_record(run: Run) -> str:
    from rts_desktop.services.housing import apartments
    from rts_desktop.services.housing.apartments import ApartmentInput, RoomInput

    db = run.need("db")
    ctx = run.who.context(db)
    data = ApartmentInput(code="PROVA-1", address="Via della Prova 1", municipio=1)
    made = apartments.create_apartment(db, ctx, data, [RoomInput("Stanza 1", 2)])
    read = apartments.get_apartment(db, made.id)
    if (read.code, [r.beds for r in read.rooms]) != ("PROVA-1", [2]):
        raise RuntimeError(f"{read.code} {[r.beds for r in read.rooms]}")
    return _tr("record scritto e riletto (alloggio {code})").format(code=read.code)


def step_pdf(run: Run) -> str:
    from rts_desktop.reports.pdf import render_pdf
    from rts_desktop.reports.registry import run_report
    from rts_desktop.reports.table import ReportFilter

    db = run.need("db")
    today = dt.date.today()
    flt = ReportFilter(start=today.replace(day=1), end=today)
    pdf = render_pdf([run_report(db, run.who.context(db), "occupancy", flt)])
    if not pdf.startswith(b"%PDF-"):
        raise RuntimeError(_tr("il file prodotto non è un PDF"))
    return _tr("PDF generato ({kb} kB)").format(kb=max(1, len(pdf) // 1024))


def step_data(run: Run) -> str:
    import zoneinfo

    from rts_desktop.kernel.components import components

    zoneinfo.ZoneInfo("Europe/Rome")
    names = {c.name.lower() for c in components()}
    missing = [n for n in ("rts-desktop", "pyside6", "sqlalchemy") if n not in names]
    if missing:
        raise RuntimeError(_tr("licenze mancanti: {names}").format(names=", ".join(missing)))
    return _tr("fuso orario e licenze di {n} componenti inclusi").format(n=len(names))


def step_server_driver(run: Run) -> str:
    """The PostgreSQL driver and the libpq it carries load (server mode), no server needed:
    the pure-Python fallback would look for a libpq the system may not have."""
    import psycopg
    from sqlalchemy import create_engine

    create_engine("postgresql+psycopg://").dispose()
    if psycopg.pq.__impl__ == "python":
        raise RuntimeError(_tr("psycopg senza la sua libpq (psycopg_binary mancante)"))
    libpq = psycopg.pq.version()
    return _tr("driver PostgreSQL caricato (psycopg {version}, libpq {libpq})").format(
        version=psycopg.__version__, libpq=f"{libpq // 10000}.{libpq % 100}"
    )


def step_window(run: Run) -> str:
    from PySide6.QtWidgets import QApplication

    from rts_desktop.ui.env import UiEnv
    from rts_desktop.ui.main_window import MainWindow
    from rts_desktop.ui.worker import SyncRunner

    app = run.need("app")
    db = run.need("db")
    window = MainWindow(UiEnv(db, run.who.context(db), SyncRunner()))
    try:
        window.resize(1280, 720)
        window.show()
        for _ in range(3):
            QApplication.processEvents()
        if not window.isVisible() or window.grab().isNull():
            raise RuntimeError(_tr("la finestra non si è disegnata"))
        if app.windowIcon().pixmap(64).isNull():  # the SVG drawn: icon engine and file there
            raise RuntimeError(_tr("icona dell'applicazione mancante"))
        return _tr("finestra principale mostrata ({platform})").format(platform=app.platformName())
    finally:
        window.hide()  # hidden, not closed: closing saves the geometry
        window.deleteLater()
        QApplication.processEvents()


STEPS: tuple[tuple[str, Callable[[Run], str]], ...] = (
    ("translations", step_translations),
    ("database", step_database),
    ("login", step_login),
    ("record", step_record),
    ("pdf", step_pdf),
    ("data", step_data),
    ("server", step_server_driver),
    ("window", step_window),
)


def step_title(key: str) -> str:
    """What a step tries, for the ERRORE line."""
    titles = {
        "translations": _tr("traduzioni"),
        "database": _tr("database cifrato"),
        "login": _tr("accesso"),
        "record": _tr("scrittura e lettura"),
        "pdf": _tr("PDF"),
        "data": _tr("dati e licenze inclusi"),
        "server": _tr("driver PostgreSQL"),
        "window": _tr("finestra principale"),
    }
    return titles[key]


def reason(exc: BaseException) -> str:
    """One line saying why a step failed."""
    from rts_desktop.kernel.errors import RtsError
    from rts_desktop.kernel.i18n import text_of

    if isinstance(exc, Skipped):
        return _tr("non eseguito: un passo precedente non è riuscito")
    if isinstance(exc, RtsError):
        text = text_of(exc.message)
    else:
        text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    text = " ".join(text.split())
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 1] + "…"


def _only_errors(kind: Any, _where: Any, text: str) -> None:
    """Qt's messages during the test: its notes (the offscreen platform's, a style's) are
    not the report's lines; its errors go to stderr."""
    from PySide6.QtCore import QtMsgType

    if kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg, QtMsgType.QtWarningMsg):
        print(text, file=sys.stderr)


@contextmanager
def throwaway_state(folder: Path) -> Iterator[None]:
    """The program's folders and Qt's settings inside ``folder`` for the test, offscreen
    unless the caller chose a platform; the environment is put back afterwards."""
    saved = {name: os.environ.get(name) for name in (*STATE_ENV, "QT_QPA_PLATFORM")}
    for name in STATE_ENV:
        os.environ[name] = str(folder / name.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, qInstallMessageHandler

    settings_format = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # never the Windows registry
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qt"))
    previous = qInstallMessageHandler(_only_errors)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        QSettings.setDefaultFormat(settings_format)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run_steps(run: Run, out: Callable[[str], None]) -> int:
    """Each step in turn, one line each; the number of steps that failed."""
    failed = 0
    for key, body in STEPS:
        try:
            out(_tr("ok – {what}").format(what=body(run)))
        except Exception as exc:
            failed += 1
            out(_tr("ERRORE – {what}: {why}").format(what=step_title(key), why=reason(exc)))
    return failed


def run(args: argparse.Namespace | None = None) -> int:
    """The self-test; 0 when every step passed, 1 otherwise."""

    def out(line: str) -> None:
        print(line, flush=True)

    with tempfile.TemporaryDirectory(prefix="rts-self-test-", ignore_cleanup_errors=True) as name:
        folder = Path(name)
        state = Run(folder)
        try:
            with throwaway_state(folder):
                failed = run_steps(state, out)
        except Exception as exc:  # Qt itself did not load: nothing else can run
            out(_tr("ERRORE – {what}: {why}").format(what="Qt", why=reason(exc)))
            failed = len(STEPS)
        except KeyboardInterrupt:
            out(_tr("Prova interrotta."))
            return EXIT_FAILURE
        finally:
            if state.db is not None:
                state.db.close()
    if failed:
        out(_tr("Prova non superata: %n passi non riusciti.", n=failed))
        return EXIT_FAILURE
    out(_tr("Prova superata: l'installazione funziona."))
    return EXIT_OK


__all__ = ["STEPS", "reason", "run"]
