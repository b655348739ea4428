"""Everything the app writes is readable by its owner only: files 0600, its folders 0700.

The database holds special-category personal data; so do its -wal/-shm, the backups, the
attachments, the bundles and the log. A realistic session runs through the real code paths
(the CLI and the services) and then every file and folder it left is checked. Folders the
user chose keep their mode; the files the app writes into them are 0600.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from rts_desktop import cli
from rts_desktop.cli import main
from rts_desktop.db import open_database
from rts_desktop.kernel import config, fileio
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models.vocab import Role
from rts_desktop.services.cases import documents
from tests.accounts import connect, login
from tests.conftest import FIXED_NOW
from tests.db.test_migrate import make_first_revision_db
from tests.services.cases.test_people_cases import make_case

pytestmark = [
    pytest.mark.sqlite_only,  # permissions of the database files
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes"),
]


@pytest.fixture(autouse=True)
def _usual_umask():
    """The common 022: without the app's own modes, new files would be 0644."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def not_private(root: Path, *, skip: tuple[Path, ...] = ()) -> list[str]:
    """Every file under ``root`` that is not 0600 and folder (``root`` too) not 0700."""
    found = []
    for p in [root, *sorted(root.rglob("*"))]:
        if p in skip:
            continue
        want = 0o700 if p.is_dir() else 0o600
        if mode(p) != want:
            found.append(f"{p.relative_to(root.parent)} {oct(mode(p))}")
    return found


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_working_session_leaves_nothing_readable_by_others(tmp_path, capsys, monkeypatch):
    data = config.data_dir()  # RTS_DATA_DIR (conftest): the default database goes here
    data.mkdir(mode=0o755)  # as an older version left it
    os.chmod(data, 0o755)
    mine = tmp_path / "consegne"  # a folder the user chose: the app must not change it
    mine.mkdir()
    os.chmod(mine, 0o755)
    a, b = config.default_db_path(), data / "ufficio.db"

    assert run(capsys, "init", "--device-name", "Laptop A")[0] == 0
    assert run(capsys, "init", "--db", b, "--device-name", "Laptop B")[0] == 0
    for me, other in ((a, b), (b, a)):
        code_file = mine / f"codice-{other.stem}.json"
        assert run(capsys, "devices", "--db", other, "code", "--out", code_file)[0] == 0
        assert run(capsys, "devices", "--db", me, "enrol", code_file)[0] == 0

    db = login(a)
    try:
        ctx = ActingContext(
            device_id=db.device_id,
            operator_id=None,
            role=Role.COORDINATORE,
            clock=lambda: FIXED_NOW,
        )
        case = make_case(db, ctx)
        source = mine / "ISEE 2026.pdf"
        source.write_bytes(b"%PDF-1.4 isee")
        doc = documents.attach_document(
            db, ctx, doc_type="isee", title="ISEE", source=source, case_id=case.id
        )
        blob = documents.blob_path(db.files_dir, doc.sha256)
        assert blob.is_file()
        # the engine keeps its connection: the journals of the open database are there
        assert Path(f"{a}-wal").is_file() and Path(f"{a}-shm").is_file()
        assert not_private(data) == []

        assert run(capsys, "backup")[0] == 0  # the default database, to backups/
        bundle = mine / "a-per-b.rtsbundle"
        code, _, err = run(capsys, "export-bundle", "--to", bundle, "--for-device", "Laptop B")
        assert code == 0, err
        code, _, err = run(capsys, "import-bundle", "--db", b, bundle)
        assert code == 0, err
        assert documents.blob_path(b.with_name("ufficio-files"), doc.sha256).is_file()
        assert not_private(data) == []  # the staged copy and its folder included
        assert run(capsys, "backup", "--db", b)[0] == 0
        (b_backup,) = (data / "backups").glob("ufficio-*-manuale.rtsbackup")
        assert run(capsys, "restore", "--db", b, b_backup)[0] == 0  # swaps ufficio-files in

        def broken(args):
            raise RuntimeError("boom")

        monkeypatch.setitem(cli.COMMANDS, "check", broken)
        code, _, err = run(capsys, "check")
        assert code == 1 and "registro" in err
        log = data / "rts-desktop.log"
        assert "unexpected error" in log.read_text(encoding="utf-8")

        assert Path(f"{a}-wal").is_file()
        assert not_private(data) == []
    finally:
        db.close()

    made = {p.relative_to(data).as_posix() for p in data.rglob("*")}
    assert {"rts.db", "ufficio.db", "rts-desktop.log", "backups", "rts-files/tmp"} <= made
    assert f"rts-files/{doc.sha256[:2]}/{doc.sha256}" in made
    assert f"ufficio-files/{doc.sha256[:2]}/{doc.sha256}" in made
    assert len(list((data / "backups").glob("*.rtsbackup"))) == 3  # two, one before restoring
    assert not_private(data) == []
    # the user's folder is as it was; what the app wrote into it is the owner's only
    assert mode(mine) == 0o755
    written = sorted(p.name for p in mine.iterdir() if p != source)
    assert written == ["a-per-b.rtsbundle", "codice-rts.json", "codice-ufficio.json"]
    assert not_private(mine, skip=(mine, source)) == []


