"""Beneficiaries and their identifiers, with the duplicate check (link, never merge)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import apply_changes, check_version, get_or_fail, next_code, to_dto
from rts_desktop.db.visibility import require_visible_person, visible_people_ids
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.kernel.text import fold, search_name
from rts_desktop.models import Beneficiary, Identifier, rules
from rts_desktop.models.vocab import IdentifierKind, Sex
from rts_desktop.services.cases import fiscal_code


@dataclass(frozen=True)
class IdentifierDTO:
    id: str
    kind: IdentifierKind
    value: str
    issued_by: str | None
    expires_on: dt.date | None


@dataclass(frozen=True)
class BeneficiaryDTO:
    id: str
    version: str
    code: str
    first_name: str
    last_name: str
    birth_date: dt.date | None
    sex: Sex | None
    birth_place: str | None
    nationality: str | None
    languages: str | None
    phone: str | None
    email: str | None
    notes: str | None
    identifiers: tuple[IdentifierDTO, ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def codice_fiscale(self) -> str | None:
        return next(
            (i.value for i in self.identifiers if i.kind == IdentifierKind.CODICE_FISCALE), None
        )


@dataclass
class BeneficiaryInput:
    """What a form gives to create or edit a person."""

    first_name: str
    last_name: str
    birth_date: dt.date | None = None
    sex: str | None = None
    birth_place: str | None = None
    nationality: str | None = None
    languages: str | None = None
    phone: str | None = None
    email: str | None = None
    notes: str | None = None
    codice_fiscale: str | None = None
    health_notes: str | None = None
    judicial_notes: str | None = None


@dataclass(frozen=True)
class SpecialCategoryData:
    health_notes: str | None
    judicial_notes: str | None


class PossibleDuplicate(ValidationError):
    """People already recorded with the same codice fiscale or name + birth date.

    The form offers to link one of ``candidates``; ``create_beneficiary(...,
    confirm_new=True)`` records a new person anyway. Nothing is merged automatically.
    """

    def __init__(self, field_name: str, candidates: list[BeneficiaryDTO]) -> None:
        super().__init__(
            field_name,
            N_("Persona forse già presente: {names}.").format(
                names=", ".join(f"{c.full_name} ({c.code})" for c in candidates)
            ),
        )
        self.candidates = candidates


def identifier_dto(ident: Identifier) -> IdentifierDTO:
    return to_dto(IdentifierDTO, ident, kind=IdentifierKind(ident.kind))


def beneficiary_dto(person: Beneficiary) -> BeneficiaryDTO:
    ids = tuple(identifier_dto(i) for i in person.identifiers)
    sex = Sex(person.sex) if person.sex else None
    return to_dto(BeneficiaryDTO, person, identifiers=ids, sex=sex)


def _clean(data: BeneficiaryInput, today: dt.date) -> dict[str, object]:
    def col(name: str) -> Any:
        return rules.check("beneficiaries", name, getattr(data, name))

    nationality = col("nationality")
    if nationality and not (len(nationality) == 2 and nationality.isalpha()):
        raise ValidationError("nationality", N_("Usa il codice del paese a due lettere (es. IT)."))
    sex = col("sex")
    first, last = col("first_name"), col("last_name")
    return {
        "first_name": first,
        "last_name": last,
        "search_name": rules.check(
            "beneficiaries", "search_name", search_name(first, last), field="last_name"
        ),
        "birth_date": v.birth_date("birth_date", data.birth_date, today),
        "sex": sex,
        "birth_place": col("birth_place"),
        "nationality": nationality.upper() if nationality else None,
        "languages": col("languages"),
        "phone": v.phone("phone", data.phone),
        "email": v.email("email", data.email),
        **{name: col(name) for name in ("notes", "health_notes", "judicial_notes")},
    }


def _check_fiscal_code(
    cf: str | None, values: dict[str, Any], today: dt.date, field: str | None = None
) -> None:
    """The code must not contradict the person's birth date, sex or place of birth."""
    fiscal_code.check(
        cf,
        today,
        birth_date=values["birth_date"],
        sex=values["sex"],
        birth_place=values["birth_place"],
        field=field,
    )


