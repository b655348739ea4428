"""What a printable document says, as plain frozen data.

Services build these values from the database (labels as marked messages or Italian text,
dates as ``date``); the renderers in this package only draw them, in the document's
language. Keeping content apart from layout
lets tests and the benchmark use hand-written samples and keeps ReportLab out of services.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from rts_desktop.kernel.i18n import noop, translator

_ = translator("documents")


@dataclass(frozen=True)
class Person:
    """A beneficiary or household member as printed: name, birth date, role in the household."""

    name: str
    birth_date: dt.date | None = None
    relation: str = ""  # e.g. "Capofamiglia", "Figlio/a"


@dataclass(frozen=True)
class SignatureParty:
    """One signature box: the role (e.g. "Assistente sociale SST") and the person's name."""

    role: str
    name: str = ""


@dataclass(frozen=True)
class TextSection:
    """A titled block of running text (house rules, clauses); paragraphs split on blank lines."""

    title: str
    paragraphs: tuple[str, ...] = ()


# --- individualized plan -------------------------------------------------------------------


@dataclass(frozen=True)
class PlanActionLine:
    """One action under a goal."""

    description: str
    owner: str  # label: "Beneficiario", "Educatore", "SST", "Altro"
    due_date: dt.date | None = None
    status: str = ""  # label: "Da fare", "In corso", "Fatta", "Annullata"


@dataclass(frozen=True)
class PlanGoalLine:
    """A goal of the plan in one domain, with its indicator and actions."""

    domain: str  # label, e.g. "Gestione del denaro"
    title: str
    indicator: str = ""
    target_date: dt.date | None = None
    actions: tuple[PlanActionLine, ...] = ()


@dataclass(frozen=True)
class ReviewOutcomeLine:
    """The outcome of one goal at a review."""

    goal_title: str
    outcome: str  # label, e.g. "Parzialmente raggiunto"
    comment: str = ""


@dataclass(frozen=True)
class ReviewLine:
    """A periodic review (verifica) of the plan."""

    date: dt.date
    operator: str = ""
    notes: str = ""
    outcomes: tuple[ReviewOutcomeLine, ...] = ()


@dataclass(frozen=True)
class AssessmentSeries:
    """Scores (1–5) of one domain over time, for the progress chart."""

    domain: str  # label
    points: tuple[tuple[dt.date, int], ...] = ()


@dataclass(frozen=True)
class PlanDocument:
    """Progetto individualizzato: one version of a household's plan, ready to print and sign."""

    case_code: str
    version_no: int
    status: str  # label: "Bozza", "Condiviso", "Superato"
    printed_on: dt.date
    agreed_on: dt.date | None = None
    agreed_by: str = ""  # the operator who recorded the agreement
    valid_from: dt.date | None = None
    next_review_due: dt.date | None = None
    household_name: str = ""
    members: tuple[Person, ...] = ()
    apartment: str = ""  # e.g. "MI-014 – Via Padova 112, Milano (stanza B)"
    municipio: str = ""  # e.g. "Municipio 2"
    social_worker: str = ""  # SST social worker the plan is agreed with
    educator: str = ""
    summary: str = ""
    goals: tuple[PlanGoalLine, ...] = ()
    reviews: tuple[ReviewLine, ...] = ()
    assessments: tuple[AssessmentSeries, ...] = ()
    scale_labels: tuple[str, ...] = ()  # anchor label per score 1..5, printed under the chart
    signatures: tuple[SignatureParty, ...] = ()

    title: str = noop("documents", "Progetto individualizzato")


# --- accommodation agreement ---------------------------------------------------------------


@dataclass(frozen=True)
class AgreementDocument:
    """Patto di accoglienza: who, where, for how long, the monthly contribution, house rules."""

    case_code: str
    signed_on: dt.date
    printed_on: dt.date
    beneficiaries: tuple[Person, ...]
    apartment_code: str
    apartment_address: str
    room: str = ""
    start_date: dt.date | None = None
    planned_end: dt.date | None = None
    duration_months: int = 0
    monthly_contribution: Decimal = Decimal("0")
    house_rules_version: str = ""
    municipio: str = ""
    social_worker: str = ""
    educator: str = ""
    managing_body: str = ""  # the organisation running the service for the city
    premises: tuple[str, ...] = ()
    rules: tuple[TextSection, ...] = ()
    signatures: tuple[SignatureParty, ...] = ()

    title: str = noop("documents", "Patto di accoglienza")


# --- key handover / inspection -------------------------------------------------------------


@dataclass(frozen=True)
class KeyItem:
    description: str
    quantity: int


@dataclass(frozen=True)
class MeterReading:
    meter: str  # e.g. "Energia elettrica"
    serial: str = ""
    reading: str = ""  # as read, with the unit ("004512 kWh")


@dataclass(frozen=True)
class InventoryItem:
    room: str
    item: str
    quantity: int = 1
    condition: str = ""


@dataclass(frozen=True)
class HandoverDocument:
    """Verbale di consegna / riconsegna chiavi with meters, inventory and condition."""

    kind: str  # label: "Consegna" or "Riconsegna"
    date: dt.date
    printed_on: dt.date
    apartment_code: str
    apartment_address: str
    room: str = ""
    case_code: str = ""
    household: tuple[Person, ...] = ()
    operator: str = ""
    keys: tuple[KeyItem, ...] = ()
    meters: tuple[MeterReading, ...] = ()
    inventory: tuple[InventoryItem, ...] = ()
    condition_notes: str = ""
    signatures: tuple[SignatureParty, ...] = ()

    @property
    def is_return(self) -> bool:
        """A return of the keys (riconsegna) rather than a handover."""
        return self.kind.lower().startswith("riconsegna")  # the Italian label

    @property
    def title(self) -> str:
        """In the current language."""
        if self.is_return:
            return _("Verbale di riconsegna chiavi")
        return _("Verbale di consegna chiavi")


# --- group activity attendance sheet -------------------------------------------------------


@dataclass(frozen=True)
class AttendanceLine:
    name: str
    detail: str = ""  # case code or apartment, helps tell namesakes apart


@dataclass(frozen=True)
class AttendanceSheetDocument:
    """Foglio firme of a group activity: one row per expected participant plus blank rows."""

    activity: str
    area: str  # label of the activity area
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    place: str
    printed_on: dt.date
    educators: tuple[str, ...] = ()
    participants: tuple[AttendanceLine, ...] = ()
    blank_rows: int = 4  # for people who join on the day
    notes: str = ""

    title: str = noop("documents", "Foglio firme")


# --- case diary extract --------------------------------------------------------------------


@dataclass(frozen=True)
class DiaryNoteLine:
    written_at: dt.datetime
    kind: str  # label
    author: str
    text: str
    correction_of: dt.datetime | None = None  # notes are append-only: corrections point back


@dataclass(frozen=True)
class DiaryExtractDocument:
    """Estratto del diario: the notes of one case in a date range, e.g. for an audit."""

    case_code: str
    date_from: dt.date
    date_to: dt.date
    printed_on: dt.date
    household_name: str = ""
    kinds: tuple[str, ...] = ()  # labels of the kinds included; empty = all
    requested_by: str = ""
    purpose: str = ""
    notes: tuple[DiaryNoteLine, ...] = field(default=())

    title: str = noop("documents", "Estratto del diario del caso")
