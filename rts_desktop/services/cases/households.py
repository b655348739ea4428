"""Households (nuclei) and dated membership."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session, selectinload

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import get_or_fail
from rts_desktop.db.visibility import (
    require_visible_household,
    require_visible_person,
)
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Beneficiary, Household, HouseholdMember, rules
from rts_desktop.models.vocab import HouseholdRelation
from rts_desktop.services.cases.closed import refuse_closed_household


@dataclass(frozen=True)
class MemberDTO:
    id: str
    beneficiary_id: str
    beneficiary_code: str
    full_name: str
    birth_date: dt.date | None
    relation: HouseholdRelation
    is_head: bool
    from_date: dt.date
    to_date: dt.date | None


@dataclass(frozen=True)
class HouseholdDTO:
    id: str
    version: str
    name: str
    notes: str | None
    members: tuple[MemberDTO, ...]

    def current_members(self, on: dt.date) -> list[MemberDTO]:
        return [
            m for m in self.members if m.from_date <= on and (m.to_date is None or m.to_date >= on)
        ]

    @property
    def head(self) -> MemberDTO | None:
        return next((m for m in self.members if m.is_head and m.to_date is None), None)


@dataclass
class MemberInput:
    beneficiary_id: str
    relation: str
    from_date: dt.date
    is_head: bool = False


def load_household(s: Session, household_id: str) -> Household:
    household = s.get(
        Household,
        household_id,
        options=[selectinload(Household.members).selectinload(HouseholdMember.beneficiary)],
    )
    if household is None:
        raise ValidationError("household_id", N_("Nucleo non trovato."))
    return household


def household_dto(h: Household) -> HouseholdDTO:
    members = tuple(
        MemberDTO(
            id=m.id,
            beneficiary_id=m.beneficiary_id,
            beneficiary_code=m.beneficiary.code,
            full_name=m.beneficiary.full_name,
            birth_date=m.beneficiary.birth_date,
            relation=HouseholdRelation(m.relation),
            is_head=m.is_head,
            from_date=m.from_date,
            to_date=m.to_date,
        )
        for m in h.members
    )
    return HouseholdDTO(h.id, h.version, h.name, h.notes, members)


def _add_member(s: Session, household: Household, data: MemberInput) -> HouseholdMember:
    relation = v.choice("relation", data.relation, HouseholdRelation)
    v.required_date("from_date", data.from_date)
    v.flag("is_head", data.is_head)
    get_or_fail(s, Beneficiary, data.beneficiary_id, "Beneficiario")
    for m in household.members:
        if m.beneficiary_id == data.beneficiary_id and m.to_date is None:
            raise ValidationError("beneficiary_id", N_("La persona fa già parte del nucleo."))
    if data.is_head and any(m.is_head and m.to_date is None for m in household.members):
        raise ValidationError("is_head", N_("Il nucleo ha già un capofamiglia."))
    member = HouseholdMember(
        household_id=household.id,
        beneficiary_id=data.beneficiary_id,
        relation=str(relation),
        is_head=data.is_head,
        from_date=data.from_date,
    )
    household.members.append(member)
    return member


@operation("create", "household")
def create_household(
    op: Op, name: str, members: list[MemberInput], notes: str | None = None
) -> HouseholdDTO:
    """A household with its members; exactly one current head."""
    if not isinstance(members, list | tuple) or not all(
        isinstance(m, MemberInput) for m in members
    ):
        raise ValidationError("members", N_("Componenti non validi."))
    if not members:
        raise ValidationError("members", N_("Il nucleo deve avere almeno una persona."))
    if sum(1 for m in members if m.is_head) != 1:
        raise ValidationError("is_head", N_("Indica un capofamiglia."))
    clean_name = rules.check("households", "name", name)
    clean_notes = rules.check("households", "notes", notes)
    s = op.s
    for data in members:
        require_visible_person(s, op.ctx, data.beneficiary_id)
    household = Household(name=clean_name, notes=clean_notes)
    s.add(household)
    s.flush()
    for data in members:
        _add_member(s, household, data)
    s.flush()
    op.audit(household.id)
    return household_dto(load_household(s, household.id))


@operation("add_member", "household")
def add_member(op: Op, household_id: str, data: MemberInput) -> HouseholdDTO:
    require_visible_household(op.s, op.ctx, household_id)
    if isinstance(data, MemberInput):
        require_visible_person(op.s, op.ctx, data.beneficiary_id)
    household = load_household(op.s, household_id)
    refuse_closed_household(op.s, household.id)
    _add_member(op.s, household, data)
    op.s.flush()
    op.audit(household.id, data.beneficiary_id)
    return household_dto(household)


@operation("end_member", "household")
def end_membership(op: Op, member_id: str, to_date: dt.date) -> HouseholdDTO:
    """A person leaves the household on ``to_date`` (history is kept)."""
    v.required_date("to_date", to_date)
    member = get_or_fail(op.s, HouseholdMember, member_id, "Componente")
    require_visible_household(op.s, op.ctx, member.household_id)
    refuse_closed_household(op.s, member.household_id, "to_date")
    v.date_order("from_date", member.from_date, "to_date", to_date)
    if member.to_date is not None:
        raise ValidationError("to_date", N_("La persona è già uscita dal nucleo."))
    member.to_date = to_date
    op.audit(member.household_id, member.beneficiary_id)
    op.s.flush()
    return household_dto(load_household(op.s, member.household_id))


def get_household(
    db: Database, household_id: str, *, ctx: ActingContext | None = None
) -> HouseholdDTO:
    with db.session(write=False) as s:
        require_visible_household(s, ctx, household_id)
        return household_dto(load_household(s, household_id))
