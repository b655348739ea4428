"""The ESF codes of the people of one case, as the case file shows them: the same rules as
the report (first entry, final exit, household at entry), over the whole history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from rts_desktop.db import Database
from rts_desktop.db.visibility import require_visible_case
from rts_desktop.kernel.context import ActingContext
from rts_desktop.models import ParticipantSheet
from rts_desktop.reports.common import today_of
from rts_desktop.reports.esf.classify import Classified, classify
from rts_desktop.reports.esf.gather import participants
from rts_desktop.reports.esf.mapping import EsfMapping, load_mapping
from rts_desktop.reports.table import ReportFilter

ALL_TIME = (dt.date(1900, 1, 1), dt.date(2999, 12, 31))


def case_codes(
    db: Database,
    case_id: str,
    *,
    ctx: ActingContext | None = None,
    programme: str = "2021-2027",
) -> tuple[EsfMapping, dict[str, Classified]]:
    """The mapping and, per person of the case with an entry sheet, her codes."""
    mapping = load_mapping(programme)
    with db.session(write=False) as s:
        require_visible_case(s, ctx, case_id)
        people = set(
            s.scalars(
                select(ParticipantSheet.beneficiary_id).where(ParticipantSheet.case_id == case_id)
            )
        )
        if not people:
            return mapping, {}
        flt = ReportFilter(*ALL_TIME, programme=programme)
        found, _ = participants(s, flt, ctx, mapping, people)
    today = today_of(ctx)
    return mapping, {p.beneficiary_id: classify(p, mapping, today) for p in found}
