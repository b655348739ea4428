"""``rts-desktop export-ics``: a file Outlook can read, one-line errors, nothing half-written."""

from __future__ import annotations

import pytest
from icalendar import Calendar

from rts_desktop.cli import main
from rts_desktop.services.calendar import events as calendar
from tests.engines import db_arg
from tests.services.calendar.test_calendar import local, meeting, team  # noqa: F401 - fixture


@pytest.fixture
def ics_db(db, ctx, team):  # noqa: F811
    calendar.create_event(db, ctx, meeting(team))
    return db_arg(db)


def test_export_week_parses_back(ics_db, tmp_path, capsys):
    out = tmp_path / "settimana.ics"
    argv = ["export-ics", "--db", ics_db, "--educator", "anna", "--from", "2026-10-05",
            "--to", "2026-10-11", "--out", str(out)]  # fmt: skip
    assert main(argv) == 0
    assert "1 appuntamento" in capsys.readouterr().out
    cal = Calendar.from_ical(out.read_bytes())
    (vevent,) = cal.walk("VEVENT")
    assert vevent["dtstart"].dt == local(2026, 10, 6, 18)
    assert "rrule" in vevent and str(vevent["class"]) == "CONFIDENTIAL"


WEEK = ["--from", "2026-10-05", "--to", "2026-10-11"]


@pytest.mark.parametrize(
    "extra",
    [
        ["--educator", "sconosciuto", *WEEK],
        ["--apartment", "Z-9", *WEEK],
        ["--from", "2026-13-05", "--to", "2026-10-11"],
        ["--from", "2026-10-11", "--to", "2026-10-05"],
        ["--from", "2026-10-11"],
        ["--from", "0001-01-01", "--to", "2026-10-11"],
        ["--from", "2026-10-05", "--to", "9999-12-31"],
        ["--from", "0001-01-01", "--to", "9999-12-31"],
        ["--from", "9999-12-31", "--to", "9999-12-31"],
        ["--from", "1999-12-31", "--to", "2000-01-06"],
        ["--from", "2100-12-25", "--to", "2101-01-01"],
        ["--from", "2000-01-01", "--to", "2100-12-31"],  # absurdly long
        ["--from", "2026-01-01", "--to", "2036-01-01"],  # just over ten years
        ["--from", "9999-12-31", "--to", "0001-01-01"],
    ],
)
@pytest.mark.parametrize("existing", [False, True], ids=["new", "existing"])
def test_bad_input_exit_2_and_no_file(ics_db, tmp_path, capsys, extra, existing):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "x.ics"
    if existing:
        out.write_bytes(b"old")
        before = out.stat().st_mtime_ns
    assert main(["export-ics", "--db", ics_db, *extra, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err and "imprevisto" not in err.lower(), err
    if existing:
        assert out.read_bytes() == b"old" and out.stat().st_mtime_ns == before
    else:
        assert not out.exists()
    assert [p.name for p in folder.iterdir()] == (["x.ics"] if existing else [])  # no temp file


def test_ten_years_is_accepted(ics_db, tmp_path, capsys):
    out = tmp_path / "dieci.ics"
    argv = ["export-ics", "--db", ics_db, "--from", "2026-01-01", "--to", "2035-12-31",
            "--out", str(out)]  # fmt: skip
    assert main(argv) == 0
    assert "1 appuntamento" in capsys.readouterr().out
