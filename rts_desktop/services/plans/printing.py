"""Printable content of the plans area: the individualized plan, the accommodation
agreement (patto di accoglienza) and the case-diary extract for audits.

Each ``*_document`` function reads everything it needs in ONE session with a handful of
set-based queries (nothing lazy) and returns the plain content dataclass of
``rts_desktop.documents.content``; ``*_pdf`` renders it. Printing a case document is a read
of the case file, so the single-document ``*_pdf`` functions are operations that write an
audit entry (open to every role: the social worker prints too).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.visibility import require_visible_case
from rts_desktop.documents.content import (
    AgreementDocument,
    AssessmentSeries,
    Person,
    PlanActionLine,
    PlanDocument,
    PlanGoalLine,
    ReviewLine,
    ReviewOutcomeLine,
    SignatureParty,
)
from rts_desktop.kernel.access import require
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, NotFound, ValidationError
from rts_desktop.kernel.i18n import text_of
from rts_desktop.models import (
    Agreement,
    Apartment,
    Assessment,
    Beneficiary,
    Case,
    CaseEducator,
    Goal,
    Household,
    HouseholdMember,
    Operator,
    Plan,
    Review,
    Room,
    Stay,
)
from rts_desktop.models.vocab import LABELS, PlanDomain, PlanStatus, label
from rts_desktop.services.plans.frameworks import FrameworkError, get_framework
from rts_desktop.services.plans.lookups import case_of, operator_names

OWNER_LABELS = {"sst": "SST"}
MANAGING_BODY = "l'ente gestore del servizio RTS per conto del Comune di Milano"


DOMAIN_ORDER = [str(d) for d in PlanDomain]


def _domain_rank(domain: str) -> int:
    """Goals print grouped by domain in the framework's order (as the editor shows them)."""
    return DOMAIN_ORDER.index(domain) if domain in DOMAIN_ORDER else len(DOMAIN_ORDER)


def owner_label(code: str) -> str:
    """Who carries out an action, as printed ("SST" stays in capitals)."""
    return OWNER_LABELS.get(code) or label(code)


# --- shared look-ups (all inside the caller's session) --------------------------------------


def _members(s: Session, household_id: str, on: dt.date) -> list[tuple[Beneficiary, str, bool]]:
    """(person, relation label, is head) of the household on ``on``, head first."""
    rows = s.execute(
        select(Beneficiary, HouseholdMember.relation, HouseholdMember.is_head)
        .join(HouseholdMember, HouseholdMember.beneficiary_id == Beneficiary.id)
        .where(
            HouseholdMember.household_id == household_id,
            HouseholdMember.from_date <= on,
            (HouseholdMember.to_date.is_(None)) | (HouseholdMember.to_date > on),
        )
        .order_by(HouseholdMember.is_head.desc(), Beneficiary.birth_date)
    ).all()
    if not rows:  # everyone left (closed case printed later): show the last known members
        rows = s.execute(
            select(Beneficiary, HouseholdMember.relation, HouseholdMember.is_head)
            .join(HouseholdMember, HouseholdMember.beneficiary_id == Beneficiary.id)
            .where(HouseholdMember.household_id == household_id)
            .order_by(HouseholdMember.is_head.desc(), Beneficiary.birth_date)
        ).all()
    return [(b, LABELS.get(rel, rel.replace("_", " ").capitalize()), head) for b, rel, head in rows]


def _person(b: Beneficiary, relation: str) -> Person:
    return Person(f"{b.first_name} {b.last_name}", b.birth_date, relation)


def _educator(s: Session, case_id: str, on: dt.date) -> str:
    rows = s.execute(
        select(Operator.full_name, CaseEducator.is_primary)
        .join(CaseEducator, CaseEducator.operator_id == Operator.id)
        .where(
            CaseEducator.case_id == case_id,
            CaseEducator.from_date <= on,
            (CaseEducator.to_date.is_(None)) | (CaseEducator.to_date > on),
        )
        .order_by(CaseEducator.is_primary.desc(), CaseEducator.from_date.desc())
    ).all()
    return rows[0][0] if rows else ""


