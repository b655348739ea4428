"""ESF participant sheets (scheda partecipante FSE), recorded at entry and at exit, and the
mapping from our codes to the ESF common indicators.

The mapping is data (``resources/fse/mapping-v<N>.json``) so a new reporting rule is a new
file, not new code. Art. 9 items (disability, foreign background, minorities) are optional
and accept "non_risponde", which never produces an indicator.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from sqlalchemy import select

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import apply_changes, check_version, get_or_fail
from rts_desktop.db.visibility import require_visible_case
from rts_desktop.kernel import config
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Beneficiary, Case, ParticipantSheet, rules
from rts_desktop.models.vocab import LabourStatus, SheetMoment
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


#: the art. 9 answers of a sheet (ethnic origin, health): hidden in lists and forms until
#: shown with a reason; housing exclusion and rural origin are not special categories
SPECIAL_FIELDS = ("migrant_background", "disability")
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
        values.update(disadvantages=plain, migrant_background=None, disability=None)
    return SheetDTO(**values, special_hidden=not special)


def _vocab(field: str, value: str | None, allowed: dict[str, str]) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value not in allowed:
        raise ValidationError(field, N_("Valore non ammesso: {v}.").format(v=value))
    return value


def _clean(data: SheetInput, today: dt.date) -> dict[str, Any]:
    moment = v.choice("moment", data.moment, SheetMoment)
    v.required_date("date", data.date)
    v.not_future("date", data.date, today)
    labour = v.choice("labour_status", data.labour_status, LabourStatus)
    if not isinstance(data.disadvantages, tuple | list):
        raise ValidationError("disadvantages", N_("Valori non validi."))
    for item in data.disadvantages:
        _vocab("disadvantages", item, DISADVANTAGES)
    return {
        "moment": str(moment),
        "date": data.date,
        "labour_status": str(labour),
        "isced_level": rules.check("participant_sheets", "isced_level", data.isced_level),
        "household_situation": _vocab(
            "household_situation", data.household_situation, HOUSEHOLD_SITUATIONS
        ),
        "disadvantages": ",".join(sorted({d for d in data.disadvantages if d})),
        "migrant_background": _vocab("migrant_background", data.migrant_background, ART9_ANSWERS),
        "disability": _vocab("disability", data.disability, ART9_ANSWERS),
        "homeless": v.flag("homeless", data.homeless),
        "notes": rules.check("participant_sheets", "notes", data.notes),
    }


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
    if data.date < case.referral_date:
        raise ValidationError(
            "date",
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
        for name in SPECIAL_FIELDS:
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
        check_version(sheet, expected_version)
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


# ---- ESF indicator mapping ----------------------------------------------------------------


@dataclass(frozen=True)
class FseMapping:
    """A loaded, checked mapping file: indicator code → names, our codes → indicators."""

    version: str
    indicators: dict[str, dict[str, str]]
    entry: dict[str, Any]
    exit: dict[str, Any]
    derived: list[dict[str, Any]]

    def label(self, code: str) -> str:
        return self.indicators[code]["label"]


def _check_mapping(data: dict[str, Any]) -> None:
    """Every code we map from exists in our vocabularies; every indicator is declared."""
    known = set(data["indicators"])
    ours: dict[str, set[str]] = {
        "labour_status": {str(x) for x in LabourStatus},
        "isced_level": {str(n) for n in range(9)},
        "household_situation": set(HOUSEHOLD_SITUATIONS),
        "disadvantages": set(DISADVANTAGES),
        "migrant_background": set(ART9_ANSWERS),
        "disability": set(ART9_ANSWERS),
        "homeless": {"true", "false"},
    }
    used: list[str] = []
    for part in ("entry", "exit"):
        for key, table in data[part].items():
            if key == "age":
                used += [c for band in table for c in band["indicators"]]
                continue
            unknown = set(table) - ours[key]
            if unknown:
                raise ValueError(f"mapping {part}.{key}: unknown codes {sorted(unknown)}")
            used += [c for codes in table.values() for c in codes]
    for rule in data["derived"]:
        used += [rule["indicator"], *rule.get("entry_all", ()), *rule.get("entry_any", ())]
        bad = set(rule.get("exit_labour_status", ())) - ours["labour_status"]
        if bad:
            raise ValueError(f"mapping derived {rule['indicator']}: unknown codes {sorted(bad)}")
    missing = set(used) - known
    if missing:
        raise ValueError(f"mapping uses undeclared indicators {sorted(missing)}")


@cache
def load_mapping(version: str = "v1") -> FseMapping:
    """Load and check ``resources/fse/mapping-<version>.json`` (cached)."""
    path = config.resources_dir() / "fse" / f"mapping-{version}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    _check_mapping(data)
    return FseMapping(
        data["version"], data["indicators"], data["entry"], data["exit"], data["derived"]
    )


def _age(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _sheet_codes(table: dict[str, Any], sheet: SheetDTO) -> set[str]:
    values: dict[str, list[str]] = {
        "labour_status": [sheet.labour_status],
        "isced_level": [] if sheet.isced_level is None else [str(sheet.isced_level)],
        "household_situation": [sheet.household_situation or ""],
        "disadvantages": list(sheet.disadvantages),
        "migrant_background": [sheet.migrant_background or ""],
        "disability": [sheet.disability or ""],
        "homeless": ["true" if sheet.homeless else "false"],
    }
    codes: set[str] = set()
    for key, mapped in table.items():
        for value in values.get(key, []):
            codes.update(mapped.get(value, ()))
    return codes


def indicators_for(
    entry: SheetDTO,
    leaving: SheetDTO | None = None,
    birth_date: dt.date | None = None,
    mapping: FseMapping | None = None,
) -> frozenset[str]:
    """ESF indicator codes of one participant: output from the entry sheet (age at its date),
    results from the exit sheet."""
    m = mapping or load_mapping()
    codes = _sheet_codes({k: t for k, t in m.entry.items() if k != "age"}, entry)
    if birth_date is not None:
        age = _age(birth_date, entry.date)
        for band in m.entry.get("age", []):
            if band.get("min", 0) <= age <= band.get("max", 200):
                codes.update(band["indicators"])
    entry_codes = set(codes)
    if leaving is not None:
        codes |= _sheet_codes(m.exit, leaving)
    for rule in m.derived:
        if not set(rule.get("entry_all", ())) <= entry_codes:
            continue
        if rule.get("entry_any") and not entry_codes & set(rule["entry_any"]):
            continue
        if "exit_labour_status" in rule and (
            leaving is None or leaving.labour_status not in rule["exit_labour_status"]
        ):
            continue
        codes.add(rule["indicator"])
    return frozenset(codes)


def case_indicators(
    db: Database,
    case_id: str,
    mapping: FseMapping | None = None,
    *,
    ctx: ActingContext | None = None,
) -> dict[str, frozenset[str]]:
    """Beneficiary id → ESF indicator codes, for every person with an entry sheet."""
    sheets = list_sheets(db, case_id, ctx=ctx, special=True)
    with db.session(write=False) as s:
        births = dict(
            s.execute(
                select(Beneficiary.id, Beneficiary.birth_date).where(
                    Beneficiary.id.in_({sh.beneficiary_id for sh in sheets})
                )
            ).all()
        )
    by_person: dict[str, dict[str, SheetDTO]] = {}
    for sh in sheets:
        by_person.setdefault(sh.beneficiary_id, {})[sh.moment] = sh
    return {
        person: indicators_for(
            pair[SheetMoment.INGRESSO], pair.get(SheetMoment.USCITA), births.get(person), mapping
        )
        for person, pair in by_person.items()
        if SheetMoment.INGRESSO in pair
    }


@operation("clear_special", "beneficiary", permission="person.erase")
def clear_special_categories(op: Op, beneficiary_id: str, reason: str) -> int:
    """Retention: the person's special-category data goes (health and judicial notes, the
    art. 9 answers of her FSE sheets); the rest of her file stays. Returns the records
    changed. Their old values stay in the change log only until an erasure purges it."""
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
        if sheet.migrant_background or sheet.disability or kept != sheet.disadvantages:
            sheet.migrant_background = None
            sheet.disability = None
            sheet.disadvantages = kept
            changed += 1
    if not changed:
        op.nothing_changed()
        return 0
    op.audit(person.id, why)
    return changed
