"""Cases: referral, lifecycle (segnalato → in valutazione → attivo ↔ sospeso → concluso),
SST referral data, educators with history, exit and the six-month follow-up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import apply_changes, check_version, get_or_fail, next_code
from rts_desktop.db.visibility import require_visible_case, require_visible_household
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.kernel.roles import Role
from rts_desktop.models import Case, CaseEducator, CaseStatusChange, Operator, Stay, rules
from rts_desktop.models.vocab import (
    CASE_TRANSITIONS,
    CaseStatus,
    ExitDestination,
    ExitOutcome,
    label,
)
from rts_desktop.services.cases.closed import refuse_closed
from rts_desktop.services.cases.households import HouseholdDTO, household_dto, load_household

FOLLOW_UP_AFTER = relativedelta(months=6)
KNOWN_FLAGS = {
    "visite_in_coppia": N_("Visite in coppia"),
    "interprete": N_("Serve interprete"),
    "minori": N_("Minori nel nucleo"),
    "animali": N_("Animali domestici"),
    "accessibilita": N_("Esigenze di accessibilità"),
}
#: every role reads a case file (its opening is audited)
EVERYONE = frozenset(Role)


@dataclass(frozen=True)
class StatusChangeDTO:
    from_status: CaseStatus | None
    to_status: CaseStatus
    date: dt.date
    reason: str | None


@dataclass(frozen=True)
class EducatorDTO:
    id: str
    operator_id: str
    full_name: str
    is_primary: bool
    from_date: dt.date
    to_date: dt.date | None


@dataclass(frozen=True)
class CaseDTO:
    id: str
    version: str
    code: str
    status: CaseStatus
    household: HouseholdDTO
    referral_date: dt.date
    referral_source: str | None
    sst_municipio: int | None
    sst_social_worker: str | None
    sst_contact: str | None
    ethos_entry: str | None
    start_date: dt.date | None
    exit_date: dt.date | None
    exit_reason: str | None
    exit_destination: ExitDestination | None
    follow_up_due: dt.date | None
    follow_up_done: dt.date | None
    follow_up_notes: str | None
    flags: tuple[str, ...]
    summary: str | None
    status_history: tuple[StatusChangeDTO, ...]
    educators: tuple[EducatorDTO, ...]
    #: the six-month follow-up can be recorded (closed cases only)
    can_record_follow_up: bool
    #: the social worker operator who referred and follows the case (she sees it)
    sst_operator_id: str | None = None
    #: how the stay ended (autonomy reached, a negative outcome, another outcome)
    exit_outcome: ExitOutcome | None = None

    @property
    def status_label(self) -> str:
        return label(self.status)


@dataclass
class CaseInput:
    household_id: str
    referral_date: dt.date
    referral_source: str | None = None
    sst_municipio: int | None = None
    sst_social_worker: str | None = None
    sst_contact: str | None = None
    ethos_entry: str | None = None
    flags: tuple[str, ...] = ()
    summary: str | None = None


def _flags(values: tuple[str, ...] | list[str]) -> str:
    if not isinstance(values, tuple | list) or not all(isinstance(f, str) for f in values):
        raise ValidationError("flags", N_("Segnalazioni non valide."))
    unknown = [f for f in values if f not in KNOWN_FLAGS]
    if unknown:
        raise ValidationError("flags", N_("Segnalazione non prevista: {f}.").format(f=unknown[0]))
    return ",".join(sorted(set(values)))


def _clean(data: CaseInput, today: dt.date) -> dict[str, object]:
    referral = v.required_date("referral_date", data.referral_date)
    v.not_future("referral_date", referral, today)
    columns = (
        "referral_source",
        "sst_municipio",
        "sst_social_worker",
        "sst_contact",
        "ethos_entry",
        "summary",
    )
    values: dict[str, object] = {"referral_date": referral}
    values |= {name: rules.check("cases", name, getattr(data, name)) for name in columns}
    values["flags"] = _flags(data.flags)
    return values


def load_case(s: Session, case_id: str) -> Case:
    case = s.get(
        Case,
        case_id,
        options=[
            selectinload(Case.status_history),
            selectinload(Case.educators),
        ],
    )
    if case is None:
        raise ValidationError("case_id", N_("Caso non trovato."))
    return case


def case_dto(s: Session, case: Case) -> CaseDTO:
    names = dict(
        s.execute(
            select(Operator.id, Operator.full_name).where(
                Operator.id.in_([e.operator_id for e in case.educators])
            )
        ).all()
    )
    return CaseDTO(
        id=case.id,
        version=case.version,
        code=case.code,
        status=CaseStatus(case.status),
        household=household_dto(load_household(s, case.household_id)),
        referral_date=case.referral_date,
        referral_source=case.referral_source,
        sst_municipio=case.sst_municipio,
        sst_social_worker=case.sst_social_worker,
        sst_contact=case.sst_contact,
        ethos_entry=case.ethos_entry,
        start_date=case.start_date,
        exit_date=case.exit_date,
        exit_reason=case.exit_reason,
        exit_destination=(
            ExitDestination(case.exit_destination) if case.exit_destination else None
        ),
        follow_up_due=case.follow_up_due,
        follow_up_done=case.follow_up_done,
        follow_up_notes=case.follow_up_notes,
        flags=tuple(f for f in case.flags.split(",") if f),
        summary=case.summary,
        status_history=tuple(
            StatusChangeDTO(
                CaseStatus(c.from_status) if c.from_status else None,
                CaseStatus(c.to_status),
                c.date,
                c.reason,
            )
            for c in case.status_history
        ),
        educators=tuple(
            EducatorDTO(
                e.id,
                e.operator_id,
                names.get(e.operator_id, "?"),
                e.is_primary,
                e.from_date,
                e.to_date,
            )
            for e in case.educators
        ),
        can_record_follow_up=case.status == CaseStatus.CONCLUSO,
        sst_operator_id=case.sst_operator_id,
        exit_outcome=ExitOutcome(case.exit_outcome) if case.exit_outcome else None,
    )


@operation("create", "case")
def create_case(op: Op, data: CaseInput) -> CaseDTO:
    """Record a referral (status ``segnalato``) for a household."""
    values = _clean(data, op.ctx.today())
    s = op.s
    require_visible_household(s, op.ctx, data.household_id)
    load_household(s, data.household_id)
    case = Case(
        code=next_code(s, "RTS", data.referral_date.year),
        household_id=data.household_id,
        status=CaseStatus.SEGNALATO,
        **values,
    )
    s.add(case)
    s.flush()
    case.status_history.append(
        CaseStatusChange(
            case_id=case.id,
            from_status=None,
            to_status=CaseStatus.SEGNALATO,
            date=data.referral_date,
            operator_id=op.ctx.operator_id,
        )
    )
    if op.ctx.role == Role.EDUCATORE and op.ctx.operator_id is not None:
        # the educator who records the referral follows it (and so keeps seeing it)
        case.educators.append(
            CaseEducator(
                case_id=case.id,
                operator_id=op.ctx.operator_id,
                is_primary=True,
                from_date=data.referral_date,
            )
        )
    s.flush()
    op.audit(case.id)
    return case_dto(s, case)


@operation("update", "case")
def update_case(
    op: Op, case_id: str, data: CaseInput, *, expected_version: str | None = None
) -> CaseDTO:
    values = _clean(data, op.ctx.today())
    require_visible_case(op.s, op.ctx, case_id)
    case = load_case(op.s, case_id)
    check_version(case, expected_version, values)
    refuse_closed(case)
    if data.household_id != case.household_id:
        raise ValidationError(
            "household_id", N_("Il nucleo di un caso non si cambia: apri un nuovo caso.")
        )
    apply_changes(case, values)
    op.s.flush()
    op.audit(case.id)
    return case_dto(op.s, case)


@operation("read", "case", permission="cases.read")
def get_case(op: Op, case_id: str) -> CaseDTO:
    """The case file; the reading is logged in the audit (who opened which file). A case
    the operator does not see is not found (``NotFound``, as a missing one)."""
    require_visible_case(op.s, op.ctx, case_id)
    case = load_case(op.s, case_id)
    op.audit(case.id)
    return case_dto(op.s, case)


def _change_status(
    op: Op,
    case_id: str,
    to: CaseStatus,
    on: dt.date,
    reason: str | None = None,
    **extra: object,
) -> CaseDTO:
    """Move the case to ``to`` (the operation's declared ``status_<to>`` entry)."""
    require_visible_case(op.s, op.ctx, case_id)
    case = load_case(op.s, case_id)
    current = CaseStatus(case.status)
    if to not in CASE_TRANSITIONS[current]:
        raise ValidationError(
            "status",
            N_("Non si può passare da «{a}» a «{b}».").format(a=label(current), b=label(to)),
        )
    v.required_date("date", on)
    last = case.status_history[-1].date if case.status_history else case.referral_date
    if on < last:
        raise ValidationError(
            "date", N_("La data precede l'ultimo cambio di stato ({d:%d/%m/%Y}).").format(d=last)
        )
    if on > op.ctx.today():
        raise ValidationError("date", N_("La data non può essere nel futuro."))
    case.status_history.append(
        CaseStatusChange(
            case_id=case.id,
            from_status=current,
            to_status=to,
            date=on,
            reason=reason,
            operator_id=op.ctx.operator_id,
        )
    )
    case.status = to
    op.audit(case.id, reason)
    apply_changes(case, extra)
    op.s.flush()
    return case_dto(op.s, case)


@operation(f"status_{CaseStatus.IN_VALUTAZIONE}", "case")
def accept_referral(op: Op, case_id: str, on: dt.date) -> CaseDTO:
    """The referral is taken on: the assessment starts."""
    return _change_status(op, case_id, CaseStatus.IN_VALUTAZIONE, on)


@operation(f"status_{CaseStatus.ATTIVO}", "case")
def activate(op: Op, case_id: str, on: dt.date) -> CaseDTO:
    """The path starts: the case's start date is set (stays must fall after it)."""
    return _change_status(op, case_id, CaseStatus.ATTIVO, on, start_date=on)


def _reason(reason: str) -> str:
    """The reason of a status change (required where the form asks for it)."""
    return str(rules.check("case_status_changes", "reason", reason, required=True))


@operation(f"status_{CaseStatus.SOSPESO}", "case")
def suspend(op: Op, case_id: str, on: dt.date, reason: str) -> CaseDTO:
    why = _reason(reason)
    return _change_status(op, case_id, CaseStatus.SOSPESO, on, why)


@operation(f"status_{CaseStatus.ATTIVO}", "case")
def resume(op: Op, case_id: str, on: dt.date) -> CaseDTO:
    return _change_status(op, case_id, CaseStatus.ATTIVO, on)


@operation(f"status_{CaseStatus.CONCLUSO}", "case")
def close(
    op: Op,
    case_id: str,
    on: dt.date,
    reason: str,
    destination: str,
    *,
    outcome: str | None = None,
) -> CaseDTO:
    """Close with reason and destination (both required) and how the stay ended
    (``ExitOutcome``: the form asks for it); schedules the 6-month follow-up.

    Refused while a stay is still open after the exit date: move the household out first.
    """
    require_visible_case(op.s, op.ctx, case_id)
    why = _reason(reason)
    dest = v.choice("exit_destination", destination, ExitDestination)
    ending = v.choice("exit_outcome", outcome, ExitOutcome, required=False)
    v.required_date("date", on)
    open_stay = op.s.scalar(
        select(Stay.id).where(
            Stay.case_id == case_id,
            Stay.actual_end.is_(None) | (Stay.actual_end > on),
            Stay.start_date <= on,
        )
    )
    if open_stay is not None:
        raise ValidationError(
            "exit_date",
            N_("Il nucleo risulta ancora inserito in alloggio: registra prima l'uscita."),
        )
    return _change_status(
        op,
        case_id,
        CaseStatus.CONCLUSO,
        on,
        why,
        exit_date=on,
        exit_reason=why,
        exit_destination=str(dest),
        exit_outcome=str(ending) if ending else None,
        follow_up_due=on + FOLLOW_UP_AFTER,
        follow_up_done=None,
    )


@operation(f"status_{CaseStatus.IN_VALUTAZIONE}", "case")
def reopen(op: Op, case_id: str, on: dt.date, reason: str) -> CaseDTO:
    """A closed case goes back to assessment; the previous exit stays in the history."""
    why = _reason(reason)
    return _change_status(
        op,
        case_id,
        CaseStatus.IN_VALUTAZIONE,
        on,
        why,
        exit_date=None,
        exit_reason=None,
        exit_destination=None,
        exit_outcome=None,
        follow_up_due=None,
    )


@operation("follow_up", "case")
def record_follow_up(op: Op, case_id: str, on: dt.date, notes: str) -> CaseDTO:
    v.required_date("follow_up_done", on)
    clean_notes = rules.check("cases", "follow_up_notes", notes, required=True)
    require_visible_case(op.s, op.ctx, case_id)
    case = load_case(op.s, case_id)
    if case.status != CaseStatus.CONCLUSO:
        raise ValidationError("follow_up_done", N_("Il follow-up si registra sui casi conclusi."))
    v.date_order("exit_date", case.exit_date, "follow_up_done", on)
    case.follow_up_done = on
    case.follow_up_notes = clean_notes
    op.audit(case.id)
    op.s.flush()
    return case_dto(op.s, case)


@operation("assign_educator", "case")
def assign_educator(
    op: Op, case_id: str, operator_id: str, from_date: dt.date, *, primary: bool = True
) -> CaseDTO:
    """Assign an educator; a new primary educator ends the previous primary assignment."""
    v.required_date("from_date", from_date)
    v.flag("primary", primary)
    require_visible_case(op.s, op.ctx, case_id)
    case = load_case(op.s, case_id)
    refuse_closed(case, "operator_id")
    educator = get_or_fail(op.s, Operator, operator_id, "Operatore")
    if not educator.active:
        raise ValidationError("operator_id", N_("L'operatore non è più attivo."))
    for e in case.educators:
        if e.to_date is None and e.operator_id == operator_id:
            raise ValidationError("operator_id", N_("L'educatore è già assegnato al caso."))
        if primary and e.to_date is None and e.is_primary:
            if from_date < e.from_date:
                raise ValidationError("from_date", N_("La data precede l'assegnazione attuale."))
            e.to_date = from_date
    case.educators.append(
        CaseEducator(
            case_id=case.id, operator_id=operator_id, is_primary=primary, from_date=from_date
        )
    )
    op.s.flush()
    op.audit(case.id, operator_id)
    return case_dto(op.s, case)
