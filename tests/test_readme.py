"""Every command the README shows is run here exactly as written, in the README's order."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rts_desktop.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"
ROW = re.compile(r"^\| `(rts-desktop[^`]*)` \|", re.MULTILINE)


def readme_commands() -> list[str]:
    return ROW.findall(README.read_text(encoding="utf-8"))


def test_the_readme_starts_with_the_two_commands():
    text = README.read_text(encoding="utf-8")
    block = text.split("```", 2)[1].strip().splitlines()
    assert block == [
        "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/rts-desktop --demo",
        "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest",
    ]


def test_every_command_in_the_table_is_found():
    commands = readme_commands()
    assert len(commands) >= 20
    # every command the CLI has appears at least once
    from rts_desktop.cli import COMMANDS

    shown = {shlex.split(c)[1] for c in commands if len(shlex.split(c)) > 1}
    missing = set(COMMANDS) - {s for s in shown if not s.startswith("-")}
    assert missing == set()


def session_environment() -> dict[str, str]:
    """The ``export`` line the README gives before the session."""
    text = README.read_text(encoding="utf-8")
    (line,) = [ln for ln in text.splitlines() if ln.startswith("export RTS_USER=")]
    return dict(part.split("=", 1) for part in shlex.split(line)[1:])


@pytest.mark.sqlite_only  # the README's session: a SQLite file, its backup, its recovery key
def test_readme_session_runs_as_written(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    for name, value in session_environment().items():
        monkeypatch.setenv(name, value)
    (tmp_path / "password.txt").write_text("una password lunga\n", encoding="utf-8")
    default_db = Path(os.environ["RTS_DATA_DIR"]) / "rts.db"
    for command in readme_commands():
        argv = shlex.split(command)
        assert argv[0] == "rts-desktop"
        if argv[1:] == ["--demo"]:
            continue  # the interface: started in its own process below
        code = main(argv[1:])
        _out, err = capsys.readouterr()
        assert code == 0, f"{command}: exit {code}: {err.strip()}"
        assert err == "", f"{command}: {err}"
    for made in (
        "rts.db",
        "copia.rtsbackup",
        "calendario.ics",
        "progetto.pdf",
        "plan.pdf",
        "per-ufficio.rtsbundle",
        "per-laptop.rtsbundle",
        "casi.png",
        "chiave-recupero.txt",
        "indicatori-fse-2025.xlsx",
        "partecipanti-2025.csv",
        "chiave-pseudonimi.key",
    ):
        assert (tmp_path / made).stat().st_size > 0, made
    assert not default_db.exists()  # every command used the --db it was given


@pytest.mark.slow
def test_demo_command_starts_the_interface_on_the_demo_database(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RTS_DATA_DIR": str(tmp_path / "data"),
        "RTS_CONFIG_DIR": str(tmp_path / "config"),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "rts_desktop", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        demo = tmp_path / "data" / "demo.db"
        deadline = time.monotonic() + 60
        while not demo.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
        time.sleep(2)
        assert demo.exists()
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
    finally:
        proc.terminate()
        proc.wait(timeout=20)
