"""A full disk: every command completes or leaves nothing half-written, and says so in one line.

The disk is a small tmpfs mounted for the test (Linux, as root); elsewhere those tests are
skipped with the reason. A ballast file leaves only as much free space as each case wants.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy.exc

from rts_desktop.cli import main
from rts_desktop.kernel.errors import ValidationError, is_disk_full
from tests.accounts import as_test_admin, connect, create

DISK_FULL_LINE = "rts-desktop: spazio su disco esaurito"


# ---- is_disk_full (no tmpfs needed) -------------------------------------------------------


def test_is_disk_full_recognises_a_full_disk() -> None:
    enospc = OSError(errno.ENOSPC, "No space left on device")
    sqlite_full = sqlite3.OperationalError("database or disk is full")
    wrapped = sqlalchemy.exc.OperationalError("INSERT INTO notes ...", {}, sqlite_full)
    assert is_disk_full(enospc)
    assert is_disk_full(sqlite_full)
    assert is_disk_full(wrapped)
    try:
        try:
            raise enospc
        except OSError as exc:
            raise RuntimeError("rollback failed too") from exc
    except RuntimeError as later:
        assert is_disk_full(later)  # found behind the later error
    try:
        try:
            raise wrapped
        except sqlalchemy.exc.OperationalError:
            raise ValueError("while cleaning up")  # noqa: B904 (implicit __context__ on purpose)
    except ValueError as later:
        assert is_disk_full(later)


def test_is_disk_full_rejects_other_errors() -> None:
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not is_disk_full(FileNotFoundError(errno.ENOENT, "missing"))
    assert not is_disk_full(sqlite3.OperationalError("database is locked"))
    assert not is_disk_full(ValueError("database or disk is full"))  # not a database error
    assert not is_disk_full(ValidationError("title", "Il titolo è obbligatorio."))


# ---- a real full disk ---------------------------------------------------------------------


def _mount_tmpfs(where: Path, size: str) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("needs a Linux tmpfs to fill the disk for real")
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (run as root, e.g. in the CI container)")
    where.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}")


@contextlib.contextmanager
def small_disk(where: Path, size: str) -> Iterator[Path]:
    _mount_tmpfs(where, size)
    try:
        yield where
    finally:
        if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 MB tmpfs: room for init and the small demo, until ballast takes it."""
    with small_disk(tmp_path / "disk", "16m") as root:
        yield root


def fill(root: Path, leave: int = 0) -> Path:
    """A ballast file that leaves ``leave`` bytes free (0: every last block)."""
    ballast = root / "ballast"
    st = os.statvfs(root)
    size = max(0, st.f_bavail * st.f_frsize - leave)
    with open(ballast, "ab", buffering=0) as f:  # unbuffered: nothing left to fail at close
        with contextlib.suppress(OSError):
            f.write(b"\0" * size)
        if leave == 0:  # top up to the last block
            with contextlib.suppress(OSError):
                while f.write(b"\0" * 4096):
                    pass
    return ballast


#: what each command's login writes (its audit entry, linked and logged for sync)
LOGIN_TABLES = ("audit_entries", "audit_chain", "changes")


def table_counts(path: Path) -> dict[str, int]:
    con = connect(path)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if r[0] not in LOGIN_TABLES
        ]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def documents_shas(path: Path) -> set[str]:
    con = connect(path)
    try:
        return {r[0] for r in con.execute("SELECT sha256 FROM documents")}
    finally:
        con.close()


def assert_nothing_half_written(root: Path, *, ignore: tuple[Path, ...] = ()) -> None:
    """No 0-byte or temporary file anywhere; every stored attachment whole."""
    for f in root.rglob("*"):
        if not f.is_file() or f in ignore:
            continue
        assert not f.name.endswith((".part", ".tmp")), f"temporary file left: {f}"
        assert not f.name.startswith((".rts-", "in-")), f"temporary file left: {f}"
        assert f.stat().st_size > 0, f"0-byte file: {f}"
        if f.parent.parent.name.endswith("-files") and f.parent.name != "tmp":
            assert hashlib.sha256(f.read_bytes()).hexdigest() == f.name, f"broken blob: {f}"


def stored_blobs(files_dir: Path) -> set[str]:
    if not files_dir.exists():
        return set()
    return {f.name for f in files_dir.rglob("*") if f.is_file() and f.parent.name != "tmp"}


@pytest.fixture(scope="module")
def complete_demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    """The small demo's table counts written on a disk with room (today's date, seed 2026)."""
    path = tmp_path_factory.mktemp("complete") / "rts.db"
    with as_test_admin():
        assert main(["init", "--db", str(path)]) == 0
        assert main(["demo-data", "--db", str(path), "--size", "small"]) == 0
        return table_counts(path)


