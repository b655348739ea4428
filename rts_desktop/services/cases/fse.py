"""ESF participant sheets (scheda partecipante FSE), recorded at entry and at exit, and the
outcomes recorded after leaving (esiti FSE).

The indicators computed from them are in ``rts_desktop.reports.esf``. Art. 9 items
(disability, foreign background, minorities) are optional and accept "non_risponde",
which never produces an indicator; when one is answered, the day the questions were asked
is recorded with it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import apply_changes, check_version, get_or_fail
from rts_desktop.db.visibility import require_visible_case
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Beneficiary, Case, ParticipantOutcome, ParticipantSheet, rules
from rts_desktop.models.vocab import LabourStatus, OutcomeKind, SheetMoment
from rts_desktop.services.cases.closed import refuse_closed
from rts_desktop.services.cases.notes import check_member
from rts_desktop.services.cases.people import reveal_reason

ART9_ANSWERS: dict[str, str] = {"si": N_("Sì"), "no": N_("No"), "non_risponde": N_("Non risponde")}
HOUSEHOLD_SITUATIONS: dict[str, str] = {
    "nucleo_senza_occupati": N_("Nucleo in cui nessuno lavora"),
    "nucleo_senza_occupati_con_figli": N_("Nucleo in cui nessuno lavora, con figli a carico"),
    "genitore_solo_con_figli": N_("Un solo adulto con figli a carico"),
    "altro": N_("Altra situazione"),
    "non_risponde": N_("Non risponde"),
}
DISADVANTAGES: dict[str, str] = {
    "senza_dimora": N_("Senza dimora"),
    "esclusione_abitativa": N_("Esclusione abitativa"),
    "minoranza": N_("Minoranza (comprese le comunità emarginate come i Rom)"),
    "area_rurale": N_("Proveniente da zona rurale"),
    "altro_svantaggio": N_("Altro svantaggio"),
}
#: the statuses for which the months without work mean something
UNEMPLOYED = frozenset({LabourStatus.DISOCCUPATO, LabourStatus.DISOCCUPATO_LUNGA_DURATA})


@dataclass
class SheetInput:
    case_id: str
    beneficiary_id: str
    moment: str
    date: dt.date
    labour_status: str
    isced_level: int | None = None
    household_situation: str | None = None
    disadvantages: tuple[str, ...] = ()
    migrant_background: str | None = None
    disability: str | None = None
    homeless: bool = True
    notes: str | None = None
    #: False: the form did not show the art. 9 answers (hidden), which stay as they are
    special_included: bool = True
    #: months without work at the sheet's date (unemployed only)
    unemployed_months: int | None = None
    minority: str | None = None
    #: the day the art. 9 questions were asked (required with any art. 9 answer)
    special_asked_on: dt.date | None = None


#: the art. 9 answers of a sheet (ethnic origin, health): hidden in lists and forms until
#: shown with a reason; housing exclusion and rural origin are not special categories
SPECIAL_FIELDS = ("migrant_background", "disability", "minority")
SPECIAL_DISADVANTAGES = frozenset({"minoranza", "altro_svantaggio"})


@dataclass(frozen=True)
class SheetDTO:
    id: str
    version: str
    case_id: str
    beneficiary_id: str
    moment: SheetMoment
    date: dt.date
    labour_status: LabourStatus
    isced_level: int | None
    household_situation: str | None
    disadvantages: tuple[str, ...]
    migrant_background: str | None
    disability: str | None
    homeless: bool
    notes: str | None
    unemployed_months: int | None = None
    minority: str | None = None
    #: when the art. 9 questions were asked (not itself an art. 9 answer: always shown)
    special_asked_on: dt.date | None = None
    #: the art. 9 answers are left out (None / empty) until shown with a reason
    special_hidden: bool = False


def _dto(sheet: ParticipantSheet, *, special: bool = True) -> SheetDTO:
    values = {
        f.name: getattr(sheet, f.name) for f in fields(SheetDTO) if f.name != "special_hidden"
    }
    values["disadvantages"] = tuple(d for d in sheet.disadvantages.split(",") if d)
    values["moment"] = SheetMoment(sheet.moment)
    values["labour_status"] = LabourStatus(sheet.labour_status)
    if not special:
        plain = tuple(d for d in values["disadvantages"] if d not in SPECIAL_DISADVANTAGES)
        values.update(disadvantages=plain, **dict.fromkeys(SPECIAL_FIELDS))
    return SheetDTO(**values, special_hidden=not special)


def _vocab(field: str, value: str | None, allowed: dict[str, str]) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value not in allowed:
        raise ValidationError(field, N_("Valore non ammesso: {v}.").format(v=value))
    return value


def _months(labour: LabourStatus, value: int | None) -> int | None:
    """Months without work: refused for a status that is not unemployment (a number there
    would be read by nobody and could contradict the status)."""
    months = rules.check("participant_sheets", "unemployed_months", value)
    if months is not None and labour not in UNEMPLOYED:
        raise ValidationError(
            "unemployed_months",
            N_("I mesi senza lavoro si indicano solo per chi è disoccupato."),
        )
    return months


def _clean(data: SheetInput, today: dt.date) -> dict[str, Any]:
    moment = v.choice("moment", data.moment, SheetMoment)
    v.required_date("date", data.date)
    v.not_future("date", data.date, today)
    labour = v.choice("labour_status", data.labour_status, LabourStatus)
    assert labour is not None
    if not isinstance(data.disadvantages, tuple | list):
        raise ValidationError("disadvantages", N_("Valori non validi."))
    for item in data.disadvantages:
        _vocab("disadvantages", item, DISADVANTAGES)
    values: dict[str, Any] = {
        "moment": str(moment),
        "date": data.date,
        "labour_status": str(labour),
        "unemployed_months": _months(labour, data.unemployed_months),
        "isced_level": rules.check("participant_sheets", "isced_level", data.isced_level),
        "household_situation": _vocab(
            "household_situation", data.household_situation, HOUSEHOLD_SITUATIONS
        ),
        "disadvantages": ",".join(sorted({d for d in data.disadvantages if d})),
        "migrant_background": _vocab("migrant_background", data.migrant_background, ART9_ANSWERS),
        "disability": _vocab("disability", data.disability, ART9_ANSWERS),
        "minority": _vocab("minority", data.minority, ART9_ANSWERS),
        "homeless": v.flag("homeless", data.homeless),
        "notes": rules.check("participant_sheets", "notes", data.notes),
    }
    asked = v.optional_date("special_asked_on", data.special_asked_on)
    v.not_future("special_asked_on", asked, today)
    if not data.special_included:
        values["special_asked_on"] = asked  # left as it is by record_sheet
    elif any(values[name] for name in SPECIAL_FIELDS):
        if asked is None:
            raise ValidationError(
                "special_asked_on",
                N_("Indica quando sono state poste le domande sui dati particolari."),
            )
        values["special_asked_on"] = asked
    else:  # no question asked: no date either
        values["special_asked_on"] = None
    return values


@operation("create", "participant_sheet")
def record_sheet(op: Op, data: SheetInput, *, expected_version: str | None = None) -> SheetDTO:
    """Record (or correct) a person's entry or exit sheet: one per case, person and moment.

    The exit sheet needs the entry sheet and cannot be dated before it. A new sheet is
    audited as ``create``, a correction as ``update``.
    """
    values = _clean(data, op.ctx.today())
    s = op.s
    if isinstance(data.case_id, str):
        require_visible_case(s, op.ctx, data.case_id)
    case = s.get(Case, data.case_id)
    if case is None:
        raise ValidationError("case_id", N_("Caso non trovato."))
    check_member(s, case, data.beneficiary_id)
    if values["moment"] == SheetMoment.INGRESSO:  # the exit sheet is filled after leaving
        refuse_closed(case, "moment")
    for field in ("date", "special_asked_on"):
        if values[field] is not None and values[field] < case.referral_date:
            raise ValidationError(
                field,
                N_("La data precede la segnalazione ({d:%d/%m/%Y}).").format(d=case.referral_date),
            )
    sheets = {
        sh.moment: sh
        for sh in s.scalars(
            select(ParticipantSheet).where(
                ParticipantSheet.case_id == case.id,
                ParticipantSheet.beneficiary_id == data.beneficiary_id,
            )
        )
    }
    entry, leaving = sheets.get(SheetMoment.INGRESSO), sheets.get(SheetMoment.USCITA)
    if values["moment"] == SheetMoment.USCITA:
        if entry is None:
            raise ValidationError("moment", N_("Registra prima la scheda di ingresso."))
        if data.date < entry.date:
            raise ValidationError(
                "date",
                N_("L'uscita non può precedere l'ingresso ({d:%d/%m/%Y}).").format(d=entry.date),
            )
    elif leaving is not None and data.date > leaving.date:
        raise ValidationError(
            "date",
            N_("L'ingresso non può seguire l'uscita ({d:%d/%m/%Y}).").format(d=leaving.date),
        )
    sheet = sheets.get(values["moment"])
    if not data.special_included:  # hidden on the form: left as they are
        for name in (*SPECIAL_FIELDS, "special_asked_on"):
            values.pop(name)
        kept = {d for d in (sheet.disadvantages if sheet else "").split(",") if d}
        shown = {d for d in values["disadvantages"].split(",") if d}
        values["disadvantages"] = ",".join(
            sorted((shown - SPECIAL_DISADVANTAGES) | (kept & SPECIAL_DISADVANTAGES))
        )
    action = None  # the declared "create"
    if sheet is None:
        sheet = ParticipantSheet(case_id=case.id, beneficiary_id=data.beneficiary_id, **values)
        s.add(sheet)
    else:
        check_version(sheet, expected_version, values)
        apply_changes(sheet, values)
        action = "update"  # a correction
    s.flush()
    op.audit(sheet.id, values["moment"], action=action)
    return _dto(sheet, special=data.special_included)


@operation("read_special", "participant_sheet", permission="person.special_categories")
def reveal_sheet_special(op: Op, sheet_id: str, reason: str) -> SheetDTO:
    """The sheet with its art. 9 answers, shown on demand with a reason (logged)."""
    why = reveal_reason(reason)
    sheet = get_or_fail(op.s, ParticipantSheet, sheet_id, N_("Scheda FSE"))
    require_visible_case(op.s, op.ctx, sheet.case_id)
    op.audit(sheet.id, why)
    return _dto(sheet)


def list_sheets(
    db: Database, case_id: str, *, ctx: ActingContext | None = None, special: bool = False
) -> list[SheetDTO]:
    """The case's sheets, by person, entry before exit; the art. 9 answers hidden unless
    ``special`` (the indicators are computed from them; nobody is shown them)."""
    order = {SheetMoment.INGRESSO: 0, SheetMoment.USCITA: 1}
    with db.session(write=False) as s:
        require_visible_case(s, ctx, case_id)
        found = [
            _dto(sh, special=special)
            for sh in s.scalars(select(ParticipantSheet).where(ParticipantSheet.case_id == case_id))
        ]
    return sorted(found, key=lambda sh: (sh.beneficiary_id, order.get(sh.moment, 2)))


@operation("clear_special", "beneficiary", permission="person.erase")
def clear_special_categories(op: Op, beneficiary_id: str, reason: str) -> int:
    """Retention: the person's special-category data goes (health and judicial notes, the
    art. 9 answers of her FSE sheets and the day they were asked); the rest of her file
    stays. Returns the records changed. Their old values stay in the change log only until
    an erasure purges it."""
    why = reveal_reason(reason)
    person = get_or_fail(op.s, Beneficiary, beneficiary_id, N_("Persona"))
    changed = 0
    if person.health_notes or person.judicial_notes:
        person.health_notes = None
        person.judicial_notes = None
        changed += 1
    for sheet in op.s.scalars(
        select(ParticipantSheet).where(ParticipantSheet.beneficiary_id == beneficiary_id)
    ):
        kept = ",".join(d for d in sheet.disadvantages.split(",") if d not in SPECIAL_DISADVANTAGES)
        answered = any(getattr(sheet, name) for name in SPECIAL_FIELDS)
        if answered or sheet.special_asked_on or kept != sheet.disadvantages:
            for name in SPECIAL_FIELDS:
                setattr(sheet, name, None)
            sheet.special_asked_on = None
            sheet.disadvantages = kept
            changed += 1
    if not changed:
        op.nothing_changed()
        return 0
    op.audit(person.id, why)
    return changed


# ---- outcomes after leaving -----------------------------------------------------------------


@dataclass
class OutcomeInput:
    case_id: str
    beneficiary_id: str
    date: dt.date
    kind: str
    notes: str | None = None


@dataclass(frozen=True)
class OutcomeDTO:
    id: str
    version: str
    case_id: str
    beneficiary_id: str
    date: dt.date
    kind: OutcomeKind
    notes: str | None
    recorded_by: str | None


def _outcome_dto(row: ParticipantOutcome) -> OutcomeDTO:
    return OutcomeDTO(
        row.id,
        row.version,
        row.case_id,
        row.beneficiary_id,
        row.date,
        OutcomeKind(row.kind),
        row.notes,
        row.recorded_by,
    )


def _exit_of(s: Session, case: Case, beneficiary_id: str) -> dt.date | None:
    """The day the person left: her exit sheet of the case, else the case's exit."""
    leaving = s.scalar(
        select(ParticipantSheet.date).where(
            ParticipantSheet.case_id == case.id,
            ParticipantSheet.beneficiary_id == beneficiary_id,
            ParticipantSheet.moment == SheetMoment.USCITA,
        )
    )
    return leaving or case.exit_date


