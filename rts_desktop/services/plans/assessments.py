"""Autonomy assessments (valutazione dell'autonomia): scores per domain per date.

Each assessment is scored against one framework version (``services.frameworks``); the
key and version are stored with it so later framework versions never reinterpret old
scores. Not every domain must be scored (a child has no "lavoro" score), but every score
must belong to the framework and lie on its scale. The per-domain time series feed the
progress chart of the case file and of the printed plan.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.visibility import require_visible_case
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import (
    Assessment,
    AssessmentScore,
    Beneficiary,
    Case,
    HouseholdMember,
    rules,
)
from rts_desktop.services.plans.frameworks import Framework, FrameworkError, get_framework

DEFAULT_FRAMEWORK = "autonomia"


@dataclass(frozen=True)
class ScoreDTO:
    domain: str
    score: int
    note: str | None


@dataclass(frozen=True)
class AssessmentDTO:
    id: str
    version: str
    case_id: str
    beneficiary_id: str
    beneficiary_name: str
    framework_key: str
    framework_version: int
    date: dt.date
    operator_id: str | None
    notes: str | None
    scores: tuple[ScoreDTO, ...]

    def score(self, domain: str) -> int | None:
        return next((s.score for s in self.scores if s.domain == domain), None)


@dataclass
class AssessmentInput:
    case_id: str
    beneficiary_id: str
    date: dt.date
    scores: dict[str, int]
    domain_notes: dict[str, str] = field(default_factory=dict)
    notes: str | None = None
    framework_key: str = DEFAULT_FRAMEWORK
    #: None = the newest version of the framework
    framework_version: int | None = None


@dataclass(frozen=True)
class SeriesPoint:
    date: dt.date
    score: int


@dataclass(frozen=True)
class DomainSeries:
    """One line of the progress chart."""

    domain: str
    label: str
    points: tuple[SeriesPoint, ...]


@dataclass(frozen=True)
class Progress:
    beneficiary_id: str
    dates: tuple[dt.date, ...]
    min_score: int
    max_score: int
    series: tuple[DomainSeries, ...]


@dataclass(frozen=True)
class DomainDelta:
    domain: str
    label: str
    before: int | None
    after: int | None

    @property
    def delta(self) -> int | None:
        """after − before; None when the domain was scored only once."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class Comparison:
    """The last two assessments of a person side by side."""

    before_date: dt.date
    after_date: dt.date
    deltas: tuple[DomainDelta, ...]


def _framework(data: AssessmentInput) -> Framework:
    try:
        return get_framework(data.framework_key, data.framework_version)
    except FrameworkError as exc:
        name = "framework_version" if data.framework_version is not None else "framework_key"
        raise ValidationError(name, exc.message) from None


def _mapping(name: str, value: object) -> dict[str, Any]:
    """A dict keyed by domain code (a form's scores or notes)."""
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise ValidationError(name, N_("Valori non validi."))
    return dict(value)


def _clean_scores(
    framework: Framework, scores: dict[str, int], notes: dict[str, str]
) -> list[tuple[str, int, str | None]]:
    """(domain, score, note) in the framework's domain order."""
    if not scores:
        raise ValidationError("scores", N_("Indica almeno un punteggio."))
    for code in [*scores, *notes]:
        if framework.domain(code) is None:
            name = "scores" if code in scores else "domain_notes"
            raise ValidationError(name, N_("Ambito non previsto: {d}.").format(d=code))
    notes = {
        code: rules.check("assessment_scores", "note", note, field=f"domain_notes.{code}")
        for code, note in notes.items()
    }
    unscored = [code for code in notes if code not in scores and notes[code]]
    if unscored:
        raise ValidationError(
            "domain_notes", N_("Nota senza punteggio per l'ambito {d}.").format(d=unscored[0])
        )
    cleaned: list[tuple[str, int, str | None]] = []
    for d in framework.domains:
        if d.code in scores:
            score = v.int_range(
                f"scores.{d.code}", scores[d.code], framework.min_score, framework.max_score
            )
            note = notes.get(d.code)
            assert score is not None
            cleaned.append((d.code, score, note))
    return cleaned


def _check_member(s: Session, case: Case, beneficiary_id: str, on: dt.date) -> None:
    """The person must belong to the case's household on the assessment date."""
    memberships = s.scalars(
        select(HouseholdMember).where(
            HouseholdMember.household_id == case.household_id,
            HouseholdMember.beneficiary_id == beneficiary_id,
        )
    ).all()
    if not memberships:
        raise ValidationError("beneficiary_id", N_("La persona non fa parte del nucleo del caso."))
    if not any(m.from_date <= on and (m.to_date is None or m.to_date >= on) for m in memberships):
        raise ValidationError(
            "beneficiary_id", N_("In quella data la persona non faceva parte del nucleo.")
        )


def _dto(a: Assessment, name: str) -> AssessmentDTO:
    return AssessmentDTO(
        id=a.id,
        version=a.version,
        case_id=a.case_id,
        beneficiary_id=a.beneficiary_id,
        beneficiary_name=name,
        framework_key=a.framework_key,
        framework_version=a.framework_version,
        date=a.date,
        operator_id=a.operator_id,
        notes=a.notes,
        scores=tuple(ScoreDTO(sc.domain, sc.score, sc.note) for sc in a.scores),
    )


