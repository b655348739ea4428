"""Printable content of the calendar: the attendance sheet (foglio firme) of one occurrence.

Builds an ``AttendanceSheetDocument`` from the database (expected participants with their
case code, the educators taking part); ``rts_desktop.documents.attendance`` draws it.
"""

from __future__ import annotations

import datetime as dt
import io

from sqlalchemy import select

from rts_desktop.db import Database
from rts_desktop.documents.content import AttendanceLine, AttendanceSheetDocument
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models import Case, Event, HouseholdMember, Operator
from rts_desktop.models.vocab import label
from rts_desktop.services.calendar.attendance import attendance_sheet
from rts_desktop.services.calendar.event_records import event_people, load_event
from rts_desktop.services.calendar.recurrence import to_local


def _case_codes(db: Database, beneficiary_ids: list[str], on: dt.date) -> dict[str, str]:
    """The case code of each person's household on ``on`` (helps tell namesakes apart)."""
    if not beneficiary_ids:
        return {}
    with db.session(write=False) as s:
        rows = s.execute(
            select(HouseholdMember.beneficiary_id, Case.code)
            .join(Case, Case.household_id == HouseholdMember.household_id)
            .where(
                HouseholdMember.beneficiary_id.in_(beneficiary_ids),
                HouseholdMember.from_date <= on,
            )
            .order_by(Case.referral_date)
        ).all()
    return {bid: code for bid, code in rows}  # the latest case wins


def attendance_document(
    db: Database,
    event_id: str,
    occurrence_start: dt.datetime,
    printed_on: dt.date,
    *,
    ctx: ActingContext | None = None,
) -> AttendanceSheetDocument:
    """What the foglio firme of one occurrence says (times in Europe/Rome)."""
    sheet = attendance_sheet(db, event_id, occurrence_start, ctx=ctx)
    with db.session(write=False) as s:
        event: Event = load_event(s, event_id)
        operator_ids = [i for i in (event.organizer_id, *event_people(event)[1]) if i]
        names = dict(
            s.execute(
                select(Operator.id, Operator.full_name).where(Operator.id.in_(operator_ids))
            ).all()
        )
    educators = tuple(dict.fromkeys(names[i] for i in operator_ids if i in names))
    start = to_local(sheet.start)
    codes = _case_codes(db, [r.beneficiary_id for r in sheet.rows], start.date())
    return AttendanceSheetDocument(
        activity=sheet.title,
        area=label(sheet.area),
        starts_at=start,
        ends_at=to_local(sheet.end),
        place=sheet.place or "",
        printed_on=printed_on,
        educators=educators,
        participants=tuple(
            AttendanceLine(r.full_name, codes.get(r.beneficiary_id, r.code)) for r in sheet.rows
        ),
    )


def attendance_pdf(
    db: Database,
    event_id: str,
    occurrence_start: dt.datetime,
    printed_on: dt.date,
    *,
    ctx: ActingContext | None = None,
) -> bytes:
    """The foglio firme as PDF bytes (the people ``ctx`` may see: see ``attendance_sheet``)."""
    from rts_desktop.documents.attendance import render_attendance

    buffer = io.BytesIO()
    doc = attendance_document(db, event_id, occurrence_start, printed_on, ctx=ctx)
    render_attendance(doc, buffer)
    return buffer.getvalue()
