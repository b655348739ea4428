"""Privacy notices and consents per person (GDPR artt. 7, 9, 13): given, to renew, revoked.

A consent is recorded on the day it was given, with the day it must be asked again; a
revocation keeps the record (when it was given matters for what was done meanwhile). The
Scadenze panel shows the consents of people in open cases that expire within its window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import get_or_fail, to_dto
from rts_desktop.db.visibility import require_visible_person, visible_people_ids
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Beneficiary, Case, Consent, HouseholdMember, rules
from rts_desktop.models.vocab import CaseStatus, ConsentKind

#: how to say each kind (Italian, translated by the UI)
CONSENT_KINDS: dict[str, str] = {
    ConsentKind.INFORMATIVA: N_("Informativa privacy consegnata"),
    ConsentKind.DATI_PARTICOLARI: N_("Consenso al trattamento di dati sanitari e giudiziari"),
    ConsentKind.CONDIVISIONE_SST: N_("Consenso alla condivisione con il servizio sociale"),
    ConsentKind.IMMAGINI: N_("Consenso a foto e video delle attività"),
}


@dataclass(frozen=True)
class ConsentDTO:
    id: str
    version: str
    beneficiary_id: str
    kind: str
    given_on: dt.date
    expires_on: dt.date | None
    withdrawn_on: dt.date | None
    notes: str | None

    def in_force(self, on: dt.date) -> bool:
        return (
            self.given_on <= on
            and (self.withdrawn_on is None or on < self.withdrawn_on)
            and (self.expires_on is None or on <= self.expires_on)
        )


@dataclass(frozen=True)
class ExpiringConsent:
    """A consent to ask again soon (or already expired), for the Scadenze panel."""

    consent: ConsentDTO
    person_name: str
    case_id: str


def _dto(row: Consent) -> ConsentDTO:
    return to_dto(ConsentDTO, row)


@operation("create", "consent")
def record_consent(
    op: Op,
    beneficiary_id: str,
    kind: str,
    given_on: dt.date,
    expires_on: dt.date | None = None,
    notes: str | None = None,
) -> ConsentDTO:
    chosen = v.choice("kind", kind, ConsentKind)
    given = v.required_date("given_on", given_on)
    if given > op.ctx.today():
        raise ValidationError("given_on", N_("La data non può essere futura."))
    if expires_on is not None and expires_on <= given:
        raise ValidationError("expires_on", N_("La scadenza deve seguire la data del consenso."))
    clean_notes = rules.check("consents", "notes", notes)
    require_visible_person(op.s, op.ctx, beneficiary_id)
    get_or_fail(op.s, Beneficiary, beneficiary_id, N_("Persona"))
    row = Consent(
        beneficiary_id=beneficiary_id,
        kind=str(chosen),
        given_on=given,
        expires_on=expires_on,
        notes=clean_notes,
        recorded_by=op.ctx.operator_id,
    )
    op.s.add(row)
    op.s.flush()
    op.audit(row.id, str(chosen))
    return _dto(row)


@operation("withdraw", "consent")
def withdraw_consent(op: Op, consent_id: str, on: dt.date | None = None) -> ConsentDTO:
    """The person revokes it from ``on`` (default today)."""
    row = get_or_fail(op.s, Consent, consent_id, N_("Consenso"))
    require_visible_person(op.s, op.ctx, row.beneficiary_id)
    day = on or op.ctx.today()
    if row.withdrawn_on is not None:
        raise ValidationError("consent_id", N_("Il consenso è già stato revocato."))
    if day < row.given_on:
        raise ValidationError("on", N_("La revoca non può precedere il consenso."))
    row.withdrawn_on = day
    op.audit(row.id, row.kind)
    return _dto(row)


def list_consents(
    db: Database, beneficiary_id: str, *, ctx: ActingContext | None = None
) -> list[ConsentDTO]:
    """A person's consents, newest first (revoked and expired ones too: their history)."""
    with db.session(write=False) as s:
        require_visible_person(s, ctx, beneficiary_id)
        rows = s.scalars(
            select(Consent)
            .where(Consent.beneficiary_id == beneficiary_id)
            .order_by(Consent.given_on.desc(), Consent.id)
        )
        return [_dto(r) for r in rows]


def consents_expiring(
    db: Database, before: dt.date, *, ctx: ActingContext | None = None
) -> list[ExpiringConsent]:
    """Consents not revoked expiring on or before ``before`` (expired ones too) of the
    current members of open cases, soonest first; a newer consent of the same kind for the
    same person closes the deadline of the old one."""
    stmt = (
        select(Consent, Beneficiary.first_name, Beneficiary.last_name, Case.id)
        .join(Beneficiary, Beneficiary.id == Consent.beneficiary_id)
        .join(HouseholdMember, HouseholdMember.beneficiary_id == Consent.beneficiary_id)
        .join(Case, Case.household_id == HouseholdMember.household_id)
        .where(
            Consent.expires_on <= before,
            Consent.withdrawn_on.is_(None),
            HouseholdMember.to_date.is_(None),
            Case.status != str(CaseStatus.CONCLUSO),
        )
        .order_by(Consent.expires_on, Beneficiary.last_name)
    )
    condition = visible_people_ids(ctx, Consent.beneficiary_id)
    if condition is not None:
        stmt = stmt.where(condition)
    with db.session(write=False) as s:
        found = list(s.execute(stmt))
        latest = {
            (b, k): g
            for b, k, g in s.execute(
                select(Consent.beneficiary_id, Consent.kind, Consent.given_on)
                .where(Consent.beneficiary_id.in_({r[0].beneficiary_id for r in found}))
                .where(Consent.withdrawn_on.is_(None))
                .order_by(Consent.given_on)
            )
        }
    out: list[ExpiringConsent] = []
    seen: set[str] = set()
    for row, first, last, case_id in found:
        if (
            row.id in seen
            or latest.get((row.beneficiary_id, row.kind), row.given_on) > row.given_on
        ):
            continue  # listed once; renewed since
        seen.add(row.id)
        out.append(ExpiringConsent(_dto(row), f"{first} {last}", case_id))
    return out
