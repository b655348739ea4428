"""Predictable bad input to every command: exit 2, one Italian line, nothing written."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from rts_desktop.cli import main
from tests.accounts import as_test_admin, content

pytestmark = pytest.mark.sqlite_only  # copies database, key and backup files

# {db}: a database with the small demo; {text}: a letter; {dir}: a folder; {tmp}: the folder
BAD: list[list[str]] = [
    ["check", "--db", "{text}"],
    ["check", "--db", "{dir}"],
    ["demo-data", "--db", "{db}", "--size", "small"],  # not empty
    ["demo-data", "--db", "{empty}", "--size", "small", "--today", "1800-01-01"],
    ["demo-data", "--db", "{empty}", "--size", "small", "--today", "ieri"],
    ["backup", "--db", "{db}", "--out", "{tmp}/manca/copia.rtsbackup"],
    ["backup", "--db", "{db}", "--out", "{text}"],
    ["restore", "--db", "{db}", "{tmp}/manca.rtsbackup"],
    ["restore", "--db", "{db}", "{text}"],
    ["restore", "--db", "{db}", "{truncated}"],
    ["restore", "--db", "{db}", "{tampered}"],
    ["restore", "--db", "{db}", "{foreign_zip}"],
    ["occupancy", "--db", "{db}", "--date", "2026-13-01"],
    ["occupancy", "--db", "{db}", "--date", "domani"],
    ["occupancy", "--db", "{db}", "--date", "0001-01-01"],
    ["print-plans", "--db", "{db}", "--due-before", "9999-12-31", "--out-dir", "{tmp}"],
    ["export-ics", "--db", "{db}", "--from", "0001-01-01", "--to", "0001-12-31", "--out", "{ics}"],
    ["export-ics", "--db", "{db}", "--from", "9999-01-01", "--to", "9999-12-31", "--out", "{ics}"],
    [
        "export-ics",
        "--db",
        "{db}",
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "--out",
        "{tmp}/manca/x.ics",
    ],
    ["print-plan", "--db", "{db}", "--case", "RTS-1999-0001", "--out", "{tmp}/p.pdf"],
    ["print-plan", "--db", "{db}", "--case", "RTS-2024-0001", "--out", "{tmp}/manca/p.pdf"],
    [
        "print-plan",
        "--db",
        "{db}",
        "--case",
        "RTS-2024-0001",
        "--version",
        "99",
        "--out",
        "{tmp}/p.pdf",
    ],
    ["print-plans", "--db", "{db}", "--due-before", "31/12/2026", "--out-dir", "{tmp}"],
    ["print-plans", "--db", "{db}", "--due-before", "2026-12-31", "--out-dir", "{tmp}/manca"],
    [
        "print-plans",
        "--db",
        "{db}",
        "--due-before",
        "2026-12-31",
        "--out-dir",
        "{tmp}",
        "--processes",
        "0",
    ],
    [
        "export-bundle",
        "--db",
        "{db}",
        "--to",
        "{tmp}/manca/b.rtsbundle",
        "--snapshot",
        "--recipient",
        "{tmp}/manca.json",
    ],
    ["import-bundle", "--db", "{db}", "{tmp}/manca.rtsbundle"],
    ["import-bundle", "--db", "{db}", "{text}"],
    ["import-bundle", "--db", "{db}", "{dir}"],
    ["devices", "--db", "{db}", "enrol", "RTS1-questo-non-è-un-codice"],
    ["devices", "--db", "{db}", "enrol", "{text}"],
    ["devices", "--db", "{db}", "enrol", "{tmp}/manca.json"],
    ["devices", "--db", "{db}", "revoke", "Nessuno"],
    ["devices", "--db", "{db}", "code", "--out", "{tmp}/manca/c.json"],
    ["sync-force-pending", "--db", "{db}", "--days", "-1"],
    ["screenshot", "--db", "{db}", "--view", "cases", "--out", "{tmp}/manca/s.png"],
    ["screenshot", "--db", "{db}", "--view", "cases", "--out", "{tmp}/s.png", "--size", "0x0"],
    ["check", "--db-url", "postgresql+nessundriver://x/y"],
]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "rts.db"
    with as_test_admin(), pytest.MonkeyPatch.context() as mp:
        mp.setenv("RTS_DATA_DIR", str(folder / "data"))
        assert main(["init", "--db", str(path)]) == 0
        argv = ["demo-data", "--db", str(path), "--size", "small", "--today", "2026-12-01"]
        assert main(argv) == 0
        assert main(["backup", "--db", str(path), "--out", str(folder / "ok.rtsbackup")]) == 0
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, the databases as their content (a login writes its own audit
    entry: that is not the command writing)."""
    found: dict[str, object] = {}
    for p in sorted(folder.rglob("*")):
        if not p.is_file() or p.name.endswith(("-wal", "-shm", ".logins")):
            continue
        name = str(p.relative_to(folder))
        found[name] = content(p) if p.suffix == ".db" else p.read_bytes()
    return found


@pytest.mark.parametrize("argv", BAD, ids=lambda a: " ".join(a[:1] + a[3:5]))
def test_bad_input(tmp_path, capsys, demo_template, argv):
    import shutil

    for name in ("rts.db", "rts.keys", "ok.rtsbackup"):
        shutil.copy2(demo_template / name, tmp_path / name)
    shutil.copytree(demo_template / "rts-files", tmp_path / "rts-files")
    assert main(["init", "--db", str(tmp_path / "empty.db")]) == 0
    (tmp_path / "lettera.txt").write_text("Gentile signora,\n", encoding="utf-8")
    (tmp_path / "cartella").mkdir()
    (tmp_path / "cal.ics").write_bytes(b"old")
    good = (tmp_path / "ok.rtsbackup").read_bytes()
    (tmp_path / "tronco.rtsbackup").write_bytes(good[: len(good) // 2])
    with (
        zipfile.ZipFile(tmp_path / "ok.rtsbackup") as src,
        zipfile.ZipFile(tmp_path / "alterato.rtsbackup", "w") as dst,
    ):
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "database.sqlite":
                data = data[:-1] + bytes([data[-1] ^ 1])
            dst.writestr(info, data)
    with zipfile.ZipFile(tmp_path / "altro.zip", "w") as z:
        z.writestr("foto.jpg", b"\xff\xd8")
    names = {
        "db": tmp_path / "rts.db",
        "empty": tmp_path / "empty.db",
        "text": tmp_path / "lettera.txt",
        "dir": tmp_path / "cartella",
        "tmp": tmp_path,
        "ics": tmp_path / "cal.ics",
        "truncated": tmp_path / "tronco.rtsbackup",
        "tampered": tmp_path / "alterato.rtsbackup",
        "foreign_zip": tmp_path / "altro.zip",
    }
    capsys.readouterr()
    before = _files(tmp_path)
    code = main([a.format(**names) for a in argv])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.count("\n") == 1 and err.startswith("rts-desktop: "), err
    assert "Traceback" not in err and "imprevisto" not in err
    after = _files(tmp_path)
    for k in before:
        if isinstance(before[k], dict):
            for tb in before[k]:
                assert before[k][tb] == after[k][tb], tb
    assert after == before