@operation("create", "assessment")
def record_assessment(op: Op, data: AssessmentInput) -> AssessmentDTO:
    """Record one person's scores on one date (one assessment per person per day)."""
    if isinstance(data.case_id, str):
        require_visible_case(op.s, op.ctx, data.case_id)
    framework = _framework(data)
    v.required_date("date", data.date)
    v.not_future("date", data.date, op.ctx.today())
    cleaned = _clean_scores(
        framework, _mapping("scores", data.scores), _mapping("domain_notes", data.domain_notes)
    )
    notes = rules.check("assessments", "notes", data.notes)
    s = op.s
    case = s.get(Case, data.case_id)
    if case is None:
        raise ValidationError("case_id", N_("Caso non trovato."))
    if data.date < case.referral_date:
        raise ValidationError(
            "date",
            N_("La data precede la segnalazione del caso ({d:%d/%m/%Y}).").format(
                d=case.referral_date
            ),
        )
    person = s.get(Beneficiary, data.beneficiary_id)
    if person is None:
        raise ValidationError("beneficiary_id", N_("Beneficiario non trovato."))
    _check_member(s, case, person.id, data.date)
    same_day = s.scalar(
        select(Assessment.id).where(
            Assessment.case_id == case.id,
            Assessment.beneficiary_id == person.id,
            Assessment.date == data.date,
        )
    )
    if same_day is not None:
        raise ValidationError(
            "date", N_("Esiste già una valutazione di questa persona in questa data.")
        )
    assessment = Assessment(
        case_id=case.id,
        beneficiary_id=person.id,
        framework_key=framework.key,
        framework_version=framework.version,
        date=data.date,
        operator_id=op.ctx.operator_id,
        notes=notes,
    )
    s.add(assessment)
    s.flush()
    for domain, score, note in cleaned:
        assessment.scores.append(
            AssessmentScore(assessment_id=assessment.id, domain=domain, score=score, note=note)
        )
    s.flush()
    op.audit(assessment.id, person.id)
    return _dto(assessment, person.full_name)


def list_assessments(
    db: Database,
    case_id: str,
    beneficiary_id: str | None = None,
    *,
    ctx: ActingContext | None = None,
) -> list[AssessmentDTO]:
    """The case's assessments (optionally of one person), oldest first."""
    with db.session(write=False) as s:
        require_visible_case(s, ctx, case_id)
        stmt = (
            select(Assessment, Beneficiary)
            .join(Beneficiary, Beneficiary.id == Assessment.beneficiary_id)
            .where(Assessment.case_id == case_id)
            .options(selectinload(Assessment.scores))
            .order_by(Assessment.date, Beneficiary.last_name, Beneficiary.first_name)
        )
        if beneficiary_id is not None:
            stmt = stmt.where(Assessment.beneficiary_id == beneficiary_id)
        return [_dto(a, b.full_name) for a, b in s.execute(stmt).all()]


def _labels(items: list[AssessmentDTO]) -> tuple[list[str], dict[str, str], Framework | None]:
    """Domain order and labels: the newest framework used first, then older-only domains."""
    order: list[str] = []
    labels: dict[str, str] = {}
    newest: Framework | None = None
    for a in reversed(items):
        try:
            fw = get_framework(a.framework_key, a.framework_version)
        except FrameworkError:
            fw = None
        newest = newest or fw
        codes = fw.domain_codes if fw else tuple(sc.domain for sc in a.scores)
        for code in codes:
            if code not in labels:
                order.append(code)
                domain = fw.domain(code) if fw else None
                labels[code] = domain.label if domain else code
    return order, labels, newest


def progress(db: Database, case_id: str, beneficiary_id: str) -> Progress:
    """Per-domain time series of one person's scores, in framework order (for the chart)."""
    items = list_assessments(db, case_id, beneficiary_id)
    order, labels, newest = _labels(items)
    series = []
    for code in order:
        points = tuple(
            SeriesPoint(a.date, score) for a in items if (score := a.score(code)) is not None
        )
        if points:
            series.append(DomainSeries(code, labels[code], points))
    return Progress(
        beneficiary_id=beneficiary_id,
        dates=tuple(a.date for a in items),
        min_score=newest.min_score if newest else 1,
        max_score=newest.max_score if newest else 5,
        series=tuple(series),
    )


def compare_last(db: Database, case_id: str, beneficiary_id: str) -> Comparison | None:
    """Delta per domain between the person's last two assessments (None if fewer than two)."""
    items = list_assessments(db, case_id, beneficiary_id)
    if len(items) < 2:
        return None
    before, after = items[-2], items[-1]
    order, labels, _ = _labels([before, after])
    deltas = tuple(
        DomainDelta(code, labels[code], before.score(code), after.score(code))
        for code in order
        if before.score(code) is not None or after.score(code) is not None
    )
    return Comparison(before.date, after.date, deltas)