def _stay(s: Session, case_id: str, on: dt.date, stay_id: str | None = None) -> Stay | None:
    """The stay given, else the one running on ``on``, else the latest one."""
    if stay_id:
        return s.get(Stay, stay_id)
    stays = list(s.scalars(select(Stay).where(Stay.case_id == case_id).order_by(Stay.start_date)))
    running = [st for st in stays if st.start_date <= on and (st.actual_end or on) >= on]
    return (running or stays or [None])[-1]


def _address(apartment: Apartment) -> str:
    return apartment.address + (f", {apartment.postcode} Milano" if apartment.postcode else "")


def _apartment_line(s: Session, stay: Stay | None) -> tuple[str, Apartment | None, Room | None]:
    if stay is None:
        return "", None, None
    apartment = s.get(Apartment, stay.apartment_id)
    room = s.get(Room, stay.room_id)
    if apartment is None:
        return "", None, None
    text = f"{apartment.code} – {_address(apartment)}"
    return text + (f" ({room.name})" if room else ""), apartment, room


def _municipio(case: Case) -> str:
    return text_of(N_("Municipio {n}").format(n=case.sst_municipio)) if case.sst_municipio else ""


def _beneficiary_role(b: Beneficiary) -> str:
    return text_of(N_("Beneficiaria") if b.sex == "F" else N_("Beneficiario"))


def _adults(members: list[tuple[Beneficiary, str, bool]], on: dt.date) -> list[Beneficiary]:
    """The people who sign: the head and every adult (18+) member; at least the head."""

    def adult(b: Beneficiary) -> bool:
        if b.birth_date is None:
            return True
        years = on.year - b.birth_date.year - ((on.month, on.day) < (b.birth_date.month, 1))
        return years >= 18

    signers = [b for b, _rel, head in members if head or adult(b)]
    return signers or [b for b, _r, _h in members[:1]]


# --- individualized plan --------------------------------------------------------------------


def _assessment_series(
    s: Session, case_id: str, person_ids: list[str]
) -> tuple[tuple[AssessmentSeries, ...], tuple[str, ...]]:
    """The progress series of the first member (head first) who has assessments."""
    items = list(
        s.scalars(
            select(Assessment)
            .where(Assessment.case_id == case_id)
            .options(selectinload(Assessment.scores))
            .order_by(Assessment.date)
        )
    )
    person = next((p for p in person_ids if any(a.beneficiary_id == p for a in items)), None)
    if person is None:
        return (), ()
    mine = [a for a in items if a.beneficiary_id == person]
    try:
        framework = get_framework(mine[-1].framework_key, mine[-1].framework_version)
    except FrameworkError:
        framework = None
    codes: list[str] = list(framework.domain_codes) if framework else []
    for a in mine:
        codes += [sc.domain for sc in a.scores if sc.domain not in codes]
    series = []
    for code in codes:
        points = tuple((a.date, sc.score) for a in mine for sc in a.scores if sc.domain == code)
        if points:
            domain = framework.domain(code) if framework else None
            series.append(
                AssessmentSeries(text_of(domain.label if domain else label(code)), points)
            )
    scale = tuple(text_of(step.label) for step in framework.scale) if framework else ()
    return tuple(series), scale


