"""Complete backups (database and attachments) and a check that looks at the attachments."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from rts_desktop.cli import main
from tests.accounts import connect, rows

pytestmark = pytest.mark.sqlite_only  # file backups of the SQLite database


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path, capsys) -> Path:
    path = tmp_path / "rts.db"
    assert run(capsys, "init", "--db", path)[0] == 0
    assert (
        run(capsys, "demo-data", "--db", path, "--size", "small", "--today", "2026-12-01")[0] == 0
    )
    return path


def _blobs(files: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in files.rglob("*") if p.is_file()}


def _documents(path: Path) -> list[str]:
    con = connect(path)
    try:
        return [r[0] for r in con.execute("SELECT sha256 FROM documents ORDER BY id")]
    finally:
        con.close()


def test_backup_holds_database_and_attachments_and_restore_brings_both_back(demo, capsys):
    files = demo.with_name("rts-files")
    original = _blobs(files)
    assert original and set(_documents(demo)) <= set(original)
    archive = demo.with_name("copia.rtsbackup")
    code, out, _ = run(capsys, "backup", "--db", demo, "--out", archive)
    assert code == 0
    with zipfile.ZipFile(archive) as z:
        names = set(z.namelist())
    assert "database.sqlite" in names and "backup.json" in names
    assert {n.rsplit("/", 1)[1] for n in names if n.startswith("files/")} == set(original)
    # lose the attachments and damage the database
    for p in files.rglob("*"):
        if p.is_file():
            p.unlink()
    con = connect(demo)
    con.execute("DELETE FROM notes")
    con.commit()
    con.close()
    code, _, err = run(capsys, "restore", "--db", demo, archive)
    assert code == 0, err
    assert _blobs(files) == original
    code, out, _ = run(capsys, "check", "--db", demo, "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    # the state before the restore was kept, complete
    kept = list(demo.parent.joinpath("backups").glob("rts-*-prima-del-ripristino.rtsbackup"))
    assert len(kept) == 1


def test_backup_refuses_a_missing_folder_and_leaves_nothing(demo, tmp_path, capsys):
    code, _, err = run(capsys, "backup", "--db", demo, "--out", tmp_path / "manca" / "x")
    assert code == 2 and "inesistente" in err.lower()
    assert not (tmp_path / "manca").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".rts-")]


def test_default_backup_goes_to_backups_and_is_complete(demo, capsys):
    code, _out, _ = run(capsys, "backup", "--db", demo)
    assert code == 0
    made = list(demo.parent.joinpath("backups").glob("rts-*-manuale.rtsbackup"))
    assert len(made) == 1
    with zipfile.ZipFile(made[0]) as z:
        assert any(n.startswith("files/") for n in z.namelist())


def test_old_database_only_backups_still_restore(demo, capsys, tmp_path):
    """A backup made by the first version (a plain .db) restores the database."""
    from rts_desktop.db import init_database
    from rts_desktop.services.cases.people import BeneficiaryInput, create_beneficiary

    plain = tmp_path / "vecchio.db"  # plaintext, no operators: the first version's
    old = init_database(f"sqlite:///{plain}", device_name="Vecchio")
    create_beneficiary(old, old.context(), BeneficiaryInput(first_name="Ada", last_name="Neri"))
    old.close()
    code, _, err = run(capsys, "restore", "--db", demo, plain)
    assert code == 0, err
    # encrypted in place, and the administrator who restored it still logs in
    assert not demo.read_bytes().startswith(b"SQLite format 3")
    assert [r[0] for r in rows(demo, "SELECT first_name FROM beneficiaries")] == ["Ada"]
    code, _out, err = run(capsys, "check", "--db", demo, "--json")
    assert code == 0, err


def test_check_reports_missing_and_damaged_attachments(demo, capsys):
    files = demo.with_name("rts-files")
    shas = sorted(set(_documents(demo)))
    assert len(shas) >= 2
    (files / shas[0][:2] / shas[0]).unlink()
    damaged = files / shas[1][:2] / shas[1]
    damaged.write_bytes(damaged.read_bytes() + b"x")
    code, out, _ = run(capsys, "check", "--db", demo, "--json")
    report = json.loads(out)
    assert code == 1
    assert report["ok"] is False and report["failed"] == ["attachments"]
    assert report["checks"] == {
        "integrity": True,
        "foreign_keys": True,
        "attachments": False,
        "audit_chain": True,
    }
    assert report["attachments"]["missing"] and report["attachments"]["damaged"]
    code, out, _ = run(capsys, "check", "--db", demo)
    assert code == 1 and "file mancante" in out and "alterato" in out


def test_check_fails_on_foreign_keys(demo, capsys):
    con = connect(demo)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("UPDATE rooms SET apartment_id = 'nessuno' WHERE rowid = 1")
    con.commit()
    con.close()
    code, out, _ = run(capsys, "check", "--db", demo, "--json")
    assert code == 1 and json.loads(out)["failed"] == ["foreign_keys"]