def run_demo_on_full_disk(
    root: Path, capsys: pytest.CaptureFixture[str], leave: int
) -> tuple[int, str, dict[str, int], dict[str, int]]:
    """init, ballast leaving ``leave`` bytes, demo-data: (exit code, stderr, counts before
    and after)."""
    path = root / "rts.db"
    assert main(["init", "--db", str(path)]) == 0
    before = table_counts(path)
    ballast = fill(root, leave)
    capsys.readouterr()
    code = main(["demo-data", "--db", str(path), "--size", "small"])
    err = capsys.readouterr().err
    assert_nothing_half_written(root, ignore=(ballast,))
    ballast.unlink()
    return code, err, before, table_counts(path)


def assert_all_or_nothing(
    root: Path,
    code: int,
    err: str,
    before: dict[str, int],
    after: dict[str, int],
    complete: dict[str, int],
) -> None:
    path, files_dir = root / "rts.db", root / "rts-files"
    if code == 0:  # it fitted after all: then all of it is there
        assert after == complete
        assert stored_blobs(files_dir) == documents_shas(path)
        return
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(DISK_FULL_LINE), err
    assert after == before  # not one demo row
    assert after.get("beneficiaries") == 0
    assert stored_blobs(files_dir) == set()  # no attachment without its row


@pytest.mark.sqlite_only  # the SQLite file is what fills the small disk
@pytest.mark.parametrize(
    "leave_kb",
    [
        256,  # the first rows do not fit
        2048,  # half-way through the rows
        6000,  # the rows fit, the attachments are written, the commit does not fit
    ],
)
def test_demo_data_on_a_full_disk_completes_or_leaves_nothing(
    disk: Path, capsys: pytest.CaptureFixture[str], complete_demo: dict[str, int], leave_kb: int
) -> None:
    code, err, before, after = run_demo_on_full_disk(disk, capsys, leave_kb * 1024)
    assert_all_or_nothing(disk, code, err, before, after, complete_demo)
    if leave_kb < 4096:
        assert code == 1  # far too little room: it must have failed (not vacuous)


@pytest.mark.sqlite_only  # the SQLite file's commit is what does not fit
def test_a_disk_filling_up_at_the_commit_takes_the_new_attachments_back(
    disk: Path,
    capsys: pytest.CaptureFixture[str],
    complete_demo: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Deterministically the hardest moment: attachments written and fsynced, rows
    flushed, then the disk is full when the transaction commits."""
    from rts_desktop.demo import writers

    written: list[Path] = []
    filled: list[bool] = []
    store_files = writers.store_files

    def store_then_fill(blobs, files):
        store_files(blobs, files)
        written.extend(blobs.created)
        assert written and all(p.stat().st_size > 0 for p in written)
        fill(disk, 0)
        filled.append(True)  # the failure comes from the commit, not from here

    monkeypatch.setattr(writers, "store_files", store_then_fill)
    code, err, before, after = run_demo_on_full_disk(disk, capsys, 64 * 1024 * 1024)
    assert written and filled, "the attachments were never written"
    assert code == 1
    assert_all_or_nothing(disk, code, err, before, after, complete_demo)
    assert not any(p.exists() for p in written)


def test_enrolment_file_on_a_full_disk_leaves_nothing(
    disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rts_desktop.sync import api

    db_path = tmp_path / "rts.db"  # the database has room; the target folder has none
    db = create(db_path)
    out = disk / "registrazione.json"
    try:
        api.enrolment_code(db)  # keys made while there is room
        ballast = fill(disk, 0)
        with pytest.raises(OSError) as raised:
            api.write_enrolment_file(db, out)
    finally:
        db.close()
    assert is_disk_full(raised.value)
    assert [p for p in disk.rglob("*") if p != ballast] == []
    capsys.readouterr()
    code = main(["devices", "code", "--db", str(db_path), "--out", str(out)])
    lines = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith(DISK_FULL_LINE), lines
    assert [p for p in disk.rglob("*") if p != ballast] == []


@pytest.mark.sqlite_only  # file backups of the SQLite database
def test_backup_on_a_full_disk_leaves_no_part_file(
    disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "rts.db"
    assert main(["init", "--db", str(db_path)]) == 0
    assert main(["demo-data", "--db", str(db_path), "--size", "small"]) == 0
    ballast = fill(disk, 256 * 1024)
    capsys.readouterr()
    code = main(["backup", "--db", str(db_path), "--out", str(disk / "copia.rtsbackup")])
    lines = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith(DISK_FULL_LINE), lines
    assert [p for p in disk.rglob("*") if p != ballast] == []
