"""Retention: years after a person's last case closed, her special-category data is
cleared, later everything about her is erased; open cases keep her whole."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from rts_desktop.cli import main
from rts_desktop.kernel.errors import PermissionDenied
from rts_desktop.models import AuditEntry, Beneficiary, Erasure
from rts_desktop.models.vocab import Role
from rts_desktop.services import retention
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import households, people
from rts_desktop.services.cases.households import MemberInput
from rts_desktop.services.cases.people import BeneficiaryInput

D = dt.date
POLICY = retention.Policy(special_years=2, person_years=10)


def closed_case(db, ctx, name: str, referral: dt.date, closed: dt.date | None, health):
    data = BeneficiaryInput(first_name="Ștefan", last_name=name, health_notes=health)
    pid = people.create_beneficiary(db, ctx, data).id
    household = households.create_household(
        db, ctx, f"Nucleo {name}", [MemberInput(pid, "capofamiglia", referral, is_head=True)]
    )
    case = cases.create_case(
        db, ctx, cases.CaseInput(household_id=household.id, referral_date=referral)
    )
    if closed is not None:
        cases.close(db, ctx, case.id, closed, "conclusione del percorso", "erp")
    return pid, people.get_beneficiary(db, ctx, pid).code


@pytest.fixture
def world(db, ctx):
    return {
        "old": closed_case(db, ctx, "Anziani", D(2014, 1, 10), D(2015, 6, 30), "Diabete"),
        "recent": closed_case(db, ctx, "Recenti", D(2022, 1, 10), D(2023, 6, 30), "Asma"),
        "fresh": closed_case(db, ctx, "Freschi", D(2025, 1, 10), D(2025, 6, 30), "Allergia"),
        "open": closed_case(db, ctx, "Aperti", D(2014, 1, 10), None, "Epilessia"),
        "nothing": closed_case(db, ctx, "Nessuno", D(2022, 1, 10), D(2023, 6, 30), None),
    }


def test_what_is_due_today(db, ctx, world):
    due = retention.retention_due(db, ctx, POLICY)
    assert [(i.category, i.code) for i in due] == [
        ("persona", world["old"][1]),
        ("dati_particolari", world["recent"][1]),
    ]
    assert due[0].due_on == D(2025, 6, 30) and due[1].due_on == D(2025, 6, 30)
    assert retention.retention_due(db, ctx, retention.Policy(2, 20))[0].category == (
        "dati_particolari"  # with a longer person retention, the old one is only cleared
    )


def test_apply_clears_and_erases_with_the_reason_in_the_log(db, ctx, world):
    done = retention.apply_retention(db, ctx, POLICY)
    assert len(done) == 2
    with db.session(write=False) as s:
        recent = s.get(Beneficiary, world["recent"][0])
        assert recent.health_notes is None and recent.first_name == "Ștefan"
        assert s.get(Erasure, ("beneficiaries", world["old"][0])) is not None
        assert s.get(Beneficiary, world["open"][0]).health_notes == "Epilessia"
        assert s.get(Beneficiary, world["fresh"][0]).health_notes == "Allergia"
        reasons = {
            e.action: e.detail
            for e in s.scalars(select(AuditEntry).where(AuditEntry.detail.like("conservazione%")))
        }
    assert reasons["clear_special"].startswith("conservazione: 2 anni")
    assert reasons["erase"].startswith("conservazione: 10 anni")
    assert retention.retention_due(db, ctx, POLICY) == []  # done once


def test_only_coordinators_run_it(db, ctx, world):
    with pytest.raises(PermissionDenied):
        retention.retention_due(db, replace(ctx, role=Role.EDUCATORE), POLICY)


def test_the_command_reports_then_applies(db, ctx, db_path, world, capsys, monkeypatch):
    from rts_desktop.kernel import config

    db.close()
    settings = config.Settings()
    settings.set(config.RETENTION_PERSON_YEARS, 10)
    settings.save()
    monkeypatch.setattr(
        "rts_desktop.kernel.context.ActingContext.today", lambda _s: D(2026, 11, 25)
    )
    assert main(["retention", "--db", str(db_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["applied"] is False
    assert [i["category"] for i in report["items"]] == ["persona", "dati_particolari"]
    assert main(["retention", "--db", str(db_path), "--apply"]) == 0
    out = capsys.readouterr().out
    assert out.count("Eseguito") == 2 and world["old"][1] in out
    assert main(["retention", "--db", str(db_path)]) == 0
    assert "Nulla da cancellare" in capsys.readouterr().out