def plan_document_in(s: Session, plan_id: str, printed_on: dt.date) -> PlanDocument:
    plan = s.get(
        Plan,
        plan_id,
        options=[
            selectinload(Plan.goals).selectinload(Goal.actions),
            selectinload(Plan.reviews).selectinload(Review.outcomes),
        ],
    )
    if plan is None:
        raise NotFound(N_("Progetto non trovato."))
    case = case_of(s, plan.case_id)
    household = s.get(Household, case.household_id)
    on = plan.agreed_on or printed_on
    members = _members(s, case.household_id, on)
    apartment, _apt, _room = _apartment_line(s, _stay(s, case.id, on))
    goals = sorted(plan.goals, key=lambda g: (_domain_rank(g.domain), g.position))
    titles = {g.id: g.title for g in goals}
    operators = operator_names(
        s, {r.operator_id for r in plan.reviews if r.operator_id} | {plan.agreed_by or ""}
    )
    educator = _educator(s, case.id, on)
    social_worker = plan.agreed_with or case.sst_social_worker or ""
    municipio = _municipio(case)
    series, scale = _assessment_series(s, case.id, [b.id for b, _r, _h in members])
    signers = _adults(members, on)
    sst_role = text_of(
        N_("Assistente sociale SST – {municipio}").format(municipio=municipio)
        if municipio
        else N_("Assistente sociale SST")
    )
    return PlanDocument(
        case_code=case.code,
        version_no=plan.version_no,
        status=label(plan.status),
        printed_on=printed_on,
        agreed_on=plan.agreed_on,
        agreed_by=operators.get(plan.agreed_by or "", ""),
        valid_from=plan.valid_from,
        next_review_due=plan.next_review_due,
        household_name=household.name if household else "",
        members=tuple(_person(b, rel) for b, rel, _h in members),
        apartment=apartment,
        municipio=municipio,
        social_worker=social_worker,
        educator=educator,
        summary=plan.summary or "",
        goals=tuple(
            PlanGoalLine(
                domain=label(g.domain),
                title=g.title,
                indicator=g.indicator or "",
                target_date=g.target_date,
                actions=tuple(
                    PlanActionLine(a.description, owner_label(a.owner), a.due_date, label(a.status))
                    for a in sorted(g.actions, key=lambda a: a.position)
                ),
            )
            for g in goals
        ),
        reviews=tuple(
            ReviewLine(
                date=r.date,
                operator=operators.get(r.operator_id or "", ""),
                notes=r.notes or "",
                outcomes=tuple(
                    ReviewOutcomeLine(titles.get(o.goal_id, ""), label(o.outcome), o.comment or "")
                    for o in sorted(
                        r.outcomes,
                        key=lambda o: list(titles).index(o.goal_id) if o.goal_id in titles else 999,
                    )
                ),
            )
            for r in sorted(plan.reviews, key=lambda r: r.date)
        ),
        assessments=series,
        scale_labels=scale,
        signatures=(
            *(
                SignatureParty(_beneficiary_role(b), f"{b.first_name} {b.last_name}")
                for b in signers
            ),
            SignatureParty("Educatore di riferimento", educator),
            SignatureParty(sst_role, social_worker),
        ),
    )


def plan_document(
    db: Database, ctx: ActingContext, plan_id: str, printed_on: dt.date | None = None
) -> PlanDocument:
    """What the printed plan says (no audit: use ``plan_pdf`` to print)."""
    require(ctx, "print")
    with db.session(write=False) as s:
        return plan_document_in(s, plan_id, printed_on or ctx.today())


def render_plan_bytes(doc: PlanDocument) -> bytes:
    from rts_desktop.documents.plan import render_plan

    buffer = io.BytesIO()
    render_plan(doc, buffer)
    return buffer.getvalue()


@operation("print", "plan", permission="print")
def plan_pdf(op: Op, plan_id: str) -> bytes:
    """The plan as PDF bytes; the print is written to the audit log.

    The plan is read in a read session and rendered before the audit entry is added, so the
    write transaction (begun by the entry's insert at commit) stays as short as it can.
    """
    with op.db.session(write=False) as s:
        plan_case = s.scalar(select(Plan.case_id).where(Plan.id == plan_id))
        if plan_case is not None:
            require_visible_case(s, op.ctx, plan_case)
        doc = plan_document_in(s, plan_id, op.ctx.today())
    data = render_plan_bytes(doc)
    op.audit(plan_id, f"versione {doc.version_no}")
    return data


def plan_file_name(case_code: str, version_no: int) -> str:
    """``RTS-2026-0042_progetto_v3.pdf``: case code and version, safe on every file system."""
    return f"{case_code}_progetto_v{version_no}.pdf"


