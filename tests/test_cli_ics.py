"""``rts-desktop export-ics``: a file Outlook can read, one-line errors, nothing half-written."""

from __future__ import annotations

import pytest
from icalendar import Calendar

from rts_desktop.cli import main
from rts_desktop.services import calendar

from .services.test_calendar import local, meeting, team  # noqa: F401 - fixture


@pytest.fixture
def ics_db(db, ctx, team):  # noqa: F811
    calendar.create_event(db, ctx, meeting(team))
    return str(db.path)


def test_export_week_parses_back(ics_db, tmp_path, capsys):
    out = tmp_path / "settimana.ics"
    argv = ["export-ics", "--db", ics_db, "--educator", "anna", "--from", "2026-10-05",
            "--to", "2026-10-11", "--out", str(out)]  # fmt: skip
    assert main(argv) == 0
    assert "1 appuntamenti" in capsys.readouterr().out
    cal = Calendar.from_ical(out.read_bytes())
    (vevent,) = cal.walk("VEVENT")
    assert vevent["dtstart"].dt == local(2026, 10, 6, 18)
    assert "rrule" in vevent and str(vevent["class"]) == "CONFIDENTIAL"


@pytest.mark.parametrize(
    "extra",
    [
        ["--educator", "sconosciuto", "--from", "2026-10-05", "--to", "2026-10-11"],
        ["--apartment", "Z-9", "--from", "2026-10-05", "--to", "2026-10-11"],
        ["--from", "2026-13-05", "--to", "2026-10-11"],
        ["--from", "2026-10-11", "--to", "2026-10-05"],
        ["--from", "2026-10-11"],
    ],
)
def test_bad_input_exit_2_and_no_file(ics_db, tmp_path, capsys, extra):
    out = tmp_path / "x.ics"
    assert main(["export-ics", "--db", ics_db, *extra, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()