@operation("create", "participant_outcome")
def record_outcome(op: Op, data: OutcomeInput) -> OutcomeDTO:
    """Record what happened to a person after she left (job search, education, a job...):
    on or after her exit (her exit sheet of the case, else the case's exit), not in the
    future. The ESF results read these."""
    kind = v.choice("kind", data.kind, OutcomeKind)
    day = v.required_date("date", data.date)
    v.not_future("date", day, op.ctx.today())
    notes = rules.check("participant_outcomes", "notes", data.notes)
    s = op.s
    if isinstance(data.case_id, str):
        require_visible_case(s, op.ctx, data.case_id)
    case = s.get(Case, data.case_id)
    if case is None:
        raise ValidationError("case_id", N_("Caso non trovato."))
    if not data.beneficiary_id:
        raise ValidationError("beneficiary_id", N_("Scegli la persona."))
    check_member(s, case, data.beneficiary_id)
    left = _exit_of(s, case, data.beneficiary_id)
    if left is None:
        raise ValidationError(
            "beneficiary_id",
            N_(
                "Un esito si registra dopo l'uscita (manca la scheda di uscita della persona "
                "e il caso non è concluso)."
            ),
        )
    if day < left:
        raise ValidationError(
            "date", N_("Un esito si registra dopo l'uscita ({d:%d/%m/%Y}).").format(d=left)
        )
    row = ParticipantOutcome(
        case_id=case.id,
        beneficiary_id=data.beneficiary_id,
        date=day,
        kind=str(kind),
        notes=notes,
        recorded_by=op.ctx.operator_id,
    )
    s.add(row)
    s.flush()
    op.audit(row.id, str(kind))
    return _outcome_dto(row)


@operation("delete", "participant_outcome")
def delete_outcome(op: Op, outcome_id: str, expected_version: str | None) -> None:
    """Remove an outcome recorded by mistake (the audit keeps who removed which)."""
    row = get_or_fail(op.s, ParticipantOutcome, outcome_id, N_("Esito FSE"))
    require_visible_case(op.s, op.ctx, row.case_id)
    check_version(row, expected_version)
    op.audit(row.id, row.kind)
    op.s.delete(row)
    op.s.flush()


def list_outcomes(
    db: Database, case_id: str, *, ctx: ActingContext | None = None
) -> list[OutcomeDTO]:
    """The case's outcomes after leaving, oldest first."""
    with db.session(write=False) as s:
        require_visible_case(s, ctx, case_id)
        rows = s.scalars(
            select(ParticipantOutcome)
            .where(ParticipantOutcome.case_id == case_id)
            .order_by(ParticipantOutcome.date, ParticipantOutcome.id)
        )
        return [_outcome_dto(r) for r in rows]
