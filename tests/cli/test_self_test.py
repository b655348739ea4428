"""``rts-desktop --self-test``: one line per step, exit 0 only when all pass, the person's
folders never touched, no traceback when a step fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rts_desktop.cli import main, self_test

STEPS = (
    "traduzioni caricate",
    "database cifrato creato con le migrazioni",
    "accesso come admin",
    "record scritto e riletto",
    "PDF generato",
    "licenze di",
    "driver PostgreSQL caricato",
    "finestra principale mostrata",
)


def test_self_test_passes_in_process(capsys, tmp_path):
    before = {name: os.environ.get(name) for name in ("RTS_DATA_DIR", "RTS_CONFIG_DIR")}
    assert main(["--self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(STEPS) + 1
    for line, step in zip(lines, STEPS, strict=False):
        assert line.startswith("ok – ") and step in line, line
    assert lines[-1].startswith("Prova superata")
    # its folders were throw-away ones, and the environment is as it was
    assert {name: os.environ.get(name) for name in before} == before
    assert not (tmp_path / "data").exists()


def test_self_test_from_source_as_a_program(tmp_path):
    env = {**os.environ, "RTS_DATA_DIR": str(tmp_path / "data")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test goes offscreen by itself
    done = subprocess.run(
        [sys.executable, "-m", "rts_desktop", "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=180,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("ok – ") == len(STEPS)
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "data").exists()  # the person's folder was not used


def test_a_failing_step_is_one_line_and_the_later_ones_say_why(capsys, monkeypatch):
    def broken(run):
        raise ModuleNotFoundError("No module named 'sqlcipher3._sqlite3'")

    steps = dict(self_test.STEPS)
    steps["database"] = broken
    monkeypatch.setattr(self_test, "STEPS", tuple(steps.items()))
    assert main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert (
        "ERRORE – database cifrato: ModuleNotFoundError: No module named "
        "'sqlcipher3._sqlite3'" in out
    )
    assert "ERRORE – accesso: non eseguito" in out
    assert "ok – traduzioni caricate" in out
    assert "Traceback" not in out
    assert out.splitlines()[-1].startswith("Prova non superata")


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (ValueError("a\nb"), "ValueError: a b"),
        (RuntimeError(), "RuntimeError"),
        (OSError("x" * 500), "OSError: " + "x" * (self_test.MAX_REASON - 10) + "…"),
    ],
)
def test_reasons_are_one_short_line(exc, expected):
    assert self_test.reason(exc) == expected
