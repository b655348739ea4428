"""The small demo: about 60 beneficiaries and 25 apartments over the two years up to today.

Written through the ORM in one write session, so the change capture records one change per
record as if people had typed it; a share of open stays, plan reviews and permits fall due in
the next four weeks, so the "Scadenze" panel has something to show.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from rts_desktop.db import Database
from rts_desktop.demo.world import Config, build_world
from rts_desktop.demo.writers import write_orm
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Apartment, Beneficiary, Case

SMALL_SIZES = {1: 55, 2: 15, 3: 13, 4: 10, 5: 5, 6: 2}


def noon(today: dt.date) -> dt.datetime:
    """Midday in Milan on ``today``, as an aware UTC instant (the generators' fixed clock)."""
    local = dt.datetime.combine(today, dt.time(12), tzinfo=ZoneInfo("Europe/Rome"))
    return local.astimezone(dt.UTC)


def require_empty(db: Database) -> None:
    """Demo data goes into a new database only: never mixed with real records."""
    with db.session(write=False) as s:
        for model in (Beneficiary, Case, Apartment):
            if s.scalar(select(func.count()).select_from(model)):
                raise ValidationError(
                    "database",
                    N_("Il database contiene già dei dati: usa un database nuovo per la demo."),
                )


def generate_small(db: Database, seed: int = 2026, today: dt.date | None = None) -> dict[str, int]:
    """Fill an empty database with the small demo; returns the rows written per table."""
    today = today or dt.date.today()
    require_empty(db)
    instant = noon(today)
    ctx = ActingContext(device_id=db.device_id, role=None, clock=lambda: instant)
    config = Config(
        today=today,
        years=2,
        beneficiaries=54,
        apartments=25,
        educators=7,
        coordinators=2,
        sizes=SMALL_SIZES,
        group_every_days=21,
        deadline_bias=0.3,
        recent=5,
        suspension_rate=0.2,
        referral_skew=1.3,
        rare=4.0,
        every_kind=True,
        device_id=db.device_id,
    )
    world = build_world(config, seed)
    write_orm(db, ctx, world)
    return world.rows.counts()
