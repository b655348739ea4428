"""Screenshot views of the Sync area (``rts-desktop screenshot --view sync|sync-conflicts|...``).

When the database has no conflict, one is made in a temporary copy: a second laptop is
created next to it, both edit the same person's phone, and the copy imports the other's
bundle. The database given on the command line is never touched (a server database is not
copied: the two laptops start empty in the temporary folder).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from rts_desktop.db import init_database
from rts_desktop.db.backup import backup_sqlite
from rts_desktop.db.migrate import open_database
from rts_desktop.models import Beneficiary
from rts_desktop.sync import api
from rts_desktop.sync.view import badge_counts, import_bundle_file, prepare_bundle
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.main_window import MainWindow
from rts_desktop.ui.sync.page import SyncPage
from rts_desktop.ui.sync.report_dialog import ImportReportDialog

_KEEP: list[object] = []  # temporary folders and windows live until the process ends


def _page(window: MainWindow) -> SyncPage:
    window.show_area("sync")
    page = window.pages.currentWidget()
    assert isinstance(page, SyncPage)
    QApplication.processEvents()
    return page


def _set_phone(env: UiEnv, person_id: str, phone: str) -> None:
    with env.db.session(env.ctx) as s:
        person = s.get(Beneficiary, person_id)
        assert person is not None
        person.phone = phone


def conflict_copy(env: UiEnv) -> tuple[UiEnv, api.ImportReport]:
    """A copy of ``env``'s database with one open phone conflict, and the import's report."""
    folder = tempfile.TemporaryDirectory(prefix="rts-sync-shot-")
    _KEEP.append(folder)
    root = Path(folder.name)
    key = env.db.key  # an encrypted database's copies are encrypted with the same key
    if env.db.path is not None:
        backup_sqlite(env.db.path, root / "ufficio.db", key)
        a_db = open_database(f"sqlite:///{root / 'ufficio.db'}", key=key)
    else:
        a_db = init_database(f"sqlite:///{root / 'ufficio.db'}", device_name="Ufficio")
    b_db = init_database(
        f"sqlite:///{root / 'laptop.db'}", device_name="Laptop via Padova", key=key
    )
    a = UiEnv(a_db, a_db.context(), env.runner)
    b = UiEnv(b_db, b_db.context(), env.runner)
    api.enrol_device(a.db, a.ctx, api.enrolment_code(b.db))
    api.enrol_device(b.db, b.ctx, api.enrolment_code(a.db))
    with a.db.session(write=False) as s:
        person = s.query(Beneficiary).order_by(Beneficiary.code).first()
        person_id = person.id if person else None
    if person_id is None:
        from rts_desktop.services.cases.people import BeneficiaryInput, create_beneficiary

        made = BeneficiaryInput(first_name="Amina", last_name="Diallo")
        person_id = create_beneficiary(a.db, a.ctx, made, confirm_new=True).id
    first = prepare_bundle(a.db, a.ctx, root / "a1", device_id=b_db.device_id, snapshot=True)
    import_bundle_file(b.db, b.ctx, first.path)
    _set_phone(a, person_id, "02 8845 1120")
    _set_phone(b, person_id, "347 112 9087")
    back = prepare_bundle(b.db, b.ctx, root / "b1", device_id=a_db.device_id)
    return a, import_bundle_file(a.db, a.ctx, back.path)


def _window_with_conflicts(
    env: UiEnv, window: MainWindow
) -> tuple[MainWindow, api.ImportReport | None]:
    if badge_counts(env.db)[1]:
        return window, None
    copy, report = conflict_copy(env)
    other = MainWindow(copy)
    other.resize(window.size())
    other.show()
    _KEEP.append(other)
    QApplication.processEvents()
    return other, report


def sync_view(env: UiEnv, window: MainWindow) -> QWidget:
    _page(window)
    return window


def sync_conflicts(env: UiEnv, window: MainWindow) -> QWidget:
    shown, _ = _window_with_conflicts(env, window)
    page = _page(shown)
    page.tabs.setCurrentWidget(page.inbox)
    QApplication.processEvents()
    return shown


def sync_import_report(env: UiEnv, window: MainWindow) -> QWidget:
    _copy, report = conflict_copy(env)
    dialog = ImportReportDialog(report, window)
    dialog.show()
    _KEEP.append(dialog)
    QApplication.processEvents()
    return dialog
