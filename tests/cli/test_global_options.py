"""Global options work before or after the command name, or are refused: never ignored."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rts_desktop.cli import COMMANDS, main
from tests.accounts import connect

pytestmark = pytest.mark.sqlite_only  # --db PATH against files (and file backups)

# every command with arguments that reach its database ({tmp}: the test's folder)
ARGS: dict[str, list[str]] = {
    "init": [],
    "demo-data": ["--size", "small"],
    "check": [],
    "audit": ["--action", "read"],
    "backup": ["--out", "{tmp}/copia-{where}.rtsbackup"],
    "restore": ["{tmp}/vuoto.rtsbackup"],
    "occupancy": ["--date", "2026-12-01"],
    "report": ["exits", "--from", "2026-01-01", "--to", "2026-12-31", "--json"],
    "person-export": ["--person", "BEN-1999-00001", "--out", "{tmp}/estratto-{where}"],
    "erase": ["--person", "BEN-1999-00001", "--reason", "richiesta"],
    "export-ics": ["--from", "2026-12-01", "--to", "2026-12-31", "--out", "{tmp}/c-{where}.ics"],
    "print-plan": ["--case", "RTS-1999-0001", "--out", "{tmp}/p.pdf"],
    "print-plans": ["--due-before", "2026-12-01", "--out-dir", "{tmp}"],
    "export-bundle": ["--to", "{tmp}/b.rtsbundle", "--for-device", "nessuno"],
    "import-bundle": ["{tmp}/manca.rtsbundle"],
    "sync-status": [],
    "sync-force-pending": [],
    "devices": ["list"],
    "operators": ["list"],
    "retention": ["--json"],
    "recover": ["--admin", "admin"],  # no RTS_RECOVERY_KEY: refused alike, before or after
    "screenshot": ["--view", "cases", "--out", "{tmp}/s-{where}.png", "--size", "800x600"],
}


def test_the_table_covers_every_command():
    assert set(ARGS) == set(COMMANDS)


def _people(path: Path) -> int:
    con = connect(path)
    try:
        return con.execute("SELECT count(*) FROM beneficiaries").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def prepared(tmp_path: Path) -> Path:
    """An empty complete backup to restore, made from another database."""
    empty = tmp_path / "vuoto.db"
    assert main(["init", "--db", str(empty)]) == 0
    assert main(["backup", "--db", str(empty), "--out", str(tmp_path / "vuoto.rtsbackup")]) == 0
    return tmp_path


@pytest.mark.parametrize("command", sorted(ARGS))
@pytest.mark.parametrize("option", ["--db", "--db-url"])
def test_option_before_and_after_the_command(prepared, capsys, command, option):
    tmp = prepared
    default_db = Path(os.environ["RTS_DATA_DIR"]) / "rts.db"
    codes = {}
    for where in ("before", "after"):
        target = tmp / f"altro-{where}.db"
        value = str(target) if option == "--db" else f"sqlite:///{target}"
        if command != "init":
            assert main(["init", "--db", str(target)]) == 0
        args = [a.format(tmp=tmp, where=where) for a in ARGS[command]]
        if command in ("devices", "operators"):
            argv = [command, *args[:1], option, value] if where == "after" else [command, *args]
        else:
            argv = [command, *args, option, value] if where == "after" else [command, *args]
        if where == "before":
            argv = [option, value, *argv]
        before = target.stat().st_mtime_ns if target.exists() else None
        codes[where] = main(argv)
        capsys.readouterr()
        assert target.exists(), argv
        if command in ("demo-data",):
            assert _people(target) > 0
        if command == "restore":
            assert _people(target) == 0 and before is not None
        assert not default_db.exists(), f"{argv} touched the default database"
    assert codes["before"] == codes["after"]


def test_demo_data_then_restore_empty_leaves_the_default_alone(tmp_path, capsys, monkeypatch):
    """The data loss of the issue: --db before ``restore`` went to the default database."""
    default_db = Path(os.environ["RTS_DATA_DIR"]) / "rts.db"
    assert main(["init"]) == 0  # the default database, with people in it
    assert main(["demo-data", "--size", "small"]) == 0
    people = _people(default_db)
    other, empty = tmp_path / "other.db", tmp_path / "empty.db"
    assert main(["init", "--db", str(empty)]) == 0
    assert main(["--db", str(empty), "backup", "--out", str(tmp_path / "empty.bak")]) == 0
    assert main(["init", "--db", str(other)]) == 0
    stamp = default_db.stat().st_mtime_ns
    assert main(["--db", str(other), "restore", str(tmp_path / "empty.bak")]) == 0
    assert _people(default_db) == people and default_db.stat().st_mtime_ns == stamp
    capsys.readouterr()


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "{a}", "check", "--db", "{b}"],
        ["--db", "{a}", "check", "--db-url", "sqlite:///{b}"],
        ["--db-url", "sqlite:///{a}", "devices", "list", "--db", "{b}"],
        ["check", "--db", "{a}", "--db-url", "sqlite:///{b}"],
    ],
)
def test_conflicting_options_are_refused(tmp_path, capsys, argv):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    code = main([x.format(a=a, b=b) for x in argv])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert not a.exists() and not b.exists()


def test_same_value_twice_is_fine(tmp_path, capsys):
    a = tmp_path / "a.db"
    assert main(["--db", str(a), "init", "--db", str(a)]) == 0
    capsys.readouterr()


def test_bad_db_url_is_bad_input(capsys):
    code = main(["check", "--db-url", "nonsense://x"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
