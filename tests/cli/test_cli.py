"""The command line as an administrator uses it: exit codes, one-line errors, files untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rts_desktop.cli import main
from tests.accounts import TEST_PASSWORD, connect, login


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_then_check_json(tmp_path, capsys):
    path = tmp_path / "nuovo" / "rts.db"
    code, out, _ = run(capsys, "init", "--db", str(path), "--device-name", "Laptop via Padova")
    assert code == 0 and "creato" in out
    code, out, _ = run(capsys, "init", "--db", str(path))
    assert code == 0 and "già presente" in out
    code, out, _ = run(capsys, "check", "--db", str(path), "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True
    assert report["counts"]["devices"] == 1 and report["counts"]["beneficiaries"] == 0


@pytest.mark.sqlite_only  # database files: missing, not a database, file backups, the demo file
@pytest.mark.parametrize(
    "argv",
    [
        ("check", "--db", "{missing}"),
        ("check", "--db", "{letter}"),
        ("demo-data", "--db", "{letter}", "--size", "small"),
        ("demo-data", "--size", "medium"),
        ("frobnicate",),
        ("restore", "--db", "{target}", "{letter}"),
        ("screenshot", "--db", "{target}", "--out", "x.png", "--size", "grande"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, argv):
    letter = tmp_path / "lettera.txt"
    letter.write_text("Gentile signora,\n")
    target = tmp_path / "target.db"
    names = {"missing": tmp_path / "manca.db", "letter": letter, "target": target}
    code, _out, err = run(capsys, *(a.format(**names) for a in argv))
    assert code == 2
    assert err.count("\n") == 1 and err.startswith(("rts-desktop", "usage")) is True
    assert "Traceback" not in err
    assert letter.read_text() == "Gentile signora,\n"
    assert not (tmp_path / "manca.db").exists()


def _people(path: Path, password: str = TEST_PASSWORD) -> list[str]:
    con = connect(path, password)
    try:
        return [
            r[0] for r in con.execute("SELECT first_name FROM beneficiaries ORDER BY first_name")
        ]
    finally:
        con.close()


@pytest.mark.sqlite_only  # database files: missing, not a database, file backups, the demo file
def test_backup_and_restore_roundtrip(tmp_path, capsys):
    from rts_desktop.services.cases.people import BeneficiaryInput, create_beneficiary

    path = tmp_path / "rts.db"
    run(capsys, "init", "--db", str(path))

    def add(name: str) -> None:
        db = login(path)
        create_beneficiary(db, db.context(), BeneficiaryInput(first_name=name, last_name="Rossi"))
        db.close()

    add("Giulia")
    code, out, _ = run(capsys, "backup", "--db", str(path), "--out", str(tmp_path / "copia.db"))
    assert code == 0 and (tmp_path / "copia.db").exists()
    code, _, err = run(capsys, "backup", "--db", str(path), "--out", str(tmp_path / "copia.db"))
    assert code == 2 and "esiste già" in err
    add("Marco")
    assert _people(path) == ["Giulia", "Marco"]
    code, out, _ = run(capsys, "restore", "--db", str(path), str(tmp_path / "copia.db"))
    assert code == 0
    assert _people(path) == ["Giulia"]
    assert list((tmp_path / "backups").glob("rts-*-prima-del-ripristino.rtsbackup"))
    code, out, _ = run(capsys, "backup", "--db", str(path))
    assert code == 0 and "backups" in out


@pytest.mark.sqlite_only  # database files: missing, not a database, file backups, the demo file
def test_restore_replaces_a_corrupt_database(tmp_path, capsys):
    path = tmp_path / "rts.db"
    key_file = tmp_path / "chiave.txt"
    run(capsys, "init", "--db", str(path), "--recovery-key-out", str(key_file))
    run(capsys, "backup", "--db", str(path), "--out", str(tmp_path / "buona.db"))
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * 3996
    path.write_bytes(bytes(data))
    code, _, err = run(capsys, "check", "--db", str(path))
    assert code == 2 and "danneggiato" in err
    # nobody's role can be read from a damaged database: a password is not enough
    code, _, err = run(capsys, "restore", "--db", str(path), str(tmp_path / "buona.db"))
    assert code == 4 and err.count("\n") == 1
    argv = ["restore", "--db", str(path), str(tmp_path / "buona.db")]
    code, _, _ = run(capsys, *argv, "--recovery-key-file", str(key_file))
    assert code == 0
    code, _, _ = run(capsys, "check", "--db", str(path))
    assert code == 0
    assert list((tmp_path / "backups").glob("rts-*-danneggiato.rtsbackup"))


@pytest.mark.sqlite_only  # database files: missing, not a database, file backups, the demo file
def test_demo_database_is_made_once_and_reused(tmp_path, monkeypatch):
    from rts_desktop.cli import admin
    from rts_desktop.demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
    from rts_desktop.kernel import config

    monkeypatch.setenv("RTS_DATA_DIR", str(tmp_path / "dati"))
    url = admin.ensure_demo_database()
    path = config.demo_db_path()
    assert url.endswith(str(path)) and path.exists()
    people = _people(path, DEMO_PASSWORD)
    assert len(people) > 40
    stamp = path.stat().st_mtime_ns
    assert admin.ensure_demo_database() == url
    assert path.stat().st_mtime_ns == stamp and _people(path, DEMO_PASSWORD) == people
    assert not list(path.parent.glob("*-new*"))
    # the demo's attached documents are where the database looks for them
    from sqlalchemy import select

    from rts_desktop.models import Document

    db = login(path, "admin", DEMO_PASSWORD)
    with db.session(write=False) as s:
        shas = set(s.scalars(select(Document.sha256)))
    assert shas and all((db.files_dir / sha[:2] / sha).is_file() for sha in shas)
    db.close()
    # the README's demo accounts: one per role, each logs in and has the role it says
    from rts_desktop.services.operators.login import open_as

    for username, role in DEMO_ACCOUNTS.items():
        opened, who = open_as(url, username, DEMO_PASSWORD)
        opened.close()
        assert who.role == role