def test_any_command_keeps_the_data_folder_and_its_log_owner_only(tmp_path, capsys):
    data = config.data_dir()
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)  # as an older version left it
    (data / "rts-desktop.log").write_text("vecchia riga\n", encoding="utf-8")
    os.chmod(data / "rts-desktop.log", 0o644)
    code, _, err = run(capsys, "check", "--db", tmp_path / "manca.db")
    assert code != 0 and err
    assert not_private(data) == []
    assert "vecchia riga" in (data / "rts-desktop.log").read_text(encoding="utf-8")


def test_restoring_keeps_the_backups_folder_owner_only(db_path, capsys):
    assert run(capsys, "init", "--db", db_path)[0] == 0
    copy = db_path.with_name("copia.rtsbackup")
    assert run(capsys, "backup", "--db", db_path, "--out", copy)[0] == 0
    assert mode(copy) == 0o600  # written where the user asked, owner-only
    backups = db_path.parent / "backups"
    backups.mkdir()
    os.chmod(backups, 0o755)  # as an older version left it
    assert run(capsys, "restore", "--db", db_path, copy)[0] == 0
    assert len(list(backups.glob("rts-*-prima-del-ripristino.rtsbackup"))) == 1
    assert not_private(backups) == []
    assert mode(db_path) == 0o600 and not_private(db_path.with_name("rts-files")) == []


def test_a_database_an_older_version_left_readable_is_tightened_on_open(db_path, capsys):
    assert run(capsys, "init", "--db", db_path)[0] == 0
    files, backups = db_path.with_name("rts-files"), db_path.parent / "backups"
    files.mkdir()
    backups.mkdir()
    wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
    other = connect(db_path)  # a session that has not ended: its journals are there
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("CREATE TABLE scratch (x)")
    other.commit()
    try:
        for p in (db_path, wal, shm):
            os.chmod(p, 0o644)  # an older version's modes
        for p in (files, backups):
            os.chmod(p, 0o755)
        db = login(db_path)
        assert (mode(db_path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
        assert mode(files) == 0o700 and mode(backups) == 0o700
        db.close()
    finally:
        other.close()


def test_opening_the_default_database_tightens_the_data_folder():
    path = config.default_db_path()
    open_database(f"sqlite:///{path}", create=True).close()
    os.chmod(path.parent, 0o755)  # as an older version left it
    open_database(f"sqlite:///{path}").close()
    assert not_private(path.parent) == []


def test_an_old_database_is_backed_up_owner_only_before_it_is_upgraded(tmp_path):
    path = tmp_path / "old.db"
    make_first_revision_db(path)
    assert mode(path) == 0o644  # as the first release made it
    open_database(f"sqlite:///{path}").close()
    assert mode(path) == 0o600
    (backup,) = (tmp_path / "backups").glob("old-*-pre-*.db")
    assert mode(backup) == 0o600 and mode(backup.parent) == 0o700


@pytest.mark.real_migrations  # the files SQLite makes while the schema is written
def test_a_new_database_is_owner_only_before_sqlite_writes_to_it(tmp_path, monkeypatch):
    """SQLite gives -wal/-shm the mode of the database file: it must be 0600 from the start."""
    from rts_desktop.db import migrate

    seen = []
    real = migrate.make_engine

    def make_engine(url, **kw):
        path = Path(url.removeprefix("sqlite:///"))
        seen.append(mode(path))
        return real(url, **kw)

    monkeypatch.setattr(migrate, "make_engine", make_engine)
    path = tmp_path / "nuova" / "rts.db"
    db = open_database(f"sqlite:///{path}", create=True)
    try:
        assert seen == [0o600]
        assert mode(Path(f"{path}-wal")) == 0o600 and mode(Path(f"{path}-shm")) == 0o600
        assert mode(path.parent) == 0o700  # the app created it
    finally:
        db.close()


def test_folders_the_app_creates_are_owner_only_whatever_the_umask(tmp_path):
    made = fileio.make_folders(tmp_path / "a" / "b")
    assert made == [tmp_path / "a", tmp_path / "a" / "b"]
    assert [mode(p) for p in made] == [0o700, 0o700]
    existing = tmp_path / "mia"
    existing.mkdir()
    os.chmod(existing, 0o755)
    fileio.make_folders(existing / "dentro")
    assert mode(existing) == 0o755  # not the app's to change
    fileio.private_folder(existing)
    assert mode(existing) == 0o700  # an app-owned folder an older version left open


def test_atomic_writes_and_private_files_are_owner_only(tmp_path):
    out = tmp_path / "nuova" / "piano.pdf"
    fileio.write_atomically(out, b"%PDF", create_folder=True)
    assert mode(out) == 0o600 and mode(out.parent) == 0o700
    old = tmp_path / "vecchio.log"
    old.write_text("riga\n")
    os.chmod(old, 0o644)
    fileio.create_private_file(old)
    assert mode(old) == 0o600 and old.read_text() == "riga\n"
    with fileio.open_private(tmp_path / "nuovo.bin") as fh:
        fh.write(b"x")
    assert mode(tmp_path / "nuovo.bin") == 0o600


def test_settings_are_owner_only():
    config.config_dir().mkdir(mode=0o755)
    os.chmod(config.config_dir(), 0o755)  # as an older version left it
    settings = config.Settings()
    settings.set(config.LANGUAGE, "it")
    settings.save()
    assert mode(settings.path) == 0o600 and mode(config.config_dir()) == 0o700
    assert config.Settings().get(config.LANGUAGE) == "it"