def _duplicates(
    s: Session, first: str, last: str, birth: dt.date | None, cf: str | None, exclude: str | None
) -> tuple[str, list[Beneficiary]]:
    if cf:
        stmt = (
            select(Beneficiary)
            .join(Identifier)
            .where(Identifier.kind == IdentifierKind.CODICE_FISCALE, Identifier.value == cf)
        )
        found = [p for p in s.scalars(stmt.options(selectinload(Beneficiary.identifiers))).unique()]
        found = [p for p in found if p.id != exclude]
        if found:
            return "codice_fiscale", found
    if birth is not None:
        stmt = select(Beneficiary).where(
            Beneficiary.search_name == search_name(first, last), Beneficiary.birth_date == birth
        )
        found = [
            p
            for p in s.scalars(stmt.options(selectinload(Beneficiary.identifiers)))
            if p.id != exclude
        ]
        if found:
            return "last_name", found
    return "", []


def find_duplicates(
    db: Database, first_name: str, last_name: str, birth_date: dt.date | None, cf: str | None
) -> list[BeneficiaryDTO]:
    """People matching by codice fiscale, or by name and birth date."""
    code = v.codice_fiscale("codice_fiscale", cf)
    first = rules.check("beneficiaries", "first_name", first_name, required=False) or ""
    last = rules.check("beneficiaries", "last_name", last_name, required=False) or ""
    birth = v.day("birth_date", birth_date, first=v.BIRTH_FIRST)
    with db.session(write=False) as s:
        _, found = _duplicates(s, first, last, birth, code, None)
        return [beneficiary_dto(p) for p in found]


@operation("create", "beneficiary")
def create_beneficiary(
    op: Op, data: BeneficiaryInput, *, confirm_new: bool = False
) -> BeneficiaryDTO:
    """Record a person; raises ``PossibleDuplicate`` unless ``confirm_new``."""
    values = _clean(data, op.ctx.today())
    cf = v.codice_fiscale("codice_fiscale", data.codice_fiscale)
    _check_fiscal_code(cf, values, op.ctx.today())
    s = op.s
    if not confirm_new:
        field_name, found = _duplicates(
            s,
            str(values["first_name"]),
            str(values["last_name"]),
            values["birth_date"],  # type: ignore[arg-type]
            cf,
            None,
        )
        if found:
            raise PossibleDuplicate(field_name, [beneficiary_dto(p) for p in found])
    person = Beneficiary(code=next_code(s, "BEN", op.ctx.today().year, 5), **values)
    if cf:
        person.identifiers.append(Identifier(kind=IdentifierKind.CODICE_FISCALE, value=cf))
    s.add(person)
    s.flush()
    op.audit(person.id)
    return beneficiary_dto(person)


@operation("update", "beneficiary")
def update_beneficiary(
    op: Op,
    beneficiary_id: str,
    data: BeneficiaryInput,
    *,
    expected_version: str | None = None,
) -> BeneficiaryDTO:
    """Edit a person's data (the codice fiscale is edited as an identifier)."""
    values = _clean(data, op.ctx.today())
    require_visible_person(op.s, op.ctx, beneficiary_id)
    person = get_or_fail(op.s, Beneficiary, beneficiary_id, "Beneficiario")
    # special-category fields are only changed (and compared) when the form showed them
    if data.health_notes is None:
        values.pop("health_notes")
    if data.judicial_notes is None:
        values.pop("judicial_notes")
    check_version(person, expected_version, values)
    for ident in person.identifiers:
        if ident.kind == IdentifierKind.CODICE_FISCALE:
            _check_fiscal_code(ident.value, values, op.ctx.today())
    apply_changes(person, values)
    op.audit(person.id)
    op.s.flush()
    return beneficiary_dto(person)


def get_beneficiary(db: Database, ctx: ActingContext, beneficiary_id: str) -> BeneficiaryDTO:
    with db.session(write=False) as s:
        require_visible_person(s, ctx, beneficiary_id)
        person = get_or_fail(s, Beneficiary, beneficiary_id, "Beneficiario")
        return beneficiary_dto(person)


