"""``rts-desktop occupancy``: free places per room on a date, text and JSON, bad date."""

from __future__ import annotations

import datetime as dt
import json

from rts_desktop.cli import main
from rts_desktop.services.housing import stays
from rts_desktop.services.housing.board import board_data, free_segments
from rts_desktop.services.housing.printing import handover_document, handover_pdf, parse_inventory
from rts_desktop.services.housing.upkeep import HandoverInput, list_handovers
from tests.services.housing.test_housing import make_apartment, make_case, room

D = dt.date


def _setup(db, ctx):
    apt = make_apartment(db, ctx)
    case = make_case(db, ctx)
    stay = stays.plan_stay(
        db, ctx, case.id, apt.id, room(apt, "Camera 2").id, 1, D(2026, 11, 1), D(2027, 1, 10)
    )
    return apt, case, stay


def test_occupancy_text_and_json(db, ctx, capsys):
    _setup(db, ctx)
    url = db.url
    assert main(["occupancy", "--db-url", url, "--date", "2026-11-25"]) == 0
    out = capsys.readouterr().out
    assert "Occupazione del 25/11/2026" in out
    line = next(x for x in out.splitlines() if "Camera 2" in x)
    assert line.split()[-4:] == ["1", "1", "10/01/2027"] or "10/01/2027" in line
    assert "Totale: 2 posti liberi su 3 letti" in out
    assert main(["occupancy", "--db-url", url, "--date", "2026-11-25", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["free"], data["beds"]) == (2, 3)
    camera2 = next(r for r in data["apartments"][0]["rooms"] if r["name"] == "Camera 2")
    assert camera2 == {
        "name": "Camera 2",
        "beds": 2,
        "occupied": 1,
        "free": 1,
        "frees_up": ["2027-01-10"],
        "next_free_on": "2027-01-10",
    }


def test_bad_date_is_one_line_exit_2(db, capsys):
    assert main(["occupancy", "--db-url", db.url, "--date", "25/11/2026"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "data non valida" in err


def test_board_data_and_free_segments(db, ctx):
    _apt, case, _stay = _setup(db, ctx)
    data = board_data(db, D(2026, 11, 1), D(2027, 2, 1))
    (a,) = data.apartments
    (s,) = data.stays
    assert s.household.startswith("Nucleo") and s.case_code == case.code
    segs = free_segments(a, list(data.stays), data.start, data.end)
    assert [(x.start, x.end, x.free) for x in segs] == [
        (D(2026, 11, 1), D(2027, 1, 10), 2),
        (D(2027, 1, 10), D(2027, 2, 1), 3),
    ]


def test_handover_document_and_pdf(db, ctx):
    _apt, _case, stay = _setup(db, ctx)
    stays.move_in(
        db,
        ctx,
        stay.id,
        D(2026, 11, 1),
        HandoverInput(keys_count=2, meter_gas="0042", inventory="Cucina: tavolo, 4 sedie"),
    )
    (h,) = list_handovers(db, stay_id=stay.id)
    doc = handover_document(db, h.id, D(2026, 11, 25))
    assert doc.kind == "Consegna" and doc.room == "Camera 2" and doc.household
    assert [(i.room, i.item, i.quantity) for i in doc.inventory] == [
        ("Cucina", "Tavolo", 1),
        ("Cucina", "Sedie", 4),
    ]
    assert doc.meters[0].reading == "0042"
    assert handover_pdf(db, h.id, D(2026, 11, 25)).startswith(b"%PDF")
    assert parse_inventory(None) == ()
