"""ESF participant sheets (entry / exit) and the indicator mapping."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from rts_desktop.kernel import config
from rts_desktop.kernel.errors import ValidationError
from rts_desktop.models import AuditEntry, Change, ParticipantSheet
from rts_desktop.services.cases import fse, people
from rts_desktop.services.cases.fse import SheetInput
from rts_desktop.services.cases.people import BeneficiaryInput
from tests.services.cases.test_people_cases import make_case

D = dt.date


def count(db, model) -> int:
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def case(db, ctx):
    return make_case(db, ctx)  # head born 4/3/1980, referral 10/1/2026


def entry_sheet(case, **changes) -> SheetInput:
    base = SheetInput(
        case_id=case.id,
        beneficiary_id=case.household.members[0].beneficiary_id,
        moment="ingresso",
        date=D(2026, 2, 1),
        labour_status="disoccupato_lunga_durata",
        isced_level=2,
        household_situation="genitore_solo_con_figli",
        disadvantages=("senza_dimora",),
        migrant_background="si",
        disability="non_risponde",
    )
    return replace(base, **changes)


def test_one_sheet_per_moment_is_updated_not_duplicated(db, ctx, case):
    first = fse.record_sheet(db, ctx, entry_sheet(case))
    assert first.disadvantages == ("senza_dimora",)
    again = fse.record_sheet(
        db, ctx, entry_sheet(case, isced_level=3), expected_version=first.version
    )
    assert again.id == first.id and again.isced_level == 3
    leaving = fse.record_sheet(
        db, ctx, entry_sheet(case, moment="uscita", date=D(2026, 11, 1), labour_status="occupato")
    )
    assert count(db, ParticipantSheet) == 2
    assert [s.moment for s in fse.list_sheets(db, case.id)] == ["ingresso", "uscita"]
    assert leaving.labour_status == "occupato"
    with db.session(write=False) as s:
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "participant_sheet")
        ).all()
    assert actions == ["create", "update", "create"]


BAD_SHEETS = [
    ("moment", {"moment": "durante"}),
    ("labour_status", {"labour_status": "pensionato"}),
    ("isced_level", {"isced_level": 9}),
    ("household_situation", {"household_situation": "grande"}),
    ("disadvantages", {"disadvantages": ("povero",)}),
    ("migrant_background", {"migrant_background": "forse"}),
    ("disability", {"disability": "sì"}),
    ("date", {"date": D(2026, 12, 1)}),  # future
    ("date", {"date": D(2025, 12, 1)}),  # before the referral
    ("case_id", {"case_id": "missing"}),
    ("moment", {"moment": "uscita"}),  # no entry sheet yet
]


def test_invalid_sheet_names_field_and_writes_nothing(db, ctx, case):
    before = count(db, Change)
    for field, changes in BAD_SHEETS:
        with pytest.raises(ValidationError) as err:
            fse.record_sheet(db, ctx, entry_sheet(case, **changes))
        assert err.value.field == field, changes
        assert count(db, Change) == before, changes


def test_exit_cannot_precede_entry(db, ctx, case):
    fse.record_sheet(db, ctx, entry_sheet(case))
    fse.record_sheet(db, ctx, entry_sheet(case, moment="uscita", date=D(2026, 6, 1)))
    before = count(db, Change)
    with pytest.raises(ValidationError) as err:
        fse.record_sheet(db, ctx, entry_sheet(case, moment="uscita", date=D(2026, 1, 20)))
    assert err.value.field == "date"
    with pytest.raises(ValidationError) as err:
        fse.record_sheet(db, ctx, entry_sheet(case, date=D(2026, 7, 1)))
    assert err.value.field == "date"
    assert count(db, Change) == before


def test_beneficiary_must_belong_to_the_case(db, ctx, case):
    other = people.create_beneficiary(db, ctx, BeneficiaryInput(first_name="Ada", last_name="Neri"))
    with pytest.raises(ValidationError) as err:
        fse.record_sheet(db, ctx, entry_sheet(case, beneficiary_id=other.id))
    assert err.value.field == "beneficiary_id"


def test_mapping_file_loads_and_names_indicators():
    mapping = fse.load_mapping()
    assert mapping.version == "v1"
    assert mapping.indicators["CO18"]["name"] == "homeless or affected by housing exclusion"
    assert mapping.label("CO16") == "Partecipanti con disabilità"


def test_bad_mapping_is_refused(tmp_path, monkeypatch):
    data = json.loads((config.resources_dir() / "fse" / "mapping-v1.json").read_text("utf-8"))
    data["entry"]["labour_status"]["pensionato"] = ["CO03"]
    (tmp_path / "fse").mkdir()
    (tmp_path / "fse" / "mapping-test.json").write_text(json.dumps(data), "utf-8")
    monkeypatch.setattr(config, "resources_dir", lambda: tmp_path)
    with pytest.raises(ValueError, match="pensionato"):
        fse.load_mapping("test")


def test_indicators_from_entry_and_exit(db, ctx, case):
    fse.record_sheet(db, ctx, entry_sheet(case))
    person = case.household.members[0].beneficiary_id
    codes = fse.case_indicators(db, case.id)[person]
    # long-term unemployed, ISCED 2, single parent, foreign background, homeless; age 45
    assert codes == {"CO01", "CO02", "CO09", "CO14", "CO15", "CO18"}
    fse.record_sheet(
        db, ctx, entry_sheet(case, moment="uscita", date=D(2026, 11, 1), labour_status="occupato")
    )
    assert fse.case_indicators(db, case.id)[person] >= {"CR04", "CR05"}


def test_age_bands_and_non_risponde():
    sheet = fse.SheetDTO(
        id="x",
        version="",
        case_id="c",
        beneficiary_id="b",
        moment="ingresso",
        date=D(2026, 2, 1),
        labour_status="inattivo",
        isced_level=0,
        household_situation=None,
        disadvantages=(),
        migrant_background="non_risponde",
        disability="non_risponde",
        homeless=False,
        notes=None,
    )
    older = fse.indicators_for(sheet, birth_date=D(1960, 1, 1))
    assert older == {"CO03", "CO04", "CO07", "CO08"}
    young = fse.indicators_for(sheet, birth_date=D(2002, 2, 2))  # 23 at the sheet date
    assert young == {"CO03", "CO04", "CO06"}
    leaving = replace(sheet, moment="uscita", labour_status="disoccupato")
    assert "CR01" in fse.indicators_for(sheet, leaving)
