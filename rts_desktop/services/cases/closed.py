"""A closed case (``concluso``) is only consulted: its data, household and documents are not
edited any more. What the lifecycle still allows goes on: reopening, the follow-up, the
diary notes, the FSE outcomes and exit sheet after leaving. The sync import does not pass
through these checks (another device may have written before it heard of the closing)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Case
from rts_desktop.models.vocab import CaseStatus

CLOSED_MESSAGE = N_(
    "Il caso è concluso: i suoi dati si possono solo consultare. Per modificarli, riapri il caso."
)


def refuse_closed(case: Case | None, field: str = "case_id") -> None:
    if case is not None and case.status == CaseStatus.CONCLUSO:
        raise ValidationError(field, CLOSED_MESSAGE)


def refuse_closed_household(s: Session, household_id: str, field: str = "household_id") -> None:
    """Refused when the household has cases and every one of them is closed."""
    statuses = set(s.scalars(select(Case.status).where(Case.household_id == household_id)))
    if statuses == {CaseStatus.CONCLUSO}:
        raise ValidationError(
            field,
            N_(
                "Il caso del nucleo è concluso: i componenti si possono solo consultare. "
                "Per modificarli, riapri il caso."
            ),
        )
