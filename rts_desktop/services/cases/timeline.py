"""Cronologia: everything that happened in a case on one timeline, newest first.

Merged from the status history, stays and extensions, key handovers, diary notes, plans and
their reviews, assessments, appointments and attendance, and attached documents.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.visibility import require_visible_case
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import (
    Apartment,
    Assessment,
    AttendanceMark,
    Case,
    CaseStatusChange,
    Document,
    Event,
    Handover,
    HouseholdMember,
    Note,
    Plan,
    Review,
    Stay,
    StayExtension,
)
from rts_desktop.models.vocab import label

ROME = ZoneInfo("Europe/Rome")

KIND_LABELS = {
    "stato": N_("Stato"),
    "inserimento": N_("Inserimento"),
    "chiavi": N_("Chiavi"),
    "nota": N_("Diario"),
    "progetto": N_("Progetto"),
    "verifica": N_("Verifica"),
    "valutazione": N_("Valutazione"),
    "appuntamento": N_("Appuntamento"),
    "presenza": N_("Presenza"),
    "documento": N_("Documento"),
}


@dataclass(frozen=True)
class TimelineEntry:
    date: dt.date
    kind: str
    title: str
    detail: str = ""

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


def _local(instant: dt.datetime) -> dt.date:
    return instant.astimezone(ROME).date()


def _status(s: Session, case_id: str) -> list[TimelineEntry]:
    rows = s.scalars(select(CaseStatusChange).where(CaseStatusChange.case_id == case_id))
    return [
        TimelineEntry(
            c.date,
            "stato",
            f"{label(c.from_status)} → {label(c.to_status)}" if c.from_status else "Segnalazione",
            c.reason or "",
        )
        for c in rows
    ]


def _stays(s: Session, case_id: str) -> list[TimelineEntry]:
    found = []
    rows = s.execute(
        select(Stay, Apartment.code, Apartment.address)
        .join(Apartment, Apartment.id == Stay.apartment_id)
        .where(Stay.case_id == case_id)
    ).all()
    for stay, code, address in rows:
        where = f"{code} – {address}"
        found.append(TimelineEntry(stay.start_date, "inserimento", f"Ingresso in {code}", where))
        if stay.actual_end:
            found.append(TimelineEntry(stay.actual_end, "inserimento", f"Uscita da {code}", where))
    ext = s.execute(
        select(StayExtension)
        .join(Stay, Stay.id == StayExtension.stay_id)
        .where(Stay.case_id == case_id)
    ).scalars()
    for e in ext:
        found.append(
            TimelineEntry(e.decided_on, "inserimento", f"Proroga al {e.new_end:%d/%m/%Y}", e.reason)
        )
    handovers = s.scalars(
        select(Handover).join(Stay, Stay.id == Handover.stay_id).where(Stay.case_id == case_id)
    )
    for h in handovers:
        found.append(
            TimelineEntry(
                h.date, "chiavi", f"{label(h.kind).capitalize()} chiavi", h.condition or ""
            )
        )
    return found


def _notes(s: Session, case_id: str) -> list[TimelineEntry]:
    rows = s.scalars(select(Note).where(Note.case_id == case_id))
    return [
        TimelineEntry(n.date, "nota", f"Nota: {label(n.kind)}", n.text.strip().split("\n")[0])
        for n in rows
    ]


def _plans(s: Session, case_id: str) -> list[TimelineEntry]:
    found = []
    for p in s.scalars(select(Plan).where(Plan.case_id == case_id)):
        if p.agreed_on:
            found.append(
                TimelineEntry(
                    p.agreed_on, "progetto", f"Progetto v{p.version_no} condiviso", p.summary or ""
                )
            )
    reviews = s.scalars(
        select(Review).join(Plan, Plan.id == Review.plan_id).where(Plan.case_id == case_id)
    )
    found += [
        TimelineEntry(r.date, "verifica", "Verifica del progetto", r.notes or "") for r in reviews
    ]
    found += [
        TimelineEntry(a.date, "valutazione", "Valutazione dell'autonomia", a.notes or "")
        for a in s.scalars(select(Assessment).where(Assessment.case_id == case_id))
    ]
    return found


def _events(s: Session, case: Case) -> list[TimelineEntry]:
    found = [
        TimelineEntry(_local(e.starts_at), "appuntamento", e.title, label(e.area))
        for e in s.scalars(
            select(Event).where(Event.case_id == case.id, Event.cancelled.is_(False))
        )
    ]
    members = select(HouseholdMember.beneficiary_id).where(
        HouseholdMember.household_id == case.household_id
    )
    marks = s.execute(
        select(AttendanceMark.occurrence_start, AttendanceMark.status, Event.title)
        .join(Event, Event.id == AttendanceMark.event_id)
        .where(AttendanceMark.beneficiary_id.in_(members), Event.case_id.is_distinct_from(case.id))
    ).all()
    since = case.referral_date
    found += [
        TimelineEntry(_local(start), "presenza", title, label(status))
        for start, status, title in marks
        if _local(start) >= since
    ]
    return found


def _documents(s: Session, case_id: str) -> list[TimelineEntry]:
    rows = s.scalars(select(Document).where(Document.case_id == case_id))
    return [
        TimelineEntry(
            d.issued_on or _local(d.uploaded_at),
            "documento",
            f"{label(d.doc_type)}: {d.title}",
            f"scade il {d.expires_on:%d/%m/%Y}" if d.expires_on else "",
        )
        for d in rows
    ]


def case_timeline(
    db: Database, case_id: str, *, ctx: ActingContext | None = None
) -> list[TimelineEntry]:
    """The case's story, newest first (same-day entries keep a stable, readable order)."""
    with db.session(write=False) as s:
        require_visible_case(s, ctx, case_id)
        case = s.get(Case, case_id)
        if case is None:
            raise ValidationError("case_id", N_("Caso non trovato."))
        entries = (
            _status(s, case_id)
            + _stays(s, case_id)
            + _notes(s, case_id)
            + _plans(s, case_id)
            + _events(s, case)
            + _documents(s, case_id)
        )
    order = {k: i for i, k in enumerate(KIND_LABELS)}
    return sorted(entries, key=lambda e: (e.date, -order[e.kind]), reverse=True)
