"""One participant's ESF codes, from plain data: a pure function, written rule by rule.

- counted once per operation, with the data of the first entry (age at its date);
- exactly one of unemployed / inactive / employed (no labour status: not counted, listed);
- long-term unemployed: more than 6 months without work under 25, more than 12 from 25;
- art. 9 answers count only as "si"; "non_risponde" is reported apart, never guessed;
- jobless household and dependent children at the entry date (children 0–17, and 18–24
  inactive living with a parent), from the members' own sheets, else as declared;
- results: the last event in the 28 days after the final exit; at 6 months, the last event
  within 28 days of the date six months after it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta

from rts_desktop.kernel.errors import N_
from rts_desktop.models.vocab import LabourStatus, ethos_category
from rts_desktop.reports.esf.mapping import ANSWER_FIELDS, EsfMapping

EMPLOYED = frozenset({LabourStatus.OCCUPATO})
UNEMPLOYED = frozenset({LabourStatus.DISOCCUPATO, LabourStatus.DISOCCUPATO_LUNGA_DURATA})
INACTIVE = frozenset({LabourStatus.INATTIVO, LabourStatus.STUDENTE})
DECLARED_HOUSEHOLD: dict[str, tuple[str, ...]] = {
    "nucleo_senza_occupati": ("jobless",),
    "nucleo_senza_occupati_con_figli": ("jobless", "jobless_children"),
    "genitore_solo_con_figli": ("single_adult_children",),
    "altro": (),
}

# problems a participant can have (shown in the data-quality list)
NO_LABOUR = N_("condizione occupazionale non indicata nella scheda di ingresso")
NO_BIRTH = N_("data di nascita mancante: età all'ingresso non calcolabile")
NO_ETHOS = N_("categoria ETHOS all'ingresso mancante")
NO_HOUSEHOLD = N_("situazione del nucleo non determinabile")
FOLLOW_UP_MISSING = N_("esito a sei mesi dall'uscita non registrato")


@dataclass(frozen=True)
class Sheet:
    date: dt.date
    labour_status: str
    unemployed_months: int | None = None
    isced_level: int | None = None
    household_situation: str | None = None
    disadvantages: tuple[str, ...] = ()
    migrant_background: str | None = None
    minority: str | None = None
    disability: str | None = None


@dataclass(frozen=True)
class Member:
    """A member of the participant's household on the entry date."""

    birth_date: dt.date | None
    relation: str
    #: the labour status of the member's latest sheet on or before the entry date
    labour_status: str | None


@dataclass(frozen=True)
class Participant:
    beneficiary_id: str
    case_id: str
    case_code: str
    entry: Sheet
    sex: str | None = None
    birth_date: dt.date | None = None
    nationality: str | None = None
    ethos: str | None = None
    municipio: int | None = None
    #: the final exit (None: still in, or re-entered after the last exit)
    exit_date: dt.date | None = None
    #: (date, kind, order) after leaving: the exit sheet and the recorded outcomes
    events: tuple[tuple[dt.date, str, int], ...] = ()
    #: None: the household is not known (the declared situation is used)
    household: tuple[Member, ...] | None = None


@dataclass(frozen=True)
class Classified:
    codes: frozenset[str]
    #: the art. 9 fields answered "non_risponde"
    refused: frozenset[str] = frozenset()
    problems: tuple[str, ...] = ()
    counted: bool = True
    gender: str = "ND"
    extras: dict[str, bool] = field(default_factory=dict)


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def is_long_term(sheet: Sheet, age: int | None) -> bool:
    if sheet.labour_status not in UNEMPLOYED:
        return False
    if sheet.unemployed_months is None:
        return sheet.labour_status == LabourStatus.DISOCCUPATO_LUNGA_DURATA
    limit = 6 if age is not None and age < 25 else 12
    return sheet.unemployed_months > limit


def _labour(m: EsfMapping, sheet: Sheet, age: int | None) -> set[str]:
    status = sheet.labour_status
    if status in EMPLOYED:
        return set(m.codes("labour", "employed"))
    if status in UNEMPLOYED:
        keys = ("unemployed", "long_term") if is_long_term(sheet, age) else ("unemployed",)
        return set(m.codes("labour", *keys))
    keys = ("inactive", "inactive_not_in_education")
    return set(m.codes("labour", *(keys if status == LabourStatus.INATTIVO else keys[:1])))


def _dependent(member: Member, day: dt.date) -> bool:
    if member.birth_date is None:
        return False
    age = age_on(member.birth_date, day)
    if age < 18:
        return True
    return age <= 24 and member.relation == "figlio" and member.labour_status in INACTIVE


