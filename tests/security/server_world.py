"""A server database with operators who have login roles, and psql-like connections as
them (migration 0015): what tests/security/test_server_*.py share. PostgreSQL only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from rts_desktop.db import Database
from rts_desktop.kernel.context import ActingContext
from rts_desktop.services import operators
from rts_desktop.services.calendar.events import EventInput, create_event
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import sharing
from rts_desktop.services.operators.login import set_password
from rts_desktop.services.plans import plan as plans
from tests.services.test_visibility import World

PASSWORDS = {
    "anna": "anna-password-1",
    "bruno": "bruno-password-1",
    "ugo": "ugo-password-1",
    "sara": "sara-password-1",
    "carla": "carla-password-1",
}
#: who -> username (the world of tests/services/test_visibility.py plus a coordinator)
USERS = {"A": "anna", "B": "bruno", "U": "ugo", "S": "sara", "C": "carla"}


@dataclass
class Server:
    db: Database
    world: World

    def connect(self, who: str, password: str | None = None) -> psycopg.Connection[Any]:
        """A connection as ``who``'s login role (A, B, U, S or C), as psql would make it."""
        username = USERS[who]
        return connect_as(self.db.url, username, password or PASSWORDS[username])

    def superuser(self) -> psycopg.Connection[Any]:
        return psycopg.connect(**conninfo(self.db.url))

    def plain_url(self) -> str:
        """The URL an office PC keeps: the server and the database, no user."""
        return make_url(self.db.url)._replace(username=None).render_as_string()


def conninfo(url: str) -> dict[str, Any]:
    parsed = make_url(url)
    info: dict[str, Any] = {"dbname": parsed.database, "user": parsed.username}
    if parsed.host:
        info["host"] = parsed.host
    if parsed.port:
        info["port"] = parsed.port
    info.update(parsed.query)
    return info


def connect_as(url: str, username: str, password: str) -> psycopg.Connection[Any]:
    info = conninfo(url) | {"user": f"op_{username}", "password": password}
    return psycopg.connect(**info)


def make_server(db: Database, ctx: ActingContext, world: World) -> Server:
    """The world plus a coordinator, passwords for all, a goal and an event per case (and
    an event with no case)."""
    operators.create_operator(db, ctx, "carla", "Carla Gialli", "coordinatore")
    # someone outside the matrix holds the other cases: rows nobody in it may touch
    zoe = operators.create_operator(db, ctx, "zoe", "Zoe Blu", "educatore")
    cases.assign_educator(db, ctx, world.other, zoe.id, dt.date(2026, 2, 1))
    sharing.share_case(db, ctx, world.referred, zoe.id, "Sostituzione per ferie")
    start = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    for case_id in (world.mine, world.referred, world.other, None):
        if case_id is not None:
            plan = plans.list_plans(db, case_id, ctx=ctx)[0]
            plans.add_goal(db, ctx, plan.id, plans.GoalInput("abitare", "Curare la casa"))
        event = EventInput(
            title="Colloquio",
            area="colloquio",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=1),
            case_id=case_id,
        )
        create_event(db, ctx, event)
    for username, password in PASSWORDS.items():
        set_password(db, db.context(), username, password)
    return Server(db, world)
