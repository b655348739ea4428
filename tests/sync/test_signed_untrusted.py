"""A bundle signed by an enrolled laptop is still untrusted input (SYNC.md tests 18-20)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from rts_desktop.cli import main
from rts_desktop.db.hlc import HlcState, format_hlc
from rts_desktop.kernel.errors import BundleError
from rts_desktop.models import Device
from rts_desktop.services.housing.apartments import ApartmentInput, RoomInput, create_apartment
from rts_desktop.sync import api
from tests.accounts import content
from tests.engines import db_arg, on_postgresql
from tests.sync.sync_helpers import NOW, db_digest, forge, person, protect

DAY_MS = 86_400_000


def _clock(dev) -> tuple[int, int]:
    with dev.db.session(write=False) as s:
        me = s.scalar(select(Device).where(Device.is_self.is_(True)))
        return me.hlc_wall_ms, me.hlc_counter


def _edit_lines(table: str, change):
    """An edit_members function changing the first line of ``table``."""

    def edit(members: dict[str, bytes]) -> dict[str, bytes]:
        lines = [json.loads(x) for x in members["changes.jsonl"].decode().splitlines()]
        target = next(x for x in lines if x["table_name"] == table)
        change(target)
        body = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
        members["changes.jsonl"] = body.encode("utf-8")
        return members

    return edit


def _write(dev, data: bytes, name: str = "ostile.rtsbundle") -> Path:
    path = dev.folder / name
    path.write_bytes(data)
    return path


# ---- 18: a clock far in the future ------------------------------------------------------


def _future(ms_ahead: int):
    def edit(manifest):
        wall = int(NOW.timestamp() * 1000) + ms_ahead
        manifest["created_hlc"] = format_hlc(HlcState(wall, 0), manifest["origin_device"])

    return edit


def test_far_future_clock_is_refused_and_the_local_clock_unchanged(trio):
    a, b, _ = trio
    person(a)
    year_2286 = 10**13 - 1 - int(NOW.timestamp() * 1000)
    path = _write(b, forge(a, b, edit_manifest=_future(year_2286)))
    before, clock = db_digest(b), _clock(b)
    with pytest.raises(BundleError) as raised:
        api.import_bundle(b.db, b.ctx, path)
    message = str(raised.value)
    assert "ostile.rtsbundle" in message and "a" in message and "orologio" in message
    assert db_digest(b) == before and _clock(b) == clock


def test_a_line_from_the_future_is_refused_too(trio):
    a, b, _ = trio
    person(a)
    future = format_hlc(HlcState(int(NOW.timestamp() * 1000) + 30 * DAY_MS, 0), "x" * 36)

    def edit(line):
        line["hlc"] = future

    path = _write(b, forge(a, b, edit_members=_edit_lines("beneficiaries", edit)))
    with pytest.raises(BundleError, match="orologio"):
        api.import_bundle(b.db, b.ctx, path)


def test_the_bound_is_a_setting(trio, monkeypatch, tmp_path):
    from rts_desktop.kernel import config

    a, b, _ = trio
    person(a)
    path = _write(b, forge(a, b, edit_manifest=_future(3 * 3_600_000)))
    settings = config.Settings()
    settings.set(config.SYNC_MAX_CLOCK_AHEAD_HOURS, 1)
    settings.save()
    with pytest.raises(BundleError, match="orologio"):
        api.import_bundle(b.db, b.ctx, path)
    settings.set(config.SYNC_MAX_CLOCK_AHEAD_HOURS, 24)
    settings.save()
    api.import_bundle(b.db, b.ctx, path)  # three hours ahead: within a day


# ---- 19: values the services would refuse ------------------------------------------------


def _apartment(dev):
    return create_apartment(
        dev.db,
        dev.ctx,
        ApartmentInput(code="ALL-0901", address="Via Padova 1", municipio=2),
        [RoomInput(name="Stanza 1", beds=2)],
    )


def _set(field, value):
    def change(line):
        line["fields"][field] = value

    return change


HOSTILE = [
    ("beneficiaries", "first_name", "Ali\u202ece"),  # bidi override
    ("beneficiaries", "first_name", "Ali\x00ce"),  # NUL
    ("beneficiaries", "last_name", "\u200b\u200b"),  # only invisible characters
    ("beneficiaries", "first_name", 42),  # a number for a name
    ("beneficiaries", "birth_date", "ieri"),  # not a date
    ("beneficiaries", "birth_date", "1850-01-01"),  # implausible
    ("beneficiaries", "notes", "50 MB"),  # a 50 MB note (made in the test: it does not compress)
    ("beneficiaries", "sex", "Q"),  # outside the vocabulary
    ("apartments", "municipio", -7),
    ("apartments", "municipio", "sette"),  # text in an integer column
    ("apartments", "lift", "sì"),  # text for a yes/no
    ("rooms", "beds", -5),
]


@pytest.mark.parametrize(("table", "field", "value"), HOSTILE, ids=lambda x: str(x)[:20])
def test_a_value_the_services_refuse_refuses_the_whole_bundle(trio, table, field, value):
    a, b, _ = trio
    person(a)
    _apartment(a)
    if value == "50 MB":
        import base64

        value = base64.b64encode(os.urandom(38 * 1024 * 1024)).decode()
    path = _write(b, forge(a, b, edit_members=_edit_lines(table, _set(field, value))))
    before = db_digest(b)
    with pytest.raises(BundleError) as raised:
        api.import_bundle(b.db, b.ctx, path)
    message = str(raised.value)
    assert f"tabella {table}" in message and f"campo {field}" in message and "record " in message
    assert len(message) < 400
    assert db_digest(b) == before
    # a retry with the good bundle still works
    good = api.export_bundle(a.db, a.ctx, a.folder / "buono", for_device=b.id).path
    assert api.import_bundle(b.db, b.ctx, good).new > 0


def test_a_required_field_set_to_nothing_by_an_update_is_refused(trio):
    from rts_desktop.services.cases.people import update_beneficiary  # noqa: F401  (exists)

    a, b, _ = trio
    person(a)
    api.import_bundle(
        b.db, b.ctx, api.export_bundle(a.db, a.ctx, a.folder / "1", for_device=b.id).path
    )

    def to_update(line):
        line["op"] = "update"
        line["fields"] = {"first_name": None}

    path = _write(b, forge(a, b, edit_members=_edit_lines("beneficiaries", to_update)))
    before = db_digest(b)
    with pytest.raises(BundleError, match="campo first_name"):
        api.import_bundle(b.db, b.ctx, path)
    assert db_digest(b) == before


def test_real_scripts_and_emoji_are_accepted(trio):
    a, b, _ = trio
    person(a, first="محمد", last="Nguyễn 😀")
    report = api.import_bundle(
        b.db, b.ctx, api.export_bundle(a.db, a.ctx, a.folder / "ok", for_device=b.id).path
    )
    assert report.new > 0


# ---- 20: a database error during the import ----------------------------------------------


def test_a_constraint_violation_is_a_clean_refusal_without_sql_or_values(trio, capsys):
    a, b, _ = trio
    person(a, first="Planted", last="Zzyzxwq")
    # a rule the database itself enforces (a server's CHECK constraint, a trigger on SQLite)
    rule = (
        "ALTER TABLE beneficiaries ADD CONSTRAINT ck_beneficiaries_test "
        "CHECK (last_name <> 'Zzyzxwq')"
        if on_postgresql()
        else "CREATE TRIGGER ck_test BEFORE INSERT ON beneficiaries "
        "WHEN NEW.last_name = 'Zzyzxwq' "
        "BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_beneficiaries_test'); END"
    )
    with b.db.engine.begin() as conn:
        conn.exec_driver_sql(rule)
    path = api.export_bundle(a.db, a.ctx, a.folder / "viola", for_device=b.id).path
    where = protect(b)
    before = content(where)  # the rows (the command's own login entry aside)
    code = main(["import-bundle", "--db", db_arg(b.db), str(path)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert "CHECK ck_beneficiaries_test" in err and "nessuna modifica" in err
    log = Path(os.environ["RTS_DATA_DIR"]) / "rts-desktop.log"
    logged = log.read_text(encoding="utf-8") if log.exists() else ""
    for secret in ("Zzyzxwq", "Planted", "INSERT", "SELECT", "beneficiaries ("):
        assert secret not in err and secret not in logged
    assert content(where) == before


def test_an_unexpected_database_error_logs_no_sql_and_no_values(tmp_path, capsys, monkeypatch):
    """A real bug that surfaces as a database error: one line, the log keeps its kind."""
    import sqlalchemy.exc

    from rts_desktop.cli import admin_commands

    def boom(args):
        raise sqlalchemy.exc.IntegrityError(
            "INSERT INTO beneficiaries (first_name) VALUES (?)", ("Zzyzxwq",), Exception("x")
        )

    monkeypatch.setitem(main.__globals__["COMMANDS"], "check", boom)
    assert main(["check", "--db", str(tmp_path / "x.db")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "imprevisto" in err and "IntegrityError" in err
    log = (Path(os.environ["RTS_DATA_DIR"]) / "rts-desktop.log").read_text(encoding="utf-8")
    assert "IntegrityError" in log
    for secret in ("Zzyzxwq", "INSERT"):
        assert secret not in err and secret not in log
    assert admin_commands  # the real command table is restored by monkeypatch