def household_keys(p: Participant) -> tuple[str, ...] | None:
    """The household situation at entry: computed from the members when each adult's
    labour status is known, else as declared on the sheet; None when neither is known."""
    day = p.entry.date
    if p.household:
        children = [x for x in p.household if _dependent(x, day)]
        adults = [x for x in p.household if not _dependent(x, day)]
        if adults and all(a.labour_status is not None for a in adults):
            jobless = not any(a.labour_status in EMPLOYED for a in adults)
            keys = ["jobless"] if jobless else []
            if jobless and children:
                keys.append("jobless_children")
            if len(adults) == 1 and children:
                keys.append("single_adult_children")
            return tuple(keys)
    declared = p.entry.household_situation
    return DECLARED_HOUSEHOLD.get(declared) if declared else None


def _last_event(
    events: tuple[tuple[dt.date, str, int], ...], low: dt.date, high: dt.date
) -> str | None:
    inside = sorted(e for e in events if low <= e[0] <= high)
    return inside[-1][1] if inside else None


def _results(m: EsfMapping, p: Participant, entry_codes: set[str], today: dt.date) -> set[str]:
    if p.exit_date is None:
        return set()
    disadvantaged = bool(entry_codes & m.disadvantaged)
    have = entry_codes | ({"disadvantaged"} if disadvantaged else set())
    codes: set[str] = set()
    res = m.raw["results"]
    immediate = res["immediate"]
    windows = {
        "immediate": (p.exit_date, p.exit_date + dt.timedelta(days=immediate["days"])),
    }
    long = res["long_term"]
    target = p.exit_date + relativedelta(months=long["months"])
    wd = dt.timedelta(days=long["window_days"])
    windows["long_term"] = (target - wd, target + wd)
    for part, (low, high) in windows.items():
        event = _last_event(p.events, low, high)
        if event is None:
            continue
        for rule in res[part]["rules"]:
            if event not in rule["events"]:
                continue
            if rule.get("entry_any") and not have & set(rule["entry_any"]):
                continue
            if have & set(rule.get("entry_none", ())):
                continue
            codes.add(rule["indicator"])
    return codes


def follow_up_overdue(m: EsfMapping, p: Participant, today: dt.date) -> bool:
    """Six months (and the window) have passed since the final exit and nothing was
    recorded around that date."""
    if p.exit_date is None:
        return False
    long = m.raw["results"]["long_term"]
    target = p.exit_date + relativedelta(months=long["months"])
    wd = dt.timedelta(days=long["window_days"])
    return target + wd < today and _last_event(p.events, target - wd, target + wd) is None


def classify(p: Participant, m: EsfMapping, today: dt.date) -> Classified:
    """The participant's indicator codes under mapping ``m``."""
    sheet = p.entry
    gender = p.sex if p.sex in ("F", "M", "X") else "ND"
    problems: list[str] = []
    if sheet.labour_status not in EMPLOYED | UNEMPLOYED | INACTIVE:
        return Classified(frozenset(), problems=(NO_LABOUR,), counted=False, gender=gender)
    age = age_on(p.birth_date, sheet.date) if p.birth_date else None
    if age is None:
        problems.append(NO_BIRTH)
    codes = _labour(m, sheet, age)
    for band in m.raw["age"] if age is not None else ():
        if band.get("min", 0) <= age <= band.get("max", 200):
            codes.update(band["indicators"])
    if sheet.isced_level is not None:
        codes.update(m.raw["isced"].get(str(sheet.isced_level), ()))
    refused: set[str] = set()
    for name in ANSWER_FIELDS:
        answer = getattr(sheet, name)
        if answer == "non_risponde":
            refused.add(name)
        elif answer:
            codes.update(m.raw["answers"].get(name, {}).get(answer, ()))
    for item in sheet.disadvantages:
        codes.update(m.raw["disadvantages"].get(item, ()))
    category = ethos_category(p.ethos)
    if category is None:
        problems.append(NO_ETHOS)
    else:
        codes.update(m.raw["ethos"].get(str(category), ()))
    if p.nationality and p.nationality.upper() not in m.eu:
        codes.update(m.raw["third_country"])
    if any(m.raw["household"].values()):
        keys = household_keys(p)
        if keys is None:
            problems.append(NO_HOUSEHOLD)
        else:
            codes.update(m.codes("household", *keys))
    for rule in m.raw["derived"]:
        if set(rule.get("all", ())) <= codes and (not rule.get("any") or codes & set(rule["any"])):
            codes.add(rule["indicator"])
    if m.total:
        codes.add(m.total)
    codes |= _results(m, p, set(codes), today)
    if follow_up_overdue(m, p, today):
        problems.append(FOLLOW_UP_MISSING)
    return Classified(frozenset(codes), frozenset(refused), tuple(problems), True, gender)