def find_plan(db: Database, case_code: str, version_no: int | None = None) -> str:
    """The id of a case's plan: version ``version_no``, else the agreed one in force."""
    code = case_code.strip().upper()
    with db.session(write=False) as s:
        case_id = s.scalar(select(Case.id).where(Case.code == code))
        if case_id is None:
            raise ValidationError("case", N_("Caso sconosciuto: {c}.").format(c=case_code))
        stmt = select(Plan.id).where(Plan.case_id == case_id)
        if version_no is not None:
            found = s.scalar(stmt.where(Plan.version_no == version_no))
            if found is None:
                raise ValidationError(
                    "version",
                    N_("Il caso {c} non ha una versione {n} del progetto.").format(
                        c=code, n=version_no
                    ),
                )
            return found
        found = s.scalar(
            stmt.where(Plan.status == PlanStatus.CONDIVISO).order_by(Plan.version_no.desc())
        )
        if found is None:
            raise ValidationError(
                "case",
                N_("Il caso {c} non ha un progetto condiviso da stampare.").format(c=code),
            )
        return found


# --- accommodation agreement ----------------------------------------------------------------


def latest_agreement_id(db: Database, case_id: str) -> str | None:
    """The case's most recent agreement (the one to print), or None."""
    with db.session(write=False) as s:
        return s.scalar(
            select(Agreement.id)
            .where(Agreement.case_id == case_id)
            .order_by(Agreement.signed_on.desc())
        )


def _agreement_in(s: Session, agreement_id: str, printed_on: dt.date) -> AgreementDocument:
    from rts_desktop.documents.samples import HOUSE_RULES

    agreement = s.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFound(N_("Patto di accoglienza non trovato."))
    case = case_of(s, agreement.case_id)
    members = _members(s, case.household_id, agreement.signed_on)
    stay = _stay(s, case.id, agreement.signed_on, agreement.stay_id)
    _line, apartment, room = _apartment_line(s, stay)
    municipio = _municipio(case)
    educator = _educator(s, case.id, agreement.signed_on)
    referral = (
        f"dal Servizio sociale territoriale del {municipio}"
        if municipio
        else ("dal Servizio sociale territoriale")
    )
    premises = (
        f"Il nucleo è stato segnalato {referral} il "
        f"{case.referral_date:%d/%m/%Y} ed è stato accolto nel servizio di Residenzialità "
        "Temporanea Sociale.",
        "Il percorso di accoglienza è regolato dal progetto individualizzato condiviso con le "
        "persone accolte e con il Servizio sociale territoriale, che costituisce parte "
        "integrante del presente patto.",
    )
    signers = _adults(members, agreement.signed_on)
    return AgreementDocument(
        case_code=case.code,
        signed_on=agreement.signed_on,
        printed_on=printed_on,
        beneficiaries=tuple(_person(b, rel) for b, rel, _h in members),
        apartment_code=apartment.code if apartment else "",
        apartment_address=_address(apartment) if apartment else "",
        room=room.name if room else "",
        start_date=stay.start_date if stay else agreement.signed_on,
        planned_end=stay.planned_end if stay else None,
        duration_months=agreement.duration_months,
        monthly_contribution=Decimal(agreement.monthly_contribution_cents) / 100,
        house_rules_version=agreement.house_rules_version,
        municipio=municipio,
        social_worker=case.sst_social_worker or "",
        educator=educator,
        managing_body=MANAGING_BODY,
        premises=premises,
        rules=HOUSE_RULES,
        signatures=(
            *(
                SignatureParty(_beneficiary_role(b), f"{b.first_name} {b.last_name}")
                for b in signers
            ),
            SignatureParty("Educatore di riferimento", educator),
        ),
    )


def agreement_document(
    db: Database, ctx: ActingContext, agreement_id: str, printed_on: dt.date | None = None
) -> AgreementDocument:
    require(ctx, "print")
    with db.session(write=False) as s:
        return _agreement_in(s, agreement_id, printed_on or ctx.today())


@operation("print", "agreement", permission="print")
def agreement_pdf(op: Op, agreement_id: str) -> bytes:
    """The accommodation agreement with the house rules, as PDF bytes (audited)."""
    from rts_desktop.documents.agreement import render_agreement

    with op.db.session(write=False) as s:
        doc = _agreement_in(s, agreement_id, op.ctx.today())
    buffer = io.BytesIO()
    render_agreement(doc, buffer)
    op.audit(agreement_id)
    return buffer.getvalue()
