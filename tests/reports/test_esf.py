"""ESF indicators counted on the hand-made dataset of ``esf_dataset.py``, both periods:
the right answers are written here, rule by rule."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from rts_desktop.kernel import config
from rts_desktop.models.vocab import Role
from rts_desktop.reports.esf.classify import FOLLOW_UP_MISSING, NO_LABOUR
from rts_desktop.reports.esf.mapping import check_mapping, load_mapping
from rts_desktop.reports.registry import run_report
from rts_desktop.reports.table import PROGRAMMES, ReportFilter
from tests.accounts import as_operator
from tests.reports import esf_dataset

YEAR_2025 = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


@pytest.fixture
def data(db, ctx):
    return esf_dataset.build(db, ctx)


def totals(db, ctx, programme, period=YEAR_2025, **kw) -> dict[str, int]:
    report = run_report(db, ctx, "esf", ReportFilter(*period, programme=programme, **kw))
    return {code: e["total"] for code, e in report.data["indicators"].items()}


def nonzero(found: dict[str, int]) -> dict[str, int]:
    return {code: n for code, n in found.items() if n}


def test_2021_2027_by_hand(db, ctx, data):
    report = run_report(db, ctx, "esf", ReportFilter(*YEAR_2025, programme="2021-2027"))
    ind = report.data["indicators"]
    assert nonzero({c: e["total"] for c, e in ind.items()}) == {
        "EECO01": 3,  # Anna, Carlo, Dana (Elena entered first in 2024, Fabio has no status)
        "EECO02": 2,  # Anna, Carlo
        "EECO03": 2,  # Anna 14 months at 34; Carlo 7 months at 24 (over 6 under 25)
        "EECO05": 1,  # Dana
        "EECO07": 1,  # Carlo, 24
        "EECO08": 1,  # Dana, 57
        "EECO09": 1,  # Anna, ISCED 0 counts in 0-2
        "EECO10": 1,
        "EECO11": 1,
        "EECO12": 1,  # Dana; Anna refused
        "EECO13": 1,  # Carlo (Morocco); Dana is Romanian: EU
        "EECO14": 2,
        "EECO16": 3,  # every ETHOS category is homelessness or housing exclusion
        "EECR01": 2,  # Anna: last event in 4 weeks; Dana: her exit sheet
        "EECR05": 1,  # Anna at six months
    }
    # total = unemployed + inactive + employed, each participant in exactly one
    assert ind["EECO01"]["total"] == sum(ind[c]["total"] for c in ("EECO02", "EECO04", "EECO05"))
    # EECR04 is excluded by Anna's later job search inside the window
    assert ind["EECR04"]["total"] == 0
    assert {g: ind["EECO01"][g] for g in ("F", "M", "X", "ND")} == {"F": 1, "M": 1, "X": 1, "ND": 0}
    # refused art. 9 answers are reported as such, never counted
    assert ind["EECO12"]["non_risponde"] == 1 and ind["EECO15"]["non_risponde"] == 1
    assert ind["EECO15"]["total"] == 0
    figures = {f.key: f.value for f in report.figures}
    assert figures["participants"] == 3 and figures["not_counted"] == 1


def test_2014_2020_by_hand(db, ctx, data):
    assert nonzero(totals(db, ctx, "2014-2020")) == {
        "CO01": 2,
        "CO02": 2,
        "CO05": 1,
        "CO06": 1,  # Carlo below 25
        "CO07": 1,  # Dana above 54 (employed: not CO08)
        "CO10": 1,
        "CO11": 1,  # ISCED 0 (Anna) is in none of CO09-CO11
        "CO12": 1,  # Anna: jobless household; Carlo and Dana's became jobless only later
        "CO13": 1,  # with her son (10)
        "CO14": 1,  # single adult with a dependent child
        "CO15": 2,  # Carlo, Dana (foreign background)
        "CO16": 1,  # Dana
        "CO18": 3,
        "CR05": 2,  # disadvantaged, job searching on leaving (Anna, Dana)
        "CR06": 1,  # Anna employed at six months
        "CR07": 1,  # ... not employed at entry: improved
        "CR09": 1,  # ... disadvantaged
    }


def test_a_re_entry_counts_once_with_the_first_entry(db, ctx, data):
    found = nonzero(totals(db, ctx, "2014-2020", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))))
    # Elena in 2024, inactive at her first entry (not the student of her re-entry), 74,
    # living alone and inactive; she re-entered, so her 2024 exit is not a final exit
    assert found == {"CO03": 1, "CO04": 1, "CO07": 1, "CO08": 1, "CO09": 1, "CO12": 1, "CO18": 1}


def test_municipio_and_visibility(db, ctx, data):
    assert totals(db, ctx, "2021-2027", municipio=3)["EECO01"] == 1  # Anna
    educator = as_operator(db, ctx, Role.EDUCATORE, data["RTS-2025-0002"], "edu")
    assert nonzero(totals(db, educator, "2021-2027")) == {
        "EECO01": 2,
        "EECO02": 1,
        "EECO03": 1,
        "EECO05": 1,
        "EECO07": 1,
        "EECO08": 1,
        "EECO10": 1,
        "EECO11": 1,
        "EECO12": 1,
        "EECO13": 1,
        "EECO14": 2,
        "EECO16": 2,
        "EECR01": 1,
    }


def test_data_quality_names_what_is_missing(db, ctx, data):
    report = run_report(db, ctx, "data-quality", ReportFilter(*YEAR_2025))
    issues = {(r["case"], r["problem"]) for r in report.table("issues").records()}
    assert ("RTS-2025-0004", NO_LABOUR) in issues  # Fabio
    assert ("RTS-2025-0002", FOLLOW_UP_MISSING) in issues  # Dana, nothing at six months
    assert ("RTS-2025-0001", FOLLOW_UP_MISSING) not in issues  # Anna's was recorded
    codes = [r["case"] for r in report.table("issues").records()]
    assert [data[c] for c in codes] == report.data["case_ids"]


@pytest.mark.parametrize("programme", PROGRAMMES)
def test_every_code_of_the_mapping_is_computed(programme):
    mapping = load_mapping(programme)
    assert mapping.programme == programme
    raw = json.loads(
        (config.resources_dir() / "fse" / f"esf-{programme}.json").read_text(encoding="utf-8")
    )
    raw["indicators"]["XX99"] = {"name": "x", "label": "x", "group": "output"}
    with pytest.raises(ValueError, match="never computes"):
        check_mapping(raw)
    del raw["indicators"]["XX99"]
    raw["isced"]["9"] = ["CO09"]
    with pytest.raises(ValueError, match="unknown codes"):
        check_mapping(raw)


def test_the_2018_amendment_is_flagged():
    mapping = load_mapping("2014-2020")
    assert {c for c, i in mapping.indicators.items() if i.removed_on} == {"CO12", "CO13", "CO14"}
    assert {c for c, i in mapping.indicators.items() if i.sensitive} >= {"CO15", "CO16", "CO17"}