def reveal_reason(reason: str) -> str:
    """Why special-category data (GDPR art. 9/10) is being shown: required, logged."""
    text = " ".join(str(reason or "").split())
    if len(text) < 3:
        raise ValidationError(
            "reason", N_("Scrivi perché servono questi dati: la ragione va nel registro.")
        )
    if len(text) > 200:
        raise ValidationError("reason", N_("Al massimo 200 caratteri."))
    return text


@operation("read_special", "beneficiary", permission="person.special_categories")
def reveal_special_categories(op: Op, beneficiary_id: str, reason: str) -> SpecialCategoryData:
    """Health and judicial notes, shown on demand with a reason; the reading is logged
    with it."""
    why = reveal_reason(reason)
    require_visible_person(op.s, op.ctx, beneficiary_id)
    person = get_or_fail(op.s, Beneficiary, beneficiary_id, "Beneficiario")
    op.audit(person.id, why)
    return SpecialCategoryData(person.health_notes, person.judicial_notes)


@operation("add_identifier", "beneficiary")
def add_identifier(
    op: Op,
    beneficiary_id: str,
    kind: str,
    value: str,
    *,
    issued_by: str | None = None,
    expires_on: dt.date | None = None,
) -> IdentifierDTO:
    chosen = v.choice("kind", kind, IdentifierKind)
    if chosen is IdentifierKind.CODICE_FISCALE:
        cleaned = v.codice_fiscale("value", value)
        if cleaned is None:
            raise ValidationError("value", N_("Campo obbligatorio."))
    else:
        cleaned = rules.check("identifiers", "value", value).upper()
    issued = rules.check("identifiers", "issued_by", issued_by)
    expires = rules.check("identifiers", "expires_on", expires_on)
    require_visible_person(op.s, op.ctx, beneficiary_id)
    person = get_or_fail(op.s, Beneficiary, beneficiary_id, "Beneficiario")
    if chosen is IdentifierKind.CODICE_FISCALE:
        facts = {
            "birth_date": person.birth_date,
            "sex": person.sex,
            "birth_place": person.birth_place,
        }
        _check_fiscal_code(cleaned, facts, op.ctx.today(), field="value")
    ident = Identifier(
        beneficiary_id=beneficiary_id,
        kind=str(chosen),
        value=cleaned,
        issued_by=issued,
        expires_on=expires,
    )
    op.s.add(ident)
    op.s.flush()
    op.audit(beneficiary_id, str(chosen))
    return identifier_dto(ident)


@operation("remove_identifier", "beneficiary")
def remove_identifier(op: Op, identifier_id: str) -> None:
    ident = get_or_fail(op.s, Identifier, identifier_id, "Documento di identità")
    require_visible_person(op.s, op.ctx, ident.beneficiary_id)
    op.audit(ident.beneficiary_id, ident.kind)
    op.s.delete(ident)


@dataclass(frozen=True)
class PersonHit:
    id: str
    code: str
    full_name: str
    birth_date: dt.date | None
    matched: str = field(default="name")


def search_people(
    db: Database, query: str, *, limit: int = 50, ctx: ActingContext | None = None
) -> list[PersonHit]:
    """People ``ctx`` sees by part of the name (accent-insensitive), code or identifier
    (CF...)."""
    if not isinstance(query, str):
        raise ValidationError("query", N_("Deve essere un testo."))
    q = fold(query)
    if not q:
        return []
    with db.session(write=False) as s:
        by_name = and_(*(Beneficiary.search_name.like(f"%{token}%") for token in q.split()))
        upper = query.strip().upper()
        by_ident = select(Identifier.beneficiary_id).where(Identifier.value.startswith(upper))
        stmt = (
            select(Beneficiary)
            .where(
                or_(
                    by_name,
                    Beneficiary.code == upper,
                    Beneficiary.id.in_(by_ident),
                )
            )
            .order_by(Beneficiary.search_name)
            .limit(limit)
        )
        seen = visible_people_ids(ctx, Beneficiary.id)
        if seen is not None:
            stmt = stmt.where(seen)
        hits = []
        for p in s.scalars(stmt):
            in_name = all(token in p.search_name for token in q.split())
            matched = "name" if in_name else ("code" if p.code == upper else "identifier")
            hits.append(PersonHit(p.id, p.code, p.full_name, p.birth_date, matched))
        return hits
